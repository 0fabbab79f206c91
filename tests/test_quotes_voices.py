"""Quote speakers by kind: verbs that are names or nouns, unnamed officials, who "I" and "you" are in transcripts
and speeches, and short forms of a name given in full. Each table has rows where the rule must not fire."""

from __future__ import annotations

import pytest

from briefing.extract import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


# A reporting-verb form that is part of a name ("the United States") or a noun after a determiner, preposition or
# subordinator ("if states have", "the notes") attributes nothing.
NOT_VERBS = [
    ("In France and the United States, the public sees the plan as, quote, “a step too far for the region.”", [""]),
    ("Because the states have more doses, Governor Ann Lee said the program is “working better than anyone "
     "expected.”", ["Ann Lee"]),
    ("The mayor read the notes of the meeting, in which the council is “ready to rebuild the old bridge.”", [""]),
    ("Senator Maria Lopez states: “The bill will pass before the summer recess.”", ["Maria Lopez"]),
    ("Senator Maria Lopez spoke. “The bill will pass before the summer recess,” Lopez states.", ["Maria Lopez"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_VERBS)
def test_verbs_in_names_and_nouns(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


# An official the text does not name speaks for nobody; "the spokesperson" is the one named earlier with that title.
UNNAMED = [
    ("“We are ready to help the families,” a Foreign Ministry spokesperson said.", [""]),
    ("An embassy spokesperson told reporters the talks were “moving in the right direction at last.”", [""]),
    ("Spokesperson Ned Price spoke on Monday. “We are committed to helping them,” the spokesperson said.",
     ["Ned Price"]),
    ("“We are ready to help the families now,” spokesperson Maria Zakharova said.", ["Maria Zakharova"]),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED)
def test_unnamed_officials(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


# "I" is whoever speaks the turn; "you" in a question is who answers it, in a speech or answer the person it
# addresses by name; outside a transcript with no such name, nobody.
VOICES = [
    ("Department Spokesperson Ned Price\n\nMR PRICE: Good afternoon.\n\nQUESTION: Ned, you said, “we will not wait "
     "forever for an answer.” Is that still true?\n\nMR PRICE: It is.", ["Ned Price"]),
    ("MR PRICE: Go ahead.\n\nQUESTION (Danny): I said last week, “we will not wait forever for them.” Right?\n\n"
     "MR PRICE: Yes.", ["Danny"]),
    ("Secretary of State Ana Ruiz met the press.\n\nSECRETARY RUIZ: When I said “we will rebuild every bridge in "
     "the valley,” I meant it.\n\nQUESTION: Thank you.", ["Ana Ruiz"]),
    ("MR COLE: Earlier, you told Congress the plan was “on track for the spring.” Is it?\n\nSECRETARY RUIZ: It is "
     "on track.\n\nMR COLE: Thanks.", ["Ruiz"]),
    ("I said to my editor, “this story is not finished yet.” She agreed.", [""]),
    ("James Baker served for four years.\n\nThank you, Jim, for your service. As you once said, “diplomacy is the "
     "art of the possible.”", ["James Baker"]),
    ("James Baker served for four years.\n\nAs you once said, “diplomacy is the art of the possible.”", [""]),
]


@pytest.mark.parametrize(("text", "expected"), VOICES)
def test_first_and_second_person(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


# A one-word name is the person named in full with that first name (or the long form of a nickname) when no full
# name ends with it; one person's first name and another's surname is nobody.
SHORT_FORMS = [
    ("Madeleine Albright taught here for years. Madeleine said, “students teach me more than I teach them.”",
     ["Madeleine Albright"]),
    ("Secretary James Baker arrived. Jim said, “we wanted this for forty years.”", ["James Baker"]),
    ("George Shultz and Suzy George attended. George said, “the globe was always in my office.”", [""]),
    ("Senator Joe Manchin spoke. Manchin said, “the bill will not pass this year.”", ["Joe Manchin"]),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_FORMS)
def test_short_forms_of_a_full_name(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


# Imagined, hypothetical or generic speech has no speaker: an infinitive ("for X to say"), a modal ("can say"), a
# generic subject ("people say", "we say", "you hear"). A verb after "went on to", "used to" reports real speech.
IMAGINED = [
    ("The talks in Geneva were tense. It was a chance for Moscow to say, “we will not be pushed around by anyone.”",
     [""]),
    ("Mayor Ana Ruiz spoke. It is not enough to say “we stand with the people of the valley.” We must act.", [""]),
    ("Mayor Ana Ruiz spoke. Every day you hear “the market will fix the housing problem” from officials.", [""]),
    ("Mayor Ana Ruiz spoke. As people say, “the river always takes back what it gave.”", [""]),
    ("Mayor Ana Ruiz spoke. Farmers in the valley can say, “we rebuilt this town twice already.”", [""]),
    ("Mayor Ana Ruiz went on to say “we stand with the people of the valley.”", ["Ana Ruiz"]),
    ("As my father Tom Berg used to say, “never trust a calm sea at all.”", ["Tom Berg"]),
    ("Department Spokesperson Ned Price\n\nMR PRICE: Hello.\n\nQUESTION: You say “the window is closing fast now.” "
     "When does it close?\n\nMR PRICE: Soon.", ["Ned Price"]),
]


@pytest.mark.parametrize(("text", "expected"), IMAGINED)
def test_imagined_speech_has_no_speaker(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


def _speaker_kinds(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.speaker_kind) for q in find_quotes(text)]


# A one-word name the entity layer left unclassed, as the subject of a reporting verb, is a person when the text
# gives it a title elsewhere or refers to it as he/she; a body when "it"/"its" follow or it is an acronym.
LONE_NAMES = [
    ("Senator Okafor spoke first. Later, Okafor said the plan was “a slap in the face to the whole city.”",
     [("Okafor", "person")]),
    ("“It is a slap in the face to the people of the city,” Okafor told reporters. His office sent a letter.",
     [("Okafor", "person")]),
    ("“It is time to say goodbye to the old browser,” Zorblat says. It sold the unit in May.",
     [("Zorblat", "organization")]),
    ("“The drills will continue through the whole week,” KCNA said. He was not named.", [("KCNA", "organization")]),
]


@pytest.mark.parametrize(("text", "expected"), LONE_NAMES)
def test_lone_name_as_person_or_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert _speaker_kinds(text) == expected


# Bodies speak when named: "the IDF said", "the ministry said in a statement" after the ministry is named, a noun of
# something said ("the determination that “…”") with the body named before it; unnamed, nobody.
BODIES = [
    ("“The soldiers acted against orders and will be disciplined,” the IDF said in a statement.",
     [("Israel Defense Forces", "organization")]),
    ("The Foreign Ministry of Ukraine issued a note. “We will not accept any vote held at gunpoint,” the ministry "
     "said in a statement.", [("Foreign Ministry of Ukraine", "organization")]),
    ("“We will not accept any vote held at gunpoint,” the ministry said in a statement.", [("", "none")]),
    ("We respect the Electoral Commission’s determination that “the vote could not be observed independently at "
     "all.”", [("Electoral Commission", "organization")]),
    ("We reject Zorblat Corp’s claim that “the factory never used forced labour at any time.”",
     [("Zorblat Corp", "organization")]),
    ("We reject the claim that “the factory never used forced labour at any time.”", [("", "none")]),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_bodies_as_speakers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _speaker_kinds(text) == expected


# A question read out in a transcript is its sender's: "Our next question comes from X:", "a question from X",
# "was submitted by X. The question is: “…”".
QUESTIONS = [
    ("MODERATOR: Our next question comes from Lena Ortiz of Radio Sur: “Will the embassy reopen before the "
     "winter?”\n\nMR PRICE: Soon.", ["Lena Ortiz"]),
    ("MODERATOR: Our first question was submitted by Omar Haddad from the Daily Star. And the question is: “When "
     "will the talks resume in Geneva?”\n\nMR PRICE: Soon.", ["Omar Haddad"]),
    ("MODERATOR: Thank you. “When will the talks resume in Geneva?”\n\nMR PRICE: Soon.", [""]),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_questions_read_out(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


# "he" after a sentence that names nobody but "the <Title>" is the person named earlier with that title.
THE_TITLE = [
    ("Governor Ana Ruiz left office in May. Later, while the Governor was abroad, she never lost touch. She wrote, "
     "“a public servant should never forget who sent her.”", ["Ana Ruiz"]),
    ("The old mill closed in May. Later, while the Governor was abroad, the work went on. She wrote, “a public "
     "servant should never forget who sent her.”", [""]),
]


@pytest.mark.parametrize(("text", "expected"), THE_TITLE)
def test_pronoun_after_the_title(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


# A negated verb after a quote ("My colleague didn't say anything different") attributes nothing; the quote's own
# attribution before it stands.
NEGATED = [
    ("Department Spokesperson Ned Price\n\nMR PRICE: What I said the other day is that, quote, “the talks are the "
     "only way forward now.” My Pentagon colleague certainly didn’t say anything different.\n\nQUESTION: Thanks.",
     ["Ned Price"]),
    ("Mayor Ana Ruiz spoke. “The talks are the only way forward now,” she said. The governor never said otherwise.",
     ["Ana Ruiz"]),
    ("“The talks are the only way forward now,” Governor Omar Haddad did not say.", [""]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED)
def test_negated_verb_attributes_nothing(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected
