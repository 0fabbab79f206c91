"""The help screen: every active key binding, from the same `Binding`s the footer and keymap use."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual.binding import ActiveBinding, Binding, BindingType

from widgets.panes.actors import kind_legend
from widgets.screens.text_modal import TextModal


def help_text(bindings: Iterable[tuple[str, ActiveBinding]],
              format_key: Callable[[str, Binding], str] | None = None) -> Text:
    """One row per binding (grouped by id when it has one): keys, description, id for `[keymap]`."""
    groups: dict[str, tuple[list[str], Binding]] = {}
    for key, active in bindings:
        binding = active.binding
        if binding.system or not binding.description:
            continue
        group = binding.id or f"{binding.action}:{binding.description}"
        keys, _ = groups.setdefault(group, ([], binding))
        shown = format_key(key, binding) if format_key else key
        if shown not in keys:
            keys.append(shown)
    text = Text("Keys (remap them in [keymap] of briefing.toml: id = \"key\")\n\n", style="bold")
    for _group, (keys, binding) in sorted(groups.items(), key=lambda item: item[1][1].description.lower()):
        text.append(f"{' / '.join(keys):<22}", style="bold cyan")
        text.append(f"{binding.description:<22}")
        text.append(f"{binding.id or ''}\n", style="dim")
    text.append("\nActors: the letter after a name is its kind: ", style="dim")
    text.append(kind_legend(), style="dim bold")
    text.append("; then mentions and a sparkline of mentions per day.", style="dim")
    text.append("\nMouse: a click selects a row (the other panes follow), a double click opens it; click a pane,"
                " a day or a tab; scroll with the wheel.", style="dim")
    return text


class HelpScreen(TextModal):
    box_id = "help"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="close-help"),
    ]

    def __init__(self, bindings: list[tuple[str, ActiveBinding]]) -> None:
        super().__init__()
        self.bindings = bindings

    def body(self) -> Text:
        return help_text(self.bindings, self._key_display)

    def _key_display(self, key: str, binding: Binding) -> str:
        return self.app.get_key_display(replace(binding, key=key, key_display=None))
