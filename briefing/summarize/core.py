"""The summary API: rate sentences with a named algorithm, pick the best, return `SummaryLine`s."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from briefing.models import SummaryLine
from briefing.summarize import fast
from briefing.summarize.sumy_adapter import SUMMARIZERS, sumy_rank

ALGORITHMS: tuple[str, ...] = tuple(SUMMARIZERS)  # lexrank first: the default
DEFAULT_ALGORITHM = "lexrank"

# Algorithms sumy runs in quadratic Python loops get a vectorised twin that yields sumy's ratings.
_FAST: dict[str, Callable[..., np.ndarray]] = {
    "lexrank": lambda sentences, title: fast.lexrank(sentences),
    "textrank": lambda sentences, title: fast.textrank(sentences),
    "reduction": lambda sentences, title: fast.reduction(sentences),
    "lsa": fast.lsa,
}


def _round(scores: np.ndarray, digits: int = 12) -> np.ndarray:
    """Round to `digits` significant digits: sentences that tie in exact arithmetic then tie here too
    (instead of being ordered by summation-order noise) and go to the earlier one, as they mostly do in sumy."""
    magnitude = np.floor(np.log10(np.abs(scores), out=np.zeros_like(scores), where=scores != 0))
    scale = 10.0 ** (digits - 1 - magnitude)
    return np.round(scores * scale) / scale


def check_algorithm(algorithm: str) -> str:
    name = algorithm.strip().lower()
    if name not in ALGORITHMS:
        raise ValueError(f"unknown summary algorithm {algorithm!r}; choose one of: {', '.join(ALGORITHMS)}")
    return name


def rank(sentences: Sequence[str], algorithm: str = DEFAULT_ALGORITHM, title: str = "") -> list[float]:
    """One score per sentence: the rating the algorithm (as in sumy) sorts sentences by. Higher is better.

    `title` is only read by algorithms that use headings (Edmundson's title/location methods, LSA's
    dictionary, Luhn's significant words), exactly as a sumy heading would be.
    """
    name = check_algorithm(algorithm)
    sentences = list(sentences)
    if not sentences:
        return []
    if name in _FAST:
        return [float(x) for x in _round(_FAST[name](sentences, title))]
    return sumy_rank(sentences, name, title)


def best(scores: Sequence[float], count: int) -> list[int]:
    """sumy's choice: the `count` highest scores (ties to the earlier sentence), in reading order."""
    order = sorted(range(len(scores)), key=lambda i: scores[i], reverse=True)  # stable, like sumy's sort
    return sorted(order[:max(0, count)])


def summarize(text_or_sentences: str | Sequence[str], sentences: int = 5, algorithm: str = DEFAULT_ALGORITHM,
              *, title: str = "", mmr_lambda: float | None = None) -> list[SummaryLine]:
    """The `sentences` best sentences in reading order.

    A str is split into sentences (`start`/`end` are then offsets into it); a list is taken as the
    sentences (`start`, `end` = 0, len). With `mmr_lambda` the picks go through `select` (MMR) so
    near-repeats give way to other facts; without it the choice is exactly sumy's.
    """
    name = check_algorithm(algorithm)
    if isinstance(text_or_sentences, str):
        from briefing.language.sentences import sentence_spans

        spans = sentence_spans(text_or_sentences)
        texts = [text_or_sentences[s:e] for s, e in spans]
    else:
        texts = list(text_or_sentences)
        spans = [(0, len(t)) for t in texts]
    scores = rank(texts, name, title)
    if mmr_lambda is None:
        chosen = best(scores, sentences)
    else:
        from briefing.summarize.redundancy import select

        chosen = sorted(select(texts, scores, sentences, lambda_=mmr_lambda))
    return [SummaryLine(text=texts[i], score=scores[i], article="", sentence=i,
                        start=spans[i][0], end=spans[i][1], date=None) for i in chosen]
