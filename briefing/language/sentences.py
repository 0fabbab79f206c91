"""Sentence splitting (interim regex version; to be replaced by the Punkt-based splitter)."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?][\"”’)]?)\s+(?=[\"“‘(]?[A-Z])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, paragraph breaks always ending a sentence."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for boundary in _BOUNDARY.finditer(para.group()):
            end = para.start() + boundary.start()
            if end > start:
                spans.append((start, end))
            start = para.start() + boundary.end()
        if para.end() > start:
            spans.append((start, para.end()))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
