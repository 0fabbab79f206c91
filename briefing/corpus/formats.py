"""Read the documents in one file: .txt/.md (optional front matter), .json, .jsonl, .html/.htm.

Each reader yields `RawDocument`s or `LoadWarning`s; one bad record never stops the others.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from briefing.corpus.fields import normalise_record

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES


@dataclass(frozen=True)
class LoadWarning:
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class RawDocument:
    path: str
    text: str
    meta: dict[str, str] = field(default_factory=dict)
    line: int | None = None  # the line of a JSONL record, the position of a JSON list item
    index: int = 0
    problems: list[str] = field(default_factory=list)


def read_documents(path: str, suffix: str, text: str) -> Iterator[RawDocument | LoadWarning]:
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, text)
    elif suffix in JSON_SUFFIXES:
        yield from _read_json(path, text)
    elif suffix in HTML_SUFFIXES:
        from briefing.corpus.html import html_document

        yield html_document(path, text)
    else:
        yield _read_text(path, text)


_FRONT_MATTER = re.compile(r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)\r?\n(?P=fence)[ \t]*(?:\r?\n|\Z)", re.S)


def _read_text(path: str, text: str) -> RawDocument | LoadWarning:
    match = _FRONT_MATTER.match(text)
    if not match:
        return RawDocument(path, text)
    body = text[match.end():]
    problems: list[str] = []
    if match.group("fence") == "+++":
        try:
            record = tomllib.loads(match.group("body"))
        except tomllib.TOMLDecodeError as exc:
            return RawDocument(path, body, problems=[f"front matter is not valid TOML ({exc}); ignored"])
    else:
        record = {}
        for row in match.group("body").splitlines():
            key, sep, value = row.partition(":")
            if sep and key.strip() and not key.startswith((" ", "\t", "#")):
                record[key.strip()] = value.strip().strip("'\"")
    meta, problems = normalise_record(record)
    return RawDocument(path, body, meta=meta, problems=problems)


def _record(path: str, value: Any, line: int | None, index: int, label: str = "") -> RawDocument | LoadWarning:
    if not isinstance(value, dict):
        return LoadWarning(path, f"{label}expected an object, got {type(value).__name__}; record skipped", line)
    meta, problems = normalise_record(value)
    text = meta.pop("text", "")
    if not text.strip():
        return LoadWarning(path, f"{label}record has no text (looked for text/body/content); skipped", line)
    return RawDocument(path, text, meta=meta, line=line, index=index, problems=problems)


def _read_jsonl(path: str, text: str) -> Iterator[RawDocument | LoadWarning]:
    for number, row in enumerate(text.splitlines(), 1):
        if not row.strip():
            continue
        try:
            value = json.loads(row)
        except json.JSONDecodeError as exc:
            yield LoadWarning(path, f"malformed JSON ({exc.msg} at column {exc.colno}); line skipped", number)
            continue
        yield _record(path, value, number, number)


def _read_json(path: str, text: str) -> Iterator[RawDocument | LoadWarning]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield LoadWarning(path, f"malformed JSON ({exc.msg}, column {exc.colno}); file skipped", exc.lineno)
        return
    if isinstance(value, dict) and not any(k in value for k in ("text", "body", "content")):
        for key in ("articles", "items", "data", "results", "documents", "entries"):
            if isinstance(value.get(key), list):
                value = value[key]
                break
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items):
        yield _record(path, item, None, index, f"item {index}: " if len(items) > 1 else "")
