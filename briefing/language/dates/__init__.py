"""Date expressions in news text, resolved against the article's publication date.

`pattern` finds candidates ("on Tuesday", "Sept. 9", "last month", "2024-09-10", ...); `resolve` turns
each into a day or an inclusive range of days. Expressions without a year ("Friday", "in January",
"September 9") are placed by the `tense` of the sentence around them: future cues ("will", "is expected
to", "plans to", ...) put them ahead of the publication date, anything else behind it. A weekday equal to
the publication weekday is the publication day itself, whatever the tense: news wires write "on Tuesday"
for the day they publish. `ranges` holds the calendar arithmetic, `lexicon` the word lists
(`briefing/data/date_*.txt`).

With no publication date only expressions that carry a year resolve.
"""

from __future__ import annotations

from datetime import date

from briefing.language.dates.pattern import pattern
from briefing.language.dates.resolve import resolve_match
from briefing.language.dates.tense import FUTURE, PAST
from briefing.models import DateMention

__all__ = ["FUTURE", "PAST", "event_date", "find_text_date", "resolve_dates"]


def resolve_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in `text` with the day or inclusive range of days it stands for.

    Spans are character offsets into `text`; mentions come in text order and never overlap.
    """
    mentions: list[DateMention] = []
    for m in pattern().finditer(text):
        try:
            resolved = resolve_match(m, text, published)
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
