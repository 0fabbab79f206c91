"""Read analysed articles back from the index, and keep computed summaries in it."""

from __future__ import annotations

import json
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from briefing.config import Config
from briefing.corpus.formats import LoadWarning
from briefing.corpus.loader import CorpusFile
from briefing.index import codec
from briefing.index.refresh import decode_warnings, file_key
from briefing.index.store import connect
from briefing.model import Briefing, Day
from briefing.models import SummaryLine
from briefing.pipeline import AnalysedArticle


@dataclass
class Snapshot:
    """What the index holds for a list of files, in corpus order, with ids made unique across files."""

    analysed: list[AnalysedArticle] = field(default_factory=list)
    warnings: list[LoadWarning] = field(default_factory=list)
    files: list[tuple[str, str, str]] = field(default_factory=list)  # (path, content hash, settings)
    missing: int = 0


def read_snapshot(connection: sqlite3.Connection, files: list[CorpusFile]) -> Snapshot:
    """One consistent read (a single transaction) of every indexed file among `files`."""
    snapshot = Snapshot()
    connection.execute("BEGIN")
    try:
        connection.execute("CREATE TEMP TABLE IF NOT EXISTS selected (file INTEGER PRIMARY KEY, position INTEGER)")
        connection.execute("DELETE FROM temp.selected")
        paths: dict[int, str] = {}
        for position, corpus_file in enumerate(files):
            key = file_key(corpus_file.path)
            row = connection.execute("SELECT id, content_hash, settings, warnings FROM files WHERE path=?",
                                     (key,)).fetchone()
            if row is None:
                snapshot.missing += 1
                continue
            connection.execute("INSERT OR IGNORE INTO temp.selected VALUES (?, ?)", (row[0], position))
            paths[row[0]] = str(corpus_file.path)
            snapshot.warnings.extend(decode_warnings(row[3], corpus_file.path))
            snapshot.files.append((key, row[1], row[2]))
        articles = connection.execute(
            "SELECT a.id, a.file, a.article_id, a.day, a.source, a.title, a.text, a.meta FROM temp.selected s "
            "JOIN articles a ON a.file = s.file ORDER BY s.position, a.ordinal").fetchall()
        children = {table: _children(connection, table) for table in ("sentences", "mentions", "quotes", "sanctions")}
    finally:
        connection.execute("COMMIT")
    analysed = []
    for rowid, file_id, *row in articles:
        article = codec.decode_article(tuple(row), paths[file_id])
        analysed.append(codec.assemble(
            article,
            [codec.decode_sentence(article.id, r) for r in children["sentences"].get(rowid, ())],
            [codec.decode_mention(r) for r in children["mentions"].get(rowid, ())],
            [codec.decode_quote(r[-1]) for r in children["quotes"].get(rowid, ())],
            [codec.decode_sanction(r[-1]) for r in children["sanctions"].get(rowid, ())],
        ))
    snapshot.analysed = unique(analysed)
    return snapshot


def _children(connection: sqlite3.Connection, table: str) -> dict[int, list[tuple[Any, ...]]]:
    grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for article, *row in connection.execute(
            f"SELECT c.* FROM temp.selected s JOIN articles a ON a.file = s.file JOIN {table} c ON c.article = a.id "
            "ORDER BY c.article, c.idx"):
        grouped[article].append(tuple(row))
    return grouped


def unique(analysed: Iterable[AnalysedArticle]) -> list[AnalysedArticle]:
    """Ids made unique the way the loader does it (`id~2`, `id~3` for later files sharing an id)."""
    counts: dict[str, int] = {}
    out = []
    for item in analysed:
        n = counts.get(item.article.id, 0)
        counts[item.article.id] = n + 1
        out.append(item if n == 0 else codec.renamed(item, f"{item.article.id}~{n + 1}"))
    return out


class SummaryCache:
    """Summaries computed for one corpus state, kept in the index (best effort: a failed write is ignored)."""

    def __init__(self, location: str, corpus: str, connection: sqlite3.Connection | None = None) -> None:
        self.location = location
        self.corpus = corpus
        self._stored: dict[str, str] = {}
        if connection is not None:
            self._stored = dict(connection.execute("SELECT key, data FROM summaries WHERE corpus=?", (corpus,)))

    def get(self, key: str) -> list[SummaryLine] | None:
        data = self._stored.get(key)
        if data is None:
            return None
        return [codec.from_json(SummaryLine, line) for line in json.loads(data)]

    def put(self, key: str, lines: list[SummaryLine]) -> None:
        data = json.dumps([codec.to_json(line) for line in lines], ensure_ascii=False)
        self._stored[key] = data
        try:
            connection = connect(self.location)
            try:
                connection.execute("INSERT OR REPLACE INTO summaries VALUES (?, ?, ?, ?)",
                                   (self.corpus, key, data, time.time()))
            finally:
                connection.close()
        except sqlite3.Error:
            pass


def summary_key(actor: str | None, day: Day, new: bool, count: int, algorithm: str) -> str:
    return json.dumps([actor, str(day) if day is not None else None, new, count, algorithm])


class IndexedBriefing(Briefing):
    """A Briefing whose summaries are read from, and written to, the index."""

    def __init__(self, analysed: Iterable[AnalysedArticle], config: Config | None = None, name: str = "",
                 summaries: SummaryCache | None = None) -> None:
        super().__init__(analysed, config, name)
        self._summary_cache = summaries
        self._from_cache: dict[str, list[SummaryLine]] = {}
        self.index_report: object = None

    def summary(self, actor: str | None = None, day: Day = None, new: bool = False, sentences: int | None = None,
                algorithm: str | None = None) -> list[SummaryLine]:
        count = sentences or self.config.summary.sentences
        algorithm = algorithm or self.config.summary.algorithm
        if self._summary_cache is None:
            return super().summary(actor, day, new, count, algorithm)
        key = summary_key(actor, day, new, count, algorithm)
        if key not in self._from_cache:
            lines = self._summary_cache.get(key)
            if lines is None:
                lines = super().summary(actor, day, new, count, algorithm)
                self._summary_cache.put(key, lines)
            self._from_cache[key] = lines
        return self._from_cache[key]
