"""Date expressions in news text, resolved against the article's publication date.

One precompiled alternation finds candidates ("on Tuesday", "Sept. 9", "last month", "2024-09-10", ...);
each candidate is then resolved to a day or an inclusive range of days. Expressions without a year
("Friday", "in January", "September 9") are placed by the tense of the sentence around them: future
cues ("will", "is expected to", "plans to", ...) put them ahead of the publication date, anything else
behind it. A weekday equal to the publication weekday is the publication day itself, whatever the tense:
news wires write "on Tuesday" for the day they publish.

With no publication date only expressions that carry a year resolve. Word lists live in
`briefing/data/date_*.txt`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from briefing.models import DateMention

__all__ = ["event_date", "find_text_date", "resolve_dates"]

PAST = "past"
FUTURE = "future"

# How far (characters) either side of an expression tense cues are looked for, within its sentence.
_CUE_WINDOW = 160
# Cues after the expression count as this much farther away than cues before it ("said on Friday").
_AFTER_PENALTY = 1.5
# Each clause break between a cue and the expression adds this many characters to its distance:
# "warned Iran on Friday that economies will pile on sanctions" is about the warning.
_CLAUSE_PENALTY = 40
# What may stand between a future cue and the participle it governs: "will [not] [have] [been] held".
_VERB_GROUP = re.compile(r"(?:\s+[A-Za-z'’]+){0,3}\s+")
_CLAUSE_BREAK = re.compile(
    r"[,;:—–()\[\]]|\b(?:that|which|who|whom|whose|where|while|whereas|but|because|although|though|if|unless)\b",
    re.IGNORECASE,
)


# ----------------------------------------------------------------------------------------------- data


def _data_rows(name: str) -> list[list[str]]:
    """Non-comment rows of a data file, split on tabs."""
    text = resources.files("briefing").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]  # every spelling (lower case) -> month number
    full_months: tuple[str, ...]
    all_months: tuple[str, ...]
    weekdays: dict[str, int]
    full_weekdays: tuple[str, ...]
    all_weekdays: tuple[str, ...]
    month_leads: tuple[str, ...]
    may_leads: frozenset[str]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    not_past: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    months: dict[str, int] = {}
    full_m, all_m = [], []
    for name, number, kind in _data_rows("date_months.txt"):
        months[name.lower()] = int(number)
        all_m.append(name)
        if kind == "full":
            full_m.append(name)
    weekdays: dict[str, int] = {}
    full_w, all_w = [], []
    for name, number, kind in _data_rows("date_weekdays.txt"):
        weekdays[name.lower()] = int(number)
        all_w.append(name)
        if kind == "full":
            full_w.append(name)
    leads, may_leads = [], set()
    for row in _data_rows("date_month_lead.txt"):
        leads.append(row[0])
        if len(row) > 1 and row[1] == "ambiguous-ok":
            may_leads.add(row[0])
    return _Lexicon(
        months=months,
        full_months=tuple(full_m),
        all_months=tuple(all_m),
        weekdays=weekdays,
        full_weekdays=tuple(full_w),
        all_weekdays=tuple(all_w),
        month_leads=tuple(leads),
        may_leads=frozenset(may_leads),
        future_cues=tuple(row[0] for row in _data_rows("date_future_cues.txt")),
        past_cues=tuple(row[0] for row in _data_rows("date_past_cues.txt")),
        not_past=frozenset(row[0] for row in _data_rows("date_not_past.txt")),
    )


# ---------------------------------------------------------------------------------------------- regex


def _trie(words: list[str] | set[str]) -> str:
    """A regex matching exactly `words`, factored as a trie ("Jan(?:uary)?"): sre tries alternatives one
    by one, so sharing prefixes keeps the scan fast. A space in a word matches any run of white space."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        optional = "" in node
        branches = [(r"\s+" if c == " " else re.escape(c)) + emit(node[c]) for c in sorted(node) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return "(?:" + emit(root) + ")"


def _cased(words: tuple[str, ...] | list[str], lower: bool = False) -> set[str]:
    """Title-case and UPPER-case spellings (and lower case when `lower`): never "may", "march", "sun"."""
    variants = set()
    for word in words:
        variants |= {word[:1].upper() + word[1:].lower(), word.upper()}
        if lower:
            variants.add(word.lower())
    return variants


def _names(words: tuple[str, ...] | list[str]) -> str:
    return _trie(_cased(words))


def _words_ci(words: tuple[str, ...] | list[str]) -> str:
    """Case-insensitive alternation of words or phrases (any run of spaces between a phrase's words)."""
    return "(?i:" + _trie({" ".join(w.lower().split()) for w in words}) + ")"


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0,
}  # fmt: skip
# "a few days ago", "several years ago": somewhere between this many units back.
_VAGUE_COUNT = (2, 6)

