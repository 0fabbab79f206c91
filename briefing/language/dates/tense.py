"""Tense around a date expression: the nearest past or future cue in its sentence decides whether a
yearless date ("Friday", "in January") lies before or after the publication date."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.language.dates.lexicon import abbreviations, lexicon
from briefing.language.dates.pattern import words_ci

PAST = "past"
FUTURE = "future"

# How far (characters) either side of an expression tense cues are looked for, within its sentence.
_CUE_WINDOW = 160
# Cues after the expression count as this much farther away than cues before it ("said on Friday").
_AFTER_PENALTY = 1.5
# Each clause break between a cue and the expression adds this many characters to its distance:
# "warned Iran on Friday that economies will pile on sanctions" is about the warning.
_CLAUSE_PENALTY = 40
# What may stand between a future cue and the participle it governs: "will [not] [have] [been] held".
_VERB_GROUP = re.compile(r"(?:\s+[A-Za-z'’]+){0,3}\s+")
CLAUSE_BREAK = re.compile(
    r"[,;:—–()\[\]]|\b(?:that|which|who|whom|whose|where|while|whereas|but|because|although|though|if|unless)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for every tense cue, and the tense of each cue phrase (lower case, single spaces).

    Cue phrases from both lists share one trie, so the longest wins where they overlap: "would have"
    (past) over "would" (future), "set to" (future) over "set" (past). Lower-case words ending in
    "-ed" are past cues too, unless listed in date_not_past.txt.
    """
    lx = lexicon()
    kinds = {" ".join(c.split()): PAST for c in lx.past_cues}
    kinds.update({" ".join(c.split()): FUTURE for c in lx.future_cues})
    contractions = [c for c in kinds if c[:1] in "'’"]
    words = [c for c in kinds if c[:1] not in "'’"]
    pattern = rf"\b(?P<cue>{words_ci(words)})\b|\b(?P<ed>[a-z][a-z-]+ed)\b"
    if contractions:
        pattern += rf"|(?<=\w)(?P<short>{words_ci(contractions)})\b"
    return re.compile(pattern), kinds


_BOUNDARY = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n\s*\n")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.$|(?:^|[^\w.])[A-Z](?:\.[A-Z])*\.$")


def _is_sentence_end(text: str, boundary: re.Match[str]) -> bool:
    """False for the period of "Sept.", "Mr.", "U.S." (before a capital these rarely end a sentence)."""
    if not boundary.group().startswith("."):
        return True
    before = _WORD_BEFORE.search(text, max(0, boundary.start() - 12), boundary.start() + 1)
    if before is None:
        return True
    word = before.group(1)
    return word is not None and word.lower() not in abbreviations()


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Approximate sentence around text[start:end], at most _CUE_WINDOW characters either side."""
    lo, hi = max(0, start - _CUE_WINDOW), min(len(text), end + _CUE_WINDOW)
    left = lo
    for m in _BOUNDARY.finditer(text, lo, min(len(text), start + 2)):
        if m.end() <= start and _is_sentence_end(text, m):
            left = m.end()
    right = hi
    for m in _BOUNDARY.finditer(text, end, min(len(text), hi + 2)):
        if m.start() < hi and _is_sentence_end(text, m):
            right = m.start() + 1
            break
    return left, right


def _tense(text: str, start: int, end: int) -> str | None:
    """FUTURE or PAST from the nearest tense cue in the sentence around text[start:end]; None if no cue."""
    left, right = _sentence_bounds(text, start, end)
    cue_re, kinds = _cues()
    not_past = lexicon().not_past
    cues: list[tuple[int, int, str]] = []
    future_ends: list[int] = []
    for m in cue_re.finditer(text, left, right):
        if m.end() > start and m.start() < end:
            continue  # inside the expression itself ("later Tuesday")
        if m.group("ed"):
            if m.group("ed") in not_past:
                continue
            kind = PAST
        else:
            kind = kinds.get(" ".join(m.group().lower().split()), PAST)
        if kind == PAST and any(_VERB_GROUP.fullmatch(text, b, m.start()) for b in future_ends):
            continue  # a participle in the verb group a future cue leads: "will be held", "is expected to be"
        if kind == FUTURE:
            future_ends.append(m.end())
        cues.append((m.start(), m.end(), kind))
    best, best_distance = None, float("inf")
    for cue_start, cue_end, kind in cues:
        if cue_end <= start:
            gap, distance = (cue_end, start), float(start - cue_end)
        else:
            gap, distance = (end, cue_start), (cue_start - end) * _AFTER_PENALTY
        if distance >= best_distance:
            continue
        distance += _CLAUSE_PENALTY * sum(1 for _ in CLAUSE_BREAK.finditer(text, *gap))
        if distance < best_distance:
            best, best_distance = kind, distance
    return best



_SINCE = re.compile(r"\b[Ss]ince\s+(?=\S)")
_SINCE_REACH = 40


def tense_at(text: str, start: int, end: int) -> str | None:
    """The tense of the expression at text[start:end]. "since July", "since coming to office in July": a
    starting point is behind us whatever the verb says, when nothing breaks the clause in between."""
    for since in _SINCE.finditer(text, max(0, start - _SINCE_REACH), min(len(text), start + 7)):
        if since.start() <= start and not CLAUSE_BREAK.search(text, since.end(), start):
            return PAST
    return _tense(text, start, end)
