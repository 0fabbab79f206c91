"""Quote marks: pair them paragraph by paragraph into spans, and join a quote split around its attribution."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract import _context, _lexicon

_MARK = re.compile(r"[“”\"‘’']")
# Attribution text between two halves of a split quote: short, no sentence end.
_MAX_ATTRIBUTION_WORDS = 10
_DOUBLE = re.compile(r"[“”\"]")
# Words in an attribution that mark the next stretch as a later passage, not the same sentence resumed
_SEQUENCE = re.compile(r"^\W*(?:and\s+)?(?:then|later|elsewhere|further)\b|\b(?:goes|went|go)\s+on\s+to\b",
                       re.IGNORECASE)
# How many mark-free paragraphs a quote left open may run over before a later one closes it.
_MAX_RUN_ON = 3


@dataclass
class Span:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end)
    inner_start: int
    inner_end: int
    closed: bool = True
    gap: tuple[int, int] | None = None  # the attribution between the two halves of a split quote


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def quote_spans(text: str) -> list[Span]:
    """Pair quote marks paragraph by paragraph; single quotes count only outside double quotes.

    A double quote left open at a paragraph's end runs on when a later paragraph closes it without reopening
    (“…game.¶It was … better.”): one quote across the break. A paragraph that opens again with a mark is the
    news convention for a continued quote; it is its own record, and keeps the speaker by continuation.
    """
    spans: list[Span] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    carry: tuple[int, int, int] | None = None  # (open mark, end of its paragraph, paragraphs run over)
    for pstart, pend in paragraphs:
        if carry is not None:
            open_at, open_end, run = carry
            close = _carried_close(text, pstart, pend)
            if close is None and run < _MAX_RUN_ON and not _MARK.search(text, pstart, pend):
                carry = (open_at, open_end, run + 1)
                continue  # a paragraph with no marks inside the running quote
            carry = None
            if close is None:
                spans.append(Span(open_at, open_end, open_at + 1, open_end, closed=False))
            else:
                spans.append(Span(open_at, close + 1, open_at + 1, close))
                pstart = close + 1
        found, open_at = _pair_paragraph(text, pstart, pend)
        spans.extend(found)
        if open_at is not None:
            carry = (open_at, pend, 0)
    if carry is not None:
        spans.append(Span(carry[0], carry[1], carry[0] + 1, carry[1], closed=False))
    return spans


def _carried_close(text: str, pstart: int, pend: int) -> int | None:
    """The offset of the mark closing a quote opened in an earlier paragraph: the paragraph's first double mark,
    shaped as a closing one (after a word or punctuation, not at the paragraph start, not an inch mark)."""
    m = _DOUBLE.search(text, pstart, pend)
    if m is None or m.start() == pstart or m.group() == "“":
        return None
    prev = text[m.start() - 1]
    if prev.isspace() or prev.isdigit():
        return None
    return m.start()


def _pair_paragraph(text: str, pstart: int, pend: int) -> tuple[list[Span], int | None]:
    """The quotes of one paragraph, and the offset of a double quote still open at its end (None if none)."""
    out: list[Span] = []
    double_open: int | None = None
    single_open: int | None = None
    for mark in _MARK.finditer(text, pstart, pend):
        i, ch = mark.start(), mark.group()
        prev = text[i - 1] if i > pstart else " "
        nxt = text[i + 1] if i + 1 < pend else " "
        if ch in "“”\"":
            if double_open is None:
                stray = ch == '"' and (nxt.isspace() or _is_word(prev)) and not _glued_opening(text, i, pend)
                if ch == "”" or stray:
                    continue  # a stray closing mark
                double_open = i
                single_open = None
            elif ch != "“" or not nxt.isspace():
                if ch == "“":  # a new opening mark before the last one closed: close the last at this point
                    out.append(Span(double_open, i, double_open + 1, i, closed=False))
                    double_open = i
                    continue
                out.append(Span(double_open, i + 1, double_open + 1, i))
                double_open = None
            continue
        if double_open is not None:
            continue  # nested single quotes belong to the double quote around them
        if _is_word(prev) and (_is_word(nxt) or (ch == "’" and nxt.isdigit())):
            continue  # apostrophe inside a word: don't, Iran's
        if nxt.isdigit() and not _is_word(prev):
            continue  # ’90s
        if single_open is None:
            if ch in "‘'" and not _is_word(prev) and (_is_word(nxt) or nxt in "“\"(") and not _in_name(text, i, pstart):
                single_open = i
        elif ch in "’'" and not prev.isspace() and not _is_word(nxt):
            out.append(Span(single_open, i + 1, single_open + 1, i))
            single_open = None
    if double_open is not None and pend - double_open > 1:
        return out, double_open
    return out, None


_NAME_BEFORE = re.compile(r"(?<![\w’'])[A-Z][a-z][\w\-]*[’']?[ \t]$")
_NAME_AFTER = re.compile(r"[A-Z][\w\-]*[ \t]+[A-Z‘][\w]")


def _in_name(text: str, i: int, pstart: int) -> bool:
    """‘ marking a transliterated ayn inside a name ("Hani ‘Abd-al-Majid Muhammad", "Jami’ ‘Ali Muhammad"): a
    capitalised word before it and two after it, so it opens no quote."""
    return bool(_NAME_BEFORE.search(text, max(pstart, i - 40), i) and _NAME_AFTER.match(text, i + 1))


def _glued_opening(text: str, i: int, pend: int) -> bool:
    """A straight mark typed against the comma or colon before it, with nothing open (‘said," [Warhol] liked the
    flash looked".’): it opens when a capital or bracket follows the space after it and a later mark closes it."""
    return (i > 0 and text[i - 1] in ",:" and text[i + 1 : i + 2] == " "
            and bool(re.match(r"[A-Z\[]", text[i + 2 : i + 3])) and '"' in text[i + 3 : pend])


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().strip(",").strip()


def merge_split(ctx: _context.Context, spans: list[Span]) -> list[tuple[Span, str]]:
    """Join a quote split around its attribution into one: “A,” he said, “B.” and “A,” he said. “B.” alike.

    The first half ends with a comma (inside or just after its mark); the gap is a short attribution with a
    reporting verb, ending with a comma or with the full stop of its sentence, and the second half opens right
    after it in the same paragraph. A later paragraph that reopens marks is a record of its own.
    """
    out: list[tuple[Span, str]] = []
    verbs = _lexicon.reporting_verb_re()
    text = ctx.text
    for span in spans:
        body = clean(text[span.inner_start : span.inner_end])
        if out:
            last, last_body = out[-1]
            gap = text[last.end : span.start]
            inner_tail = text[last.inner_start : last.inner_end].rstrip()
            if (
                "\n" not in gap
                and (inner_tail.endswith(",") or gap.lstrip().startswith(","))
                and _attribution_gap(ctx, last, span)
                and _short_attribution(gap)
                and verbs.search(gap)
            ):
                gap_span = (last.end, span.start)
                merged = Span(last.start, span.end, last.inner_start, span.inner_end, span.closed, gap_span)
                out[-1] = (merged, f"{last_body} {body}")
                continue
            if _dash_aside(gap) and not re.search(r"[.!?]\W*$", inner_tail):
                merged = Span(last.start, span.end, last.inner_start, span.inner_end, span.closed, last.gap)
                out[-1] = (merged, f"{last_body} {body}")
                continue
        out.append((span, body))
    return out


def _dash_aside(gap: str) -> bool:
    """“… because of you” – he’s addressing the West – “because of your weakness …”: a short aside between dashes,
    with no reporting verb, interrupts one quote (the speaker's own words go on)."""
    m = re.fullmatch(r"\s*[—–]\s*([^—–.!?;:“”\"\n]{1,80}?)\s*[—–]\s*", gap)
    return bool(m) and len(m.group(1).split()) <= 8 and not _lexicon.reporting_verb_re().search(m.group(1))


def _short_attribution(gap: str) -> bool:
    """At most ten words, or a long title and name with few lower-case words ("said Assistant Secretary of State
    for International Security and Nonproliferation Eliot Kang."): a title does not make it a passage of its own."""
    words = gap.split()
    if len(words) <= _MAX_ATTRIBUTION_WORDS:
        return True
    lower = [w for w in words if not w[:1].isupper() and re.search(r"\w", w)]
    return len(words) <= 2 * _MAX_ATTRIBUTION_WORDS and len(lower) <= 5


def _attribution_gap(ctx: _context.Context, first: Span, second: Span) -> bool:
    """The text between two halves ends with a comma, or with a full stop that ends its sentence ("he said."), and
    holds no other sentence end ("said Lt. Col. Smith." is one sentence for the splitter). After a full stop the
    second half is not attributed again (“…”, said KCNA. “…”, it added: two quotes)."""
    text = ctx.text
    start, end = first.end, second.start
    gap = text[start:end].rstrip()
    if _SEQUENCE.search(gap) or len(_lexicon.reporting_verb_re().findall(gap)) > 1:
        return False  # “…,” then it goes on to say, / he said, and later added, “…”: a later passage
    if gap.endswith(","):
        return not re.search(r"[.!?;:]", gap)
    if not gap.endswith(".") or re.search(r"[!?;:]", gap):
        return False
    first_char = start + len(gap) - len(gap.lstrip())
    if ctx.sentence_of(first_char) != ctx.sentence_of(start + len(gap) - 1):
        return False
    after = re.match(r"[^.!?;:\n“”\"]{0,60}", text[second.end :])
    attributed = after is not None and _lexicon.reporting_verb_re().search(after.group()) is not None
    comma = text[second.inner_start : second.inner_end].rstrip().endswith(",") or text[second.end :].startswith(",")
    return not (attributed and comma)
