"""Does a position discount help sentence selection on news? ROUGE-1 recall against GUM's human summaries.

For each of GUM's 24 news articles, the body sentences (six words or more, title dropped) are ranked by
lead order, by LexRank/TextRank alone, and by those scores (rescaled to 0..1) divided by 1 + log2(1 + i), the
DCG-style discount of the sentence's place i in its article that `Briefing.summary` applies. It prints the mean
recall of the human summary's content words by the top sentence and by the top three. A measurement, not a
tuning loop: the discount is the standard DCG one, not fitted here.

    python benchmarks/eval_summary_position.py
"""

from __future__ import annotations

import json
import math
import re

from _shared import SHARED
from sumy.utils import get_stop_words

from briefing.language.sentences import sentence_spans
from briefing.summarize import rank

GUM = SHARED / "evalsets" / "gum-news" / "gum_news.jsonl"
STOP = set(get_stop_words("english"))
WORD = re.compile(r"\w+")


def content_words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if w not in STOP]


def recall(chosen: list[str], reference: str) -> float:
    wanted = content_words(reference)
    found = set(content_words(" ".join(chosen)))
    return sum(1 for w in wanted if w in found) / max(1, len(wanted))


def body_sentences(text: str) -> list[str]:
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    return [s for s in sentences if len(WORD.findall(s)) >= 6][1:]


def order(sentences: list[str], system: str) -> list[int]:
    if system == "lead":
        return list(range(len(sentences)))
    algorithm, _, discounted = system.partition("+")
    scores = rank(sentences, algorithm)
    low, high = min(scores), max(scores)
    scaled = [(s - low) / (high - low) if high > low else 1.0 for s in scores]
    if discounted:
        scaled = [s / (1 + math.log2(1 + i)) for i, s in enumerate(scaled)]
    return sorted(range(len(sentences)), key=lambda i: -scaled[i])


def main() -> None:
    rows = [json.loads(line) for line in GUM.open(encoding="utf-8")]
    print(f"GUM news: {len(rows)} articles; ROUGE-1 recall of the human summary's content words")
    print(f"{'system':18s} {'top-1':>6s} {'top-3':>6s}")
    for system in ("lead", "lexrank", "lexrank+position", "textrank", "textrank+position"):
        top1 = top3 = 0.0
        for row in rows:
            sentences = body_sentences(row["text"])
            if not sentences:
                continue
            ranked = order(sentences, system)
            top1 += recall([sentences[ranked[0]]], row["human_summary"])
            top3 += recall([sentences[i] for i in ranked[:3]], row["human_summary"])
        print(f"{system:18s} {top1 / len(rows):6.3f} {top3 / len(rows):6.3f}")


if __name__ == "__main__":
    main()
