"""Sanctions: each rule as a table of sentence -> (by, targets, status) or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract import find_sanctions, sanction_timeline

CASES = [
    # (text, by, targets, status, measure)
    ("The United States is designating World Human Care, an Indonesia-based organization.",
     ("United States",), ("World Human Care",), "imposed", "designations"),
    ("The European Union imposed sanctions on Iran Air on Monday.", ("European Union",), ("Iran Air",), "imposed",
     "unspecified"),
    ("Germany announced new sanctions against Iran.", ("Germany",), ("Iran",), "announced", "unspecified"),
    ("The allies also expressed intentions to target Iran Air with sanctions.", ("allies",), ("Iran Air",),
     "announced", "unspecified"),
    ("The EU has already repeatedly hit Iran with sanctions for supplying drones.", ("European Union",), ("Iran",),
     "imposed", "unspecified"),
    ("The G7 countries are mulling a plan to prohibit Iran Air, the national carrier, from flying to Europe.",
     ("G7",), ("Iran Air",), "considered", "airline ban"),
    ("Britain warned that it will impose sanctions on Iran if the transfers continue.", ("United Kingdom",),
     ("Iran",), "threatened", "unspecified"),
    ("France lifted sanctions on Iran in 2016.", ("France",), ("Iran",), "lifted", "unspecified"),
    ("Today, the Department of State is imposing visa restrictions on 12 officials.", ("United States",),
     ("12 officials",), "imposed", "visa ban"),
]


@pytest.mark.parametrize(("text", "by", "targets", "status", "measure"), CASES)
def test_sanction_rules(text: str, by: tuple, targets: tuple, status: str, measure: str) -> None:
    (found,) = find_sanctions(text)
    assert found.by == by
    assert found.targets == targets
    assert found.status == status
    assert found.measure == measure


NOT_SANCTIONS = [
    "Faced with punishing Western sanctions, Moscow has turned to Iran for weapons.",
    "President Joe Biden has so far barred their use inside Russia.",
    "These sanctions have significant implications for trade.",
    "The announcement of new sanctions coincides with the trip.",
]


@pytest.mark.parametrize("text", NOT_SANCTIONS)
def test_mentions_in_passing_are_not_sanctions(text: str) -> None:
    assert find_sanctions(text) == []


def test_sanctions_on_russia_are_not_sanctions_on_iran() -> None:
    (found,) = find_sanctions("Washington imposed sanctions on Russia after Iran sent missiles.")
    assert found.targets == ("Russia",)


def test_condition_is_kept() -> None:
    (found,) = find_sanctions("Were Iran to proceed, the G7 will impose new sanctions against Iran.")
    assert found.status == "threatened"
    assert found.conditional.startswith("Were Iran to proceed")


def test_timeline_orders_by_date() -> None:
    march = find_sanctions("Britain threatened sanctions against Iran.", published=date(2024, 3, 1))
    sept = find_sanctions("Britain imposed sanctions on Iran.", published=date(2024, 9, 10))
    timeline = sanction_timeline(sept + march)
    assert [s.status for s in timeline[("United Kingdom", "Iran")]] == ["threatened", "imposed"]
