"""`briefing entities`: people, organisations and places with their mention counts."""

from __future__ import annotations

import argparse
from typing import Any

from briefing.commands._options import actor_of, add_filters, day_of
from briefing.views.output import emit


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("entities", parents=parents, help="people, organisations and places")
    add_filters(parser)
    parser.add_argument("--kind", choices=("person", "organization", "place", "other"), help="only this kind")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, session: Any) -> int:
    briefing = session.briefing()
    rows = briefing.entities(day=day_of(args), actor=actor_of(args, briefing), kind=args.kind)
    emit(rows, args.format, columns=("name", "kind", "mentions", "articles", "aliases"))
    return 0
