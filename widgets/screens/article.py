"""The article: cleaned text with summary lines, quotes and sanctions highlighted, metadata, furniture on demand."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from briefing.models import Article, SummaryLine
from widgets.screens.base import BriefingFooter
from widgets.text import day_label, safe, safe_span_text

if TYPE_CHECKING:
    from widgets.app import BriefingApp

STYLES = {"summary": "bold", "quote": "italic cyan", "sanction": "magenta", "target": "reverse"}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each non-blank paragraph of `text`."""
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def metadata_text(article: Article) -> Text:
    text = Text.assemble(safe(article.title or article.id, "bold"), "\n")
    text.append(safe(article.source or "unknown outlet"))
    text.append(f" · {day_label(article.published)} (date from {article.date_source})", style="dim")
    if article.author:
        text.append(" · by ", style="dim")
        text.append(safe(article.author))
    text.append("\n")
    text.append(safe(article.url or article.path, "dim italic"))
    text.append("\nkey: ", style="dim")
    for name in ("summary", "quote", "sanction", "target"):
        text.append(name, style=STYLES[name])
        text.append(" ")
    return text


def furniture_text(article: Article) -> Text:
    text = Text(f"set aside while cleaning ({len(article.furniture)} lines)\n", style="dim bold")
    for line in article.furniture:
        text.append(f"{line.number:>4} ", style="dim")
        text.append(safe(line.text, "dim"))
        if line.reason:
            text.append(f"   [{line.reason}]", style="dim italic")
        text.append("\n")
    return text


class ArticleScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="back"),
        Binding("f", "toggle_furniture", "Furniture", id="toggle-furniture"),
        Binding("j,down", "scroll(1)", "Down", id="down", show=False),
        Binding("k,up", "scroll(-1)", "Up", id="up", show=False),
    ]

    def __init__(self, article_id: str, sentence: int, summary: Sequence[object] = ()) -> None:
        super().__init__()
        self.article_id = article_id
        self.sentence = sentence
        self.summary = [s for s in summary if isinstance(s, SummaryLine) and s.article == article_id]

    @property
    def bapp(self) -> BriefingApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        briefing = self.bapp.briefing
        assert briefing is not None
        article = briefing.articles[self.article_id]
        yield Static(metadata_text(article), id="article-meta")
        with VerticalScroll(id="article-body"):
            yield Static(furniture_text(article), id="furniture")
            target = self._target_span()
            marks = self._marks()
            for number, (start, end) in enumerate(paragraph_spans(article.text)):
                paragraph = self._paragraph(article.text, start, end, marks, target)
                yield Static(paragraph, classes="paragraph", id=f"p{number}")
        yield BriefingFooter()

    def _target_span(self) -> tuple[int, int]:
        briefing = self.bapp.briefing
        assert briefing is not None
        sentences = briefing.analysed[self.article_id].sentences
        if 0 <= self.sentence < len(sentences):
            return sentences[self.sentence].start, sentences[self.sentence].end
        return (0, 0)

    def _marks(self) -> list[tuple[int, int, str]]:
        briefing = self.bapp.briefing
        assert briefing is not None
        item = briefing.analysed[self.article_id]
        marks = [(line.start, line.end, "summary") for line in self.summary]
        marks += [(q.start, q.end, "quote") for q in getattr(item, "quotes", ())]
        marks += [(s.start, s.end, "sanction") for s in getattr(item, "sanctions", ())]
        return marks

    @staticmethod
    def _paragraph(text: str, start: int, end: int, marks: Sequence[tuple[int, int, str]],
                   target: tuple[int, int]) -> Text:
        paragraph = safe_span_text(text[start:end].strip("\n"))
        offset = start + (len(text[start:end]) - len(text[start:end].lstrip("\n")))
        for mark_start, mark_end, kind in [*marks, (*target, "target")]:
            lo, hi = max(mark_start, start) - offset, min(mark_end, end) - offset
            if hi > lo:
                paragraph.stylize(STYLES[kind], lo, hi)
        return paragraph

    def on_mount(self) -> None:
        self.query_one("#furniture").display = self.bapp.config.ui.show_furniture
        body = self.query_one("#article-body", VerticalScroll)
        body.focus()
        start, _ = self._target_span()
        text = self.bapp.briefing.articles[self.article_id].text if self.bapp.briefing else ""
        for number, (p_start, p_end) in enumerate(paragraph_spans(text)):
            if p_start <= start < p_end or start < p_start:
                self.call_after_refresh(body.scroll_to_widget, self.query_one(f"#p{number}"), animate=False,
                                        top=True)
                break

    def action_toggle_furniture(self) -> None:
        furniture = self.query_one("#furniture")
        furniture.display = not furniture.display
        self.notify("furniture shown (dimmed)" if furniture.display else "furniture hidden")

    def action_scroll(self, lines: int) -> None:
        self.query_one("#article-body", VerticalScroll).scroll_relative(y=lines, animate=False)
