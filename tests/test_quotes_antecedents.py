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
