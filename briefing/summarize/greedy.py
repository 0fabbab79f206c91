"""Vectorised SumBasic and KL-Sum: sumy's greedy loops, with each round's scores from sparse products.

sumy re-scores every remaining sentence in pure Python after each pick (SumBasic: O(n²·words);
KL-Sum rebuilds the summary's word list each round: O(n³), ~2 minutes for 500 sentences). Here a
round only recomputes the sentences that share a word with the pick. Both follow sumy's quirks on
purpose, since sumy is the reference: KL's document frequencies drop stop words before lowercasing
them and its summary words are raw (neither lowercased nor filtered); ratings are -k for the k-th
pick, kept in a dict keyed by sentence text as in sumy (a repeated sentence re-uses its key).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from briefing.summarize.terms import content_terms, count_matrix, sentence_words, stop_words


class _PickOrder:
    """sumy's ratings for greedy picks: `ratings[sentence] = -len(ratings)`, copies sharing one dict entry.

    With `top`, picking may stop early: a text whose copies have all been picked has its final
    rating, above anything a later pick can get, so once `top` sentences are final the top choice
    is known. Sentences not final then rate below every final one.
    """

    def __init__(self, sentences: Sequence[str], top: int | None):
        self.keys = [s.strip() for s in sentences]
        self.copies: dict[str, int] = {}
        for key in self.keys:
            self.copies[key] = self.copies.get(key, 0) + 1
        self.copies_left = dict(self.copies)
        self.ratings: dict[str, int] = {}
        self.final = 0  # sentences whose text has no copy left to pick
        self.top = len(self.keys) if top is None else min(top, len(self.keys))

    def add(self, index: int) -> None:
        key = self.keys[index]
        self.ratings[key] = -len(self.ratings)
        self.copies_left[key] -= 1
        if self.copies_left[key] == 0:
            self.final += self.copies[key]

    def done(self) -> bool:
        return self.final >= self.top

    def result(self) -> np.ndarray:
        floor = -len(self.keys)
        return np.array([self.ratings[k] if self.copies_left[k] == 0 else floor for k in self.keys], dtype=np.float64)


def _rows_with(columns_csc: sp.csc_matrix, columns: np.ndarray) -> np.ndarray:
    starts, ends = columns_csc.indptr[columns], columns_csc.indptr[columns + 1]
    if len(columns) == 0:
        return np.zeros(0, dtype=np.int64)
    return np.unique(np.concatenate([columns_csc.indices[a:b] for a, b in zip(starts, ends, strict=True)]))


def _padded(term_lists: list[list[str]], vocabulary: dict[str, int]) -> np.ndarray:
    """Term ids in sentence order, one row per sentence, padded with -1."""
    width = max((len(terms) for terms in term_lists), default=0)
    table = np.full((len(term_lists), max(width, 1)), -1, dtype=np.int64)
    for row, terms in enumerate(term_lists):
        table[row, : len(terms)] = [vocabulary[t] for t in terms]
    return table


def sumbasic(sentences: Sequence[str], top: int | None = None) -> np.ndarray:
    """SumBasic: pick the sentence with the highest mean word probability, then square its words' probabilities.

    Each mean is summed left to right in sentence order (a cumulative sum), the order Python's `sum`
    uses in sumy, so ties and near-ties resolve exactly as there.
    """
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    term_lists = [content_terms(s) for s in sentences]
    counts, vocabulary = count_matrix(term_lists)
    total = counts.sum()
    probability = np.asarray(counts.sum(axis=0)).ravel() / total if total else np.zeros(1)
    table = _padded(term_lists, vocabulary)
    lengths = (table >= 0).sum(axis=1)
    by_term = counts.tocsc()

    def means(rows: np.ndarray) -> np.ndarray:
        ids = table[rows]
        values = np.where(ids >= 0, probability[np.maximum(ids, 0)], 0.0)
        sums = np.cumsum(values, axis=1)[:, -1]  # sequential, like sum() over the word list
        return np.divide(sums, lengths[rows], out=np.zeros(len(rows)), where=lengths[rows] > 0)

    average = means(np.arange(n))
    remaining = np.ones(n, dtype=bool)
    picks = _PickOrder(sentences, top)
    while not picks.done():
        best = int(np.argmax(np.where(remaining, average, -np.inf)))  # first of the best, as sumy's strict >
        picks.add(best)
        remaining[best] = False
        for term in table[best][table[best] >= 0].tolist():  # sumy squares once per occurrence, in order
            probability[term] *= probability[term]
        touched = _rows_with(by_term, np.unique(table[best][table[best] >= 0]))
        average[touched] = means(touched)
    return picks.result()


def kl(sentences: Sequence[str], top: int | None = None) -> np.ndarray:
    """KL-Sum: each round adds the sentence whose union with the summary is closest (KL) to the document."""
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    stops = stop_words()
    raw = [sentence_words(s) for s in sentences]
    vocabulary: dict[str, int] = {}
    document_words = [w.lower() for words in raw for w in words if w not in stops]  # sumy filters, then lowers
    doc_counts, vocabulary = count_matrix([document_words], vocabulary)
    content, vocabulary = count_matrix([[w.lower() for w in words if w.lower() not in stops] for words in raw],
                                       vocabulary)
    summary_words, vocabulary = count_matrix(raw, vocabulary)
    size = len(vocabulary)
    content = sp.csr_matrix((content.data, content.indices, content.indptr), shape=(n, size))
    frequency = np.zeros(size)
    frequency[: doc_counts.shape[1]] = doc_counts.toarray().ravel()
    frequency = frequency / len(document_words) if document_words else frequency
    known = frequency > 0
    f_log_f = np.where(known, frequency * np.log(np.where(known, frequency, 1.0)), 0.0)

    rows = np.repeat(np.arange(n), np.diff(content.indptr))
    cols, values = content.indices, content.data
    f_nz = frequency[cols]
    # sums over each sentence's own words (known ones only: unknown words add nothing)
    own_g = np.bincount(rows, weights=f_log_f[cols], minlength=n)
    own_f = np.bincount(rows, weights=f_nz, minlength=n)
    own_h = np.bincount(rows, weights=np.where(f_nz > 0, f_nz * np.log(values), 0.0), minlength=n)
    lengths = np.asarray(content.sum(axis=1)).ravel()
    by_word = content.tocsc()

    summary = np.zeros(size)  # raw word counts of the summary so far
    summary_length = 0.0
    shared_g, shared_f, shared_h = np.zeros(n), np.zeros(n), np.zeros(n)
    sum_g = sum_f = sum_h = 0.0  # over the summary's known words
    remaining = np.ones(n, dtype=bool)
    picks = _PickOrder(sentences, top)
    while not picks.done():
        total = lengths + summary_length
        union_g = own_g + sum_g - shared_g
        union_f = own_f + sum_f - shared_f
        union_h = own_h + sum_h + shared_h  # Σ f·log(c + m) over the union of words
        with np.errstate(divide="ignore", invalid="ignore"):
            divergence = np.where(total > 0, union_g + np.log(np.where(total > 0, total, 1.0)) * union_f - union_h, 0.0)
        best = int(np.argmin(np.where(remaining, divergence, np.inf)))  # first of the best, as sumy's index(min)
        picks.add(best)
        remaining[best] = False
        start, end = summary_words.indptr[best], summary_words.indptr[best + 1]
        words, counts = summary_words.indices[start:end], summary_words.data[start:end]
        summary_length += counts.sum()
        new = summary[words] == 0
        summary[words] += counts
        fresh = words[new & known[words]]
        sum_g += f_log_f[fresh].sum()
        sum_f += frequency[fresh].sum()
        changed = words[known[words]]
        sum_h = float(np.dot(frequency[summary > 0], np.log(summary[summary > 0]))) if changed.size else sum_h
        touched = _rows_with(by_word, changed)
        if touched.size:
            sub = content[touched]
            sub_rows = np.repeat(np.arange(len(touched)), np.diff(sub.indptr))
            m = summary[sub.indices]
            f = frequency[sub.indices]
            both = (m > 0) & (f > 0)
            m_safe = np.where(both, m, 1.0)
            shared_g[touched] = np.bincount(sub_rows, weights=np.where(both, f_log_f[sub.indices], 0.0),
                                            minlength=len(touched))
            shared_f[touched] = np.bincount(sub_rows, weights=np.where(both, f, 0.0), minlength=len(touched))
            correction = f * (np.log(sub.data + m_safe) - np.log(sub.data) - np.log(m_safe))
            shared_h[touched] = np.bincount(sub_rows, weights=np.where(both, correction, 0.0),
                                            minlength=len(touched))
    return picks.result()
