"""Named entities without a model: capitalised spans, gazetteers, titles, and article-wide merging.

One pass over an article body: find runs of capitalised words (joined across "of"/"for"/"and" only where
the left word heads a name, as in "Ministry of Foreign Affairs" or "Group of Seven"), cut each run into
known names (countries, capitals, bodies, demonyms), titles and the rest, then decide kinds from cues:
a title before or after makes a person ("Kremlin spokesman Dmitry Peskov", "Blinken, the secretary of
state"), a head word makes an organisation or a place. Finally, names are merged article-wide: a later
"Blinken" takes the canonical "Antony Blinken", and spelling variants (Zelenskyy / Zelensky) share one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefing.language.actors import Entry, Knowledge, alias_key, default_knowledge, spelling_key
from briefing.language.sentences import sentence_spans
from briefing.models import EntityMention

_UPPER = "A-ZÀ-ÖØ-Þ"
# A capitalised word: an acronym with dots (U.S.), a word with inner hyphens or apostrophes (O'Brien,
# G-7, Russia-Ukraine) but not a possessive 's, or an Arabic name with a lowercase article (al-Assad).
# The capital comes first so that the regex engine can skip ahead to capitals (a lookbehind first would
# make it try every position); the check that no word character or dot precedes follows it.
_NAME_WORD = re.compile(
    rf"[{_UPPER}](?<![\w.][{_UPPER}])(?:(?:\.[{_UPPER}])+\.?|\w*(?:(?:['’](?![sS]\b)|[-&])\w+)*\+?)"
)
_ARABIC_ARTICLE = re.compile(rf"(?<![\w.])(?:al|el|ad|as|ash|an|bin|ibn)-[{_UPPER}]\w*")
_HYPHEN_CAPITAL = re.compile(rf"-(?=[{_UPPER}])")
_CONNECTORS = {"of", "for", "and", "&", "of the", "for the", "de", "da", "van", "von", "van der", "von der", "der",
               "bin", "ibn", "al", "la", "le", "du", "del", "di", "dos", "das"}
_PARTICLES = {"de", "da", "van", "von", "van der", "von der", "der", "bin", "ibn", "al", "la", "le", "du", "del",
              "di", "dos", "das"}
_LONGEST_GAP = 12  # characters: " van der ", " of the " and ". " are shorter; the regex is not tried beyond
_GAP = re.compile(r"([ \t\u00a0]+)|(\.[ \t\u00a0]+)|([ \t\u00a0]+([a-z]+(?: [a-z]+)?|&)[ \t\u00a0]+)")
_LEFT_PREP = re.compile(r"\b(?:in|at|from|to|near|into|across|outside|inside|toward|towards|across)\s+(?:the\s+)?$")
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?[ \t\u00a0]+")
_POSSESSIVE_BEFORE = re.compile(r"['’]s[ \t\u00a0]+")
_GROUP_AFTER = re.compile(r"[ \t\u00a0]+(administration|government|campaign|regime|cabinet)\b")
_APPOSITION = re.compile(r",[ \t\u00a0]+(?:(?:the|a|an)[ \t\u00a0]+)?([^,.;:()“”\"\n]{1,70})")
_SAID_AFTER = re.compile(r"[ \t\u00a0]+(?:said|says|told|added|wrote|tweeted|stated|noted|asked|warned)\b")
_NONSPACE = re.compile(r"\S+")
_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z.&-]{1,9})\)")
_OF_INSIDE = re.compile(r"\s(?:of|for)\s")
_CONN_BEFORE = re.compile(r"(?<=\s)(?:of|for)[ \t\u00a0]+$")
_LINE_OPENING = re.compile(r"[^\w\n]*(?=\w)")
_NEW_LINE = re.compile(r"\n[^\w\n]*(?=\w)")
_OPENING = re.compile(r"[“\"‘(:—–][ \t]*(?=[A-Z])")
# "-backed", "-led", "-speaking": an English participle after a hyphen (romanised syllables are at most 6 letters).
_MODIFIER_TAIL = re.compile(r"\w+ed|\w{4,}ing")
_REGION_AFTER = re.compile(r",[ \t\u00a0]+[A-Z]")  # "Evansville, Indiana"
_LANGUAGE_ENDINGS = ("ish", "ese", "ic")  # "in English", "in Arabic": a language, not a place
_LONE_CITY_POPULATION = 100_000  # a one-word city name below this is too often a word or a given name
_OPENER_CITY_POPULATION = 1_000_000  # the same, for a sentence's first word seen nowhere else
_LIST_GAP = re.compile(r",?[ \t\u00a0]+(?:and[ \t\u00a0]+)?(?:the[ \t\u00a0]+)?|,")
_LIST_NEXT = re.compile(r"(,)?[ \t\u00a0]+(?:and[ \t\u00a0]+)?(?:the[ \t\u00a0]+)?[A-Z]")
_INITIAL = re.compile(rf"^[{_UPPER}]$")
_ABBREVIATED = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "prof",
                "rev", "st", "jr", "sr"}


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    conn: bool = False  # a connector inside a run ("of", "and")


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    canonical: str
    affiliation: str = ""
    known: bool = False  # from the gazetteer: its kind is settled
    cue: str = ""  # "title": a person by a title; "the": not a person by "the" before (unless named elsewhere)


class _TitleMatcher:
    """Finds a title phrase ("foreign ministry spokesman", "secretary of state") ending just before a name."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.titles = knowledge.titles
        self.mods = knowledge.title_modifiers
        self.longest = max((len(t.split()) for t in knowledge.titles), default=1)
        self.last_words = {t.split()[-1] for t in knowledge.titles}
        title = "|".join(re.escape(w) for w in sorted(knowledge.titles, key=len, reverse=True))
        self.inside = re.compile(rf"\b(?:{title})\b", re.IGNORECASE)

    def start_before(self, text: str, start: int) -> int:
        """Offset where a title (with its modifiers) ends right before `start`, else -1. Dict lookups only."""
        if start == 0 or not text[start - 1].isspace():
            return -1
        lo = max(0, start - 60)
        words = text[lo:start].split()[-8:]
        if not words or words[-1].lower().rstrip(".") not in self.last_words:
            return -1
        if words[-1].endswith(".") and words[-1].lower().rstrip(".") not in _ABBREVIATED:
            return -1  # "... as president. Faced with ...": a sentence ended
        lowers = [w.lower().rstrip(".") for w in words]
        found = 0
        for k in range(min(self.longest, len(lowers)), 0, -1):
            if " ".join(lowers[-k:]) in self.titles:
                found = k
                break
        if not found:
            return -1
        i = len(lowers) - found
        while i > 0:
            if lowers[i - 1] in self.mods:
                i -= 1
            elif i > 1 and f"{lowers[i - 2]} {lowers[i - 1]}" in self.mods:
                i -= 2
            else:
                break
        pos = start
        for word in reversed(words[i:]):
            pos = text.rfind(word, lo, pos)
        return pos


