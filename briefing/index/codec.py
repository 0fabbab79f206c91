"""Rows in the index's schema from an `AnalysedArticle`, and back, exactly.

Hot records (sentences, mentions) are plain columns; the rest (an article's lines and metadata, quotes,
sanctions) is one JSON value per record, encoded generically from the dataclass fields and decoded with
their type hints. `decode(encode(a)) == a` for every analysed article (tested on the sample corpus).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

from briefing.model import word_count
from briefing.models import Article, EntityMention, Line, Quote, Sanction, Sentence
from briefing.pipeline import AnalysedArticle

# One article as rows: (article row, sentence rows, mention rows, quote rows, sanction rows); the article's
# key in the database is prepended to each child row by the writer.
ArticleRows = tuple[tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]],
                    list[tuple[Any, ...]]]


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@cache
def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def to_json(value: Any) -> Any:
    """The JSON form of a record: dataclasses as objects, tuples as lists, dates as ISO strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_json(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_json(kind: Any, value: Any) -> Any:
    """The record of type `kind` whose JSON form is `value` (the inverse of `to_json`)."""
    if value is None:
        return None
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{k: from_json(hints[k], v) for k, v in value.items()})
    origin = typing.get_origin(kind)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(from_json(item, v) for v in value)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return from_json(options[0], value) if len(options) == 1 else value
    if kind is date:
        return day(value)
    return value


def encode(item: AnalysedArticle, file_path: str) -> ArticleRows:
    """Rows for one analysed article. `Article.path` is kept relative to `file_path`, so the same file reached
    by another spelling of its path decodes with that spelling."""
    article = item.article
    path = article.path
    relative = path.startswith(file_path)
    meta = {
        "path": path[len(file_path):] if relative else path, "relative": relative,
        "date_source": article.date_source, "url": article.url, "author": article.author,
        "dateline": article.dateline, "warnings": list(article.warnings), "content_hash": article.content_hash,
        "lines": [[ln.number, ln.start, ln.end, ln.text, ln.role, ln.reason] for ln in article.lines],
    }
    article_row = (article.id, iso(article.published), article.source, article.title, article.text,
                   json.dumps(meta, ensure_ascii=False))
    sentences = [(s.index, s.paragraph, s.start, s.end, iso(s.date), s.text, word_count(s.text))
                 for s in item.sentences]
    mentions = [(i, m.start, m.end, m.text, m.kind, m.canonical, m.affiliation, sentence, actor)
                for i, (m, sentence, actor) in enumerate(zip(item.mentions, item.mention_sentences,
                                                             item.mention_actors, strict=True))]
    quotes = [(i, q.speaker, iso(q.date), json.dumps(to_json(q), ensure_ascii=False))
              for i, q in enumerate(item.quotes)]
    sanctions = [(i, " | ".join(s.by), " | ".join(s.targets), s.status, iso(s.date),
                  json.dumps(to_json(s), ensure_ascii=False)) for i, s in enumerate(item.sanctions)]
    return article_row, sentences, mentions, quotes, sanctions


def decode_article(row: tuple[Any, ...], file_path: str) -> Article:
    """An `Article` from (article_id, day, source, title, text, meta JSON)."""
    article_id, published, source, title, text, meta_json = row
    meta = json.loads(meta_json)
    return Article(
        id=article_id, path=(file_path + meta["path"]) if meta["relative"] else meta["path"], title=title,
        source=source, published=day(published), date_source=meta["date_source"], text=text, url=meta["url"],
        author=meta["author"], dateline=meta["dateline"], lines=tuple(Line(*ln) for ln in meta["lines"]),
        warnings=tuple(meta["warnings"]), content_hash=meta["content_hash"],
    )


def decode_sentences(article_id: str, rows: Iterable[tuple[Any, ...]]) -> tuple[Sentence, ...]:
    """Sentences from rows (article, idx, paragraph, start, end, text, day)."""
    return tuple(Sentence(article_id, r[1], r[2], r[3], r[4], r[5], day(r[6])) for r in rows)


def decode_mentions(rows: Iterable[tuple[Any, ...]]
                    ) -> tuple[tuple[EntityMention, ...], tuple[int, ...], tuple[str, ...]]:
    """(mentions, their sentence indexes, their actors) from rows (article, start, end, text, kind, canonical,
    affiliation, sentence, actor)."""
    rows = list(rows)
    return (tuple(EntityMention(r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows), tuple(r[7] for r in rows),
            tuple(r[8] for r in rows))


def decode_quote(data: str) -> Quote:
    return from_json(Quote, json.loads(data))


def decode_sanction(data: str) -> Sanction:
    return from_json(Sanction, json.loads(data))


def rename_record(record: Any, old: str, new_id: str) -> Any:
    """A record (sentence, quote, sanction, provenance) whose article `old` is now called `new_id`."""
    changes: dict[str, Any] = {}
    if getattr(record, "article", None) == old:
        changes["article"] = new_id
    if getattr(record, "sources", ()):
        changes["sources"] = tuple(rename_record(p, old, new_id) for p in record.sources)
    return dataclasses.replace(record, **changes) if changes else record


def renamed(item: AnalysedArticle, new_id: str) -> AnalysedArticle:
    """The analysed article under another id (two files shared one), every record's provenance following."""
    old = item.article.id

    def fix(record: Any) -> Any:
        return rename_record(record, old, new_id)

    return dataclasses.replace(
        item, article=dataclasses.replace(item.article, id=new_id),
        sentences=tuple(fix(s) for s in item.sentences), quotes=tuple(fix(q) for q in item.quotes),
        sanctions=tuple(fix(s) for s in item.sanctions),
    )


__all__ = ["ArticleRows", "day", "decode_article", "decode_mentions", "decode_quote", "decode_sanction",
           "decode_sentences", "encode", "from_json", "iso", "rename_record", "renamed",
           "to_json"]
