"""Titles before a name ("Kremlin spokesman", "Secretary of State") and the affiliation they carry."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.language.actors import Knowledge
from briefing.language.entities.found import Found, actor_of
from briefing.language.entities.runs import ABBREVIATED, NAME_WORD

_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?[ \t\u00a0]+")


class TitleMatcher:
    """Finds a title phrase ("foreign ministry spokesman", "secretary of state") ending just before a name."""

    def __init__(self, titles: frozenset[str], modifiers: frozenset[str]) -> None:
        self.titles = titles
        self.mods = modifiers
        self.longest = max((len(t.split()) for t in titles), default=1)
        self.last_words = {t.split()[-1] for t in titles}
        title = "|".join(re.escape(w) for w in sorted(titles, key=len, reverse=True))
        self.inside = re.compile(rf"\b(?:{title})\b", re.IGNORECASE)

    def start_before(self, text: str, start: int) -> int:
        """Where a title (with its modifiers) that ends right before `start` begins, else -1. Dict lookups only."""
        if start == 0 or not text[start - 1].isspace():
            return -1
        lo = max(0, start - 60)
        words = text[lo:start].split()[-8:]
        if not words or words[-1].lower().rstrip(".") not in self.last_words:
            return -1
        if words[-1].endswith(".") and words[-1].lower().rstrip(".") not in ABBREVIATED:
            return -1  # "... as president. Faced with ...": a sentence ended
        lowers = [w.lower().rstrip(".") for w in words]
        found = 0
        for k in range(min(self.longest, len(lowers)), 0, -1):
            if " ".join(lowers[-k:]) in self.titles:
                found = k
                break
        if not found:
            return -1
        i = len(lowers) - found
        while i > 0:
            if lowers[i - 1] in self.mods:
                i -= 1
            elif i > 1 and f"{lowers[i - 2]} {lowers[i - 1]}" in self.mods:
                i -= 2
            else:
                break
        pos = start
        for word in reversed(words[i:]):
            pos = text.rfind(word, lo, pos)
        return pos


def title_matcher(knowledge: Knowledge) -> TitleMatcher:
    """The matcher for the knowledge's titles, built once per set of titles."""
    return _matcher(knowledge.titles, knowledge.title_modifiers)


@lru_cache(maxsize=8)
def _matcher(titles: frozenset[str], modifiers: frozenset[str]) -> TitleMatcher:
    return TitleMatcher(titles, modifiers)


def affiliation_left(text: str, k: Knowledge, titles: TitleMatcher, found: list[Found], start: int) -> str:
    """The actor of the name just before a title: "Kremlin spokesman X", "Iran's foreign minister X"."""
    title_start = titles.start_before(text, start)
    if title_start < 0:
        return ""
    for f in reversed(found[-3:]):
        if f.end > start:
            continue
        if f.start >= title_start or _POSSESSIVE_GAP.fullmatch(text, f.end, title_start):
            return actor_of(f, k)
        break
    window = text[max(0, title_start - 30):title_start]
    dem = re.search(r"(\w+)[ \t]+$", window)
    if dem and dem.group(1) in k.demonyms:
        return k.demonyms[dem.group(1)]
    return ""


def affiliation_in(text: str, k: Knowledge, start: int, end: int) -> str:
    """The first actor named in an apposition ("the U.S. secretary of state", "Iran's foreign minister")."""
    for m in NAME_WORD.finditer(text, start, end):
        actor = k.actor(m.group())
        if actor:
            return actor
    return ""
