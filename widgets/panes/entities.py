"""The entities pane: people, organisations and places named in the selection, with counts."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from briefing.model import EntityRow
from widgets.panes.base import Pane, Row
from widgets.text import safe

GROUPS = (("person", "People"), ("organization", "Organisations"), ("place", "Places"))
PER_GROUP = 15


def entity_rows(entities: Sequence[EntityRow], per_group: int = PER_GROUP) -> list[Row]:
    rows: list[Row] = []
    for kind, heading in GROUPS:
        members = [e for e in entities if e.kind == kind][:per_group]
        if not members:
            continue
        rows.append((None, Text(heading, style="bold underline")))
        for entity in members:
            rows.append((entity, Text.assemble((f"{entity.mentions:>4} ", "cyan"), safe(entity.name),
                                               (f"  {entity.articles} art.", "dim"))))
    return rows


class EntitiesPane(Pane):
    title = "Entities"
    empty = "no entities for this actor and day"
