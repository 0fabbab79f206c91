"""Vectorised LexRank, TextRank, Reduction and LSA that rate sentences exactly as sumy does.

sumy fills |S|×|S| similarity matrices in Python loops (quadratic: ~30 s at 1,500 sentences).
Here the same quantities come from sparse products of the sentence × term count matrix:

- LexRank: idf-modified cosine = row-normalised tf-idf products, thresholded at 0.1, computed in
  upper-triangular row blocks (two threads when large) so the dense |S|² matrix never exists;
  then sumy's normalised power method on the sparse adjacency.
- TextRank / Reduction: edge(i, j) = (c_i · c_j) / (log|i| + log|j|). The denominator is not
  separable, but it depends only on the two sentence lengths, so the product with a vector is
  summed per length group: W q = Σ_g diag(1 / (a + a_g)) · C · (C_gᵀ q_g). Exact, O(nnz · groups).
- LSA: sumy keeps every singular value (MIN_DIMENSIONS=3, REDUCTION_RATIO=1), so its rank
  sqrt(Σ s_k² v_kj²) is the Euclidean norm of column j of its term-frequency matrix: no SVD needed.

Ratings are also keyed the way sumy keys them: by sentence text, so repeated sentences share one
rating (LexRank/TextRank: the last copy's; Reduction: the sum over copies).
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import scipy.sparse as sp

from briefing.summarize.terms import (
    content_terms,
    count_matrix,
    row_norms,
    sentence_words,
    stem,
    stop_words,
    tfidf_matrix,
)

LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
TEXTRANK_EPSILON = 1e-4
TEXTRANK_DAMPING = 0.85
_ZERO_DIVISION_PREVENTION = 1e-7
_BLOCK_ROWS = 1000
_PARALLEL_FROM = 4000  # sentences; below this threads cost more than they save
_EXPLICIT_UP_TO = 5000  # sentences; TextRank/Reduction build W itself up to here


def _counts(sentences: Sequence[str]) -> sp.csr_matrix:
    return count_matrix([content_terms(s) for s in sentences])[0]


def _share_by_text(sentences: Sequence[str], scores: np.ndarray, how: str) -> np.ndarray:
    """sumy keys ratings by Sentence, which hashes its stripped text: copies share one entry."""
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        groups.setdefault(s.strip(), []).append(i)
    out = scores.copy()
    for members in groups.values():
        if len(members) > 1:
            out[members] = scores[members[-1]] if how == "last" else scores[members].sum()
    return out


# ---------------------------------------------------------------- LexRank

class _SymmetricGraph:
    """A 0/1 symmetric matrix kept as its strict upper triangle (CSR) plus a 0/1 diagonal."""

    def __init__(self, upper: sp.csr_matrix, diagonal: np.ndarray):
        self.upper = upper
        self.upper_t = upper.T  # CSC view: no copy
        self.diagonal = diagonal

    def degrees(self) -> np.ndarray:
        ones = np.ones(self.upper.shape[0])
        return self.upper @ ones + self.upper_t @ ones + self.diagonal

    def __matmul__(self, vector: np.ndarray) -> np.ndarray:
        return self.upper @ vector + self.upper_t @ vector + self.diagonal * vector


def lexrank_graph(counts: sp.csr_matrix, threshold: float = LEXRANK_THRESHOLD) -> _SymmetricGraph:
    """Edges where the idf-modified cosine exceeds the threshold (self-loops included, as in sumy)."""
    n = counts.shape[0]
    tfidf = tfidf_matrix(counts)
    norms = row_norms(tfidf)
    has_norm = norms > 0
    unit = (sp.diags(np.divide(1.0, norms, out=np.zeros(n), where=has_norm)) @ tfidf).tocsr()

    def block(lo: int) -> tuple[np.ndarray, np.ndarray]:
        hi = min(n, lo + _BLOCK_ROWS)
        sims = unit[lo:hi] @ unit[lo:].T  # columns from lo: the upper triangle and a little more
        rows = np.repeat(np.arange(lo, hi), np.diff(sims.indptr))
        keep = (sims.data > threshold) & (sims.indices > rows - lo)  # strictly upper: j > i
        return rows[keep], sims.indices[keep] + lo

    starts = range(0, n, _BLOCK_ROWS)
    if n >= _PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        with ThreadPoolExecutor(max_workers=2) as pool:  # scipy's sparse products release the GIL
            parts = list(pool.map(block, starts))
    else:
        parts = [block(lo) for lo in starts]
    rows = np.concatenate([r for r, _ in parts])  # blocks come in row order, so rows are sorted
    cols = np.concatenate([c for _, c in parts])
    indptr = np.concatenate(([0], np.cumsum(np.bincount(rows, minlength=n))))
    upper = sp.csr_matrix((np.ones(len(cols)), cols, indptr), shape=(n, n))
    # a sentence is similar to itself (cosine 1) unless its tf-idf vector is all zeros
    return _SymmetricGraph(upper, has_norm.astype(np.float64))


def lexrank(sentences: Sequence[str], threshold: float = LEXRANK_THRESHOLD,
            epsilon: float = LEXRANK_EPSILON) -> np.ndarray:
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    graph = lexrank_graph(_counts(sentences), threshold)
    degrees = graph.degrees()
    degrees[degrees == 0] = 1.0
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > epsilon:  # sumy's power method on M = A / degree (A symmetric, so Mᵀp = A (p / degree))
        nxt = graph @ (p / degrees)
        norm = np.linalg.norm(nxt)
        if norm == 0:
            return np.zeros(n)
        nxt /= norm
        change = np.linalg.norm(nxt - p)
        p = nxt
    return _share_by_text(sentences, p, "last")


# ---------------------------------------------------------------- TextRank and Reduction

class _LengthGroupedEdges:
    """W_ij = (c_i · c_j) / (log|i| + log|j|), applied to vectors without building W."""

    def __init__(self, counts: sp.csr_matrix, zero_norm_value: str):
        lengths = np.asarray(counts.sum(axis=1)).ravel()
        self.counts = counts
        self.counts_t = counts.T.tocsr()
        logs = np.log(np.where(lengths > 0, lengths, 1.0))
        values, self.group = np.unique(lengths, return_inverse=True)
        group_logs = np.log(np.where(values > 0, values, 1.0))
        denominators = logs[:, None] + group_logs[None, :]
        zero = denominators == 0  # both sentences have one term: sumy's textrank keeps the count, reduction drops it
        self.inverse = np.divide(1.0, denominators, out=np.zeros_like(denominators), where=~zero)
        if zero_norm_value == "count":
            self.inverse[zero] = 1.0
        self.self_edge = np.asarray(counts.multiply(counts).sum(axis=1)).ravel() * self.inverse[
            np.arange(len(lengths)), self.group]

        # small inputs: the explicit sparse W is cheaper to apply than one product per length group
        self.explicit = None
        if counts.shape[0] <= _EXPLICIT_UP_TO:
            products = (counts @ self.counts_t).tocsr()
            rows = np.repeat(np.arange(counts.shape[0]), np.diff(products.indptr))
            products.data = products.data * self.inverse[rows, self.group[products.indices]]
            self.explicit = products

    def __matmul__(self, q: np.ndarray) -> np.ndarray:
        if self.explicit is not None:
            return self.explicit @ q
        spread = np.zeros((len(q), self.inverse.shape[1]))
        spread[np.arange(len(q)), self.group] = q
        products = self.counts @ (self.counts_t @ spread)  # column g: C C_gᵀ q_g
        return np.einsum("ig,ig->i", products, self.inverse)


def textrank(sentences: Sequence[str], epsilon: float = TEXTRANK_EPSILON,
             damping: float = TEXTRANK_DAMPING) -> np.ndarray:
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    edges = _LengthGroupedEdges(_counts(sentences), "count")
    row_sums = edges @ np.ones(n) + _ZERO_DIVISION_PREVENTION
    if edges.explicit is not None:  # fold the row normalisation and damping into the matrix once
        transition = edges.explicit.copy()
        transition.data *= damping / row_sums[transition.indices]

        def step(q: np.ndarray) -> np.ndarray:
            return transition @ q
    else:
        def step(q: np.ndarray) -> np.ndarray:
            return damping * (edges @ (q / row_sums))
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > epsilon:  # sumy: p ← Mᵀp, M = (1-d)/n + d·W/rowsum, no renormalisation
        nxt = step(p)
        nxt += (1.0 - damping) / n * p.sum()
        change = np.linalg.norm(nxt - p)
        p = nxt
    return _share_by_text(sentences, p, "last")


def reduction(sentences: Sequence[str]) -> np.ndarray:
    """Sum of edge weights to every other sentence (sumy's ReductionSummarizer)."""
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    edges = _LengthGroupedEdges(_counts(sentences), "zero")
    ratings = edges @ np.ones(n) - edges.self_edge
    return _share_by_text(sentences, ratings, "sum")


# ---------------------------------------------------------------- LSA

def lsa(sentences: Sequence[str], title: str = "", smooth: float = 0.4) -> np.ndarray:
    """sumy's LSA rank: the norm of each sentence's column of the smoothed term-frequency matrix."""
    n = len(sentences)
    stops = stop_words()
    vocabulary: dict[str, int] = {}
    for text in ([title] if title.strip() else []) + list(sentences):  # sumy's dictionary includes headings
        for word in sentence_words(text):
            if word.lower() not in stops:
                vocabulary.setdefault(stem(word), len(vocabulary))
    size = len(vocabulary)
    if n == 0 or size == 0:
        return np.zeros(n)
    # every word of a sentence counts if its stem is in the dictionary, stop word or not (as in sumy)
    terms = [[t for t in (stem(w) for w in sentence_words(s)) if t in vocabulary] for s in sentences]
    counts = count_matrix(terms, dict(vocabulary))[0]
    ranks = np.zeros(n)
    for i in range(n):
        row = counts.data[counts.indptr[i]:counts.indptr[i + 1]]
        if len(row):
            present = smooth + (1.0 - smooth) * row / row.max()
            ranks[i] = math.sqrt((size - len(row)) * smooth ** 2 + float(np.dot(present, present)))
    return ranks
