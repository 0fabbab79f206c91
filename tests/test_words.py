"""Word tokenizer and the sumy tokenizer object."""

from __future__ import annotations

import pytest

from briefing.language.words import Tokenizer, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. officials met.", ["U.S.", "officials", "met"]),
        ("in the U.S.", ["in", "the", "U.S."]),
        ("the U.S.-led coalition", ["the", "U.S.-led", "coalition"]),
        ("at 9 a.m. Monday", ["at", "9", "a.m.", "Monday"]),
        ("I don't know", ["I", "don't", "know"]),
        ("We don’t know", ["We", "don't", "know"]),
        ("Iran’s U.N. mission", ["Iran's", "U.N.", "mission"]),
        ("a cease-fire in the Israel-Gaza war", ["a", "cease-fire", "in", "the", "Israel-Gaza", "war"]),
        ("rose 3.5% to $1,200.50 by 10:30", ["rose", "3.5", "to", "1,200.50", "by", "10:30"]),
        ("the bill passed 52-48.", ["the", "bill", "passed", "52-48"]),
        ("a 10-year-old boy", ["a", "10-year-old", "boy"]),
        ("It ended. Then, silence...", ["It", "ended", "Then", "silence"]),
        ("“Quoted,” he said — (aside)", ["Quoted", "he", "said", "aside"]),
        ("Ph.D. students, e.g. Jones", ["Ph.D.", "students", "e.g.", "Jones"]),
        ("Zelenskyy met Erdoğan in Kyiv", ["Zelenskyy", "met", "Erdoğan", "in", "Kyiv"]),
        ("snake_case and #tags", ["snake", "case", "and", "tags"]),
        ("", []),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_tokenizer_gives_sumy_sentences_and_words() -> None:
    tok = Tokenizer("english")
    assert tok.language == "english"
    assert tok.to_sentences("U.S. officials said it. “We act,” Blinken said.") == (
        "U.S. officials said it.",
        "“We act,” Blinken said.",
    )
    assert tok.to_words("Blinken’s U.S. trip") == ("Blinken's", "U.S.", "trip")


def test_sumy_parser_accepts_the_tokenizer() -> None:
    from sumy.parsers.plaintext import PlaintextParser

    doc = PlaintextParser.from_string("Gen. Smith arrived. He spoke.\n\nU.S. officials left.", Tokenizer()).document
    assert [str(s) for s in doc.sentences] == ["Gen. Smith arrived.", "He spoke.", "U.S. officials left."]
