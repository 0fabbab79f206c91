"""Monkey test: a few hundred random key presses on the hostile corpus never crash the dashboard."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hostile_corpus import FORBIDDEN, build_hostile_corpus

from briefing.config import Config
from briefing.model import Briefing
from briefing.session import Session
from widgets.app import BriefingApp

KEYS = ["tab", "shift+tab", "1", "2", "3", "4", "5", "6", "j", "k", "down", "up", "enter", "escape", "h", "l",
        "left_square_bracket", "right_square_bracket", "a", "u", "n", "f", "w", "question_mark", "slash", "x",
        "backspace", "space", "pageup", "pagedown", "home", "end"]


@pytest.fixture(scope="module")
def hostile_briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    root = tmp_path_factory.mktemp("hostile")
    build_hostile_corpus(Path(root), nesting=8)
    return Session(config=Config(), corpus_paths=[Path(root)], use_index=False).briefing()


@pytest.mark.parametrize(("seed", "size"), [(1, (80, 24)), (2, (200, 50))])
async def test_random_keys_never_crash(hostile_briefing: Briefing, seed: int, size: tuple[int, int]) -> None:
    rng = random.Random(seed)
    app = BriefingApp(briefing_factory=lambda: hostile_briefing, config=Config())
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for step in range(300):
            await pilot.press(rng.choice(KEYS))
            if step % 25 == 0:
                await app.workers.wait_for_complete()
                await pilot.pause()
                text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
                assert not any(bad in text for bad in FORBIDDEN)
            assert app.is_running, f"the app stopped after {step} keys"
        await app.workers.wait_for_complete()
        assert not [w for w in app.workers if w.error is not None]
