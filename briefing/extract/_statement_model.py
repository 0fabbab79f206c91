"""Whether a sentence states a sanction that no rule caught: a logistic model over its words and where it stands.

The rules find statements by their terms. Officials also state them with no term at all, or with one the rules
read as a mention in passing ("We hit them hard", "That's exactly what we and our allies are doing", "what we have
on the table – unprecedented sanctions – will have a severe impact"). A small model learned from the hand-labelled
development and training sets (`benchmarks/train_sanction_model.py`, never the held-out sets) scores the
sentences the rules left; its weights ship as a data file, so nothing is downloaded or trained at run time.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

MODEL_FILE = "sanction_sentence_model.tsv"
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Model:
    bias: float
    threshold: float
    weights: dict[str, float]


def features(sentence: str, *, transcript: bool, official: bool, near: bool, term: bool, found: bool) -> set[str]:
    """The words and word pairs of a sentence, and flags for where it stands: in a transcript, in an official's
    turn, within two sentences after a rule's statement, holding a sanction term, itself a rule's statement."""
    words = _TOKEN.findall(sentence.lower().replace("’", "'"))
    flags = [name for name, on in (("transcript", transcript), ("official", official), ("near", near),
                                   ("term", term), ("found", found)) if on]
    return {*(f"w={w}" for w in words), *(f"b={a} {b}" for a, b in pairwise(words)), *(f"f={name}" for name in flags)}


def probability(feats: set[str], model: Model | None = None) -> float:
    model = model or shipped()
    weights = model.weights
    z = model.bias + sum([weights[f] for f in feats if f in weights])
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


@cache
def shipped() -> Model:
    """The model in briefing/data: "bias", "threshold", then one feature and its weight a line."""
    return parse(resources.files("briefing.data").joinpath(MODEL_FILE).read_text(encoding="utf-8"))


def parse(text: str) -> Model:
    values: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, weight = line.rpartition("\t")
            values[name] = float(weight)
    bias, threshold = values.pop("bias"), values.pop("threshold")
    return Model(bias, threshold, values)


def dump(model: Model, header: str) -> str:
    lines = [f"# {line}" for line in header.splitlines()]
    lines += [f"bias\t{model.bias:.4f}", f"threshold\t{model.threshold:.2f}"]
    lines += [f"{name}\t{w:.3f}" for name, w in sorted(model.weights.items()) if abs(w) >= 0.005]
    return "\n".join(lines) + "\n"
