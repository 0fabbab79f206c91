"""What sanction tests compare: the (by, targets, status) of the statement in one sentence of a State Dept briefing."""

from __future__ import annotations

from briefing.extract import find_sanctions

BRIEFING_SOURCE = "https://www.state.gov/briefing/"


def statement_at(text: str, sentence: int = 0, source: str = BRIEFING_SOURCE) -> tuple | None:
    """The statement found in sentence `sentence`, or None when that sentence states no sanction."""
    found = {s.sentence: s for s in find_sanctions(text, source=source)}
    record = found.get(sentence)
    return None if record is None else (record.by, record.targets, record.status)
