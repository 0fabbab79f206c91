"""The day bar: all days, each publication day, undated; the current choice highlighted, a window around it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

from briefing.model import UNDATED, Day
from widgets.text import day_label


def day_choices(days: Sequence[date], has_undated: bool) -> list[Day]:
    """What the bar steps through: all days first, then each day in order, then undated."""
    return [None, *days, *([UNDATED] if has_undated else [])]


class DayBar(Widget, can_focus=True):
    """Shows the day choices that fit; h/l or [ ] step (screen bindings), a click picks one."""

    DEFAULT_CLASSES = "slot"

    class Picked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, number: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.number = number
        self.choices: list[Day] = [None]
        self.index = 0
        self._spans: list[tuple[int, int, int]] = []

    def on_mount(self) -> None:
        self.border_title = f"{self.number} Days"

    def set_choices(self, choices: Sequence[Day], index: int) -> None:
        self.choices = list(choices) or [None]
        self.index = max(0, min(index, len(self.choices) - 1))
        self.refresh()

    def render(self) -> Text:
        width = max(20, self.content_size.width or 80)
        labels = [day_label(c) for c in self.choices]
        # Grow a window around the current choice until the next label would not fit.
        left = right = self.index
        used = len(labels[self.index]) + 2
        while True:
            grew = False
            for side in (-1, 1):
                pos = (left - 1) if side < 0 else (right + 1)
                if 0 <= pos < len(labels) and used + len(labels[pos]) + 3 <= width - 4:
                    used += len(labels[pos]) + 3
                    left, right = (pos, right) if side < 0 else (left, pos)
                    grew = True
            if not grew:
                break
        text = Text("◀ " if left > 0 else "  ", style="dim")
        self._spans = []
        for pos in range(left, right + 1):
            start = len(text.plain)
            style = "reverse bold" if pos == self.index else ("dim" if self.choices[pos] in (None, UNDATED) else "")
            text.append(f" {labels[pos]} ", style=style)
            self._spans.append((start, len(text.plain), pos))
            if pos < right:
                text.append("·", style="dim")
        text.append(" ▶" if right < len(labels) - 1 else "", style="dim")
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, pos in self._spans:
            if start <= event.x < end:
                self.post_message(self.Picked(pos))
                return
