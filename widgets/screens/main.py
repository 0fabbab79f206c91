"""The main screen: header, day bar, actors, summary, entities, quotes, sanctions, status line."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import get_current_worker

from briefing.model import Day, EntityRow
from briefing.models import Quote, Sanction, SummaryLine
from widgets.jobs import Recent, Turns
from widgets.panes.actors import ActorList
from widgets.panes.base import Pane
from widgets.panes.daybar import DayBar, day_choices
from widgets.panes.entities import EntitiesPane, entity_rows
from widgets.panes.header import CorpusHeader, header_text
from widgets.panes.quotes import QuotesPane, quote_rows
from widgets.panes.sanctions import SanctionsPane, sanction_rows
from widgets.panes.status import StatusLine
from widgets.panes.summary import SummaryPane, summary_rows
from widgets.panes.tabs import PaneTabs
from widgets.screens.base import BriefingFooter, PaneScreen
from widgets.text import day_label

LOADING_DELAY = 0.15  # seconds before a pane still computing shows a spinner (it is dimmed at once)
PREFETCH_STEPS = (1, -1, 2)  # actors around the cursor whose panes are computed ahead
PREFETCH_DELAY = 0.1  # seconds after the panes are filled: the next key often comes sooner, and goes first
PREFETCH_DAYS = (-1, 1)  # days around the current one computed ahead for the selected actor
SIDE_CACHE = 64  # (actor, day) answers of the entities, quotes and sanctions panes kept
PARTS = frozenset({"actors", "side", "summary"})

SideData = tuple[list[EntityRow], list[Quote], list[Sanction], dict[tuple[str, str], list[Sanction]]]

if TYPE_CHECKING:
    from briefing.model import Briefing
    from widgets.app import BriefingApp


@dataclass(frozen=True)
class Selection:
    """Everything the panes depend on."""

    actor: str = ""
    day: Day = None
    new: bool = False
    query: str = ""
    algorithm: str | None = None

    def key(self, part: str) -> tuple[object, ...]:
        """What a part of the panes depends on: its answer is shown only while this is unchanged."""
        if part == "actors":
            return (self.day, self.query)
        if part == "side":
            return (self.actor, self.day)
        return (self.actor, self.day, self.new, self.algorithm)


class PanesReady(Message):
    """A worker computed part of the panes for `selection`."""

    def __init__(self, selection: Selection, part: str, data: Any) -> None:
        super().__init__()
        self.selection = selection
        self.part = part
        self.data = data


class MainScreen(PaneScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("h,left_square_bracket", "day(-1)", "Prev day", id="previous-day"),
        Binding("l,right_square_bracket", "day(1)", "Next day", id="next-day"),
        Binding("a", "all_days", "All days", id="all-days", show=False),
        Binding("escape", "back", "Back", id="back", show=False),  # only closes the filter here
        Binding("u", "undated", "Undated", id="undated", show=False),
        Binding("slash", "filter", "Filter", id="filter"),
        Binding("n", "toggle_new", "New only", id="toggle-new"),
        Binding("w", "warnings", "Warnings", id="warnings", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="main")
        self.selection = Selection()
        self.choices: list[Day] = [None]
        self.day_index = 0
        self.responded_at = 0.0  # perf_counter() when the screen first showed the last change (dimmed panes)
        self.updated_at = 0.0  # perf_counter() when the panes had all been filled for it
        self.ready = False  # mounted, with every pane in place
        self.turns = Turns()
        self._start_scheduled = False
        self._prefetch_timer: Timer | None = None
        self._side_cache: Recent[tuple[str | None, Day], SideData] = Recent(SIDE_CACHE)
        self.pending: set[str] = set()  # the parts of the panes still being computed for the selection
        self._loading_timer: Timer | None = None
        self.history: dict[str, tuple[tuple[date, int], ...]] | None = None  # each actor's mentions per day

    @property
    def bapp(self) -> BriefingApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield CorpusHeader("briefing — loading…", id="header")
        yield DayBar(6, id="daybar")
        yield PaneTabs(id="tabs")
        with Horizontal(id="body"):
            with Vertical(id="left", classes="holder"):
                yield Input(placeholder="filter actors and lists…", id="filter")
                yield ActorList(1, id="actors")
                yield EntitiesPane(3, id="entities")
            with Vertical(id="right", classes="holder"):
                yield SummaryPane(2, id="summary")
                with Horizontal(id="lower", classes="holder"):
                    yield QuotesPane(4, id="quotes")
                    yield SanctionsPane(5, id="sanctions")
        yield StatusLine("", id="status")
        yield BriefingFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(ActorList).focus()
        self.ready = True
        if self.bapp.load_error:
            self.load_failed(self.bapp.load_error)
        elif self.bapp.briefing is not None:  # it loaded before this screen was mounted
            self.briefing_ready(self.bapp.briefing, self.bapp.load_seconds)
        else:
            self.status("indexing the corpus…", busy=True)

    def load_failed(self, message: str) -> None:
        self.query_one(CorpusHeader).update("briefing — the corpus could not be loaded")
        for pane in self.query(Pane):
            pane.show([])
        self.status(message)

    # -- data ------------------------------------------------------------------------------------
    def status(self, message: str, busy: bool = False) -> None:
        if not self.ready:
            return
        self.query_one(StatusLine).show(message, len(self.bapp.warnings), busy)

    def briefing_ready(self, briefing: Briefing, seconds: float) -> None:
        stats = briefing.stats()
        self.query_one(CorpusHeader).update(header_text(stats))
        self.choices = day_choices(briefing.days(), briefing.has_undated())
        # Open on the latest day: the morning briefing is about the newest news.
        self.day_index = len(briefing.days()) if briefing.days() else 0
        self.selection = replace(self.selection, day=self.choices[self.day_index])
        self.query_one(DayBar).set_choices(self.choices, self.day_index)
        self.status(f"indexed {stats.articles} articles in {seconds:.1f} s")
        self._side_cache.clear()
        self.recompute()

    def recompute(self, parts: frozenset[str] = PARTS) -> None:
        """Answer at once (the panes that will change are dimmed, the summary names the new selection), then
        fill each part from its own worker; a spinner only when an answer is slow."""
        if self.bapp.briefing is None:
            return
        self.workers.cancel_group(self, "prefetch")
        if self._prefetch_timer is not None:
            self._prefetch_timer.stop()
        self.pending |= parts
        self.responded_at = self.updated_at = 0.0
        for pane, part in self._pane_parts():
            if part in parts:
                pane.add_class("-stale")
        if "summary" in parts:
            self.query_one(SummaryPane).border_subtitle = f"{self._summary_title()} · computing…"
        if self._loading_timer is not None:
            self._loading_timer.stop()
        # A loading indicator only when the answer is slow: mounting one per keypress would cost more than the answer.
        self._loading_timer = self.set_timer(LOADING_DELAY, self._show_loading)
        if not self._start_scheduled:
            # Workers start once the change is on screen: a computing thread contends for the interpreter lock and
            # would delay that first paint by up to its whole run.
            self._start_scheduled = True
            self.call_after_refresh(self._start)

    def _start(self) -> None:
        self._start_scheduled = False
        self.responded_at = self.responded_at or time.perf_counter()
        if "actors" in self.pending:
            self._compute_actors(self.selection)
        if "side" in self.pending:
            self._compute_side(self.selection)
        if "summary" in self.pending:
            self._compute_summary(self.selection)

    def _summary_title(self) -> str:
        flag = " · new only" if self.selection.new else ""
        return f"{self.selection.actor or 'all actors'} · {day_label(self.selection.day)}{flag}"

    def _show_loading(self) -> None:
        for pane, part in self._pane_parts():
            if part in self.pending:
                pane.loading = True

    def _pane_parts(self) -> list[tuple[Pane, str]]:
        return [(self.query_one(ActorList), "actors"), (self.query_one(EntitiesPane), "side"),
                (self.query_one(QuotesPane), "side"), (self.query_one(SanctionsPane), "side"),
                (self.query_one(SummaryPane), "summary")]

    # Each part has its own exclusive worker group: a newer request cancels an older one of the same part.
    @work(thread=True, exclusive=True, group="actors", exit_on_error=False)
    def _compute_actors(self, selection: Selection) -> None:
        briefing = self.bapp.briefing
        assert briefing is not None
        worker = get_current_worker()
        with self.turns.turn("actors", lambda: worker.is_cancelled) as go:
            if not go:
                return
            if self.history is None:
                self.history = {row.name: row.days for row in briefing.actors()}
            rows = briefing.actors(day=selection.day, query=selection.query)
        self.post_message(PanesReady(selection, "actors", (rows, briefing.days())))

    @work(thread=True, exclusive=True, group="side", exit_on_error=False)
    def _compute_side(self, selection: Selection) -> None:
        worker = get_current_worker()
        with self.turns.turn("side", lambda: worker.is_cancelled) as go:
            if not go:
                return
            data = self._side(selection.actor or None, selection.day)
        self.post_message(PanesReady(selection, "side", data))

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def _compute_summary(self, selection: Selection) -> None:
        worker = get_current_worker()
        with self.turns.turn("summary", lambda: worker.is_cancelled) as go:
            if not go:
                return
            lines = self._summary(selection.actor or None, selection.day, selection)
        self.post_message(PanesReady(selection, "summary", lines))

    def _side(self, actor: str | None, day: Day) -> SideData:
        """Entities, quotes, sanctions and the sanction lifecycles for an actor and day (remembered)."""
        found = self._side_cache.get((actor, day))
        if found is None:
            briefing = self.bapp.briefing
            assert briefing is not None
            found = (briefing.entities(day=day, actor=actor), briefing.quotes(actor=actor, day=day),
                     briefing.sanctions(actor=actor, day=day), briefing.timeline(actor))
            self._side_cache.put((actor, day), found)
        return found

    def _summary(self, actor: str | None, day: Day, selection: Selection) -> list[SummaryLine]:
        briefing = self.bapp.briefing
        assert briefing is not None  # the model remembers its summaries
        return briefing.summary(actor=actor, day=day, new=selection.new, algorithm=selection.algorithm)

    def on_panes_ready(self, message: PanesReady) -> None:
        if message.selection.key(message.part) != self.selection.key(message.part):
            return  # an answer to an older question
        self.pending.discard(message.part)
        query = self.selection.query
        if message.part == "actors":
            rows, days = message.data
            actors = self.query_one(ActorList)
            if self.focused is None:  # nothing could take focus while the panes were loading
                self.call_after_refresh(actors.focus)
            actors.show_actors(rows, days, self.bapp.config.ui.top_actors, self.selection.actor, self.history)
            actors.remove_class("-stale")
        elif message.part == "side":
            entities, quotes, sanctions, timeline = message.data
            for pane, pane_rows in ((self.query_one(EntitiesPane), entity_rows(entities)),
                                    (self.query_one(QuotesPane), quote_rows(quotes)),
                                    (self.query_one(SanctionsPane), sanction_rows(sanctions, timeline))):
                pane.query_text = query.lower()
                pane.show(pane_rows, subtitle=str(len(pane_rows)))
                pane.remove_class("-stale")
        elif message.part == "summary":
            pane = self.query_one(SummaryPane)
            pane.query_text = query.lower()
            pane.show(summary_rows(message.data), subtitle=self._summary_title())
            pane.remove_class("-stale")
            self.status(f"{self._summary_title()} · {len(message.data)} summary lines")
        if not self.pending:
            if self._loading_timer is not None:
                self._loading_timer.stop()
                self._loading_timer = None
            self.call_after_refresh(self._filled)

    def _filled(self) -> None:
        if not self.pending:
            self.updated_at = time.perf_counter()
            self._prefetch_timer = self.set_timer(PREFETCH_DELAY, self._prefetch_neighbours)

    def _prefetch_neighbours(self) -> None:
        """Compute what the next keys will ask for while the reader reads, so j/k and h/l answer at once:
        the actors around the cursor on this day, then this actor on the days around this one."""
        actors = self.query_one(ActorList)
        if actors.highlighted is None or self.pending:
            return
        wanted: list[tuple[str | None, Day]] = []
        for step in PREFETCH_STEPS:
            name = actors.record_at(actors.highlighted + step) if actors.highlighted + step >= 0 else None
            if isinstance(name, str):
                wanted.append((name or None, self.selection.day))
        for step in PREFETCH_DAYS:
            if 0 <= self.day_index + step < len(self.choices):
                wanted.append((self.selection.actor or None, self.choices[self.day_index + step]))
        if wanted:
            self._prefetch(self.selection, wanted)

    @work(thread=True, exclusive=True, group="prefetch", exit_on_error=False)
    def _prefetch(self, selection: Selection, wanted: list[tuple[str | None, Day]]) -> None:
        worker = get_current_worker()
        for kind, compute in (("side", lambda a, d: self._side(a, d)),
                              ("summary", lambda a, d: self._summary(a, d, selection))):
            for actor, day in wanted:
                with self.turns.turn(kind, lambda: worker.is_cancelled) as go:
                    if not go or selection != self.selection:
                        return
                    compute(actor, day)

    def select(self, **changes: Any) -> None:
        """Change the selection and refresh what depends on it."""
        before = self.selection
        self.selection = replace(self.selection, **changes)
        parts = frozenset(part for part in PARTS if before.key(part) != self.selection.key(part))
        if parts:
            self.recompute(parts)

    # -- events ----------------------------------------------------------------------------------
    def on_actor_list_highlighted(self, message: ActorList.Highlighted) -> None:
        self.select(actor=message.actor)

    def on_pane_opened(self, message: Pane.Opened) -> None:
        from widgets.screens.actor import ActorScreen
        from widgets.screens.article import ArticleScreen

        record = message.record
        if isinstance(record, str):
            if record:
                self.app.push_screen(ActorScreen(record))
        elif isinstance(record, SummaryLine | Quote | Sanction):
            summary = self.query_one(SummaryPane).records
            self.app.push_screen(ArticleScreen(record.article, record.sentence, summary))
        elif hasattr(record, "name"):
            self.app.push_screen(ActorScreen(record.name))

    def on_day_bar_picked(self, message: DayBar.Picked) -> None:
        self.set_day_index(message.index)

    @on(Input.Changed, "#filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.select(query=event.value.strip())

    @on(Input.Submitted, "#filter")
    def filter_done(self) -> None:
        self.query_one(ActorList).focus()

    # -- actions ---------------------------------------------------------------------------------
    def set_day_index(self, index: int) -> None:
        if not 0 <= index < len(self.choices):
            return
        self.day_index = index
        self.query_one(DayBar).set_choices(self.choices, index)
        self.select(day=self.choices[index])

    def set_day(self, day: Day) -> None:
        if day in self.choices:
            self.set_day_index(self.choices.index(day))

    def action_day(self, delta: int) -> None:
        self.set_day_index(max(0, min(len(self.choices) - 1, self.day_index + delta)))

    def action_all_days(self) -> None:
        self.set_day_index(0)

    def action_undated(self) -> None:
        self.set_day("undated")

    def action_toggle_new(self) -> None:
        self.select(new=not self.selection.new)
        self.notify("showing only lines new since the previous day" if self.selection.new else "showing all lines")

    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        self.add_class("-filtering")
        box.focus()

    def action_back(self) -> None:
        box = self.query_one("#filter", Input)
        if self.has_class("-filtering"):
            box.value = ""
            self.remove_class("-filtering")
            self.query_one(ActorList).focus()

    def action_warnings(self) -> None:
        from widgets.screens.warnings import WarningsScreen

        if not self.bapp.warnings:
            self.notify("no warnings")
            return
        self.app.push_screen(WarningsScreen(self.bapp.warnings))
