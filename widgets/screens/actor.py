"""The actor drill-down: timeline across days, per-day summaries, quotes, sanctions by and against, co-actors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Static

from briefing.model import ActorRow
from briefing.models import Quote, Sanction, SummaryLine
from widgets.panes.base import Pane, Row
from widgets.panes.quotes import quote_rows
from widgets.panes.sanctions import sanction_rows
from widgets.panes.summary import summary_text
from widgets.panes.tabs import PaneTabs
from widgets.screens.base import BriefingFooter, PaneScreen
from widgets.text import BLOCKS, day_label, safe

if TYPE_CHECKING:
    from widgets.app import BriefingApp

PER_DAY_LINES = 3
SUMMARY_DAYS = 10  # the most recent days the actor appears on that get their own summary


class TimelinePane(Pane):
    title = "Timeline"
    empty = "no dated mentions"


class DaySummariesPane(Pane):
    title = "Per-day summaries"
    empty = "no summary lines"


class ActorQuotesPane(Pane):
    title = "Quotes"
    empty = "no quotes by or for this actor"


class ActorSanctionsPane(Pane):
    title = "Sanctions by and against"
    empty = "no sanctions by or against this actor"


class CoActorsPane(Pane):
    title = "Appears with"
    empty = "no co-occurring actors"


@dataclass(frozen=True)
class ActorData:
    row: ActorRow | None
    summaries: list[tuple[date, list[SummaryLine]]]
    quotes: list[Quote]
    by: list[Sanction]
    against: list[Sanction]
    timeline: dict[tuple[str, str], list[Sanction]]
    co_actors: list[tuple[str, int]]


class ActorReady(Message):
    def __init__(self, data: ActorData) -> None:
        super().__init__()
        self.data = data


def timeline_rows(row: ActorRow | None) -> list[Row]:
    if row is None or not row.days:
        return []
    top = max(count for _, count in row.days)
    width = 20
    return [(day, Text.assemble((f"{day_label(day)} ", ""), (BLOCKS[-1] * max(1, count * width // top), "cyan"),
                                (f" {count}", "dim")))
            for day, count in sorted(row.days, reverse=True)]


def day_summary_rows(summaries: list[tuple[date, list[SummaryLine]]]) -> list[Row]:
    rows: list[Row] = []
    for day, lines in summaries:
        rows.append((None, Text(day_label(day), style="bold underline")))
        rows.extend((line, summary_text(line)) for line in lines)
    return rows


def sanctions_by_against(data: ActorData) -> list[Row]:
    rows: list[Row] = []
    for heading, items in (("By", data.by), ("Against", data.against)):
        if items:
            rows.append((None, Text(heading, style="bold underline")))
            rows.extend(sanction_rows(items, data.timeline))
    return rows


class ActorScreen(PaneScreen):
    def __init__(self, actor: str) -> None:
        super().__init__()
        self.actor = actor

    @property
    def bapp(self) -> BriefingApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(safe(self.actor, "bold"), id="actor-header")
        yield PaneTabs(id="tabs")
        with Horizontal(id="body"):
            with Vertical(id="left", classes="holder"):
                yield TimelinePane(1, id="timeline")
                yield CoActorsPane(5, id="co-actors")
            with Vertical(id="right", classes="holder"):
                yield DaySummariesPane(2, id="day-summaries")
                with Horizontal(id="lower", classes="holder"):
                    yield ActorQuotesPane(3, id="actor-quotes")
                    yield ActorSanctionsPane(4, id="actor-sanctions")
        yield BriefingFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(TimelinePane).focus()
        self._load()

    @work(thread=True, exclusive=True, group="actor", exit_on_error=False)
    def _load(self) -> None:
        briefing = self.bapp.briefing
        assert briefing is not None
        name = self.actor
        row = next((r for r in briefing.actors(query=name) if r.name == name), None)
        days = [d for d, _ in sorted(row.days, reverse=True)][:SUMMARY_DAYS] if row else []
        algorithm = self.bapp.algorithm
        summaries = [(d, briefing.summary(actor=name, day=d, sentences=PER_DAY_LINES, algorithm=algorithm))
                     for d in days]
        sanctions = briefing.sanctions(actor=name)
        data = ActorData(
            row=row, summaries=[(d, lines) for d, lines in summaries if lines],
            quotes=briefing.quotes(actor=name),
            by=[s for s in sanctions if name in s.by], against=[s for s in sanctions if name in s.targets],
            timeline=briefing.timeline(name), co_actors=briefing.co_actors(name)[:40],
        )
        self.post_message(ActorReady(data))

    def on_actor_ready(self, message: ActorReady) -> None:
        data = message.data
        header = Text.assemble(safe(self.actor, "bold"))
        if data.row:
            header.append(f"  {data.row.kind} · {data.row.mentions} mentions in {data.row.articles} articles",
                          style="dim")
            others = [a for a in data.row.aliases if a != self.actor]
            if others:
                header.append("  also: ", style="dim")
                header.append(safe(", ".join(others[:8]), "italic"))
        self.query_one("#actor-header", Static).update(header)
        self.query_one(TimelinePane).show(timeline_rows(data.row))
        self.query_one(DaySummariesPane).show(day_summary_rows(data.summaries))
        self.query_one(ActorQuotesPane).show(quote_rows(data.quotes), subtitle=str(len(data.quotes)))
        self.query_one(ActorSanctionsPane).show(sanctions_by_against(data),
                                                subtitle=f"{len(data.by)} by · {len(data.against)} against")
        self.query_one(CoActorsPane).show(
            [(name, Text.assemble((f"{count:>4} ", "cyan"), safe(name))) for name, count in data.co_actors])

    def on_pane_opened(self, message: Pane.Opened) -> None:
        from widgets.screens.article import ArticleScreen

        record: Any = message.record
        if isinstance(record, str):
            self.app.push_screen(ActorScreen(record))
        elif isinstance(record, date):
            self._jump_to_day(record)
        elif isinstance(record, SummaryLine | Quote | Sanction):
            lines = [r for r in self.query_one(DaySummariesPane).records if isinstance(r, SummaryLine)]
            self.app.push_screen(ArticleScreen(record.article, record.sentence, lines))

    def _jump_to_day(self, day: date) -> None:
        pane = self.query_one(DaySummariesPane)
        for index in range(pane.option_count):
            record = pane.record_at(index)
            if isinstance(record, SummaryLine) and record.date == day:
                pane.highlighted = index
                break
        self.focus_slot(pane)
