"""A Briefing that reads the index as it is asked, instead of decoding every analysed article at start.

Articles' metadata (id, day, source) is read at open; corpus-wide aggregates (person names, affiliations, actor
lists, entities, co-actors) are SQL over the mentions table; summary pools select their sentences in SQL; whole
analysed articles are decoded only for `on_day`/`analysed[...]`, and the last ones used are kept (an LRU).
Every answer equals the in-memory `Briefing`'s over the same articles (tests/test_index.py compares them).

The Briefing keeps its own connection and one read transaction for its lifetime: it sees the index as it was
when opened, whatever a later refresh writes (WAL lets both go on).
"""

from __future__ import annotations

import json
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import Any

from briefing.config import Config
from briefing.corpus.loader import CorpusFile
from briefing.index import codec
from briefing.index.read import IndexedBriefing, Snapshot, SummaryCache, select_files
from briefing.index.store import connect
from briefing.model import (
    MAX_POOL,
    MIN_SUMMARY_WORDS,
    UNDATED,
    ActorRow,
    ActorTotals,
    CorpusStats,
    Day,
    EntityRow,
    _Candidate,
    entity_rows,
    filter_actors,
    person_mapping,
    ranked,
    top,
)
from briefing.models import Article, Provenance, Quote, Sanction, Sentence
from briefing.pipeline import AnalysedArticle

CACHE_ARTICLES = 256  # decoded analysed articles kept: a few busy days' worth


@dataclass(frozen=True)
class _Meta:
    rowid: int
    id: str  # unique across the corpus (`id~2` for a later file's duplicate)
    original: str  # the id as stored
    day: date | None
    source: str
    date_source: str


