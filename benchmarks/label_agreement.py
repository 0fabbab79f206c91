"""How often two labellers agree on sanction statements: the ceiling any extractor can be measured against.

    /work/.venv/bin/python benchmarks/label_agreement.py

Each agreement set (tests/data/extract_statedept_agree*.json) re-labels the releases of some training sets, blind
to the first labelling. The second labelling is scored against the first exactly as eval_extract scores the
extractor: each of its records stands for the whole sentence its evidence is in, and has to cover the first
labelling's evidence, with the imposer, a target and the status scored on their own. The extractor is scored on
the same releases against both labellings, with a sentence model trained without them (as sanction_folds does),
so the three figures read side by side: extractor vs labeller A, extractor vs labeller B, B vs A.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

import train_sanction_model as trainer
from eval_extract import score_sanctions
from labelled_sets import article_inputs
from sanction_folds import _line

from briefing.extract import _statement_model, find_sanctions
from briefing.language.sentences import sentence_spans

#: agreement set -> the training sets it re-labels.
PAIRS = {
    "extract_statedept_agree1": ("extract_statedept_train1", "extract_statedept_train2"),
    "extract_statedept_agree2": ("extract_statedept_train3", "extract_statedept_train4"),
}


@dataclass(frozen=True)
class LabelAsRecord:
    """A labeller's statement in the shape score_sanctions reads from an extracted record."""

    by: tuple[str, ...]
    targets: tuple[str, ...]
    status: str
    evidence: str


def _sentence_of(text: str, evidence: str) -> str:
    """The sentences (as the pipeline splits them) that a verbatim evidence lies in."""
    start = text.find(evidence)
    if start < 0:
        raise ValueError(f"evidence not in its article: {evidence[:60]!r}")
    end = start + len(evidence)
    spans = [(s, e) for s, e in sentence_spans(text) if s < end and e > start]
    return text[spans[0][0]:spans[-1][1]] if spans else evidence


def _as_records(text: str, labels: list[dict]) -> list[LabelAsRecord]:
    return [LabelAsRecord(tuple(g["by"]), tuple(g["targets"]), g["status"], _sentence_of(text, g["evidence"]))
            for g in labels]


def _articles(names: tuple[str, ...]) -> dict[str, dict]:
    return {art["id"]: art for name in names
            for art in json.loads((trainer.DATA / f"{name}.json").read_text(encoding="utf-8"))["articles"]}


def _fold_model(held: set[str]) -> _statement_model.Model:
    """The sentence model trained on every set but the ones named, at the shipped threshold."""
    rows = [row for name in trainer.training_sets() if name not in held for row in trainer.examples(name)]
    fit = trainer.fit(rows)
    return _statement_model.Model(fit.bias, _statement_model.shipped().threshold, fit.weights)


def compare(second: str, firsts: tuple[str, ...]) -> dict[str, Counter[str]]:
    """Counts for B vs A, the extractor vs A and the extractor vs B over the releases both labelled."""
    a_arts, b_arts = _articles(firsts), _articles((second,))
    model = _fold_model(set(firsts))
    shipped = _statement_model.shipped
    _statement_model.shipped = lambda: model
    counts = {"B vs A": Counter(), "extractor vs A": Counter(), "extractor vs B": Counter()}
    statuses: Counter[tuple[str, str]] = Counter()
    try:
        for art_id, b in b_arts.items():
            a = a_arts.get(art_id)
            if a is None:
                continue
            text, published, source = article_inputs(a)
            found = find_sanctions(text, published, article=art_id, source=source)
            counts["B vs A"].update(score_sanctions(_as_records(text, b["sanctions"]), a["sanctions"]))
            counts["extractor vs A"].update(score_sanctions(found, a["sanctions"]))
            counts["extractor vs B"].update(score_sanctions(found, b["sanctions"]))
            statuses.update(_status_pairs(text, a["sanctions"], b["sanctions"]))
    finally:
        _statement_model.shipped = shipped
    counts["statuses"] = statuses  # type: ignore[assignment]
    return counts


def _status_pairs(text: str, a_labels: list[dict], b_labels: list[dict]) -> Counter[tuple[str, str]]:
    """(A's status, B's status) for statements both labellers put in the same sentence: equal statuses pair first,
    the rest of a sentence's statuses pair in reading order."""
    by_sentence: dict[str, tuple[list[str], list[str]]] = {}
    for side, labels in ((0, a_labels), (1, b_labels)):
        for g in labels:
            by_sentence.setdefault(_sentence_of(text, g["evidence"]), ([], []))[side].append(g["status"])
    pairs: Counter[tuple[str, str]] = Counter()
    for a_statuses, b_statuses in by_sentence.values():
        same = Counter(a_statuses) & Counter(b_statuses)
        pairs.update({(status, status): n for status, n in same.items()})
        a_rest, b_rest = list((Counter(a_statuses) - same).elements()), list((Counter(b_statuses) - same).elements())
        pairs.update(zip(a_rest, b_rest, strict=False))  # unequal counts: the surplus is unmatched
    return pairs


def main() -> None:
    totals: dict[str, Counter] = {}
    for second, firsts in PAIRS.items():
        if not (trainer.DATA / f"{second}.json").exists():
            print(f"{second}: not labelled yet")
            continue
        for label, c in compare(second, firsts).items():
            totals.setdefault(label, Counter()).update(c)
            if label != "statuses":
                print(_line(f"{second[-6:]} {label}", c))
    if totals:
        for label, c in totals.items():
            if label != "statuses":
                print(_line(f"all {label}", c))
        disagree = {pair: n for pair, n in totals["statuses"].items() if pair[0] != pair[1]}
        same = sum(n for pair, n in totals["statuses"].items() if pair[0] == pair[1])
        print(f"status, same sentence: {same} agree, {sum(disagree.values())} differ (A -> B): "
              + ", ".join(f"{a}->{b} {n}" for (a, b), n in sorted(disagree.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
