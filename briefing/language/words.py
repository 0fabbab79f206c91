"""Word tokenization with no data needs, and the tokenizer object sumy is handed.

One regular expression: a run of letters and digits, with
- inner apostrophes and hyphens: "don't", "Iran's", "cease-fire", "O'Neill", "52-48", "2021-22";
- then either dotted-abbreviation periods ("U.S.", "a.m.", "U.S.-led") or number separators
  ("3.5", "1,200", "10:30").
Curly apostrophes come out as "'" so "don’t" matches sumy's stop word "don't" and the Snowball
stemmer strips "’s" as it does "'s". Punctuation and symbols are not words.
"""

from __future__ import annotations

import re

from briefing.language.sentences import split_sentences

_LETTERS = r"[^\W\d_]"
_ALNUM = r"[^\W_]"
_WORD = re.compile(
    rf"{_ALNUM}+(?:['’ʼ-]{_ALNUM}+)*"  # don't / cease-fire / Iran's / 52-48
    rf"(?:\.(?:{_LETTERS}\.)+(?:-{_ALNUM}+)*"  # U.S. / a.m. / U.S.-led
    rf"|(?:[.,:]\d+)+(?:-{_ALNUM}+)*)?"  # 3.5 / 1,200 / 10:30 / 2.5-fold
)


def words(text: str) -> list[str]:
    """The words of `text` in order, apostrophes normalized to "'"."""
    if "’" in text or "ʼ" in text:
        text = text.replace("’", "'").replace("ʼ", "'")
    return _WORD.findall(text)


class Tokenizer:
    """What sumy needs of a tokenizer: `to_sentences` and `to_words`, with no nltk data.

    Stands in for `sumy.nlp.tokenizers.Tokenizer("english")`, which needs nltk's punkt data.
    """

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))
