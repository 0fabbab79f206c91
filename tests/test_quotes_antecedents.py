"""Key quotes: speakers named before the attribution, in an earlier sentence or a transcript turn (one table per
kind, each with a row where the rule must not fire). Sentences are written for these tests, not taken from an
evaluation set."""

from __future__ import annotations

import pytest

from briefing.extract import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


# "he"/"she" after a sentence whose subject names nobody: the first person that sentence names; a transcript turn's
# label ("MR LOPEZ:") is who speaks the turn, never whom its "he" stands for.
PRONOUN_AFTER_OBJECT = [
    ("The strongest reply came from Health Minister Ana Ruiz. As she said, “the vaccines work and they are safe.”",
     ["Ana Ruiz"]),
    ("MS CRUZ: We read the statement closely. The best answer came from Chancellor Olaf Brandt. He went on to say "
     "that “nobody gains from this war of words.”\nQUESTION: Thanks.", ["Olaf Brandt"]),
    ("Officials in Lagos met with President Bola Tinubu on Monday. It was a long day. As he said, “the talks went "
     "well for everyone involved.”", ["Bola Tinubu"]),
    ("MR LOPEZ: We have seen the reports from the border. As he said, “we will not comment on that today at all.”"
     "\nQUESTION: Who?", [""]),
]


@pytest.mark.parametrize(("text", "speakers"), PRONOUN_AFTER_OBJECT)
def test_pronoun_after_a_sentence_naming_a_person(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


# "the <title> said": the nearest person named earlier with that title (this paragraph or the three before); nobody
# when no one was.
TITLE_ANTECEDENT = [
    ("Prime Minister Ana Lopes met the mayor, Rui Costa, on Friday. “We will rebuild the bridge by spring,” the prime "
     "minister said.", ["Ana Lopes"]),
    ("Governor Mark Ellis toured the flooded towns.\nLater, the governor said: “Every road will be open again by "
     "June.”", ["Mark Ellis"]),
    ("Rui Costa met officials on Friday. “We will rebuild the bridge by spring,” the prime minister said.", [""]),
]


@pytest.mark.parametrize(("text", "speakers"), TITLE_ANTECEDENT)
def test_the_title_said(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


# A conjunction or subordinator opening the clause is not part of the speaker ("As the President said", "Because
# Pereira said"); a pronoun after it still resolves as a pronoun.
CLAUSE_OPENERS = [
    ("President Maria Silva opened the summit.\nAs the President said when she arrived, “this region deserves "
     "better roads and schools.”", ["Maria Silva"]),
    ("Jonas Pereira spoke in Lisbon on Monday. Because Pereira said that “the tax will go up for everyone next "
     "year,” markets fell.", ["Jonas Pereira"]),
    ("But the United Nations said “no decision has been taken on the matter yet”.", ["United Nations"]),
    ("As nobody said anything, the letter read “we are closing the office for good”.", [""]),
]


@pytest.mark.parametrize(("text", "speakers"), CLAUSE_OPENERS)
def test_clause_openers(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


# "You said" in a journalist's turn of a transcript is the official who answers it, named as the release names them;
# "you" outside a journalist's turn is not resolved.
YOU_IN_A_QUESTION = [
    ("Carla Mendes, Ministry Spokesperson\nMS MENDES: Good afternoon.\nQUESTION: Yesterday you said, “the border will "
     "stay open all winter.” Is that still true?\nMS MENDES: It is.", ["Carla Mendes"]),
    ("AMBASSADOR OKORO: Thank you all.\nQUESTION: You told us that “aid convoys would move by Friday at the latest.” "
     "Did they?\nAMBASSADOR OKORO: Some did.", ["Okoro"]),
    ("MR DIAZ: As you said last week, “the harbour needs dredging before the season.”\nQUESTION: Right.", [""]),
]


@pytest.mark.parametrize(("text", "speakers"), YOU_IN_A_QUESTION)
def test_you_in_a_journalists_question(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers



# Antecedents at the edges: a role someone is sent or goes to ("to a doctor") is none of the "he" that answers, while a
# role that acts ("a visit by the deputy prime minister, during which he said") blocks a guess; "the <title> said"
# also after "the <title> at the time, <Name>", with a time qualifier ("the then Vice President") and after more than
# one opener ("And as the …"); an "as X said" aside passes nobody on to the next sentence's quote.
ANTECEDENT_EDGES = [
    ("Thomas Okafor runs a clinic in Lagos. His sister pleaded with him to take the girl to a medical doctor, but he "
     "replied “I am not able to do that right now.”", ["Thomas Okafor"]),
    ("Thomas Okafor runs a clinic in Lagos. It was a visit by the deputy prime minister, during which he said “we "
     "will not back down now.”", [""]),
    ("In 2016 I came with the Vice President at the time, Joe Biden. We met twice. And as the then Vice President "
     "said at that meeting, “good habits form good relationships between us.”", ["Joe Biden"]),
    ("In 2016 I came with the Vice President at the time, Joe Biden. We met twice. The former Vice President said, "
     "“good habits form good relationships between us.”", ["Joe Biden"]),
    ("In 2016 I came with Joe Biden. We met twice. And as the then Vice President said at that meeting, “good habits "
     "form good relationships between us.”", [""]),  # nobody was named with that title
    ("I thank Ambassador Linda Thomas-Greenfield. And as Linda said, it is happening fast. The worst words in the "
     "language are “Washington is coming to town.”", [""]),
]


@pytest.mark.parametrize(("text", "speakers"), ANTECEDENT_EDGES)
def test_antecedents_at_the_edges(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers
