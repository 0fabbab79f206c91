"""Turn a raw scrape into a story: find headline, byline, date, outlet and dateline; set furniture aside.

Nothing is thrown away: every line of the input comes back as a `Line` with the role the cleaner gave it
(and, for furniture, the rule that removed it), so a view can show what was set aside and why.

The rules are general shapes of news pages (data/furniture.tsv and data/outlets.txt), applied by zone:
the header (before the first body paragraph), the body, and a trailing promo block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from briefing.corpus.pubdate import date_line
from briefing.models import Line

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069]")
_INVISIBLE = re.compile(r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b\[[0-?]*[ -/]*[@-~]|" + _CONTROL.pattern)
_INNER_SENTENCE_END = re.compile(r"\w[.!?][\"'”’)]*\s+[\"“‘(]?[A-Z]")
_BYLINE = re.compile(r"^[\s\-–—•*|]*by\s+(?P<who>[A-Z][\w.'’-]+(?:[\s,]+(?:and\s+)?[A-Z][\w.'’-]+){0,8})"
                     r"\s*[,|]?.{0,60}$",
                     re.I)
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ ,/]+[A-Z][A-Za-z.'’-]+){0,4}(?:\s*\([^)\n]{1,40}\))?)"
                       r"\s*(?:—|–|--|-)\s+(?=\S)")
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")
_SUBHEAD = re.compile(r"^[-–—•*#\s]*(?P<text>[^.!?]{2,80}?)[-–—•*\s]*$")
_APPEARED_ON = re.compile(r"(?:appeared|published|posted)(?: first)? (?:on|in|at|by) (?P<outlet>.+?)\.?$", re.I)
_SOURCE_LINE = re.compile(r"^(?:source|sources|via)\s*:\s*(?P<outlet>.{1,60}?)\.?$", re.I)


@dataclass(frozen=True)
class Cleaned:
    lines: tuple[Line, ...]
    body: str
    title: str
    author: str
    dateline: str
    outlet: str
    text_date: date | None


@dataclass(frozen=True)
class _Rule:
    reason: str
    body_only: bool
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    text = resources.files("briefing.data").joinpath("furniture.tsv").read_text(encoding="utf-8")
    rules = []
    for row in text.splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        reason, where, pattern = row.split("\t", 2)
        rules.append(_Rule(reason, where == "body", re.compile(pattern, re.I)))
    return tuple(rules)


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    text = resources.files("briefing.data").joinpath("outlets.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def furniture_reason(line: str, in_body: bool) -> str:
    """The rule that makes `line` site furniture, or "" if it is not."""
    stripped = line.strip()
    if not stripped or len(stripped) > 400:
        return ""
    for rule in _rules():
        if rule.body_only and not in_body:
            continue
        if rule.pattern.fullmatch(stripped):
            return rule.reason
    return ""


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def is_body_paragraph(text: str) -> bool:
    """A line that reads as story text: a dateline opener, or a full sentence of some length."""
    if _DATELINE.match(text) and word_count(text) >= 6:
        return True
    words = word_count(text)
    if words >= 25 and _INNER_SENTENCE_END.search(text):
        return True
    return words >= 12 and ends_sentence(_visible(text).strip())


def _visible(text: str) -> str:
    """`text` without terminal escape sequences and control/bidi characters, which a reader never sees."""
    return _INVISIBLE.sub("", text) if _CONTROL.search(text) else text


def ends_sentence(text: str) -> bool:
    """`text` ends like a sentence: . ! ? or … before any closing quotes and brackets, or a closing double quote.

    String tests, not a regex search: a search for an end anchor scans the whole line, which made long
    lines (and long hard-wrapped paragraphs) quadratic.
    """
    return text.endswith(('"', "”")) or text.rstrip("\"'”’)]").endswith((".", "!", "?", "…"))


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def split_lines(raw: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every line of `raw`, offsets into `raw`."""
    out, pos = [], 0
    for piece in raw.splitlines(keepends=True):
        text = piece.splitlines()[0] if piece else piece  # without its line break, whichever one it is
        out.append((pos, pos + len(text), text))
        pos += len(piece)
    return out


