"""Key quotes: direct quotations of four words or more, with the speaker resolved to an actor.

The pass is linear: one scan of each paragraph pairs quote marks, then each quote looks for its
attribution after the closing mark ("…,” Blinken said), before the opening mark (Patel said the
US was “…”), in the sentence before it, or — for a paragraph that is only a quote — in the quote
just before it. Pronoun speakers ("he said") go to the person the preceding sentences are about.
No speaker beats a wrong one: when nothing in the text names the speaker, the quote keeps "".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from briefing.extract import _context, _lexicon
from briefing.models import Provenance, Quote

MIN_WORDS = 4
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
# Attribution text between two halves of a split quote: short, no sentence end.
_MAX_ATTRIBUTION_WORDS = 10
_ANONYMOUS = "anonymous_speakers.txt"
_ANY_MARK = re.compile(r"[“”\"‘']")
_MARK = re.compile(r"[“”\"‘’']")
_PHRASE_STOP = re.compile(r"\s(?:during|in|on|at|after|before|when|while|who|which|that|told|to)\s")
_BODIES = "speaker_bodies.txt"


@dataclass
class _Span:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end)
    inner_start: int
    inner_end: int
    closed: bool = True


@dataclass
class _Speaker:
    name: str = ""
    kind: str = "none"
    affiliation: str = ""
    found: bool = False  # an attribution was found, even if it names nobody ("an official said")


def find_quotes(
    text: str, published: date | None = None, article: str = "", knowledge: object = None
) -> list[Quote]:
    """Every direct quotation of MIN_WORDS words or more in `text`, with its speaker."""
    if not _ANY_MARK.search(text):
        return []
    ctx = _context.build(text, published, article, knowledge)
    spans = _merge_split(ctx, _quote_spans(text))
    quotes: list[Quote] = []
    previous: tuple[_Span, _Speaker] | None = None
    attributions = _Attributions(ctx)
    for span, body in spans:
        speaker = _attribute(ctx, span, previous, attributions)
        previous = (span, speaker)
        if len(_WORD.findall(body)) < MIN_WORDS or _is_title(body):
            continue
        sentence = ctx.sentence_of(span.start)
        quotes.append(
            Quote(
                text=body,
                speaker=speaker.name,
                speaker_kind=speaker.kind if speaker.name else "none",
                affiliation=speaker.affiliation,
                article=article,
                sentence=sentence,
                start=span.start,
                end=span.end,
                date=ctx.event_date(sentence),
            )
        )
    return quotes


def _is_title(body: str) -> bool:
    """A quoted name of an event or document (“Shaping the Future of Journalism”): every long word capitalised."""
    long_words = [w for w in _WORD.findall(body) if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words) and not re.search(r"[,;:!?]", body)


# --- quote marks ----------------------------------------------------------------------------

def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _quote_spans(text: str) -> list[_Span]:
    """Pair quote marks paragraph by paragraph; single quotes count only outside double quotes."""
    spans: list[_Span] = []
    for para in re.finditer(r"[^\n]+", text):
        spans.extend(_pair_paragraph(text, para.start(), para.end()))
    return spans


def _pair_paragraph(text: str, pstart: int, pend: int) -> list[_Span]:
    out: list[_Span] = []
    double_open: int | None = None
    single_open: int | None = None
    for mark in _MARK.finditer(text, pstart, pend):
        i, ch = mark.start(), mark.group()
        prev = text[i - 1] if i > pstart else " "
        nxt = text[i + 1] if i + 1 < pend else " "
        if ch in "“”\"":
            if double_open is None:
                if ch == "”" or (ch == '"' and (nxt.isspace() or _is_word(prev))):
                    continue  # a stray closing mark
                double_open = i
                single_open = None
            elif ch != "“" or not nxt.isspace():
                if ch == "“":  # a new opening mark before the last one closed: close the last at this point
                    out.append(_Span(double_open, i, double_open + 1, i, closed=False))
                    double_open = i
                    continue
                out.append(_Span(double_open, i + 1, double_open + 1, i))
                double_open = None
            continue
        if double_open is not None:
            continue  # nested single quotes belong to the double quote around them
        if _is_word(prev) and (_is_word(nxt) or (ch == "’" and nxt.isdigit())):
            continue  # apostrophe inside a word: don't, Iran's
        if nxt.isdigit() and not _is_word(prev):
            continue  # ’90s
        if single_open is None:
            if ch in "‘'" and not _is_word(prev) and (_is_word(nxt) or nxt in "“\"("):
                single_open = i
        elif ch in "’'" and not prev.isspace() and not _is_word(nxt):
            out.append(_Span(single_open, i + 1, single_open + 1, i))
            single_open = None
    if double_open is not None and pend - double_open > 1:
        out.append(_Span(double_open, pend, double_open + 1, pend, closed=False))
    return out


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().strip(",").strip()


def _merge_split(ctx: _context.Context, spans: list[_Span]) -> list[tuple[_Span, str]]:
    """Join “A,” he said, “B.” into one quote: the gap is a short attribution ending in a comma."""
    out: list[tuple[_Span, str]] = []
    verbs = _lexicon.reporting_verb_re()
    text = ctx.text
    for span in spans:
        body = _clean(text[span.inner_start : span.inner_end])
        if out:
            last, last_body = out[-1]
            gap = text[last.end : span.start]
            inner_tail = text[last.inner_start : last.inner_end].rstrip()
            if (
                "\n" not in gap
                and (inner_tail.endswith(",") or gap.lstrip().startswith(","))
                and gap.rstrip().endswith(",")
                and not re.search(r"[.!?;:]", gap)
                and len(gap.split()) <= _MAX_ATTRIBUTION_WORDS
                and verbs.search(gap)
            ):
                merged = _Span(last.start, span.end, last.inner_start, span.inner_end, span.closed)
                merged.gap = (last.end, span.start)  # type: ignore[attr-defined]
                out[-1] = (merged, f"{last_body} {body}")
                continue
        out.append((span, body))
    return out


# --- speakers -------------------------------------------------------------------------------

class _Attributions:
    """Reported-speech attributions per sentence ("…, Shmyhal said."), computed on demand."""

    def __init__(self, ctx: _context.Context) -> None:
        self.ctx = ctx
        self.cache: dict[int, _Speaker] = {}
        self.quoted: dict[int, _Speaker] = {}

    def of_sentence(self, index: int) -> _Speaker:
        if index in self.quoted:
            return self.quoted[index]
        if index not in self.cache:
            s, e = self.ctx.sentences[index]
            self.cache[index] = _find_in(self.ctx, s, e, self)
        return self.cache[index]


def _attribute(
    ctx: _context.Context, span: _Span, previous: tuple[_Span, _Speaker] | None, attributions: _Attributions
) -> _Speaker:
    text = ctx.text
    sentences = ctx.sentences
    gap = getattr(span, "gap", None)
    speaker = _Speaker()
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
        if re.match(r"\s*[,—–-]?\s*\S", after) and not re.match(r"\s*[.!?]", after):
            speaker = _after(ctx, span.end, limit, attributions)
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


def _after(ctx: _context.Context, start: int, end: int, attributions: _Attributions) -> _Speaker:
    """“…,” X said / said X / X told reporters / according to X."""
    verbs = _lexicon.reporting_verb_re()
    segment = ctx.text[start:end]
    m = verbs.search(segment)
    if not m:
        return _Speaker()
    before = segment[: m.start()]
    if len(before.split()) > 8 or re.search(r"[.!?;]", before):
        return _Speaker()
    if m.group("acc") or not before.strip(" ,—–-"):
        return _subject_after(ctx, start + m.end(), end, attributions)
    return _resolve(ctx, start, start + m.start(), attributions, tail=True)


def _before(ctx: _context.Context, start: int, end: int, attributions: _Attributions) -> _Speaker:
    """X said (that|:) “…” / X said the US was “…” / according to X, “…”."""
    verbs = _lexicon.reporting_verb_re()
    found = list(verbs.finditer(ctx.text, start, end))
    for m in reversed(found):
        if m.group("acc"):
            return _subject_after(ctx, m.end(), end, attributions)
        verb = m.group("verb").lower()
        if verb.endswith("ing"):  # "…, saying “…”": the subject of the main clause
            return _first_subject(ctx, start, m.start(), attributions)
        phrase_start = _clause_start(ctx.text, start, m.start())
        speaker = _resolve(ctx, phrase_start, m.start(), attributions, tail=True)
        if speaker.found:
            return speaker
    return _Speaker()


def _from_phrase_around_verb(ctx: _context.Context, start: int, end: int, attributions: _Attributions) -> _Speaker:
    return _after(ctx, start, end, attributions)


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


def _first_subject(ctx: _context.Context, start: int, end: int, attributions: _Attributions) -> _Speaker:
    """The subject of a sentence: its first phrase up to the first lower-case verb-like word."""
    words = list(re.finditer(r"\S+", ctx.text[start:end]))
    stop = end
    for w in words[:8]:
        token = w.group()
        if token[0].islower() and token not in ("of", "the", "for", "and", "de", "al"):
            if token.lower() in _lexicon.words("speaker_titles.txt"):
                continue
            stop = start + w.start()
            break
    return _resolve(ctx, start, stop, attributions, tail=True)


def _subject_after(ctx: _context.Context, start: int, end: int, attributions: _Attributions) -> _Speaker:
    """The noun phrase after "said" / "according to": up to the next comma, preposition or verb."""
    segment = ctx.text[start:end]
    m = re.match(r"[^,.;:!?“”\"]*", segment)
    phrase_end = start + (m.end() if m else 0)
    stop = _PHRASE_STOP.search(ctx.text, start, phrase_end)
    if stop:
        phrase_end = stop.start()
    return _resolve(ctx, start, phrase_end, attributions, tail=False)


def _resolve(ctx: _context.Context, start: int, end: int, attributions: _Attributions, tail: bool) -> _Speaker:
    """The speaker a phrase names: a person, a body, an anonymous source, or a pronoun."""
    phrase = ctx.text[start:end].strip(" ,—–-\n")
    if not phrase:
        return _Speaker()
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
        name, _kind = ctx.canonical(person)
        return _Speaker(name, "person", ctx.affiliation_of(person, start), True)
    lowered = [w.lower().strip(".,’'s") for w in words]
    head = lowered[-1] if lowered else ""
    actors = [m for m in mentions if ctx.canonical(m)[1] in ("organization", "place")]
    if head in _lexicon.words(_ANONYMOUS) or any(w in _lexicon.words(_ANONYMOUS) for w in lowered[-2:]):
        affiliation = ctx.actor(actors[-1]) if actors else ""
        return _Speaker("", "none", affiliation, True)
    if actors:
        actor = actors[-1] if tail else actors[0]
        name, _kind = ctx.canonical(actor)
        return _Speaker(name, "organization", ctx.actor(actor), True)
    if head in _lexicon.words(_BODIES) and len(words) <= 5:
        body = " ".join(w for w in words if w.lower() not in ("the", "a", "an", "its", "their"))
        return _Speaker(body, "organization", "", True)
    return _Speaker()


def _resolve_pronoun(ctx: _context.Context, at: int, kind: str, attributions: _Attributions) -> _Speaker:
    """The person (or body, for "it") the preceding sentences are about."""
    index = ctx.sentence_of(at)
    s, _e = ctx.sentences[index] if ctx.sentences else (0, 0)
    # the current sentence before the pronoun first ("Shmyhal warned …, but said … he said")
    candidates: list[_Speaker] = []
    no_quote_before = not re.search(r"[“”\"]", ctx.text[s:at])
    head = _first_subject(ctx, s, at, attributions) if at > s and no_quote_before else _Speaker()
    if head.found and head.name:
        candidates.append(head)
    for back in range(index - 1, max(-1, index - 5), -1):
        if candidates:
            break
        said = attributions.of_sentence(back)
        if said.found:
            candidates.append(said)
            break
        bs, be = ctx.sentences[back]
        subject = _first_subject(ctx, bs, be, attributions)
        if subject.found and subject.name:
            candidates.append(subject)
    for cand in candidates:
        if kind == "person" and cand.kind == "person":
            return cand
        if kind == "organization" and cand.kind == "organization":
            return cand
        if kind == "any" and cand.name:
            return cand
        return _Speaker(found=True)  # the nearest subject is of another kind: do not guess further back
    return _Speaker(found=True)


def _continuation(
    ctx: _context.Context, span: _Span, previous: tuple[_Span, _Speaker] | None, attributions: _Attributions
) -> _Speaker:
    """A quote with no attribution of its own keeps the speaker of what comes just before it."""
    text = ctx.text
    para_start = text.rfind("\n", 0, span.start) + 1
    index = ctx.sentence_of(span.start)
    if index > 0:
        ps, _pe = ctx.sentences[index - 1]
        if ps >= para_start:  # the sentence before, in the same paragraph
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
    return _Speaker()


def _find_in(ctx: _context.Context, start: int, end: int, attributions: _Attributions) -> _Speaker:
    """Reported speech inside one sentence: "…, Shmyhal said." / "Shmyhal said …"."""
    verbs = _lexicon.reporting_verb_re()
    for m in verbs.finditer(ctx.text, start, end):
        if m.group("acc"):
            return _subject_after(ctx, m.end(), end, attributions)
        phrase_start = _clause_start(ctx.text, start, m.start())
        speaker = _resolve(ctx, phrase_start, m.start(), attributions, tail=True)
        if speaker.found:
            return speaker
        if ctx.text[m.start() - 2 : m.start()].strip() in (",", ""):
            after = _subject_after(ctx, m.end(), end, attributions)
            if after.found:
                return after
    return _Speaker()


# --- across sources -------------------------------------------------------------------------

def _word_set(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def same_quote(a: str, b: str, threshold: float = 0.7) -> bool:
    """Fuzzy identity of two quote texts: most of the shorter one's words occur in the longer one."""
    wa, wb = _word_set(a), _word_set(b)
    if not wa or not wb:
        return False
    small = min(len(wa), len(wb))
    return len(wa & wb) / small >= threshold and len(wa & wb) >= min(MIN_WORDS, small)


