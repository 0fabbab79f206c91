"""Date vocabulary: month, weekday, season and cue words from `briefing/data/date_*.txt`, and the fixed
word lists the date pattern is built from."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def data_rows(name: str) -> list[list[str]]:
    """Non-comment rows of a data file, split on tabs."""
    text = resources.files("briefing").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Lexicon:
    """Month and weekday spellings, month leads and tense cues, as read from the data files."""

    months: dict[str, int]  # every spelling (lower case) -> month number
    full_months: tuple[str, ...]
    all_months: tuple[str, ...]
    weekdays: dict[str, int]
    full_weekdays: tuple[str, ...]
    all_weekdays: tuple[str, ...]
    month_leads: tuple[str, ...]
    may_leads: frozenset[str]  # leads before which "May" is the month, not the surname
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    not_past: frozenset[str]  # "-ed" words that are not past tense ("united", "based")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The date word lists, read once."""
    months: dict[str, int] = {}
    full_m, all_m = [], []
    for name, number, kind in data_rows("date_months.txt"):
        months[name.lower()] = int(number)
        all_m.append(name)
        if kind == "full":
            full_m.append(name)
    weekdays: dict[str, int] = {}
    full_w, all_w = [], []
    for name, number, kind in data_rows("date_weekdays.txt"):
        weekdays[name.lower()] = int(number)
        all_w.append(name)
        if kind == "full":
            full_w.append(name)
    leads, may_leads = [], set()
    for row in data_rows("date_month_lead.txt"):
        leads.append(row[0])
        if len(row) > 1 and row[1] == "ambiguous-ok":
            may_leads.add(row[0])
    return Lexicon(
        months=months,
        full_months=tuple(full_m),
        all_months=tuple(all_m),
        weekdays=weekdays,
        full_weekdays=tuple(full_w),
        all_weekdays=tuple(all_w),
        month_leads=tuple(leads),
        may_leads=frozenset(may_leads),
        future_cues=tuple(row[0] for row in data_rows("date_future_cues.txt")),
        past_cues=tuple(row[0] for row in data_rows("date_past_cues.txt")),
        not_past=frozenset(row[0] for row in data_rows("date_not_past.txt")),
    )


@lru_cache(maxsize=1)
def seasons() -> dict[str, tuple[int, int]]:
    """Season name -> (first month, last month)."""
    return {row[0]: (int(row[1]), int(row[2])) for row in data_rows("date_seasons.txt")}


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Words whose period rarely ends a sentence: "Sept.", "Mr.", and every abbreviated month or weekday."""
    words = [row[0] for row in data_rows("date_abbreviations.txt")]
    for name in ("date_months.txt", "date_weekdays.txt"):
        words += [row[0] for row in data_rows(name) if row[2] == "abbr"]
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=1)
def weekday_name_words() -> frozenset[str]:
    """Words that make a weekday a name rather than a day: "Good Friday", "Super Tuesday"."""
    return frozenset(row[0] for row in data_rows("date_weekday_names.txt"))


NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0,
}  # fmt: skip
# "a few days ago", "several years ago": somewhere between this many units back.
VAGUE_COUNT = (2, 6)

# Relative phrases (normalised: lower case, single spaces) the resolver knows; see ranges.resolve_relative.
RELATIVE = (
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

YEAR_LEADS = (
    "in", "since", "during", "until", "till", "by", "early", "late", "mid", "throughout", "before", "after",
    "from", "between",
)  # fmt: skip
SEASON_MODS = ("last", "this", "next", "past", "coming")
WEEKDAY_MODS = ("last", "next", "this", "coming", "past", "later", "earlier", "early", "late")
