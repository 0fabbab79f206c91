"""Options several commands share, and their parsing into model arguments."""

from __future__ import annotations

import argparse
from typing import Any

from briefing.config import SUMMARY_ALGORITHMS
from briefing.errors import UsageError
from briefing.model import Day, parse_day


def add_filters(parser: argparse.ArgumentParser, actor: bool = True) -> None:
    if actor:
        parser.add_argument("--actor", metavar="NAME", help="only what involves this actor (any alias)")
    parser.add_argument("--day", metavar="YYYY-MM-DD", help="only articles published that day ('undated' for none)")


def add_summary_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sentences", type=int, metavar="N", help="lines per summary (default: [summary] sentences)")
    parser.add_argument("--algorithm", choices=SUMMARY_ALGORITHMS, help="summarizer (default: [summary] algorithm)")


def day_of(args: argparse.Namespace) -> Day:
    try:
        return parse_day(getattr(args, "day", None))
    except ValueError:
        raise UsageError(f"--day {args.day!r} is not a date: use YYYY-MM-DD, 'undated' or 'all'") from None


def actor_of(args: argparse.Namespace, briefing: Any) -> str | None:
    """The canonical actor the user named, by canonical name or any alias, case-insensitively."""
    name = getattr(args, "actor", None)
    if not name:
        return None
    resolved = briefing.resolve_actor(name)
    if resolved is None:
        raise UsageError(f"no actor matches {name!r} (list them with 'briefing actors')")
    return resolved


def sentences_of(args: argparse.Namespace) -> int | None:
    count = getattr(args, "sentences", None)
    if count is not None and count < 1:
        raise UsageError("--sentences must be at least 1")
    return count