_MATCHERS: dict[int, _TitleMatcher] = {}


def _matcher(knowledge: Knowledge) -> _TitleMatcher:
    found = _MATCHERS.get(id(knowledge))
    if found is None:
        found = _MATCHERS[id(knowledge)] = _TitleMatcher(knowledge)
    return found


def _sentence_starts(text: str, spans: Sequence[tuple[int, int]] | None) -> set[int]:
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
    """A found word with the two methods of a regex match that `_runs` uses."""

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
        return _NAME_WORD.finditer(text)  # the common case: the matches themselves, no copying
    main = [(m.start(), m.end(), m.group()) for m in _NAME_WORD.finditer(text)]
    arabic = [w for w in arabic if not any(s < w[0] < e for s, e, _ in main)]  # inside "Eid-al-Fitr"
    words = sorted([w for w in main if not any(a <= w[0] < b for a, b, _ in arabic)] + arabic)
    return [_Word(*w) for w in words]


def _runs(text: str, knowledge: Knowledge) -> list[list[_Token]]:
    """Maximal runs of capitalised words, joined across connectors only where the left word heads a name."""
    runs: list[list[_Token]] = []
    run: list[_Token] = []
    calendar = knowledge.calendar
    prev_calendar = False  # the last word of the run is a day or month
    token = _Token
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
                joined = len(prev.text) == 1 or prev.text.lower() in _ABBREVIATED
            else:
                conn = gap.group(4)
                lower_prev = prev.text.lower()
                heads_name = conn in _CONNECTORS and (lower_prev in knowledge.of_heads or conn == "&")
                known = conn in ("and", "of", "of the") and knowledge.lookup(text[run[0].start:end]) is not None
                joined = conn in _PARTICLES or heads_name or known
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


