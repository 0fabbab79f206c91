"""Who speaks a quote: the attribution after or before its marks, in the sentence around it, or before it.

Each quote looks for its attribution after the closing mark ("…,” Blinken said), before the opening mark
(Patel said the US was “…”), in the sentence before it, or — for a paragraph that is only a quote — in the
quote just before it. Pronoun speakers ("he said") go to the person the preceding sentences are about.
No speaker beats a wrong one: when nothing in the text names the speaker, the quote keeps "".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing.extract import _context, _lexicon, _voice
from briefing.extract.quote_marks import Span
from briefing.language.actors import first_name_forms
from briefing.language.places import world_places
from briefing.models import EntityMention

_ANONYMOUS = "anonymous_speakers.txt"
_PHRASE_STOP = re.compile(r"\s(?:during|in|on|at|after|before|when|while|who|which|that|told|to)\s")
_BODIES = "speaker_bodies.txt"
_ROLES = "speaker_roles.txt"
_SKIP = "speaker_skip_words.txt"
_ANTECEDENTS = "speaker_antecedents.tsv"
_COMPANY_SUFFIXES = "speaker_company_suffixes.txt"
_APPOSITIVE_OPENERS = "speaker_appositive_openers.txt"
_DOCUMENTS = "speaker_documents.txt"
_SOURCE_PHRASES = "speaker_source_phrases.txt"
_NOUN_MARKERS = "speaker_noun_markers.txt"
_HYPOTHETICAL = "speaker_hypothetical.tsv"
_SPEECH_NOUNS = "speaker_speech_nouns.txt"
_NOT_VOCATIVES = "speaker_not_vocatives.txt"
_LABEL_NOTES = "speaker_label_notes.txt"
_MESSAGE_NOUNS = "speaker_message_nouns.txt"
_MESSAGE_VERBS = "speaker_message_verbs.txt"
# A one-word name set off by commas, or opening its sentence before a comma: "Thank you, Rebecca." "Jim, I suspect"
_VOCATIVE = re.compile(r"(?:^|,\s+|\b[Dd]ear\s+)(?P<name>[A-Z][a-z]+)(?=\s*[,.!?])")
_YOU = re.compile(r"\byou(?:r)?\b", re.IGNORECASE)
# "MR PRICE:", "SECRETARY BLINKEN (via interpreter):" opening a transcript line
_LABEL = re.compile(r"[A-Z][A-Z.’'\-]*(?:[ \t]+[A-Z][A-Z.’'\-]*){0,5}[ \t]*(?:\([^)\n]{1,40}\))?:\s")
_OPENERS = "speaker_clause_openers.txt"
_HONORIFICS = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "miss"})
_OPENER = re.compile(r"\s*([A-Za-z]+)\s+")
# "a letter seen by Sky News", "documents obtained by the AP": the outlet after "by" relays, it does not speak
_RELAYED_BY = re.compile(r"\s(?:seen|obtained|reviewed|cited|quoted|published|leaked|released|shared|reported)\s+by\s")


@cache
def _roles() -> frozenset[str]:
    """Role nouns that name what a person is: the speaker-specific list plus the entity layer's one-word titles
    (titles.txt), so a title is written once."""
    return _lexicon.words(_ROLES) | {t for t in _lexicon.words("titles.txt") if " " not in t}


@cache
def _title_words() -> frozenset[str]:
    """Words allowed in a title or role before or around a name: speaker titles and roles."""
    return _lexicon.words("speaker_titles.txt") | _roles()


@dataclass
class Speaker:
    name: str = ""
    kind: str = "none"
    affiliation: str = ""
    found: bool = False  # an attribution was found, even if it names nobody ("an official said")
    message: bool = False  # found as the author of a message the sentence names ("X issued a statement.")


class Attributions:
    """Reported-speech attributions per sentence ("…, Shmyhal said."), computed on demand."""

    def __init__(self, ctx: _context.Context) -> None:
        self.ctx = ctx
        self.cache: dict[int, Speaker] = {}
        self.quoted: dict[int, Speaker] = {}
        self._turns: list[_voice.Turn] | None = None
        self._full_names: dict[str, EntityMention] | None = None

    @property
    def full_names(self) -> dict[str, EntityMention]:
        """Persons the text names with two words or more, first mention each."""
        if self._full_names is None:
            self._full_names = {}
            not_names = _lexicon.words(_NOT_VOCATIVES)
            for m in self.ctx.mentions:
                name, kind = self.ctx.canonical(m)
                parts = name.lower().split()
                if kind == "person" and len(parts) > 1 and parts[0] not in not_names:
                    self._full_names.setdefault(name, m)
        return self._full_names

    @property
    def turns(self) -> list[_voice.Turn]:
        if self._turns is None:
            self._turns = _voice.turns(self.ctx.text)
        return self._turns

    def of_sentence(self, index: int) -> Speaker:
        if index in self.quoted:
            return self.quoted[index]
        if index not in self.cache:
            s, e = self.ctx.sentences[index]
            self.cache[index] = _find_in(self.ctx, s, e, self)
        return self.cache[index]


def attribute(
    ctx: _context.Context, span: Span, previous: tuple[Span, Speaker] | None, attributions: Attributions
) -> Speaker:
    text = ctx.text
    sentences = ctx.sentences
    gap = span.gap
    speaker = Speaker()
    if gap is not None:
        speaker = _from_phrase_around_verb(ctx, gap[0], gap[1], attributions)
    if not speaker.found:
        # after the closing mark, up to the end of its sentence / paragraph / next quote
        end_sentence = ctx.sentence_of(max(span.end - 1, span.start))
        limit = sentences[end_sentence][1] if sentences else len(text)
        if limit <= span.end and end_sentence + 1 < len(sentences):
            limit = sentences[end_sentence + 1][1]
        para_end = text.find("\n", span.end)
        limit = min(limit, para_end if para_end >= 0 else len(text))
        nxt = re.search(r"[“\"‘]", text[span.end : limit])
        if nxt:
            limit = span.end + nxt.start()
        after = text[span.end : limit]
        if re.match(r"\s*[,—–-]?\s*\S", after) and not re.match(r"\s*[.!?]", after) and not (
            nxt and _introduces_next(text, span, after)
        ):
            speaker = _after(ctx, span.end, limit, attributions)
    if not speaker.found:
        speaker = _signature_below(ctx, span)
    if not speaker.found:
        start_sentence = ctx.sentence_of(span.start)
        s = sentences[start_sentence][0] if sentences else 0
        s = max(s, text.rfind("\n", 0, span.start) + 1)
        if span.start > s:
            speaker = _before(ctx, s, span.start, attributions)
    if not speaker.found:
        speaker = _continuation(ctx, span, previous, attributions)
    for index in range(ctx.sentence_of(span.start), ctx.sentence_of(max(span.end - 1, span.start)) + 1):
        attributions.quoted[index] = speaker
    return speaker


def _signature(ctx: _context.Context, start: int, end: int) -> Speaker:
    """“…” — Matthew Ingram: a dash after the quote, then a name (and at most a short role) to the sentence end."""
    m = re.match(r"\s*(?:[—–]|--?)\s*", ctx.text[start:end])
    if not m:
        return Speaker()
    name_start = start + m.end()
    names = [x for x in ctx.mentions_in(name_start, end) if ctx.canonical(x)[1] in ("person", "organization")]
    if not names:
        return Speaker()
    lead = re.findall(r"\S+", ctx.text[name_start : names[0].start])  # "– President Joseph R. Biden"
    titles = _title_words()
    if len(lead) > 4 or any(w.lower().strip(".,") not in titles for w in lead):
        return Speaker()
    rest = ctx.text[names[0].end : end]
    if not re.fullmatch(r"\s*(?:,[^.!?;:]{0,60})?[.]?\s*", rest):
        return Speaker()
    name, kind = ctx.canonical(names[0])
    if kind == "person":
        return Speaker(name, "person", ctx.affiliation_of(names[0], name_start), True)
    return Speaker(name, "organization", ctx.actor(names[0]), True)


def _signature_below(ctx: _context.Context, span: Span) -> Speaker:
    """A paragraph that is only a quote, signed on the next line ("“…”¶– President Joseph R. Biden, February 14")."""
    text = ctx.text
    para_start = text.rfind("\n", 0, span.start) + 1
    para_end = text.find("\n", span.end)
    if para_end < 0 or re.search(r"\w", text[para_start : span.start] + text[span.end : para_end]):
        return Speaker()
    nxt = re.match(r"\n+", text[para_end:])
    start = para_end + (nxt.end() if nxt else 0)
    end = text.find("\n", start)
    return _signature(ctx, start, len(text) if end < 0 else end)


def _introduces_next(text: str, span: Span, after: str) -> bool:
    """A new sentence after a quote that ends by introducing the next quote ("….” After the match, X said, “…”)
    is that quote's attribution, not this one's."""
    if not re.search(r"[.!?]\W*$", text[span.inner_start : span.inner_end]) or not re.match(r"\s*[A-Z]", after):
        return False
    ends = [m.end() for m in _lexicon.reporting_verb_re().finditer(after)]
    return bool(ends) and not after[ends[-1] :].strip(" ,:\n")


def reporting_verbs(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Reporting verbs in text[start:end], not those that are part of a name: a capitalised word inside a sentence
    ("the United States, the public sees …", "Simon Says") is no verb; nor a form after a determiner, preposition
    or subordinator ("if states have", "his remarks", "a statement that reads"): a noun, or a clause whose
    speaker is the noun before it."""
    out = []
    markers = _lexicon.words(_NOUN_MARKERS)
    for m in _lexicon.reporting_verb_re().finditer(text, start, end):
        if m.group()[0].isupper() and re.search(r"[\w,;)’']\s*$", text[max(0, m.start() - 3) : m.start()]):
            continue
        before = re.search(r"(?:^|\W)([A-Za-z]+)\s+$", text[max(0, m.start() - 12) : m.start()])
        if before and before.group(1).lower() in markers and not m.group().lower().endswith("ing"):
            continue  # "if states have", "the notes", "a statement that reads"
        out.append(m)
    return out


def _after(ctx: _context.Context, start: int, end: int, attributions: Attributions) -> Speaker:
    """“…,” X said / said X / X told reporters / according to X."""
    segment = ctx.text[start:end]
    found = reporting_verbs(segment, 0, len(segment))
    if not found:
        return _signature(ctx, start, end)
    m = found[0]
    before = segment[: m.start()]
    if re.search(r"[.!?;]", before):
        return Speaker()
    if len(before.split()) > 8:  # “…,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said
        head = _appositive_head(ctx, start, _skip_back(ctx.text, start, start + m.start())) if len(
            before.split()) <= 20 else None
        return head or Speaker()
    if m.group("acc") or not before.strip(" ,—–-"):
        return _subject_after(ctx, start + m.end(), end, attributions)
    if _NEGATED.search(before):  # “….” My colleague didn't say anything different: no attribution of this quote
        return Speaker()
    if _imagined(ctx, start, start + m.start(), attributions):  # “…,” you might say
        return Speaker(found=True)
    return _resolve(ctx, start, start + m.start(), attributions, tail=True)


def _before(ctx: _context.Context, start: int, end: int, attributions: Attributions) -> Speaker:
    """X said (that|:) “…” / X said the US was “…” / according to X, “…”."""
    found = reporting_verbs(ctx.text, start, end)
    sources = list(_source_phrase_re().finditer(ctx.text, start, end))
    if sources and not any(v.start() > sources[-1].end() for v in found):
        return _quoted_source(ctx, sources[-1].end(), end, attributions)
    document = _document_re().search(ctx.text, max(start, end - 240), end)
    if document and not any(v.start() >= document.end() for v in found):
        writer = _document_writer(ctx, start, end)
        found = [v for v in found if v.end() <= document.start()]
        if writer.name or not found:  # else the writer is who wrote/sent it ("X wrote a letter that read")
            return writer
    for m in reversed(found):
        if m.group("acc"):
            return _subject_after(ctx, m.end(), end, attributions)
        verb = m.group("verb").lower()
        if verb.endswith("ing"):  # "…, saying “…”": the subject of the main clause, or of "with X stating"
            by = _by_subject(ctx, start, m.start(), attributions)
            if by is not None:
                return by
            return _with_subject(ctx, start, m.start()) or _first_subject(ctx, start, m.start(), attributions)
        speaker = _subject_before_verb(ctx, start, m.start(), attributions)
        if speaker.found:
            return speaker
    if found and re.fullmatch(r"\s*(?:[,:]|that)?\s*", ctx.text[found[-1].end() : end]):
        return Speaker(found=True)  # the quote's own "X said" names someone we cannot resolve: not an earlier speaker
    if not found:
        speaker = _speech_noun(ctx, start, end)
        if not speaker.found and re.search(r":\s*$", ctx.text[start:end]):
            speaker = _message(ctx, start, end, attributions)
            if not speaker.found:
                speaker = _colon_clause(ctx, start, end, attributions)
        return speaker
    return Speaker()


def _colon_clause(ctx: _context.Context, start: int, end: int, attributions: Attributions) -> Speaker:
    """"He essentially set this out on social media: “…”", "The Foreign Minister, Yoshimasa Hayashi, put it plainly:
    “…”": a clause ending in a colon before the quote, with no reporting verb, is its subject's words when the
    subject is a person ("I" the turn's speaker); a place, body or thing ("Russia attacked three cities:", "The
    problem is simple:") gives nobody."""
    text = ctx.text
    label = _LABEL.match(text, start, end)
    lo = label.end() if label else start
    first = re.match(r"\s*([\w’']+)", text[lo:end])
    if not first:
        return Speaker()
    if re.search(r"\b(?:quote|quoted|quoting|cite|cited|citing|read|reading)\b", text[lo:end], re.IGNORECASE):
        return Speaker()  # "I quote:", "He read from the report:": someone else's words, said before
    word = first.group(1).lower()
    if word == "i":
        return _first_person(ctx, lo + first.start(1), attributions)
    if word in ("you", "we", "they", "it", "this", "that", "here", "there"):
        return Speaker()
    subject = _first_subject(ctx, lo, end, attributions)
    return subject if subject.kind == "person" else Speaker()


@cache
def _document_re() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, _lexicon.words(_DOCUMENTS)), key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})\b(?P<mid>[^.;“”\"]{{0,100}}?)\b(?:which|that)\s+(?:[a-z]+\s+)?"
                      r"(?:begins|began|reads|read|says|said|goes|went|states|stated|opens|opened)\b", re.IGNORECASE)


def _document_writer(ctx: _context.Context, start: int, end: int) -> Speaker:
    """"the poem by Martin Niemöller …, which begins, “…”", "a letter from the ministry that read: “…”": a written
    thing whose words a relative clause gives speaks for the person or body named after "by"/"from" in its phrase,
    or who owns it ("Lincoln's letter, which reads"); nobody when its phrase names no writer."""
    m = next(reversed(list(_document_re().finditer(ctx.text, start, end))), None)  # the last one
    if m is None:
        return Speaker()
    mid_start = m.start("mid")
    by = re.search(r"\b(?:by|from)\s+", ctx.text[mid_start : m.end("mid")])
    if by:
        at = mid_start + by.end()
        named = [x for x in ctx.mentions_in(at, m.end("mid")) if ctx.canonical(x)[1] in ("person", "organization")]
        if named and not re.search(r"[,;]", ctx.text[at : named[0].start]):
            name, kind = ctx.canonical(named[0])
            if kind == "person":
                return Speaker(name, "person", ctx.affiliation_of(named[0], at), True)
            return Speaker(name, "organization", ctx.actor(named[0]), True)
    owner = re.search(r"([\w.\-]+(?:\s+[\w.\-]+){0,3})[’']s\s+(?:[\w\-]+\s+){0,2}$",
                      ctx.text[max(start, m.start() - 60) : m.start()])
    if owner:
        named = [x for x in ctx.mentions_in(m.start() - len(owner.group()), m.start())
                 if ctx.canonical(x)[1] in ("person", "organization")]
        if named:
            name, kind = ctx.canonical(named[-1])
            if kind == "person":
                return Speaker(name, "person", ctx.affiliation_of(named[-1], start), True)
            return Speaker(name, "organization", ctx.actor(named[-1]), True)
    return Speaker(found=True)


@cache
def _message_re() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, _lexicon.words(_MESSAGE_NOUNS)), key=len, reverse=True))
    verbs = "|".join(sorted(map(re.escape, _lexicon.words(_MESSAGE_VERBS)), key=len, reverse=True))
    return re.compile(rf"\b(?P<verb>{verbs})\s+(?:out\s+)?(?:(?:a|an|the|this|that|his|her|its|their|our)\s+)?"
                      rf"(?:[\w\-]+\s+){{0,2}}(?:{nouns})\b|\b(?:{nouns})\s+(?:by|from)\s", re.IGNORECASE)


