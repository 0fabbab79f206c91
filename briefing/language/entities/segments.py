"""A run cut into segments: known names (gazetteer), titles, demonyms, connectors and plain words.

A segment is (what, first token, end token, value): what is "gaz" (value: the Entry), "title", "dem" (value:
the country), "conn", "word", or "part" (one part of "Russia-Ukraine"; start and end are then offsets).
"""

from __future__ import annotations

from briefing.language.actors import Entry, Knowledge
from briefing.language.entities.runs import Token

Segment = tuple[str, int, int, object]


def _lookup(text: str, tokens: list[Token], i: int, knowledge: Knowledge) -> tuple[int, str, object]:
    """Longest known name or title starting at token i: (end token index, 'gaz'|'dem'|'title', value)."""
    for j in range(min(len(tokens), i + knowledge.max_tokens + 2), i, -1):
        if tokens[j - 1].conn:
            continue
        surface = text[tokens[i].start:tokens[j - 1].end]
        entry = knowledge.lookup(surface)
        if entry is not None:
            return j, "gaz", entry
        lower = surface.lower().rstrip(".")
        if lower in knowledge.titles or (lower[-1:] == "s" and lower[:-1] in knowledge.titles):  # "Ministers"
            return j, "title", None
        if surface in knowledge.demonyms:
            return j, "dem", knowledge.demonyms[surface]
    return i + 1, "word", None


def _segments(text: str, run: list[Token], knowledge: Knowledge) -> list[Segment]:
    """The run cut left to right, the longest known name or title first at each word."""
    segs: list[Segment] = []
    i = 0
    while i < len(run):
        if run[i].conn:
            segs.append(("conn", i, i + 1, None))
            i += 1
            continue
        j, what, value = _lookup(text, run, i, knowledge)
        if what == "word" and "-" in run[i].text:
            parts = _hyphen_parts(text, run[i], knowledge)
            if parts:
                segs.extend(parts)
                i += 1
                continue
        segs.append((what, i, j, value))
        i = j
    return segs


def run_segments(text: str, run: list[Token], knowledge: Knowledge) -> list[Segment]:
    """`_segments`, remembered by the run's surface: news repeats the same names and titles endlessly.

    Segments hold token indices, so they depend on the surface only; hyphen parts hold offsets and are
    not kept.
    """
    key = text[run[0].start:run[-1].end]
    memo = knowledge.segment_memo
    segs = memo.get(key)
    if segs is None:
        segs = _segments(text, run, knowledge)
        if all(seg[0] != "part" for seg in segs):
            if len(memo) > 50_000:
                memo.clear()
            memo[key] = segs
    return segs


def _hyphen_parts(text: str, tok: Token, knowledge: Knowledge) -> list[Segment]:
    """"Russia-Ukraine" or "Russian-Iranian": every part a known name. Returned as ('part', start, end, entry)."""
    out: list[Segment] = []
    pos = tok.start
    for part in tok.text.split("-"):
        entry = knowledge.lookup(part)
        if entry is None and part in knowledge.demonyms:
            country = knowledge.demonyms[part]
            entry = Entry(country, "other", country)
        if entry is None:
            return []
        out.append(("part", pos, pos + len(part), entry))
        pos += len(part) + 1
    return out
