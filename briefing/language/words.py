"""Word tokenization with no data needs, and the tokenizer object sumy is handed.

One regular expression, tried in this order at each position:
- dotted abbreviations keep their periods, and may carry hyphenated parts: "U.S.", "a.m.", "U.S.-led";
- numbers keep their inner separators: "3.5", "1,200", "10:30", "52-48", "2021-22";
- words keep inner apostrophes and hyphens: "don't", "Iran's", "cease-fire", "O'Neill".
Curly apostrophes come out as "'" so "don’t" matches sumy's stop word "don't" and the Snowball
stemmer strips "’s" as it does "'s". Punctuation and symbols are not words.
"""

from __future__ import annotations

import re

from briefing.language.sentences import split_sentences

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'"})
_LETTERS = r"[^\W\d_]"
_ALNUM = r"[^\W_]"
_WORD = re.compile(
    rf"(?:{_LETTERS}\.){{2,}}(?:-{_ALNUM}+)*"  # U.S. / a.m. / U.S.-led
    rf"|\d+(?:[.,:]\d+)*(?:-{_ALNUM}+)*"  # 3.5 / 1,200 / 52-48 / 10-year
    rf"|{_ALNUM}+(?:['’ʼ-]{_ALNUM}+)*"  # don't / cease-fire / Iran's
)


def words(text: str) -> list[str]:
    """The words of `text` in order, apostrophes normalized to "'"."""
    return [w.translate(_APOSTROPHES) for w in _WORD.findall(text)]


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
