"""Capitalised words and the runs they form: the candidate names of an article.

Runs join across "of"/"for"/"and" only where the left word heads a name ("Ministry of Foreign Affairs",
"Group of Seven"), across "on" after a head that takes it and "of" after that ("Council on Foreign
Relations", "Convention on the Rights of the Child"), across particles ("van der", "bin") and a possessive
inside a known name ("People's Republic of China"); a day or month, or a hyphen before a lowercase modifier
("Iranian-designed"), ends a run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from briefing.language.actors import Knowledge, alias_key
from briefing.language.sentences import sentence_spans

_UPPER = "A-ZÀ-ÖØ-Þ"
# A capitalised word: an acronym with dots (U.S.), a word with inner hyphens or apostrophes (O'Brien,
# G-7, Russia-Ukraine) but not a possessive 's, or an Arabic name with a lowercase article (al-Assad).
# The capital comes first so that the regex engine can skip ahead to capitals (a lookbehind first would
# make it try every position); the check that no word character or dot precedes follows it.
NAME_WORD = re.compile(
    rf"[{_UPPER}](?<![\w.][{_UPPER}])(?:(?:\.[{_UPPER}])+\.?|\w*(?:(?:['’](?![sS]\b)|[-&])\w+)*\+?)"
)
_ARABIC_ARTICLE = re.compile(rf"(?<![\w.])(?:al|el|ad|as|ash|an|bin|ibn)-[{_UPPER}]\w*")
_HYPHEN_CAPITAL = re.compile(rf"-(?=[{_UPPER}])")


def _data_words(name: str) -> frozenset[str]:
    """The lines of a word list in `briefing/data/`, comments and blank lines left out."""
    text = resources.files("briefing.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


_PARTICLES = _data_words("name_particles.txt")  # "von der", "bin": a name always goes on across them
_CONNECTORS = _PARTICLES | {"of", "for", "and", "&", "of the", "for the"}  # may join where the left word heads a name
_LONGEST_GAP = 12  # characters: " van der ", " of the " and ". " are shorter; the regex is not tried beyond
_GAP = re.compile(r"([ \t\u00a0]+)|(\.[ \t\u00a0]+)|([ \t\u00a0]+([a-z]+(?: [a-z]+)?|&)[ \t\u00a0]+)")
_LINE_OPENING = re.compile(r"[^\w\n]*(?=\w)")
_NEW_LINE = re.compile(r"\n[^\w\n]*(?=\w)")
_OPENING = re.compile(r"[“\"‘(:—–][ \t]*(?=[A-Z])")
# "-backed", "-led", "-speaking": an English participle after a hyphen (romanised syllables are at most 6 letters).
_MODIFIER_TAIL = re.compile(r"\w+ed|\w{4,}ing")
ABBREVIATED = _data_words("name_abbreviations.txt")  # "Mr.", "Gen.": the period ends neither a name nor a title


@dataclass(slots=True)
class Token:
    """A word of a run, or a connector ("of", "van der") that joins two of them."""

    start: int
    end: int
    text: str
    conn: bool = False  # a connector inside a run ("of", "and")


def sentence_starts(text: str, spans: Sequence[tuple[int, int]] | None) -> set[int]:
    """Offsets of the first word of each sentence (after any opening quotes, brackets or dashes)."""
    starts = set()
    for start, _end in spans if spans is not None else sentence_spans(text):
        i = start
        while i < len(text) and not text[i].isalnum():
            i += 1
        starts.add(i)
    # Line starts and words after an opening quote, bracket, colon or dash (two regexes, each with a
    # literal or class prefix the engine can skip to).
    first = _LINE_OPENING.match(text)
    if first is not None:
        starts.add(first.end())
    starts.update(m.end() for m in _NEW_LINE.finditer(text))
    starts.update(m.end() for m in _OPENING.finditer(text))
    return starts


class _Word:
    """A found word with the two methods of a regex match that `capitalised_runs` uses."""

    __slots__ = ("_span", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._span, self._text = (start, end), text

    def span(self) -> tuple[int, int]:
        return self._span

    def group(self) -> str:
        return self._text


def _name_words(text: str) -> Iterable[re.Match[str] | _Word]:
    """Every capitalised word (as regex matches), with Arabic names that open with an article (al-Assad)."""
    arabic: list[tuple[int, int, str]] = []
    for hyphen in _HYPHEN_CAPITAL.finditer(text):
        for back in (2, 3):
            m = _ARABIC_ARTICLE.match(text, hyphen.start() - back)
            if m is not None and m.start() >= 0 and (not arabic or arabic[-1][1] <= m.start()):
                arabic.append((m.start(), m.end(), m.group()))
                break
    if not arabic:
        return NAME_WORD.finditer(text)  # the common case: the matches themselves, no copying
    main = [(m.start(), m.end(), m.group()) for m in NAME_WORD.finditer(text)]
    arabic = [w for w in arabic if not any(s < w[0] < e for s, e, _ in main)]  # inside "Eid-al-Fitr"
    words = sorted([w for w in main if not any(a <= w[0] < b for a, b, _ in arabic)] + arabic)
    return [_Word(*w) for w in words]


def capitalised_runs(text: str, knowledge: Knowledge) -> list[list[Token]]:
    """Maximal runs of capitalised words, joined across connectors only where the left word heads a name."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    calendar = knowledge.calendar
    prev_calendar = False  # the last word of the run is a day or month
    token = Token
    for m in _name_words(text):
        start, end = m.span()
        word = m.group()
        if "-" in word:
            # "Iranian-designed", "Western-supplied": keep the capitalised part, and end the run there.
            parts = word.split("-")
            lower_at = next((i for i, part in enumerate(parts) if part[:1].islower()), 0)
            if lower_at and _cut_hyphen(parts, lower_at, knowledge):
                head = "-".join(parts[:lower_at])
                if run:
                    runs.append(run)
                runs.append([token(start, start + len(head), head)])
                run = []
                continue
        is_calendar = word.lower() in calendar
        tok = token(start, end, word)
        if not run:
            run = [tok]
            prev_calendar = is_calendar
            continue
        if is_calendar or prev_calendar:  # "Panama April 19": a date ends the name
            runs.append(run)
            run = [tok]
            prev_calendar = is_calendar
            continue
        prev_calendar = is_calendar
        prev = run[-1]
        if start == prev.end + 1 and text[prev.end] == " ":  # the common case: one space
            run.append(tok)
            continue
        if start - prev.end > _LONGEST_GAP:  # the other common case: words apart
            runs.append(run)
            run = [tok]
            continue
        if start == prev.end + 3 and text[prev.end + 1:prev.end + 3] == "s " and text[prev.end] in "'’" \
                and _possessive_in_name(text, run, knowledge):  # "Democratic People’s Republic of Korea"
            run[-1] = token(prev.start, prev.end + 2, text[prev.start:prev.end + 2])
            run.append(tok)
            continue
        gap = _GAP.fullmatch(text, prev.end, start)
        joined = False
        if gap is not None:
            if gap.group(1) is not None:
                joined = True
            elif gap.group(2) is not None:
                joined = len(prev.text) == 1 or prev.text.lower() in ABBREVIATED
            else:
                conn = gap.group(4)
                lower_prev = prev.text.lower()
                heads_name = conn in _CONNECTORS and (lower_prev in knowledge.of_heads or conn == "&")
                known = conn in ("and", "of", "of the") and knowledge.lookup(text[run[0].start:end]) is not None
                joined = conn in _PARTICLES or heads_name or known or (
                    conn in ("on", "on the") and _continues_on(text, run, knowledge)) or (
                    conn in ("of", "of the") and any(t.conn and t.text in ("on", "on the") for t in run))
                if joined:
                    run.append(token(gap.start(4), gap.end(4), conn, True))
        if joined:
            run.append(tok)
            continue
        runs.append(run)
        run = [tok]
    if run:
        runs.append(run)
    return runs


