"""Learn the project's Punkt parameters from public-domain text and write them as JSON.

Trains nltk's own `PunktTrainer` on the State Department press releases (US government work, public
domain), then merges the curated abbreviation lists in `briefing/data/abbreviations*.txt`, keeps
only learned sentence starters that are plain function words, and writes
`briefing/data/punkt_params.json` (a plain JSON file; never a pickle).

    python benchmarks/train_punkt.py [--corpus PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from _shared import SHARED
from nltk.tokenize.punkt import _ORTHO_LC, _ORTHO_MID_UC, PunktTrainer

ROOT = Path(__file__).resolve().parents[1]
CORPUS = SHARED / "corpora/state-dept/press-releases-2021-2022.jsonl"
OUT = ROOT / "briefing" / "data" / "punkt_params.json"
DATA = ROOT / "briefing" / "data"

# Lines shaped like transcript furniture ("MR PRICE:", all-caps headers) teach nothing about prose.
_DOTTED = re.compile(r"[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})+")
_PROSE_LINE = re.compile(r"[a-z].*[.?!][\"”’)]?\s*$")


def _lines(path: Path, limit: int | None):
    with path.open(encoding="utf-8") as handle:
        for n, raw in enumerate(handle):
            if limit is not None and n >= limit:
                break
            for line in json.loads(raw)["text"].split("\n"):
                line = line.strip()
                if len(line) > 40 and _PROSE_LINE.search(line):
                    yield line


def _word_list(name: str) -> set[str]:
    words: set[str] = set()
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.lower().rstrip("."))
    return words


def train(corpus: Path, limit: int | None) -> dict:
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = False
    trainer.INCLUDE_ABBREV_COLLOCS = True
    text = "\n".join(_lines(corpus, limit))
    trainer.train(text, finalize=True)
    params = trainer.get_params()

    curated = _word_list("abbreviations.txt") | _word_list("abbreviations_titles.txt")
    # Of what the trainer learns, keep only dotted forms ("u.a.e", "ph.d"): a learned plain word
    # ("foe", "pin") is usually a sentence-final word the trainer mistook, and a single letter is
    # better left to Punkt's initial heuristic. Plain abbreviations come from the curated lists.
    learned = {a for a in params.abbrev_types if _DOTTED.fullmatch(a)}
    abbrev = sorted(learned | curated)

    # A learned starter that is ever capitalized mid-sentence is a name or title ("Secretary"), and
    # breaking before it after "U.S." would be wrong; keep the function words only.
    starters = sorted(
        {w for w in params.sent_starters
         if params.ortho_context.get(w, 0) & _ORTHO_LC and not params.ortho_context.get(w, 0) & _ORTHO_MID_UC}
        | _word_list("punkt_starters.txt")
    )
    # Every word seen is kept, also those only ever capitalized: that evidence is what lets optional
    # nltk data (briefing.language.nltk_adapter) fill gaps only, never overwrite what we learned.
    ortho = {w: f for w, f in sorted(params.ortho_context.items()) if w.isalpha()}
    collocations = sorted([a, b] for a, b in params.collocations)
    return {
        "source": f"nltk PunktTrainer on {corpus.name} (US State Dept press releases, public domain)"
        " + curated briefing/data/abbreviations*.txt",
        "abbrev_types": abbrev,
        "learned_abbrev_types": sorted(learned),
        "collocations": collocations,
        "sent_starters": starters,
        "ortho_context": ortho,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="train on the first N documents only")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    result = train(args.corpus, args.limit)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    learned = len(result["learned_abbrev_types"])
    print(
        f"wrote {args.out}: {len(result['abbrev_types'])} abbreviations ({learned} learned),"
        f" {len(result['collocations'])} collocations, {len(result['sent_starters'])} sentence starters,"
        f" {len(result['ortho_context'])} orthographic entries"
    )


if __name__ == "__main__":
    main()
