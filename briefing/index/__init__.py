"""The cached index: everything the pipeline extracts, kept in an embedded sqlite3 file.

    store.py     the file: schema, WAL, validation, rebuild and in-memory fallbacks
    codec.py     AnalysedArticle <-> rows (exact round trip)
    settings.py  what cached rows depend on (pipeline version, engine code, [actors], manifest)
    refresh.py   incremental, parallel refresh (processed / unchanged / dropped)
    read.py      analysed articles back, and summaries kept in the index
    progress.py  the terminal progress bar and closing summary

`load_briefing` is what every command (and the dashboard, from a worker thread) calls.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from briefing.config import Config
from briefing.corpus.formats import LoadWarning
from briefing.corpus.loader import discover_files
from briefing.index.refresh import Progress, ProgressCallback, RefreshReport, default_jobs
from briefing.index.refresh import refresh as refresh_files
from briefing.index.store import Store, is_access_error, open_store, set_aside
from briefing.model import Briefing

T = TypeVar("T")


def index_corpus(corpus_paths: Iterable[str | Path], config: Config, jobs: int | None = None,
                 progress: ProgressCallback | None = None) -> tuple[RefreshReport, list[LoadWarning]]:
    """Refresh the index for a corpus; returns the report and the warnings met (index and discovery)."""
    paths = list(corpus_paths)
    files, warnings = discover_files(paths, config.corpus.manifest)
    store, report = _with_store(config, lambda store: refresh_files(store, files, paths, config, jobs, progress))
    return report, [*_store_warnings(store), *warnings]


def load_briefing(corpus_paths: Iterable[str | Path], config: Config, jobs: int | None = None,
                  progress: ProgressCallback | None = None, name: str = "", refresh_index: bool = True
                  ) -> tuple[Briefing, list[LoadWarning]]:
    """The Briefing over a corpus, read from the index after bringing it up to date.

    `refresh_index=False` reads what the index already holds (a fast first paint; files not yet indexed are
    left out). Warnings: the index's own (rebuilt, in memory) first, then the corpus's load warnings.
    The returned briefing has `index_report` (a RefreshReport, or None when not refreshed).
    """
    from briefing.index.lazy import LazyBriefing
    from briefing.index.read import IndexedBriefing, Snapshot, SummaryCache, read_snapshot
    from briefing.index.settings import corpus_key, engine_settings

    paths = list(corpus_paths)
    files, warnings = discover_files(paths, config.corpus.manifest)

    def work(store: Store) -> tuple[IndexedBriefing, Snapshot]:
        report = refresh_files(store, files, paths, config, jobs, progress) if refresh_index else None
        briefing: IndexedBriefing
        if store.in_memory:  # the index dies with this store: read everything now
            snapshot = read_snapshot(store.connection, files)
            briefing = IndexedBriefing(snapshot.analysed, config, name=name)
        else:  # read as asked, on the briefing's own connection
            briefing = LazyBriefing(store.location, files, config, name=name)
            snapshot = briefing.snapshot
            key = corpus_key(engine_settings(config), snapshot.files, config)
            briefing.use_summary_cache(SummaryCache(store.location, key, store.connection))
        briefing.index_report = report
        return briefing, snapshot

    store, (briefing, snapshot) = _with_store(config, work)
    return briefing, [*_store_warnings(store), *warnings, *snapshot.warnings]


def session_briefing(session: Any, progress: ProgressCallback | None = None) -> Briefing:
    """`Session.briefing()` through the index: notes the sample corpus, shows progress on a terminal, prints
    warnings the way the session does."""
    from briefing.index.progress import TerminalProgress
    from briefing.session import warn

    session.note_sample()
    bar = TerminalProgress()
    try:
        briefing, warnings = load_briefing(session.corpus_paths, session.config, progress=progress or bar,
                                           name=session.corpus_name())
    finally:
        bar.close()
    for warning in warnings:
        warn(f"warning: {warning}")
    return briefing


def _with_store(config: Config, work: Callable[[Store], T]) -> tuple[Store, T]:
    """Run `work` on the index; damage found while using it (not only on opening) sets the file aside and
    rebuilds it once, and an index that turns out read-only is replaced by one in memory."""
    path = config.index_path()
    store = open_store(path)
    try:
        try:
            return store, work(store)
        except sqlite3.OperationalError as exc:
            if store.in_memory or not is_access_error(exc):
                raise
            store.close()
            store = open_store(None)
            store.warnings.append(f"cannot write {path} ({exc}); working in memory this time")
            return store, work(store)
        except sqlite3.DatabaseError as exc:
            if store.in_memory:
                raise
            store.close()
            aside = set_aside(path)
            store = open_store(path)
            store.warnings.insert(0, f"{path} is damaged ({exc}); moved it to {aside.name} and rebuilding")
            return store, work(store)
    finally:
        store.close()


def _store_warnings(store: Store) -> list[LoadWarning]:
    return [LoadWarning("index", message) for message in store.warnings]


__all__ = ["Progress", "ProgressCallback", "RefreshReport", "default_jobs", "index_corpus", "load_briefing",
           "session_briefing"]