def _possessive_in_name(text: str, run: list[_Token], knowledge: Knowledge) -> bool:
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


def _lookup(text: str, tokens: list[_Token], i: int, knowledge: Knowledge) -> tuple[int, str, object]:
    """Longest known name or title starting at token i: (end token index, 'gaz'|'dem'|'title', value)."""
    for j in range(min(len(tokens), i + knowledge.max_tokens + 2), i, -1):
        if tokens[j - 1].conn:
            continue
        surface = text[tokens[i].start:tokens[j - 1].end]
        entry = knowledge.lookup(surface)
        if entry is not None:
            return j, "gaz", entry
        lower = surface.lower().rstrip(".")
        if lower in knowledge.titles or (lower[-1:] == "s" and lower[:-1] in knowledge.titles):  # "Ministers"
            return j, "title", None
        if surface in knowledge.demonyms:
            return j, "dem", knowledge.demonyms[surface]
    return i + 1, "word", None


def _segments(text: str, run: list[_Token], knowledge: Knowledge) -> list[tuple[str, int, int, object]]:
    segs: list[tuple[str, int, int, object]] = []
    i = 0
    while i < len(run):
        if run[i].conn:
            segs.append(("conn", i, i + 1, None))
            i += 1
            continue
        j, what, value = _lookup(text, run, i, knowledge)
        if what == "word" and "-" in run[i].text:
            parts = _hyphen_parts(text, run[i], knowledge)
            if parts:
                segs.extend(parts)
                i += 1
                continue
        segs.append((what, i, j, value))
        i = j
    return segs


def _segments_memo(text: str, run: list[_Token], knowledge: Knowledge) -> list[tuple[str, int, int, object]]:
    """`_segments`, remembered by the run's surface: news repeats the same names and titles endlessly.

    Segments hold token indices, so they depend on the surface only; hyphen parts hold offsets and are
    not kept.
    """
    key = text[run[0].start:run[-1].end]
    memo = knowledge.segment_memo
    segs = memo.get(key)
    if segs is None:
        segs = _segments(text, run, knowledge)
        if all(seg[0] != "part" for seg in segs):
            if len(memo) > 50_000:
                memo.clear()
            memo[key] = segs
    return segs


def _hyphen_parts(text: str, tok: _Token, knowledge: Knowledge) -> list[tuple[str, int, int, object]]:
    """"Russia-Ukraine" or "Russian-Iranian": every part a known name. Returned as ('part', start, end, entry)."""
    out: list[tuple[str, int, int, object]] = []
    pos = tok.start
    for part in tok.text.split("-"):
        entry = knowledge.lookup(part)
        if entry is None and part in knowledge.demonyms:
            country = knowledge.demonyms[part]
            entry = Entry(country, "other", country)
        if entry is None:
            return []
        out.append(("part", pos, pos + len(part), entry))
        pos += len(part) + 1
    return out


def _word_kind(words: list[str], knowledge: Knowledge, head_words: list[str] | None = None) -> str:
    """The kind a head word gives. English names are head-final, so the last head decides ("Air Force Base"
    is a place, "Red Sea Summit" an event), looking first before any "of"/"for" (`head_words`:
    "Department of State", "Museum of the U.S. Air Force")."""
    for group in (head_words, words) if head_words else (words,):
        for word in reversed(group):
            w = word.lower().rstrip(".")
            for head in (w, w[:-1]) if w.endswith("s") and len(w) > 3 else (w,):  # "Accords", "Councils"
                if head in knowledge.org_heads:
                    return "organization"
                if head in knowledge.place_heads:
                    return "place"
                if head in knowledge.event_heads:
                    return "other"
    return ""


def _acronym(words: list[str]) -> bool:
    """One word in capitals ("NATO", "IAEA"): an organisation unless a title says it is a person's name."""
    return len(words) == 1 and len(words[0]) >= 2 and words[0].replace("-", "").isupper()


