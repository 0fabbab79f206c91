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


# Written sources: an outlet that saw or obtained a document relays it and does not speak; a document with no
# author named speaks for nobody; "<Org> letter reads"; a name the entity layer leaves unclassified that is the
# whole subject, or owns it ("Acme's annual review concluded"), speaks as a body.
WRITTEN = [
    ('An internal memo obtained by the Associated Press says "staff should not discuss the merger with anyone '
     'outside".', ""),
    ('The Treasury letter reads "payments will resume once the audit has been completed in full".', "Treasury"),
    ('"The old portal will close at the end of the month," Zoomtel says on its support page.', "Zoomtel"),
    ("Journalists like Oksana Valchuk still report from the city. Oksana recently said in an interview, “We will "
     "stay as long as the presses run.”", "Oksana Valchuk"),
    ("On Monday, Zoomtel's latest review of its own network traffic concluded, “Most users now connect from their "
     "phones.”", "Zoomtel"),
    # a person named in the subject still speaks for the document; a relaying outlet alone is not the speaker
    ('A letter from Mayor Ana Ruiz seen by Reuters says "the stadium will not be sold to anyone".', "Ana Ruiz"),
    ('Zoomtel and its rivals say "the new rules will raise prices for every customer".', ""),
]


@pytest.mark.parametrize(("text", "speaker"), WRITTEN)
def test_written_sources(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# Four words or more, a hyphenated compound counting as one word: "semi-permanent state of alert" is four.
COMPOUNDS = [
    ("The army was placed in a 'quasi-state of war' on Friday.", []),
    ("Officials called it a “long-term, self-sustaining recovery”.", []),
    ("Officials called it a “long-term and self-sustaining recovery”.", ["long-term and self-sustaining recovery"]),
    ("The ministry kept troops in a “semi-permanent state of alert” all week.", ["semi-permanent state of alert"]),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS)
def test_hyphenated_compounds_count_as_one_word(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


# Names, not quotations: themes and slogans (any case, any final punctuation), titles with a subtitle, and cited
# titles in a list of sources ("“Title” — Outlet, date").
NOT_QUOTES = [
    ("The summit will meet under the theme of “trade, trust, and shared growth.” Delegates arrive on Monday.", []),
    ("The slogan chosen by the organisers, “Cleaner Rivers, Safer Towns,” was printed on every banner.", []),
    ("Maria Lopez, curator of “Ocean Light: Paintings and Prints from the Harbour Archive” at the city museum, "
     "opened the show.", []),
    ("Sources\n\n“Flood barrier fails in northern town, say officials” — Northern Echo, March 3, 2019\n\n"
     "“River levels to fall by the weekend” — BBC News, March 4, 2019", []),
    # a quotation after a theme is named, a signed quote ending with a full stop, a title inside a sentence
    ("The theme was peace. Ruiz said, “We have to talk about water and jobs first.”",
     ["We have to talk about water and jobs first."]),
    ("“We will rebuild every bridge in the valley.” — Mayor Ana Ruiz, March 3, 2019",
     ["We will rebuild every bridge in the valley."]),
    ("Ruiz said the council would “look again at the plan for the harbour” in May.",
     ["look again at the plan for the harbour"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_QUOTES)
def test_themes_titles_and_citations_are_not_quotes(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


# "in the words of X" / "to quote X" name the speaker after them, a title or role before the name included.
SOURCE_PHRASES = [
    ("In the words of the chief inspector, Helen Ward, “the cladding should never have been approved by anyone.”",
     "Helen Ward"),
    ("To quote Nelson Mandela again, “It always seems impossible until it is done.”", "Nelson Mandela"),
    ("The damage was severe and, in the words of one resident, “the whole street looked like a war zone”.", ""),
    # a reporting verb after the phrase wins
    ("In the words of the old song, Mayor Ana Ruiz said “every road will be repaired before winter”.", "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "speaker"), SOURCE_PHRASES)
def test_in_the_words_of(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# A straight opening mark typed against the comma before it (‘said," We…’) still opens a quote when a later mark
# closes it; a closing mark after a comma stays a closing mark.
GLUED = [
    ('The coach said," We were not good enough in the second half". He left early.',
     ["We were not good enough in the second half"]),
    ('Ruiz added that the towns would get kits," For example, each school can run its own vote". Voting ends soon.',
     ["For example, each school can run its own vote"]),
    ('"We will be back next year," Ruiz said. "The fans deserve it," she added.',
     ["We will be back next year", "The fans deserve it"]),
    ('Ruiz said the vote was close," We lost by six". No later mark closes anything here," Nobody knows.',
     ["We lost by six"]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_opening_mark_glued_to_comma(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


# "…, with X stating/adding: “…”": the name between "with" and the -ing verb speaks, not the main clause's subject.
WITH_SUBJECT = [
    ("The paper quoted two critics, with campaigner Ana Ruiz stating: “This plan will push families onto the "
     "street.”", "Ana Ruiz"),
    ("Mayor Tom Berg opened the bridge on Monday, with engineer Lena Hoffmann adding, “It will last a hundred "
     "years.”", "Lena Hoffmann"),
    # no "with", or a "with" that completes a verb: the main clause's subject speaks
    ("Thousands of residents registered with the City Council saying “we want to stay in our homes”, Ruiz said.",
     "Ruiz"),
    ("Mayor Tom Berg opened the bridge on Monday, saying “it will last a hundred years at the very least”.",
     "Tom Berg"),
]


@pytest.mark.parametrize(("text", "speaker"), WITH_SUBJECT)
def test_with_name_stating(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# A quote signed with a dash, on its own line or the next one, a title before the name and a date after it.
SIGNED = [
    ("“Our two countries will always stand together in hard times.”\n– President Maria Lopez, March 3, 2021\n"
     "The minister travels to Rome next week.", "Maria Lopez"),
    ("“Every child deserves a safe school to go to.” — Secretary General Tom Berg, June 1, 2020", "Tom Berg"),
    ("“The harbour will reopen before the summer season begins.”\n\n— Mayor Ana Ruiz", "Ana Ruiz"),
    # the next line is not a signature
    ("“The harbour will reopen before the summer season begins.”\nMayor Ana Ruiz visited the port on Monday.", ""),
    ("“The harbour will reopen before the summer season begins.”\n– Ana Ruiz visited the port on Monday and "
     "met the dock workers.", ""),
]


@pytest.mark.parametrize(("text", "speaker"), SIGNED)
def test_dash_signature_with_title_and_date(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# "Name, he said": a pronoun right after a name and a comma stands for that name, however many people the
# sentence names before it.
DISLOCATED = [
    ("Ruiz met the Spanish envoy, and his counterpart, Foreign Minister Tom Berg, he said plainly: “We will not "
     "sign this agreement.”", "Tom Berg"),
    ("After Ana Ruiz spoke, the coach, Lena Hoffmann, she added, “We need a better pitch for the final.”",
     "Lena Hoffmann"),
    # a name that ends an opening phrase is not the pronoun's: the nearest subject before is
    ("Ana Ruiz chaired the meeting, and after talks with Tom Berg, she said “the deal is closer than ever before”.",
     "Ana Ruiz"),
    ("Ana Ruiz flew to Paris and, in a meeting with Tom Berg, she said “the deal is closer than ever before”.",
     "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "speaker"), DISLOCATED)
def test_name_comma_pronoun(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]

