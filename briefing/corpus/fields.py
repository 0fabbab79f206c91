"""The field names articles carry in the wild, mapped to ours."""

from __future__ import annotations

from typing import Any

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "maintext", "full_text", "story", "description"),
    "title": ("title", "headline", "name", "heading"),
    "published": ("published", "date", "pubdate", "pub_date", "published_at", "publishedat", "publication_date",
                  "datetime", "timestamp", "created", "created_at", "date_publish", "updated"),
    "source": ("source", "outlet", "publisher", "site", "site_name", "sitename", "publication", "feed"),
    "url": ("url", "link", "href", "permalink", "source_url"),
    "id": ("id", "guid", "uuid", "doc_id", "article_id", "_id", "key"),
    "author": ("author", "byline", "authors", "creator", "dc:creator", "writer"),
}
_LOOKUP = {alias: field for field, aliases in FIELD_ALIASES.items() for alias in aliases}


def normalise_record(record: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Map a record's keys to our field names; returns (fields, problems with wrong-typed values).

    The first alias present wins, in the order of FIELD_ALIASES. Lists of strings (authors) are joined;
    a nested {"name": ...} (a source object) gives its name.
    """
    found: dict[str, Any] = {}
    problems: list[str] = []
    lowered = {str(k).lower().replace("-", "_"): v for k, v in record.items()}
    for field, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            if alias in lowered and lowered[alias] not in (None, ""):
                value = _flatten(lowered[alias]) if field != "text" or isinstance(lowered[alias], str) else None
                if value is None:
                    problems.append(f"field '{alias}' has a {type(lowered[alias]).__name__}, expected text")
                    continue
                found[field] = value
                break
    return found, problems


def _flatten(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        for key in ("name", "title", "text", "value", "href", "url"):
            if isinstance(value.get(key), str):
                return value[key]
        return None
    if isinstance(value, list):
        parts = [_flatten(v) for v in value]
        strings = [p for p in parts if p]
        return ", ".join(strings) if strings else None
    return None
