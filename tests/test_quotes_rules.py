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


# A paragraph that is only a quote, after a line ending with a colon: the colon line's subject speaks.
COLON_LINE = [
    ("The weather was clear.\n\nUS President Barack Obama tweeted using his account:\n\n“Cool clock, Ahmed. Want to "
     "bring it to the White House?”", "Barack Obama"),
    ("The secretary general of the bishops, Nunzio Galantino, has called the ruling “dangerous”:\n\n“We face a "
     "dangerous sentence and we will appeal it.”", "Nunzio Galantino"),
    ("Mayor Ana Ruiz replied in a short letter:\n\n\"The city will not pay for the stadium roof.\"", "Ana Ruiz"),
    # no colon: a paragraph that is only a quote after an unattributed line keeps no speaker
    ("Mayor Ana Ruiz visited the stadium.\n\nThe roof had collapsed.\n\n“The city will not pay for the stadium "
     "roof.”", ""),
]


@pytest.mark.parametrize(("text", "speaker"), COLON_LINE)
def test_colon_line_speaks_the_next_paragraph(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


# A dash after a quote, then a name: the name speaks.
DASH = [
    ("“So far, it's the Internet: 1, Scientology: 0. But it's a long game.” - Matthew Ingram", "Matthew Ingram"),
    ("\"We will not leave until the water is clean.\" — Maria Lopez, a resident of the valley", "Maria Lopez"),
    ("“Nothing about us without us, ever again.” – Amnesty International", "Amnesty International"),
    # a dash that goes on with a sentence is not a signature
    ("“We will not leave until the water is clean” — a promise Maria Lopez made twice before.", ""),
]


@pytest.mark.parametrize(("text", "speaker"), DASH)
def test_dash_signature(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# Less common reporting verbs after a pronoun or a name.
VERBS = [
    ("Matthew Ingram wrote about the dispute. He characterized the conflict as “another small skirmish in a long war "
     "between them”.", "Matthew Ingram"),
    ("The city council met on Monday. Mayor Ana Ruiz reasoned, “because the users pay a fee, this is a commercial "
     "activity”.", "Ana Ruiz"),
    ("Tom Berg, the coach, spoke after the game. He quipped that his team had been “asleep for the whole first half”.",
     "Tom Berg"),
    ("Tom Berg coached the side for a decade and, as he put it – and I quote – “never once lost a night's sleep”.",
     "Tom Berg"),
    ("The storm flattened the coast, as Mayor Ana Ruiz has soberly attested, “took every roof on Main Street”.",
     "Ana Ruiz"),
    # a verb that does not report speech names nobody
    ("Coach Tom Berg spoke after the game. The fans carried a banner reading “asleep for the whole first half”.", ""),
]


@pytest.mark.parametrize(("text", "speaker"), VERBS)
def test_less_common_reporting_verbs(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# Quoted names are not quotes: what something is titled or dubbed, and a cited title after its source.
NAMES = [
    ("Writing in a blog post, Matthew Ingram dubbed the ongoing conflict: “Scientology vs. the Internet, part XVII”. "
     "He called it “another small skirmish in a long war”.", ["another small skirmish in a long war"]),
    ("The ministry will hold a workshop entitled “Addressing Plastic Pollution through Waste Strategies, Circular "
     "Economy” in May.", []),
    ("“A new obsession is taking hold on the internet tonight.” Anonymous blogger, “Anon declares war on the Church "
     "of Scientology”", ["A new obsession is taking hold on the internet tonight."]),
    # a so-called formula is still quoted speech; a quote after "said," is a quote even without a full stop
    ("The so-called Reagan-Gorbachev formula that goes “A nuclear war cannot be won and must never be fought” "
     "still holds.", ["A nuclear war cannot be won and must never be fought"]),
    ("Ruiz said, “We will rebuild every bridge in the valley”", ["We will rebuild every bridge in the valley"]),
    # mottos and titles in title case, with commas or numbers; names given by "known as" or owned by a named person
    ("In the spirit of “Liberté, Égalité, and Fraternité,” the two nations met.", []),
    ("Autonomy under the “One Country, Two Systems” framework is over.", []),
    ("LIFE magazine named her one of the “100 Most Important Americans of the 20th Century.”", []),
    ("Clarkston, known as “the most diverse square mile in America”, hosts the event.", []),
    ("They discussed Prime Minister Kishida’s “new form of capitalism” at length.", []),
    # a pair of names, a contraction before the mark and a sentence in title case are still quotes
    ("Ruiz said the list was “Russia, Iran and their friends”.", ["Russia, Iran and their friends"]),
    ("It’s “a matter of days before they move,” Ruiz said.", ["a matter of days before they move"]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_quoted_names_are_not_quotes(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


# "The city/the company/the ministry said": the one entity of that kind named just before, else nobody.
ANTECEDENT = [
    ("The court backed a request by the Municipality of Livorno.\n\nThe city reasoned, “because the users pay a fee, "
     "this is a commercial activity”.", "Livorno"),
    ("Regulators fined Acme Corp on Monday. The company said “the fine will be appealed in every court”.",
     "Acme Corp"),
    ("Officials from the Ministry of Health visited the hospital. The ministry said “the outbreak is now under "
     "control”.", "Ministry of Health"),
    # two candidates: nobody
    ("The mayors of Milan and Naples met on Monday. The city said “the budget will not cover the new trains”.", ""),
    ("Regulators fined Acme Corp on Monday, a day after Globex Inc settled. The company said “the fine will be "
     "appealed at once”.", ""),
]


@pytest.mark.parametrize(("text", "speaker"), ANTECEDENT)
def test_common_noun_speaks_for_its_antecedent(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
