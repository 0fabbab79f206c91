"""Key quotes: rules for kinds of attribution that recur in any news (one table per kind, each with a row where the
rule must not fire). Sentences are written for these tests, not taken from an evaluation set."""

from __future__ import annotations

import pytest

from briefing.extract import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


def _texts(text: str) -> list[str]:
    return [q.text for q in find_quotes(text)]


# "Name, <phrase>, said": a phrase set off by commas (with commas of its own, or opened by a preposition) between
# the name and the verb describes the name; the speaker is the name, not an organisation or place inside it.
INTERJECTED = [
    ('Senior engineer Paula Ortiz, of the Madrid Institute of Technology, said "the bridge was never inspected '
     'properly".', "Paula Ortiz"),
    ("Tomas Berg, head of research at the Karolinska Institute, Stockholm, said, “The results surprised all of us "
     "here.”", "Tomas Berg"),
    ("Fire chief Daniel Okafor, in remarks to Channels Television, said “every family has been moved to safety "
     "now”.", "Daniel Okafor"),
    ("“The water rose faster than anyone expected,” Lena Hoffmann, a spokeswoman for the Red Cross in Dresden, "
     "said.", "Lena Hoffmann"),
    # a subject of its own after the commas: not an appositive
    ("Unlike Emmanuel Macron, in a statement on Monday, the European Commission said “the talks will resume next "
     "week”.", "European Commission"),
]


@pytest.mark.parametrize(("text", "speaker"), INTERJECTED)
def test_phrase_between_name_and_verb(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