def clean(raw: str, title_hint: str = "", source_hint: str = "") -> Cleaned:
    """Find the story in `raw` text. `title_hint`/`source_hint` come from metadata when there is any."""
    raw_lines = split_lines(raw)
    roles: dict[int, tuple[str, str]] = {}
    # Pass 1: furniture anywhere, and where the body starts.
    body_start = len(raw_lines)
    crossheads = True  # short standalone lines are crossheads only in a story with full sentences
    for number, (_, _, text) in enumerate(raw_lines):
        if text.strip() and is_body_paragraph(text) and not furniture_reason(text, False):
            body_start = number
            break
    else:
        body_start, crossheads = _fallback_body_start(raw_lines, title_hint), False
    seen: dict[str, int] = {}
    promo_block = False
    for number, (_, _, text) in enumerate(raw_lines):
        stripped = text.strip()
        if not stripped:
            continue
        in_body = number >= body_start
        reason = furniture_reason(stripped, in_body)
        # Repeats are only looked for in the header, so body lines need no key (this keeps big files fast).
        key = "" if in_body else _normalise(stripped)
        if not reason and key and key in seen and word_count(stripped) < 40:
            reason = "repeated line"
            if seen[key] < body_start and word_count(stripped) >= 6:
                roles[seen[key]] = ("furniture", "caption")  # a caption printed twice around a photo
        if not reason and promo_block and not is_body_paragraph(stripped):
            reason = "promo block"
        if reason:
            roles[number] = ("furniture", reason)
            if in_body and reason in ("related", "newspaper"):
                promo_block = True
        elif promo_block and in_body and is_body_paragraph(stripped):
            promo_block = False
        if key and key not in seen:
            seen[key] = number
    # Pass 2: the header zone.
    title = author = outlet = ""
    text_date: date | None = None
    outlets = _outlets()
    header = [n for n in range(min(body_start, len(raw_lines))) if raw_lines[n][2].strip() and n not in roles]
    hint = _normalise(title_hint)
    for number in header:
        stripped = raw_lines[number][2].strip()
        lowered = stripped.lower().strip(" .")
        stamp = date_line(stripped)
        byline = _BYLINE.match(stripped)
        if stamp:
            roles[number] = ("date", "")
            if text_date is None or not stamp[1]:
                text_date = text_date if (text_date and stamp[1]) else stamp[0]
        elif byline and word_count(stripped) <= 12:
            roles[number] = ("byline", "")
            who, credited = _byline_author(byline.group("who"), outlets)
            author, outlet = author or who, outlet or credited
        elif lowered in outlets or (source_hint and lowered == source_hint.lower().strip()):
            roles[number] = ("outlet", "")
            outlet = outlet or stripped
        elif hint and _normalise(stripped) == hint:
            roles[number] = ("headline", "")
            title = stripped
    if not title and not hint:
        candidates = [n for n in header if n not in roles and word_count(raw_lines[n][2]) >= 3]
        if candidates:
            roles[candidates[0]] = ("headline", "")
            title = raw_lines[candidates[0]][2].strip()
    headline_at = next((n for n in header if roles.get(n, ("",))[0] == "headline"), None)
    for number in header:
        if number not in roles:
            before = headline_at is None or number < headline_at
            roles[number] = ("section" if before else "standfirst", "")
    # Pass 3: the body, its dateline and subheads; outlet hints from credit lines.
    paragraphs: list[list[str]] = []  # each paragraph as its lines, joined once at the end
    dateline = ""
    for number in range(body_start, len(raw_lines)):
        stripped = raw_lines[number][2].strip()
        if not stripped:
            continue
        role = roles.get(number)
        if role and role[0] == "furniture":
            outlet = outlet or _outlet_from_credit(stripped)
            continue
        if crossheads and _is_subhead(stripped, raw_lines, number):
            roles[number] = ("subhead", "")
            continue
        roles[number] = ("body", "")
        if not paragraphs:
            opener = _DATELINE.match(stripped)
            if opener:
                dateline = opener.group("place").strip()
                stripped = stripped[opener.end():]
        if paragraphs and _continues(paragraphs[-1][-1], stripped, raw_lines, number):
            paragraphs[-1].append(stripped)
        else:
            paragraphs.append([stripped])
    for number in range(min(body_start, len(raw_lines))):
        if roles.get(number, ("",))[0] == "furniture":
            outlet = outlet or _outlet_from_credit(raw_lines[number][2].strip())
    lines = tuple(
        Line(number=n, start=s, end=e, text=t, role=roles.get(n, ("body", ""))[0], reason=roles.get(n, ("", ""))[1])
        for n, (s, e, t) in enumerate(raw_lines) if t.strip()
    )
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    return Cleaned(lines=lines, body=body, title=title, author=author, dateline=dateline, outlet=outlet,
                   text_date=text_date)


def _byline_author(who: str, outlets: frozenset[str]) -> tuple[str, str]:
    """(author, outlet) from a byline's names: "Maria Lopez, Reuters" credits an outlet, not a second author."""
    names, _, last = who.strip().rpartition(",")
    if names and last.strip().lower() in outlets:
        return names.strip(), last.strip()
    return who.strip(), ""


def _fallback_body_start(raw_lines: list[tuple[int, int, str]], title_hint: str) -> int:
    """Where the body starts when no line reads as a full sentence (unpunctuated text, short items, other scripts).

    The first content line is the headline when it matches the title from metadata, or when there is no such
    title and more lines follow; the body starts after it. Without this the whole text became header and the
    article was dropped as empty.
    """
    content = [n for n, (_, _, text) in enumerate(raw_lines)
               if text.strip() and not furniture_reason(text, False) and not date_line(text)]
    if not content:
        return len(raw_lines)
    first = content[0]
    hint = _normalise(title_hint)
    is_headline = _normalise(raw_lines[first][2]) == hint if hint else len(content) > 1
    return content[1] if is_headline and len(content) > 1 else first


def _is_subhead(line: str, raw_lines: list[tuple[int, int, str]], number: int) -> bool:
    """A short crosshead standing alone between blank lines (or dressed in dashes) inside the story."""
    if ends_sentence(line) or line.endswith((":", "—", "–")) or word_count(line) > 8:
        return False
    if not _SUBHEAD.match(line):
        return False
    dressed = line[:1] in "-–—•*#" and line[-1:] in "-–—•*#"
    alone = all(not raw_lines[n][2].strip() for n in (number - 1, number + 1) if 0 <= n < len(raw_lines))
    return dressed or alone


def _continues(previous: str, line: str, raw_lines: list[tuple[int, int, str]], number: int) -> bool:
    """A hard-wrapped paragraph: the previous line has no sentence end and this one goes on in lower case."""
    prev_raw = raw_lines[number - 1][2].strip() if number else ""
    return bool(prev_raw) and not ends_sentence(previous) and line[:1].islower()


def _outlet_from_credit(line: str) -> str:
    for pattern in (_APPEARED_ON, _SOURCE_LINE):
        match = pattern.search(line)
        if match:
            return match.group("outlet").strip()
    return ""