def _message(ctx: _context.Context, start: int, end: int, attributions: Attributions, named: bool = False) -> Speaker:
    """A clause that names a message and no reporting verb, before its words ("The White House issued a statement:
    “…”", "Governor Wolf had a message for residents:", "a statement from the G7:"): the message's author is
    the subject of a verb that gives it (issued, had, posted …), or the name after "by"/"from"; a message
    whose author the clause does not name ("We welcome the statement:") has no speaker."""
    m = next(reversed(list(_message_re().finditer(ctx.text, start, end))), None)  # the last one
    if m is None:
        return Speaker()
    if not m.group("verb"):
        return _subject_after(ctx, m.end(), end, attributions)
    before = re.search(r"([\w’']+)\s*$", ctx.text[start : _skip_back(ctx.text, start, m.start())])
    if named and (not before or _context.pronoun_kind(before.group(1)) or before.group(1).lower() == "you"):
        return Speaker(found=True)  # a sentence before the words: only a subject the sentence names
    speaker = _subject_before_verb(ctx, start, m.start(), attributions)
    return speaker if speaker.found else Speaker(found=True)


@cache
def _speech_noun_re() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, _lexicon.words(_SPEECH_NOUNS)), key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})\s+that\s", re.IGNORECASE)


def _speech_noun(ctx: _context.Context, start: int, end: int) -> Speaker:
    """"… the report of the Israel Defense Forces and its findings, including the determination that “…”": a noun
    of something said with "that", and no reporting verb, speaks for the last body or person named before it in the
    sentence ("Russia's claim that", "the statement by the court that"); nobody when none is."""
    nouns = list(_speech_noun_re().finditer(ctx.text, start, end))
    if not nouns:
        return Speaker()
    named = [m for m in ctx.mentions_in(start, nouns[0].start())
             if ctx.canonical(m)[1] in ("person", "organization")]
    if not named:
        return Speaker(found=True)
    name, kind = ctx.canonical(named[-1])
    if kind == "person":
        return Speaker(name, "person", ctx.affiliation_of(named[-1], start), True)
    return Speaker(name, "organization", ctx.actor(named[-1]), True)


