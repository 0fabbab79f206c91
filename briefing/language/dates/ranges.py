"""Calendar arithmetic for date mentions: months, weeks, weekends, seasons, "N ago", relative phrases
("last week", "the coming month") and the choice of year for a yearless date."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from briefing.language.dates.lexicon import seasons
from briefing.language.dates.tense import FUTURE, PAST


def safe_date(y: int, m: int, d: int) -> date | None:
    """The date, or None when there is no such day ("February 30")."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_range(y: int, m: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + delta
    return index // 12, index % 12 + 1


def _week(d: date, weeks: int = 0) -> tuple[date, date]:
    """Monday..Sunday of the week of `d`, `weeks` weeks later (or earlier, when negative)."""
    monday = d - timedelta(days=d.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


def _weekend(pub: date, direction: str) -> tuple[date, date]:
    """Saturday..Sunday: the most recent one (a weekend in progress counts) or the next one."""
    if direction == PAST:
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    else:
        saturday = pub + timedelta(days=(5 - pub.weekday()) % 7)
    return saturday, saturday + timedelta(days=1)


def pick_yearless(
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


def resolve_weekday(weekday: int, mod: str, tense: str | None, pub: date) -> date:
    """The day a weekday name stands for, by its modifier ("last", "next", ...) or else by tense. With no
    modifier, the publication weekday is the publication day itself."""
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


def _last_weekend(pub: date) -> tuple[date, date]:
    """The Saturday..Sunday that ended before the publication day."""
    sunday = pub - timedelta(days=(pub.weekday() + 1) % 7 or 7)
    return sunday - _DAY, sunday


def _year_range(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


# Relative phrase -> its days, from the publication date. Weekend phrases without a direction
# ("over the weekend", "this weekend") depend on tense and are handled in resolve_relative.
RELATIVE_RANGES: dict[str, Callable[[date], tuple[date, date]]] = {
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
    "this month": lambda p: month_range(p.year, p.month),
    "earlier this month": lambda p: (p.replace(day=1), p),
    "later this month": lambda p: (p, month_range(p.year, p.month)[1]),
    "last month": lambda p: month_range(*_shift_month(p.year, p.month, -1)),
    "next month": lambda p: month_range(*_shift_month(p.year, p.month, 1)),
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
    "the past few months": lambda p: (ago(6, "month", p)[0], p),
    "in recent months": lambda p: (ago(6, "month", p)[0], p),
}
_SAME_DAY = frozenset(
    ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today", "later today")
)


def resolve_relative(phrase: str, pub: date, tense: str | None) -> tuple[date, date] | None:
    """The days of a relative phrase ("yesterday", "last week", "over the weekend")."""
    if phrase in _SAME_DAY:
        return pub, pub
    resolver = RELATIVE_RANGES.get(phrase)
    if resolver is not None:
        return resolver(pub)
    if phrase.endswith("weekend"):  # over/at/during/on the weekend, this weekend
        return _weekend(pub, FUTURE if tense == FUTURE else PAST)
    return None


def ago(count: int, unit: str, pub: date) -> tuple[date, date]:
    """ "3 days ago", "2 weeks ago": that day; "3 months ago": that month; "8 years ago": that year."""
    if unit == "day":
        d = pub - timedelta(days=count)
        return d, d
    if unit == "week":
        d = pub - timedelta(weeks=count)
        return d, d
    if unit == "month":
        return month_range(*_shift_month(pub.year, pub.month, -count))
    return date(pub.year - count, 1, 1), date(pub.year - count, 12, 31)


def season(name: str, year: int) -> tuple[date, date]:
    """The season that starts in `year` ("winter 2022" runs from December 2022 into February 2023)."""
    first, last = seasons()[name]
    end_year = year + 1 if last < first else year
    return date(year, first, 1), month_range(end_year, last)[1]