class LazyBriefing(IndexedBriefing):
    """The Briefing over the articles of `files` that the index at `location` holds; see the module docstring."""

    def __init__(self, location: str, files: list[CorpusFile], config: Config | None = None, name: str = "",
                 summaries: SummaryCache | None = None, cache_size: int = CACHE_ARTICLES) -> None:
        super().__init__((), config, name, summaries)
        self._lock = threading.RLock()
        self._db = connect(location)
        self._cache_size = cache_size
        self._decoded: OrderedDict[int, AnalysedArticle] = OrderedDict()
        self._involved: set[str] = set()
        self._actor_lists: dict[Day, list[ActorRow]] = {}
        try:
            self._db.execute("BEGIN")  # one snapshot for the briefing's lifetime
            self.snapshot = Snapshot()
            self._paths = select_files(self._db, files, self.snapshot)
            self._meta = self._read_meta()
            self._create_scratch()
        except BaseException:
            self._db.close()
            raise
        self._by_id = {m.id: m for m in self._meta}
        self._by_rowid = {m.rowid: m for m in self._meta}
        self.articles = _LazyArticles(self)  # type: ignore[assignment]
        self.analysed = _LazyAnalysed(self)  # type: ignore[assignment]

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- opening ---------------------------------------------------------------------------------
    def _read_meta(self) -> list[_Meta]:
        rows = self._db.execute(
            "SELECT a.id, a.article_id, a.day, a.source, json_extract(a.meta, '$.date_source') "
            "FROM temp.selected s JOIN articles a ON a.file = s.file ORDER BY s.position, a.ordinal").fetchall()
        seen: dict[str, int] = {}
        meta = []
        for rowid, article_id, day, source, date_source in rows:
            n = seen.get(article_id, 0)
            seen[article_id] = n + 1
            unique_id = article_id if n == 0 else f"{article_id}~{n + 1}"
            meta.append(_Meta(rowid, unique_id, article_id, codec.day(day), source, date_source))
        return meta

    def _create_scratch(self) -> None:
        """Temp tables: the selected articles (`sel`, in corpus order) and, once known, the mention roles."""
        db = self._db
        for table in ("sel", "keys", "roles", "involved"):
            db.execute(f"DROP TABLE IF EXISTS temp.{table}")
        db.execute("CREATE TEMP TABLE sel (rowid INTEGER PRIMARY KEY, pos INTEGER NOT NULL, aid TEXT NOT NULL, "
                   "day TEXT)")
        db.executemany("INSERT INTO temp.sel VALUES (?, ?, ?, ?)",
                       [(m.rowid, k, m.id, codec.iso(m.day)) for k, m in enumerate(self._meta)])
        db.execute("CREATE INDEX temp.sel_by_day ON sel(day)")
        db.execute("CREATE TEMP TABLE keys (kind TEXT, canonical TEXT, actor TEXT, entity TEXT, "
                   "PRIMARY KEY (kind, canonical, actor)) WITHOUT ROWID")
        db.execute("CREATE TEMP TABLE roles (kind TEXT, canonical TEXT, actor TEXT, name TEXT, "
                   "PRIMARY KEY (kind, canonical, actor, name)) WITHOUT ROWID")
        db.execute("CREATE INDEX temp.roles_by_name ON roles(name)")
        db.execute("CREATE TEMP TABLE involved (name TEXT, article INTEGER, sentence INTEGER, "
                   "PRIMARY KEY (name, article, sentence)) WITHOUT ROWID")

    def _query(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, parameters).fetchall()

    def _scope(self, day: Day) -> tuple[str, tuple[Any, ...]]:
        """A condition on `s` (temp.sel) selecting `day`'s articles."""
        if day is None:
            return "1", ()
        if day == UNDATED:
            return "s.day IS NULL", ()
        return "s.day = ?", (codec.iso(day),)  # type: ignore[arg-type]

    # -- corpus ----------------------------------------------------------------------------------
    def stats(self) -> CorpusStats:
        days = self.days()
        return CorpusStats(
            name=self.name, articles=len(self._meta), days=len(days),
            sources=len({m.source for m in self._meta if m.source}),
            undated=sum(1 for m in self._meta if m.day is None),
            first_day=days[0] if days else None, last_day=days[-1] if days else None,
            date_sources=tuple(Counter(m.date_source for m in self._meta).most_common()),
        )

    @cached_property
    def _days(self) -> list[date]:
        return sorted({m.day for m in self._meta if m.day is not None})

    def days(self) -> list[date]:
        return list(self._days)

    def has_undated(self) -> bool:
        return any(m.day is None for m in self._meta)

    def day_counts(self) -> dict[date, int]:
        return dict(sorted(Counter(m.day for m in self._meta if m.day).items()))

    def _metas(self, day: Day) -> list[_Meta]:
        if day is None:
            return list(self._meta)
        if day == UNDATED:
            return [m for m in self._meta if m.day is None]
        return [m for m in self._meta if m.day == day]

    def _article_ids(self, day: Day) -> list[str]:
        return [m.id for m in self._metas(day)]

    def on_day(self, day: Day) -> list[AnalysedArticle]:
        return self._analysed([m.rowid for m in self._metas(day)])

    def sentence(self, article_id: str, index: int) -> Sentence:
        meta = self._by_id[article_id]
        rows = self._query("SELECT article, idx, paragraph, span_start, span_end, text, day FROM sentences "
                           "WHERE article = ? AND idx = ?", (meta.rowid, index))
        if not rows:
            raise IndexError(f"{article_id} has no sentence {index}")
        return codec.decode_sentences(article_id, rows)[0]

    # -- decoding whole articles -------------------------------------------------------------------
    def _article(self, meta: _Meta) -> Article:
        row = self._query("SELECT article_id, day, source, title, text, meta, file FROM articles WHERE id = ?",
                          (meta.rowid,))[0]
        article = codec.decode_article(row[:6], self._paths[row[6]])
        return article if meta.id == meta.original else replace(article, id=meta.id)

    def _analysed(self, rowids: list[int]) -> list[AnalysedArticle]:
        """Analysed articles by index row, decoded in batches; the most recently used are kept."""
        with self._lock:
            missing = [r for r in rowids if r not in self._decoded]
            for start in range(0, len(missing), 500):
                batch = missing[start:start + 500]
                for item in self._decode(batch):
                    self._decoded[item[0]] = item[1]
            out = []
            for rowid in rowids:
                self._decoded.move_to_end(rowid)
                out.append(self._decoded[rowid])
            while len(self._decoded) > max(self._cache_size, len(rowids)):
                self._decoded.popitem(last=False)
            return out

    def _decode(self, rowids: list[int]) -> Iterator[tuple[int, AnalysedArticle]]:
        marks = ", ".join("?" * len(rowids))
        children: dict[str, dict[int, list[tuple[Any, ...]]]] = {}
        for table, columns in _CHILD_COLUMNS.items():
            grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
            for row in self._db.execute(f"SELECT {columns} FROM {table} WHERE article IN ({marks}) "
                                        "ORDER BY article, idx", rowids):
                grouped[row[0]].append(row)
            children[table] = grouped
        for rowid in rowids:
            meta = self._by_rowid[rowid]
            row = self._db.execute("SELECT article_id, day, source, title, text, meta, file FROM articles "
                                   "WHERE id = ?", (rowid,)).fetchone()
            article = codec.decode_article(row[:6], self._paths[row[6]])
            found, where, actors = codec.decode_mentions(children["mentions"][rowid])
            item = AnalysedArticle(
                article=article, sentences=codec.decode_sentences(meta.original, children["sentences"][rowid]),
                mentions=found, mention_sentences=where, mention_actors=actors,
                quotes=tuple(codec.decode_quote(r[1]) for r in children["quotes"][rowid]),
                sanctions=tuple(codec.decode_sanction(r[1]) for r in children["sanctions"][rowid]))
            yield rowid, (item if meta.id == meta.original else codec.renamed(item, meta.id))

    # -- people and roles -------------------------------------------------------------------------
    @cached_property
    def _key_counts(self) -> list[tuple[str, str, str, int]]:
        """(kind, raw canonical, actor, mentions) over the corpus's mentions."""
        return self._kept(  # type: ignore[no-any-return]
            ["mention keys"], lambda: self._query("SELECT m.kind, m.canonical, m.actor, count(*) FROM temp.sel s "
                                                  "JOIN mentions m ON m.article = s.rowid GROUP BY 1, 2, 3"),
            lambda rows: [list(r) for r in rows], lambda data: [tuple(r) for r in data])

    @cached_property
    def person_names(self) -> dict[str, str]:
        counts: Counter[str] = Counter()
        for kind, canonical, _, n in self._key_counts:
            if kind == "person":
                counts[canonical] += n
        return person_mapping(counts)

    @cached_property
    def affiliations(self) -> dict[str, str]:
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for kind, canonical, actor, n in self._key_counts:
            if kind == "person" and actor:
                votes[self._person(canonical)][actor] += n
        return {person: top(counter) for person, counter in votes.items()}

    @cached_property
    def _roles(self) -> dict[tuple[str, str, str], tuple[str, tuple[str, ...]]]:
        """Each (kind, raw canonical, actor) seen: its canonical name and the actors it counts towards; also
        written to temp tables `keys` and `roles` for the SQL that follows."""
        roles = {(kind, canonical, actor): self._role(kind, canonical, actor)
                 for kind, canonical, actor, _ in self._key_counts}
        with self._lock:
            self._db.executemany("INSERT OR IGNORE INTO temp.keys VALUES (?, ?, ?, ?)",
                                 [(*key, role[0]) for key, role in roles.items()])
            self._db.executemany("INSERT OR IGNORE INTO temp.roles VALUES (?, ?, ?, ?)",
                                 [(*key, name) for key, role in roles.items() for name in role[1]])
        return roles

    def _involve(self, actor: str) -> None:
        """Fill temp.involved with the sentences that involve `actor` (once per actor)."""
        if actor in self._involved:
            return
        _ = self._roles
        with self._lock:
            self._db.execute(
                "INSERT OR IGNORE INTO temp.involved SELECT DISTINCT r.name, m.article, m.sentence FROM temp.roles r "
                "CROSS JOIN mentions m INDEXED BY mentions_by_canonical ON m.canonical = r.canonical "
                "AND m.kind = r.kind AND m.actor = r.actor CROSS JOIN temp.sel s ON s.rowid = m.article "
                "WHERE r.name = ?", (actor,))
            self._involved.add(actor)

    @cached_property
    def _sentence_actors(self) -> dict[tuple[str, int], frozenset[str]]:
        _ = self._roles
        found: dict[tuple[str, int], set[str]] = defaultdict(set)
        for aid, sentence, name in self._query(
                "SELECT s.aid, m.sentence, r.name FROM temp.sel s CROSS JOIN mentions m ON m.article = s.rowid "
                "CROSS JOIN temp.roles r ON r.kind = m.kind AND r.canonical = m.canonical AND r.actor = m.actor "
                "ORDER BY s.pos, m.idx"):
            found[(aid, sentence)].add(name)
        return {key: frozenset(value) for key, value in found.items()}

    # -- actors and entities ---------------------------------------------------------------------
    def actors(self, day: Day = None, query: str = "") -> list[ActorRow]:
        return filter_actors(self._actor_rows(day), query)

    def _actor_rows(self, day: Day) -> list[ActorRow]:
        if day not in self._actor_lists:
            self._actor_lists[day] = self._kept(
                ["actors", str(day) if day is not None else None], lambda: self._compute_actor_rows(day),
                lambda rows: [codec.to_json(r) for r in rows], lambda data: [_actor_row(r) for r in data])
        return self._actor_lists[day]

    def _kept(self, key: list[Any], compute: Any, encode: Any, decode: Any) -> Any:
        """A corpus-wide answer from the index when an earlier run kept it there, else computed and kept."""
        cache = self._summary_cache
        if cache is None:
            return compute()
        name = json.dumps(key)
        data = cache.get_json(name)
        if data is not None:
            return decode(data)
        value = compute()
        cache.put_json(name, encode(value))
        return value

    def _compute_actor_rows(self, day: Day) -> list[ActorRow]:
        roles = self._roles
        where, parameters = self._scope(day)
        totals = ActorTotals(Counter(), Counter(), defaultdict(Counter), defaultdict(Counter), defaultdict(set))
        for kind, canonical, actor, text, n in self._query(
                "SELECT m.kind, m.canonical, m.actor, m.text, count(*) FROM temp.sel s "
                f"JOIN mentions m ON m.article = s.rowid WHERE {where} GROUP BY 1, 2, 3, 4", parameters):
            own_canonical, counted = roles[(kind, canonical, actor)]
            if counted:
                own = counted[0]
                totals.aliases[own].add(text)
                if own == own_canonical:
                    totals.kinds[own][kind] += n
        for name, published, n, articles in self._query(
                "SELECT r.name, s.day, count(*), count(DISTINCT m.article) FROM temp.sel s "
                "CROSS JOIN mentions m ON m.article = s.rowid "
                "CROSS JOIN temp.roles r ON r.kind = m.kind AND r.canonical = m.canonical AND r.actor = m.actor "
                f"WHERE {where} GROUP BY r.name, s.day", parameters):
            totals.mentions[name] += n
            totals.articles[name] += articles  # an article has one day, so per-day counts add up
            if published:
                totals.per_day[name][codec.day(published)] += n
        return totals.rows()

    def entities(self, day: Day = None, actor: str | None = None, kind: str | None = None) -> list[EntityRow]:
        _ = self._roles
        where, parameters = self._scope(day)
        joins = ""
        if kind:
            where += " AND m.kind = ?"
            parameters = (*parameters, kind)
        if actor:
            self._involve(actor)
            joins = "CROSS JOIN temp.involved i ON i.name = ? AND i.article = m.article AND i.sentence = m.sentence "
            parameters = (actor, *parameters)
        counts: Counter[tuple[str, str]] = Counter()
        articles: Counter[tuple[str, str]] = Counter()
        aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
        for entity, entity_kind, text, n in self._query(
                "SELECT k.entity, m.kind, m.text, count(*) FROM temp.sel s "
                f"CROSS JOIN mentions m ON m.article = s.rowid {joins}"
                "CROSS JOIN temp.keys k ON k.kind = m.kind AND k.canonical = m.canonical AND k.actor = m.actor "
                f"WHERE {where} GROUP BY 1, 2, 3", parameters):
            counts[(entity, entity_kind)] += n
            aliases[(entity, entity_kind)].add(text)
        for entity, entity_kind, spread in self._query(
                "SELECT k.entity, m.kind, count(DISTINCT m.article) FROM temp.sel s "
                f"CROSS JOIN mentions m ON m.article = s.rowid {joins}"
                "CROSS JOIN temp.keys k ON k.kind = m.kind AND k.canonical = m.canonical AND k.actor = m.actor "
                f"WHERE {where} GROUP BY 1, 2", parameters):
            articles[(entity, entity_kind)] = spread
        return entity_rows(counts, articles, aliases)

    def co_actors(self, actor: str, day: Day = None) -> list[tuple[str, int]]:
        self._involve(actor)
        where, parameters = self._scope(day)
        together = Counter({name: n for name, n in self._query(
            "SELECT name, count(*) FROM (SELECT DISTINCT r.name, i.article, i.sentence FROM temp.involved i "
            "CROSS JOIN temp.sel s ON s.rowid = i.article "
            "CROSS JOIN mentions m ON m.article = i.article AND m.sentence = i.sentence "
            "CROSS JOIN temp.roles r ON r.kind = m.kind AND r.canonical = m.canonical AND r.actor = m.actor "
            f"WHERE i.name = ? AND r.name != ? AND {where}) GROUP BY name", (actor, actor, *parameters))})
        return ranked(together)

    # -- quotes and sanctions --------------------------------------------------------------------
    def _records(self, table: str) -> list[tuple[_Meta, Any]]:
        """Every quote or sanction of the corpus, decoded, in corpus order, with its article's metadata."""
        decode = codec.decode_quote if table == "quotes" else codec.decode_sanction
        out = []
        for rowid, data in self._query(f"SELECT s.rowid, t.data FROM temp.sel s JOIN {table} t "
                                       "ON t.article = s.rowid ORDER BY s.pos, t.idx"):
            meta = self._by_rowid[rowid]
            record = decode(data)
            out.append((meta, record if meta.id == meta.original else codec.rename_record(record, meta.original,
                                                                                          meta.id)))
        return out

    @cached_property
    def _quotes(self) -> list[Quote]:
        return self._kept(  # type: ignore[no-any-return]
            ["quotes"], lambda: self._merged_quotes([(q, m.source or m.id) for m, q in self._records("quotes")]),
            lambda quotes: [codec.to_json(q) for q in quotes], lambda data: [codec.from_json(Quote, q) for q in data])

    @cached_property
    def _sanctions(self) -> list[tuple[_Meta, Sanction]]:
        return self._records("sanctions")

    def sanctions(self, actor: str | None = None, day: Day = None) -> list[Sanction]:
        wanted = None if day is None else {m.rowid for m in self._metas(day)}
        out = []
        for meta, sanction in self._sanctions:
            if wanted is not None and meta.rowid not in wanted:
                continue
            if actor and actor not in sanction.by and actor not in sanction.targets:
                continue
            provenance = Provenance(meta.id, sanction.sentence, sanction.start, sanction.end, meta.source or meta.id,
                                    meta.day)
            out.append(replace(sanction, sources=(*sanction.sources, provenance)))
        return sorted(out, key=lambda s: (s.date or date.min, s.article, s.sentence))

    # -- summaries -------------------------------------------------------------------------------
    def _pool(self, actor: str | None, day: Day) -> list[_Candidate]:
        where, parameters = self._scope(day)
        if actor:
            self._involve(actor)
            body = ("FROM temp.involved i CROSS JOIN temp.sel s ON s.rowid = i.article "
                    "CROSS JOIN sentences t ON t.article = i.article AND t.idx = i.sentence "
                    f"WHERE i.name = ? AND t.words >= {MIN_SUMMARY_WORDS} AND {where}")
            parameters = (actor, *parameters)
        else:
            body = (f"FROM temp.sel s CROSS JOIN sentences t ON t.article = s.rowid "
                    f"WHERE t.words >= {MIN_SUMMARY_WORDS} AND {where}")
        size = self._query(f"SELECT count(*) {body}", parameters)[0][0]
        columns = "SELECT s.rowid, t.article, t.idx, t.paragraph, t.span_start, t.span_end, t.text, t.day "
        if size <= MAX_POOL:
            rows = self._query(f"{columns}{body} ORDER BY s.pos, t.idx", parameters)
        else:  # each article's leading sentences, as the in-memory pool keeps them
            rows = self._query(f"{columns}{body} ORDER BY t.idx, s.aid LIMIT {MAX_POOL}", parameters)
        pool = []
        for rowid, *row in rows:
            meta = self._by_rowid[rowid]
            sentence = codec.decode_sentences(meta.id, [row])[0]
            pool.append(_Candidate(sentence, meta.source or meta.id, meta.day))
        if size > MAX_POOL:
            pool.sort(key=lambda c: (c.day or date.min, c.sentence.article, c.sentence.index))
        return pool


