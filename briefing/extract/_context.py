"""Per-article context shared by the quote and sanction extractors.

Sentences, paragraphs and entity mentions are computed once per article by the language layer
(`briefing.language`); the extractors then ask questions about spans ("which actor is named here?",
"who does this title act for?", "what did the previous sentence name?").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from briefing.extract import _lexicon
from briefing.language.actors import Knowledge, actor_of, default_knowledge
from briefing.language.dates import event_date
from briefing.language.entities import find_entities
from briefing.language.sentences import sentence_spans
from briefing.models import EntityMention

_PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "organization", "we": "any", "i": "person"}
_WORD_BEFORE = re.compile(r"([\w.\-]+)[’']?s?\s*$")


@dataclass
class Context:
    text: str
    published: date | None = None
    article: str = ""
    knowledge: Knowledge | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[EntityMention] = field(default_factory=list)
    _mention_starts: list[int] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    _paragraph_starts: list[int] = field(default_factory=list)
    _surnames: dict[str, tuple[str, str]] = field(default_factory=dict)
    _dates: dict[int, date | None] = field(default_factory=dict)
    _aff_cache: dict[str, str] | None = None
    _countries: Counter[str] | None = None

    # --- spans -------------------------------------------------------------------------------
    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)

    def mentions_in(self, start: int, end: int) -> list[EntityMention]:
        """Mentions inside [start, end), including one cut by `start` (a sentence split inside "U.N. Mission")."""
        i = bisect.bisect_left(self._mention_starts, start)
        while i > 0 and self.mentions[i - 1].end > start:
            i -= 1
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end and self.mentions[i].end > start:
                out.append(self.mentions[i])
            i += 1
        return out

    def event_date(self, sentence: int) -> date | None:
        if not self.sentences:
            return self.published
        sentence = min(sentence, len(self.sentences) - 1)
        if sentence not in self._dates:
            s, e = self.sentences[sentence]
            self._dates[sentence] = event_date(self.text[s:e], self.published) or self.published
        return self._dates[sentence]

    # --- actors ------------------------------------------------------------------------------
    def canonical(self, mention: EntityMention) -> tuple[str, str]:
        """(canonical name, kind) of a mention, joining a bare surname to the full name seen earlier."""
        name, kind = mention.canonical or mention.text, mention.kind
        if kind in ("person", "other") and " " not in name.strip():
            known = self._surnames.get(name.lower())
            if known:
                return known
        return name, kind

    def actor(self, mention: EntityMention) -> str:
        """The actor a place or body stands for ("Tehran" -> "Iran", "the Kremlin" -> "Russia")."""
        return actor_of(mention, self.knowledge) or self.canonical(mention)[0]

    def affiliation_of(self, mention: EntityMention, phrase_start: int | None = None) -> str:
        """The actor a person acts for: the entity layer's answer, else the actor or title right before the name.

        "Kremlin spokesman Dmitry Peskov", "U.S. Secretary of State Antony Blinken": walk back over
        title words to a place or organisation; "Secretary Blinken": a title only some governments use,
        resolved against the countries the article names. Else the affiliation found at another mention.
        """
        if mention.affiliation:
            return mention.affiliation
        name, kind = self.canonical(mention)
        if kind != "person":
            return _lexicon.leader_country(name) or self.actor(mention)
        return self._title_actor(mention) or self._person_affiliation.get(name, "") or _lexicon.leader_country(name)

    def _title_actor(self, mention: EntityMention) -> str:
        titles = _lexicon.words("speaker_titles.txt")
        pos = mention.start
        while True:
            m = _WORD_BEFORE.search(self.text, max(0, pos - 40), pos)
            if not m:
                break
            for other in self.mentions_in(m.start(), pos):
                if other is not mention and self.canonical(other)[1] in ("place", "organization"):
                    return self.actor(other)
            if m.group(1).lower() not in titles and m.group(1).lower() not in ("of", "the"):
                break
            pos = m.start()
        return self.title_country(self.text[pos : mention.start])

    def title_country(self, phrase: str) -> str:
        """The country an unprefixed title acts for ("Deputy Secretary of State" -> United States).

        A title several governments use ("Secretary of State": US, UK) counts only when exactly one of
        them — or clearly the most — is named in the article; a title no listed government owns ("President")
        resolves to nothing.
        """
        key = " ".join(re.findall(r"[a-z]+", phrase.lower()))
        if not key:
            return ""
        for title, countries in _lexicon.title_countries():
            if key == title or key.endswith(" " + title):
                return self._pick_country(countries)
        return ""

    def _pick_country(self, countries: tuple[str, ...]) -> str:
        if len(countries) == 1:
            return countries[0]
        named = sorted(((self.countries[c], c) for c in countries if self.countries[c]), reverse=True)
        if len(named) == 1 or (len(named) > 1 and named[0][0] >= 2 * named[1][0]):
            return named[0][1]
        return ""

    @property
    def countries(self) -> Counter[str]:
        """How often each actor is named in the article (as a place, a body or a person's affiliation)."""
        if self._countries is None:
            self._countries = Counter(a for a in (actor_of(m, self.knowledge) or _lexicon.leader_country(m.text)
                                                  for m in self.mentions) if a)
        return self._countries

    @property
    def person_affiliations(self) -> dict[str, str]:
        """Each person the article names, with the actor they act for ("" if unknown)."""
        return self._person_affiliation

    @property
    def _person_affiliation(self) -> dict[str, str]:
        if self._aff_cache is None:
            cache: dict[str, str] = {}
            for m in self.mentions:
                name, kind = self.canonical(m)
                if kind == "person" and not cache.get(name):
                    cache[name] = m.affiliation or self._title_actor(m)
            self._aff_cache = cache
        return self._aff_cache

    def subject_before(self, sentence: int, kinds: tuple[str, ...]) -> EntityMention | None:
        """The first mention of one of `kinds` in the sentence before `sentence` — what "it"/"the group" refers to."""
        if sentence <= 0:
            return None
        s, e = self.sentences[sentence - 1]
        candidates = [m for m in self.mentions_in(s, e) if not _lexicon.is_not_actor(m.text)]
        # a named entity of the right kind that is not a state, then any of the right kind, then anything but a place
        # (the entity layer may call an unknown group a person: "Aum Shinrikyo")
        for ok in (lambda m: self.canonical(m)[1] in kinds and not actor_of(m, self.knowledge),
                   lambda m: self.canonical(m)[1] in kinds,
                   lambda m: self.canonical(m)[1] != "place" and not actor_of(m, self.knowledge)):
            found = next((m for m in candidates if ok(m)), None)
            if found:
                return found
        return None


_LAST: list[tuple[tuple, Context]] = []


def build(text: str, published: date | None = None, article: str = "", knowledge: object = None) -> Context:
    """The context of one article; the last one is kept, since quotes and sanctions read the same article."""
    key = (text, published, article, id(knowledge))
    if _LAST and _LAST[0][0] == key:
        return _LAST[0][1]
    ctx = _build(text, published, article, knowledge if isinstance(knowledge, Knowledge) else default_knowledge())
    _LAST[:] = [(key, ctx)]
    return ctx


def _build(text: str, published: date | None, article: str, knowledge: Knowledge) -> Context:
    ctx = Context(text=text, published=published, article=article, knowledge=knowledge)
    ctx.sentences = list(sentence_spans(text))
    ctx._sentence_starts = [s for s, _ in ctx.sentences]
    ctx.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    ctx._paragraph_starts = [s for s, _ in ctx.paragraphs]
    ctx.mentions = sorted(find_entities(text, knowledge=knowledge, spans=ctx.sentences),
                          key=lambda m: (m.start, -m.end))
    ctx._mention_starts = [m.start for m in ctx.mentions]
    for m in ctx.mentions:
        name = m.canonical or m.text
        parts = name.split()
        if m.kind == "person" and len(parts) >= 2:
            ctx._surnames.setdefault(parts[-1].lower(), (name, "person"))
            ctx._surnames.setdefault(m.text.split()[-1].lower(), (name, "person"))
    return ctx


def pronoun_kind(phrase: str) -> str | None:
    return _PRONOUNS.get(phrase.strip().lower())
