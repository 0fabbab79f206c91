"""`briefing sanctions`: every sanction announced, threatened or imposed, and each pair's lifecycle."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from briefing.commands._options import actor_of, add_filters, day_of
from briefing.safety import one_line
from briefing.views.output import emit


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("sanctions", parents=parents, help="sanctions and their lifecycle")
    add_filters(parser)
    parser.add_argument("--timeline", action="store_true", help="show the lifecycle of each (imposer, target) pair")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, session: Any) -> int:
    briefing = session.briefing()
    actor = actor_of(args, briefing)
    day = day_of(args)
    if args.timeline:
        timeline = briefing.timeline(actor)
        if args.format == "json":
            records = [{"by": by, "target": target, "steps": steps} for (by, target), steps in timeline.items()]
            emit(records, "json", columns=())
            return 0
        for (by, target), steps in timeline.items():
            sys.stdout.write(f"{one_line(by or '?')} → {one_line(target or '?')}\n")
            for step in steps:
                when = step.date.isoformat() if step.date else "undated"
                sys.stdout.write(f"  {when}  {step.status:<10}  {one_line(step.measure)}\n")
        return 0
    sanctions = briefing.sanctions(actor=actor, day=day)
    if args.format == "json":
        emit(sanctions, "json", columns=())
        return 0
    rows = [{"date": s.date, "by": s.by, "targets": s.targets, "measure": s.measure, "status": s.status,
             "conditional": s.conditional, "source": [p.source for p in s.sources], "evidence": s.evidence}
            for s in sanctions]
    emit(rows, args.format, columns=("date", "by", "targets", "measure", "status", "conditional", "source",
                                     "evidence"))
    return 0
