"""Key quotes: every quote form and speaker rule as a table of text -> expected."""

from __future__ import annotations

import pytest

from briefing.extract import find_quotes, merge_quotes

FORMS = [
    # (text, expected quote texts)
    ("“We will respond swiftly to any transfer,” Blinken said.", ["We will respond swiftly to any transfer"]),
    ('"We will respond swiftly to any transfer," Blinken said.', ["We will respond swiftly to any transfer"]),
    ("‘We will respond swiftly to any transfer,’ Blinken said.", ["We will respond swiftly to any transfer"]),
    ("'We will respond swiftly to any transfer,' Blinken said.", ["We will respond swiftly to any transfer"]),
    # several sentences inside one quote
    ("“This is not true. We are developing dialogue with Iran,” he said.",
     ["This is not true. We are developing dialogue with Iran"]),
    # split around the attribution: one quote
    ("“We warned Tehran publicly,” Blinken said, “and we warned them privately.”",
     ["We warned Tehran publicly and we warned them privately."]),
    # partial quote inside a sentence
    ("Patel said the US was “incredibly concerned about the reports of missiles.”",
     ["incredibly concerned about the reports of missiles."]),
    # scare quotes of one to three words are not key quotes
    ("The EU described as “credible” the intelligence and signaled a “swift” response.", []),
    ("Lammy called it “a troubling pattern” on Monday.", []),
    # apostrophes are not quote marks
    ("Iran's leaders don't accept the ’90s rules and Russia’s allies' claims.", []),
    # a nested single quote stays inside the double quote
    ("“They called it a 'direct threat' to Europe,” she said.", ["They called it a 'direct threat' to Europe"]),
    # quoted titles are not quotes
    ("She will speak at a panel entitled “Shaping the Future of Journalism in Wartimes.”", []),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_quote_forms(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quotes(text)] == expected


SPEAKERS = [
    # (text, speaker of the last quote)
    ("Antony Blinken arrived.\n\n“We will be listening to our partners,” Blinken said.", "Antony Blinken"),
    ("“We will be listening to our partners,” said Antony Blinken.", "Antony Blinken"),
    ("“We will be listening to our partners,” Antony Blinken told reporters.", "Antony Blinken"),
    ("“We will be listening to our partners,” Antony Blinken remarked.", "Antony Blinken"),
    ("Antony Blinken spoke.\n\n“We will be listening to our partners,” Blinken added.", "Antony Blinken"),
    ("“We will be listening to our partners,” according to Antony Blinken.", "Antony Blinken"),
    ("“Not every time this kind of information is true,” Kremlin spokesman Dmitry Peskov said.", "Dmitry Peskov"),
    ("“Not every time this kind of information is true,” the spokesperson, Maria Zakharova, said.",
     "Maria Zakharova"),
    ("Iranian spokesman Nasser Kanani said: “We strongly reject the claims on Iran.”", "Nasser Kanani"),
    # pronoun -> the person the preceding sentence is about
    ("Kremlin spokesman Dmitry Peskov pushed back.\n\n“Not every time this kind of information is true,” he said.",
     "Dmitry Peskov"),
    # continuation: a paragraph that is only a quote keeps the speaker of the quote before
    ("“We are aware of the information,” EU spokesman Peter Stano said.\n\n“We are looking further into it now.”",
     "Peter Stano"),
    # bodies
    ("“We are prepared to respond swiftly and together,” the G-7 leaders said in a statement.", "G7"),
    # nobody named: no speaker beats a wrong one
    ("The statement was issued.\n\n“This act is an escalation by both Iran and Russia.”", ""),
    ("“The Department continues to recommend against it,” a U.S. official said.", ""),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_speakers(text: str, speaker: str) -> None:
    quotes = find_quotes(text)
    assert quotes, text
    assert quotes[-1].speaker == speaker
    assert (quotes[-1].speaker_kind == "none") == (speaker == "")


def test_record_fields_point_back_into_the_text() -> None:
    text = "Blinken arrived in London.\n\n“Russia has received shipments of these missiles,” Blinken said."
    (quote,) = find_quotes(text, article="a1")
    assert text[quote.start] == "“" and text[quote.end - 1] == "”"
    assert quote.article == "a1" and quote.sentence == 1


def test_merge_quotes_joins_the_same_quote_across_outlets() -> None:
    a = find_quotes("“Russia has received shipments of these ballistic missiles and is likely to deploy them "
                    "within weeks,” Blinken said.", article="a")
    b = find_quotes("“Russia has now received shipments of these (Iranian) ballistic missiles and is likely to use "
                    "them within weeks,” Blinken said.", article="b")
    c = find_quotes("“We strongly reject the claims of Iran's role in exporting arms,” Kanani said.", article="c")
    merged = merge_quotes([*a, *b, *c])
    assert len(merged) == 2
    assert sorted(len(q.sources) for q in merged) == [1, 2]
