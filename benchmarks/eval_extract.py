"""Precision and recall of the quote and sanction extractors against hand-labelled sets, and their speed.

    /work/.venv/bin/python benchmarks/eval_extract.py [--speed-docs N]

Sets (tests/data/): extract_sample_gold.json (the sample corpus; looked at while writing the rules)
and extract_statedept_gold.json (State Dept releases drawn at random; held out, then developed on) and
extract_statedept_gold2.json (10 more releases with sanction language, labelled before the follow-up's rule changes)
and extract_statedept_gold3.json (12 more of any length, labelled before the second follow-up's changes; quotes not
labelled there, so not scored: `"quotes_labelled": false`) and extract_statedept_gold4.json (12 more, five of them
transcripts, labelled before the third follow-up's changes; quotes not scored). An article with
`"quotes_labelled": false` or `"sanctions_labelled": false` is not scored on that extractor.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _shared import SHARED  # noqa: E402
from labelled_sets import article_inputs  # noqa: E402

from briefing.extract import find_quotes, find_sanctions  # noqa: E402
from briefing.extract._context import build as article_context  # noqa: E402
from briefing.language.actors import spelling_key  # noqa: E402
from briefing.language.sentences import sentence_spans  # noqa: E402
from briefing.models import Sanction  # noqa: E402

_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text.replace("’", "'"))}


def _norm(name: str) -> str:
    """Lower case, no punctuation, transliteration endings merged word by word ("Novitskiy" = "Novitsky"): the
    extractor names a person by one spelling of all the article uses (briefing.language.actors.spelling_key)."""
    plain = re.sub(r"[^a-z0-9 ]", "", name.lower().replace("’", "'").replace("'s ", " ")).strip()
    return " ".join(spelling_key(w) for w in plain.split())


def quote_match(gold: str, pred: str) -> bool:
    g, p = _words(gold), _words(pred)
    return bool(g) and len(g & p) / len(g) >= 0.8


def speaker_ok(pred: str, alts: list[str]) -> bool:
    p = _norm(pred)
    for alt in alts:
        a = _norm(alt)
        if p == a or (p and a and p.split()[-1] == a.split()[-1] and " " in a and " " in p):
            return True
    return False


def target_ok(preds: tuple[str, ...], alts: list[str]) -> bool:
    """A predicted target matches a labelled one when either name holds the other ("Russia" in "Russian entities"),
    or when it is the canonical name of what the label names ("Myanmar" for "the regime in Burma", "PRC" for
    "China"): the extractor names states and known actors canonically, the labellers as the text does."""
    for p in preds:
        for a in alts:
            pn, an = _norm(p), _norm(a)
            if pn and an and (pn == an or pn in an or an in pn or pn in _canonical_norms(a)):
                return True
    return False


@cache
def _canonical_norms(name: str) -> frozenset[str]:
    """The canonical names of the whole phrase and of the states it names, normalised."""
    ctx = article_context(name)
    names = {ctx.knowledge.canonical(name), *ctx.countries}
    return frozenset(_norm(n) for n in names)


def score_sanctions(sanctions: list[Sanction], golds: list[dict], verbose: bool = False) -> Counter[str]:
    """Counts for one article: predicted (n_p), gold (n_g), gold evidences found (found), and of those the ones
    whose imposer (by), target (target) and status (status) are also right; each field is scored on its own."""
    counts: Counter[str] = Counter(n_p=len(sanctions), n_g=len(golds))
    used: set[int] = set()
    for gold in golds:
        ev = " ".join(gold["evidence"].split())
        match = next((i for i, s in enumerate(sanctions) if i not in used and ev in " ".join(s.evidence.split())), None)
        if match is None:
            if verbose:
                print(f"  MISSED sanction {ev[:70]!r}")
            continue
        used.add(match)
        got = sanctions[match]
        by_ok = bool(set(got.by) & set(gold["by"])) or any(speaker_ok(b, gold["by"]) for b in got.by)
        fields = {"by": by_ok, "target": target_ok(got.targets, gold["targets"]),
                  "status": got.status == gold["status"]}
        counts.update({"found": 1, **fields})
        if verbose and not all(fields.values()):
            print(f"  FIELDS by={got.by} targets={got.targets} status={got.status} vs gold "
                  f"{gold['by']} {gold['targets']} {gold['status']}")
    if verbose:
        for i, s in enumerate(sanctions):
            if i not in used:
                print(f"  EXTRA sanction {s.status} {s.targets} {s.evidence[:70]!r}")
    return counts


def _pr(hit_p: int, n_p: int, hit_g: int, n_g: int) -> str:
    p = hit_p / n_p if n_p else 1.0
    r = hit_g / n_g if n_g else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.2f} ({hit_p}/{n_p})  R {r:.2f} ({hit_g}/{n_g})  F1 {f:.2f}"


def evaluate(path: Path, verbose: bool) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    qs = {"n_p": 0, "n_g": 0, "text_p": 0, "text_g": 0, "spk_p": 0, "spk_g": 0}
    ss: Counter[str] = Counter()
    for art in data["articles"]:
        text, published, source = article_inputs(art)
        quotes = find_quotes(text, published, article=art["id"]) if art.get("quotes_labelled", True) else []
        qs["n_p"] += len(quotes)
        qs["n_g"] += len(art["quotes"])
        used: set[int] = set()
        for gold in art["quotes"]:
            match = next((i for i, q in enumerate(quotes) if i not in used and quote_match(gold["text"], q.text)), None)
            if match is None:
                if verbose:
                    print(f"  MISSED quote {gold['text'][:60]!r}")
                continue
            used.add(match)
            qs["text_p"] += 1
            qs["text_g"] += 1
            if speaker_ok(quotes[match].speaker, gold["speaker"]):
                qs["spk_p"] += 1
                qs["spk_g"] += 1
            elif verbose:
                print(f"  SPEAKER {quotes[match].speaker!r} != {gold['speaker']} for {gold['text'][:50]!r}")
        if verbose:
            for i, q in enumerate(quotes):
                if i not in used:
                    print(f"  EXTRA quote {q.text[:60]!r} ({q.speaker!r})")
        sanctions = (find_sanctions(text, published, article=art["id"], source=source)
                     if art.get("sanctions_labelled", True) else [])
        ss.update(score_sanctions(sanctions, art["sanctions"], verbose))
    print(f"{path.name}: {data['note'][:100]}")
    print(f"  quotes  text     {_pr(qs['text_p'], qs['n_p'], qs['text_g'], qs['n_g'])}")
    print(f"  quotes  +speaker {_pr(qs['spk_p'], qs['n_p'], qs['spk_g'], qs['n_g'])}")
    print(f"  sanctions found  {_pr(ss['found'], ss['n_p'], ss['found'], ss['n_g'])}")
    for field in ("by", "target", "status"):
        print(f"  sanctions +{field:<7}{_pr(ss[field], ss['n_p'], ss[field], ss['n_g'])}")


def speed(n_docs: int) -> None:
    """Extraction on top of the language layer: the article context (sentences + entities) is built once per
    article by the pipeline, so it is timed apart from the extractors that read it."""
    path = SHARED / "corpora/state-dept/press-releases-2021-2022.jsonl"
    if not path.exists():
        return
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n_docs:
                break
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    warm_up = "“We will impose sanctions on the company,” the minister said on Monday."
    find_quotes(warm_up)  # word lists and patterns compiled outside the timing, on a text not timed (contexts
    find_sanctions(warm_up)  # are cached per text, so warming up on a timed one would skip its language layer)
    t0 = time.perf_counter()
    for t in texts:
        sentence_spans(t)
    base = time.perf_counter() - t0
    language = extract = 0.0
    for t in texts:
        t0 = time.perf_counter()
        article_context(t)
        t1 = time.perf_counter()
        find_quotes(t)  # reads the context just built
        find_sanctions(t)
        t2 = time.perf_counter()
        language += t1 - t0
        extract += t2 - t1
    print(f"speed: {size:.2f} MB in {len(texts)} releases: sentence splitting {size / base:.2f} MB/s; language layer "
          f"(sentences+entities) {size / language:.2f} MB/s; quotes+sanctions on top {size / extract:.2f} MB/s "
          f"({extract / base:.2f}x splitting); all together {size / (language + extract):.2f} MB/s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speed-docs", type=int, default=300)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--sets", default="extract_sample_gold,extract_statedept_gold,extract_statedept_gold2,"
                        "extract_statedept_gold3,extract_statedept_gold4",
                        help="comma-separated names of labelled sets under tests/data/")
    args = parser.parse_args()
    for name in args.sets.split(","):
        evaluate(ROOT / "tests" / "data" / f"{name}.json", args.verbose)
    speed(args.speed_docs)


if __name__ == "__main__":
    main()
