"""The kind of a name (person, organization, place, other) from its head word, its shape and its context."""

from __future__ import annotations

import re

from briefing.language.actors import Knowledge
from briefing.language.entities.found import clean

_LEFT_PREP = re.compile(r"\b(?:in|at|from|to|near|into|across|outside|inside|toward|towards)\s+(?:the\s+)?$")
SAID_AFTER = re.compile(r"[ \t\u00a0]+(?:said|says|told|added|wrote|tweeted|stated|noted|asked|warned)\b")
_REGION_AFTER = re.compile(r",[ \t\u00a0]+[A-Z]")  # "Evansville, Indiana"
_LANGUAGE_ENDINGS = ("ish", "ese", "ic")  # "in English", "in Arabic": a language, not a place
# "the city of Nasiriyah", "the province of Idlib": the common noun says what the name is
_PLACE_OF = re.compile(r"\b(?:city|town|village|province|region|county|district|oblast|island|port|state)\s+of\s+$")
# ", a mother of four,", ", a young woman from …": the noun that heads the apposition is its last word before a
# comma or a preposition, after at most three modifiers
_APPOSITION_HEAD = re.compile(r",[ \t\u00a0]+(?:a|an)[ \t\u00a0]+(?:[\w\-’']+[ \t\u00a0]+){0,3}?([a-z]+)"
                              r"(?=[ \t\u00a0]*,|[ \t\u00a0]+(?:of|from|in|with|who|whose)\b)")
_LONE_CITY_POPULATION = 100_000  # a one-word city name below this is too often a word or a given name
_OPENER_CITY_POPULATION = 1_000_000  # the same, for a sentence's first word seen nowhere else


def word_kind(words: list[str], knowledge: Knowledge, head_words: list[str] | None = None) -> str:
    """The kind a head word gives. English names are head-final, so the last head decides ("Air Force Base"
    is a place, "Red Sea Summit" an event), looking first before any "of"/"for" (`head_words`:
    "Department of State", "Museum of the U.S. Air Force")."""
    for group in (head_words, words) if head_words else (words,):
        for word in reversed(group):
            w = word.lower().rstrip(".")
            for head in (w, w[:-1]) if w.endswith("s") and len(w) > 3 else (w,):  # "Accords", "Councils"
                if head in knowledge.org_heads:
                    return "organization"
                if head in knowledge.place_heads:
                    return "place"
                if head in knowledge.event_heads:
                    return "other"
    return ""


def is_acronym(words: list[str]) -> bool:
    """One word in capitals ("NATO", "IAEA"): an organisation unless a title says it is a person's name."""
    return len(words) == 1 and len(words[0]) >= 2 and words[0].replace("-", "").isupper()


def the_before(text: str, start: int) -> bool:
    """ "the" right before the name: "the Stamford Advocate" is a thing, never a person."""
    return start >= 4 and text[start - 4:start] in ("the ", "The ") and (
        start == 4 or not text[start - 5].isalnum())


def place_kind(text: str, k: Knowledge, starts: set[int], words: list[str], start: int, end: int) -> str:
    """ "place" when the span is a known city or US state/county and nothing says it is a person here.

    Many cities share a name with a person or a word ("Sydney", "Mobile", "Victoria"): a lone word needs a
    large city (or "in"/"from" before it, or ", <Region>" after it), and a name that speaks
    ("Victoria said") is left to the person rules.
    """
    places = k.places
    surface = clean(text[start:end])
    population = places.population(surface)
    if not population and not places.is_region(surface):
        return ""
    if SAID_AFTER.match(text, end):
        return ""
    if len(words) > 1 or places.is_region(surface):
        return "place"
    lower = surface.lower()
    if lower in k.not_names or lower in k.titles or lower in k.title_modifiers:
        return ""
    if _REGION_AFTER.match(text, end):
        return "place"
    if start in starts and text.count(surface) == 1:
        # "Reading the statement, ...": a sentence opener seen nowhere else is most likely a word.
        return "place" if population >= _OPENER_CITY_POPULATION else ""
    return "place" if population >= _LONE_CITY_POPULATION else ""


def agency_shape(k: Knowledge, words: list[str]) -> bool:
    """A hyphenated word with a known country in it ("Agence France-Presse") belongs to a body's name."""
    lookup = k.lookup
    return any("-" in word and any(lookup(part) is not None for part in word.split("-")) for word in words)


def person_shape(text: str, k: Knowledge, words: list[str], start: int, end: int) -> bool:
    """2-4 capitalised words (initials aside), none all capitals, no "of"/"and"/"&" inside, not opening
    with a word that qualifies titles ("Foreign Affairs", "Principal Deputy")."""
    full = [w for w in words if len(w) > 1]
    if not 2 <= len(full) <= 4 or len(words) > 5 or words[0].lower() in k.title_modifiers:
        return False
    if not all(w[:1].isupper() and not w.isupper() for w in full):
        return False
    inner = text[start:end]
    return not any(c in inner for c in ("&", " of ", " and ", " for "))


def after_place_preposition(text: str, words: list[str], start: int) -> bool:
    """One word after "in", "from", "near", ... that is not a language ("in English"): a place."""
    return len(words) == 1 and not words[0].endswith(_LANGUAGE_ENDINGS) \
        and _LEFT_PREP.search(text, max(0, start - 12), start) is not None


def place_of(text: str, start: int) -> bool:
    """A name right after "the city of", "the province of", ...: a place."""
    return _PLACE_OF.search(text, max(0, start - 16), start) is not None


def person_apposition(text: str, k: Knowledge, end: int) -> bool:
    """An apposition headed by a noun for a person ("Nura, a mother of four, begged …")."""
    m = _APPOSITION_HEAD.match(text, end)
    return m is not None and m.group(1) in k.person_nouns
