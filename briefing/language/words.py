"""Word tokenization with no data needs, and the tokenizer object sumy is handed."""

from __future__ import annotations

import re

from briefing.language.sentences import split_sentences

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


class Tokenizer:
    """What sumy needs of a tokenizer: `to_sentences` and `to_words`, with no nltk data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))
