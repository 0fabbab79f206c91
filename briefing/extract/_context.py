"""Per-article context shared by the quote and sanction extractors.

Sentences, paragraphs and entity mentions are computed once per article; the extractors then ask
questions about spans ("which actor is named here?", "who is the person this pronoun points to?").
The entity and sentence layers are used when they exist; small fallbacks keep the extractors
working on their own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from briefing.extract import _lexicon
from briefing.models import EntityMention

# A run of capitalised words, allowing short lower-case joiners inside ("Secretary of State").
_CAP_TOKEN = r"(?:(?:[A-Z]\.){2,}|[A-Z]\.(?=[ \t]+[A-Z])|[A-Z][\w\-]*)"
_CAP_RUN = re.compile(rf"{_CAP_TOKEN}(?:[ \t]+(?:(?:of|the|for|de|al|bin|von|van)[ \t]+)*{_CAP_TOKEN})*")
_LEADING_FUNCTION = _lexicon.words("extract_function_words.txt")
_ORG_HEADS = _lexicon.words("extract_org_heads.txt")
_PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "organization", "we": "any", "i": "person"}


@dataclass
class Context:
    text: str
    published: date | None = None
    article: str = ""
    knowledge: object = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[EntityMention] = field(default_factory=list)
    _mention_starts: list[int] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    _surnames: dict[str, tuple[str, str]] = field(default_factory=dict)

    # --- spans -------------------------------------------------------------------------------
    def sentence_of(self, offset: int) -> int:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return max(0, i)

    def paragraph_of(self, offset: int) -> int:
        for i, (s, e) in enumerate(self.paragraphs):
            if s <= offset < e or offset < s:
                return i
        return max(0, len(self.paragraphs) - 1)

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
        s, e = self.sentences[min(sentence, len(self.sentences) - 1)]
        try:
            from briefing.language.dates import event_date
        except ImportError:
            return self.published
        try:
            return event_date(self.text[s:e], self.published) or self.published
        except Exception:  # the dates layer is someone else's; a failure there must not lose the record
            return self.published

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
        try:
            from briefing.language.actors import actor_of
        except ImportError:
            return self.canonical(mention)[0]
        try:
            return actor_of(mention, self.knowledge) or self.canonical(mention)[0]
        except Exception:  # the actors layer is someone else's: fall back to the canonical name
            return self.canonical(mention)[0]

    def affiliation_of(self, mention: EntityMention, phrase_start: int | None = None) -> str:
        """The actor a person acts for: the entity layer's answer, else the actor right before the title.

        "Kremlin spokesman Dmitry Peskov", "U.S. Secretary of State Antony Blinken": walk back over
        title words to a place or organisation. Else the affiliation found at another mention.
        """
        if mention.affiliation:
            return mention.affiliation
        name, kind = self.canonical(mention)
        if kind != "person":
            return self.actor(mention)
        own = self._title_actor(mention)
        if own:
            return own
        return self._person_affiliation.get(name, "")

    def _title_actor(self, mention: EntityMention) -> str:
        titles = _lexicon.words("speaker_titles.txt")
        pos = mention.start
        while True:
            m = re.search(r"([\w.\-]+)[’']?s?\s*$", self.text[max(0, pos - 40) : pos])
            if not m:
                return ""
            word_start = max(0, pos - 40) + m.start()
            for other in self.mentions_in(word_start, pos):
                if other is mention:
                    continue
                if self.canonical(other)[1] in ("place", "organization"):
                    return self.actor(other)
            if m.group(1).lower() not in titles and m.group(1).lower() not in ("of", "the"):
                return ""
            pos = word_start

    @property
    def _person_affiliation(self) -> dict[str, str]:
        cache = getattr(self, "_aff_cache", None)
        if cache is None:
            cache = {}
            for m in self.mentions:
                name, kind = self.canonical(m)
                if kind == "person" and not cache.get(name):
                    cache[name] = m.affiliation or self._title_actor(m)
            self._aff_cache = cache
        return cache


_LAST: list[tuple[tuple, Context]] = []


def build(text: str, published: date | None = None, article: str = "", knowledge: object = None) -> Context:
    """The context of one article; the last one is kept, since quotes and sanctions read the same article."""
    key = (text, published, article, id(knowledge))
    if _LAST and _LAST[0][0] == key:
        return _LAST[0][1]
    ctx = _build(text, published, article, knowledge)
    _LAST[:] = [(key, ctx)]
    return ctx


def _build(text: str, published: date | None, article: str, knowledge: object) -> Context:
    ctx = Context(text=text, published=published, article=article, knowledge=knowledge)
    ctx.sentences = _sentence_spans(text)
    ctx._sentence_starts = [s for s, _ in ctx.sentences]
    ctx.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    ctx.mentions = sorted(_entities(text, knowledge, ctx.sentences), key=lambda m: (m.start, -m.end))
    ctx._mention_starts = [m.start for m in ctx.mentions]
    for m in ctx.mentions:
        name = m.canonical or m.text
        parts = name.split()
        if m.kind == "person" and len(parts) >= 2:
            ctx._surnames.setdefault(parts[-1].lower(), (name, "person"))
            ctx._surnames.setdefault(m.text.split()[-1].lower(), (name, "person"))
    return ctx


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    from briefing.language.sentences import sentence_spans

    return list(sentence_spans(text))


def _entities(text: str, knowledge: object, spans: list[tuple[int, int]]) -> list[EntityMention]:
    try:
        from briefing.language.entities import find_entities
    except ImportError:
        return fallback_entities(text)
    try:
        try:
            return list(find_entities(text, knowledge=knowledge, spans=spans))
        except TypeError:
            return list(find_entities(text))
    except Exception:  # keep extracting with the fallback if the entity layer breaks
        return fallback_entities(text)


def pronoun_kind(phrase: str) -> str | None:
    return _PRONOUNS.get(phrase.strip().lower())


def fallback_entities(text: str) -> list[EntityMention]:
    """Capitalised runs classified by a small alias table, title words and organisation heads."""
    aliases = _lexicon.fallback_aliases()
    titles = _lexicon.words("speaker_titles.txt")
    out: list[EntityMention] = []
    for run in _CAP_RUN.finditer(text):
        for start, end in _split_run(text, run.start(), run.end()):
            words = text[start:end].split()
            # drop sentence-initial function words and leading titles ("Secretary of State Antony Blinken")
            while words and (words[0].lower() in _LEADING_FUNCTION or words[0].lower() in titles):
                if any(" ".join(words[:k]).lower() in aliases for k in range(len(words), 0, -1)):
                    break
                start = text.index(words[0], start) + len(words[0])
                while start < end and text[start] in " \t":
                    start += 1
                words = words[1:]
            if not words:
                continue
            span = text[start:end].rstrip(".,") if not text[start:end].endswith((" U.S.", "U.N.")) else text[start:end]
            if span.lower() in {"u.s", "u.k", "u.n"}:
                span += "."
            end = start + len(span)
            out.extend(_classify(span, start, aliases, titles))
    return out


def _split_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a capitalised run at possessives ("Iran’s U.N. Mission") and strip them."""
    pieces = []
    s = start
    for m in re.finditer(r"[’']s\b", text[start:end]):
        pieces.append((s, start + m.start()))
        s = start + m.end()
        while s < end and text[s] == " ":
            s += 1
    pieces.append((s, end))
    return [(a, b) for a, b in pieces if b > a]


