"""The load warnings (`w`): every file or line skipped, with its path and line number, and any stray output."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from widgets.screens.text_modal import TextModal
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


class WarningsScreen(TextModal):
    box_id = "warnings"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,w,q", "dismiss", "Close", id="close-warnings"),
    ]

    def __init__(self, warnings: Sequence[str]) -> None:
        super().__init__()
        self.warnings = list(warnings)

    def body(self) -> Text:
        return warnings_text(self.warnings)
