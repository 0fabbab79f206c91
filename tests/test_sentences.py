"""Sentence splitting: must-hold news rules, the two challenge sets, and span invariants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.language.sentences import sentence_spans, split_sentences

DATA = Path(__file__).parent / "data"

MUST_HOLD = [
    ("U.S. officials said the talks had stalled.", ["U.S. officials said the talks had stalled."]),
    ("The deal was signed in the U.S. Officials in Paris were not told.",
     ["The deal was signed in the U.S.", "Officials in Paris were not told."]),
    ("“We will act. We will not wait,” Blinken said.", ["“We will act. We will not wait,” Blinken said."]),
    ("“First. Second,” he said. Third.", ["“First. Second,” he said.", "Third."]),
    ("“Enough,” Blinken said. He left.", ["“Enough,” Blinken said.", "He left."]),
    ("“This ends now.” The crowd cheered.", ["“This ends now.”", "The crowd cheered."]),
    ("The memo was signed by Robert F. Kennedy on Monday.", ["The memo was signed by Robert F. Kennedy on Monday."]),
    ("Gen. Charles Q. Brown Jr. spoke first.", ["Gen. Charles Q. Brown Jr. spoke first."]),
    ("The vote is on Sept. 30. Lawmakers are divided.", ["The vote is on Sept. 30.", "Lawmakers are divided."]),
    ("The blast was heard at 6:40 a.m. local time.", ["The blast was heard at 6:40 a.m. local time."]),
    ("Growth slowed to 1.8 percent. Exports fell.", ["Growth slowed to 1.8 percent.", "Exports fell."]),
    ("He hesitated... then signed. Nobody spoke.", ["He hesitated... then signed.", "Nobody spoke."]),
    ("Sen. Mitch McConnell, R-Ky., objected.", ["Sen. Mitch McConnell, R-Ky., objected."]),
    ("It ranks No. 4 worldwide.", ["It ranks No. 4 worldwide."]),
    ("“Why?” she asked.", ["“Why?” she asked."]),
    ("J. Smith met K. Jones on Monday. He left.", ["J. Smith met K. Jones on Monday.", "He left."]),
    ("• Sanctions on banks • A ban on flights", ["• Sanctions on banks", "• A ban on flights"]),
    ("The measure passed 1. Second reading is next week.", ["The measure passed 1.", "Second reading is next week."]),
    ("The strike hit a school (officials said 12 died). Rescuers arrived.",
     ["The strike hit a school (officials said 12 died).", "Rescuers arrived."]),
]


# Known misses, kept visible (strict: a fix makes them fail until moved out). An abbreviation before a
# capitalized noun ("U.S. Officials") needs syntax Punkt's statistics do not have.
KNOWN_MISSES = {
    "The deal was signed in the U.S. Officials in Paris were not told.",
    "The resolution was drafted at the U.N. Diplomats said a vote could come Friday.",
    "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
}


def _params(cases: list[tuple[str, list[str]]]) -> list:
    return [
        pytest.param(text, expected, id=text[:40],
                     marks=[pytest.mark.xfail(strict=True, reason="known miss")] if text in KNOWN_MISSES else [])
        for text, expected in cases
    ]


def _cases(name: str) -> list[tuple[str, list[str]]]:
    doc = json.loads((DATA / name).read_text(encoding="utf-8"))
    return [(c["text"], c["sentences"]) for c in doc["cases"]]


@pytest.mark.parametrize(("text", "expected"), _params(MUST_HOLD))
def test_must_hold(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), _params(_cases("sentence_challenge_news.json") + _cases("sentence_challenge_golden.json"))
)
def test_challenge_sets(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran warns U.S.\nBy Jane Doe\nWASHINGTON — The talks ended. Both sides left.",
         ["Iran warns U.S.", "By Jane Doe", "WASHINGTON — The talks ended.", "Both sides left."]),
        ("Headline without a period\nThe story starts here.", ["Headline without a period", "The story starts here."]),
        ("A paragraph ends with Gen.\n\nAnother one.", ["A paragraph ends with Gen.", "Another one."]),
        ("A quote opens “here.\nIt goes on,” he said.", ["A quote opens “here.", "It goes on,” he said."]),
    ],
)
def test_lines_always_end_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_point_into_the_original_text() -> None:
    text = "  “It’s over.”  The  end.\r\n\nNext\u00a0line. Done."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["“It’s over.”", "The  end.", "Next\u00a0line.", "Done."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=200) | st.text(alphabet=" .?!\n\"“”'’()ab.AB1-…•", max_size=80))
def test_spans_cover_text_in_order(text: str) -> None:
    spans = sentence_spans(text)
    prev_end = 0
    for start, end in spans:
        assert prev_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        prev_end = end
    covered = set()
    for start, end in spans:
        covered.update(range(start, end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