def _classify(span: str, start: int, aliases: dict, titles: frozenset[str]) -> list[EntityMention]:
    key = span.lower()
    if key in aliases:
        canonical, kind = aliases[key]
        return [EntityMention(start, start + len(span), span, kind, canonical)]
    words = span.split()
    # "U.S. Secretary" cases were stripped above; split "Iran Air"-like names only through aliases
    for i in range(len(words) - 1, 0, -1):  # a known place/org prefix before a name: "Ukrainian President X"
        head = " ".join(words[:i])
        if head.lower() not in aliases or aliases[head.lower()][1] not in ("place", "organization"):
            continue
        rest_words = words[i:]
        if any(w.lower() in _ORG_HEADS for w in rest_words) or rest_words == ["Air"]:
            break
        while rest_words and rest_words[0].lower() in titles | _LEADING_FUNCTION:
            rest_words = rest_words[1:]
        canonical, kind = aliases[head.lower()]
        out = [EntityMention(start, start + len(head), head, kind, canonical)]
        if rest_words:
            rest = " ".join(rest_words)
            out.extend(_classify(rest, start + span.rindex(rest), aliases, titles))
        return out
    org_word = any(w.lower().rstrip(".") in _ORG_HEADS for w in words)
    if org_word or span.isupper() or (len(words) > 1 and words[-1] == "Air"):
        kind = "organization"
    elif len(words) >= 2 and all(w[0].isupper() for w in words):
        kind = "person"
    else:
        kind = "other"
    return [EntityMention(start, start + len(span), span, kind, span)]
