"""The index file: an embedded sqlite3 database, its schema, and opening it safely.

WAL mode lets the dashboard read while `briefing index` writes; every write is one transaction, so a crash
or a kill leaves the previous state. A file that is not a briefing index (corrupt, foreign, or an older
schema) is moved aside as `<name>.broken` and rebuilt with a warning; a location that cannot be written
falls back to an in-memory index with a warning.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

APPLICATION_ID = 0x42524946  # "BRIF" in the sqlite header marks the file as ours
SCHEMA_VERSION = 2  # 2: sentences.words (the index-backed Briefing filters on it)
BUSY_TIMEOUT_S = 60.0
MEMORY = ":memory:"

SCHEMA = """
CREATE TABLE files (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    content_hash TEXT NOT NULL, settings TEXT NOT NULL, articles INTEGER NOT NULL, warnings TEXT NOT NULL,
    indexed_at REAL NOT NULL);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY, file INTEGER NOT NULL, ordinal INTEGER NOT NULL, article_id TEXT NOT NULL,
    day TEXT, source TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL, meta TEXT NOT NULL);
CREATE INDEX articles_by_file ON articles(file, ordinal);
CREATE INDEX articles_by_day ON articles(day);
CREATE INDEX articles_by_id ON articles(article_id);
CREATE TABLE sentences (
    article INTEGER NOT NULL, idx INTEGER NOT NULL, paragraph INTEGER NOT NULL, span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL, day TEXT, text TEXT NOT NULL, words INTEGER NOT NULL,
    PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE TABLE mentions (
    article INTEGER NOT NULL, idx INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
    text TEXT NOT NULL, kind TEXT NOT NULL, canonical TEXT NOT NULL, affiliation TEXT NOT NULL,
    sentence INTEGER NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE INDEX mentions_by_canonical ON mentions(canonical);
CREATE INDEX mentions_by_actor ON mentions(actor);
CREATE TABLE quotes (
    article INTEGER NOT NULL, idx INTEGER NOT NULL, speaker TEXT NOT NULL, day TEXT, data TEXT NOT NULL,
    PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE INDEX quotes_by_speaker ON quotes(speaker);
CREATE TABLE sanctions (
    article INTEGER NOT NULL, idx INTEGER NOT NULL, imposers TEXT NOT NULL, targets TEXT NOT NULL,
    status TEXT NOT NULL, day TEXT, data TEXT NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE VIEW entities AS
    SELECT canonical, kind, count(*) AS mentions, count(DISTINCT article) AS articles
    FROM mentions GROUP BY canonical, kind;
CREATE TABLE summaries (
    corpus TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL, used_at REAL NOT NULL,
    PRIMARY KEY (corpus, key)) WITHOUT ROWID;
"""
CHILD_TABLES = ("sentences", "mentions", "quotes", "sanctions")


@dataclass
class Store:
    """An open index: the connection, where it lives (`MEMORY` when in memory) and what opening it found."""

    connection: sqlite3.Connection
    location: str
    warnings: list[str] = field(default_factory=list)

    @property
    def in_memory(self) -> bool:
        return self.location == MEMORY

    def close(self) -> None:
        self.connection.close()


class NotAnIndex(Exception):
    """The file is not a usable briefing index (corrupt, foreign or an older schema)."""


def connect(location: str) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL journal, waiting on writers."""
    connection = sqlite3.connect(location, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    if location != MEMORY:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
    return connection


def open_store(path: Path | None) -> Store:
    """The index at `path` (None: in memory), created, validated, or rebuilt as needed. Never raises for a bad
    file or an unwritable place: those become warnings."""
    if path is None:
        return _memory_store([])
    warnings: list[str] = []
    problem = _unwritable(path)
    if problem:
        return _memory_store([f"cannot write {path} ({problem}); working in memory this time "
                              "(set [index] path in briefing.toml to a writable place)"])
    connection: sqlite3.Connection | None = None
    try:
        connection = connect(str(path))
        _prepare(connection)
        return Store(connection, str(path), warnings)
    except (NotAnIndex, sqlite3.DatabaseError) as exc:
        if connection is not None:
            with contextlib.suppress(sqlite3.Error):
                connection.close()
        if isinstance(exc, sqlite3.OperationalError) and is_access_error(exc):
            return _memory_store([f"cannot use {path} ({exc}); working in memory this time"])
        return _rebuilt(path, str(exc))


def _rebuilt(path: Path, reason: str) -> Store:
    aside = set_aside(path)
    warnings = [f"{path} is not a usable briefing index ({reason}); moved it to {aside.name} "
                "and rebuilding"]
    try:
        connection = connect(str(path))
        _prepare(connection)
        return Store(connection, str(path), warnings)
    except (NotAnIndex, sqlite3.DatabaseError) as exc:
        return _memory_store([*warnings, f"cannot rebuild {path} ({exc}); working in memory this time"])


def set_aside(path: Path) -> Path:
    """Move a bad index (and its WAL files, which belong to it) out of the way; returns where it went."""
    aside = path.with_name(path.name + ".broken")
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    if path.exists():
        path.replace(aside)
    return aside


def _memory_store(warnings: list[str]) -> Store:
    connection = connect(MEMORY)
    _prepare(connection)
    return Store(connection, MEMORY, warnings)


def _unwritable(path: Path) -> str:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return exc.strerror or str(exc)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return "folder is read-only"
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return "file is read-only"
    return ""


def is_access_error(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "unable to open" in text or "permission" in text


def _prepare(connection: sqlite3.Connection) -> None:
    """Check the file is ours and current; create the schema in a fresh file."""
    application_id, version, tables = _header(connection)
    if application_id == APPLICATION_ID and version == SCHEMA_VERSION:
        return
    if application_id == 0 and tables == 0:
        connection.execute("BEGIN IMMEDIATE")
        try:
            application_id, version, tables = _header(connection)  # another process may have just made it
            if application_id == 0 and tables == 0:
                for statement in SCHEMA.split(";\n"):  # executescript would commit the transaction
                    if statement.strip():
                        connection.execute(statement)
                connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        return
    if application_id != APPLICATION_ID:
        raise NotAnIndex("a database of another application" if tables else "not a briefing index")
    raise NotAnIndex(f"index format {version}, this version of briefing uses {SCHEMA_VERSION}")


def _header(connection: sqlite3.Connection) -> tuple[int, int, int]:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    return application_id, version, tables
