"""`briefing quotes`: key quotes with who said them and every outlet that carried them."""

from __future__ import annotations

import argparse
from typing import Any

from briefing.commands._options import actor_of, add_filters, day_of
from briefing.views.output import emit


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("quotes", parents=parents, help="key quotes and their speakers")
    add_filters(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, session: Any) -> int:
    briefing = session.briefing()
    quotes = briefing.quotes(actor=actor_of(args, briefing), day=day_of(args))
    if args.format == "json":
        emit(quotes, "json", columns=())
        return 0
    rows = [{"date": q.date, "speaker": q.speaker or "(unattributed)", "affiliation": q.affiliation,
             "sources": sorted({p.source for p in q.sources}) or [q.article], "quote": q.text} for q in quotes]
    emit(rows, args.format, columns=("date", "speaker", "affiliation", "sources", "quote"))
    return 0
