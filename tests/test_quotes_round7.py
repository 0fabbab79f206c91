"""Key quotes, round 7 kinds: "he"/"she" in a journalist's question, quote marks inside names, documents and
declarations. One table per kind, each with a row where the rule must not fire. Sentences are written for these
tests, not taken from an evaluation set."""

from __future__ import annotations

import pytest

from briefing.extract import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


# "he"/"she" pointing back over sentences: a sentence opening with he/she carries the referent on (never the person
# it names as an object); I/we/you is never the antecedent (the person that sentence names is); an unnamed role as
# subject is nobody; a journalist's question never points back into the turn before it.
PRONOUN_CHAIN = [
    ("QUESTION:  I know you heard Chancellor Maria Holm speak in Berlin.  And she accused you of ignoring Viktor "
     "Orban for years.  She said, “We cannot wait for another winter like the last one.”\nMR LANE:  No.",
     ["Maria Holm"]),
    ("Senator Paul Reyes flew to Kyiv.  He met President Petro Danko there.  He said, “Our support will not fade "
     "away this year.”", ["Paul Reyes"]),
    ("MR LANE:  I spoke with Foreign Minister Dmytro Kovalenko this morning.\nQUESTION:  The Hungarian prime minister "
     "has been clear about the pipeline.  Today he said, “We will not pay for this pipeline ever.”  Do you agree?"
     "\nMR LANE:  No.", [""]),
    ("A senior minister visited Kyiv on Monday.  He met President Petro Danko.  He said, “We will not accept this "
     "outcome at all.”", [""]),
    ("We spoke with Governor Anna Weiss on Monday.  She said, “The roads will be open again by Friday night.”",
     ["Anna Weiss"]),
]


@pytest.mark.parametrize(("text", "speakers"), PRONOUN_CHAIN)
def test_pronoun_pointing_back_over_sentences(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


def _texts(text: str) -> list[str]:
    return [q.text for q in find_quotes(text)]


# ‘ and ’ inside transliterated names (an ayn: "Khalid ‘Umar Hasan", "Shari’ ‘Isa Bakr") open no quote; a single
# quote after a lower-case word or before lower-case words still does.
NAME_MARKS = [
    ("The sanctions also name Khalid ‘Umar Hasan Dawud, a Syrian courier who has moved funds for the network since "
     "2019.", []),
    ("Officials listed Khalid ‘Umar Hasan, a courier who moved funds for them, and Shari’ ‘Isa Bakr Salim, who ran "
     "the exchange houses in the city.", []),
    ("The minister said ‘We will not leave this city until the work is done’ on Monday.",
     ["We will not leave this city until the work is done"]),
    ("The banner in Kyiv read ‘Freedom is never given to anyone for free’ in large letters.",
     ["Freedom is never given to anyone for free"]),
]


@pytest.mark.parametrize(("text", "quotes"), NAME_MARKS)
def test_marks_inside_names_open_no_quote(text: str, quotes: list[str]) -> None:
    assert _texts(text) == quotes
