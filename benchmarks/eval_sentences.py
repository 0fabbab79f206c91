"""Score sentence splitters on the challenge sets and on GUM news gold sentences.

    python benchmarks/eval_sentences.py [--show-failures]

Sets: tests/data/sentence_challenge_news.json (written for this project), the English Golden Rules
(tests/data/sentence_challenge_golden.json, from Pragmatic Segmenter via pySBD), and the gold sentence
boundaries of shared/evalsets/gum-news (boundary precision/recall/F1). Splitters: ours, untrained
Punkt, Punkt with only our abbreviation lists, and pysbd / nltk's punkt_tab when installed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _shared import SHARED  # noqa: E402

from briefing.language import nltk_adapter  # noqa: E402
from briefing.language.punkt_rules import PunktRules  # noqa: E402
from briefing.language.sentences import SentenceSplitter, _word_list, load_parameters  # noqa: E402

GUM = SHARED / "evalsets/gum-news/gum_news.jsonl"
STATE = SHARED / "corpora/state-dept/press-releases-2021-2022.jsonl"
Splitter = Callable[[str], list[str]]


def _punkt(params: PunktParameters | None) -> Splitter:
    tok = PunktSentenceTokenizer(params) if params else PunktSentenceTokenizer()
    return lambda text: [s for line in text.split("\n") for s in tok.tokenize(line)]


def splitters() -> dict[str, Splitter]:
    ours = SentenceSplitter()
    found: dict[str, Splitter] = {"ours": lambda text: [text[s:e] for s, e in ours.spans(text)]}
    found["punkt-untrained"] = _punkt(None)
    abbrev = PunktParameters()
    abbrev.abbrev_types = set(_word_list("abbreviations.txt") | _word_list("abbreviations_titles.txt"))
    found["punkt+our-abbreviations"] = _punkt(abbrev)
    found["punkt+our-tables(no repairs)"] = _punkt(load_parameters())
    tables = nltk_adapter.punkt_tables("english")
    if tables is not None:
        tables.abbrev_types |= abbrev.abbrev_types
        found["punkt(nltk-tables)+our-abbreviations"] = _punkt(tables)
    try:
        import pysbd  # type: ignore[import-not-found]

        seg = pysbd.Segmenter(language="en", clean=False)
        found["pysbd"] = lambda text: [s.strip() for s in seg.segment(text)]
    except ImportError:
        pass
    return found


def score_cases(path: Path, split: Splitter, show: bool) -> tuple[int, int]:
    cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
    right = 0
    for case in cases:
        got = [s.strip() for s in split(case["text"]) if s.strip()]
        if got == case["sentences"]:
            right += 1
        elif show:
            print(f"    MISS {case['text']!r}\n      got {got}")
    return right, len(cases)


def gum_boundaries(split: Splitter) -> tuple[float, float, float]:
    tp = fp = fn = 0
    with GUM.open(encoding="utf-8") as handle:
        for raw in handle:
            doc = json.loads(raw)
            text = doc["text"]
            gold = {s["end"] for s in doc["sentences"]}
            got: set[int] = set()
            pos = 0
            for sent in split(text):
                sent = sent.strip()
                at = text.find(sent, pos)
                if at < 0:
                    continue
                pos = at + len(sent)
                got.add(pos)
            gold.discard(len(text.rstrip()))
            got.discard(len(text.rstrip()))
            tp += len(gold & got)
            fp += len(got - gold)
            fn += len(gold - got)
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def punkt_agreement(limit: int) -> tuple[int, int, int]:
    """Raw breaks (before repairs) of nltk's PunktSentenceTokenizer vs our PunktRules, same tables."""
    params = load_parameters()
    nltk_tok, rules = PunktSentenceTokenizer(params), PunktRules(params)
    both = only_nltk = only_ours = 0
    with STATE.open(encoding="utf-8") as handle:
        for n, raw in enumerate(handle):
            if n >= limit:
                break
            for line in json.loads(raw)["text"].split("\n"):
                theirs = {end for _s, end in nltk_tok.span_tokenize(line)} - {len(line.rstrip())}
                ours = set(rules.breaks(line))
                both += len(theirs & ours)
                only_nltk += len(theirs - ours)
                only_ours += len(ours - theirs)
    return both, only_nltk, only_ours


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-failures", action="store_true", help="print the cases 'ours' gets wrong")
    parser.add_argument("--agreement-docs", type=int, default=300, help="documents for the Punkt agreement check")
    args = parser.parse_args()
    sets = {
        "news": ROOT / "tests/data/sentence_challenge_news.json",
        "golden": ROOT / "tests/data/sentence_challenge_golden.json",
    }
    print(f"{'splitter':40} {'news':>8} {'golden':>8}   GUM boundaries P / R / F1")
    for name, split in splitters().items():
        cells = []
        for set_name, path in sets.items():
            if args.show_failures and name == "ours":
                print(f"  [{set_name}]")
            right, total = score_cases(path, split, args.show_failures and name == "ours")
            cells.append(f"{right}/{total}")
        gum = " / ".join(f"{x:.3f}" for x in gum_boundaries(split)) if GUM.exists() else "n/a"
        print(f"{name:40} {cells[0]:>8} {cells[1]:>8}   {gum}")
    if STATE.exists():
        both, only_nltk, only_ours = punkt_agreement(args.agreement_docs)
        print(f"PunktRules vs nltk PunktSentenceTokenizer (same tables, {args.agreement_docs} State Dept documents):"
              f" {both} breaks agreed, {only_nltk} only nltk, {only_ours} only ours")


if __name__ == "__main__":
    main()
