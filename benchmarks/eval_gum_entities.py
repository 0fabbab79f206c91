"""Entity mentions against GUM news gold (24 Wikinews articles): precision, recall, F1 and a merge score.

Gold: mentions with `has_propn` true or a non-empty `identity`, of type person / organization / place
(see the evalset README). Scores: exact span and overlap match, typed and untyped. Merge: over predicted
mentions matched (overlap, one-to-one) to gold, pairwise precision/recall of "same canonical" against
"same eid". A development set: measure on it, never tune rules to it.

    /work/.venv/bin/python benchmarks/eval_gum_entities.py [path/to/gum_news.jsonl]
"""

from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path

from _shared import SHARED

from briefing.language.entities import find_entities

DEFAULT = SHARED / "evalsets/gum-news/gum_news.jsonl"
TYPES = {"person", "organization", "place"}


def gold_mentions(article: dict) -> list[dict]:
    return [e for e in article["entities"]
            if e["type"] in TYPES and (e.get("has_propn") or e.get("identity"))]


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match(pred: list, gold: list[dict], exact: bool, typed: bool) -> list[tuple[int, int]]:
    """One-to-one greedy matching: exact spans, else the gold mention with the largest overlap."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for i, m in enumerate(pred):
        best, best_overlap = -1, 0
        for j, g in enumerate(gold):
            if j in used or (typed and g["type"] != m.kind):
                continue
            if exact:
                if (g["start"], g["end"]) == (m.start, m.end):
                    best = j
                    break
                continue
            overlap = min(m.end, g["end"]) - max(m.start, g["start"])
            # Prefer the smallest gold span among equal overlaps (GUM nests mentions).
            if overlap > best_overlap or (overlap == best_overlap > 0 and best >= 0
                                          and g["end"] - g["start"] < gold[best]["end"] - gold[best]["start"]):
                best, best_overlap = j, overlap
        if best >= 0:
            used.add(best)
            pairs.append((i, best))
    return pairs


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals = {key: [0, 0, 0] for key in ("exact untyped", "exact typed", "overlap untyped", "overlap typed")}
    merge_tp = merge_pred = merge_gold = 0
    kinds_pred: dict[str, int] = {}
    for article in articles:
        gold = gold_mentions(article)
        pred = [m for m in find_entities(article["text"]) if m.kind in TYPES or m.kind == "other"]
        for m in pred:
            kinds_pred[m.kind] = kinds_pred.get(m.kind, 0) + 1
        scored = [m for m in pred if m.kind in TYPES]
        for key in totals:
            exact, typed = key.startswith("exact"), key.endswith(" typed")
            # Untyped scoring counts every predicted mention, "other" included; typed only the three types.
            candidates = scored if typed else pred
            pairs = match(candidates, gold, exact, typed)
            totals[key][0] += len(pairs)
            totals[key][1] += len(candidates)
            totals[key][2] += len(gold)
        pairs = match(pred, gold, exact=False, typed=False)
        for (i, j), (k, n) in combinations(pairs, 2):
            same_pred = pred[i].canonical == pred[k].canonical
            same_gold = gold[j]["eid"] == gold[n]["eid"]
            merge_tp += same_pred and same_gold
            merge_pred += same_pred
            merge_gold += same_gold
    n_gold = sum(len(gold_mentions(a)) for a in articles)
    print(f"GUM news: {len(articles)} articles, {n_gold} gold mentions (person/organization/place, proper)")
    print(f"predicted kinds: {dict(sorted(kinds_pred.items()))}")
    print(f"{'match':16} {'precision':>9} {'recall':>7} {'F1':>6}   tp / pred / gold")
    for key, (tp, n_pred, n_g) in totals.items():
        p, r, f = prf(tp, n_pred, n_g)
        print(f"{key:16} {p:9.3f} {r:7.3f} {f:6.3f}   {tp} / {n_pred} / {n_g}")
    p, r, f = prf(merge_tp, merge_pred, merge_gold)
    print(f"{'merge (pairs)':16} {p:9.3f} {r:7.3f} {f:6.3f}   same canonical & same eid {merge_tp} / "
          f"same canonical {merge_pred} / same eid {merge_gold}")


if __name__ == "__main__":
    main()
