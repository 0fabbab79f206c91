"""`briefing entities` (being built)."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("entities", parents=parents, help="entities (coming)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, session: Any) -> int:
    from briefing.errors import BriefingError

    raise BriefingError("'entities' is not available yet")