# Relative phrases (normalised: lower case, single spaces) the resolver knows; see _resolve_relative.
_RELATIVE = (
    "the day before yesterday", "the day after tomorrow", "yesterday", "today", "tomorrow", "tonight",
    "last night", "this morning", "this afternoon", "this evening", "earlier today", "later today",
    "earlier this week", "later this week", "earlier this month", "later this month",
    "earlier this year", "later this year", "last week", "this week", "next week", "last month",
    "this month", "next month", "last year", "this year", "next year", "the past week", "the past month",
    "the past year", "the last week", "the coming week", "the coming month", "the coming year",
    "this coming week", "over the weekend", "at the weekend", "during the weekend", "on the weekend",
    "this weekend", "last weekend", "next weekend", "the coming weekend", "this past weekend",
    "this past week", "the past few days", "the past few weeks", "the past few months", "in recent days",
    "in recent weeks", "in recent months",
)  # fmt: skip


_YEAR_LEADS = (
    "in", "since", "during", "until", "till", "by", "early", "late", "mid", "throughout", "before", "after",
    "from", "between",
)  # fmt: skip
_SEASON_MODS = ("last", "this", "next", "past", "coming")
_WEEKDAY_MODS = ("last", "next", "this", "coming", "past", "later", "earlier", "early", "late")


_SPACE = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"


