"""Redundancy control: MMR selection over a ranking, and near-duplicate sentence groups.

Both work on sparse vectors so they stay fast for tens of thousands of sentences: MMR updates a
max-similarity vector with one sparse product per pick; near-duplicate grouping finds candidate
pairs by prefix filtering (two sets with cosine ≥ t share one of their rarest terms) and verifies
them exactly, so the cost follows the number of similar pairs, not |S|². Two near-duplicates must
also agree on names and numbers: one may add some, neither may swap one for another.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from briefing.summarize.terms import all_terms, binarize, content_terms, count_matrix, name_marks, row_norms

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
    if len(scores) != len(sentences):
        raise ValueError(f"{len(scores)} scores for {len(sentences)} sentences")
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
    twins = None if duplicate is None else _SimilarSets(sentences, duplicate)
    set_links = None if twins is None else twins.set_graph()
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
        if twins is not None and twins.sizes[twins.label[index]] > 0:
            key = twins.label[index]
            similar = np.append(set_links.indices[set_links.indptr[key]:set_links.indptr[key + 1]], key)
            fresh[np.isin(twins.label, similar)] = False
        redundancy = np.maximum(redundancy, _similarity_to(vectors, sizes, index, similarity))
    return picked


def _prefixes(sets: sp.csr_matrix, order: np.ndarray, rows: np.ndarray, required: np.ndarray) -> sp.csr_matrix:
    """Each row's rarest terms: as many as a set may lose while keeping `required` of them."""
    sizes = np.diff(sets.indptr)
    keep = sizes - required + 1
    position = np.arange(len(order)) - sets.indptr[rows]
    chosen = order[position < keep[rows]]
    return sp.csr_matrix((np.ones(len(chosen), dtype=np.int32), (rows[chosen], sets.indices[chosen])),
                         shape=sets.shape)


