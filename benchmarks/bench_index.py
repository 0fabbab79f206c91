"""Index figures on a real corpus: cold index (1 and 2 jobs), no-change refresh, first paint, summary latency,
peak memory. Times are also printed as ratios to the cold 1-job index of the same run.

    python benchmarks/bench_index.py                      # the State Dept corpus (2,031 documents)
    python benchmarks/bench_index.py --scale 10           # also ~20,000 documents: the corpus replicated
    python benchmarks/bench_index.py --corpus PATH --jobs 2

Indexes go to a temporary folder, never the user's cache.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _shared import SHARED

from briefing.config import Config, IndexConfig
from briefing.index import index_corpus, load_briefing

STATE_DEPT = SHARED / "corpora/state-dept"


def replicate(source: Path, copies: int, folder: Path) -> Path:
    """`copies` JSONL files: each record of `source` with a new id and its date shifted by whole years."""
    records = []
    for file in sorted(source.glob("*.jsonl")):
        records.extend(json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip())
    for k in range(copies):
        shift = timedelta(days=364 * (k + 1))
        lines = []
        for record in records:
            copy = dict(record)
            copy["guid"] = f"{record.get('guid', '')}-copy{k}"
            for key in ("published", "date"):
                with contextlib.suppress(ValueError):
                    copy[key] = (date.fromisoformat(str(record.get(key, ""))[:10]) + shift).isoformat()
            lines.append(json.dumps(copy, ensure_ascii=False))
        (folder / f"copy{k:02d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child, in MB (Linux reports KB)."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def timed(label: str, action, baseline: float | None = None):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    ratio = f"  ({seconds / baseline:.3f} x cold 1-job)" if baseline else ""
    print(f"{label:<42} {seconds:8.2f} s{ratio}", flush=True)
    return result, seconds


def run(corpus: Path, tmp: Path, jobs_list: list[int], label: str) -> dict[str, float]:
    print(f"\n== {label}: {corpus}", flush=True)
    figures: dict[str, float] = {}
    baseline = None
    config = None
    for jobs in jobs_list:
        config = Config(index=IndexConfig(path=str(tmp / f"{label}-{jobs}.sqlite")))
        (report, _), seconds = timed(f"cold index, {jobs} job(s)", lambda c=config, j=jobs: index_corpus(
            [corpus], c, jobs=j), baseline)
        baseline = baseline or seconds
        figures[f"cold_{jobs}"] = seconds
        print(f"{'':<42} {report.processed_articles} articles in {report.processed_files} files; "
              f"peak RSS so far {peak_rss_mb()[0]:.0f} MB self, {peak_rss_mb()[1]:.0f} MB largest child", flush=True)
    assert config is not None
    _, figures["refresh"] = timed("no-change refresh", lambda: index_corpus([corpus], config), baseline)
    (_, _), figures["paint_read"] = timed("briefing from warm index (read only)", lambda: load_briefing(
        [corpus], config, refresh_index=False), baseline)
    (briefing, _), figures["paint"] = timed("briefing from warm index (with refresh)", lambda: load_briefing(
        [corpus], config), baseline)
    print(f"{'':<42} peak RSS so far {peak_rss_mb()[0]:.0f} MB self (before any summary)", flush=True)
    days = Counter(briefing.day_counts())
    busiest_day = days.most_common(1)[0][0]

    def dashboard_opens(b):  # type: ignore[no-untyped-def]
        """What the dashboard asks first: header, day bar, actor list (all days and the latest), side panes."""
        last = b.days()[-1]
        return (b.stats(), b.actors(), b.actors(last), b.entities(last), b.quotes(day=last), b.sanctions(day=last),
                b.timeline(None))

    _, figures["open_first"] = timed("dashboard panes, first open (computed)", lambda: dashboard_opens(briefing))
    reopened, _ = load_briefing([corpus], config, refresh_index=False)
    _, figures["open_again"] = timed("dashboard panes, next open (from index)", lambda: dashboard_opens(reopened))
    busiest_actor = briefing.actors()[0].name
    print(f"{'':<42} busiest day {busiest_day} ({days[busiest_day]} articles), busiest actor {busiest_actor}")
    _, figures["summary_day"] = timed("summary, busiest day (computed)", lambda: briefing.summary(day=busiest_day))
    _, figures["summary_actor"] = timed("summary, busiest actor (computed)", lambda: briefing.summary(
        actor=busiest_actor))
    again, _ = load_briefing([corpus], config)
    _, figures["summary_day_cached"] = timed("summary, busiest day (from index)", lambda: again.summary(
        day=busiest_day))
    _, figures["summary_actor_cached"] = timed("summary, busiest actor (from index)", lambda: again.summary(
        actor=busiest_actor))
    own, children = peak_rss_mb()
    figures["rss_self"], figures["rss_children"] = own, children
    size = Path(config.index_path()).stat().st_size / 2**20
    print(f"{'peak RSS (self / largest child)':<42} {own:8.0f} MB / {children:.0f} MB; index file {size:.0f} MB")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=STATE_DEPT)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="cold runs to time (first = baseline)")
    parser.add_argument("--scale", type=int, default=0, help="also index the corpus replicated N times")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-index-") as name:
        tmp = Path(name)
        base = run(args.corpus, tmp, args.jobs, "base")
        if args.scale:
            folder = tmp / "replicated"
            folder.mkdir()
            replicate(args.corpus, args.scale, folder)
            scaled = run(folder, tmp, [max(args.jobs)], f"x{args.scale}")
            print(f"\n== growth at x{args.scale} (scaled / base)")
            for key, value in scaled.items():
                if key in base and base[key] > 0:
                    print(f"{key:<42} {value / base[key]:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
