"""The command palette (Ctrl+P): go to actor, go to day, change summarizer, export.

Actor names come from the corpus, so hits are shown as literal `Text`, never through the matcher's
markup-parsing `highlight`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from briefing.config import SUMMARY_ALGORITHMS
from widgets.text import day_label, safe

if TYPE_CHECKING:
    from widgets.app import BriefingApp

MAX_ACTORS = 200


class BriefingCommands(Provider):
    @property
    def bapp(self) -> BriefingApp:
        return self.app  # type: ignore[return-value]

    def _commands(self) -> list[tuple[str, Text, Callable[[], object], str]]:
        """(plain text to match, display, callback, help) for every command that applies now."""
        app = self.bapp
        out: list[tuple[str, Text, Callable[[], object], str]] = [
            ("Export briefing", Text("Export briefing (Markdown)"), app.action_export,
             "write the current day's briefing to a file in the current directory"),
        ]
        for name in SUMMARY_ALGORITHMS:
            out.append((f"Change summarizer: {name}", Text(f"Change summarizer: {name}"),
                        partial(app.set_algorithm, name), "rank summary sentences with this algorithm"))
        if app.briefing is None:
            return out
        main = app.main_screen
        for day in main.choices:
            label = f"Go to day: {day_label(day)}"
            out.append((label, Text(label), partial(app.go_to_day, day), "show the briefing for this day"))
        for actor in app.briefing.actors()[:MAX_ACTORS]:
            plain = f"Go to actor: {safe(actor.name).plain}"
            out.append((plain, Text.assemble("Go to actor: ", safe(actor.name, "bold")),
                        partial(app.go_to_actor, actor.name), f"{actor.mentions} mentions"))
        return out

    async def discover(self) -> Hits:
        for plain, display, callback, help_text in self._commands():
            if not plain.startswith("Go to actor"):
                yield DiscoveryHit(display, callback, text=plain, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for plain, display, callback, help_text in self._commands():
            score = matcher.match(plain)
            if score > 0:
                yield Hit(score, display, callback, text=plain, help=help_text)