@cache
def _source_phrase_re() -> re.Pattern[str]:
    """Phrases that name whose words follow: "in the words of", "to quote"."""
    phrases = sorted(_lexicon.words(_SOURCE_PHRASES), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in phrases) + r")\b",
                      re.IGNORECASE)


def _quoted_source(ctx: _context.Context, start: int, end: int, attributions: Attributions) -> Speaker:
    """The speaker after "in the words of" / "to quote": the person named there, with a title or role before the
    name ("in the words of the Crown prosecutor, Mark Tedeschi, QC, “…”"), else the phrase up to its comma."""
    persons = [m for m in ctx.mentions_in(start, end) if ctx.canonical(m)[1] == "person"]
    if persons and not re.search(r"[.!?;]", ctx.text[start : persons[0].start]):
        return Speaker(ctx.canonical(persons[0])[0], "person", ctx.affiliation_of(persons[0], start), True)
    return _subject_after(ctx, start, end, attributions)


def _with_subject(ctx: _context.Context, lo: int, verb: int) -> Speaker | None:
    """"…, with Boswell stating: “…”": the name between "with" and the -ing verb speaks, not the main clause. The
    "with" opens a clause of its own (after a comma), not a verb's complement ("registered with the government
    saying")."""
    names = [m for m in ctx.mentions_in(lo, verb) if ctx.canonical(m)[1] in ("person", "organization")]
    if not names or ctx.text[names[-1].end : verb].strip():
        return None
    m = names[-1]
    if not re.search(r"(?:^|[,;—–]\s*)with\s+(?:[^\s,;:.]+\s+){0,6}$", ctx.text[lo : m.start], re.IGNORECASE):
        return None
    name, kind = ctx.canonical(m)
    if kind == "person":
        return Speaker(name, "person", ctx.affiliation_of(m, lo), True)
    return Speaker(name, "organization", ctx.actor(m), True)


def _by_subject(ctx: _context.Context, lo: int, verb: int, attributions: Attributions) -> Speaker | None:
    """"No, but you got people's attention by saying “…”": the speaker of "by saying" is the subject of its own
    clause (after the last comma, colon or dash, and a conjunction), resolved as before a verb ("you" in a
    journalist's turn is the official answering); None when "by" does not come right before the verb."""
    text = ctx.text
    if not re.search(r"\bby\s+$", text[max(lo, verb - 6) : verb]):
        return None
    cut = max(text.rfind(c, lo, verb) for c in ",;:—–(")
    start = cut + 1 if cut >= lo else lo
    label = _LABEL.match(text, start, verb)
    if label:
        start = label.end()
    m = re.match(r"\s*(?:(?:but|and|so|yet)\s+)?([\w’']+)\s+[a-z]", text[start:verb], re.IGNORECASE)
    if not m:
        return None
    word = m.group(1).lower()
    at = start + m.start(1)
    if word == "you":
        return _addressee(ctx, at, attributions)
    if word == "i":
        return _first_person(ctx, at, attributions)
    if _context.pronoun_kind(word):
        return _resolve(ctx, at, start + m.end(1), attributions, tail=True)
    return None


def _from_phrase_around_verb(ctx: _context.Context, start: int, end: int, attributions: Attributions) -> Speaker:
    return _after(ctx, start, end, attributions)


def _subject_before_verb(ctx: _context.Context, lo: int, verb: int, attributions: Attributions) -> Speaker:
    """The speaker named right before a reporting verb, from `lo` (the sentence or clause start).

    Auxiliaries and adverbs before the verb are skipped ("has called", "also asked", "he publicly stated"); a
    pronoun right before the verb is the subject whatever comes before it ("a visit during which he said").
    In "Name, <role>, said" the person heading the appositive speaks and the role gives the affiliation
    ("Jeff Rathke, the State Department spokesperson, said"; "Hernan Gomez, Panama coach, said").
    """
    text = ctx.text
    if _imagined(ctx, lo, verb, attributions):
        return Speaker(found=True)
    end = _skip_back(text, lo, verb)
    last = re.search(r"([\w’']+)\s*$", text[lo:end])
    word = re.sub(r"[’'](?:ve|d|ll|re|m)$", "", last.group(1).lower()) if last else ""
    if word == "you":
        return _addressee(ctx, lo + last.start(1), attributions)
    if word == "i":
        return _first_person(ctx, lo + last.start(1), attributions)
    if last and _context.pronoun_kind(last.group(1)):
        return _resolve(ctx, lo + last.start(1), end, attributions, tail=True)
    phrase_start = _clause_start(text, lo, end)
    if _listed_name(ctx, lo, phrase_start, end):
        return Speaker(found=True)
    if text[lo:end].rstrip().endswith(",") and _subordinate(text, phrase_start, end):
        # "a lieutenant who, as he was deployed to Rakhine State, wrote": the clause set off before the verb is no
        # subject; the one before it is
        inner = _subject_before_verb(ctx, lo, phrase_start - 1, attributions) if phrase_start - 1 > lo else Speaker()
        who = re.search(r"\b([a-z]+)\s+(?:in|of|at|from|with)\s+[^,;]*\bwho\s*$", text[lo : phrase_start - 1])
        if who and (who.group(1) in _title_words() or inner.kind != "person"):
            return Speaker(found=True)  # "a lieutenant in the 33rd Division who": the role, not the name after it
        return inner if inner.found else Speaker(found=True)
    speaker = _resolve(ctx, phrase_start, end, attributions, tail=True)
    if speaker.kind != "person" and text[lo:end].rstrip().endswith(","):
        head = _appositive_head(ctx, lo, end)
        if head is not None:
            return head
    return speaker


