"""A modal screen showing one scrollable text: the base of the help and warnings screens."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class TextModal(ModalScreen[None]):
    """Subclasses name their container (`box_id`, the text is `{box_id}-text`), add a close binding and
    build the text in `body()`; j/k and the arrows scroll it."""

    box_id = "text-modal"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll(1)", "Down", id="down", show=False),
        Binding("k,up", "scroll(-1)", "Up", id="up", show=False),
    ]

    def body(self) -> Text:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with VerticalScroll(id=self.box_id):
            yield Static(self.body(), id=f"{self.box_id}-text")

    def action_scroll(self, lines: int) -> None:
        self.query_one(f"#{self.box_id}", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_dismiss(self) -> None:
        self.dismiss(None)
