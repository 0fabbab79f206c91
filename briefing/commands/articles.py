"""`briefing articles`: the corpus overview, one row per article."""

from __future__ import annotations

import argparse
from typing import Any

from briefing.views.output import emit


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("articles", parents=parents, help="list the articles of the corpus")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, session: Any) -> int:
    from briefing.language.sentences import sentence_spans
    from briefing.language.words import words

    rows = []
    for article in session.articles():
        rows.append({
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "published": article.published,
            "date_source": article.date_source,
            "sentences": len(sentence_spans(article.text)),
            "words": len(words(article.text)),
            "furniture": len(article.furniture),
            "warnings": list(article.warnings),
            "path": article.path,
            "url": article.url,
            "author": article.author,
            "dateline": article.dateline,
            # Everything the loader kept out of the body, with the line it was on and why.
            "set_aside": [{"line": line.number + 1, "role": line.role, "reason": line.reason, "text": line.text}
                          for line in article.lines if line.role != "body"],
        })
    emit(rows, args.format, columns=("id", "title", "source", "published", "date_source", "sentences", "words",
                                     "furniture", "warnings"))
    return 0
