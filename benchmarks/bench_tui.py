"""Dashboard responsiveness: time to first paint and keypress-to-updated-pane latency.

First paint is compared with a bare Textual app showing one Static (the floor for any Textual UI);
pane latency with calling the same Briefing queries directly (the engine's share of the wait), both
measured in this run. Targets: first paint <= 1 s, pane update <= 100 ms once indexed.
Usage: python benchmarks/bench_tui.py [--corpus PATH] [--presses N]   (default: the sample corpus)
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from textual.app import App
from textual.widgets import Static

from briefing.config import Config
from briefing.sample import sample_corpus_path
from briefing.session import Session
from widgets.app import BriefingApp
from widgets.panes.summary import SummaryPane

READING_PAUSE = 0.3  # seconds between presses, as a reader glances at the panes (and prefetch can work)


class Bare(App[None]):
    def compose(self):
        yield Static("hello")


async def first_paint(app: App) -> float:
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)):
        return time.perf_counter() - started


async def wait_until(check, timeout: float = 600.0) -> None:
    deadline = time.perf_counter() + timeout
    while not check():
        if time.perf_counter() > deadline:
            raise TimeoutError("the pane never updated")
        await asyncio.sleep(0.001)


async def latencies(session: Session, presses: int) -> dict[str, object]:
    app = BriefingApp(session)
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        paint = time.perf_counter() - started
        await wait_until(lambda: app.briefing is not None)
        ready = time.perf_counter() - started
        main = app.main_screen
        summary = app.query_one(SummaryPane)
        await wait_until(lambda: not main.pending and not summary.loading)
        filled = time.perf_counter() - started
        key_times: list[float] = []
        for key in ["j"] * presses:
            before = main.selection
            t0 = time.perf_counter()
            await pilot.press(key)
            await wait_until(lambda before=before: main.selection != before and not main.pending)
            key_times.append(main.updated_at - t0)
            await asyncio.sleep(READING_PAUSE)
        # The engine alone, for the next actors down the list (not yet computed, so not cached).
        briefing = app.briefing
        engine: list[float] = []
        for row in briefing.actors(day=main.selection.day)[presses:2 * presses]:
            t0 = time.perf_counter()
            briefing.entities(day=main.selection.day, actor=row.name)
            briefing.quotes(actor=row.name, day=main.selection.day)
            briefing.sanctions(actor=row.name, day=main.selection.day)
            briefing.summary(actor=row.name, day=main.selection.day)
            engine.append(time.perf_counter() - t0)
    return {"paint": paint, "ready": ready, "filled": filled, "keys": key_times, "engine": engine}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a corpus file or folder (default: the sample corpus)")
    parser.add_argument("--presses", type=int, default=8, help="keypresses to time (j, down the actor list)")
    args = parser.parse_args()
    session = Session(config=Config(), corpus_paths=[args.corpus or sample_corpus_path()], use_index=True)
    bare = min(asyncio.run(first_paint(Bare())) for _ in range(3))
    result = asyncio.run(latencies(session, args.presses))
    keys, engine = result["keys"], result["engine"]
    print(f"corpus: {args.corpus or 'sample'}")
    print(f"first paint        {result['paint'] * 1000:8.0f} ms  ({result['paint'] / bare:.2f}x a bare Textual app, "
          f"{bare * 1000:.0f} ms)   target <= 1000 ms")
    print(f"briefing loaded    {result['ready'] * 1000:8.0f} ms  (in a thread worker; the UI stays live)")
    print(f"panes filled       {result['filled'] * 1000:8.0f} ms")
    median, worst = statistics.median(keys), max(keys)
    engine_median = statistics.median(engine) if engine else float("nan")
    print(f"keypress -> pane   {median * 1000:8.1f} ms median, {worst * 1000:.1f} ms max over {len(keys)} presses "
          f"({median / engine_median:.2f}x the engine's own {engine_median * 1000:.1f} ms)   target <= 100 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