class _Article:
    """The state of one pass over an article."""

    def __init__(self, text: str, knowledge: Knowledge, spans: Sequence[tuple[int, int]] | None) -> None:
        self.text = text
        self.k = knowledge
        self.titles = _matcher(knowledge)
        self.starts = _sentence_starts(text, spans)
        self.found: list[_Found] = []
        self._lowercase: dict[str, bool] = {}
        self._portfolio_end = -1  # end of the last portfolio item after a title ("Secretary for Population")
        self._run: list[_Token] = []

    def in_lowercase(self, lower: str) -> bool:
        """Whether `lower` (a-z only) occurs in the text as a whole lowercase word ("meanwhile")."""
        found = self._lowercase.get(lower)
        if found is None:
            found = False
            if lower.isascii() and lower.isalpha():
                text, n, size = self.text, len(lower), len(self.text)
                i = text.find(lower)
                while i >= 0 and not found:
                    before = text[i - 1] if i else " "
                    after = text[i + n] if i + n < size else " "
                    found = not (before.isalnum() or before in "_'’") and not (after.isalnum() or after in "_'’-")
                    i = text.find(lower, i + 1)
            self._lowercase[lower] = found
        return found

    def actor_of(self, f: _Found) -> str:
        if f.affiliation:
            return f.affiliation
        return f.canonical if f.canonical in self.k.actors else ""

    # -- one run ----------------------------------------------------------------------------------
    def run(self, run: list[_Token]) -> None:
        text, k = self.text, self.k
        # Drop words that do not start a name: sentence-initial function words, days and months.
        while run and (run[0].conn or (self._not_a_name_start(run[0])
                                       and not (len(run) > 1 and self._known_prefix(run)))):
            run = run[1:]
        while run and run[-1].conn:
            run = run[:-1]
        if not run:
            return
        self._run = run
        group = _GROUP_AFTER.match(text, run[-1].end)
        if group is not None:  # "the Biden administration", when it is known
            entry = k.lookup(text[run[0].start:group.end()])
            if entry is not None:
                self._add(run[0].start, group.end(), entry, known=True)
                return
        if len(run) > 1 and self._whole_place(run):  # "New Mexico", "Santa Cruz": not "New" + "Mexico"
            return
        segs = _segments_memo(text, run, k)
        pending_aff = ""  # actor of a modifier before a title inside this run
        title_before: bool | None = None  # a title right before the run: looked up only when a name needs it
        i = 0
        while i < len(segs):
            what, a, b, value = segs[i]
            if what == "conn":
                i += 1
                continue
            if what == "part":
                entry = value
                self._add(a, b, entry, known=True)
                i += 1
                continue
            if what == "gaz":
                entry = value
                # A known name followed by plain words is one name: "Iran Air", "New York Times".
                nxt = self._word_span(segs, i + 1)
                if nxt is not None and entry.kind in ("place", "organization") and entry.canonical != "":
                    end_i, words = nxt
                    kind = _word_kind(words, k)
                    if not kind and entry.kind == "place" and entry.actor and not self._the_before(run[a].start):
                        # "Victoria Nuland", "Sydney Smith": a city name that is a given name here.
                        end = run[segs[end_i - 1][2] - 1].end
                        all_words = [t.text for t in run[a:segs[end_i - 1][2]] if not t.conn]
                        self._name(run[a].start, end, all_words, title_before, pending_aff, i == 0)
                        title_before, pending_aff = False, ""
                        i = end_i
                        continue
                    kind = kind or "organization"
                    actor = entry.actor or (entry.canonical if entry.canonical in k.actors else "")
                    self.found.append(_Found(run[a].start, run[segs[end_i - 1][2] - 1].end, kind,
                                             _clean(text[run[a].start:run[segs[end_i - 1][2] - 1].end]), actor))
                    i = end_i
                    continue
                owner = self._possessor(run[a].start) if entry.kind == "organization" and not entry.actor else ""
                if owner:  # "Iran's Security Council" is Iran's, not the UN's
                    f = _Found(run[a].start, run[b - 1].end, "organization", _clean(text[run[a].start:run[b - 1].end]),
                               owner)
                    self.found.append(f)
                else:
                    f = self._add(run[a].start, run[b - 1].end, entry, known=True)
                pending_aff = self.actor_of(f)
                i += 1
                continue
            if what == "dem":
                nxt = self._word_span(segs, i + 1)
                if nxt is not None:
                    end_i, words = nxt
                    end = run[segs[end_i - 1][2] - 1].end
                    kind = _word_kind(words, k) or "organization"
                    self.found.append(_Found(run[a].start, end, kind, _clean(text[run[a].start:end]), value))
                    if i > 1 and segs[i - 1][0] == "conn" and segs[i - 2][0] == "title":
                        self._portfolio_end = end  # "Special Representative for Korean Peninsula Peace and ..."
                    i = end_i
                    continue
                pending_aff = value
                if i + 1 >= len(segs) or segs[i + 1][0] != "title":
                    self.found.append(_Found(run[a].start, run[b - 1].end, "other", value, value))
                i += 1
                continue
            if what == "title":
                title_before = True
                i += 1
                continue
            # plain words: a name of unknown kind
            end_i, words = self._word_span(segs, i) or (i + 1, [run[a].text])
            start, end = run[a].start, run[segs[end_i - 1][2] - 1].end
            after_title = i > 1 and segs[i - 1][0] == "conn" and segs[i - 2][0] == "title"
            if not after_title and end_i + 1 < len(segs) and segs[end_i][0] == "conn" and segs[end_i + 1][0] == "gaz":
                kind = _word_kind(words, k)
                if kind in ("organization", "place"):  # "Bank of England", "University of Arkansas"
                    entry = segs[end_i + 1][3]
                    end = run[segs[end_i + 1][2] - 1].end
                    actor = (entry.actor or (entry.canonical if entry.canonical in k.actors else "")
                             if kind == "organization" else "")
                    self.found.append(_Found(start, end, kind, _clean(text[start:end]), actor))
                    title_before, pending_aff = False, ""
                    i = end_i + 2
                    continue
            if after_title or (i == 0 and (self._continues_portfolio(start) or self._title_conn_before(start))):
                # "Secretary of Homeland Security Alejandro N. Mayorkas", "Assistant Secretary for Population,
                # Refugees, and Migration Julieta Noyes": the portfolio, then the person after its last word.
                first = self._person_after_portfolio(segs, i, end_i, end)
                if first < 0:
                    self._portfolio_end = end
                    self.found.append(_Found(start, end, "other", _clean(text[start:end])))
                    title_before = False
                    pending_aff = ""
                    i = end_i
                    continue
                if first > i:
                    self.found.append(_Found(start, run[segs[first - 1][2] - 1].end, "other",
                                             _clean(text[start:run[segs[first - 1][2] - 1].end])))
                start = run[segs[first][1]].start
                words = [run[seg[1]].text for seg in segs[first:end_i] if seg[0] == "word"]
                title_before = True
            self._name(start, end, words, title_before, pending_aff, i == 0)
            title_before = False
            pending_aff = ""
            i = end_i

    def _title_conn_before(self, start: int) -> bool:
        """A title and "for"/"of" right before: "Special Representative for <Korean Peninsula Peace>"."""
        conn = _CONN_BEFORE.search(self.text, max(0, start - 5), start)
        return conn is not None and self.titles.start_before(self.text, conn.start()) >= 0

    def _whole_place(self, run: list[_Token]) -> bool:
        """A run that is, as a whole, a known city or US region (and no known name): one place."""
        start, end = run[0].start, run[-1].end
        surface = self.text[start:end]
        places = self.k.places
        if not (places.population(surface) or places.is_region(surface)) or self.k.lookup(surface) is not None:
            return False
        if _SAID_AFTER.match(self.text, end):
            return False
        self.found.append(_Found(start, end, "place", surface))
        return True

    def _continues_portfolio(self, start: int) -> bool:
        """This run is the next item of a portfolio list begun by a title: "for Population, Refugees, and ..."."""
        return self._portfolio_end >= 0 and _LIST_GAP.fullmatch(self.text, self._portfolio_end, start) is not None

    def _person_after_portfolio(self, segs: list, i: int, end_i: int, end: int) -> int:
        """Segment index where the person's name starts after a portfolio, -1 when the span is all portfolio.

        A portfolio that goes on (", Refugees", "and Migration", but not ", Secretary ...") holds no name;
        otherwise the last two words (three with a middle initial) are the name when at least one word is
        left for the portfolio.
        """
        nxt = _LIST_NEXT.match(self.text, end)
        if nxt is not None:
            word = _NAME_WORD.match(self.text, nxt.end() - 1)
            if word is None or word.group().lower().rstrip(".") not in self.k.title_openers:  # not ", Secretary"
                return -1
        first = end_i - 2  # the given name, before any middle initial
        if first > i and segs[first][0] == "word" and len(self._run[segs[first][1]].text) == 1:
            first -= 1
        if first > i and segs[first][0] == "word":
            return first
        return -1

    def _word_span(self, segs: list, i: int) -> tuple[int, list[str]] | None:
        """Plain words (with inner connectors) from segment i: (end segment index, the words)."""
        j = i
        while j < len(segs) and segs[j][0] in ("word", "conn"):
            j += 1
        while j > i and segs[j - 1][0] == "conn":
            j -= 1
        if j == i:
            return None
        return j, [self._run[seg[1]].text for seg in segs[i:j] if seg[0] == "word"]

    def _not_a_name_start(self, tok: _Token) -> bool:
        lower = tok.text.lower()
        ordinary = (
            lower in self.k.not_names
            or (("'" in lower or "’" in lower) and re.split(r"['’]", lower, maxsplit=1)[0] in self.k.not_names)
            or (tok.start in self.starts and self.in_lowercase(lower))
        )
        return ordinary and self.k.lookup(tok.text) is None and tok.text not in self.k.demonyms

    def _known_prefix(self, run: list[_Token]) -> bool:
        """The run opens with a known multi-word name ("New Zealand", "New York"): keep its first word."""
        if run[0].text.lower() == "the":  # "The United States": the lookup ignores "the"
            return False
        places = self.k.places
        for j in range(2, min(len(run), 4) + 1):  # such names are short: "New Zealand", "New South Wales"
            if run[j - 1].conn:
                continue
            surface = self.text[run[0].start:run[j - 1].end]
            if self.k.lookup(surface) is not None or places.population(surface) or places.is_region(surface):
                return True
        return False

    def _possessor(self, start: int) -> str:
        """The country in "Iran's <start>", if the name just before `start` is a possessive country."""
        if not self.found:
            return ""
        f = self.found[-1]
        if f.kind == "place" and _POSSESSIVE_BEFORE.fullmatch(self.text, f.end, start):
            return self.actor_of(f)
        return ""

    def _title_left(self, start: int) -> bool:
        return self.titles.start_before(self.text, start) >= 0

    def _add(self, start: int, end: int, entry: Entry, known: bool) -> _Found:
        kind = self.k.kinds.get(entry.canonical.lower(), entry.kind)
        f = _Found(start, end, kind, entry.canonical, entry.actor, known=known)
        self.found.append(f)
        return f

    def _name(self, start: int, end: int, words: list[str], title_before: bool | None, aff: str,
              run_start: bool) -> None:
        text, k = self.text, self.k
        of = _OF_INSIDE.search(text, start, end)
        kind = _word_kind(words, k, text[start:of.start()].split() if of else None)
        cue = ""
        if not kind and (self._title_left(self._run[0].start) if title_before is None else title_before):
            kind, cue = "person", "title"
            if not aff:
                aff = self._affiliation_left(start)
        if not kind:
            apposition = _APPOSITION.match(text, end)
            if apposition and self.titles.inside.search(apposition.group(1)):
                kind, cue = "person", "title"
                aff = aff or self._affiliation_in(apposition.start(1), apposition.end(1))
        if not kind and _acronym(words):
            kind = "organization"
        if not kind:
            kind = self._place_kind(words, start, end)
        if not kind and len(words) == 1 and not words[0].endswith(_LANGUAGE_ENDINGS) \
                and _LEFT_PREP.search(text, max(0, start - 12), start):
            kind = "place"
        if not kind and len(words) >= 2 and (self._the_before(start) or self._agency_shape(words)):
            kind, cue = "organization", "the"  # "the Stamford Advocate", "Agence France-Presse": not a person
        if not kind and self._person_shape(words, start, end):
            kind = "person"
        if not kind and _SAID_AFTER.match(text, end):
            kind = "person" if len(words) > 1 else "other"
        if not kind and run_start and len(words) == 1 and start in self.starts and text.count(words[0]) == 1:
            return  # a capitalised sentence opener seen nowhere else: most likely an ordinary word
        canonical = _clean(text[start:end])
        self.found.append(_Found(start, end, kind or "other", canonical, aff if kind == "person" else "",
                                 cue=cue))

    def _the_before(self, start: int) -> bool:
        """ "the" right before the name: "the Stamford Advocate" is a thing, never a person."""
        return start >= 4 and self.text[start - 4:start] in ("the ", "The ") and (
            start == 4 or not self.text[start - 5].isalnum())

    def _place_kind(self, words: list[str], start: int, end: int) -> str:
        """ "place" when the span is a known city or US state/county and nothing says it is a person here.

        Many cities share a name with a person or a word ("Sydney", "Mobile", "Victoria"): a lone word needs a
        large city (or "in"/"from" before it, or ", <Region>" after it), and a name that speaks
        ("Victoria said") is left to the person rules.
        """
        places = self.k.places
        surface = _clean(self.text[start:end])
        population = places.population(surface)
        if not population and not places.is_region(surface):
            return ""
        if _SAID_AFTER.match(self.text, end):
            return ""
        if len(words) > 1 or places.is_region(surface):
            return "place"
        lower = surface.lower()
        if lower in self.k.not_names or lower in self.k.titles or lower in self.k.title_modifiers:
            return ""
        if _REGION_AFTER.match(self.text, end):
            return "place"
        if start in self.starts and self.text.count(surface) == 1:
            # "Reading the statement, ...": a sentence opener seen nowhere else is most likely a word.
            return "place" if population >= _OPENER_CITY_POPULATION else ""
        return "place" if population >= _LONE_CITY_POPULATION else ""

    def _agency_shape(self, words: list[str]) -> bool:
        """A hyphenated word with a known country in it ("Agence France-Presse") belongs to a body's name."""
        lookup = self.k.lookup
        return any("-" in word and any(lookup(part) is not None for part in word.split("-")) for word in words)

    def _person_shape(self, words: list[str], start: int, end: int) -> bool:
        """2-4 capitalised words (initials aside), none all capitals, no "of"/"and"/"&" inside, not opening
        with a word that qualifies titles ("Foreign Affairs", "Principal Deputy")."""
        full = [w for w in words if len(w) > 1]
        if not 2 <= len(full) <= 4 or len(words) > 5 or words[0].lower() in self.k.title_modifiers:
            return False
        if not all(w[:1].isupper() and not w.isupper() for w in full):
            return False
        inner = self.text[start:end]
        return not any(c in inner for c in ("&", " of ", " and ", " for "))

    def _affiliation_left(self, start: int) -> str:
        """The actor of the name just before a title: "Kremlin spokesman X", "Iran's foreign minister X"."""
        title_start = self.titles.start_before(self.text, start)
        if title_start < 0:
            return ""
        for f in reversed(self.found[-3:]):
            if f.end > start:
                continue
            if f.start >= title_start or _POSSESSIVE_GAP.fullmatch(self.text, f.end, title_start):
                return self.actor_of(f)
            break
        window = self.text[max(0, title_start - 30):title_start]
        dem = re.search(r"(\w+)[ \t]+$", window)
        if dem and dem.group(1) in self.k.demonyms:
            return self.k.demonyms[dem.group(1)]
        return ""

    def _affiliation_in(self, start: int, end: int) -> str:
        """The first actor named in an apposition ("the U.S. secretary of state", "Iran's foreign minister")."""
        for m in _NAME_WORD.finditer(self.text, start, end):
            actor = self.k.actor(m.group())
            if actor:
                return actor
        return ""


