"""The evaluator's target match (benchmarks/eval_extract.py): the figures in the README rest on it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from eval_extract import target_ok


@pytest.mark.parametrize(("predicted", "labelled", "ok"), [
    (("Russia",), ["Russian entities"], True),  # one name holds the other
    (("Myanmar",), ["regime in Burma", "Burmese regime"], True),  # the canonical name of the state labelled
    (("China",), ["PRC entities"], True),
    (("North Korea",), ["DPRK"], True),
    (("Evgeny Novitsky",), ["Evgeny Novitskiy"], True),  # one transliteration of the same name
    (("Evgeny Novitsky",), ["Evgeny Novak"], False),
    (("Myanmar",), ["Russia"], False),
    (("Ukraine",), ["Russian Federation", "Moscow"], False),
    ((), ["Burma"], False),
])
def test_target_match(predicted: tuple[str, ...], labelled: list[str], ok: bool) -> None:
    assert target_ok(predicted, labelled) is ok
