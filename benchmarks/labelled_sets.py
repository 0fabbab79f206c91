"""What a hand-labelled article (tests/data/extract_*.json) gives the extractors: its text, date and source."""

from __future__ import annotations

import json
from datetime import date
from functools import cache

from _shared import REPO, SHARED


@cache
def _shared_rows(relative: str) -> dict[str, dict]:
    with (SHARED / relative).open(encoding="utf-8") as fh:
        return {row["id"]: row for row in map(json.loads, fh)}


def article_inputs(art: dict) -> tuple[str, date | None, str]:
    """The article's text (copied in, named in a shared evaluation file, or a sample-corpus path), its date, and
    the source the pipeline would pass: its URL or outlet (State Dept ids are their URLs)."""
    text = art.get("text") or (_shared_rows(art["shared"])[art["id"]]["text"] if art.get("shared") else "") or \
        (REPO / art["path"]).read_text(encoding="utf-8")
    published = date.fromisoformat(art["published"]) if art.get("published") else None
    source = art.get("url") or art.get("source") or (art["id"] if art["id"].startswith("http") else "")
    return text, published, source
