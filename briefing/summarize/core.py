"""The summary API: rate sentences with a named algorithm, pick the best, return `SummaryLine`s."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from briefing.models import Sentence, SummaryLine
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

    Scales differ by algorithm (LexRank: an L2-normalised eigenvector; KL and SumBasic: -k for the
    k-th greedy pick), so compare scores within one call, or rescale (as `select` does).

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


def summarize(text_or_sentences: str | Sequence[str] | Sequence[Sentence], sentences: int = 5,
              algorithm: str = DEFAULT_ALGORITHM, *, title: str = "",
              mmr_lambda: float | None = None) -> list[SummaryLine]:
    """The `sentences` best sentences in reading (input) order.

    - a str is split into sentences: `sentence` is the index, `start`/`end` offsets into the str;
    - a list of str is taken as the sentences: `sentence` is the index, `start`, `end` = 0, len;
    - a list of `briefing.models.Sentence` records (one article or many) keeps their provenance:
      article, index, span and date.
    With `mmr_lambda` the picks go through `select` (MMR) so near-repeats give way to other facts;
    without it the choice is exactly sumy's.
    """
    name = check_algorithm(algorithm)
    records = _as_records(text_or_sentences)
    texts = [r.text for r in records]
    scores = _scores(texts, name, title, top=sentences if mmr_lambda is None else None)
    if mmr_lambda is None:
        chosen = best(scores, sentences)
    else:
        from briefing.summarize.redundancy import select

        chosen = sorted(select(texts, scores, sentences, lambda_=mmr_lambda))
    return [SummaryLine(text=records[i].text, score=scores[i], article=records[i].article,
                        sentence=records[i].index, start=records[i].start, end=records[i].end,
                        date=records[i].date) for i in chosen]


def _as_records(source: str | Sequence[str] | Sequence[Sentence]) -> list[Sentence]:
    if isinstance(source, str):
        from briefing.language.sentences import sentence_spans

        spans = sentence_spans(source)
        return [Sentence(article="", index=i, paragraph=0, start=s, end=e, text=source[s:e])
                for i, (s, e) in enumerate(spans)]
    return [item if isinstance(item, Sentence) else
            Sentence(article="", index=i, paragraph=0, start=0, end=len(item), text=item)
            for i, item in enumerate(source)]
