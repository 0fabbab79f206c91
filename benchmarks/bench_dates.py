"""Throughput of date resolution on plain news text, as a ratio to a baseline scan in the same run.

Baseline: one `re.finditer(r"\\w+", text)` pass (the cheapest tokenizing scan) over the same text.
Usage: python benchmarks/bench_dates.py [path.jsonl|path.txt ...]  (default: the State Dept corpus, ~2 MB)
"""

from __future__ import annotations

import json
import re
import sys
import time
from datetime import date
from pathlib import Path

from _shared import SHARED

from briefing.language.dates import resolve_dates

DEFAULT = SHARED / "corpora/state-dept/press-releases-2021-2022.jsonl"


def load(paths: list[Path]) -> list[tuple[str, date | None]]:
    docs: list[tuple[str, date | None]] = []
    for path in paths:
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                raw = str(row.get("date") or row.get("published") or "")[:10]
                try:
                    pub = date.fromisoformat(raw)
                except ValueError:
                    pub = None
                docs.append((row.get("text") or "", pub))
        else:
            docs.append((path.read_text(encoding="utf-8", errors="replace"), None))
    return docs


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or [DEFAULT]
    docs = load(paths)
    size_mb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6
    word = re.compile(r"\w+")
    resolve_dates("warm up on Tuesday", date(2024, 9, 10))
    base = best_of(3, lambda: [sum(1 for _ in word.finditer(t)) for t, _ in docs])
    mentions = 0

    def run() -> None:
        nonlocal mentions
        mentions = sum(len(resolve_dates(t, p)) for t, p in docs)

    took = best_of(3, run)
    print(f"text: {size_mb:.2f} MB in {len(docs)} documents, {mentions} date mentions")
    print(f"baseline \\w+ scan: {size_mb / base:.1f} MB/s")
    print(f"resolve_dates:     {size_mb / took:.1f} MB/s  ({took / base:.2f}x the baseline time)")


if __name__ == "__main__":
    main()