@lru_cache(maxsize=1)
def _seasons() -> dict[str, tuple[int, int]]:
    return {row[0]: (int(row[1]), int(row[2])) for row in _data_rows("date_seasons.txt")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    lx = _lexicon()
    mon = _names(lx.all_months) + r"(?![\w'’-])\.?"
    fmon = _names(lx.full_months) + r"(?![\w'’-])"
    wday_any = _names(lx.all_weekdays) + r"(?!\w)\.?"
    wday = _names(lx.full_weekdays) + r"(?!\w)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
    year = r"(?:1[89]\d\d|2[01]\d\d)(?![\w]|[,.]\d)"
    number = _words_ci(tuple(_NUMBER_WORDS)) + r"|\d{1,3}"
    leads = _words_ci(lx.month_leads)
    year_leads = _words_ci(_YEAR_LEADS)
    wd_prefix = rf"(?:(?P<{{g}}>{wday_any}),?\s+)?"
    seasons = _words_ci(tuple(_seasons()))
    season_leads = _words_ci(("the", "in", "during", "since", "until", "by", "early", "late", "mid", "through"))
    to = r"(?:\s*[-–]\s*|\s+(?i:to|through|until|till)\s+)"
    of_year = r"(?:\s+of\s+(?P<{g}>(?i:this|last|next|the\s+same|the\s+previous|the\s+following))\s+year\b)"
    alternatives = [
        # 2024-09-10, 2024/09/10
        r"(?P<iso>(?P<iso_y>1[89]\d\d|2[01]\d\d)(?P<iso_sep>[-/])(?P<iso_m>0?[1-9]|1[0-2])(?P=iso_sep)"
        r"(?P<iso_d>0?[1-9]|[12]\d|3[01]))(?![\w/-])",
        # (Tuesday,) September 9(-10)(, 2024)
        wd_prefix.format(g="md_w") + rf"(?P<md_m>{mon})\s*(?P<md_d>{day})(?:{to}(?P<md_d2>{day}))?"
        rf"(?:,?\s+(?P<md_y>{year})|{of_year.format(g='md_rel')})?",
        # (Tuesday,) (the) 9(th) (of) September(, 2024), 9-10 September
        wd_prefix.format(g="dm_w") + rf"(?:the\s+)?(?P<dm_d>{day})(?:{to}(?P<dm_d2>{day}))?\s+(?:of\s+)?"
        rf"(?P<dm_m>{mon})(?:,?\s+(?P<dm_y>{year})|{of_year.format(g='dm_rel')})?",
        # February 2022, Feb. 2022
        rf"(?P<my_m>{mon}),?\s+(?:of\s+)?(?P<my_y>{year})",
        # in January, since March, mid-June (a lead word is required; "May" needs an unambiguous one)
        rf"(?P<bm_lead>{leads})(?:\s+|-)(?:the\s+month\s+of\s+)?(?P<bm_m>{fmon})(?!\s*\d)"
        rf"{of_year.format(g='bm_rel')}?",
        # in 2022, since 2014
        rf"(?P<by_lead>{year_leads})(?:\s+|-)(?P<by_y>{year})"
        rf"(?:{to}(?P<by_y2>{year})|\s+(?i:and)\s+(?P<by_y3>{year}))?",
        # the 1990s, the early 2000s
        r"(?:(?P<dec_mod>(?i:early|mid|late))[\s-]+)?(?P<dec>1[89]\d0|20\d0)['’]?s(?!\w)",
        # last summer, this winter; summer 2022, the summer of 2022
        rf"(?P<sea_mod>{_words_ci(_SEASON_MODS)})\s+(?P<sea>{seasons})(?!\w)",
        # (a lead word or a capital is needed: "prices fall 2000 points")
        rf"(?:(?:{season_leads})\s+(?:the\s+)?|(?=[A-Z]))(?P<sea_y_name>{seasons})\s+(?:of\s+)?(?P<sea_y>{year})",
        # the past 30 days, over the past two weeks
        rf"(?P<past_lead>(?i:the\s+past))\s+(?P<past_n>{number})\s+(?P<past_u>(?i:days|weeks|months|years))(?!\w)",
        # yesterday, last week, over the weekend, ...
        rf"(?P<rel>{_words_ci(_RELATIVE)})(?![\w])",
        # three days ago, a week ago
        rf"(?P<ago_n>{number})\s+(?P<ago_u>(?i:days?|weeks?|months?|years?))\s+(?i:ago)(?!\w)",
        # (last|next|this|later|earlier) Tuesday (morning)
        rf"(?:(?P<wd_mod>{_words_ci(_WEEKDAY_MODS)})\s+)?"
        rf"(?P<wd>{wday})(?!\.?,?\s+(?:{mon}|\d))",
    ]
    # Every match starts with a digit, a month or weekday name, a one-word expression ("yesterday"), or a
    # lead word followed by a digit, a capital ("in January", "last Tuesday") or a known second word
    # ("last week", "over the weekend", "a few days ago"). Checking that first lets the scan skip most
    # word starts ("the", "in", "a" are common) without trying every alternative.
    names = list(lx.all_months) + list(lx.all_weekdays)
    phrases = [phrase.split() for phrase in _RELATIVE]
    singles = [words[0] for words in phrases if len(words) == 1] + list(_seasons())
    leads = (
        list(lx.month_leads)
        + list(_YEAR_LEADS)
        + list(_WEEKDAY_MODS)
        + list(_NUMBER_WORDS)
        + list(_SEASON_MODS)
        + [words[0] for words in phrases if len(words) > 1]
        + ["the"]
    )
    seconds = [" ".join(words[1:3]) if words[1] == "the" else words[1] for words in phrases if len(words) > 1]
    seconds += [*_seasons(), "few", "the month", "day", "days", "week", "weeks", "month", "months", "year", "years"]
    gate = (
        rf"(?=\d|{_trie(_cased(names))}(?!\w)|{_trie(_cased(singles, lower=True))}(?!\w)"
        rf"|{_trie(_cased(leads, lower=True))}(?:-|\s+)(?:[A-Z0-9]|{_words_ci(seconds)}(?!\w)))"
    )
    pattern = r"(?<![\w/-])" + gate + "(?:" + "|".join(alternatives) + ")"
    # White space inside an expression may hold one line break (wrapped text), never a blank line:
    # "in May\n\n2 comments" is not May 2.
    pattern = pattern.replace(r"\s+", _SPACE).replace(r"\s*", f"(?:{_SPACE})?")
    return re.compile(pattern)


# ---------------------------------------------------------------------------------------------- tense


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for every tense cue, and the tense of each cue phrase (lower case, single spaces).

    Cue phrases from both lists share one trie, so the longest wins where they overlap: "would have"
    (past) over "would" (future), "set to" (future) over "set" (past). Lower-case words ending in
    "-ed" are past cues too, unless listed in date_not_past.txt.
    """
    lx = _lexicon()
    kinds = {" ".join(c.split()): PAST for c in lx.past_cues}
    kinds.update({" ".join(c.split()): FUTURE for c in lx.future_cues})
    contractions = [c for c in kinds if c[:1] in "'’"]
    words = [c for c in kinds if c[:1] not in "'’"]
    pattern = rf"\b(?P<cue>{_words_ci(words)})\b|\b(?P<ed>[a-z][a-z-]+ed)\b"
    if contractions:
        pattern += rf"|(?<=\w)(?P<short>{_words_ci(contractions)})\b"
    return re.compile(pattern), kinds


_BOUNDARY = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n\s*\n")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.$|(?:^|[^\w.])[A-Z](?:\.[A-Z])*\.$")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    words = [row[0] for row in _data_rows("date_abbreviations.txt")]
    for name in ("date_months.txt", "date_weekdays.txt"):
        words += [row[0] for row in _data_rows(name) if row[2] == "abbr"]
    return frozenset(w.lower() for w in words)


def _is_sentence_end(text: str, boundary: re.Match[str]) -> bool:
    """False for the period of "Sept.", "Mr.", "U.S." (before a capital these rarely end a sentence)."""
    if not boundary.group().startswith("."):
        return True
    before = _WORD_BEFORE.search(text, max(0, boundary.start() - 12), boundary.start() + 1)
    if before is None:
        return True
    word = before.group(1)
    return word is not None and word.lower() not in _abbreviations()


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Approximate sentence around text[start:end], at most _CUE_WINDOW characters either side."""
    lo, hi = max(0, start - _CUE_WINDOW), min(len(text), end + _CUE_WINDOW)
    left = lo
    for m in _BOUNDARY.finditer(text, lo, min(len(text), start + 2)):
        if m.end() <= start and _is_sentence_end(text, m):
            left = m.end()
    right = hi
    for m in _BOUNDARY.finditer(text, end, min(len(text), hi + 2)):
        if m.start() < hi and _is_sentence_end(text, m):
            right = m.start() + 1
            break
    return left, right


def _tense(text: str, start: int, end: int) -> str | None:
    """FUTURE or PAST from the nearest tense cue in the sentence around text[start:end]; None if no cue."""
    left, right = _sentence_bounds(text, start, end)
    cue_re, kinds = _cues()
    not_past = _lexicon().not_past
    cues: list[tuple[int, int, str]] = []
    future_ends: list[int] = []
    for m in cue_re.finditer(text, left, right):
        if m.end() > start and m.start() < end:
            continue  # inside the expression itself ("later Tuesday")
        if m.group("ed"):
            if m.group("ed") in not_past:
                continue
            kind = PAST
        else:
            kind = kinds.get(" ".join(m.group().lower().split()), PAST)
        if kind == PAST and any(_VERB_GROUP.fullmatch(text, b, m.start()) for b in future_ends):
            continue  # a participle in the verb group a future cue leads: "will be held", "is expected to be"
        if kind == FUTURE:
            future_ends.append(m.end())
        cues.append((m.start(), m.end(), kind))
    best, best_distance = None, float("inf")
    for cue_start, cue_end, kind in cues:
        if cue_end <= start:
            gap, distance = (cue_end, start), float(start - cue_end)
        else:
            gap, distance = (end, cue_start), (cue_start - end) * _AFTER_PENALTY
        if distance >= best_distance:
            continue
        distance += _CLAUSE_PENALTY * sum(1 for _ in _CLAUSE_BREAK.finditer(text, *gap))
        if distance < best_distance:
            best, best_distance = kind, distance
    return best


# ------------------------------------------------------------------------------------------ resolving


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + delta
    return index // 12, index % 12 + 1


def _week(d: date, weeks: int = 0) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


def _weekend(pub: date, direction: str) -> tuple[date, date]:
    """Saturday..Sunday: the most recent one (a weekend in progress counts) or the next one."""
    if direction == PAST:
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    else:
        saturday = pub + timedelta(days=(5 - pub.weekday()) % 7)
    return saturday, saturday + timedelta(days=1)


def _pick_yearless(
    candidates: list[tuple[date, date]], pub: date, tense: str | None, strict: bool = True
) -> tuple[date, date] | None:
    """Choose among the same month(/day) in neighbouring years.

    Past: the latest that starts on or before the publication date; future: the earliest that ends on
    or after it. With no tense cue, past, unless that is more than nine months back while the future
    one is within three months ("the Sept. 20 summit" in an article of Sept. 10). Not `strict` (a day
    of the month), the same nearness rule overrides the tense both ways: "will discuss the April 19
    agreement" in June is about April, "was scheduled for Sept. 20" in September about this September.
    """
    past = [c for c in candidates if c[0] <= pub]
    future = [c for c in candidates if c[1] >= pub]
    latest_past = max(past) if past else None
    next_future = min(future) if future else None
    if latest_past is None or next_future is None:
        return latest_past or next_future
    past_far, past_near = (pub - latest_past[1]).days > 270, (pub - latest_past[1]).days <= 92
    future_far, future_near = (next_future[0] - pub).days > 270, (next_future[0] - pub).days <= 92
    if tense == FUTURE:
        return latest_past if not strict and future_far and past_near else next_future
    if tense == PAST and (strict or not (past_far and future_near)):
        return latest_past
    return next_future if past_far and future_near else latest_past


def _resolve_weekday(weekday: int, mod: str, tense: str | None, pub: date) -> date:
    back = (pub.weekday() - weekday) % 7  # days back to the most recent such day (0 = today)
    ahead = (weekday - pub.weekday()) % 7
    if mod in ("last", "past"):
        return pub - timedelta(days=back or 7)
    if mod == "next":
        return pub + timedelta(days=ahead or 7)
    if mod in ("coming", "later"):
        return pub + timedelta(days=ahead)
    if mod == "earlier":
        return pub - timedelta(days=back)
    if tense == FUTURE:
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


_DAY = timedelta(days=1)
_SINCE = re.compile(r"\b[Ss]ince\s+(?=\S)")
_SINCE_REACH = 40


def _last_weekend(pub: date) -> tuple[date, date]:
    """The Saturday..Sunday that ended before the publication day."""
    sunday = pub - timedelta(days=(pub.weekday() + 1) % 7 or 7)
    return sunday - _DAY, sunday


def _year_range(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


# Relative phrase -> its days, from the publication date. Weekend phrases without a direction
# ("over the weekend", "this weekend") depend on tense and are handled in _resolve_relative.
_RELATIVE_RANGES: dict[str, Callable[[date], tuple[date, date]]] = {
    "the day before yesterday": lambda p: (p - 2 * _DAY, p - 2 * _DAY),
    "the day after tomorrow": lambda p: (p + 2 * _DAY, p + 2 * _DAY),
    "yesterday": lambda p: (p - _DAY, p - _DAY),
    "last night": lambda p: (p - _DAY, p - _DAY),
    "tomorrow": lambda p: (p + _DAY, p + _DAY),
    "this week": _week,
    "earlier this week": lambda p: (_week(p)[0], p),
    "later this week": lambda p: (p, _week(p)[1]),
    "last week": lambda p: _week(p, -1),
    "next week": lambda p: _week(p, 1),
    "the past week": lambda p: (p - 7 * _DAY, p),
    "the last week": lambda p: (p - 7 * _DAY, p),
    "the coming week": lambda p: (p, p + 7 * _DAY),
    "this coming week": lambda p: (p, p + 7 * _DAY),
    "this month": lambda p: _month_range(p.year, p.month),
    "earlier this month": lambda p: (p.replace(day=1), p),
    "later this month": lambda p: (p, _month_range(p.year, p.month)[1]),
    "last month": lambda p: _month_range(*_shift_month(p.year, p.month, -1)),
    "next month": lambda p: _month_range(*_shift_month(p.year, p.month, 1)),
    "the past month": lambda p: (p - 30 * _DAY, p),
    "the coming month": lambda p: (p, p + 30 * _DAY),
    "this year": lambda p: _year_range(p.year),
    "earlier this year": lambda p: (date(p.year, 1, 1), p),
    "later this year": lambda p: (p, date(p.year, 12, 31)),
    "last year": lambda p: _year_range(p.year - 1),
    "next year": lambda p: _year_range(p.year + 1),
    "the past year": lambda p: (p - 365 * _DAY, p),
    "the coming year": lambda p: (p, p + 365 * _DAY),
    "last weekend": _last_weekend,
    "this past weekend": _last_weekend,
    "next weekend": lambda p: _weekend(p + _DAY, FUTURE),
    "the coming weekend": lambda p: _weekend(p, FUTURE),
    "this past week": lambda p: (p - 7 * _DAY, p),
    "the past few days": lambda p: (p - 7 * _DAY, p),
    "in recent days": lambda p: (p - 7 * _DAY, p),
    "the past few weeks": lambda p: (p - 42 * _DAY, p),
    "in recent weeks": lambda p: (p - 42 * _DAY, p),
    "the past few months": lambda p: (_ago(6, "month", p)[0], p),
    "in recent months": lambda p: (_ago(6, "month", p)[0], p),
}
_SAME_DAY = frozenset(
    ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today", "later today")
)


def _resolve_relative(phrase: str, pub: date, tense: str | None) -> tuple[date, date] | None:
    if phrase in _SAME_DAY:
        return pub, pub
    resolver = _RELATIVE_RANGES.get(phrase)
    if resolver is not None:
        return resolver(pub)
    if phrase.endswith("weekend"):  # over/at/during/on the weekend, this weekend
        return _weekend(pub, FUTURE if tense == FUTURE else PAST)
    return None


def _ago(count: int, unit: str, pub: date) -> tuple[date, date]:
    """ "3 days ago", "2 weeks ago": that day; "3 months ago": that month; "8 years ago": that year."""
    if unit == "day":
        d = pub - timedelta(days=count)
        return d, d
    if unit == "week":
        d = pub - timedelta(weeks=count)
        return d, d
    if unit == "month":
        return _month_range(*_shift_month(pub.year, pub.month, -count))
    return date(pub.year - count, 1, 1), date(pub.year - count, 12, 31)


def _season(name: str, year: int) -> tuple[date, date]:
    """The season that starts in `year` ("winter 2022" runs from December 2022 into February 2023)."""
    first, last = _seasons()[name]
    end_year = year + 1 if last < first else year
    return date(year, first, 1), _month_range(end_year, last)[1]


_LAST_WORD = re.compile(r"(\w+)[^\S\n]+$")


def _word_before(text: str, position: int) -> str:
    m = _LAST_WORD.search(text, max(0, position - 30), position)
    return m.group(1) if m else ""


@lru_cache(maxsize=1)
def _weekday_name_words() -> frozenset[str]:
    return frozenset(row[0] for row in _data_rows("date_weekday_names.txt"))


def _year_offset(phrase: str) -> int:
    """ "of last year" -> -1, "of next year" -> 1; "this", "the same" -> 0."""
    word = phrase.split()[-1].lower()
    return {"last": -1, "previous": -1, "next": 1, "following": 1}.get(word, 0)


def _day(token: str) -> int:
    return int(token.rstrip("stndrhSTNDRH"))


def _resolve_match(m: re.Match[str], text: str, pub: date | None) -> tuple[date, date] | None:
    g = m.groupdict()
    lx = _lexicon()

    def tense() -> str | None:
        # "since July", "since coming to office in July": a starting point is behind us whatever the verb
        # says, when nothing breaks the clause in between.
        for since in _SINCE.finditer(text, max(0, m.start() - _SINCE_REACH), min(len(text), m.start() + 7)):
            if since.start() <= m.start() and not _CLAUSE_BREAK.search(text, since.end(), m.start()):
                return PAST
        return _tense(text, m.start(), m.end())

    if g["iso"]:
        d = _safe_date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
        return (d, d) if d else None
    for prefix in ("md", "dm"):
        if g[f"{prefix}_m"]:
            month = lx.months[g[f"{prefix}_m"].rstrip(".").lower()]
            d1, d2 = _day(g[f"{prefix}_d"]), _day(g[f"{prefix}_d2"]) if g[f"{prefix}_d2"] else None
            if d2 is not None and d2 <= d1:
                d2 = None
            if g[f"{prefix}_y"]:
                years = [int(g[f"{prefix}_y"])]
            elif pub is not None and g[f"{prefix}_rel"]:
                years = [pub.year + _year_offset(g[f"{prefix}_rel"])]
            elif pub is None:
                return None
            else:
                years = [pub.year - 1, pub.year, pub.year + 1]
            candidates = []
            for y in years:
                first, last = _safe_date(y, month, d1), _safe_date(y, month, d2 or d1)
                if first and last:
                    candidates.append((first, last))
            if not candidates:
                return None
            if len(years) == 1:
                return candidates[0]
            assert pub is not None
            return _pick_yearless(candidates, pub, tense(), strict=False)
    if g["my_m"]:
        return _month_range(int(g["my_y"]), lx.months[g["my_m"].rstrip(".").lower()])
    if g["by_y"]:
        first = int(g["by_y"])
        last = int(g["by_y2"] or g["by_y3"] or first)
        return date(first, 1, 1), date(max(first, last), 12, 31)
    if g["dec"]:
        decade = int(g["dec"])
        lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (7, 9)}.get((g["dec_mod"] or "").lower(), (0, 9))
        return date(decade + lo, 1, 1), date(decade + hi, 12, 31)
    if g["sea_y"]:
        return _season(g["sea_y_name"].lower(), int(g["sea_y"]))
    if pub is None:
        return None
    if g["bm_m"]:
        month = lx.months[g["bm_m"].lower()]
        lead = g["bm_lead"].lower()
        if month == 5 and g["bm_m"] == "May" and lead not in lx.may_leads:
            return None  # "by May", "to May", "of May": the surname far more often than the month
        if g["bm_rel"]:
            return _month_range(pub.year + _year_offset(g["bm_rel"]), month)
        if lead == "last":
            y = pub.year if month < pub.month else pub.year - 1
            return _month_range(y, month)
        if lead == "next":
            y = pub.year if month > pub.month else pub.year + 1
            return _month_range(y, month)
        if lead == "this":
            return _month_range(pub.year, month)
        candidates = [_month_range(y, month) for y in (pub.year - 1, pub.year, pub.year + 1)]
        return _pick_yearless(candidates, pub, tense())
    if g["rel"]:
        phrase = " ".join(g["rel"].lower().split())
        needs_tense = phrase.endswith("weekend") and phrase not in _RELATIVE_RANGES
        return _resolve_relative(phrase, pub, tense() if needs_tense else None)
    if g["sea"]:
        name, mod = g["sea"].lower(), g["sea_mod"].lower()
        candidates = [_season(name, y) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
        if mod in ("last", "past"):
            return max(c for c in candidates if c[1] < pub)
        if mod == "next":
            return min(c for c in candidates if c[0] > pub)
        current = [c for c in candidates if c[0] <= pub <= c[1]]
        if current:
            return current[0]
        if mod == "coming":
            return min(c for c in candidates if c[0] > pub)
        return _pick_yearless(candidates, pub, tense())
    if g["past_n"]:
        n = g["past_n"].lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS[n] or _VAGUE_COUNT[1]
        return _ago(count, g["past_u"].lower().rstrip("s"), pub)[0], pub
    if g["ago_n"]:
        n = g["ago_n"].lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        unit = g["ago_u"].lower().rstrip("s")
        if count == 0:  # "a few", "several"
            (newest, _), (_, oldest) = _ago(_VAGUE_COUNT[0], unit, pub), _ago(_VAGUE_COUNT[1], unit, pub)
            return oldest, newest
        return _ago(count, unit, pub)
    if g["wd"]:
        mod = (g["wd_mod"] or "").lower()
        if not mod and _word_before(text, m.start()) in _weekday_name_words():
            return None  # "Good Friday", "Bloody Sunday", "Super Tuesday"
        weekday = lx.weekdays[g["wd"].lower()]
        t = tense() if mod in ("", "this", "early", "late") else None
        d = _resolve_weekday(weekday, mod, t, pub)
        return d, d
    return None


# ------------------------------------------------------------------------------------------------ API


def resolve_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in `text` with the day or inclusive range of days it stands for.

    Spans are character offsets into `text`; mentions come in text order and never overlap.
    """
    mentions: list[DateMention] = []
    for m in _pattern().finditer(text):
        try:
            resolved = _resolve_match(m, text, published)
        except (ValueError, OverflowError):  # dates beyond the calendar near year 1 or 9999
            resolved = None
        if resolved is not None:
            start_date, end_date = resolved
            mentions.append(DateMention(m.start(), m.end(), m.group(), start_date, end_date))
    return mentions


def event_date(sentence_text: str, published: date | None) -> date | None:
    """The single day a sentence talks about: its first date mention that is exactly one day, else None."""
    for mention in resolve_dates(sentence_text, published):
        if mention.start_date == mention.end_date:
            return mention.start_date
    return None


def find_text_date(text: str) -> date | None:
    """The first full calendar date written out with its year ("Sep 9, 2024", "2024-09-10"), if any.

    Meant for finding a publication date printed in a raw document (a dateline or a byline).
    """
    for mention in resolve_dates(text, None):
        if mention.start_date == mention.end_date:
            return mention.start_date
    return None
