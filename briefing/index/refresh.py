"""Bring the index up to date with the corpus: new and changed files processed, deleted ones dropped.

A file is unchanged when its (size, mtime_ns) and settings key match the index, or, failing the times, its
content hash does. Changed files are loaded in this process and their articles analysed in chunks by worker
processes (one JSONL file can hold thousands of articles, so work is split by article, not by file). A file's
rows are written in one transaction once all its chunks are back: a crash leaves the previous rows.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from briefing.config import ActorsConfig, Config
from briefing.corpus.formats import LoadWarning
from briefing.corpus.loader import CorpusFile, load_file
from briefing.index.codec import ArticleRows, encode
from briefing.index.settings import engine_settings, file_settings
from briefing.index.store import CHILD_TABLES, Store
from briefing.models import Article

CHUNK = 32  # articles per task: small enough to balance two workers, large enough to amortise pickling
# Below these, starting worker processes (about a second each) costs more than it saves.
POOL_MIN_BYTES = 256 * 1024
POOL_MIN_FILES = 64
SUMMARY_TTL_S = 30 * 24 * 3600


@dataclass(frozen=True)
class Progress:
    """How far a refresh is. `fraction` weighs files by size and counts articles within a file."""

    files_done: int
    files_total: int
    articles_done: int
    articles_seen: int
    fraction: float


ProgressCallback = Callable[[Progress], None]


@dataclass
class RefreshReport:
    files: int = 0
    processed_files: int = 0
    processed_articles: int = 0
    unchanged_files: int = 0
    unchanged_articles: int = 0
    removed_files: int = 0
    skipped: list[LoadWarning] = field(default_factory=list)
    seconds: float = 0.0
    location: str = ""
    jobs: int = 1


@dataclass
class _FileWork:
    corpus_file: CorpusFile
    key: str
    size: int
    mtime_ns: int
    content_hash: str
    settings: str
    warnings: list[LoadWarning]
    articles: int
    results: list[list[ArticleRows] | None]
    remaining: int


# -- worker side -----------------------------------------------------------------------------------------------
_WORKER_KNOWLEDGE: object = None


def _init_worker(actors: ActorsConfig) -> None:
    global _WORKER_KNOWLEDGE
    from briefing.language.actors import knowledge_from_config

    _WORKER_KNOWLEDGE = knowledge_from_config(actors)


def analyse_chunk(articles: list[Article], file_path: str, knowledge: object = None) -> list[ArticleRows]:
    """Analyse articles and encode them as index rows: the unit of work a worker process runs."""
    from briefing.pipeline import analyse

    knowledge = knowledge or _WORKER_KNOWLEDGE
    return [encode(analyse(article, knowledge), file_path) for article in articles]  # type: ignore[arg-type]


# -- parent side -----------------------------------------------------------------------------------------------
def file_key(path: Path) -> str:
    return os.path.realpath(path)


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def default_jobs(config: Config) -> int:
    return config.index.jobs if config.index.jobs > 0 else max(1, os.cpu_count() or 1)


def refresh(store: Store, files: list[CorpusFile], roots: Iterable[str | Path], config: Config,
            jobs: int | None = None, progress: ProgressCallback | None = None) -> RefreshReport:
    """Update the index for `files` (as found under `roots`); see the module docstring."""
    started = time.perf_counter()
    jobs = max(1, jobs or default_jobs(config))
    connection = store.connection
    report = RefreshReport(files=len(files), location=store.location, jobs=jobs)
    engine = engine_settings(config)
    known = {row[1]: row for row in connection.execute(
        "SELECT id, path, size, mtime_ns, content_hash, settings, articles, warnings FROM files")}
    todo: list[tuple[CorpusFile, str, str, os.stat_result | None]] = []
    current: set[str] = set()
    for corpus_file in files:
        key = file_key(corpus_file.path)
        current.add(key)
        settings = file_settings(engine, corpus_file.manifest)
        try:
            stat: os.stat_result | None = os.stat(corpus_file.path)
        except OSError:
            stat = None
        row = known.get(key)
        if row is not None and stat is not None and _unchanged(row, settings, stat, corpus_file.path):
            report.unchanged_files += 1
            report.unchanged_articles += row[6]
            report.skipped.extend(_skips(decode_warnings(row[7], corpus_file.path)))
            if row[3] != stat.st_mtime_ns:  # touched, same bytes: remember the new time
                _write(connection, "UPDATE files SET mtime_ns=? WHERE id=?", (stat.st_mtime_ns, row[0]))
            continue
        todo.append((corpus_file, key, settings, stat))
    report.removed_files = _remove_missing(connection, known, current, roots)
    if todo:
        _process(store, todo, config, jobs, progress, report)
    _write(connection, "DELETE FROM summaries WHERE used_at < ?", (time.time() - SUMMARY_TTL_S,))
    report.seconds = time.perf_counter() - started
    return report


def _unchanged(row: tuple, settings: str, stat: os.stat_result, path: Path) -> bool:
    if row[5] != settings or row[2] != stat.st_size:
        return False
    return row[3] == stat.st_mtime_ns or _same_content(path, row[4])


def _same_content(path: Path, stored_hash: str) -> bool:
    try:
        return content_hash(path) == stored_hash
    except OSError:
        return False


def _skips(warnings: list[LoadWarning]) -> list[LoadWarning]:
    return [w for w in warnings if "skipped" in w.message]


def _remove_missing(connection: sqlite3.Connection, known: dict[str, tuple], current: set[str],
                    roots: Iterable[str | Path]) -> int:
    """Drop files that no longer exist, or that are under an indexed root but no longer part of the corpus.
    Files of other corpora sharing this index are kept."""
    real_roots = [os.path.realpath(r) for r in roots]
    gone = [row[0] for key, row in known.items() if key not in current and (
        not os.path.exists(key) or any(key == r or key.startswith(r.rstrip(os.sep) + os.sep) for r in real_roots))]
    if gone:
        _transaction(connection, lambda: [_delete_file(connection, file_id) for file_id in gone])
    return len(gone)


def _process(store: Store, todo: list[tuple[CorpusFile, str, str, os.stat_result | None]], config: Config,
             jobs: int, progress: ProgressCallback | None, report: RefreshReport) -> None:
    total_bytes = sum(max(1, stat.st_size if stat else 1) for *_, stat in todo)
    done_bytes = 0.0
    counters = {"files": 0, "articles": 0, "seen": 0}
    in_flight: dict[Future[list[ArticleRows]], tuple[_FileWork, int]] = {}
    partial: dict[str, float] = {}
    pool: ProcessPoolExecutor | None = None
    knowledge = None
    window = 4 * jobs

    def tell() -> None:
        if progress is not None:
            fraction = (done_bytes + sum(partial.values())) / total_bytes
            progress(Progress(counters["files"], len(todo), counters["articles"], counters["seen"],
                              min(1.0, fraction)))

    def finish_chunk(work: _FileWork, index: int, rows: list[ArticleRows]) -> None:
        nonlocal done_bytes
        work.results[index] = rows
        work.remaining -= 1
        counters["articles"] += len(rows)
        weight = max(1, work.size)
        if work.remaining == 0:
            _store_file(store.connection, work)
            partial.pop(work.key, None)
            done_bytes += weight
            counters["files"] += 1
            report.processed_files += 1
            report.processed_articles += work.articles
        else:
            partial[work.key] = weight * sum(len(r) for r in work.results if r) / max(1, work.articles)
        tell()

    def drain(return_when: str) -> None:
        finished, _ = wait(list(in_flight), return_when=return_when)
        for future in finished:
            work, index = in_flight.pop(future)
            finish_chunk(work, index, future.result())

    try:
        if jobs > 1 and (total_bytes >= POOL_MIN_BYTES or len(todo) >= POOL_MIN_FILES):
            pool = ProcessPoolExecutor(jobs, mp_context=get_context("spawn"), initializer=_init_worker,
                                       initargs=(config.actors,))
            pool.submit(int)  # start the workers now: they import and build knowledge while this process loads
        tell()
        for corpus_file, key, settings, stat in todo:
            articles, warnings = load_file(corpus_file, config.corpus.timezone)
            report.skipped.extend(_skips(warnings))
            chunks = [articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)]
            work = _FileWork(corpus_file, key, stat.st_size if stat else 0, stat.st_mtime_ns if stat else 0,
                             _hash_or_empty(corpus_file.path), settings, warnings, len(articles),
                             [None] * len(chunks), len(chunks))
            counters["seen"] += len(articles)
            if not chunks:
                work.remaining = 1
                work.results = [[]]
                finish_chunk(work, 0, [])
                continue
            for index, chunk in enumerate(chunks):
                if pool is None:
                    if knowledge is None:
                        from briefing.language.actors import knowledge_from_config

                        knowledge = knowledge_from_config(config.actors)
                    finish_chunk(work, index, analyse_chunk(chunk, str(corpus_file.path), knowledge))
                    continue
                in_flight[pool.submit(analyse_chunk, chunk, str(corpus_file.path))] = (work, index)
                if len(in_flight) >= window:
                    drain(FIRST_COMPLETED)
        while in_flight:
            drain(FIRST_COMPLETED)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _hash_or_empty(path: Path) -> str:
    try:
        return content_hash(path)
    except OSError:
        return ""


def encode_warnings(warnings: list[LoadWarning]) -> str:
    return json.dumps([[w.message, w.line] for w in warnings], ensure_ascii=False)


def decode_warnings(data: str, path: Path) -> list[LoadWarning]:
    return [LoadWarning(str(path), message, line) for message, line in json.loads(data)]


def _store_file(connection: sqlite3.Connection, work: _FileWork) -> None:
    """Replace one file's rows, all or nothing."""

    def write() -> None:
        old = connection.execute("SELECT id FROM files WHERE path=?", (work.key,)).fetchone()
        if old:
            _delete_file(connection, old[0])
        file_id = connection.execute(
            "INSERT INTO files (path, size, mtime_ns, content_hash, settings, articles, warnings, indexed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (work.key, work.size, work.mtime_ns, work.content_hash, work.settings, work.articles,
             encode_warnings(work.warnings), time.time())).lastrowid
        ordinal = 0
        for chunk in work.results:
            for article, sentences, mentions, quotes, sanctions in chunk or ():
                article_id = connection.execute(
                    "INSERT INTO articles (file, ordinal, article_id, day, source, title, text, meta) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (file_id, ordinal, *article)).lastrowid
                ordinal += 1
                connection.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                       [(article_id, *r) for r in sentences])
                connection.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                       [(article_id, *r) for r in mentions])
                connection.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?)", [(article_id, *r) for r in quotes])
                connection.executemany("INSERT INTO sanctions VALUES (?, ?, ?, ?, ?, ?, ?)",
                                       [(article_id, *r) for r in sanctions])

    _transaction(connection, write)
    work.results = []  # the rows are in the database now; free them


def _delete_file(connection: sqlite3.Connection, file_id: int) -> None:
    for table in CHILD_TABLES:
        connection.execute(f"DELETE FROM {table} WHERE article IN (SELECT id FROM articles WHERE file=?)",
                           (file_id,))
    connection.execute("DELETE FROM articles WHERE file=?", (file_id,))
    connection.execute("DELETE FROM files WHERE id=?", (file_id,))


def _transaction(connection: sqlite3.Connection, body: Callable[[], object]) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        body()
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _write(connection: sqlite3.Connection, sql: str, parameters: tuple) -> None:
    _transaction(connection, lambda: connection.execute(sql, parameters))
