"""Quote speakers by the shape of the clause before the quote: an owner before the subject, a clause set off before
the verb, a list of names, "by saying", a message or a document named before its words. Each table has rows where
the rule must not fire."""

from __future__ import annotations

import pytest

from briefing.extract import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


# "Iran's lead negotiator, Abbas Araghchi, is quoted as saying": the owner is not the subject; the person set off
# after the noun phrase is, else nobody (an unnamed official of the owner).
OWNED = [
    ("Iran’s lead negotiator, Abbas Araghchi, is quoted as saying that, “We achieved good, tangible progress "
     "on the issues.”", ["Abbas Araghchi"]),
    ("Kenya’s health minister, Mutahi Kagwe, went on radio, saying “the second wave is worse than the first.”",
     ["Mutahi Kagwe"]),
    ("Russia’s deputy foreign minister spoke to reporters on Monday, saying “there will be no concessions at "
     "all.”", [""]),
    ("Germany announced new aid on Friday, saying “this is only the first of many such packages.”", ["Germany"]),
]


@pytest.mark.parametrize(("text", "expected"), OWNED)
def test_owner_before_the_subject(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


# A clause set off by commas before the verb that opens with a subordinator is no subject ("who, as he was deployed
# to Rakhine State, wrote"); a role before "in/of X who" is the antecedent, not X.
SET_OFF = [
    ("One was a corporal in the Northern Brigade who, as he was sent to Kachin State in May, wrote on his page: "
     "“None of them will be left standing.”", [""]),
    ("Senator Amy Clark, when she was asked about the vote, said “we will not back down on this bill.”",
     ["Amy Clark"]),
    ("An officer of the Harbour Police who, after the storm had passed, told reporters “the port will reopen "
     "within days.”", [""]),
    ("As the storm passed, Governor Tom Wolf said “the worst is now behind us all.”", ["Tom Wolf"]),
]


@pytest.mark.parametrize(("text", "expected"), SET_OFF)
def test_clause_set_off_before_the_verb(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


# A name closing a list of names without "and" is one of several ("meaning the United States, Russia, China,
# Pakistan concluded"): nobody; a single name or an appositive stays.
LISTED = [
    ("The previous meeting of the troika, meaning the United States, Russia, China, Pakistan concluded: “There "
     "is no military solution in the region.”", [""]),
    ("The group of donors, that is Norway, Sweden, Denmark, Finland said: “We will fund the clinics for another "
     "year.”", [""]),
    ("Jeff Rathke, the State Department spokesperson, said: “We welcome the release of the prisoners.”",
     ["Jeff Rathke"]),
    ("In Kabul, Herat, and Kandahar, the United Nations said “aid convoys are moving again this week.”",
     ["United Nations"]),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_name_closing_a_list(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


TRANSCRIPT = (
    "MR PRICE: Good afternoon. We have been clear about our concern for weeks now.\n"
    "QUESTION: No, but you got a lot of people’s attention by saying “we think that this is a very big threat” "
    "and then walking it back.\n"
    "MR PRICE: Well, this is something that should have people’s attention.\n"
)

# "by saying": the subject of its own clause speaks ("you" in a journalist's turn is the official answering);
# a noun phrase subject or a "by" that is not right before the verb changes nothing.
BY_SAYING = [
    (TRANSCRIPT, ["Price"]),
    ("Senator Ann Lee opened the hearing by saying “we owe the families real answers today.”", ["Ann Lee"]),
    ("The senator surprised colleagues by saying “we should walk away from these talks now.”", [""]),
    ("Protesters marched by the embassy saying “free all political prisoners now” on Friday.", [""]),
]


@pytest.mark.parametrize(("text", "expected"), BY_SAYING)
def test_by_saying(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


# A clause naming a message, no reporting verb, before its words: the subject of a verb that gives it, or the name
# after "by/from"; the next paragraph after "X issued a statement." when X is named; nobody for "We welcome …".
MESSAGES = [
    ("The White House issued a statement: “We are deeply concerned by the arrests in Minsk today.”",
     ["White House"]),
    ("Governor Tom Wolf had a message for residents: “Stay home and keep your families safe this week.”",
     ["Tom Wolf"]),
    ("The White House issued a statement on Tuesday.\n“We are deeply concerned by the arrests in Minsk and call "
     "for their release.”", ["White House"]),
    ("We welcome the statement issued today: “All parties must return to the negotiating table now.”", [""]),
    ("She left a message with the neighbours. “Tell my daughter I am going to the police station.”", [""]),
    ("The talks ended on Tuesday.\n“We are deeply concerned by the arrests in Minsk and call for their "
     "release.”", [""]),
]


@pytest.mark.parametrize(("text", "expected"), MESSAGES)
def test_message_before_its_words(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


# A written thing whose words a relative clause gives ("the poem by X, which begins", "a letter from X that read"):
# its writer named in its phrase or owning it, else who wrote it; nobody when no writer is named.
DOCUMENTS = [
    ("This is the warning of the poem by Martin Niemöller on the walls of this museum, which begins, as many of us "
     "know, “First they came for the socialists, and I did not speak out.”", ["Martin Niemöller"]),
    ("Abraham Lincoln’s letter to the widow, which reads, “I pray that our Heavenly Father may assuage the "
     "anguish.”", ["Abraham Lincoln"]),
    ("Senator Mary Jones wrote a letter to the agency that read: “Your decision puts thousands of workers at "
     "risk.”", ["Mary Jones"]),
    ("Outside the hall hangs a plaque that reads: “Never again shall this city be divided by walls.”", [""]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document_writer(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


QUESTION_TURN = (
    "MR PRICE: Let’s go to the line of Robert Delaney.\n"
    "QUESTION: Thank you, Ned. I wanted more clarity on comments by National Security Advisor Jake Sullivan that a "
    "meeting between President Biden and President Xi Jinping is under consideration; that is, he said, “Soon "
    "enough we will sit down to work out the right modality.”\n"
    "MR PRICE: Well, we have said before that we will engage.\n"
)

# "he"/"she" in a sentence about someone's words ("comments/remarks by X") stands for X, never for the "I"/"we"
# who speaks the sentence; several persons and no such phrase leave it unresolved.
PRONOUN_OWNER = [
    (QUESTION_TURN, ["Jake Sullivan"]),
    ("Reporters asked about remarks by Governor Tom Wolf on the storm and the river levels, and he said “we are "
     "ready for the worst.”", ["Tom Wolf"]),
    ("I spoke with Senator Ann Lee and Governor Tom Wolf yesterday, and he said “we are ready for the storm.”",
     [""]),
    ("In remarks after his meeting with Chancellor Olaf Scholz and President Emmanuel Macron, he said “we will "
     "stand together on this.”", [""]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_OWNER)
def test_pronoun_for_whose_words(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


# "she" after a sentence whose subject is a place or body and that names one person is that person; two persons, or
# a body that itself spoke, leave it unresolved.
PRONOUN_AFTER_PLACE = [
    ("Ukraine is home to many survivors, including an 88-year-old woman, Natalia Berezhnaya of Odessa. Here’s what "
     "she said in a recent interview: “It’s hard to believe that I have to hide again.”", ["Natalia Berezhnaya"]),
    ("Kenya sent a team led by the engineer Grace Wanjiru to the site. She said “the dam can hold for now.”",
     ["Grace Wanjiru"]),
    ("Kenya sent Grace Wanjiru and Peter Otieno to the site. She said “the dam can hold for now.”", [""]),
    ("The ministry said Grace Wanjiru would lead the team. She said “the dam can hold for now.”", [""]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_AFTER_PLACE)
def test_pronoun_after_a_place_subject(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


# A clause ending in a colon before the quote, with no reporting verb, is its subject's words when the subject is a
# person ("Let me quote X. He set this out:"); a thing or a place, or someone quoting or reading, gives nobody.
COLON_CLAUSE = [
    ("The Foreign Minister of Japan, Yoshimasa Hayashi, put it plainly on Monday: “We will not accept any change "
     "to the status quo by force.”", ["Yoshimasa Hayashi"]),
    ("Let me quote President Ana Ruiz on Friday. She essentially set this out on social media: “All of the "
     "people who will die will die because of you.”", ["Ana Ruiz"]),
    ("The problem is simple: “We have no water and no power in the city.”", [""]),
    ("Senator Ann Lee then quoted from the report: “The agency failed to act on every warning it received.”",
     [""]),
]


@pytest.mark.parametrize(("text", "expected"), COLON_CLAUSE)
def test_colon_clause_before_the_quote(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected
