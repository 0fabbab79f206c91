"""The one precompiled regex that finds date expression candidates ("on Tuesday", "Sept. 9", "last month",
"2024-09-10", ...), with a named group for each part the resolver reads."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from briefing.language.dates.lexicon import (
    NUMBER_WORDS,
    RELATIVE,
    SEASON_MODS,
    WEEKDAY_MODS,
    YEAR_LEADS,
    lexicon,
    seasons,
)


def trie(words: Iterable[str]) -> str:
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


def cased(words: Iterable[str], lower: bool = False) -> set[str]:
    """Title-case and UPPER-case spellings (and lower case when `lower`): never "may", "march", "sun"."""
    variants = set()
    for word in words:
        variants |= {word[:1].upper() + word[1:].lower(), word.upper()}
        if lower:
            variants.add(word.lower())
    return variants


def _names(words: Iterable[str]) -> str:
    return trie(cased(words))


def words_ci(words: Iterable[str]) -> str:
    """Case-insensitive alternation of words or phrases (any run of spaces between a phrase's words)."""
    return "(?i:" + trie({" ".join(w.lower().split()) for w in words}) + ")"


_SPACE = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"


@lru_cache(maxsize=1)
def pattern() -> re.Pattern[str]:
    """Every date expression shape as one alternation, behind a gate that lets the scan skip most words."""
    lx = lexicon()
    mon = _names(lx.all_months) + r"(?![\w'’-])\.?"
    fmon = _names(lx.full_months) + r"(?![\w'’-])"
    wday_any = _names(lx.all_weekdays) + r"(?!\w)\.?"
    wday = _names(lx.full_weekdays) + r"(?!\w)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
    year = r"(?:1[89]\d\d|2[01]\d\d)(?![\w]|[,.]\d)"
    number = words_ci(tuple(NUMBER_WORDS)) + r"|\d{1,3}"
    leads = words_ci(lx.month_leads)
    year_leads = words_ci(YEAR_LEADS)
    wd_prefix = rf"(?:(?P<{{g}}>{wday_any}),?\s+)?"
    season_words = words_ci(tuple(seasons()))
    season_leads = words_ci(("the", "in", "during", "since", "until", "by", "early", "late", "mid", "through"))
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
        rf"(?P<sea_mod>{words_ci(SEASON_MODS)})\s+(?P<sea>{season_words})(?!\w)",
        # (a lead word or a capital is needed: "prices fall 2000 points")
        rf"(?:(?:{season_leads})\s+(?:the\s+)?|(?=[A-Z]))(?P<sea_y_name>{season_words})\s+(?:of\s+)?(?P<sea_y>{year})",
        # the past 30 days, over the past two weeks
        rf"(?P<past_lead>(?i:the\s+past))\s+(?P<past_n>{number})\s+(?P<past_u>(?i:days|weeks|months|years))(?!\w)",
        # yesterday, last week, over the weekend, ...
        rf"(?P<rel>{words_ci(RELATIVE)})(?![\w])",
        # three days ago, a week ago
        rf"(?P<ago_n>{number})\s+(?P<ago_u>(?i:days?|weeks?|months?|years?))\s+(?i:ago)(?!\w)",
        # (last|next|this|later|earlier) Tuesday (morning)
        rf"(?:(?P<wd_mod>{words_ci(WEEKDAY_MODS)})\s+)?"
        rf"(?P<wd>{wday})(?!\.?,?\s+(?:{mon}|\d))",
    ]
    # Every match starts with a digit, a month or weekday name, a one-word expression ("yesterday"), or a
    # lead word followed by a digit, a capital ("in January", "last Tuesday") or a known second word
    # ("last week", "over the weekend", "a few days ago"). Checking that first lets the scan skip most
    # word starts ("the", "in", "a" are common) without trying every alternative.
    names = list(lx.all_months) + list(lx.all_weekdays)
    phrases = [phrase.split() for phrase in RELATIVE]
    singles = [words[0] for words in phrases if len(words) == 1] + list(seasons())
    leads = (
        list(lx.month_leads)
        + list(YEAR_LEADS)
        + list(WEEKDAY_MODS)
        + list(NUMBER_WORDS)
        + list(SEASON_MODS)
        + [words[0] for words in phrases if len(words) > 1]
        + ["the"]
    )
    seconds = [" ".join(words[1:3]) if words[1] == "the" else words[1] for words in phrases if len(words) > 1]
    seconds += [*seasons(), "few", "the month", "day", "days", "week", "weeks", "month", "months", "year", "years"]
    gate = (
        rf"(?=\d|{trie(cased(names))}(?!\w)|{trie(cased(singles, lower=True))}(?!\w)"
        rf"|{trie(cased(leads, lower=True))}(?:-|\s+)(?:[A-Z0-9]|{words_ci(seconds)}(?!\w)))"
    )
    pattern = r"(?<![\w/-])" + gate + "(?:" + "|".join(alternatives) + ")"
    # White space inside an expression may hold one line break (wrapped text), never a blank line:
    # "in May\n\n2 comments" is not May 2.
    pattern = pattern.replace(r"\s+", _SPACE).replace(r"\s*", f"(?:{_SPACE})?")
    return re.compile(pattern)
