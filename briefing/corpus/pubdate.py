"""Publication dates from metadata values, from date lines in the text, and from URL paths."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" \
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TEXT_DATES = [
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.I),   # Sep 9, 2024 / Fri, October 07 2022
    re.compile(rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}", re.I),   # 10 September 2024
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)"),  # 2024-09-10
]
# A line that carries the article's own date: a date alone, or a date after a label.
_LABEL = re.compile(r"^\W*(?:(?:first\s+)?published|posted|updated|last\s+updated|date|modified)\b"
                    r"\s*(?:on|at)?\s*:?\s*",
                    re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|-|$)|/((?:19|20)\d\d)([01]\d)([0-3]\d)/")


def find_date(text: str) -> date | None:
    """The first calendar date written out in `text` (with a year), or None."""
    best: tuple[int, date] | None = None
    for pattern in _TEXT_DATES:
        for match in pattern.finditer(text):
            found = _from_match(match)
            if found and (best is None or match.start() < best[0]):
                best = (match.start(), found)
                break
    return best[1] if best else None


def date_line(line: str) -> tuple[date, bool] | None:
    """If `line` is a date stamp ("Sep 9, 2024", "Updated 10 September 2024"), its date and whether it is an update.

    Only short lines count, so a body sentence that mentions a date is never taken for the publication date.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 80:
        return None
    label = _LABEL.match(stripped)
    rest = stripped[label.end():] if label else stripped
    found = find_date(rest)
    if found is None:
        return None
    leftover = re.sub(r"[\d:apm.,|/\s-]|\b(?:utc|gmt|edt|est|cet|bst|et|pt)\b", "", _strip_dates(rest), flags=re.I)
    if not label and len(leftover) > 12:
        return None
    return found, bool((label and "updat" in label.group().lower()) or (label and "modif" in label.group().lower()))


def _strip_dates(text: str) -> str:
    for pattern in _TEXT_DATES:
        text = pattern.sub("", text)
    return re.sub(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b", "", text, flags=re.I)


def url_date(url: str) -> date | None:
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    parts = [g for g in match.groups() if g is not None]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def parse_metadata_date(value: str, tz: str = "UTC") -> date | None:
    """A date from a metadata value: ISO 8601, RFC 2822 (RSS pubDate), epoch seconds or written-out dates.

    Aware timestamps are converted to the configured timezone before taking the day.
    """
    value = value.strip()
    if not value:
        return None
    moment: datetime | None = None
    if re.fullmatch(r"\d{9,10}(?:\.\d+)?", value):
        moment = datetime.fromtimestamp(float(value), tz=timezone.utc)
    else:
        iso = value.replace("Z", "+00:00") if value.endswith("Z") else value
        try:
            moment = datetime.fromisoformat(iso)
        except ValueError:
            try:
                moment = parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                moment = None
    if moment is None:
        return find_date(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(_zone(tz))
    return moment.date()


def _zone(name: str) -> ZoneInfo | timezone:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone.utc


def _from_match(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else MONTHS.get(groups["month"].lower().rstrip(".")[:4]) or \
        MONTHS.get(groups["month"].lower()[:3])
    try:
        return date(int(groups["year"]), int(month or 0), int(groups["day"]))
    except (ValueError, TypeError):
        return None
