"""From one candidate match to the day or inclusive range of days it stands for."""

from __future__ import annotations

import re
from datetime import date

from briefing.language.dates.lexicon import NUMBER_WORDS, VAGUE_COUNT, lexicon, weekday_name_words
from briefing.language.dates.ranges import (
    RELATIVE_RANGES,
    ago,
    month_range,
    pick_yearless,
    resolve_relative,
    resolve_weekday,
    safe_date,
    season,
)
from briefing.language.dates.tense import tense_at

_LAST_WORD = re.compile(r"(\w+)[^\S\n]+$")


def _word_before(text: str, position: int) -> str:
    """The word just before `position` on the same line, or ""."""
    m = _LAST_WORD.search(text, max(0, position - 30), position)
    return m.group(1) if m else ""


def _year_offset(phrase: str) -> int:
    """ "of last year" -> -1, "of next year" -> 1; "this", "the same" -> 0."""
    word = phrase.split()[-1].lower()
    return {"last": -1, "previous": -1, "next": 1, "following": 1}.get(word, 0)


def _day(token: str) -> int:
    """ "9th" -> 9."""
    return int(token.rstrip("stndrhSTNDRH"))


def resolve_match(m: re.Match[str], text: str, pub: date | None) -> tuple[date, date] | None:
    """The first and last day of the expression `pattern()` matched, or None when it does not resolve
    (no year and no publication date, no such day, "by May" the surname, "Good Friday" the feast)."""
    g = m.groupdict()
    lx = lexicon()

    def tense() -> str | None:  # looked up only when a reading needs it
        return tense_at(text, m.start(), m.end())

    if g["iso"]:
        d = safe_date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
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
                first, last = safe_date(y, month, d1), safe_date(y, month, d2 or d1)
                if first and last:
                    candidates.append((first, last))
            if not candidates:
                return None
            if len(years) == 1:
                return candidates[0]
            assert pub is not None
            return pick_yearless(candidates, pub, tense(), strict=False)
    if g["my_m"]:
        return month_range(int(g["my_y"]), lx.months[g["my_m"].rstrip(".").lower()])
    if g["by_y"]:
        first = int(g["by_y"])
        last = int(g["by_y2"] or g["by_y3"] or first)
        return date(first, 1, 1), date(max(first, last), 12, 31)
    if g["dec"]:
        decade = int(g["dec"])
        lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (7, 9)}.get((g["dec_mod"] or "").lower(), (0, 9))
        return date(decade + lo, 1, 1), date(decade + hi, 12, 31)
    if g["sea_y"]:
        return season(g["sea_y_name"].lower(), int(g["sea_y"]))
    if pub is None:
        return None
    if g["bm_m"]:
        month = lx.months[g["bm_m"].lower()]
        lead = g["bm_lead"].lower()
        if month == 5 and g["bm_m"] == "May" and lead not in lx.may_leads:
            return None  # "by May", "to May", "of May": the surname far more often than the month
        if g["bm_rel"]:
            return month_range(pub.year + _year_offset(g["bm_rel"]), month)
        if lead == "last":
            y = pub.year if month < pub.month else pub.year - 1
            return month_range(y, month)
        if lead == "next":
            y = pub.year if month > pub.month else pub.year + 1
            return month_range(y, month)
        if lead == "this":
            return month_range(pub.year, month)
        candidates = [month_range(y, month) for y in (pub.year - 1, pub.year, pub.year + 1)]
        return pick_yearless(candidates, pub, tense())
    if g["rel"]:
        phrase = " ".join(g["rel"].lower().split())
        needs_tense = phrase.endswith("weekend") and phrase not in RELATIVE_RANGES
        return resolve_relative(phrase, pub, tense() if needs_tense else None)
    if g["sea"]:
        name, mod = g["sea"].lower(), g["sea_mod"].lower()
        candidates = [season(name, y) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
        if mod in ("last", "past"):
            return max(c for c in candidates if c[1] < pub)
        if mod == "next":
            return min(c for c in candidates if c[0] > pub)
        current = [c for c in candidates if c[0] <= pub <= c[1]]
        if current:
            return current[0]
        if mod == "coming":
            return min(c for c in candidates if c[0] > pub)
        return pick_yearless(candidates, pub, tense())
    if g["past_n"]:
        n = g["past_n"].lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS[n] or VAGUE_COUNT[1]
        return ago(count, g["past_u"].lower().rstrip("s"), pub)[0], pub
    if g["ago_n"]:
        n = g["ago_n"].lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS[n]
        unit = g["ago_u"].lower().rstrip("s")
        if count == 0:  # "a few", "several"
            (newest, _), (_, oldest) = ago(VAGUE_COUNT[0], unit, pub), ago(VAGUE_COUNT[1], unit, pub)
            return oldest, newest
        return ago(count, unit, pub)
    if g["wd"]:
        mod = (g["wd_mod"] or "").lower()
        if not mod and _word_before(text, m.start()) in weekday_name_words():
            return None  # "Good Friday", "Bloody Sunday", "Super Tuesday"
        weekday = lx.weekdays[g["wd"].lower()]
        t = tense() if mod in ("", "this", "early", "late") else None
        d = resolve_weekday(weekday, mod, t, pub)
        return d, d
    return None
