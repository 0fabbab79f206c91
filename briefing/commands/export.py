"""`briefing export`: the whole morning briefing as Markdown, HTML or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from briefing.commands._options import add_filters, add_summary_options, day_of, sentences_of
from briefing.errors import UsageError


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("export", help="the morning briefing as a document (md, html, json)")
    parser.add_argument("--format", choices=("md", "html", "json"), default="md", help="document format")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    add_filters(parser, actor=False)
    add_summary_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, session: Any) -> int:
    from briefing.views.export import export_briefing

    document = export_briefing(session.briefing(), args.format, day=day_of(args), sentences=sentences_of(args))
    if args.output:
        try:
            Path(args.output).write_text(document, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        print(f"briefing: wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(document)
    return 0
