"""Throughput of the language layer on the State Department corpus, as ratios to untrained Punkt.

    python benchmarks/bench_language.py [--limit N] [--corpus PATH]

Prints MB/s (UTF-8 bytes of article text per second, one core) for: untrained nltk Punkt (the
baseline, measured in the same run), our sentence splitter, our word tokenizer, and, when those
modules exist, `briefing.language.entities.find_entities` and `briefing.language.dates.resolve_dates`.
Set-up (building the splitter, loading tables) is timed separately and not counted.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from _shared import SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = SHARED / "corpora/state-dept/press-releases-2021-2022.jsonl"


def load(path: Path, limit: int | None) -> list[tuple[str, date | None]]:
    docs = []
    with path.open(encoding="utf-8") as handle:
        for n, raw in enumerate(handle):
            if limit is not None and n >= limit:
                break
            row = json.loads(raw)
            published = date.fromisoformat(row["date"]) if row.get("date") else None
            docs.append((row["text"], published))
    return docs


def timed(fn: Callable[[str, date | None], object], docs: list[tuple[str, date | None]]) -> float:
    start = time.perf_counter()
    for text, published in docs:
        fn(text, published)
    return time.perf_counter() - start


def optional(module: str, name: str) -> Callable | None:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        print(f"  (skipping {module}.{name}: {exc})")
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use the first N documents only")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    docs = load(args.corpus, args.limit)
    megabytes = sum(len(text.encode("utf-8")) for text, _ in docs) / 1e6
    print(f"{len(docs)} documents, {megabytes:.2f} MB")

    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from briefing.language.sentences import splitter
    from briefing.language.words import words

    t0 = time.perf_counter()
    split = splitter()
    print(f"  splitter set-up: {time.perf_counter() - t0:.3f} s (once per process)")
    punkt = PunktSentenceTokenizer()

    cases: dict[str, Callable[[str, date | None], object]] = {
        "punkt untrained (baseline)": lambda text, _p: [list(punkt.span_tokenize(line)) for line in text.split("\n")],
        "sentence_spans": lambda text, _p: split.spans(text),
        "words": lambda text, _p: words(text),
    }
    find_entities = optional("briefing.language.entities", "find_entities")
    if find_entities is not None:
        cases["find_entities"] = lambda text, _p: find_entities(text)
    resolve_dates = optional("briefing.language.dates", "resolve_dates")
    if resolve_dates is not None:
        cases["resolve_dates"] = lambda text, published: resolve_dates(text, published)
    for fn in cases.values():  # warm caches (lazy tables, regex compilation) outside the timings
        fn(*docs[0])

    seconds = {name: timed(fn, docs) for name, fn in cases.items()}
    baseline = megabytes / seconds["punkt untrained (baseline)"]
    print(f"{'step':28} {'MB/s':>8} {'x punkt':>8}")
    for name, secs in seconds.items():
        rate = megabytes / secs
        print(f"{name:28} {rate:8.2f} {rate / baseline:8.2f}")
    layer = sum(secs for name, secs in seconds.items() if name != "punkt untrained (baseline)" and name != "words")
    print(f"{'layer (spans+entities+dates)':28} {megabytes / layer:8.2f} {megabytes / layer / baseline:8.2f}")


if __name__ == "__main__":
    main()
