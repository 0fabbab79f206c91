"""The status line: indexing progress, the current selection, warnings (skipped files)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from widgets.text import safe


class StatusLine(Static):
    def show(self, message: str, warnings: int = 0, busy: bool = False) -> None:
        text = Text("⟳ " if busy else "", style="yellow")
        text.append(safe(message))
        if warnings:
            text.append(f"  ⚠ {warnings} warning{'s' if warnings != 1 else ''} (press w)", style="yellow")
        self.update(text)
