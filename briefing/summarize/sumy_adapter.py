"""sumy, run offline on our sentences: the reference for the fast algorithms and the engine for the others.

Documents are built directly from a list of sentences (`ObjectDocumentModel` / `Paragraph` /
`Sentence`), so sumy's parsers, and the nltk data they would need, are never touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from briefing.language.words import Tokenizer
from briefing.summarize.terms import _stemmer, stem, stop_words

SUMMARIZERS = {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "edmundson": EdmundsonSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}


@cache
def _word_list(name: str) -> tuple[str, ...]:
    text = (Path(__file__).resolve().parent.parent / "data" / name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def document(sentences: Sequence[str], title: str = "") -> ObjectDocumentModel:
    """One paragraph holding the sentences, after an optional heading (Edmundson's title and location methods)."""
    tokenizer = Tokenizer()
    items = [Sentence(title, tokenizer, is_heading=True)] if title.strip() else []
    items += [Sentence(text, tokenizer) for text in sentences]
    return ObjectDocumentModel([Paragraph(items)])


def summarizer(algorithm: str, cached_stemmer: bool = False):
    """A configured sumy summarizer: Snowball stemmer, sumy's stop words, Edmundson's cue words from data files.

    `cached_stemmer` hands sumy our memoised stemmer (same stems, computed once per word form); the
    default is sumy's own `Stemmer("english")`, the honest baseline for the equality tests and benchmark.
    """
    instance = SUMMARIZERS[algorithm](stem if cached_stemmer else _stemmer())
    if algorithm == "edmundson":
        instance.bonus_words = _word_list("summary_bonus_words.txt")
        instance.stigma_words = _word_list("summary_stigma_words.txt")
        instance.null_words = stop_words()
    else:
        instance.stop_words = stop_words()
    return instance


def _ratings(algorithm: str, instance, doc: ObjectDocumentModel) -> list[float]:
    """The rating sumy sorts each sentence by (its internal dict, keyed by sentence text)."""
    sentences = doc.sentences
    if algorithm == "lexrank":
        return [float(x) for x in _lexrank_scores(instance, doc)]
    if algorithm in ("textrank", "reduction"):
        ratings = instance.rate_sentences(doc)
    elif algorithm == "lsa":
        return _lsa_ranks(instance, doc)
    elif algorithm == "luhn":
        # sumy tests membership in a tuple (quadratic on long inputs); a frozenset gives the same ratings
        significant = frozenset(instance._get_significant_words(doc.words))
        return [float(instance.rate_sentence(s, significant)) for s in sentences]
    elif algorithm == "edmundson":
        ratings = _edmundson_ratings(instance, doc)
    else:  # kl, sumbasic
        ratings = instance._compute_ratings(sentences)
    return [float(ratings[s]) for s in sentences]


def _lexrank_scores(instance: LexRankSummarizer, doc: ObjectDocumentModel) -> list[float]:
    words = [instance._to_words_set(s) for s in doc.sentences]
    if not words:
        return []
    tf = instance._compute_tf(words)
    idf = instance._compute_idf(words)
    matrix = instance._create_matrix(words, instance.threshold, tf, idf)
    scores = instance.power_method(matrix, instance.epsilon)
    ratings = dict(zip(doc.sentences, scores, strict=True))  # as sumy does: a repeated sentence keeps its last score
    return [ratings[s] for s in doc.sentences]


def _lsa_ranks(instance: LsaSummarizer, doc: ObjectDocumentModel) -> list[float]:
    import numpy

    dictionary = instance._create_dictionary(doc)
    if not dictionary:
        return [0.0] * len(doc.sentences)
    matrix = instance._compute_term_frequency(instance._create_matrix(doc, dictionary))
    _u, sigma, v = numpy.linalg.svd(matrix, full_matrices=False)
    return [float(r) for r in instance._compute_ranks(sigma, v)]


def _edmundson_ratings(instance: EdmundsonSummarizer, doc: ObjectDocumentModel) -> dict:
    ratings: dict = {}
    methods = (
        (instance._cue_weight, instance._build_cue_method_instance),
        (instance._key_weight, instance._build_key_method_instance),
        (instance._title_weight, instance._build_title_method_instance),
        (instance._location_weight, instance._build_location_method_instance),
    )
    for weight, build in methods:
        if weight > 0.0:
            for sentence, rating in build().rate_sentences(doc).items():
                ratings[sentence] = ratings.get(sentence, 0) + rating
    return ratings


def sumy_rank(sentences: Sequence[str], algorithm: str = "lexrank", title: str = "",
              cached_stemmer: bool = False) -> list[float]:
    """Per-sentence ratings computed by sumy itself (slow for the graph algorithms: quadratic Python loops)."""
    doc = document(sentences, title)
    if not doc.sentences:
        return []
    return _ratings(algorithm, summarizer(algorithm, cached_stemmer), doc)


def sumy_select(sentences: Sequence[str], count: int, algorithm: str = "lexrank", title: str = "") -> list[int]:
    """Indices (reading order) of the sentences sumy's own summarizer returns."""
    doc = document(sentences, title)
    chosen = summarizer(algorithm)(doc, count)
    # sumy returns Sentence objects; map back by identity so repeated texts keep their own positions
    by_id = {id(s): i for i, s in enumerate(doc.sentences)}
    return sorted(by_id[id(s)] for s in chosen)