# A negation right before a reporting verb: "didn't say", "has never said", "did not tell"
_NEGATED = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PAST = frozenset({"said", "told", "wrote", "heard", "spoke", "read", "put", "quoted"})
_NEGATION = frozenset({"not", "also", "just", "simply", "only", "even", "never", "often", "always", "sometimes"})


def _imagined(ctx: _context.Context, lo: int, verb: int, attributions: Attributions) -> bool:
    """A reporting verb that reports no actual speech: an infinitive ("for Russia to say", "it is not enough to
    say"; not "went on to say", "used to say"), a modal ("mayors can say"), a generic subject ("people say",
    "we say", "you hear" — "you" in a journalist's question is the official addressed)."""
    text = ctx.text
    m = re.match(r"[A-Za-z]+", text[verb:])
    if not m:
        return False
    form = m.group().lower()
    words = re.findall(r"[\w’']+", text[max(lo, verb - 60) : verb].lower())
    while words and (words[-1] in _NEGATION or (words[-1].endswith("ly") and len(words[-1]) > 4)):
        words.pop()
    if not words:
        return False
    cues = dict(_lexicon.table(_HYPOTHETICAL))
    last = words[-1]
    if last == "to":
        return len(words) < 2 or cues.get(words[-2]) != "real_to"
    if cues.get(last) == "modal" or re.search(r"[’'](?:ll)$", last):
        return True
    role = cues.get(last)
    if role == "generic":
        return True
    if role == "present" and not (form.endswith("ed") or form in _PAST):
        turn = _voice.turn_at(attributions.turns, verb)
        return not (last == "you" and turn is not None and turn.press)
    return False


def _addressee(ctx: _context.Context, at: int, attributions: Attributions) -> Speaker:
    """"You said" in a transcript turn: whom the turn speaks to — for a journalist's turn the official who answers
    it (the next turn that is not the press's, else the last one before), for any other turn the nearest turn
    before or after by someone else. In a speech, the person it addresses by name ("what you called, Jim, a
    whirlwind … as you said"). Else whom "you" addresses is not resolved."""
    turns = attributions.turns
    turn = _voice.turn_at(turns, at)
    if turn is None:
        return _vocative(ctx, at, 0) if not turns else Speaker()
    i = turns.index(turn)
    if turn.press:
        official = next((t for t in turns[i + 1 :] if not t.press), None) or next(
            (t for t in reversed(turns[:i]) if not t.press), None)
    else:  # an interviewer asks the next speaker; an answer or a speech names whom it addresses
        asks = "?" in ctx.text[turn.start : turn.end]
        official = next((t for t in turns[i + 1 :] if t.label != turn.label), None) if asks else None
        if official is None:
            return _vocative(ctx, at, turn.start)
    if official is None:
        return Speaker(found=True)
    return _turn_person(ctx, official)


def _first_person(ctx: _context.Context, at: int, attributions: Attributions) -> Speaker:
    """"I said" is whoever speaks the text: the person whose transcript turn it is, else nobody the text names."""
    turn = _voice.turn_at(attributions.turns, at)
    if turn is None or (turn.press and not _label_name(ctx, turn)):
        return Speaker(found=True)
    return _turn_person(ctx, turn)


def _label_name(ctx: _context.Context, turn: _voice.Turn) -> str:
    """The name in a turn label's parenthesis ("QUESTION (Danny):"), else ""."""
    m = re.match(r"[^(\n:]*\(([^)\n]{1,40})\)\s*:", ctx.text[turn.start : turn.start + 80])
    if not m or not re.fullmatch(r"[A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*){0,3}", m.group(1).strip()):
        return ""
    name = m.group(1).strip()
    return "" if name.lower().split()[0] in _lexicon.words(_LABEL_NOTES) else name


def _turn_person(ctx: _context.Context, turn: _voice.Turn) -> Speaker:
    """The person speaking a turn, named as the text names them: "MR PRICE" is the "Ned Price" the release names,
    "QUESTION (Danny)" is Danny; a press label with no name is nobody."""
    named = _label_name(ctx, turn)
    if named:
        return _person_named(ctx, named.split()[-1]) or Speaker(named, "person", "", True)
    if turn.press:
        return Speaker(found=True)
    label_end = turn.start + len(turn.label) + 1
    for m in ctx.mentions_in(turn.start, label_end):  # the entity layer's reading of the label ("MS FRIEDLANDER")
        name, kind = ctx.canonical(m)
        if kind == "person" and " " in name:
            return Speaker(name, "person", ctx.affiliation_of(m, m.start), True)
    titles = _lexicon.person_titles()
    words = [w for w in turn.label.lower().split() if w.strip(".") not in titles and w not in _HONORIFICS]
    if not words:
        return Speaker(found=True)
    return _person_named(ctx, words[-1]) or Speaker(words[-1].title(), "person", "", True)


def _person_named(ctx: _context.Context, word: str) -> Speaker | None:
    """The one person the text names in full whose surname, or else first name, is `word`."""
    word = word.lower()
    not_names = _lexicon.words(_NOT_VOCATIVES)
    for position in (-1, 0):
        found: dict[str, EntityMention] = {}
        for m in ctx.mentions:
            name, kind = ctx.canonical(m)
            parts = name.lower().split()
            if kind == "person" and len(parts) > 1 and parts[position].strip(",") == word and parts[0] not in not_names:
                found.setdefault(name, m)
        if len({n.lower().split()[0] for n in found}) == 1:  # one person, maybe with and without a middle initial
            name, m = next(iter(found.items()))
            return Speaker(name, "person", ctx.affiliation_of(m, m.start), True)
        if found:
            return None
    return None


def _vocative(ctx: _context.Context, at: int, floor: int) -> Speaker:
    """Whom a speech addresses as "you": the nearest name set off as a vocative before `at` in its paragraph or the
    four before ("what you called, Jim, a whirlwind"; "Thank you, Rebecca."), resolved to the person the text names
    in full (a short form of a first name through a small table of nicknames); else nobody."""
    paragraph = ctx.paragraph_of(at)
    lo = max(floor, ctx.paragraphs[max(0, paragraph - 4)][0] if ctx.paragraphs else 0)
    text = ctx.text
    not_names = _lexicon.words(_NOT_VOCATIVES) | _lexicon.person_titles()
    for index in range(ctx.sentence_of(at), ctx.sentence_of(lo) - 1, -1):
        s, e = ctx.sentences[index]
        sentence = text[s : min(e, at)] if s < at else ""
        if not _YOU.search(sentence):
            continue
        for m in reversed(list(_VOCATIVE.finditer(sentence))):
            name = m.group("name")
            if name.lower() in not_names:
                continue
            return _person_named(ctx, name) or _nickname_person(ctx, name) or Speaker(found=True)
    return Speaker(found=True)


