"""The summary API: rate sentences with a named algorithm, pick the best, return `SummaryLine`s."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from briefing.models import SummaryLine
from briefing.summarize import fast, greedy
from briefing.summarize.sumy_adapter import SUMMARIZERS, sumy_rank

ALGORITHMS: tuple[str, ...] = tuple(SUMMARIZERS)  # lexrank first: the default
DEFAULT_ALGORITHM = "lexrank"

# Algorithms sumy runs in quadratic (or worse) Python loops get a vectorised twin that yields sumy's
# ratings: fn(sentences, title, top) where `top` lets the greedy ones stop after the picks needed.
_FAST: dict[str, Callable[[list[str], str, int | None], np.ndarray]] = {
    "lexrank": lambda sentences, title, top: fast.lexrank(sentences),
    "textrank": lambda sentences, title, top: fast.textrank(sentences),
    "reduction": lambda sentences, title, top: fast.reduction(sentences),
    "lsa": lambda sentences, title, top: fast.lsa(sentences, title),
    "kl": lambda sentences, title, top: greedy.kl(sentences, top),
    "sumbasic": lambda sentences, title, top: greedy.sumbasic(sentences, top),
}
_GREEDY = ("kl", "sumbasic")  # ratings are pick order: -k for the k-th pick


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
    return _scores(list(sentences), check_algorithm(algorithm), title)


def _scores(sentences: list[str], name: str, title: str, top: int | None = None) -> list[float]:
    if not sentences:
        return []
    if name in _GREEDY:
        return [float(x) for x in _FAST[name](sentences, title, top)]
    if name in _FAST:
        return [float(x) for x in _round(_FAST[name](sentences, title, top))]
    return sumy_rank(sentences, name, title, cached_stemmer=True)


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
    scores = _scores(texts, name, title, top=sentences if mmr_lambda is None else None)
    if mmr_lambda is None:
        chosen = best(scores, sentences)
    else:
        from briefing.summarize.redundancy import select

        chosen = sorted(select(texts, scores, sentences, lambda_=mmr_lambda))
    return [SummaryLine(text=texts[i], score=scores[i], article="", sentence=i,
                        start=spans[i][0], end=spans[i][1], date=None) for i in chosen]
