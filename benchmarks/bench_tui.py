"""Dashboard responsiveness: time to first paint and keypress-to-updated-pane latency.

First paint is compared with a bare Textual app showing one Static (the floor for any Textual UI);
pane latency with calling the same Briefing queries directly (the engine's share of the wait), both
measured in this run. Per keypress two times: to the first visible answer (the cursor moved, dependent
panes dimmed, the summary titled with the new selection), and to every pane filled. Scenarios: the
latest day at reading pace (a pause between keys, so prefetching can work) and with keys held down,
and all days (the biggest summaries) at reading pace.
Targets: first paint <= 1 s, first visible answer <= 100 ms once indexed.
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

from briefing.config import Config, load_config
from briefing.sample import sample_corpus_path
from briefing.session import Session
from widgets.app import BriefingApp
from widgets.panes.actors import ActorList

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


async def presses_timed(app: BriefingApp, pilot, presses: int, pause: float) -> tuple[list[float], list[float]]:
    """Press j `presses` times; per press, the time to the screen's first visible answer (cursor moved, panes
    dimmed, the summary titled with the new actor) and the time until every pane is filled."""
    main = app.main_screen
    first: list[float] = []
    filled: list[float] = []
    for _ in range(presses):
        before = main.selection
        t0 = time.perf_counter()
        await pilot.press("j")
        await wait_until(lambda before=before, t0=t0: main.selection != before and main.responded_at > t0)
        first.append(main.responded_at - t0)
        if pause:
            await wait_until(lambda t0=t0: not main.pending and main.updated_at > t0)
            filled.append(main.updated_at - t0)
            await asyncio.sleep(pause)
    if not pause:  # keys faster than the answers: only the last selection's panes get filled
        await wait_until(lambda t0=t0: not main.pending and main.updated_at > t0)
        filled.append(main.updated_at - t0)
    return first, filled


def engine_times(briefing, day, names: list[str]) -> list[float]:
    """The same queries called directly, for actors not yet computed (the engine's share of the wait)."""
    out = []
    for name in names:
        t0 = time.perf_counter()
        briefing.entities(day=day, actor=name)
        briefing.quotes(actor=name, day=day)
        briefing.sanctions(actor=name, day=day)
        briefing.timeline(name)
        briefing.summary(actor=name, day=day)
        out.append(time.perf_counter() - t0)
    return out


async def latencies(session: Session, presses: int, all_days: bool) -> dict[str, object]:
    app = BriefingApp(session)
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        paint = time.perf_counter() - started
        await wait_until(lambda: app.briefing is not None)
        ready = time.perf_counter() - started
        main = app.main_screen
        await wait_until(lambda: not main.pending and main.updated_at > 0)
        filled = time.perf_counter() - started
        scenarios: dict[str, tuple[list[float], list[float]]] = {}
        scenarios["latest day, reading pace"] = await presses_timed(app, pilot, presses, READING_PAUSE)
        scenarios["latest day, keys held down"] = await presses_timed(app, pilot, presses, 0)
        if all_days:
            await pilot.press("a")
            await wait_until(lambda: not main.pending and main.updated_at > 0)
            scenarios["all days, reading pace"] = await presses_timed(app, pilot, presses, READING_PAUSE)
        briefing = app.briefing
        actors = app.query_one(ActorList)
        start = (actors.highlighted or 0) + 3  # beyond what was shown or prefetched
        below = [row.name for row in briefing.actors(day=main.selection.day)][start:start + presses]
        engine = engine_times(briefing, main.selection.day, below)
    return {"paint": paint, "ready": ready, "filled": filled, "scenarios": scenarios, "engine": engine}


def ms(values: list[float]) -> str:
    if not values:
        return "n/a"
    return (f"median {statistics.median(values) * 1000:6.1f} ms, max {max(values) * 1000:7.1f} ms "
            f"(n={len(values)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a corpus file or folder (default: the sample corpus)")
    parser.add_argument("--presses", type=int, default=8, help="keypresses to time (j, down the actor list)")
    parser.add_argument("--config", type=Path, help="a briefing.toml (e.g. to use a private [index] path)")
    parser.add_argument("--no-all-days", action="store_true", help="skip the 'all days' scenario (the slowest)")
    args = parser.parse_args()
    config = load_config(args.config) if args.config else Config()
    session = Session(config=config, corpus_paths=[args.corpus or sample_corpus_path()], use_index=True)
    bare = min(asyncio.run(first_paint(Bare())) for _ in range(3))
    result = asyncio.run(latencies(session, args.presses, not args.no_all_days))
    print(f"corpus: {args.corpus or 'sample'}")
    print(f"first paint        {result['paint'] * 1000:8.0f} ms  ({result['paint'] / bare:.2f}x a bare Textual app, "
          f"{bare * 1000:.0f} ms)   target <= 1000 ms")
    print(f"briefing loaded    {result['ready'] * 1000:8.0f} ms  (in a thread worker; the UI stays live)")
    print(f"panes filled       {result['filled'] * 1000:8.0f} ms")
    engine = result["engine"]
    engine_median = statistics.median(engine) if engine else float("nan")
    print(f"engine alone (same queries, uncached, last scenario's day): {ms(engine)}")
    print("keypress j -> first visible answer (target <= 100 ms) | -> every pane filled")
    for name, (first, filled) in result["scenarios"].items():
        ratio = statistics.median(filled) / engine_median if filled and engine else float("nan")
        print(f"  {name:28s} first: {ms(first)}")
        print(f"  {'':28s} filled: {ms(filled)}  ({ratio:.2f}x the engine's median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
