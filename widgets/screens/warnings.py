"""The load warnings (`w`): every file or line skipped, with its path and line number, and any stray output."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from widgets.text import safe


def warnings_text(warnings: Sequence[str]) -> Text:
    """One warning per line (already "path:line: message"), numbered; corpus text shown literally."""
    text = Text(f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''} while loading "
                "(esc closes, j/k scroll)\n\n", style="bold")
    for number, warning in enumerate(warnings, 1):
        where, sep, message = warning.partition(": ")
        text.append(f"{number:>3} ", style="dim")
        text.append(safe(where, "bold yellow"))
        if sep:
            text.append(": ")
            text.append(safe(message))
        text.append("\n")
    return text


class WarningsScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,w,q", "dismiss", "Close", id="close-warnings"),
        Binding("j,down", "scroll(1)", "Down", id="down", show=False),
        Binding("k,up", "scroll(-1)", "Up", id="up", show=False),
    ]

    def __init__(self, warnings: Sequence[str]) -> None:
        super().__init__()
        self.warnings = list(warnings)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="warnings"):
            yield Static(warnings_text(self.warnings), id="warnings-text")

    def action_scroll(self, lines: int) -> None:
        self.query_one("#warnings", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_dismiss(self) -> None:
        self.dismiss(None)
