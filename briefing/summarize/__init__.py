"""Extractive summaries: sumy's algorithms by name (vectorised where sumy is quadratic) and redundancy control.

    rank(sentences, algorithm)            -> a score per sentence (sumy's rating)
    summarize(text_or_sentences, n, alg)  -> SummaryLine records in reading order
    select(sentences, scores, n)          -> MMR picks: n lines for n different facts
    near_duplicate_groups(sentences)      -> groups of near-identical sentences (corroboration, novelty)
"""

from briefing.summarize.core import ALGORITHMS, DEFAULT_ALGORITHM, best, rank, summarize
from briefing.summarize.redundancy import near_duplicate_groups, near_duplicate_pairs, select

__all__ = [
    "ALGORITHMS",
    "DEFAULT_ALGORITHM",
    "best",
    "near_duplicate_groups",
    "near_duplicate_pairs",
    "rank",
    "select",
    "summarize",
]
