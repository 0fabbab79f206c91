"""Sanctions, round 5: kinds of statement long briefing transcripts hold that the earlier rules missed.

Each table holds a sentence (or short text) -> (by, targets, status) of the statement in sentence `sentence`, or
None when nothing there is a sanction statement.
"""

from __future__ import annotations

import pytest

from briefing.extract import find_sanctions

_STATE = "https://www.state.gov/briefing/"


def _record(text: str, sentence: int = 0, source: str = _STATE) -> tuple | None:
    found = {s.sentence: s for s in find_sanctions(text, source=source)}
    record = found.get(sentence)
    return None if record is None else (record.by, record.targets, record.status)


# measures in force on a state: "X has been under sanctions", "a sanctions regime in place against X"
IN_FORCE = [
    ("Iran has been under heavy sanctions since 2018.", ("United States",), ("Iran",), "imposed"),
    ("North Korea remains under sweeping sanctions.", ("United States",), ("North Korea",), "imposed"),
    ("Venezuela has been under a U.S. oil embargo since 2019.", ("United States",), ("Venezuela",), "imposed"),
    ("There is a comprehensive sanctions regime in place against Cuba.", ("United States",), ("Cuba",), "imposed"),
    ("The export controls that are in force on Belarus will stay.", ("United States",), ("Belarus",), "imposed"),
    # not statements: pressure, protective measures
    ("The exporter is under pressure from the new rules.", None, None, None),
    ("Protective measures are in place on the border.", None, None, None),
]


@pytest.mark.parametrize(("text", "by", "targets", "status"), IN_FORCE)
def test_measures_in_force(text: str, by: tuple | None, targets: tuple | None, status: str | None) -> None:
    expected = None if by is None else (by, targets, status)
    assert _record(text) == expected