def _nickname_person(ctx: _context.Context, name: str) -> Speaker | None:
    """"Jim" is the "James Baker" the text names when it names one person with a first name "Jim" stands for."""
    for first in sorted(first_name_forms().get(name.lower(), ())):
        person = _person_named(ctx, first)
        if person is not None:
            return person
    return None


def _skip_back(text: str, lo: int, end: int) -> int:
    """`end` moved back over the auxiliaries and adverbs that stand between a subject and its verb."""
    skip = _lexicon.words(_SKIP)
    while True:
        m = re.search(r"(?:^|\s)([a-z]+)\s*$", text[lo:end])
        if not m or not (m.group(1) in skip or (m.group(1).endswith("ly") and len(m.group(1)) > 4)):
            return end
        end = lo + m.start(1)


def _appositive_head(ctx: _context.Context, lo: int, end: int) -> Speaker | None:
    """"Name, <role>," before a verb: the person heading it, with the role's actor as affiliation, or None.

    The role may hold commas ("Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville,
    said") but no person; it must name a title or role word, or be one phrase opened by a preposition ("Mu Li, of
    the University of NSW, said"; "Suleiman al-Amr, in remarks to al-Ikhbariya television, said"). The name must
    open its clause, after nothing but title words ("After the match, Hernan Gomez, Panama coach, said"; not
    "Besides Obama, the White House said").
    """
    text = ctx.text
    tail = text[lo:end].rstrip()
    if not tail.endswith(","):
        return None
    role_end = lo + len(tail) - 1
    roles = _title_words()
    persons = [m for m in ctx.mentions_in(lo, role_end) if ctx.canonical(m)[1] == "person"]
    for person in persons:
        comma = re.match(r"\s*,", text[person.end : role_end])
        if not comma:
            continue
        start = person.end + comma.end()
        role = text[start:role_end]
        role_words = [w.lower() for w in re.findall(r"[\w’'.]+", role)]
        if not role_words or len(role_words) > 16 or any(ctx.canonical(m)[1] == "person" for m in persons
                                                          if m.start >= start):
            return None
        opener = role_words[0] in _lexicon.words(_APPOSITIVE_OPENERS) and "," not in role
        if not opener and not any(w in roles for w in role_words):
            return None
        before = text[lo : person.start]
        name_start = lo + 1 + max(before.rfind(c) for c in ",;:—(")
        lead = re.findall(r"[\w’'.]+", text[name_start : person.start])
        if any(w.lower() not in roles and not w[0].isupper() for w in lead) or len(lead) > 6:
            return None
        actors = [m for m in ctx.mentions_in(start, role_end) if ctx.canonical(m)[1] in ("organization", "place")]
        affiliation = ctx.actor(actors[-1]) if actors else ctx.affiliation_of(person, name_start)
        return Speaker(ctx.canonical(person)[0], "person", affiliation, True)
    return None


def _subordinate(text: str, start: int, end: int) -> bool:
    """A phrase set off by commas that opens with a subordinator and holds a verb of its own ("as he was deployed
    to Rakhine State", "when the talks ended"): an adverbial clause, never a speaker."""
    m = re.match(r"\s*(as|when|while|after|before|because|since|although|though|if|once|until)\s+(.*)", text[start:end],
                 re.DOTALL)
    return bool(m) and bool(re.search(r"\b(?:is|was|were|are|had|has|have|been|\w+ed)\b", m.group(2)))


def _listed_name(ctx: _context.Context, lo: int, phrase_start: int, end: int) -> bool:
    """"the extended troika, meaning the United States, Russia, China, Pakistan concluded": a name closing a list
    of three or more names is one of several, not the subject of the verb after it (who is, the text does not
    say in one name)."""
    text = ctx.text
    if phrase_start <= lo or text[phrase_start - 1] != ",":
        return False
    names = 0
    pos = phrase_start - 1
    while pos > lo and text[pos] == ",":
        prev = text.rfind(",", lo, pos)
        item = text[prev + 1 : pos].strip()
        if re.match(r"(?:and|or)\s", item):
            return False  # "In Kabul, Herat, and Kandahar, the UN said": the list is closed before the subject
        item = re.sub(r"^the\s+", "", item)
        if not re.fullmatch(r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}", item):
            break
        names += 1
        if prev < 0:
            break
        pos = prev
    last = text[phrase_start:end].strip()
    return names >= 2 and bool(re.fullmatch(r"(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}", last))


def _clause_start(text: str, lo: int, verb_start: int) -> int:
    """Start of the noun phrase before a verb: after the last comma-free clause boundary.

    Appositives ("the spokesperson, Maria Zakharova, said") keep the name: a trailing comma before
    the verb is skipped, and the chunk before it taken.
    """
    chunk = text[lo:verb_start].rstrip()
    if chunk.endswith(","):
        chunk = chunk[:-1]
    cut = max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind(":"), chunk.rfind("—"), chunk.rfind("("))
    if cut >= 0:
        return lo + cut + 1
    return lo


def _first_subject(ctx: _context.Context, start: int, end: int, attributions: Attributions) -> Speaker:
    """The subject of a sentence: its first phrase up to the first lower-case verb-like word. A transcript turn's
    label ("MR PRICE: We saw …") is who speaks the sentence, not its subject."""
    label = _LABEL.match(ctx.text, start, end)
    if label:
        start = label.end()
    words = list(re.finditer(r"\S+", ctx.text[start:end]))
    stop = end
    for i, w in enumerate(words[:8]):
        token = w.group()
        if token[0].islower() and token not in ("of", "the", "for", "and", "de", "al"):
            if token.lower() in _lexicon.words("speaker_titles.txt"):
                continue
            if i and re.search(r"[’']s$", words[i - 1].group()):
                return _owned_subject(ctx, start, start + w.start(), end, attributions)
            stop = start + w.start()
            break
    return _resolve(ctx, start, stop, attributions, tail=True)


def _owned_subject(ctx: _context.Context, start: int, at: int, end: int, attributions: Attributions) -> Speaker:
    """"Iran's lead negotiator, Abbas Araghchi, is quoted as saying": an owner ("Iran's") is not the subject but
    whose the head noun after it is. The person set off by commas after the noun phrase speaks; else the phrase up to
    its head noun ("Russia's foreign minister" -> an unnamed official of Russia)."""
    text = ctx.text
    m = re.match(r"(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*", text[at:end])
    if not m:
        return Speaker()
    head_end = at + m.end()
    person = next((p for p in ctx.mentions_in(head_end, min(end, head_end + 60))
                   if ctx.canonical(p)[1] == "person"), None)
    if person is not None and re.fullmatch(r"\s*,\s*(?:[A-Z][\w.’'\-]*\s+){0,3}", text[head_end : person.start]) \
            and re.match(r"\s*,", text[person.end : end]):
        return Speaker(ctx.canonical(person)[0], "person", ctx.affiliation_of(person, start), True)
    return _resolve(ctx, start, head_end, attributions, tail=True)


def _subject_after(ctx: _context.Context, start: int, end: int, attributions: Attributions) -> Speaker:
    """The noun phrase after "said" / "according to": up to the next comma, preposition or verb."""
    segment = ctx.text[start:end]
    m = re.match(r"[^,.;:!?“”\"]*", segment)
    phrase_end = start + (m.end() if m else 0)
    stop = _PHRASE_STOP.search(ctx.text, start, phrase_end)
    if stop:
        phrase_end = stop.start()
    return _resolve(ctx, start, phrase_end, attributions, tail=False)


