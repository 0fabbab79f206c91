"""The key-quotes pane: quote, speaker and affiliation, sources."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from briefing.models import Quote
from widgets.panes.base import Pane, Row
from widgets.text import day_label, safe, sources_label


def quote_text(quote: Quote) -> Text:
    text = Text.assemble(("“", "dim"), safe(quote.text, "italic"), ("”", "dim"), "\n  — ")
    text.append(safe(quote.speaker or "unattributed", "bold"))
    if quote.affiliation and quote.affiliation != quote.speaker:
        text.append(" (")
        text.append(safe(quote.affiliation))
        text.append(")")
    text.append(f" · {day_label(quote.date)} · ", style="dim")
    text.append(sources_label(quote.sources), style="dim italic")
    return text


def quote_rows(quotes: Sequence[Quote]) -> list[Row]:
    return [(quote, quote_text(quote)) for quote in quotes]


class QuotesPane(Pane):
    title = "Quotes"
    empty = "no quotes for this actor and day"
