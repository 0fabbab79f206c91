"""Print records in the format the user asked for."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from briefing.views.records import markdown_table, table, to_json, to_jsonable


def emit(records: Sequence[Any], fmt: str, columns: Sequence[str], out: Any = None) -> None:
    """Write `records` (dataclasses or dicts) as a table, JSON (every field) or a Markdown table."""
    out = out or sys.stdout
    if fmt == "json":
        out.write(to_json(records) + "\n")
        return
    dicts = [to_jsonable(r) if not isinstance(r, dict) else r for r in records]
    rows = [[d.get(c) for c in columns] for d in dicts]
    out.write((markdown_table(rows, columns) if fmt == "md" else table(rows, columns)) + "\n")