def _resolve(ctx: _context.Context, start: int, end: int, attributions: Attributions, tail: bool) -> Speaker:
    """The speaker a phrase names: a person, a body, an anonymous source, or a pronoun."""
    relayed = _RELAYED_BY.search(ctx.text, start, end)
    if relayed:
        end = relayed.start()
    opener = _OPENER.match(ctx.text, start, end)
    while (opener and opener.group(1).lower() in _lexicon.words(_OPENERS)
            and re.search(r"\w", ctx.text[opener.end() : end])):
        start = opener.end()  # "As the President said", "Because Medvedev said", "And as the minister said"
        opener = _OPENER.match(ctx.text, start, end)
    phrase = ctx.text[start:end].strip(" ,—–-\n")
    if not phrase:
        return Speaker()
    words = phrase.split()
    if len(words) > 12:
        phrase = " ".join(words[-12:]) if tail else " ".join(words[:12])
        words = phrase.split()
    pronoun = _context.pronoun_kind(words[-1] if tail else words[0])
    if pronoun and len(words) <= 2:
        return _resolve_pronoun(ctx, start, pronoun, attributions)
    mentions = [m for m in ctx.mentions_in(start, end) if m.kind in ("person", "organization", "place", "other")]
    persons = [m for m in mentions if ctx.canonical(m)[1] == "person"]
    if persons:
        person = persons[-1] if tail else persons[0]
        short = _short_form(ctx, person, attributions.full_names)
        if short is not None:
            return short
        name, _kind = ctx.canonical(person)
        return Speaker(name, "person", ctx.affiliation_of(person, start), True)
    lowered = [w.lower().strip(".,’'s") for w in words]
    head = lowered[-1] if lowered else ""
    actors = [m for m in mentions if ctx.canonical(m)[1] in ("organization", "place")]
    last_word = words[-1].lower().strip(".,")  # singular only: "leaders", "officials" are groups
    unnamed_role = last_word in _roles() and last_word not in _lexicon.words(_BODIES)
    if unnamed_role or head in _lexicon.words(_ANONYMOUS) or any(w in _lexicon.words(_ANONYMOUS) for w in lowered[-2:]):
        # "a senior official said", "Russia's deputy prime minister said": nobody named, the actor they act for
        if lowered[0] == "the" and 1 < len(words) <= 4 and not actors:
            named = _titled_antecedent(ctx, words[1:], start)
            if named is not None:
                return named
        affiliation = ctx.actor(actors[-1]) if actors else ""
        return Speaker("", "none", affiliation, True)
    if actors:
        actor = actors[-1] if tail else actors[0]
        name, _kind = ctx.canonical(actor)
        return Speaker(name, "organization", ctx.actor(actor), True)
    antecedents = dict(_lexicon.table(_ANTECEDENTS))
    if len(words) <= 3 and lowered[0] in ("the", "this") and head in antecedents:
        return _antecedent(ctx, head, antecedents[head], start)
    if head in _lexicon.words(_BODIES) and len(words) <= 5:
        body = " ".join(w for w in words if w.lower() not in ("the", "a", "an", "its", "their"))
        return Speaker(body, "organization", "", True)
    owner = _unclassified_owner(ctx, start, end, mentions, attributions.full_names)
    if owner is not None:
        return owner
    if head in _lexicon.words(_DOCUMENTS):
        return Speaker(found=True)  # "a leaked internal letter says": a document nobody is named as writing
    return Speaker()


def _short_form(ctx: _context.Context, mention: EntityMention, full: dict[str, EntityMention]) -> Speaker | None:
    """A one-word name read as the person the text names in full: by first name or its common long form
    ("Madeleine", "Jim" -> James Baker) when no full name ends with it, else None (the surname reading stands). A
    word that is one person's first name and another's surname ("George" with George Shultz and Suzy George) is
    nobody: no speaker beats a wrong one."""
    word = re.sub(r"[’']s$", "", mention.text.strip())
    if " " in word or not word[:1].isupper():
        return None
    w = word.lower()
    lasts = {_person_key(n) for n in full if n.lower().split()[-1] == w}
    firsts = {_person_key(n) for n in full if n.lower().split()[0] == w}
    if not firsts:
        longer = first_name_forms().get(w, frozenset())
        firsts = {_person_key(n) for n in full if n.lower().split()[0] in longer}
    if not firsts or lasts == firsts:
        return None
    if lasts or len(firsts) > 1:
        return Speaker(found=True)
    key = next(iter(firsts))
    name, m = next((n, m) for n, m in full.items() if _person_key(n) == key)
    return Speaker(name, "person", ctx.affiliation_of(m, m.start), True)


def _person_key(name: str) -> str:
    parts = name.lower().split()
    return f"{parts[0]} {parts[-1]}"


def _titled_antecedent(ctx: _context.Context, title: list[str], at: int) -> Speaker | None:
    """"The President said" after "President Joe Biden announced" or "the President at the time, Joe Biden": the
    nearest person named with that title in this paragraph or the three before; None when nobody was. A time
    qualifier on the title ("the then Vice President", "the former minister") is no part of it."""
    paragraph = ctx.paragraph_of(at)
    lo = ctx.paragraphs[max(0, paragraph - 3)][0] if ctx.paragraphs else 0
    words = [w for w in (re.sub(r"^(?:then|ex|former)-", "", w.strip(".,’'")) for w in title)
             if w.lower() not in _TIME_QUALIFIERS]
    if not words:
        return None
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"(?:\s+(?:at\s+the\s+time|then))?\s*,?\s+$",
                         re.IGNORECASE)
    for m in reversed(ctx.mentions_in(lo, at)):
        if ctx.canonical(m)[1] == "person" and pattern.search(ctx.text, max(lo, m.start - 40), m.start):
            return Speaker(ctx.canonical(m)[0], "person", ctx.affiliation_of(m, m.start), True)
    return None


_TIME_QUALIFIERS = frozenset({"then", "former", "current", "outgoing", "incoming", "sitting"})


def _unclassified_owner(
    ctx: _context.Context, start: int, end: int, mentions: list[EntityMention], full: dict[str, EntityMention]
) -> Speaker | None:
    """A name the entity layer could not class that is the whole subject or owns it ("Microsoft says", "PC World's
    analysis of its traffic concluded"): a body speaking, or the person whose full name holds it ("Sevgil said").
    None when the phrase is anything else."""
    text = ctx.text
    for m in mentions:
        if ctx.canonical(m)[1] != "other":
            continue
        lead = text[start : m.start].strip(" ,—–-\n")
        rest = text[m.end : end].strip(" ,—–-\n")
        if lead.lower() in ("", "the") and (not rest or re.match(r"[’']s\b", rest)):
            name = ctx.canonical(m)[0]
            short = _short_form(ctx, m, full)
            if short is not None:
                return short
            for p in ctx.mentions:  # "Sevgil said" after "Sevgil Musaieva": the person named in full
                if " " not in name and ctx.canonical(p)[1] == "person" and name in ctx.canonical(p)[0].split():
                    return Speaker(ctx.canonical(p)[0], "person", ctx.affiliation_of(p, p.start), True)
            if _reads_as_person(ctx, m, name):
                affiliation = ctx.affiliation_of(m, m.start)
                return Speaker(name, "person", "" if affiliation == name else affiliation, True)
            return Speaker(name, "organization", ctx.actor(m), True)
        return None
    return None


@cache
def _first_names() -> frozenset[str]:
    """Every first name of the nickname table, short and full ("danny", "daniel")."""
    return frozenset(first_name_forms()) | frozenset().union(*first_name_forms().values())


