"""A screen of numbered panes: Tab/Shift+Tab and 1–6 move between them; on narrow terminals one shows at a time."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from widgets.panes.tabs import PaneTabs

NARROW, WIDE = "-narrow", "-wide"
WIDE_FROM = 110  # columns; below this the panes become tabs


class PaneScreen(Screen):
    """Widgets with the class `slot` and a `number` are the panes; those with class `pane` can be hidden as tabs."""

    AUTO_FOCUS = ".pane"
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [(0, NARROW), (WIDE_FROM, WIDE)]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "next_pane", "Next pane", id="next-pane", show=False),
        Binding("shift+tab", "previous_pane", "Previous pane", id="previous-pane", show=False),
        *(Binding(str(n), f"focus_pane({n})", f"Pane {n}", id=f"pane-{n}", show=False) for n in range(1, 7)),
        Binding("escape", "back", "Back", id="back"),
    ]

    def slots(self) -> list[Widget]:
        return sorted(self.query(".slot"), key=lambda w: getattr(w, "number", 0))

    def on_mount(self) -> None:
        panes = [w for w in self.slots() if w.has_class("pane")]
        if panes:
            self.show_pane(panes[0])

    def show_pane(self, pane: Widget) -> None:
        """Make `pane` the visible one when panes are tabs (and mark its containers)."""
        holders = set(pane.ancestors_with_self)
        for widget in self.query(".pane"):
            widget.set_class(widget is pane, "-current")
        for widget in self.query(".holder"):
            widget.set_class(widget in holders, "-has-current")
        panes = [w for w in self.slots() if w.has_class("pane")]
        for tabs in self.query(PaneTabs):
            tabs.set_tabs([getattr(w, "title", "?") for w in panes], panes.index(pane) if pane in panes else 0)

    def focus_slot(self, slot: Widget) -> None:
        if slot.has_class("pane"):
            self.show_pane(slot)
        slot.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget.has_class("pane"):
            self.show_pane(event.widget)

    def on_pane_tabs_picked(self, event: PaneTabs.Picked) -> None:
        panes = [w for w in self.slots() if w.has_class("pane")]
        if 0 <= event.index < len(panes):
            self.focus_slot(panes[event.index])

    def _step(self, delta: int) -> None:
        slots = self.slots()
        if not slots:
            return
        focused = self.focused
        index = next((i for i, s in enumerate(slots) if focused is not None and s in focused.ancestors_with_self), -1)
        self.focus_slot(slots[(index + delta) % len(slots)])

    def action_next_pane(self) -> None:
        self._step(1)

    def action_previous_pane(self) -> None:
        self._step(-1)

    def action_focus_pane(self, number: int) -> None:
        for slot in self.slots():
            if getattr(slot, "number", None) == number:
                self.focus_slot(slot)
                return

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()


class BriefingFooter(Footer):
    """The key footer, compact; on a narrow terminal the palette key gives its room to the others (? lists all)."""

    def __init__(self) -> None:
        super().__init__(compact=True)

    def on_resize(self, event: events.Resize) -> None:
        self.show_command_palette = event.size.width >= WIDE_FROM