def merge_quotes(quotes_with_sources: list[Quote] | list[tuple[Quote, str]]) -> list[Quote]:
    """One key quote per distinct quotation across outlets, with every provenance in `sources`.

    Accepts quotes, or (quote, source) pairs. The longest wording is kept; a speaker found in any
    source fills in a quote whose own article did not name one.
    """
    groups: list[list[tuple[Quote, str]]] = []
    index: dict[str, list[int]] = {}
    for item in quotes_with_sources:
        quote, source = item if isinstance(item, tuple) else (item, "")
        words = _word_set(quote.text)
        seen: set[int] = set()
        target = None
        for w in words:
            for g in index.get(w, ()):
                if g in seen:
                    continue
                seen.add(g)
                if any(same_quote(quote.text, other.text) for other, _ in groups[g]):
                    target = g
                    break
            if target is not None:
                break
        if target is None:
            target = len(groups)
            groups.append([])
            for w in words:
                index.setdefault(w, []).append(target)
        groups[target].append((quote, source))
    merged = []
    for group in groups:
        best = max(group, key=lambda qs: (bool(qs[0].speaker), len(qs[0].text)))[0]
        sources: list[Provenance] = []
        for quote, source in group:
            existing = quote.sources or (
                Provenance(quote.article, quote.sentence, quote.start, quote.end, source, quote.date),
            )
            sources.extend(existing)
        merged.append(replace(best, sources=tuple(dict.fromkeys(sources))))
    return merged
