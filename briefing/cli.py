"""The `briefing` command: argument parsing, the command table and one-line errors."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from briefing import __version__
from briefing.errors import BriefingError, UsageError

# Each command lives in briefing/commands/<name>.py and defines `add_parser(subparsers, parents)`.
COMMANDS = ("articles", "entities", "actors", "quotes", "sanctions", "summary", "export", "index", "tui")


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2) instead of a usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing",
        description="Turn a folder of news articles into a morning briefing. "
        "With no command, opens the dashboard.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--config", metavar="FILE", help="configuration file (default: ./briefing.toml, "
                        "then the user config directory)")
    parser.add_argument("--corpus", metavar="PATH", action="append", default=[],
                        help="a file or folder of articles; repeat for several (default: [corpus] paths, "
                        "else the sample corpus)")
    parser.add_argument("--no-index", action="store_true", help="work in memory, without the cached index")
    common = _Parser(add_help=False)
    common.add_argument("--format", choices=("table", "json", "md"), default="table", help="output format")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(f"briefing.commands.{name}").add_parser(subparsers, [common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from briefing.session import Session

    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            args = build_parser().parse_args([*(argv if argv is not None else sys.argv[1:]), "tui"])
        session = Session.from_args(args)
        return int(args.run(args, session) or 0)
    except BriefingError as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug, not the user's fault: one line, the traceback only on request
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        print(f"briefing: internal error: {type(exc).__name__}: {exc} (set BRIEFING_DEBUG=1 for the traceback)",
              file=sys.stderr)
        return 70