def _clean(surface: str) -> str:
    return " ".join(surface.split())


def _person_canonical(name: str, k: Knowledge) -> str:
    """"Antony J. Blinken" -> "Antony Blinken"; transliteration endings collapsed (Zelenskyy -> Zelensky)."""
    words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.?", w) and w.lower().rstrip(".") not in k.titles]
    if words and all(w.isupper() for w in words):  # "ANTONY BLINKEN:" in a transcript
        words = [w.capitalize() for w in words]
    if len(words) > 0 and len(words[-1]) > 4:
        words[-1] = re.sub(r"(?:yy|iy|ii)$", "y", words[-1])
    return " ".join(words) or name


def _initials_match(acronym: str, name: str) -> bool:
    """ "JSC" for "Johnson Space Center", "RFJ" for "Rewards for Justice", "OIC" for "Organization of Islamic
    Cooperation": the acronym's letters are the words' initials, with or without the lowercase words."""
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    words = re.findall(r"[\w’']+", name)
    every = "".join(w[0] for w in words).upper()
    capitalised = "".join(w[0] for w in words if w[0].isupper())
    return len(letters) >= 2 and letters in (every, capitalised)


def _space_before(text: str, pos: int) -> int:
    """The offset where the spaces (if any) just before `pos` begin."""
    while pos > 0 and text[pos - 1] in " \t\u00a0":
        pos -= 1
    return pos


