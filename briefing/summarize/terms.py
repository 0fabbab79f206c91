"""Sentence terms the way sumy sees them, and the sparse matrices the fast algorithms are built on.

sumy lowercases each word, drops its stop words, then stems with nltk's Snowball stemmer (pure code,
no nltk data). We tokenize with `briefing.language.words`, the same function the Tokenizer handed to
sumy uses, so both paths see identical words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

from briefing.language.words import words

LANGUAGE = "english"


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's bundled English stop words (a file inside the sumy package; nothing is downloaded)."""
    return frozenset(w.lower() for w in get_stop_words(LANGUAGE))


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer:
    return Stemmer(LANGUAGE)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """sumy's `stem_word`: lowercase, then Snowball-stem (cached: news reuses a small vocabulary)."""
    return _stemmer()(word.lower())


def sentence_words(sentence: str) -> list[str]:
    """The words sumy's Sentence exposes (sumy strips the text before tokenizing)."""
    return words(sentence.strip())


_CONTENT: dict[str, str | None] = {}  # raw token -> its stem, or None for a stop word


def content_terms(sentence: str) -> list[str]:
    """Stemmed non-stop words in order, with repeats: sumy's `_to_words_set` (despite its name, a list)."""
    cache = _CONTENT
    out = []
    for word in sentence_words(sentence):
        term = cache.get(word, "")
        if term == "":
            lower = word.lower()
            term = cache[word] = None if lower in stop_words() else stem(lower)
        if term is not None:
            out.append(term)
    return out


_STEMS: dict[str, str] = {}  # raw token -> its stem


def all_terms(sentence: str) -> list[str]:
    """Every word stemmed, stop words kept (for near-duplicate detection)."""
    cache = _STEMS
    out = []
    for word in sentence_words(sentence):
        term = cache.get(word)
        if term is None:
            term = cache[word] = stem(word)
        out.append(term)
    return out


def name_marks(sentence: str) -> frozenset[str]:
    """Stems of the words that pin a fact down: numbers anywhere, capitalised words after the first."""
    marks = set()
    for position, word in enumerate(sentence_words(sentence)):
        if any(ch.isdigit() for ch in word) or (position > 0 and any(ch.isupper() for ch in word)):
            marks.add(stem(word))
    return frozenset(marks)


def count_matrix(term_lists: Sequence[Iterable[str]],
                 vocabulary: dict[str, int] | None = None) -> tuple[sp.csr_matrix, dict[str, int]]:
    """Sentences × terms CSR matrix of counts (float64), and the term → column map."""
    vocab: dict[str, int] = {} if vocabulary is None else vocabulary
    indptr = [0]
    indices: list[int] = []
    for terms in term_lists:
        for term in terms:
            indices.append(vocab.setdefault(term, len(vocab)))
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    matrix = sp.csr_matrix((data, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
                           shape=(len(indptr) - 1, len(vocab)))
    matrix.sum_duplicates()  # repeated terms in one sentence become counts
    return matrix, vocab


def binarize(matrix: sp.csr_matrix) -> sp.csr_matrix:
    out = matrix.copy()
    out.data[:] = 1.0
    return out


def tfidf_matrix(counts: sp.csr_matrix) -> sp.csr_matrix:
    """LexRank's vectors: tf = count / max count in the sentence, idf = log(N / (1 + df)) (may be negative)."""
    n = counts.shape[0]
    if counts.shape[1] == 0:  # no terms at all (every word a stop word)
        return counts.astype(np.float64)
    row_max = counts.max(axis=1).toarray().ravel()
    row_max[row_max == 0] = 1.0
    tf = counts.copy()
    tf.data = tf.data / np.repeat(row_max, np.diff(tf.indptr))
    df = np.diff(counts.tocsc().indptr).astype(np.float64)
    idf = np.log(n / (1.0 + df)) if n else df
    return (tf @ sp.diags(idf)).tocsr()


def row_norms(matrix: sp.csr_matrix) -> np.ndarray:
    return np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