# The columns read back from each child table, in the order its decoder takes them (article first).
_CHILD_COLUMNS = {
    "sentences": "article, idx, paragraph, span_start, span_end, text, day",
    "mentions": "article, span_start, span_end, text, kind, canonical, affiliation, sentence, actor",
    "quotes": "article, data",
    "sanctions": "article, data",
}


def _actor_row(data: dict[str, Any]) -> ActorRow:
    return ActorRow(data["name"], data["kind"], data["mentions"], data["articles"], data["salience"],
                    tuple((codec.day(d), n) for d, n in data["days"]), tuple(data["aliases"]))


class _LazyArticles(Mapping[str, Article]):
    """`Briefing.articles` read on demand (ids in corpus order)."""

    def __init__(self, briefing: LazyBriefing) -> None:
        self._briefing = briefing

    def __getitem__(self, key: str) -> Article:
        return self._briefing._article(self._briefing._by_id[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._briefing._by_id)

    def __len__(self) -> int:
        return len(self._briefing._by_id)


class _LazyAnalysed(Mapping[str, AnalysedArticle]):
    """`Briefing.analysed` decoded on demand (ids in corpus order)."""

    def __init__(self, briefing: LazyBriefing) -> None:
        self._briefing = briefing

    def __getitem__(self, key: str) -> AnalysedArticle:
        return self._briefing._analysed([self._briefing._by_id[key].rowid])[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self._briefing._by_id)

    def __len__(self) -> int:
        return len(self._briefing._by_id)

    def values(self) -> Any:
        rowids = [m.rowid for m in self._briefing._meta]
        for start in range(0, len(rowids), 500):
            yield from self._briefing._analysed(rowids[start:start + 500])