def _acronyms(found: list[_Found], text: str) -> None:
    """An unknown acronym defined in brackets after a name ("Johnson Space Center (JSC)") is that name,
    there and everywhere else in the article."""
    brackets = list(_ACRONYM_IN_BRACKETS.finditer(text))
    if not brackets:
        return
    by_start = {f.start: f for f in found}
    by_end: dict[int, _Found] = {}
    for f in found:
        by_end.setdefault(f.end, f)
    defined: dict[str, _Found] = {}
    for m in brackets:
        short = by_start.get(m.start(1))
        full = by_end.get(_space_before(text, m.start()))
        if short is None or full is None or short.known or short.end != m.end(1) or short is full:
            continue
        if _initials_match(m.group(1), text[full.start:full.end]):
            defined.setdefault(m.group(1), full)
    if not defined:
        return
    for f in found:
        full = defined.get(text[f.start:f.end])
        if full is not None and not f.known and f is not full:
            f.kind, f.canonical, f.affiliation = full.kind, full.canonical, full.affiliation


def _resolve(found: list[_Found], text: str, k: Knowledge) -> list[EntityMention]:
    """Article-wide merging: surnames take the full name, variants share a canonical, affiliations spread."""
    _acronyms(found, text)
    full_by_surname: dict[str, _Found] = {}
    for f in found:
        if f.kind == "person":
            f.canonical = _person_canonical(f.canonical, k)
            parts = f.canonical.split()
            if len(parts) >= 2:
                full_by_surname.setdefault(spelling_key(parts[-1]), f)
    people = {f.canonical for f in found if f.kind == "person"}
    for f in found:
        if f.known:
            continue
        if f.cue == "the" and f.canonical in people:  # "the Tom Cruise video" after "Tom Cruise"
            f.kind = "person"
            continue
        parts = f.canonical.split()
        if len(parts) == 1 or (f.kind == "person" and parts):
            full = full_by_surname.get(spelling_key(parts[-1]))
            same_first = full is not None and spelling_key(parts[0]) == spelling_key(full.canonical.split()[0])
            if full is not None and (len(parts) == 1 or same_first):
                f.kind = "person"
                f.canonical = full.canonical
    affiliation: dict[str, str] = {}
    for f in found:
        if f.kind == "person":
            configured = k.affiliations.get(f.canonical.lower())
            if configured:
                f.affiliation = configured
            if f.affiliation:
                affiliation.setdefault(f.canonical, f.affiliation)
    mentions = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if f.kind == "person" and not f.affiliation:
            f.affiliation = affiliation.get(f.canonical, "")
        kind = k.kinds.get(f.canonical.lower(), f.kind)
        mentions.append(EntityMention(f.start, f.end, text[f.start:f.end], kind, f.canonical, f.affiliation))
    return mentions


def find_entities(text: str, knowledge: Knowledge | None = None,
                  spans: Sequence[tuple[int, int]] | None = None) -> list[EntityMention]:
    """Every named mention in `text` (a whole article body), canonical names resolved article-wide.

    `knowledge` defaults to the cached built-in knowledge (use `knowledge_from_config` for `[actors]`);
    `spans` are sentence spans if the caller has them already (else they are computed).
    """
    k = knowledge or default_knowledge()
    article = _Article(text, k, spans)
    for run in _runs(text, k):
        article.run(run)
    return _resolve(article.found, text, k)
