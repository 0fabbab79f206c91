"""Records as JSON-ready dicts, plain-text tables and Markdown tables."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from briefing.safety import one_line


def to_jsonable(value: Any) -> Any:
    """Dataclasses, dates, tuples and sets as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\u2028\u2029]")


def json_text(value: Any) -> str:
    """JSON with non-ASCII kept readable, but C1 controls and bidi overrides written as \\u escapes.

    json.dumps already escapes C0 controls (ESC, BEL); the rest could still act on a terminal the JSON is
    printed to. The escapes decode to the same strings, so the data is unchanged.
    """
    text = json.dumps(to_jsonable(value), ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def to_json(records: Iterable[Any]) -> str:
    return json_text(list(records))


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.3f}"
    return one_line(str(value))


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str], max_width: int = 60) -> str:
    """A plain-text table; every cell is made terminal-safe; all but the last (the text) clipped to `max_width`."""
    text_rows = [[cell(v) if i == len(row) - 1 else _clip(cell(v), max_width) for i, v in enumerate(row)]
                 for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip() for row in text_rows]
    return "\n".join(lines)


def markdown_table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
    def esc(text: str) -> str:
        return md_escape(text).replace("|", "\\|")

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(esc(cell(v)) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def md_escape(text: str) -> str:
    """Escape characters that Markdown (and HTML inside Markdown) would interpret."""
    out = one_line(text)
    for char in "\\`*_{}[]<>#!":
        out = out.replace(char, "\\" + char)
    return out


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
