"""`briefing tui` (also bare `briefing`): the keyboard-first dashboard. Textual is imported only here, lazily."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("tui", parents=parents, help="open the dashboard (the default command)",
                                   description="Open the dashboard: actors, summaries, quotes and sanctions "
                                   "by day. Press ? inside for the keys.")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, session: Any) -> int:
    from widgets import BriefingApp
    from widgets.terminal import OutputGuard

    with OutputGuard() as output:  # bytes written straight to the terminal would corrupt the screen
        app = BriefingApp(session, output=output)
        app.run()
    return int(app.return_code or 0)
