"""Corpus text made displayable: every string from a corpus becomes a `rich.text.Text`, never markup.

Text is first made terminal-safe (control characters and bidi overrides become visible placeholders),
then wrapped in `Text`, which Textual renders literally: "[bold]" in an article stays "[bold]".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from rich.text import Text

from briefing.model import UNDATED
from briefing.models import Provenance
from briefing.safety import one_line, terminal_safe

BLOCKS = "▁▂▃▄▅▆▇█"


def safe(value: object, style: str = "") -> Text:
    """One line of corpus text as literal `Text`."""
    return Text(one_line(str(value)), style=style)


def safe_block(value: str, style: str = "") -> Text:
    """Multi-line corpus text (newlines kept) as literal `Text`."""
    return Text(terminal_safe(value), style=style)


def safe_span_text(value: str, style: str = "") -> Text:
    """Corpus text as literal `Text` with the same length as `value`, so character offsets still apply.

    Each unsafe character becomes one visible placeholder (a control picture or U+FFFD).
    """
    if terminal_safe(value) != value:
        value = "".join(_one_char(ch) for ch in value)
    return Text(value, style=style)


def _one_char(char: str) -> str:
    shown = terminal_safe(char)
    return shown if len(shown) == 1 else "\ufffd"


def clip(value: str, width: int) -> str:
    """`value` cut to `width` cells with an ellipsis (names in narrow columns)."""
    value = one_line(value)
    return value if len(value) <= width else value[: max(0, width - 1)] + "…"


def sparkline(counts: Sequence[int], width: int | None = None) -> str:
    """Counts as Unicode block characters; longer series are summed into `width` buckets."""
    values = list(counts)
    if width and len(values) > width:
        size = len(values) / width
        values = [sum(values[int(i * size): int((i + 1) * size)]) for i in range(width)]
    top = max(values, default=0)
    if top <= 0:
        return " " * len(values)
    return "".join(" " if v <= 0 else BLOCKS[min(len(BLOCKS) - 1, (v * len(BLOCKS) - 1) // top)] for v in values)


def day_counts(per_day: Iterable[tuple[date, int]], days: Sequence[date]) -> list[int]:
    """An actor's (day, count) pairs laid out over the corpus's days."""
    counts = dict(per_day)
    return [counts.get(d, 0) for d in days]


def day_label(day: object) -> str:
    if day is None:
        return "all days"
    if day == UNDATED:
        return "undated"
    return day.isoformat() if isinstance(day, date) else str(day)


def sources_label(sources: Sequence[Provenance], fallback: str = "") -> str:
    """The distinct outlets that carried a record, in order."""
    names: list[str] = []
    for item in sources:
        name = item.source or item.article
        if name not in names:
            names.append(name)
    if not names and fallback:
        names.append(fallback)
    return one_line(", ".join(names))
