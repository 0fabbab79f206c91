"""`briefing index [--jobs N]`: bring the cached index up to date with the corpus, in parallel."""

from __future__ import annotations

import argparse
from typing import Any


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs must be a whole number, got {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("--jobs must be at least 1")
    return jobs


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "index", parents=parents, help="build or refresh the cached index of the corpus",
        description="Process new and changed files of the corpus into the index (in the user cache directory, "
        "or [index] path); unchanged files are left alone, deleted ones dropped.")
    parser.add_argument("--jobs", type=_jobs, metavar="N", default=None,
                        help="worker processes (default: [index] jobs, else one per CPU)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, session: Any) -> int:
    from briefing.errors import UsageError
    from briefing.index import index_corpus
    from briefing.index.progress import TerminalProgress, summary_line
    from briefing.session import warn

    if not session.use_index:
        raise UsageError("'index' builds the cached index; drop --no-index")
    session.note_sample()
    bar = TerminalProgress()
    try:
        report, warnings = index_corpus(session.corpus_paths, session.config, args.jobs, bar)
    finally:
        bar.close()
    for warning in warnings:
        warn(f"warning: {warning}")
    for skipped in report.skipped:
        warn(f"skipped: {skipped}")
    if args.format == "json":
        import json

        print(json.dumps({
            "files": report.files, "processed_files": report.processed_files,
            "processed_articles": report.processed_articles, "unchanged_files": report.unchanged_files,
            "unchanged_articles": report.unchanged_articles, "removed_files": report.removed_files,
            "skipped": [str(w) for w in report.skipped], "seconds": round(report.seconds, 3),
            "index": report.location, "jobs": report.jobs,
        }, indent=2))
    else:
        print(summary_line(report))
    return 0
