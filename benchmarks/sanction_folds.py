"""Sanction extraction as it would do on sets it never saw: rules plus a sentence model trained without the set.

    /work/.venv/bin/python benchmarks/sanction_folds.py

For each set the sanction-sentence model learns from (see train_sanction_model.py), a model is trained on all the
others and find_sanctions runs on the set's articles with it; the records are scored as eval_extract scores them.
The rules were written while reading the development sets, so their folds flatter; the training sets (labelled for
the model only, never read while writing rules) are the honest estimate, and are totalled apart. Held-out sets are
never read.
"""

from __future__ import annotations

import json
from collections import Counter

import train_sanction_model as trainer
from eval_extract import score_sanctions
from labelled_sets import article_inputs

from briefing.extract import _statement_model, find_sanctions


def _set_counts(name: str, model: _statement_model.Model) -> Counter[str]:
    shipped = _statement_model.shipped
    _statement_model.shipped = lambda: model  # what find_sanctions reads
    try:
        counts: Counter[str] = Counter()
        for art in json.loads((trainer.DATA / f"{name}.json").read_text(encoding="utf-8"))["articles"]:
            if art.get("sanctions_labelled", True):
                text, published, source = article_inputs(art)
                counts.update(score_sanctions(find_sanctions(text, published, article=art["id"], source=source),
                                              art["sanctions"]))
        return counts
    finally:
        _statement_model.shipped = shipped


def _line(label: str, c: Counter[str]) -> str:
    p, r = c["found"] / max(c["n_p"], 1), c["found"] / max(c["n_g"], 1)
    fields = "  ".join(f"+{f} R {c[f] / max(c['n_g'], 1):.2f}" for f in ("by", "target", "status"))
    return f"{label:28s} found P {p:.2f} R {r:.2f} F1 {2 * p * r / max(p + r, 1e-9):.3f}  {fields}  ({c['n_g']} gold)"


def main() -> None:
    sets = {name: trainer.examples(name) for name in trainer.training_sets()}
    threshold = _statement_model.shipped().threshold
    totals = {"development": Counter(), "training": Counter()}
    for name in sets:
        fold = trainer.fit([row for other, rows in sets.items() if other != name for row in rows])
        counts = _set_counts(name, _statement_model.Model(fold.bias, threshold, fold.weights))
        print(_line(name, counts))
        totals["training" if "_train" in name else "development"].update(counts)
    for label, counts in totals.items():
        print(_line(f"all {label} sets", counts))


if __name__ == "__main__":
    main()
