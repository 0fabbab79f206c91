"""The actor list: actors ranked by salience, with mention counts and a per-day sparkline."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList

from briefing.model import ActorRow
from widgets.panes.base import Pane, Row
from widgets.text import clip, day_counts, sparkline

ALL_ACTORS = ""  # the record of the first row: the briefing for everyone
NAME_WIDTH = 20
SPARK_WIDTH = 10
KIND_MARK = {"person": "p", "organization": "o", "place": "s", "other": "?"}
KIND_WORD = {"person": "person", "organization": "org", "place": "place", "other": "other"}


def kind_legend() -> str:
    """What the mark after each name means: "p person o org s place ? other" (short: it fits the pane's border)."""
    return " ".join(f"{mark} {KIND_WORD.get(kind, kind)}" for kind, mark in KIND_MARK.items())


def actor_rows(actors: Sequence[ActorRow], days: Sequence[date], limit: int,
               history: Mapping[str, Sequence[tuple[date, int]]] | None = None) -> list[Row]:
    """The "All actors" row, then the top `limit` actors; the sparkline shows `history` (all days) when given."""
    rows: list[Row] = [(ALL_ACTORS, Text("All actors", style="bold"))]
    for actor in actors[:limit]:
        per_day = history.get(actor.name, actor.days) if history is not None else actor.days
        spark = sparkline(day_counts(per_day, days), SPARK_WIDTH)
        rows.append((actor.name, Text.assemble(
            (f"{clip(actor.name, NAME_WIDTH):<{NAME_WIDTH}} ", "bold"),
            (f"{KIND_MARK.get(actor.kind, KIND_MARK['other'])} ", "dim"),
            (f"{actor.mentions:>5} ", ""),
            (spark, "cyan"),
            no_wrap=True, overflow="crop",  # a narrow pane clips the sparkline rather than wrapping the row
        )))
    return rows


class ActorList(Pane):
    title = "Actors"
    empty = "no actor matches"

    class Highlighted(Message):
        """The cursor moved to an actor ("" for all actors)."""

        def __init__(self, actor: str) -> None:
            super().__init__()
            self.actor = actor

    def show_actors(self, actors: Sequence[ActorRow], days: Sequence[date], limit: int, selected: str,
                    history: Mapping[str, Sequence[tuple[date, int]]] | None = None) -> None:
        self.show(actor_rows(actors, days, limit, history), subtitle=f"{len(actors)} · {kind_legend()}")
        for index in range(self.option_count):
            if self.record_at(index) == selected:
                with self.prevent(OptionList.OptionHighlighted):
                    self.highlighted = index
                break

    def filter(self, query: str) -> None:
        """The actor list is filtered by the model (names and aliases), not by its rendered text."""

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        record = self.record_at(event.option_index)
        if isinstance(record, str):
            self.post_message(self.Highlighted(record))
