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


# "Name, <role>, said": the person heading the appositive speaks, the role gives the affiliation; auxiliaries and
# adverbs between the subject and the verb are skipped.
APPOSITIVE = [
    ("Jeff Rathke, the State Department spokesperson, said, “We urge every government to act quickly.”",
     ("Jeff Rathke", "United States")),
    ("After the match, Hernan Dario Gomez, Panama coach, said, “We learned a lot from today's game.”",
     ("Hernan Dario Gomez", "Panama")),
    ("Maria Lopez, a lawyer for the families, said “the company has not paid a single claim yet”.",
     ("Maria Lopez", "")),
    ("The secretary general of the union, Paolo Rossi, has called the deal “a betrayal of every worker here”.",
     ("Paolo Rossi", "")),
    # no role between the commas, or the name does not open its clause: not an appositive
    ("Angela Merkel, Germany, and France said in a joint statement “the talks will resume next week in Paris”.",
     ("France", "France")),
    ("Besides Barack Obama, the White House press office said “the visit will go ahead as planned”.",
     ("White House", "United States")),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIVE)
def test_appositive_names_the_speaker(text: str, expected: tuple[str, str]) -> None:
    (quote,) = find_quotes(text)
    assert (quote.speaker, quote.affiliation) == expected


# A title without a name speaks as its government's unnamed official (speaker "", affiliation the actor), also
# through "he"; "he" with one named person in its sentence is that person; "it" looks back one sentence only.
UNNAMED = [
    ("During the visit, Russia’s deputy prime minister publicly stated that Moscow has “a decent place in our "
     "family.”", ("", "Russia")),
    ("This month officials visited Kherson, including a visit by Russia’s deputy prime minister during which he "
     "publicly stated that Moscow believed Kherson has, quote, “a decent place in our family.”", ("", "Russia")),
    ("In 2006, then-Senator Joe Biden was here, and during that visit he said, and I quote, “My dream is that the two "
     "nations will be the closest in the world.”", ("Joe Biden", "United States")),
    ("Russia has invaded a neighbour. It has reverted to repression. It threatens to use nuclear weapons.\n\n"
     "Secretary Baker kept a small plaque on his desk, and it said, “It CAN be done, always,” in capitals.", ("", "")),
    ("The Defence Ministry published its figures on Monday. It said “the losses were far higher than first reported”.",
     ("Defence Ministry", "Defence Ministry")),
    ("The Defence Ministry published its figures on Monday. The night was quiet. It said “the losses were far higher "
     "than first reported”.", ("", "")),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED)
def test_unnamed_officials_and_pronouns(text: str, expected: tuple[str, str]) -> None:
    quote = find_quotes(text)[-1]
    assert (quote.speaker, quote.affiliation) == expected
    assert (quote.speaker_kind == "none") == (expected[0] == "")
