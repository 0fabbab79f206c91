"""Train the sanction-sentence model (briefing/data/sanction_sentence_model.tsv) and print what it adds, set by set.

    /work/.venv/bin/python benchmarks/train_sanction_model.py [--check]

Examples are the sentences of the hand-labelled development and training sets (tests/data/extract_sample_gold.json,
extract_statedept_gold{,2,3,4,5,7}.json, extract_statedept_train*.json) that the model may score; a sentence is a
statement when a gold evidence lies in it. Held-out sets (gold6, gold8, gold9) are never read. The features include
whether the rules already found the sentence, so retrain after changing the rules or the sentence splitter.

L2-regularised logistic regression (scipy's L-BFGS). The threshold is the one with the best F1 over leave-one-set-out
folds (rules plus model, sentence level); the figures printed are those folds'. `--check` trains and compares with
the shipped file instead of writing it (exit 1 when they differ). `--learning-curve` prints how the same folds fare
when each is trained on only a share of the other sets (a seeded draw): what more labelled sets would buy.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from labelled_sets import article_inputs  # noqa: E402

from briefing.extract import _statement_model  # noqa: E402
from briefing.extract.sanctions import sentence_examples  # noqa: E402

DATA = ROOT / "tests" / "data"
DEVELOPMENT = ("extract_sample_gold", "extract_statedept_gold", "extract_statedept_gold2", "extract_statedept_gold3",
               "extract_statedept_gold4", "extract_statedept_gold5", "extract_statedept_gold7")
HELD_OUT = ("extract_statedept_gold6", "extract_statedept_gold8", "extract_statedept_gold9")
L2 = 1.0
MIN_COUNT = 2  # a feature seen once says nothing about unseen text, and would only grow the file
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
OUT = ROOT / "briefing" / "data" / _statement_model.MODEL_FILE

Example = tuple[set[str], bool]


def training_sets() -> list[str]:
    names = [*DEVELOPMENT, *sorted(p.stem for p in DATA.glob("extract_statedept_train*.json"))]
    assert not set(names) & set(HELD_OUT)
    return names


def _norm(text: str) -> str:
    return " ".join(text.split())


def examples(name: str) -> list[Example]:
    out: list[Example] = []
    for art in json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))["articles"]:
        if not art.get("sanctions_labelled", True):
            continue
        text, published, source = article_inputs(art)
        gold = [_norm(g["evidence"]) for g in art["sanctions"]]
        for sentence, feats in sentence_examples(text, published, article=art["id"], source=source):
            flat = _norm(sentence)
            out.append((feats, any(g in flat for g in gold)))
    return out


def fit(rows: list[Example]) -> _statement_model.Model:
    seen = Counter(f for feats, _y in rows for f in feats)
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in seen.items() if n >= MIN_COUNT))}
    rows = [({f for f in feats if f in vocab}, label) for feats, label in rows]
    indices = [vocab[f] for feats, _y in rows for f in feats]
    indptr = np.cumsum([0, *(len(feats) for feats, _y in rows)])
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))
    y = np.array([float(label) for _f, label in rows])

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = params[:-1], params[-1]
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        value = np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * L2 * w @ w
        grad = np.append(x.T @ (p - y) + L2 * w, np.sum(p - y))
        return float(value), grad

    result = minimize(loss, np.zeros(len(vocab) + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    names = sorted(vocab, key=vocab.get)
    return _statement_model.Model(float(result.x[-1]), 0.5, dict(zip(names, map(float, result.x[:-1]), strict=True)))


def _counts(model: _statement_model.Model, rows: list[Example], threshold: float) -> tuple[int, int, int, int]:
    """(gold statements, the rules' hits, sentences predicted by rules and model, their hits)."""
    gold = hits = predicted = rule_hits = 0
    for feats, label in rows:
        gold += label
        by_rule = "f=found" in feats
        rule_hits += by_rule and label
        if by_rule or _statement_model.probability(feats, model) >= threshold:
            predicted += 1
            hits += label
    return gold, rule_hits, predicted, hits


def learning_curve(sets: dict[str, list[Example]], threshold: float, shares: tuple[float, ...] = (0.25, 0.5, 0.75, 1.0),
                   seed: int = 1) -> None:
    """Leave-one-set-out F1 (rules plus model, sentence level) when each fold learns from a share of the others."""
    print(f"learning curve, threshold {threshold:.2f}: each fold trained on a share of the other {len(sets) - 1} sets")
    for share in shares:
        draw = random.Random(seed)
        g = p = h = 0
        for name, rows in sets.items():
            others = sorted(o for o in sets if o != name)
            draw.shuffle(others)
            used = others[: max(1, round(share * len(others)))]
            a, _b, c, d = _counts(fit([r for o in used for r in sets[o]]), rows, threshold)
            g, p, h = g + a, p + c, h + d
        precision, recall = h / max(p, 1), h / max(g, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"  share {share:.2f}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped model instead of writing it")
    parser.add_argument("--learning-curve", action="store_true",
                        help="print leave-one-set-out F1 against the share of training sets, and stop")
    args = parser.parse_args()
    sets = {name: examples(name) for name in training_sets()}
    if args.learning_curve:
        learning_curve(sets, _statement_model.shipped().threshold)
        return
    folds = {name: fit([r for other, rows in sets.items() if other != name for r in rows]) for name in sets}
    best, best_f1 = THRESHOLDS[0], -1.0
    print("leave-one-set-out, sentence level: rules alone -> rules + model")
    for threshold in THRESHOLDS:
        g = rh = p = h = rp = 0
        for name, rows in sets.items():
            a, b, c, d = _counts(folds[name], rows, threshold)
            g, rh, p, h = g + a, rh + b, p + c, h + d
            rp += sum("f=found" in feats for feats, _y in rows)
        precision, recall = h / max(p, 1), h / max(g, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"  threshold {threshold:.2f}: R {rh / g:.2f} -> {recall:.2f}  P {rh / max(rp, 1):.2f} -> "
              f"{precision:.2f}  F1 {f1:.3f}  ({g} statements, {sum(len(r) for r in sets.values())} sentences)")
        if f1 > best_f1:
            best, best_f1 = threshold, f1
    model = fit([r for rows in sets.values() for r in rows])
    model = _statement_model.Model(model.bias, best, model.weights)
    header = (f"Sanction-sentence model: written by benchmarks/train_sanction_model.py from {', '.join(sets)}.\n"
              f"Threshold {best:.2f}: best leave-one-set-out F1 ({best_f1:.3f}), rules plus model, sentence level.")
    text = _statement_model.dump(model, header)
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("shipped model is current" if same else "shipped model differs from a fresh training run")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(model.weights)} features, threshold {best:.2f}")


if __name__ == "__main__":
    main()
