"""The list pane every section of a screen builds on: an OptionList of records rendered as literal Text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

Row = tuple[object, Text]  # (record, how it is shown); a record of None is a heading


class Pane(OptionList):
    """A numbered, titled list of records. A click selects a row (the panes that depend on it follow);
    Enter or a double click posts `Pane.Opened` with the record."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", id="down", show=False),
        Binding("k", "cursor_up", "Up", id="up", show=False),
        Binding("enter", "select", "Open", id="open"),
    ]
    DEFAULT_CLASSES = "pane slot"
    title: ClassVar[str] = "Pane"
    empty: ClassVar[str] = "nothing here for this selection"

    class Opened(Message):
        """A record was chosen (Enter or a double click)."""

        def __init__(self, pane: Pane, record: object) -> None:
            super().__init__()
            self.pane = pane
            self.record = record

    def __init__(self, number: int, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self.number = number
        self.records: list[object] = []
        self.query_text = ""
        self._rows: list[Row] = []

    def on_mount(self) -> None:
        self.border_title = f"{self.number} {self.title}"
        self.loading = True

    def show(self, rows: Sequence[Row], subtitle: str = "") -> None:
        """Replace the content; keeps the cursor near where it was."""
        self._rows = list(rows)
        self.border_subtitle = subtitle
        self._render_rows()
        self.loading = False

    def filter(self, query: str) -> None:
        self.query_text = query.lower()
        self._render_rows()

    def _render_rows(self) -> None:
        previous = self.highlighted
        self.records = []
        options: list[Option] = []
        for record, text in self._rows:
            if record is None:
                options.append(Option(text, disabled=True))
                continue
            if self.query_text and self.query_text not in text.plain.lower():
                continue
            options.append(Option(text, id=str(len(self.records))))
            self.records.append(record)
        if not self.records:
            options.append(Option(Text(self.empty, style="dim italic"), disabled=True))
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(options)
            if self.records:
                self.highlighted = self._first_enabled(previous or 0)

    def _first_enabled(self, start: int) -> int:
        count = self.option_count
        for index in [*range(min(start, count - 1), count), *range(0, min(start, count))]:
            if not self.get_option_at_index(index).disabled:
                return index
        return 0

    def record_at(self, index: int | None) -> object | None:
        if index is None or index >= self.option_count:
            return None
        option = self.get_option_at_index(index)
        return self.records[int(option.id)] if option.id is not None else None

    @property
    def current(self) -> object | None:
        return self.record_at(self.highlighted)

    async def _on_click(self, event: events.Click) -> None:
        """Replaces OptionList's click, which opens the row at once: one click only moves the cursor there."""
        event.prevent_default()
        clicked = event.style.meta.get("option")
        if clicked is None or self.get_option_at_index(clicked).disabled:
            return
        self.focus()
        self.highlighted = clicked
        if event.chain >= 2:
            self.action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        record = self.record_at(event.option_index)
        if record is not None:
            self.post_message(self.Opened(self, record))
