"""Redundancy control: MMR selection over a ranking, and near-duplicate sentence groups.

Both work on sparse vectors so they stay fast for tens of thousands of sentences: MMR updates a
max-similarity vector with one sparse product per pick; near-duplicate grouping finds candidate
pairs by prefix filtering (two sets with cosine ≥ t share one of their rarest terms) and verifies
them exactly, so the cost follows the number of similar pairs, not |S|².
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from briefing.summarize.terms import all_terms, binarize, content_terms, count_matrix, row_norms

SIMILARITIES = ("cosine", "jaccard")
NEAR_DUPLICATE_THRESHOLD = 0.8


def _unit_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = row_norms(matrix)
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return (sp.diags(scale) @ matrix).tocsr()


def _similarity_to(vectors: sp.csr_matrix, sizes: np.ndarray, index: int, similarity: str) -> np.ndarray:
    overlap = (vectors @ vectors[index].T).toarray().ravel()
    if similarity == "cosine":
        return overlap
    union = sizes + sizes[index] - overlap
    return np.divide(overlap, union, out=np.zeros_like(overlap), where=union > 0)


def select(sentences: Sequence[str], scores: Sequence[float], n: int, similarity: str = "cosine",
           lambda_: float = 0.7, duplicate: float | None = NEAR_DUPLICATE_THRESHOLD) -> list[int]:
    """Maximal Marginal Relevance: indices of `n` sentences, best first.

    Each pick maximises λ·relevance − (1−λ)·(max similarity to the sentences already picked), with
    relevance the scores rescaled to [0, 1]. `cosine` uses tf-idf vectors of stemmed content words
    (idf = log(1 + N/df), positive even for small inputs), `jaccard` the sets of those stems.
    λ = 1 is plain ranking. A near-duplicate of a pick (`near_duplicate_pairs` at `duplicate`) is
    taken only when nothing else is left, so a repeated wire sentence never fills two of the n lines.
    """
    if similarity not in SIMILARITIES:
        raise ValueError(f"unknown similarity {similarity!r}; choose one of: {', '.join(SIMILARITIES)}")
    count = min(max(0, n), len(sentences))
    if count == 0:
        return []
    relevance = np.asarray(scores, dtype=np.float64)
    spread = relevance.max() - relevance.min()
    if spread > 1e-9 * max(1e-300, float(np.abs(relevance).max())):  # below that, rounding noise: a tie
        relevance = (relevance - relevance.min()) / spread
    else:
        relevance = np.ones_like(relevance)
    counts = count_matrix([content_terms(s) for s in sentences])[0]
    if similarity == "cosine":
        frequency = np.diff(counts.tocsc().indptr).astype(np.float64)
        idf = np.log1p(len(sentences) / np.maximum(frequency, 1.0))
        vectors = _unit_rows((counts @ sp.diags(idf)).tocsr())
        sizes = np.zeros(len(sentences))
    else:
        vectors = binarize(counts)
        sizes = np.asarray(vectors.sum(axis=1)).ravel()
    twins = _twin_graph(sentences, duplicate)
    picked: list[int] = []
    redundancy = np.zeros(len(sentences))
    available = np.ones(len(sentences), dtype=bool)
    fresh = available.copy()
    for _ in range(count):
        allowed = fresh & available if (fresh & available).any() else available
        gain = np.where(allowed, lambda_ * relevance - (1.0 - lambda_) * redundancy, -np.inf)
        index = int(np.argmax(gain))  # ties: the earlier sentence, like the ranking
        picked.append(index)
        available[index] = False
        if twins is not None:
            fresh[twins.indices[twins.indptr[index]:twins.indptr[index + 1]]] = False
        redundancy = np.maximum(redundancy, _similarity_to(vectors, sizes, index, similarity))
    return picked


def _twin_graph(sentences: Sequence[str], threshold: float | None) -> sp.csr_matrix | None:
    if threshold is None:
        return None
    left, right, _ = near_duplicate_pairs(sentences, threshold)
    n = len(sentences)
    graph = sp.csr_matrix((np.ones(len(left)), (left, right)), shape=(n, n))
    return (graph + graph.T).tocsr()


def near_duplicate_pairs(sentences: Sequence[str],
                         threshold: float = NEAR_DUPLICATE_THRESHOLD) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All pairs i < j whose sets of stemmed words (stop words kept) have cosine ≥ `threshold`.

    Returns (i, j, cosine) arrays. Exact: candidates share a term in their prefixes of rarest terms
    (length |A| − ⌈t²|A|⌉ + 1 suffices, since cosine ≥ t implies overlap ≥ t²·max(|A|, |B|)).
    """
    if not 0 < threshold <= 1:
        raise ValueError("threshold must be in (0, 1]")
    empty = np.zeros(0, dtype=np.int64)
    if len(sentences) < 2:
        return empty, empty, np.zeros(0)
    sets = binarize(count_matrix([all_terms(s) for s in sentences])[0])
    sizes = np.diff(sets.indptr)
    frequency = np.diff(sets.tocsc().indptr)
    prefix_rows: list[np.ndarray] = []
    prefix_cols: list[np.ndarray] = []
    for i in range(sets.shape[0]):
        terms = sets.indices[sets.indptr[i]:sets.indptr[i + 1]]
        if len(terms) == 0:
            continue
        keep = len(terms) - math.ceil(threshold * threshold * len(terms) - 1e-9) + 1
        rarest = terms[np.lexsort((terms, frequency[terms]))[:keep]]  # global order: frequency, then term id
        prefix_rows.append(np.full(len(rarest), i))
        prefix_cols.append(rarest)
    rows = np.concatenate(prefix_rows)
    prefixes = sp.csr_matrix((np.ones(len(rows)), (rows, np.concatenate(prefix_cols))), shape=sets.shape)
    candidates = sp.triu(prefixes @ prefixes.T, k=1).tocoo()
    left, right = candidates.row.astype(np.int64), candidates.col.astype(np.int64)
    if len(left) == 0:
        return empty, empty, np.zeros(0)
    overlap = np.asarray(sets[left].multiply(sets[right]).sum(axis=1)).ravel()
    cosine = overlap / np.sqrt(sizes[left].astype(np.float64) * sizes[right])
    keep = cosine >= threshold - 1e-12
    return left[keep], right[keep], cosine[keep]


def near_duplicate_groups(sentences: Sequence[str], threshold: float = NEAR_DUPLICATE_THRESHOLD,
                          min_size: int = 2) -> list[list[int]]:
    """Groups of near-identical sentences (connected pairs at cosine ≥ threshold), by first member.

    Wording is compared on all words, stop words included, so "Russia has received shipments of these
    missiles" and "Russia has now received shipments of these (Iranian) missiles" group while two
    different statements about the same actors do not. `min_size=1` also lists every singleton.
    """
    n = len(sentences)
    left, right, _ = near_duplicate_pairs(sentences, threshold)
    graph = sp.csr_matrix((np.ones(len(left)), (left, right)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(int(label), []).append(index)
    return sorted((g for g in groups.values() if len(g) >= min_size), key=lambda g: g[0])
