"""How date mentions line up with the gold "time" mentions of the GUM news evaluation set.

Precision: share of our mentions that overlap a gold time mention. Coverage: share of gold time
mentions we overlap (gold "time" also holds durations and vague times, "two hours", "the moment",
which are not dates, so coverage is a loose lower bound on recall). `-v` lists what did not match.
Usage: python benchmarks/eval_dates_gum.py [-v] [path/to/gum_news.jsonl]
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from _shared import SHARED

from briefing.language.dates import resolve_dates

DEFAULT = SHARED / "evalsets/gum-news/gum_news.jsonl"


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    paths = [Path(a) for a in sys.argv[1:] if a != "-v"] or [DEFAULT]
    gold_total = gold_hit = ours_total = ours_hit = 0
    unmatched: list[str] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text, published = row["text"], date.fromisoformat(row["date"][:10])
            mentions = resolve_dates(text, published)
            gold = [(e["start"], e["end"]) for e in row["entities"] if e["type"] == "time"]
            gold_total += len(gold)
            gold_hit += sum(1 for s, e in gold if any(m.start < e and s < m.end for m in mentions))
            for m in mentions:
                ours_total += 1
                if any(m.start < e and s < m.end for s, e in gold):
                    ours_hit += 1
                else:
                    unmatched.append(f"{row['id']}: {m.text!r} -> {m.start_date}..{m.end_date}")
    print(f"date mentions: {ours_total}, on a gold time mention: {ours_hit} ({ours_hit / max(1, ours_total):.1%})")
    print(f"gold time mentions: {gold_total}, overlapped: {gold_hit} ({gold_hit / max(1, gold_total):.1%})")
    if verbose:
        print("\n".join(unmatched))


if __name__ == "__main__":
    main()
