"""The pane strip shown on narrow terminals, where one pane is visible at a time (a click picks one)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget


class PaneTabs(Widget):
    class Picked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.names: list[str] = []
        self.current = 0
        self._spans: list[tuple[int, int, int]] = []

    def set_tabs(self, names: Sequence[str], current: int) -> None:
        self.names, self.current = list(names), current
        self.refresh()

    def render(self) -> Text:
        text = Text()
        self._spans = []
        for index, name in enumerate(self._fitting(self.size.width or 80)):
            start = len(text.plain)
            text.append(f" {index + 1} {name} ", style="reverse bold" if index == self.current else "")
            self._spans.append((start, len(text.plain), index))
        return text

    def _fitting(self, width: int) -> list[str]:
        """The names, shortened to their first word when all of them would not fit (the current one kept whole
        if it can be)."""
        def total(names: Sequence[str]) -> int:
            return sum(len(f" {i + 1} {n} ") for i, n in enumerate(names))

        if total(self.names) <= width:
            return self.names
        short = [name.split()[0] for name in self.names]
        whole = [n if i == self.current else s for i, (n, s) in enumerate(zip(self.names, short, strict=True))]
        return whole if total(whole) <= width else short

    def on_click(self, event: events.Click) -> None:
        for start, end, index in self._spans:
            if start <= event.x < end:
                self.post_message(self.Picked(index))
                return
