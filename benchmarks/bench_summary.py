"""Summary speed: sumy's LexRank/TextRank against the vectorised ones, on State Dept sentences.

    /work/.venv/bin/python benchmarks/bench_summary.py            # sumy at 500 and 1,500 (~1 min), ours up to 20,000
    /work/.venv/bin/python benchmarks/bench_summary.py --quick    # skip sumy at 1,500 and sumy's KL

Prints seconds and the speed-up (sumy time / our time, measured in the same run; ours is the best of
3 runs, sumy's a single run), checks that both pick the same sentences, and times the other
algorithms and near-duplicate grouping at 20,000.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _shared import SHARED

from briefing.language.sentences import split_sentences
from briefing.language.words import words
from briefing.summarize import ALGORITHMS, best, near_duplicate_groups, rank, select, summarize
from briefing.summarize.sumy_adapter import sumy_rank

CORPUS = SHARED / "corpora/state-dept/press-releases-2021-2022.jsonl"
GUM = SHARED / "evalsets/gum-news/gum_news.jsonl"


def load_sentences(limit: int, seed: int) -> list[str]:
    with CORPUS.open(encoding="utf-8") as handle:
        releases = [json.loads(line)["text"] for line in handle]
    random.Random(seed).shuffle(releases)
    sentences: list[str] = []
    for text in releases:  # whole releases in random order: realistic repetition across documents
        sentences.extend(split_sentences(text))
        if len(sentences) >= limit:
            break
    return sentences[:limit]


def same_choice(ours: list[float], theirs: list[float], count: int = 10) -> str:
    """Whether both pick the same `count` sentences; "ties" when they differ only among ratings equal to rounding."""
    mine, reference = best(ours, count), best(theirs, count)
    if mine == reference:
        return "yes"
    boundary = min(theirs[i] for i in reference)
    tied = all(abs(theirs[i] - boundary) <= 1e-9 * max(1.0, abs(boundary)) for i in set(mine) ^ set(reference))
    return "ties" if tied else "NO"


def timed(function, *args, repeat: int = 1):
    """Seconds of the fastest of `repeat` runs (the machine is shared: the minimum is the least disturbed)."""
    best_time, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(*args)
        best_time = min(best_time, time.perf_counter() - start)
    return best_time, result


def rouge1(candidate: str, reference: str) -> tuple[float, float]:
    """ROUGE-1 recall and F1: lowercase word unigrams, counts clipped, no stemming, stop words kept."""
    cand, ref = Counter(w.lower() for w in words(candidate)), Counter(w.lower() for w in words(reference))
    overlap = sum((cand & ref).values())
    recall = overlap / max(1, sum(ref.values()))
    precision = overlap / max(1, sum(cand.values()))
    return recall, (2 * recall * precision / (recall + precision) if overlap else 0.0)


def quality() -> None:
    """Top-1 and top-3 sentences of each algorithm and of lead-N against GUM's one-line human summaries."""
    articles = [json.loads(line) for line in GUM.open(encoding="utf-8")]
    systems = ["lead", *ALGORITHMS, "lexrank+mmr"]
    totals = {(name, n): [0.0, 0.0] for name in systems for n in (1, 3)}
    for article in articles:
        text = article["text"]
        gold = [text[s["start"]:s["end"]].strip() for s in article["sentences"]]
        # body sentences: not the headline, not a dateline (fewer than 5 words)
        body = [g for g in gold if g != article["title"].strip() and len(words(g)) >= 5]
        for name in systems:
            algorithm = name.removesuffix("+mmr")
            scores = [-float(i) for i in range(len(body))] if name == "lead" else rank(body, algorithm)
            for n in (1, 3):
                picks = select(body, scores, n) if name.endswith("+mmr") else best(scores, n)
                chosen = " ".join(body[i] for i in sorted(picks))
                recall, f1 = rouge1(chosen, article["human_summary"])
                totals[(name, n)][0] += recall / len(articles)
                totals[(name, n)][1] += f1 / len(articles)
    print(f"ROUGE-1 against the human summary, mean over {len(articles)} GUM news articles")
    print(f"{'system':<12} {'top-1 R':>8} {'top-1 F1':>9} {'top-3 R':>8} {'top-3 F1':>9}")
    for name in systems:
        (r1, f1), (r3, f3) = totals[(name, 1)], totals[(name, 3)]
        print(f"{name:<12} {r1:8.3f} {f1:9.3f} {r3:8.3f} {f3:9.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the slow sumy runs (1,500 sentences; KL)")
    parser.add_argument("--no-sumy", action="store_true", help="skip sumy altogether")
    parser.add_argument("--large", type=int, default=20_000, help="sentences for the large run")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quality", action="store_true", help="only the ROUGE-1 comparison on GUM news")
    args = parser.parse_args()
    if args.quality:
        quality()
        return

    everything = load_sentences(args.large, args.seed)
    sizes = [] if args.no_sumy else ([500] if args.quick else [500, 1500])
    print(f"{'algorithm':<10} {'sentences':>9} {'sumy s':>9} {'ours s':>9} {'speed-up':>9}  same top-10")
    print("(ours: best of 3 runs; 'ties' = the picks differ only among sentences sumy rates equal to rounding)")
    for algorithm in ("lexrank", "textrank"):
        for size in sizes:
            sentences = everything[:size]
            theirs_time, theirs = timed(sumy_rank, sentences, algorithm)
            ours_time, ours = timed(rank, sentences, algorithm, repeat=3)
            same = same_choice(ours, theirs)
            ratio = theirs_time / ours_time
            print(f"{algorithm:<10} {size:>9,} {theirs_time:>9.2f} {ours_time:>9.4f} {ratio:>8.0f}x  {same}")
        ours_time, _ = timed(rank, everything, algorithm)
        print(f"{algorithm:<10} {len(everything):>9,} {'-':>9} {ours_time:>9.3f} {'-':>9}")
    print()
    print("other algorithms: sumy's ratings vs ours at a size sumy finishes quickly, ours at the large size")
    small_sizes = {"reduction": 500, "lsa": 500, "sumbasic": 500, "kl": 150}
    for algorithm, size in small_sizes.items():
        sentences = everything[:size]
        line = f"  {algorithm:<10} {size:>6,}: "
        if args.no_sumy or (args.quick and algorithm == "kl"):
            line += "sumy skipped"
        else:
            theirs_time, theirs = timed(sumy_rank, sentences, algorithm)
            ours_time, ours = timed(rank, sentences, algorithm, repeat=3)
            line += f"sumy {theirs_time:7.2f} s, ours {ours_time:7.4f} s = {theirs_time / ours_time:6.0f}x"
            line += f", same top-10: {same_choice(ours, theirs)}"
        if algorithm in ("sumbasic", "kl"):
            large_time, _ = timed(summarize, everything, 10, algorithm)
            line += f"; summarize 10 of {len(everything):,}: {large_time:.3f} s"
        else:
            large_time, _ = timed(rank, everything, algorithm)
            line += f"; rank {len(everything):,}: {large_time:.3f} s"
        print(line)
    for algorithm in ("luhn", "edmundson"):
        large_time, _ = timed(rank, everything, algorithm)
        print(f"  {algorithm:<10} (sumy's code, cached stemmer) rank {len(everything):,}: {large_time:.3f} s")
    print()
    print(f"redundancy control at {len(everything):,} sentences:")
    scores = rank(everything, "lexrank")
    select_time, _ = timed(select, everything, scores, 10)
    print(f"  select (MMR, 10 of them)      {select_time:7.3f} s")
    groups_time, groups = timed(near_duplicate_groups, everything)
    grouped = sum(len(g) for g in groups)
    print(f"  near_duplicate_groups         {groups_time:7.3f} s  ({len(groups):,} groups, {grouped:,} sentences)")


if __name__ == "__main__":
    main()
