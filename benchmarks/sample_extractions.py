"""Random extracted records from State Dept releases that are in no labelled set, for judging by hand.

    /work/.venv/bin/python benchmarks/sample_extractions.py sanctions|quotes [--n 40] [--seed 1]

The labelled sets measure recall and precision on a few dozen releases; this measures precision "in the
wild": draw records at random from everything else, read each with its sentence, count the wrong ones.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import textwrap
from datetime import date

from _shared import REPO, SHARED

from briefing.extract import find_quotes, find_sanctions


def labelled_ids() -> set[str]:
    ids: set[str] = set()
    for path in (REPO / "tests" / "data").glob("extract_*.json"):
        ids |= {a["id"] for a in json.loads(path.read_text(encoding="utf-8"))["articles"]}
    return ids


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=("sanctions", "quotes"))
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    path = SHARED / "corpora/state-dept/press-releases-2021-2022.jsonl"
    if not path.exists():
        sys.exit(f"no corpus at {path}")
    held = labelled_ids()
    rows = [r for r in map(json.loads, path.open(encoding="utf-8")) if r["guid"] not in held and r["url"] not in held]
    rng = random.Random(args.seed)
    rng.shuffle(rows)
    shown = 0
    for row in rows:
        published = date.fromisoformat(row["published"][:10]) if row.get("published") else None
        if args.kind == "sanctions":
            found = find_sanctions(row["text"], published, article=row["guid"], source=row["url"])
        else:
            found = find_quotes(row["text"], published, article=row["guid"])
        if not found:
            continue
        record = rng.choice(found)  # one per release, so a long transcript does not fill the sample
        shown += 1
        print(f"[{shown}] {row['guid']}")
        if args.kind == "sanctions":
            print(f"    by={list(record.by)} targets={list(record.targets)} measure={record.measure} "
                  f"status={record.status} conditional={record.conditional!r}")
            sentence = record.evidence
        else:
            print(f"    speaker={record.speaker!r} ({record.speaker_kind}) text={record.text[:100]!r}")
            sentence = row["text"][max(0, record.start - 250):record.end + 80]
        print(textwrap.indent(textwrap.fill(" ".join(sentence.split()), 110), "    | "))
        if shown >= args.n:
            break


if __name__ == "__main__":
    main()
