"""A quote split around its attribution in one paragraph is one record, the parts joined by a space."""

from __future__ import annotations

import pytest

from briefing.extract import find_quotes

SPLIT = [
    # the attribution ends with a comma
    ("“The harbour will reopen on Friday,” the port director said, “once the divers have finished.”",
     [("The harbour will reopen on Friday once the divers have finished.", "")]),
    # ... or with the full stop of its sentence
    ("“The harbour will reopen on Friday,” Mayor Lena Ortiz said. “The divers finish their survey tomorrow.”",
     [("The harbour will reopen on Friday The divers finish their survey tomorrow.", "Lena Ortiz")]),
    # British punctuation: the comma outside the mark
    ('"Our budget for next year is already spent", said Pavel Novak. "We need a new grant from the ministry."',
     [("Our budget for next year is already spent We need a new grant from the ministry.", "Pavel Novak")]),
    # a title inside the attribution
    ("“We held the bridge for three whole days,” said Colonel Omar Haddad. “Then the order came to pull back.”",
     [("We held the bridge for three whole days Then the order came to pull back.", "Omar Haddad")]),
    # the first half ends its sentence: two quotes
    ("“The harbour will reopen on Friday.” Mayor Lena Ortiz said so on Monday. “The divers finish tomorrow "
     "morning.”", None),
    # the second half has an attribution of its own: two quotes
    ('"We counted forty ships in the bay", said the coast guard. "Six of them were on fire", it added.', None),
    # a new paragraph that reopens marks is its own record, with the same speaker
    ("“The harbour will reopen on Friday,” Mayor Lena Ortiz said.\n\n“The divers finish their survey tomorrow.”",
     [("The harbour will reopen on Friday", "Lena Ortiz"), ("The divers finish their survey tomorrow.",
                                                            "Lena Ortiz")]),
    # a long title before the name is still a short attribution
    ("“The grid will be ready by winter,” said Deputy Assistant Secretary of State for Energy Resources and Power "
     "Markets Ana Ruiz. “Then the coal plants can close.”",
     [("The grid will be ready by winter Then the coal plants can close.", "Ana Ruiz")]),
    # ... but a long clause with many lower-case words is a passage of its own
    ("“The grid will be ready by winter,” said the minister, who had spent most of the year arguing with the "
     "unions about it. “Then the coal plants can close.”", None),
    # a short aside between dashes interrupts one quote
    ("Let me quote Mayor Lena Ortiz. She wrote: “The people who die will die because of you” – she is addressing "
     "the council – “because of your delay.”",
     [("The people who die will die because of you because of your delay.", "Lena Ortiz")]),
    # ... but not when the first half ends its sentence, nor when the aside is an attribution (not joined yet)
    ("“The harbour is closed.” – a sign on the gate – “Divers at work until Friday.”", None),
    ("“The harbour is closed” – the mayor said on Monday – “until the divers finish.”", None),
    # no reporting verb between the halves: not an attribution
    ("“The harbour will reopen on Friday,” the notice on the gate. “The divers finish their survey tomorrow.”", None),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_split_quote_is_one_record(text: str, expected: list[tuple[str, str]] | None) -> None:
    quotes = find_quotes(text)
    if expected is None:
        assert len(quotes) == 2
    else:
        assert [(q.text, q.speaker) for q in quotes] == expected


# an attribution that moves on to a later passage ("then it goes on to say") joins nothing
@pytest.mark.parametrize("text", [
    "The memo says it will “confirm the absence of any cruise missiles,” then it goes on to say, “we must consult "
    "with our allies on this issue.”",
    "“The harbour will reopen on Friday,” the mayor said, and later added, “the divers finish their survey today.”",
])
def test_later_passage_is_its_own_record(text: str) -> None:
    assert len(find_quotes(text)) == 2
