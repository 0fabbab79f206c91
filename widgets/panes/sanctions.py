"""The sanctions pane: by → target, measure, status and date, with the lifecycle of each pair."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text

from briefing.models import Sanction
from widgets.panes.base import Pane, Row
from widgets.text import day_label, safe, sources_label

STATUS_STYLE = {"imposed": "bold red", "announced": "bold yellow", "lifted": "green", "rejected": "dim"}


def lifecycle(sanction: Sanction, timeline: Mapping[tuple[str, str], Sequence[Sanction]]) -> str:
    """The statuses the first (imposer, target) pair of `sanction` went through, in date order."""
    pair = ((sanction.by or ("",))[0], (sanction.targets or ("",))[0])
    steps: list[str] = []
    for item in timeline.get(pair, ()):
        step = f"{item.status} {day_label(item.date)}" if item.date else item.status
        if not steps or steps[-1] != step:
            steps.append(step)
    return " → ".join(steps) if len(steps) > 1 else ""


def sanction_text(sanction: Sanction, timeline: Mapping[tuple[str, str], Sequence[Sanction]]) -> Text:
    text = Text()
    text.append(safe(", ".join(sanction.by) or "?", "bold"))
    text.append(" → ")
    text.append(safe(", ".join(sanction.targets) or "?", "bold"))
    text.append("  ")
    text.append(safe(sanction.measure))
    text.append("  ")
    text.append(safe(sanction.status, STATUS_STYLE.get(sanction.status, "yellow")))
    text.append(f"  {day_label(sanction.date)}", style="dim")
    if sanction.conditional:
        text.append("\n  if: ", style="dim")
        text.append(safe(sanction.conditional, "dim"))
    steps = lifecycle(sanction, timeline)
    if steps:
        text.append("\n  lifecycle: ", style="dim")
        text.append(safe(steps, "cyan"))
    text.append("\n  ")
    text.append(sources_label(sanction.sources), style="dim italic")
    return text


def sanction_rows(sanctions: Sequence[Sanction], timeline: Mapping[tuple[str, str], Sequence[Sanction]]) -> list[Row]:
    return [(sanction, sanction_text(sanction, timeline)) for sanction in sanctions]


class SanctionsPane(Pane):
    title = "Sanctions"
    empty = "no sanctions for this actor and day"