def _reads_as_person(ctx: _context.Context, mention: EntityMention, name: str) -> bool:
    """A one-word name the entity layer left unclassed ("Cornyn said") is a person when the text gives it a title or
    honorific elsewhere ("Senator Cornyn", "Mr Cornyn"), when it is a common first name (the nickname table), or when
    the first pronoun after it, in its sentence or the next, is "he"/"she"/"his"/"her" rather than "it"/"its". All
    capitals (an acronym: KCNA, NASA) is a body."""
    if " " in name or name.isupper() or not name[:1].isupper():
        return False
    if name.lower() in _first_names():
        return True  # a common first name ("Danny", "Robert")
    titles = _title_words() | _HONORIFICS
    for m in ctx.mentions:
        if m is not mention and ctx.canonical(m)[0] == name:
            lead = re.search(r"([A-Za-z.]+)\s*$", ctx.text[max(0, m.start - 20) : m.start])
            if lead and lead.group(1).lower() in titles:
                return True
            words = m.text.lower().split()
            if len(words) > 1 and all(w.strip(".") in titles or w in _HONORIFICS for w in words[:-1]):
                return True
    index = ctx.sentence_of(mention.end)
    stop = ctx.sentences[min(index + 1, len(ctx.sentences) - 1)][1] if ctx.sentences else len(ctx.text)
    segment = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", ctx.text[mention.end : stop])  # pronouns inside quotes are not his
    pronoun = re.search(r"\b(he|she|his|her|him|it|its)\b", segment, re.IGNORECASE)
    return bool(pronoun) and pronoun.group(1).lower() not in ("it", "its")


def _antecedent(ctx: _context.Context, noun: str, how: str, at: int) -> Speaker:
    """"The city reasoned": the one entity of the noun's kind named in this paragraph or the two before, else nobody."""
    paragraph = ctx.paragraph_of(at)
    lo = ctx.paragraphs[max(0, paragraph - 2)][0] if ctx.paragraphs else 0
    found: dict[str, EntityMention] = {}
    for m in ctx.mentions_in(lo, at):
        name, kind = ctx.canonical(m)
        if how == "city":
            ok = kind == "place" and world_places().population(name) > 0
        elif how == "company":
            ok = kind in ("organization", "other") and name.split()[-1].lower().rstrip(".") in _lexicon.words(
                _COMPANY_SUFFIXES)
        else:
            ok = kind in ("organization", "other") and noun in name.lower().split()
        if ok:
            found.setdefault(name, m)
    if len(found) != 1:
        return Speaker(found=True)
    name, mention = next(iter(found.items()))
    return Speaker(name, "organization", ctx.actor(mention), True)


def _resolve_pronoun(ctx: _context.Context, at: int, kind: str, attributions: Attributions) -> Speaker:
    """The person (or body, for "it") the preceding sentences are about."""
    index = ctx.sentence_of(at)
    s, _e = ctx.sentences[index] if ctx.sentences else (0, 0)
    # the current sentence before the pronoun first ("Shmyhal warned …, but said … he said")
    candidates: list[Speaker] = []
    no_quote_before = not re.search(r"[“”\"]", ctx.text[s:at])
    if kind == "person" and no_quote_before:
        near = _person_in_sentence(ctx, s, at) or _speech_owner(ctx, s, at)
        if near is not None:
            return near
    head = _first_subject(ctx, s, at, attributions) if at > s and no_quote_before else Speaker()
    if kind == "person" and _LOCUTOR.match(ctx.text, _label_end(ctx.text, s, at), at):
        return Speaker(found=True)  # "I wanted to ask about …; he said": "he" is never who speaks the sentence
    if head.found and head.name:
        candidates.append(head)
    # "it" stands for many things ("a plaque … and it said"): only a body in the sentence just before
    turn = _voice.turn_at(attributions.turns, at) if kind == "person" else None
    floor = turn.start if turn is not None and turn.press else -1  # a question points back only within itself
    for back in range(index - 1, max(-1, index - (2 if kind == "organization" else 5)), -1):
        if candidates:
            break
        bs, be = ctx.sentences[back]
        if be <= floor:
            break
        if kind == "person":
            opening, where = _sentence_opening(ctx, bs, be)
            if opening == "same":  # "And he accused you … of appeasement of Putin. He said": the same "he" as before
                return _resolve_pronoun(ctx, where, kind, attributions)
            if opening == "role":
                return Speaker(found=True)  # "Israeli prime minister has been clear …. He said": nobody named
            if opening == "locutor":
                # "I know you heard President Zelenskyy …": "he" is never who speaks or is spoken to
                named = _first_person_named(ctx, bs, be)
                if named is not None:
                    candidates.append(named)
                continue
        said = attributions.of_sentence(back)
        if said.found:
            candidates.append(said)
            break
        subject = _first_subject(ctx, bs, be, attributions)
        if subject.found and subject.name:
            if kind == "person" and subject.kind != "person":
                # "Ukraine is home to …, including an 88-year-old woman, Natalia Berezhnaya. Here's what she said"
                subject = _only_person_named(ctx, bs, be) or subject
            candidates.append(subject)
        elif kind == "person":
            named = _first_person_named(ctx, bs, be) or _the_title_named(ctx, bs, be)
            if named is not None:
                candidates.append(named)
    for cand in candidates:
        if kind == "person" and cand.kind == "person":
            return cand
        if kind == "organization" and cand.kind == "organization":
            return cand
        if kind == "any" and cand.name:
            return cand
        return Speaker(found=True)  # the nearest subject is of another kind: do not guess further back
    return Speaker(found=True)


_LOCUTOR = re.compile(r"\s*(?:(?:and|but|so|now|well),?\s+)?(?:I|we|you)\b", re.IGNORECASE)
_THIRD = re.compile(r"\s*(?:(?:and|but|so|then|now|also),?\s+)?(?:he|she)\s+(?!(?:said|says)\b)[a-z]", re.IGNORECASE)
_ROLE_SUBJECT = re.compile(r"\s*(?:(?:the|a|an|[A-Z][\w\-]*(?:[’']s)?)\s+){0,3}(?P<role>[a-z][\w\-]*)\s+[a-z]")


def _sentence_opening(ctx: _context.Context, s: int, e: int) -> tuple[str, int]:
    """What a sentence before "he"/"she" opens with, and where: "same" for he/she (the referent carries on),
    "locutor" for I/we/you (never the antecedent), "role" for an unnamed person ("Israeli prime minister has been …")
    in a sentence naming nobody; "" otherwise."""
    at = _label_end(ctx.text, s, e)
    third = _THIRD.match(ctx.text, at, e)
    if third:
        return "same", third.end()
    if _LOCUTOR.match(ctx.text, at, e):
        return "locutor", at
    role = _ROLE_SUBJECT.match(ctx.text, at, e)
    if role and role.group("role").lower() in _roles() - _lexicon.words(_BODIES) \
            and _first_person_named(ctx, s, e) is None:
        return "role", at
    return "", at


def _label_end(text: str, s: int, at: int) -> int:
    label = _LABEL.match(text, s, at)
    return label.end() if label else s


@cache
def _owned_speech_re() -> re.Pattern[str]:
    nouns = _lexicon.words(_SPEECH_NOUNS) | _lexicon.words(_MESSAGE_NOUNS)
    alternation = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\s+(?:made\s+|given\s+)?(?:by|from)\s+", re.IGNORECASE)


def _speech_owner(ctx: _context.Context, s: int, at: int) -> Speaker | None:
    """"clarity on comments by National Security Advisor Jake Sullivan that a meeting between President Biden and
    President Xi is under consideration; that is, he said": the one person whose words the sentence is about
    ("remarks/comments/statement by X") is whom "he"/"she" stands for; None when no such phrase names one."""
    owners: dict[str, EntityMention] = {}
    for m in _owned_speech_re().finditer(ctx.text, s, at):
        person = next(iter(ctx.mentions_in(m.end(), min(at, m.end() + 60))), None)
        if person is None or ctx.canonical(person)[1] != "person":
            continue
        if not all(w.lower().strip(".") in _title_words() or w[0].isupper()
                   for w in ctx.text[m.end() : person.start].split()):
            continue
        owners.setdefault(ctx.canonical(person)[0], person)
    if len(owners) != 1:
        return None
    name, person = next(iter(owners.items()))
    return Speaker(name, "person", ctx.affiliation_of(person, s), True)