def _candidates(sets: sp.csr_matrix, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (a, b), a the smaller set, that could reach the threshold (prefix filtering, exact).

    For |A| ≤ |B|, cosine ≥ t means overlap ≥ t·|A| and overlap ≥ t²·|B|; two sets sharing o terms share
    one among the first |A| − o + 1 and |B| − o + 1 of their terms in a common order (rarest first).
    """
    n = sets.shape[0]
    sizes = np.diff(sets.indptr)
    frequency = np.diff(sets.tocsc().indptr)
    rows = np.repeat(np.arange(n), sizes)
    order = np.lexsort((sets.indices, frequency[sets.indices], rows))  # per row: rarest first, then term id
    probe = _prefixes(sets, order, rows, np.ceil(threshold * sizes - 1e-9).astype(np.int64))
    index = _prefixes(sets, order, rows, np.ceil(threshold * threshold * sizes - 1e-9).astype(np.int64))
    found = (probe @ index.T).tocoo()
    small, large = found.row.astype(np.int64), found.col.astype(np.int64)
    ordered = (sizes[small] < sizes[large]) | ((sizes[small] == sizes[large]) & (small < large))
    keep = ordered & (sizes[small] >= threshold * threshold * sizes[large] - 1e-9)
    return small[keep], large[keep]


class _SimilarSets:
    """Near-duplicate pairs among the distinct word sets of the sentences (sentence → set: `label`)."""

    def __init__(self, sentences: Sequence[str], threshold: float, names_must_agree: bool = True):
        if not 0 < threshold <= 1:
            raise ValueError("threshold must be in (0, 1]")
        distinct: dict[tuple[frozenset[str], frozenset[str]], int] = {}
        self.label = np.array([distinct.setdefault((frozenset(all_terms(s)), name_marks(s) if names_must_agree
                                                    else frozenset()), len(distinct)) for s in sentences],
                              dtype=np.int64)
        keys = list(distinct)
        self.count = len(keys)
        sets = binarize(count_matrix([terms for terms, _ in keys])[0]).astype(np.int8)
        self.sizes = np.diff(sets.indptr)
        small, large = _candidates(sets, threshold) if self.count > 1 else (np.zeros(0, np.int64),) * 2
        overlap = np.asarray(sets[small].multiply(sets[large]).sum(axis=1)).ravel()
        cosine = overlap / np.sqrt(self.sizes[small].astype(np.float64) * self.sizes[large])
        keep = cosine >= threshold - 1e-12
        if names_must_agree:  # a retelling may add a name or number, never swap one for another
            keep &= np.array([keys[a][1] <= keys[b][1] or keys[b][1] <= keys[a][1]
                              for a, b in zip(small.tolist(), large.tolist(), strict=True)], dtype=bool)
        self.small, self.large, self.cosine = small[keep], large[keep], cosine[keep]

    def members(self) -> list[list[int]]:
        groups: list[list[int]] = [[] for _ in range(self.count)]
        for position, key in enumerate(self.label.tolist()):
            groups[key].append(position)
        return groups

    def set_graph(self) -> sp.csr_matrix:
        """Symmetric set × set links between similar distinct sets."""
        links = sp.csr_matrix((np.ones(len(self.small)), (self.small, self.large)), shape=(self.count, self.count))
        return (links + links.T).tocsr()

    def sentence_graph(self) -> sp.csr_matrix:
        """Symmetric sentence × sentence links: similar sets, and copies of one (non-empty) set."""
        n = len(self.label)
        links = self.set_graph() + sp.diags((self.sizes > 0).astype(np.float64))
        member_of = sp.csr_matrix((np.ones(n), (np.arange(n), self.label)), shape=(n, self.count))
        graph = (member_of @ links @ member_of.T).tocsr()
        graph.setdiag(0)
        graph.eliminate_zeros()
        return graph


def near_duplicate_pairs(sentences: Sequence[str], threshold: float = NEAR_DUPLICATE_THRESHOLD,
                         names_must_agree: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All pairs i < j whose sets of stemmed words (stop words kept) have cosine ≥ `threshold`.

    With `names_must_agree`, the numbers and capitalised words (after the first) of one sentence
    must all occur in the other: "spoke with Czech Foreign Minister Jan Lipavsky" and "spoke with
    Russian Foreign Minister Sergey Lavrov" are one template, two facts.

    Returns (i, j, cosine) arrays sorted by (i, j). Identical word sets are merged before pairing, so
    a sentence repeated k times costs one row; but the answer itself then holds its k² pairs (prefer
    `near_duplicate_groups` on boilerplate-heavy input).
    """
    found = _SimilarSets(sentences, threshold, names_must_agree)
    cosine_of = {}
    for a, b, value in zip(found.small.tolist(), found.large.tolist(), found.cosine.tolist(), strict=True):
        cosine_of[(a, b)] = cosine_of[(b, a)] = value
    upper = sp.triu(found.sentence_graph(), k=1).tocoo()
    order = np.lexsort((upper.col, upper.row))
    left, right = upper.row[order].astype(np.int64), upper.col[order].astype(np.int64)
    labels = found.label
    cosine = np.array([1.0 if labels[i] == labels[j] else cosine_of[(labels[i], labels[j])]
                       for i, j in zip(left.tolist(), right.tolist(), strict=True)])
    return left, right, cosine


def near_duplicate_groups(sentences: Sequence[str], threshold: float = NEAR_DUPLICATE_THRESHOLD,
                          min_size: int = 2, names_must_agree: bool = True) -> list[list[int]]:
    """Groups of near-identical sentences (connected pairs at cosine ≥ threshold), by first member.

    Wording is compared on all words, stop words included, so "Russia has received shipments of these
    missiles" and "Russia has now received shipments of these (Iranian) missiles" group while two
    different statements about the same actors do not; see `near_duplicate_pairs` for
    `names_must_agree`. `min_size=1` also lists every singleton.
    """
    found = _SimilarSets(sentences, threshold, names_must_agree)
    links = sp.csr_matrix((np.ones(len(found.small)), (found.small, found.large)), shape=(found.count, found.count))
    _, set_labels = connected_components(links, directed=False)
    labels = set_labels[found.label]
    solo = found.sizes[found.label] == 0  # sentences without words are nobody's duplicate
    labels = np.where(solo, set_labels.max(initial=-1) + 1 + np.arange(len(labels)), labels)
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(int(label), []).append(index)
    return sorted((g for g in groups.values() if len(g) >= min_size), key=lambda g: g[0])
