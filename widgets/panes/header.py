"""The corpus header: name, articles, days, sources and how publication dates were found."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from briefing.model import CorpusStats
from widgets.text import day_label, safe


def header_text(stats: CorpusStats) -> Text:
    text = Text.assemble(safe(stats.name or "corpus", "bold"), "  ")
    text.append(f"{stats.articles} articles · {stats.days} days · {stats.sources} sources")
    if stats.first_day:
        text.append(f" · {day_label(stats.first_day)} → {day_label(stats.last_day)}", style="dim")
    if stats.undated:
        text.append(f" · {stats.undated} undated", style="yellow")
    found = ", ".join(f"{source} {count}" for source, count in stats.date_sources)
    if found:
        text.append(f" · dates from: {found}", style="dim")
    return text


class CorpusHeader(Static):
    def show_stats(self, stats: CorpusStats) -> None:
        self.update(header_text(stats))
