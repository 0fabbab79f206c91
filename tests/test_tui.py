"""The dashboard, driven by the Textual pilot at the SSH default (80x24) and a large terminal (200x50)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from rich.text import Text
from textual.command import CommandPalette

from briefing.config import Config, config_from_dict
from briefing.model import UNDATED, Briefing
from briefing.models import Article, Quote, Sanction, SummaryLine
from briefing.pipeline import analyse
from briefing.sample import sample_corpus_path
from briefing.session import Session
from widgets.app import BriefingApp
from widgets.panes.actors import ActorList
from widgets.panes.daybar import DayBar, day_choices
from widgets.panes.quotes import QuotesPane
from widgets.panes.sanctions import SanctionsPane, lifecycle
from widgets.panes.summary import SummaryPane, summary_text
from widgets.screens.actor import ActorScreen, CoActorsPane, DaySummariesPane
from widgets.screens.article import ArticleScreen, paragraph_spans
from widgets.screens.help import HelpScreen
from widgets.screens.main import MainScreen
from widgets.screens.warnings import WarningsScreen
from widgets.text import safe, safe_span_text, sparkline

SIZES = [(80, 24), (200, 50)]


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    session = Session(config=Config(), corpus_paths=[sample_corpus_path()], use_index=False)
    return session.briefing()


def make_app(briefing: Briefing, config: Config | None = None) -> BriefingApp:
    return BriefingApp(briefing_factory=lambda: briefing, config=config or Config())


async def settle(app: BriefingApp, pilot) -> None:
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()


def screen_text(app: BriefingApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def press(app: BriefingApp, pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(app, pilot)


# -- pure helpers ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("counts", "width", "expected"), [
    ([1, 2, 4, 8], None, "▁▂▄█"),
    ([0, 8, 0], None, " █ "),
    ([0, 0], None, "  "),
    ([1, 1, 1, 1, 8, 8], 3, "▁▁█"),
    ([], None, ""),
])
def test_sparkline(counts: list[int], width: int | None, expected: str) -> None:
    assert sparkline(counts, width) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("[bold red]x[/]", "[bold red]x[/]"),
    ("a\x1b[2Jb", "a\u241b[2Jb"),
    ("evil\u202eright", "evil<U+202E>right"),
    ("two\nlines", "two lines"),
])
def test_safe_text_is_literal_and_terminal_safe(raw: str, expected: str) -> None:
    assert safe(raw).plain == expected
    assert len(safe_span_text(raw).plain) == len(raw)  # offsets into corpus text stay valid
    assert "\x1b" not in safe_span_text(raw).plain and "\u202e" not in safe_span_text(raw).plain


@pytest.mark.parametrize(("days", "undated", "expected"), [
    ([date(2024, 1, 1)], False, [None, date(2024, 1, 1)]),
    ([date(2024, 1, 1), date(2024, 1, 2)], True, [None, date(2024, 1, 1), date(2024, 1, 2), UNDATED]),
    ([], True, [None, UNDATED]),
])
def test_day_choices(days: list[date], undated: bool, expected: list[object]) -> None:
    assert day_choices(days, undated) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("one\n\ntwo", [(0, 3), (5, 8)]),
    ("one\n \n\ntwo\n", [(0, 3), (7, 11)]),
    ("\n\nonly", [(2, 6)]),
])
def test_paragraph_spans(text: str, expected: list[tuple[int, int]]) -> None:
    assert paragraph_spans(text) == expected


def _sanction(status: str, day: date | None) -> Sanction:
    return Sanction(("A",), ("B",), "asset freeze", status, "", day, "", "x", 0, 0, 1)


@pytest.mark.parametrize(("statuses", "expected"), [
    ([("threatened", date(2024, 1, 1)), ("imposed", date(2024, 2, 1))],
     "threatened 2024-01-01 → imposed 2024-02-01"),
    ([("imposed", date(2024, 2, 1))], ""),
    ([("announced", None), ("imposed", None)], "announced → imposed"),
])
def test_lifecycle(statuses: list[tuple[str, date | None]], expected: str) -> None:
    items = [_sanction(s, d) for s, d in statuses]
    assert lifecycle(items[0], {("A", "B"): items}) == expected


@pytest.mark.parametrize(("sources", "new", "needles"), [
    (("AP", "Reuters"), True, ["NEW", "×2", "AP, Reuters"]),
    (("AP",), False, ["×1", "AP"]),
])
def test_summary_line_shows_sources_corroboration_and_new(sources: tuple[str, ...], new: bool,
                                                          needles: list[str]) -> None:
    from briefing.models import Provenance

    provenance = tuple(Provenance(f"a{i}", 0, 0, 5, source) for i, source in enumerate(sources))
    line = SummaryLine("Text [b]here[/b].", 1.0, "a0", 0, 0, 5, date(2024, 1, 1), sources[0], provenance, new)
    plain = summary_text(line).plain
    for needle in needles:
        assert needle in plain
    assert "[b]here[/b]" in plain
    assert ("NEW" in plain) is new


# -- the app ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES)
async def test_main_screen_shows_the_briefing(briefing: Briefing, size: tuple[int, int]) -> None:
    app = make_app(briefing)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        stats = briefing.stats()
        assert f"{stats.articles} articles" in text and f"{stats.days} days" in text
        assert "1 Actors" in text and briefing.actors(day=briefing.days()[-1])[0].name in text
        assert app.screen.has_class("-narrow" if size[0] < 110 else "-wide")
        if size[0] >= 110:  # every pane at once
            for title in ("2 Summary", "3 Entities", "4 Quotes", "5 Sanctions"):
                assert title in text
        else:  # one pane, with a tab strip naming the others
            assert "2 Summary  3 Entities" in text
        assert app.main_screen.selection.day == briefing.days()[-1]  # opens on the latest day
        assert "summary lines" in text  # the status line


@pytest.mark.parametrize("size", SIZES)
async def test_tab_and_numbers_move_between_panes(briefing: Briefing, size: tuple[int, int]) -> None:
    app = make_app(briefing)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        order = []
        for _ in range(6):
            order.append(app.focused.id)
            await press(app, pilot, "tab")
        assert order == ["actors", "summary", "entities", "quotes", "sanctions", "daybar"]
        assert app.focused.id == "actors"
        await press(app, pilot, "shift+tab")
        assert app.focused.id == "daybar"
        for key, pane in (("2", "summary"), ("4", "quotes"), ("5", "sanctions"), ("3", "entities"), ("1", "actors")):
            await press(app, pilot, key)
            assert app.focused.id == pane
            assert f"{key} " in screen_text(app)


@pytest.mark.parametrize("size", SIZES)
async def test_jk_move_the_actor_and_the_panes_follow(briefing: Briefing, size: tuple[int, int]) -> None:
    app = make_app(briefing)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        actors = app.query_one(ActorList)
        await press(app, pilot, "j")
        first = briefing.actors(day=briefing.days()[-1])[0].name
        assert app.main_screen.selection.actor == first
        assert app.query_one(SummaryPane).border_subtitle.startswith(first)
        expected = briefing.summary(actor=first, day=briefing.days()[-1])
        assert app.query_one(SummaryPane).records == expected
        await press(app, pilot, "j", "k")
        assert actors.highlighted == 1 and app.main_screen.selection.actor == first
        await press(app, pilot, "down")
        assert app.main_screen.selection.actor == briefing.actors(day=briefing.days()[-1])[1].name


@pytest.mark.parametrize("size", SIZES)
async def test_day_keys(briefing: Briefing, size: tuple[int, int]) -> None:
    app = make_app(briefing)
    days = briefing.days()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        await press(app, pilot, "h")
        assert main.selection.day == days[-2]
        await press(app, pilot, "left_square_bracket")
        assert main.selection.day == days[-3]
        await press(app, pilot, "l")
        assert main.selection.day == days[-2]
        await press(app, pilot, "right_square_bracket", "right_square_bracket")  # stops at the last day
        assert main.selection.day == days[-1]
        await press(app, pilot, "a")
        assert main.selection.day is None
        assert "all days" in app.query_one(SummaryPane).border_subtitle
        await press(app, pilot, "u")  # the sample has no undated articles: nothing changes
        assert main.selection.day is None


async def test_day_bar_click_picks_a_day(briefing: Briefing) -> None:
    app = make_app(briefing)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        bar = app.query_one(DayBar)
        start, _, _ = next(span for span in bar._spans if span[2] == 1)
        await pilot.click(DayBar, offset=(start + 2 + bar.styles.padding.left, 0))
        await settle(app, pilot)
        assert app.main_screen.selection.day == briefing.days()[0]


@pytest.mark.parametrize("size", SIZES)
async def test_filter_as_you_type(briefing: Briefing, size: tuple[int, int]) -> None:
    app = make_app(briefing)
    target = next(a for a in briefing.actors() if a.kind == "person")
    needle = target.name.split()[-1][:4].lower()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "a", "slash")
        assert app.focused.id == "filter"
        for char in needle:
            await press(app, pilot, char)
        names = [r for r in app.query_one(ActorList).records if r]
        assert target.name in names
        assert all(needle in n.lower() or any(needle in a.lower() for a in briefing.actors(query=needle)[0].aliases)
                   for n in names)
        assert len(names) < len(briefing.actors())
        assert app.main_screen.selection.day is None  # typed letters went to the box, not to the day keys
        await press(app, pilot, "escape")
        assert app.main_screen.selection.query == ""
        assert len([r for r in app.query_one(ActorList).records if r]) == min(len(briefing.actors()),
                                                                               Config().ui.top_actors)


async def test_new_toggle(briefing: Briefing) -> None:
    app = make_app(briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "n")
        assert app.main_screen.selection.new is True
        lines = app.query_one(SummaryPane).records
        assert lines == briefing.summary(day=briefing.days()[-1], new=True)
        assert all(line.new for line in lines)
        assert "new only" in app.query_one(SummaryPane).border_subtitle
        await press(app, pilot, "n")
        assert app.main_screen.selection.new is False


async def test_export_writes_the_days_briefing(briefing: Briefing, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "e")  # press settles: the export worker has finished
    day = briefing.days()[-1]
    text = (tmp_path / f"briefing-{day.isoformat()}.md").read_text(encoding="utf-8")
    assert text.startswith("# Morning briefing")
    assert day.strftime("%A %d %B %Y") in text


async def test_export_failure_is_a_notification(briefing: Briefing, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.views.export as export

    def broken(*args: object, **kwargs: object) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(export, "export_briefing", broken)
    app = make_app(briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "e")  # press settles: the export worker has finished
        assert any("disk full" in n.message for n in app._notifications)
        assert app.is_running


@pytest.mark.parametrize("size", SIZES)
async def test_help_lists_the_bindings(briefing: Briefing, size: tuple[int, int]) -> None:
    app = make_app(briefing)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one("#help-text").render()
        plain = text.plain if isinstance(text, Text) else str(text)
        for needle in ("next-day", "Prev day", "toggle-new", "filter", "export", "quit", "palette", "pane-1"):
            assert needle in plain
        await press(app, pilot, "escape")
        assert isinstance(app.screen, MainScreen)


async def test_keymap_from_config_remaps_bindings(briefing: Briefing) -> None:
    config = config_from_dict({"keymap": {"next-day": "x", "previous-day": "z"}})
    app = make_app(briefing, config)
    days = briefing.days()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "z")
        assert app.main_screen.selection.day == days[-2]
        await press(app, pilot, "h")  # the old key no longer does it
        assert app.main_screen.selection.day == days[-2]
        await press(app, pilot, "x")
        assert app.main_screen.selection.day == days[-1]


@pytest.mark.parametrize("size", SIZES)
async def test_palette_go_to_actor_and_change_summarizer(briefing: Briefing, size: tuple[int, int]) -> None:
    app = make_app(briefing)
    target = briefing.actors()[1].name
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*f"go to actor: {target}")
        await pilot.pause(0.5)
        await press(app, pilot, "enter")
        assert isinstance(app.screen, ActorScreen) and app.screen.actor == target
        await press(app, pilot, "escape", "ctrl+p")
        await pilot.press(*"change summarizer: textrank")
        await pilot.pause(0.5)
        await press(app, pilot, "enter")
        assert app.algorithm == "textrank" and app.main_screen.selection.algorithm == "textrank"


async def test_q_quits(briefing: Briefing) -> None:
    app = make_app(briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit is True


@pytest.mark.parametrize("size", SIZES)
async def test_actor_to_sentence_with_the_keyboard(briefing: Briefing, size: tuple[int, int]) -> None:
    """The promise: from an actor to the sentence a summary line came from, keys only."""
    app = make_app(briefing)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "j", "enter")
        assert isinstance(app.screen, ActorScreen)
        actor = app.screen.actor
        await press(app, pilot, "2")
        pane = app.screen.query_one(DaySummariesPane)
        assert app.focused is pane
        line = pane.current
        assert isinstance(line, SummaryLine)
        await press(app, pilot, "enter")
        assert isinstance(app.screen, ArticleScreen)
        assert (app.screen.article_id, app.screen.sentence) == (line.article, line.sentence)
        sentence = briefing.sentence(line.article, line.sentence).text
        assert sentence.split()[0] in screen_text(app)
        await press(app, pilot, "escape")
        assert isinstance(app.screen, ActorScreen) and app.screen.actor == actor
        await press(app, pilot, "5")  # an actor it appears with
        assert isinstance(app.focused, CoActorsPane)
        await press(app, pilot, "enter")
        assert isinstance(app.screen, ActorScreen) and app.screen.actor != actor
        await press(app, pilot, "escape", "escape")
        assert isinstance(app.screen, MainScreen)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("key", "pane_type", "kind"), [("2", SummaryPane, SummaryLine), ("4", QuotesPane, Quote),
                                                         ("5", SanctionsPane, Sanction)])
async def test_enter_opens_the_article_at_the_sentence(briefing: Briefing, size: tuple[int, int], key: str,
                                                       pane_type: type, kind: type) -> None:
    app = make_app(briefing)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "a", key)
        record = app.query_one(pane_type).current
        assert isinstance(record, kind)
        await press(app, pilot, "enter")
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert (screen.article_id, screen.sentence) == (record.article, record.sentence)
        text = screen_text(app)
        article = briefing.articles[record.article]
        assert article.source in text and "date from" in text
        sentence = briefing.sentence(record.article, record.sentence).text
        assert " ".join(sentence.split()[:3]) in " ".join(text.split())  # scrolled to the sentence
        furniture = screen.query_one("#furniture")
        assert furniture.display is False
        await press(app, pilot, "f")
        assert furniture.display is True
        await press(app, pilot, "f")
        assert furniture.display is False


async def test_entity_and_actor_enter_open_the_actor_screen(briefing: Briefing) -> None:
    app = make_app(briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "3", "enter")
        assert isinstance(app.screen, ActorScreen)
        text = screen_text(app)
        assert app.screen.actor in text
        await press(app, pilot, "escape")
        assert isinstance(app.screen, MainScreen)


async def test_resizing_keeps_the_layout(briefing: Briefing) -> None:
    app = make_app(briefing)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        for size in ((80, 24), (60, 20), (120, 40), (200, 50), (80, 24)):
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            text = screen_text(app)
            assert "articles" in text.splitlines()[0]
            assert app.screen.has_class("-narrow") is (size[0] < 110)
            assert app.query_one(ActorList).region.width > 0


async def test_load_failure_is_a_notification(tmp_path: Path) -> None:
    def broken() -> Briefing:
        raise OSError("disk on fire")

    app = BriefingApp(briefing_factory=broken, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.is_running
        assert any("disk on fire" in n.message for n in app._notifications)
        assert "disk on fire" in screen_text(app)


async def test_load_warnings_reach_the_status_line(briefing: Briefing) -> None:
    def noisy() -> Briefing:
        print("briefing: warning: notes.bin: unsupported file type '.bin'; skipped", file=sys.stderr)
        return briefing

    app = BriefingApp(briefing_factory=noisy, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.warnings == ["notes.bin: unsupported file type '.bin'; skipped"]
        assert "1 warning" in screen_text(app)
        await press(app, pilot, "w")
        assert isinstance(app.screen, WarningsScreen)
        assert "notes.bin: unsupported file type '.bin'; skipped" in screen_text(app)
        await press(app, pilot, "escape")
        assert isinstance(app.screen, MainScreen)


# -- corpus text is data ---------------------------------------------------------------------------
HOSTILE = ("Officials said the [bold red]x[/] plan would [link=file:///etc/passwd]start[/link] soon. "
           "The minister said [@click=app.quit]click here[/] was \x1b]0;pwned\x07 fine.\n\n"
           "“We will impose sanctions on [red]Iran[/red] tomorrow,” said Foreign Minister Jane Doe.")


@pytest.fixture(scope="module")
def hostile() -> Briefing:
    article = Article(id="evil", path="evil.txt", title="[bold]Title[/bold]", source="[i]Outlet[/i]",
                      published=date(2024, 5, 1), date_source="metadata", text=HOSTILE)
    return Briefing([analyse(article)], Config(), name="[blink]corpus[/blink]")


@pytest.mark.parametrize("size", SIZES)
async def test_article_markup_shows_literally(hostile: Briefing, size: tuple[int, int]) -> None:
    app = make_app(hostile)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert "[blink]corpus[/blink]" in screen_text(app)
        app.push_screen(ArticleScreen("evil", 0))
        await settle(app, pilot)
        text = " ".join(screen_text(app).split())
        for literal in ("[bold red]x[/]", "[link=file:///etc/passwd]start[/link]", "[@click=app.quit]click",
                        "[bold]Title[/bold]", "[i]Outlet[/i]", "[red]Iran[/red]"):
            assert literal in text
        assert "\x1b" not in text and "\u241b" in text
        await pilot.click("#article-body", offset=(10, 4))  # clicking the text must not run an action
        await settle(app, pilot)
        assert app.is_running and not app._exit


async def test_summary_of_hostile_text_is_literal(hostile: Briefing) -> None:
    app = make_app(hostile)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        text = " ".join(screen_text(app).split())
        assert "[bold red]x[/]" in text or "[red]Iran[/red]" in text
        assert "\x1b" not in text
