"""`briefing actors`: the actors a briefing is organised by, most salient first."""

from __future__ import annotations

import argparse
from typing import Any

from briefing.commands._options import add_filters, day_of
from briefing.views.output import emit


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("actors", parents=parents, help="actors ranked by salience")
    add_filters(parser, actor=False)
    parser.add_argument("--filter", default="", metavar="TEXT", help="only actors whose name or alias contains TEXT")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, session: Any) -> int:
    rows = session.briefing().actors(day=day_of(args), query=args.filter)
    if args.format == "json":
        emit(rows, "json", columns=())
        return 0
    table = [{"name": r.name, "kind": r.kind, "mentions": r.mentions, "articles": r.articles,
              "days": len(r.days), "aliases": r.aliases} for r in rows]
    emit(table, args.format, columns=("name", "kind", "mentions", "articles", "days", "aliases"))
    return 0