def _continues_on(text: str, run: list[Token], knowledge: Knowledge) -> bool:
    """ "Council on Foreign Relations": "on" goes on from a head word that takes it, unless the name so far is
    known ("the Security Council on Ukraine")."""
    return run[-1].text.lower() in knowledge.on_heads and knowledge.lookup(text[run[0].start:run[-1].end]) is None


def _possessive_in_name(text: str, run: list[Token], knowledge: Knowledge) -> bool:
    """Whether the run so far plus "'s" opens a known name ("People's Republic of China")."""
    if not knowledge.possessive_prefixes:
        return False
    end = run[-1].end
    return any(alias_key(text[tok.start:end] + "'s") in knowledge.possessive_prefixes for tok in run)


def _cut_hyphen(parts: list[str], lower_at: int, knowledge: Knowledge) -> bool:
    """Whether "X-lower" is a name followed by a modifier ("Iranian-designed", "US-led", "Beijing-centric")
    rather than one hyphenated name ("Kim Jong-un", "Cheng Chung-tai")."""
    head = "-".join(parts[:lower_at])
    if head in knowledge.demonyms or knowledge.lookup(head) is not None:
        return True
    tail = parts[lower_at].lower()
    return tail in knowledge.hyphen_tails or _MODIFIER_TAIL.fullmatch(tail) is not None
