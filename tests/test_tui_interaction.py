"""How the dashboard answers: at once while the engine is slow, newest request first, mouse selection vs opening."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from briefing.config import Config
from briefing.model import Briefing
from briefing.sample import sample_corpus_path
from briefing.session import Session
from widgets.app import BriefingApp
from widgets.jobs import Recent, Turns
from widgets.panes.actors import KIND_MARK, ActorList, kind_legend
from widgets.panes.summary import SummaryPane
from widgets.screens import main as main_module
from widgets.screens.actor import ActorScreen
from widgets.screens.help import HelpScreen
from widgets.screens.main import MainScreen


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return Session(config=Config(), corpus_paths=[sample_corpus_path()], use_index=False).briefing()


class SlowSummaries:
    """A Briefing whose actor summaries wait for `release` (an engine slower than any key), recording each call."""

    def __init__(self, briefing: Briefing) -> None:
        self._briefing = briefing
        self.release = threading.Event()
        self.calls: list[str | None] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._briefing, name)

    def summary(self, actor: str | None = None, **kwargs: Any) -> Any:
        if actor is not None:
            self.calls.append(actor)
            assert self.release.wait(30), "the test never released the summary"
        return self._briefing.summary(actor=actor, **kwargs)


async def settle(app: BriefingApp, pilot) -> None:
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()


@pytest.fixture
def no_prefetch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_module, "PREFETCH_STEPS", ())
    monkeypatch.setattr(main_module, "PREFETCH_DAYS", ())


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
async def test_a_key_is_answered_before_the_slow_summary(briefing: Briefing, no_prefetch: None,
                                                        size: tuple[int, int]) -> None:
    slow = SlowSummaries(briefing)
    app = BriefingApp(briefing_factory=lambda: slow, config=Config())  # type: ignore[arg-type, return-value]
    actors = [row.name for row in briefing.actors(day=briefing.days()[-1])]
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)  # "All actors" is not slow
        summary = app.query_one(SummaryPane)
        for key in ("j", "j", "j"):  # three actors down while the first one's summary is still computing
            await pilot.press(key)
            await pilot.pause()
        main = app.main_screen
        assert main.selection.actor == actors[2]
        assert app.query_one(ActorList).current == actors[2]  # the cursor moved at once
        assert summary.border_subtitle.startswith(actors[2]) and "computing" in summary.border_subtitle
        assert summary.has_class("-stale") and "summary" in main.pending
        assert main.responded_at > 0  # the screen showed the change while the summary was still computing
        slow.release.set()
        await settle(app, pilot)
        assert summary.records == briefing.summary(actor=actors[2], day=briefing.days()[-1])
        assert not summary.has_class("-stale") and "computing" not in summary.border_subtitle
        assert main.pending == set()
        # The first request was already running; the second was overtaken while waiting and never computed.
        assert slow.calls == [actors[0], actors[2]]


def test_turns_let_a_cancelled_waiter_give_up() -> None:
    turns = Turns()
    entered = threading.Event()
    leave = threading.Event()
    outcomes: list[bool] = []

    def holder() -> None:
        with turns.turn("summary", lambda: False) as go:
            outcomes.append(go)
            entered.set()
            leave.wait(5)

    thread = threading.Thread(target=holder)
    thread.start()
    assert entered.wait(5)
    with turns.turn("summary", lambda: True) as go:  # cancelled while the holder computes
        outcomes.append(go)
    with turns.turn("side", lambda: False) as go:  # another kind is not blocked
        outcomes.append(go)
    leave.set()
    thread.join(5)
    with turns.turn("summary", lambda: False) as go:
        outcomes.append(go)
    assert outcomes == [True, False, True, True]


@pytest.mark.parametrize(("size", "puts", "expected"), [
    (2, ["a", "b", "c"], [None, "b", "c"]),
    (2, ["a", "b", "a", "c"], ["a", None, "c"]),  # a was used again, so b is the oldest
])
def test_recent_forgets_the_least_recently_used(size: int, puts: list[str], expected: list[str | None]) -> None:
    recent: Recent[str, str] = Recent(size)
    for key in puts:
        if recent.get(key) is None:
            recent.put(key, key)
    assert [recent.get(k) for k in ("a", "b", "c")] == expected


async def test_a_click_selects_a_row_and_a_double_click_opens_it(briefing: Briefing) -> None:
    app = BriefingApp(briefing_factory=lambda: briefing, config=Config())
    first = briefing.actors(day=briefing.days()[-1])[0].name
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        actors = app.query_one(ActorList)
        row = 2  # inside the border: "All actors", then the first actor
        await pilot.click(ActorList, offset=(4, row))
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)  # selected, not opened
        assert actors.current == first and app.main_screen.selection.actor == first
        assert app.query_one(SummaryPane).border_subtitle.startswith(first)
        await pilot.double_click(ActorList, offset=(4, row))
        await settle(app, pilot)
        assert isinstance(app.screen, ActorScreen) and app.screen.actor == first


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
async def test_the_kind_marks_are_explained(briefing: Briefing, size: tuple[int, int]) -> None:
    app = BriefingApp(briefing_factory=lambda: briefing, config=Config())
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        subtitle = str(app.query_one(ActorList).border_subtitle)
        for kind, mark in KIND_MARK.items():
            assert f"{mark} {kind[:3]}" in subtitle
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        assert kind_legend() in str(app.screen.query_one("#help-text").render())
