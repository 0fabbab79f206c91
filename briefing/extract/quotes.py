"""Key quotes: direct quotations of four words or more, with the speaker resolved to an actor.

The pass is linear: one scan pairs quote marks (`quote_marks`), then each quote's speaker is found by
`speakers`; `merge_quotes` joins the same quotation across outlets.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from briefing.extract import _context, _lexicon
from briefing.extract.quote_marks import Span, merge_split, quote_spans
from briefing.extract.speakers import Attributions, Speaker, attribute
from briefing.models import Provenance, Quote

MIN_WORDS = 4
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_ANY_MARK = re.compile(r"[“”\"‘']")


def find_quotes(
    text: str, published: date | None = None, article: str = "", knowledge: object = None
) -> list[Quote]:
    """Every direct quotation of MIN_WORDS words or more in `text`, with its speaker."""
    if not _ANY_MARK.search(text):
        return []
    ctx = _context.build(text, published, article, knowledge)
    spans = merge_split(ctx, quote_spans(text))
    quotes: list[Quote] = []
    previous: tuple[Span, Speaker] | None = None
    attributions = Attributions(ctx)
    for span, body in spans:
        speaker = attribute(ctx, span, previous, attributions)
        previous = (span, speaker)
        if (_word_count(body) < MIN_WORDS or _is_title(body) or _is_name(text, span, body)
                or _is_named_by_noun(text, span) or _is_owned(text, span) or _is_citation(text, span, body)):
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


def _word_count(body: str) -> int:
    """Words of a quote, a hyphenated compound counting as one (“quasi-state of war” is three words)."""
    return len(re.findall(r"[^\W_]+(?:[’'\-][^\W_]+)*", body))


def _is_title(body: str) -> bool:
    """A quoted name of an event, document or motto (“Shaping the Future of Journalism”, “Andy Warhol: Photographs
    and Prints from the University Collection”, “One Country, Two Systems”, “100 Most Important Americans of the
    20th Century”): every long word capitalised but the prepositions titles keep lower (numbers aside). With a
    comma it takes three capitalised words: a quoted pair of names (“Russia, Iran”) is too little to call a title."""
    minor = _lexicon.words("speaker_title_minor_words.txt")
    words = [w for w in _WORD.findall(body) if not w[0].isdigit()]
    long_words = [w for w in words if len(w) > 3 and w not in minor]
    if not long_words or not all(w[0].isupper() for w in long_words) or re.search(r"[;!?]|:\W*$", body):
        return False
    return "," not in body or sum(w[0].isupper() for w in words) >= 3


@cache
def _naming_noun_re() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, _lexicon.words("speaker_naming_nouns.txt")), key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE)


def _is_named_by_noun(text: str, span: Span) -> bool:
    """A theme, slogan or motto (“the theme of “justice, security, and prosperity.””; “The theme selected for
    discussion today, “Advancing …””): a naming noun at most six words before the mark, no reporting verb after it,
    and nothing after the mark that makes the quoted words a clause of their own."""
    para_start = text.rfind("\n", 0, span.start) + 1
    before = re.split(r"[.!?”\"]", text[para_start : span.start])[-1]
    nouns = list(_naming_noun_re().finditer(before))
    if not nouns:
        return False
    after_noun = before[nouns[-1].end() :]
    return len(after_noun.split()) <= 6 and not _lexicon.reporting_verb_re().search(after_noun)


# "Prime Minister Kishida’s “new form of capitalism”": a named thing's name, right after its owner's name
_OWNER = re.compile(r"\b(?-i:[A-Z])[\w\-]+[’']s\s*$")
_NOT_OWNERS = frozenset({"it", "that", "what", "there", "here", "he", "she", "who", "where", "let", "this"})


def _is_owned(text: str, span: Span) -> bool:
    """A quoted name owned by a named person or body (“Kishida’s “new form of capitalism””, “Biden’s “Build Back
    Better” plan”): what they call something, not their words. "It’s “…”" and "That’s “…”" are no owners."""
    owner = _OWNER.search(text, max(0, span.start - 40), span.start)
    return bool(owner) and re.split(r"[’']", owner.group())[0].lower() not in _NOT_OWNERS


_DATED = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _is_citation(text: str, span: Span, body: str) -> bool:
    """A cited title in a list of sources: “Document found on street not secret, say feds” — The Canadian Press,
    August 15, 2008. The title ends without a full stop; a dash, then the source and a date, end the paragraph."""
    if re.search(r"[.!?…]\W*$", body):
        return False
    para_end = text.find("\n", span.end)
    after = text[span.end : para_end if para_end >= 0 else len(text)]
    return bool(re.match(r"\s*(?:[—–]|--?)\s*\S", after)) and bool(_DATED.search(after)) and len(after.split()) <= 12


@cache
def _naming_re() -> re.Pattern[str]:
    """Naming words as whole words, not inside "so-called"."""
    names = "|".join(sorted(map(re.escape, _lexicon.words("speaker_naming_verbs.txt")), key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{names})\b", re.IGNORECASE)


def _is_name(text: str, span: Span, body: str) -> bool:
    """A quoted name, not a quotation: what something is titled or dubbed (“dubbed the conflict: “Scientology vs.
    the Internet, part XVII”"), or a cited title after its source (“Anonymous blogger, “Anon declares war on …”").

    Both start with a capital and end without a full stop; a name follows a naming word with no reporting verb
    after it, a citation follows a short verbless "Source," and ends its paragraph.
    """
    if not body[:1].isupper() or re.search(r"[.!?…]\W*$", body):
        return False
    para_start = text.rfind("\n", 0, span.start) + 1
    before = re.split(r"[.!?”\"]", text[para_start : span.start])[-1]
    verbs = list(_lexicon.reporting_verb_re().finditer(before))
    naming = list(_naming_re().finditer(before))
    if naming and not any(v.start() > naming[-1].end() for v in verbs):
        return True
    para_end = text.find("\n", span.end)
    after = text[span.end : para_end if para_end >= 0 else len(text)]
    return (not verbs and before.rstrip().endswith(",") and len(before.split()) <= 6
            and not re.search(r"\w", after))


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