def _the_title_named(ctx: _context.Context, s: int, e: int) -> Speaker | None:
    """"while the Secretary was a master at getting things done, he …": "the" and a capitalised title in a sentence
    that names nobody stand for the person named earlier with that title ("Secretary Baker"); None otherwise."""
    titles = _lexicon.person_titles()
    for m in re.finditer(r"\bthe\s+([A-Z][a-z]+)\b", ctx.text[s:e]):
        if m.group(1).lower() in titles:
            return _titled_antecedent(ctx, [m.group(1)], s + m.start())
    return None


def _first_person_named(ctx: _context.Context, s: int, e: int) -> Speaker | None:
    """The first person a sentence names outside quote marks and turn labels, for "he"/"she" in a later sentence
    whose subject names nobody ("… was the response from Foreign Minister Lapid. As he said, …"; "when Secretary
    Baker was hosting a lunch for President Aquino, … As he rushed over, he scribbled")."""
    text = ctx.text
    for m in ctx.mentions_in(s, e):
        if ctx.canonical(m)[1] != "person" or text[s : m.start].count("“") > text[s : m.start].count("”"):
            continue
        if text[s : m.start].count('"') % 2 or _is_turn_label(text, m):
            continue
        return Speaker(ctx.canonical(m)[0], "person", ctx.affiliation_of(m, s), True)
    return None


def _only_person_named(ctx: _context.Context, s: int, e: int) -> Speaker | None:
    """The one person a sentence whose subject is a place or body names, outside quotes and turn labels: whom a
    "he"/"she" after it stands for; None when it names nobody or several."""
    first = _first_person_named(ctx, s, e)
    if first is None:
        return None
    text = ctx.text
    others = {ctx.canonical(m)[0] for m in ctx.mentions_in(s, e) if ctx.canonical(m)[1] == "person"
              and not _is_turn_label(text, m)}
    return first if others == {first.name} else None


def _is_turn_label(text: str, m: EntityMention) -> bool:
    """"MR PRICE:" opening a transcript line names who speaks the turn, never whom a "he" in it stands for."""
    line_start = text.rfind("\n", 0, m.start) + 1
    label = _LABEL.match(text, line_start)
    return bool(label) and m.end <= label.end()


def _person_in_sentence(ctx: _context.Context, s: int, at: int) -> Speaker | None:
    """The antecedent of "he"/"she" in its own sentence: an unnamed official ("a visit by Russia's deputy prime
    minister, during which he said") when nearer than any name, else the one person the sentence names
    ("then-Senator Joe Biden was here, and during that visit he said"); None when that is not clear."""
    text = ctx.text
    persons = [m for m in ctx.mentions_in(s, at) if ctx.canonical(m)[1] == "person"]
    if persons and _set_off_name(ctx, s, persons[-1], at):
        return Speaker(ctx.canonical(persons[-1])[0], "person", ctx.affiliation_of(persons[-1], s), True)
    roles = _roles() - _lexicon.words(_BODIES)
    role_at = -1
    for w in re.finditer(r"[A-Za-z][\w\-]*", text[s:at]):
        if w.group().lower() in roles and not _DESTINATION.search(text, max(s, s + w.start() - 60), s + w.start()):
            end = s + w.end()
            if not any(m.start <= end + 2 and m.end > end for m in persons):  # "Senator Joe Biden" is a name
                role_at = end
    if role_at > (persons[-1].end if persons else -1):
        actors = [m for m in ctx.mentions_in(max(s, role_at - 60), role_at)
                  if ctx.canonical(m)[1] in ("organization", "place")]
        return Speaker("", "none", ctx.actor(actors[-1]) if actors else "", True)
    if persons and len({ctx.canonical(m)[0] for m in persons}) == 1:
        person = persons[-1]
        return Speaker(ctx.canonical(person)[0], "person", ctx.affiliation_of(person, s), True)
    return None


# A role someone goes or is sent to ("to send her to a doctor"): a place in the story, not who speaks after it
_DESTINATION = re.compile(r"\bto\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)


def _set_off_name(ctx: _context.Context, s: int, person: EntityMention, at: int) -> bool:
    """"…, his counterpart, Foreign Minister Jaishankar, he said": a name set off by commas, with only titles before
    it, right before the pronoun. Not the end of an opening phrase ("After talks with Macron, he said")."""
    text = ctx.text
    if not re.fullmatch(r"\s*,\s*", text[person.end : at]):
        return False
    comma = text.rfind(",", s, person.start)
    if comma < 0:
        return False
    titles = _title_words()
    lead = re.findall(r"[\w’'.\-]+", text[comma + 1 : person.start])
    return len(lead) <= 4 and all(w.lower().strip(".") in titles or w[0].isupper() for w in lead)


# "And as Linda said, it is happening fast.": the speaker echoes someone in passing (no quote of theirs in that
# sentence); what they quote next is not that someone's
_AS_ASIDE = re.compile(r"\W*(?:(?:and|but|so|now)\s+)?as\s+[^,;.]{1,60}?\s+(?:said|says|noted|put\s+it|mentioned|"
                       r"pointed\s+out)\b", re.IGNORECASE)


def _continuation(
    ctx: _context.Context, span: Span, previous: tuple[Span, Speaker] | None, attributions: Attributions
) -> Speaker:
    """A quote with no attribution of its own keeps the speaker of what comes just before it; a paragraph that is
    only a quote, after a paragraph ending with a colon ("Obama tweeted using his account:"), is that line's."""
    text = ctx.text
    para_start = text.rfind("\n", 0, span.start) + 1
    if not text[para_start : span.start].strip() and text[:para_start].rstrip().endswith(":"):
        return attributions.of_sentence(ctx.sentence_of(len(text[:para_start].rstrip()) - 1))
    if not text[para_start : span.start].strip() and text[:para_start].rstrip().endswith("."):
        # a paragraph that is only a quote after "The ministry issued a statement." is that statement's words
        said = attributions.of_sentence(ctx.sentence_of(len(text[:para_start].rstrip()) - 1))
        if said.found and said.name and said.message:
            return said
    index = ctx.sentence_of(span.start)
    if index > 0:
        ps, _pe = ctx.sentences[index - 1]
        aside = index - 1 not in attributions.quoted and _AS_ASIDE.match(text, ps)
        if ps >= para_start and not aside:  # the sentence before, in the same paragraph
            said = attributions.of_sentence(index - 1)
            if said.found:
                return said
    para_end = text.find("\n", span.end)
    para_end = len(text) if para_end < 0 else para_end
    outside = text[para_start : span.start] + text[span.end : para_end]
    if previous is not None and not re.search(r"\w", outside):
        prev_span, prev_speaker = previous
        between = text[prev_span.end : span.start]
        if between.count("\n") <= 2 and not re.search(r"\n[^\n]*\w[^\n]*\n", "\n" + between.split("\n", 1)[-1]):
            return prev_speaker
    return Speaker()


def _find_in(ctx: _context.Context, start: int, end: int, attributions: Attributions) -> Speaker:
    """Reported speech inside one sentence: "…, Shmyhal said." / "Shmyhal said …" / "Another question from Danny."."""
    found = reporting_verbs(ctx.text, start, end)
    sources = list(_source_phrase_re().finditer(ctx.text, start, end))
    if sources and not found:
        return _quoted_source(ctx, sources[-1].end(), end, attributions)
    for m in found:
        if m.group("acc"):
            return _subject_after(ctx, m.end(), end, attributions)
        speaker = _subject_before_verb(ctx, start, m.start(), attributions)
        if speaker.found:
            return speaker
        if ctx.text[m.start() - 2 : m.start()].strip() in (",", ""):
            after = _subject_after(ctx, m.end(), end, attributions)
            if after.found:
                return after
    if not found and re.search(r"[:.]\s*$", ctx.text[start:end]) and not re.search(r"[“”\"]", ctx.text[start:end]):
        # "The ministry issued a statement." before its words
        author = _message(ctx, start, end, attributions, named=True)
        return Speaker(author.name, author.kind, author.affiliation, author.found, message=True)
    return Speaker()
