"""The summary pane: the extractive summary for the selected actor and day, with sources and corroboration."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from briefing.models import SummaryLine
from widgets.panes.base import Pane, Row
from widgets.text import day_label, safe, sources_label


def summary_text(line: SummaryLine) -> Text:
    text = Text()
    text.append("NEW " if line.new else "    ", style="bold green" if line.new else "")
    text.append(safe(line.text))
    text.append("\n    ")
    text.append(f"{day_label(line.date)} · ", style="dim")
    text.append(f"×{line.corroboration} ", style="bold yellow" if line.corroboration > 1 else "dim")
    text.append(sources_label(line.sources, line.source), style="dim italic")
    return text


def summary_rows(lines: Sequence[SummaryLine]) -> list[Row]:
    return [(line, summary_text(line)) for line in lines]


class SummaryPane(Pane):
    title = "Summary"
    empty = "no summary for this actor and day"
