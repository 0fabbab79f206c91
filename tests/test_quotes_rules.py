"""Key quotes on real news: one table per rule (text -> expected), each with a row where the rule must not fire."""

from __future__ import annotations

import pytest

from briefing.extract import find_quotes


def _texts(text: str) -> list[str]:
    return [q.text for q in find_quotes(text)]


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


# A quote whose one pair of marks runs over a paragraph break is one quote; a paragraph that opens again with a
# mark is its own quote; an opening mark inside the next paragraph means the first quote was never closed.
RUN_ON = [
    ("The mayor, Ana Ruiz, said, “We lost three bridges last night.\n\nThe repairs will take months and cost "
     "millions.”", ["We lost three bridges last night. The repairs will take months and cost millions."]),
    ('Coach Tom Berg said, "We played well in the first half.\n\nAfter the break we lost our shape completely," '
     "he added.", ["We played well in the first half. After the break we lost our shape completely"]),
    ("The pilot wrote: “The engine stopped over the lake.\n\nWe glided for four minutes.\n\nThen the wheels touched "
     "the water.”", ["The engine stopped over the lake. We glided for four minutes. Then the wheels touched the "
                     "water."]),
    ("Ruiz said: “We will rebuild every bridge.\n\n“The money is already in the budget,” she added.",
     ["We will rebuild every bridge.", "The money is already in the budget"]),
    ("Ruiz said: “We will rebuild every bridge.\n\nThe council said it would “look at every option on the table” "
     "soon.", ["We will rebuild every bridge.", "look at every option on the table"]),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ON)
def test_quote_running_over_a_paragraph_break(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


# The nearest attribution in the quote's own sentence wins over an earlier one in the paragraph.
NEAREST = [
    ("Harry Kane scored twice. He said, “We could have scored three goals.\n\nWe put the game to bed early.” "
     "After the match, Tunisia's coach Nabil Maaloul said, “We were playing against a very skilled team.”",
     ["Harry Kane", "Nabil Maaloul"]),
    ("Harry Kane scored twice. He said, “We could have scored three goals today.” Later, coach Gareth Southgate "
     "said: “We were not sharp enough in the second half.”", ["Harry Kane", "Gareth Southgate"]),
    ("Senator Jane Moss spoke on Monday. “We will win the vote tomorrow morning.” Moss said.", ["Jane Moss"]),
    ("Mayor Ana Ruiz said the plan was “a good start for the whole city”. A member of the audience said “the money "
     "will never be enough for us”.", ["Ana Ruiz", ""]),
]


@pytest.mark.parametrize(("text", "expected"), NEAREST)
def test_nearest_attribution_wins(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected
