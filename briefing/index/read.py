"""Read analysed articles back from the index, and keep computed summaries in it."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
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


def select_files(connection: sqlite3.Connection, files: list[CorpusFile], snapshot: Snapshot) -> dict[int, str]:
    """Fill temp.selected (file row, corpus position) with the indexed files among `files`; note their warnings
    and (path, hash, settings) in `snapshot`. Returns each selected file row's path as the corpus spells it."""
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
    return paths


def read_snapshot(connection: sqlite3.Connection, files: list[CorpusFile]) -> Snapshot:
    """One consistent read (a single transaction) of every indexed file among `files`."""
    snapshot = Snapshot()
    connection.execute("BEGIN")
    try:
        paths = select_files(connection, files, snapshot)
        articles = connection.execute(
            "SELECT a.id, a.file, a.article_id, a.day, a.source, a.title, a.text, a.meta FROM temp.selected s "
            "JOIN articles a ON a.file = s.file ORDER BY s.position, a.ordinal").fetchall()
        ids = {row[0]: row[2] for row in articles}
        everything = len(ids) * 2 >= connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        children = {table: _children(connection, table, columns, ids, everything)
                    for table, columns in _CHILD_COLUMNS.items()}
    finally:
        connection.execute("COMMIT")
    sentences, mentions, quotes, sanctions = (children[t] for t in _CHILD_COLUMNS)
    analysed = []
    no_mentions: tuple[tuple, tuple, tuple] = ((), (), ())
    for rowid, file_id, *row in articles:
        article = codec.decode_article(tuple(row), paths[file_id])
        found, where, actors = mentions.get(rowid, no_mentions)
        analysed.append(AnalysedArticle(
            article=article, sentences=sentences.get(rowid, ()), mentions=found, mention_sentences=where,
            mention_actors=actors, quotes=quotes.get(rowid, ()), sanctions=sanctions.get(rowid, ()),
        ))
    snapshot.analysed = unique(analysed)
    return snapshot


# The columns read back from each child table, in the order its decoder takes them (article first).
_CHILD_COLUMNS = {
    "sentences": "article, idx, paragraph, span_start, span_end, text, day",
    "mentions": "article, span_start, span_end, text, kind, canonical, affiliation, sentence, actor",
    "quotes": "article, data",
    "sanctions": "article, data",
}


def _children(connection: sqlite3.Connection, table: str, columns: str, ids: dict[int, str], everything: bool
              ) -> dict[int, Any]:
    """Each wanted article's decoded records of `table`. When most articles are wanted, one scan of the table
    in key order is faster than a join."""
    if everything:
        cursor = connection.execute(f"SELECT {columns} FROM {table} ORDER BY article, idx")
    else:
        qualified = ", ".join(f"c.{c.strip()}" for c in columns.split(","))
        cursor = connection.execute(
            f"SELECT {qualified} FROM temp.selected s JOIN articles a ON a.file = s.file "
            f"JOIN {table} c ON c.article = a.id ORDER BY c.article, c.idx")
    decoded: dict[int, Any] = {}
    for article, rows in groupby(cursor, itemgetter(0)):
        article_id = ids.get(article)
        if article_id is None:
            continue
        if table == "sentences":
            decoded[article] = codec.decode_sentences(article_id, rows)
        elif table == "mentions":
            decoded[article] = codec.decode_mentions(rows)
        elif table == "quotes":
            decoded[article] = tuple(codec.decode_quote(r[1]) for r in rows)
        else:
            decoded[article] = tuple(codec.decode_sanction(r[1]) for r in rows)
    return decoded


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
        data = self.get_json(key)
        return None if data is None else [codec.from_json(SummaryLine, line) for line in data]

    def put(self, key: str, lines: list[SummaryLine]) -> None:
        self.put_json(key, [codec.to_json(line) for line in lines])

    def get_json(self, key: str) -> Any:
        """Any other corpus-wide answer kept under `key` (e.g. the actor list), as JSON; None when absent."""
        data = self._stored.get(key)
        return None if data is None else json.loads(data)

    def put_json(self, key: str, value: Any) -> None:
        data = json.dumps(value, ensure_ascii=False)
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

    def use_summary_cache(self, summaries: SummaryCache) -> None:
        self._summary_cache = summaries

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
