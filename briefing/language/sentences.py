"""Sentence splitting: nltk's Punkt with parameters the project owns, then news-style repairs.

Punkt proposes the breaks of each line: nltk's `PunktParameters` from `briefing/data/punkt_params.json`
(learned by nltk's `PunktTrainer` in `benchmarks/train_punkt.py` on public-domain State Department
text, merged with the curated lists `briefing/data/abbreviations*.txt`), decided by
`briefing.language.punkt_rules` (nltk's heuristics without its per-candidate re-tokenizing; it agrees
with `PunktSentenceTokenizer` on >99.9% of breaks, see `benchmarks/eval_sentences.py`).
Then a few general rules of written English repair what a statistical splitter gets wrong:

- a line (paragraph, headline, byline) is never merged with the next: newlines always end a sentence;
- no sentence starts with a lower-case word ("'This is great.' she said.", "Yahoo! in ...");
- a title never ends a sentence ("Gen. Milley"), nor a number abbreviation before a number ("No. 2");
- a quotation followed by its attribution is one sentence (“We act. We will not wait,” Blinken said.);
- spaced ellipses (". . .") are omissions inside a sentence unless a fourth period ends it;
- enumerated lists written on one line ("1. ... 2. ...", "a) ... b) ...") and bullets split per item.

All work is on one line at a time, with spans into the caller's text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from nltk.tokenize.punkt import PunktParameters

from briefing.language import nltk_adapter
from briefing.language.punkt_rules import PunktRules

_LINE = re.compile(r"[^\n]+")
_QUOTE_MARK = re.compile(r"[“”\"]")
# After a break: whitespace, then the next sentence (group 1) and its first non-opener character (group 2).
_HEAD = re.compile(r"\s*((?:[\"'(\[{“‘«—–-]|\s)*(\S))")
_NEEDS_WORK = re.compile(r"[.?!)•‣◦⁃▪]")
_OPENERS = "\"'([{“‘«—–-"
_LOWER_START = re.compile(r"[\"'(\[{“‘«—–\s-]*[^\W\d_]")
_INITIAL = re.compile(r"[^\W\d_]\.")
_INITIAL_AHEAD = re.compile(r"[^\W\d_]\.\s+[^\W\d_]")
_FIRST_WORD = re.compile(r"([^\W\d_]+)\b")
_SPACED_ELLIPSIS = re.compile(r"\.(?:[ \u00a0]\.){2,}")
_AFTER_ELLIPSIS_UPPER = re.compile(r"[\"')\]”’]*\s+[\"'“‘(]*[^\W\d_]")
_BULLETS = "•‣◦⁃▪"
_BULLET = re.compile(f"[{_BULLETS}]")
# "1.", "1)", "1.)", "(1)", "a.", "b)", "iv." as a list marker: at the start of a line, or after a bullet.
_ENUM = r"\(?(?:\d{1,3}|[a-zA-Z])(?:\.\)|[.)])"
_ENUM_AT_START = re.compile(r"\s*[•‣◦⁃▪]?\s*(" + _ENUM + r")(?=\s)")
_ENUM_ONLY = re.compile(r"\s*[•‣◦⁃▪]?\s*" + _ENUM + r"\s*$")


def _word_list(name: str) -> frozenset[str]:
    text = resources.files("briefing.data").joinpath(name).read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip().lower().rstrip(".") for line in text.splitlines())
    return frozenset(w for w in words if w)


def load_parameters() -> PunktParameters:
    """The project's Punkt parameters, read from the JSON data file (plus nltk's tables if installed)."""
    data = json.loads(resources.files("briefing.data").joinpath("punkt_params.json").read_text(encoding="utf-8"))
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.collocations = {(a, b) for a, b in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    for word, flags in data["ortho_context"].items():
        params.ortho_context[word] = flags
    nltk_adapter.enrich_punkt_parameters(params)
    return params


@dataclass(frozen=True)
class _Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark


def _quotations(line: str) -> list[_Quote]:
    """Double-quoted stretches of a line, pairing straight quotes by the characters around them."""
    quotes: list[_Quote] = []
    opened = -1
    for mark in _QUOTE_MARK.finditer(line):
        i, ch = mark.start(), mark.group()
        if ch == "“" or (ch == '"' and (i == 0 or line[i - 1].isspace() or line[i - 1] in _OPENERS)):
            opened = i
        elif ch in '”"' and opened >= 0:
            quotes.append(_Quote(opened, i + 1))
            opened = -1
    return quotes


def _attribution_follows(line: str, quote: _Quote) -> bool:
    """True when the sentence goes on after the closing mark: “..., ” he said / “...,” Blinken said."""
    inside = line[quote.start + 1 : quote.end - 1].rstrip()
    after = line[quote.end :].lstrip()
    if not after:
        return False
    if inside.endswith((",", "—", "–", "-", ":", ";")):
        return True
    return bool(_LOWER_START.match(after) and after.lstrip(_OPENERS + " ")[:1].islower())


class SentenceSplitter:
    """Punkt plus the repairs above. Build once (see `splitter()`): loading the tables costs ~10-30 ms."""

    def __init__(self, params: PunktParameters | None = None) -> None:
        params = params or load_parameters()
        self._punkt = PunktRules(params)
        self._starters = frozenset(params.sent_starters)
        self._titles = _word_list("abbreviations_titles.txt")
        self._numeric = _word_list("abbreviations_numeric.txt")

    def spans(self, text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for match in _LINE.finditer(text):
            line = match.group()
            base = match.start()
            start = 0
            for brk in self._line_breaks(line):
                out.extend(_trimmed(line, start, brk, base))
                start = brk
            out.extend(_trimmed(line, start, len(line), base))
        return out

    def _line_breaks(self, line: str) -> list[int]:
        """Offsets in `line` where a sentence ends (the last sentence's end is implied)."""
        if not _NEEDS_WORK.search(line):
            return []
        breaks = set(self._punkt.breaks(line))
        if "." in line and _SPACED_ELLIPSIS.search(line):
            breaks = self._ellipsis(line, breaks)
        forced = self._list_breaks(line)
        breaks |= forced
        first_text = len(line) - len(line.lstrip())
        last_text = len(line.rstrip())
        kept: list[int] = []
        for brk in sorted(breaks):
            if not first_text < brk < last_text:
                continue
            if brk in forced or not self._joins(line, kept[-1] if kept else 0, brk):
                kept.append(brk)
        return self._keep_quotes_whole(line, kept)

    def _joins(self, line: str, start: int, brk: int) -> bool:
        """Should the break at `brk` (ending the sentence begun at `start`) be undone?"""
        ahead = _HEAD.match(line, brk)
        head = line[ahead.start(1) : ahead.start(1) + 40] if ahead else ""
        first = ahead.group(2) if ahead else ""
        prev = line[start:brk]
        if first.islower():
            return True
        if _ENUM_ONLY.fullmatch(prev):
            return True
        last = _last_token(prev)
        if not last.endswith("."):
            return False
        word = last[:-1].lstrip(_OPENERS).lower()
        if word in self._titles and first.isupper():
            return True
        if _INITIAL.fullmatch(last) and first.isupper():
            if _INITIAL_AHEAD.match(head):
                return True  # a run of initials: "T. S. Eliot"
            if self._middle_initial(prev, head):
                return True
        return first.isdigit() and (word in self._numeric or (len(word) == 1 and word.isalpha()))

    def _middle_initial(self, prev: str, head: str) -> bool:
        """'Charles Q. Brown': an initial between two capitalized words, the second no sentence starter."""
        tail = prev[-80:].split()
        name = tail[-2] if len(tail) > 1 else ""
        if not name[:1].isupper() or not name.isalpha():
            return False
        nxt = _FIRST_WORD.match(head)
        return nxt is not None and nxt.group(1).lower() not in self._starters

    def _ellipsis(self, norm: str, breaks: set[int]) -> set[int]:
        """Spaced ellipses: '. . .' is an omission; a fourth period ends the sentence before a capital."""
        for run in _SPACED_ELLIPSIS.finditer(norm):
            end = run.end()
            while end < len(norm) and norm[end] in "\"')]":
                end += 1
            breaks = {b for b in breaks if not run.start() < b <= end}
            if run.group().count(".") >= 4 and _AFTER_ELLIPSIS_UPPER.match(norm, end):
                attached = run.start() > 0 and not norm[run.start() - 1].isspace()
                breaks.add(run.start() + 1 if attached else end)
        return breaks

    def _list_breaks(self, line: str) -> set[int]:
        """Breaks before bullets, and before the items of a list that starts the line ("1. ... 2. ...")."""
        forced = {m.start() for m in _BULLET.finditer(line) if m.start() and line[m.start() - 1].isspace()}
        first = _ENUM_AT_START.match(line)
        if first is None:
            return forced
        marker = first.group(1)
        label = marker.strip("().")
        style = marker.replace(label, "{}", 1)
        bulleted = first.group().strip()[:1] in _BULLETS
        # A list starts at 1 or a; "A." starts one only with a bracket, so "J. Smith met K. Jones" is no list.
        if not bulleted and label not in ("1", "a") and not (label == "A" and ")" in style):
            return forced
        pos = first.end()
        while True:
            label = _successor(label)
            if label is None:
                break
            found = re.compile(r"(?<=\s)[•‣◦⁃▪]?\s*" + re.escape(style).replace(r"\{\}", re.escape(label)) + r"(?=\s)")
            match = found.search(line, pos)
            if match is None:
                break
            forced.add(match.start())
            pos = match.end()
        return forced

    def _keep_quotes_whole(self, line: str, breaks: list[int]) -> list[int]:
        """Drop breaks inside a quotation that its attribution follows (“First. Second,” he said.)."""
        if not breaks or not ('"' in line or "“" in line):
            return breaks
        for quote in _quotations(line):
            if any(quote.start < b <= quote.end for b in breaks) and _attribution_follows(line, quote):
                breaks = [b for b in breaks if not quote.start < b <= quote.end]
        return breaks


def _last_token(text: str) -> str:
    tail = text[-60:].split()
    return tail[-1] if tail else ""


def _successor(label: str) -> str | None:
    if label.isdigit():
        return str(int(label) + 1)
    if len(label) == 1 and label.isalpha() and label not in "zZ":
        return chr(ord(label) + 1)
    return None


def _trimmed(line: str, start: int, end: int, base: int) -> list[tuple[int, int]]:
    chunk = line[start:end]
    stripped = chunk.strip()
    if not stripped:
        return []
    lead = len(chunk) - len(chunk.lstrip())
    return [(base + start + lead, base + start + lead + len(stripped))]


@lru_cache(maxsize=1)
def splitter() -> SentenceSplitter:
    """The shared splitter, built on first use."""
    return SentenceSplitter()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, in order; a newline always ends a sentence."""
    return splitter().spans(text)


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
