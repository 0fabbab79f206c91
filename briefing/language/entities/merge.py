"""Article-wide merging: acronyms defined in brackets, surnames that take the full name, spelling variants
that share a canonical (Zelenskyy / Zelensky), affiliations spread to every mention of a person."""

from __future__ import annotations

import re

from briefing.language.actors import Knowledge, spelling_key
from briefing.language.entities.found import Found
from briefing.language.entities.titles import title_matcher
from briefing.models import EntityMention

_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z.&-]{1,9})\)")


def _person_canonical(name: str, k: Knowledge) -> str:
    """"Antony J. Blinken" -> "Antony Blinken"; transliteration endings collapsed (Zelenskyy -> Zelensky)."""
    words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.?", w) and w.lower().rstrip(".") not in k.titles]
    if words and all(w.isupper() for w in words):  # "ANTONY BLINKEN:" in a transcript
        words = [w.capitalize() for w in words]
    if len(words) > 0 and len(words[-1]) > 4:
        words[-1] = re.sub(r"(?:yy|iy|ii)$", "y", words[-1])
    return " ".join(words) or name


def _initials_match(acronym: str, name: str) -> bool:
    """ "JSC" for "Johnson Space Center", "RFJ" for "Rewards for Justice", "OIC" for "Organization of Islamic
    Cooperation": the acronym's letters are the words' initials, with or without the lowercase words."""
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    words = re.findall(r"[\w’']+", name)
    every = "".join(w[0] for w in words).upper()
    capitalised = "".join(w[0] for w in words if w[0].isupper())
    return len(letters) >= 2 and letters in (every, capitalised)


def _space_before(text: str, pos: int) -> int:
    """The offset where the spaces (if any) just before `pos` begin."""
    while pos > 0 and text[pos - 1] in " \t\u00a0":
        pos -= 1
    return pos


def _acronyms(found: list[Found], text: str) -> None:
    """An unknown acronym defined in brackets after a name ("Johnson Space Center (JSC)") is that name,
    there and everywhere else in the article."""
    brackets = list(_ACRONYM_IN_BRACKETS.finditer(text))
    if not brackets:
        return
    by_start = {f.start: f for f in found}
    by_end: dict[int, Found] = {}
    for f in found:
        by_end.setdefault(f.end, f)
    defined: dict[str, Found] = {}
    for m in brackets:
        short = by_start.get(m.start(1))
        full = by_end.get(_space_before(text, m.start()))
        if short is None or full is None or short.known or short.end != m.end(1) or short is full:
            continue
        if _initials_match(m.group(1), text[full.start:full.end]):
            defined.setdefault(m.group(1), full)
    if not defined:
        return
    for f in found:
        full = defined.get(text[f.start:f.end])
        if full is not None and not f.known and f is not full:
            f.kind, f.canonical, f.affiliation = full.kind, full.canonical, full.affiliation


class _Titles:
    """The title words written before each person's mentions, to keep apart two people who share a surname:
    "President Biden" is not "First Lady Jill Biden", "Mr. Smith" not "Mrs. Jane Smith"."""

    def __init__(self, found: list[Found], text: str, k: Knowledge) -> None:
        self._text, self._matcher = text, title_matcher(k)
        self._by_name: dict[str, set[str]] = {}
        for f in found:
            if f.kind == "person" and " " in f.canonical:
                self._by_name.setdefault(f.canonical, set()).update(self.words(f))

    def words(self, f: Found) -> set[str]:
        start = self._matcher.start_before(self._text, f.start)
        return set(self._text[start:f.start].lower().replace(".", "").split()) if start >= 0 else set()

    def conflict(self, f: Found, full_name: str) -> bool:
        """Both are titled and the titles share no word ("President" / "First Lady"; "Secretary" and "Secretary
        of State" agree)."""
        own, theirs = self.words(f), self._by_name.get(full_name, set())
        return bool(own and theirs and not own & theirs)


