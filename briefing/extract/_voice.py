"""Whose voice a text speaks in: the government publishing a release, and the speaker of each transcript turn.

"we", "our", "the Department", "this Administration" in a government's release stand for that government; in a
press-briefing or interview transcript they stand for the government of the official whose turn it is ("MR PRICE:",
"SECRETARY BLINKEN:"), and a journalist's turn ("QUESTION:") announces nothing.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from briefing.extract import _context, _lexicon

# A turn label opens a line: one to six upper-case words, an optional short parenthesis, a colon.
_TURN = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Z.’'\-]*(?:[ \t]+[A-Z][A-Z.’'\-]*){0,5})(?:[ \t]*\([^)\n]{1,40}\))?:"
                   r"(?=[ \t]|$)", re.MULTILINE)
_HONORIFICS = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "miss", "mx", "mx."})


@dataclass(frozen=True)
class Turn:
    start: int  # where the label starts
    end: int  # where the next label starts (or the text ends)
    label: str  # "SECRETARY BLINKEN"
    press: bool  # a journalist's, the audience's or the operator's turn


def source_government(source: str) -> str:
    """The government a source publishes for: a URL or domain ("https://www.state.gov/…") or an outlet or author
    name ("U.S. Department of State"); "" when it is not a known government source."""
    source = source.strip()
    if not source:
        return ""
    host = (urlsplit(source).hostname or "") if "://" in source else source.lower() if " " not in source else ""
    for name, government in _lexicon.table("extract_government_sources.tsv"):
        if "." in name and " " not in name:
            if host and (host == name or host.endswith("." + name)):
                return government
        elif re.search(rf"(?<!\w){re.escape(name)}(?!\w)", source, re.IGNORECASE):
            return government
    return ""


def turns(text: str) -> list[Turn]:
    """The speaker turns of a transcript; [] when fewer than two labelled turns (not a transcript)."""
    found = list(_TURN.finditer(text))
    if len(found) < 2:
        return []
    press = _lexicon.words("transcript_press_labels.txt")
    out = []
    for i, m in enumerate(found):
        label = " ".join(m.group("label").split())
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        out.append(Turn(m.start(), end, label, label.lower() in press))
    return out


def turn_at(items: list[Turn], offset: int) -> Turn | None:
    i = bisect.bisect_right([t.start for t in items], offset) - 1
    return items[i] if i >= 0 and offset < items[i].end else None


def speaker_government(ctx: _context.Context, label: str, voice: str) -> str:
    """The government a turn's speaker acts for. In a government's own transcript (`voice`) every speaker is its
    official ("MR PRICE", "AMBASSADOR HUSSAIN", "SENATOR ROMNEY") unless the label's title is one every government
    has ("FOREIGN MINISTER LINDE", "SECRETARY GENERAL STOLTENBERG"); such a guest, or any speaker in a text with no
    known voice, acts for the country the article ties the person to, a country they lead, or their title's
    country ("DEPUTY SECRETARY SHERMAN")."""
    words = [w for w in label.lower().split() if w not in _HONORIFICS]
    if not words:
        return voice
    titles = _lexicon.person_titles()
    surname = words[-1] if words[-1] not in titles else ""
    title = " ".join(words[:-1] if surname else words)
    guest = bool(title) and (title in _guest_titles() or any(title.endswith(" " + t) for t in _guest_titles()))
    if voice and not guest:
        return voice
    if surname:
        country = _lexicon.leader_country(surname)
        if country:
            return country
        for name, country in ctx.person_affiliations.items():
            if name.lower().split()[-1] == surname and country and country != name and ctx.knowledge.lookup(country):
                return country
    return ctx.title_country(title) if title else ""


@cache
def _guest_titles() -> frozenset[str]:
    return _lexicon.words("transcript_guest_titles.txt")


@cache
def self_reference_re() -> re.Pattern[str]:
    """"we", "our", "the Department": how a government's release or official names itself."""
    items = sorted((line for line in _lexicon.table("extract_self_references.txt")), key=lambda r: -len(r[0]))
    return re.compile(r"(?<![\w’'])(?:" + "|".join(row[0] for row in items) + r")(?![\w\-])")
