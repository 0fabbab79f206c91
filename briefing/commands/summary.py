"""`briefing summary`: the extractive summary for an actor and/or a day."""

from __future__ import annotations

import argparse
from typing import Any

from briefing.commands._options import actor_of, add_filters, add_summary_options, day_of, sentences_of
from briefing.views.output import emit


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("summary", parents=parents, help="extractive summary by actor and day")
    add_filters(parser)
    parser.add_argument("--new", action="store_true", help="only what no earlier day carried")
    add_summary_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, session: Any) -> int:
    briefing = session.briefing()
    lines = briefing.summary(actor=actor_of(args, briefing), day=day_of(args), new=args.new,
                             sentences=sentences_of(args), algorithm=args.algorithm)
    if args.format == "json":
        emit(lines, "json", columns=())
        return 0
    rows = [{"date": line.date, "new": "new" if line.new else "", "sources": line.corroboration,
             "reported by": sorted({p.source for p in line.sources}), "text": line.text} for line in lines]
    emit(rows, args.format, columns=("date", "new", "sources", "reported by", "text"))
    return 0