def _head_of(name: str) -> str:
    """The head word of a body's name: the word before "of"/"for" ("Department of State"), else the last one."""
    words = name.lower().split()
    for i, word in enumerate(words[1:], 1):
        if word in ("of", "for"):
            return words[i - 1]
    return words[-1] if words else ""


def _lone_heads(found: list[Found], text: str) -> None:
    """A lone head word ("the Department", "the Court") is the one body of the article with that head
    ("Department of State", "Supreme Court"); with none, or several, it is a body left unnamed: a mention of
    kind "other", which counts for no actor."""
    heads = [f for f in found if f.cue == "head"]
    if not heads:
        return
    bodies: dict[str, dict[str, Found]] = {}
    for f in found:
        surface = text[f.start:f.end]
        if f.cue != "head" and f.kind in ("organization", "place") and " " in surface:
            bodies.setdefault(_head_of(surface), {}).setdefault(f.canonical, f)
    for f in heads:
        word = f.canonical.lower()
        named = bodies.get(word) or bodies.get(word[:-1] if word.endswith("s") else word, {})
        if len(named) == 1:
            (body,) = named.values()
            f.kind, f.canonical, f.affiliation, f.known, f.cue = body.kind, body.canonical, body.affiliation, True, ""
        else:
            f.kind, f.cue = "other", ""


def _weak_people(found: list[Found]) -> None:
    """A name a person only by its shape ("Nord Stream") is no person where the article gives it a thing's cue
    elsewhere ("Nord Stream 2"); a name held back by such a cue (cue "word") is a person when the article
    names that person with a title ("Administrator Mark Green", "Mr. Green")."""
    held = {f.canonical for f in found if f.cue == "word"}
    if not held:
        return
    titled = {f.canonical for f in found if f.kind == "person" and f.cue == "title"}
    surnames = {name for name in titled if " " not in name}
    for f in found:
        if f.cue == "word" and (f.canonical in titled or f.canonical.split()[-1] in surnames):
            f.kind, f.cue = "person", ""
        elif f.cue == "shape" and f.canonical in held:
            f.kind = "other"


def merge_mentions(found: list[Found], text: str, k: Knowledge) -> list[EntityMention]:
    """Article-wide merging: lone heads take the body's name, surnames the full name, variants share a
    canonical, affiliations spread."""
    _lone_heads(found, text)
    _weak_people(found)
    _acronyms(found, text)
    full_by_surname: dict[str, Found] = {}
    for f in found:
        if f.kind == "person":
            f.canonical = _person_canonical(f.canonical, k)
            parts = f.canonical.split()
            if len(parts) >= 2:
                full_by_surname.setdefault(spelling_key(parts[-1]), f)
    people = {f.canonical for f in found if f.kind == "person"}
    titles = _Titles(found, text, k)
    for f in found:
        if f.known:
            continue
        if f.cue == "the" and f.canonical in people:  # "the Tom Cruise video" after "Tom Cruise"
            f.kind = "person"
            continue
        parts = f.canonical.split()
        if len(parts) == 1 or (f.kind == "person" and parts):
            full = full_by_surname.get(spelling_key(parts[-1]))
            same_first = full is not None and spelling_key(parts[0]) == spelling_key(full.canonical.split()[0])
            if full is not None and (len(parts) == 1 or same_first) and not titles.conflict(f, full.canonical):
                f.kind = "person"
                f.canonical = full.canonical
    affiliation: dict[str, str] = {}
    for f in found:
        if f.kind == "person":
            configured = k.affiliations.get(f.canonical.lower())
            if configured:
                f.affiliation = configured
            if f.affiliation:
                affiliation.setdefault(f.canonical, f.affiliation)
    mentions = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if f.kind == "person" and not f.affiliation:
            f.affiliation = affiliation.get(f.canonical, "")
        kind = k.kinds.get(f.canonical.lower(), f.kind)
        mentions.append(EntityMention(f.start, f.end, text[f.start:f.end], kind, f.canonical, f.affiliation))
    return mentions
