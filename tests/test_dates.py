"""Date expressions resolved against a publication date: a table of sentences and what they mean."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.language.dates import event_date, find_text_date, resolve_dates

TUE = date(2024, 9, 10)  # a Tuesday
SAT = date(2024, 3, 16)  # a Saturday
D = date.fromisoformat

# (sentence, published, [(mention text, start date, end date), ...]) -- every mention, in order.
CASES = [
    # weekdays: same weekday as publication is that day, whatever the tense
    ("The ministers met on Tuesday.", TUE, [("Tuesday", "2024-09-10", "2024-09-10")]),
    ("Tuesday's vote was delayed.", TUE, [("Tuesday", "2024-09-10", "2024-09-10")]),
    ("The ministers will meet on Tuesday.", TUE, [("Tuesday", "2024-09-10", "2024-09-10")]),
    ("Later Tuesday, the president spoke to reporters.", TUE, [("Later Tuesday", "2024-09-10", "2024-09-10")]),
    # weekdays: past by default, future with future cues
    ("Officials said on Monday that the talks had failed.", TUE, [("Monday", "2024-09-09", "2024-09-09")]),
    ("Protests erupted Sunday in the capital.", TUE, [("Sunday", "2024-09-08", "2024-09-08")]),
    ("The leaders signed the deal on Friday.", TUE, [("Friday", "2024-09-06", "2024-09-06")]),
    ("The ministers will meet on Friday.", TUE, [("Friday", "2024-09-13", "2024-09-13")]),
    ("The leaders are expected to sign the deal on Friday.", TUE, [("Friday", "2024-09-13", "2024-09-13")]),
    ("The council plans to vote on Wednesday.", TUE, [("Wednesday", "2024-09-11", "2024-09-11")]),
    ("The council voted on Wednesday.", TUE, [("Wednesday", "2024-09-04", "2024-09-04")]),
    ("The summit is to open on Sunday.", TUE, [("Sunday", "2024-09-15", "2024-09-15")]),
    ("We expect the pipeline to come back on Thursday.", TUE, [("Thursday", "2024-09-12", "2024-09-12")]),
    (
        "We will arrive late on Monday, followed by meetings on Wednesday.",
        D("2024-09-06"),
        [("Monday", "2024-09-09", "2024-09-09"), ("Wednesday", "2024-09-11", "2024-09-11")],
    ),
    ("He said on Friday that the talks will resume soon.", TUE, [("Friday", "2024-09-06", "2024-09-06")]),
    ("Talks will continue later Thursday.", TUE, [("later Thursday", "2024-09-12", "2024-09-12")]),
    ("They spoke last Tuesday.", TUE, [("last Tuesday", "2024-09-03", "2024-09-03")]),
    ("They meet next Tuesday.", TUE, [("next Tuesday", "2024-09-17", "2024-09-17")]),
    (
        "The United States and allies warned Iran on Friday that major Western economies will pile new "
        "sanctions on Tehran.",
        SAT,
        [("Friday", "2024-03-15", "2024-03-15")],
    ),
    (
        "The Pentagon announced, after talks on Thursday, that it would send more aid.",
        SAT,
        [("Thursday", "2024-03-14", "2024-03-14")],
    ),
    # relative days, weeks, months, years
    (
        "He arrived yesterday and leaves tomorrow.",
        TUE,
        [("yesterday", "2024-09-09", "2024-09-09"), ("tomorrow", "2024-09-11", "2024-09-11")],
    ),
    ("Today the parliament votes.", TUE, [("Today", "2024-09-10", "2024-09-10")]),
    ("The mission said last month that it had no plans.", SAT, [("last month", "2024-02-01", "2024-02-29")]),
    ("Strikes intensified last week.", TUE, [("last week", "2024-09-02", "2024-09-08")]),
    ("The envoy is in Kyiv this week.", TUE, [("this week", "2024-09-09", "2024-09-15")]),
    ("The envoy travels to Kyiv next week.", TUE, [("next week", "2024-09-16", "2024-09-22")]),
    ("Prices rose earlier this month.", TUE, [("earlier this month", "2024-09-01", "2024-09-10")]),
    ("Exports fell last year.", TUE, [("last year", "2023-01-01", "2023-12-31")]),
    ("Drones struck the city over the weekend.", TUE, [("over the weekend", "2024-09-07", "2024-09-08")]),
    ("Rallies will be held over the weekend.", TUE, [("over the weekend", "2024-09-14", "2024-09-15")]),
    ("Talks collapsed last weekend.", D("2024-09-15"), [("last weekend", "2024-09-07", "2024-09-08")]),
    ("Markets will reopen after this weekend.", TUE, [("this weekend", "2024-09-14", "2024-09-15")]),
    ("The village was shelled three days ago.", TUE, [("three days ago", "2024-09-07", "2024-09-07")]),
    # months without a year: most recent (past) or next (future), never after publication in the past
    ("Prices rose in January.", TUE, [("in January", "2024-01-01", "2024-01-31")]),
    ("Talks are expected to resume in January.", TUE, [("in January", "2025-01-01", "2025-01-31")]),
    ("Inflation peaked in September.", TUE, [("in September", "2024-09-01", "2024-09-30")]),
    ("The vote was held in October.", TUE, [("in October", "2023-10-01", "2023-10-31")]),
    ("Elections will take place in October.", TUE, [("in October", "2024-10-01", "2024-10-31")]),
    ("Fighting intensified in mid-January.", TUE, [("mid-January", "2024-01-01", "2024-01-31")]),
    ("The village was shelled a few days ago.", TUE, [("few days ago", "2024-09-04", "2024-09-08")]),
    ("It was eight years ago that the war began.", TUE, [("eight years ago", "2016-01-01", "2016-12-31")]),
    ("Three months ago, we lowered our flag.", TUE, [("Three months ago", "2024-06-01", "2024-06-30")]),
    ("She chaired the meeting in March of last year.", TUE, [("in March of last year", "2023-03-01", "2023-03-31")]),
    ("Cases rose over the past 30 days.", TUE, [("the past 30 days", "2024-08-11", "2024-09-10")]),
    ("Taxes were collected from 2004 to 2009.", TUE, [("from 2004 to 2009", "2004-01-01", "2009-12-31")]),
    ("The style peaked in the 1960s.", TUE, [("1960s", "1960-01-01", "1969-12-31")]),
    ("The fields flooded last summer.", D("2024-07-01"), [("last summer", "2023-06-01", "2023-08-31")]),
    ("The fields flooded in summer 2022.", TUE, [("in summer 2022", "2022-06-01", "2022-08-31")]),
    ("Prices fall 2000 points when rates rise.", TUE, []),
    (
        "Lammy will accompany him on Wednesday, his first trip since coming to office in July.",
        TUE,
        [("Wednesday", "2024-09-11", "2024-09-11"), ("in July", "2024-07-01", "2024-07-31")],
    ),
    ("The envoy will stay, as she has since March.", TUE, [("since March", "2024-03-01", "2024-03-31")]),
    # calendar dates
    (
        "The envoy will travel to Brussels from April 19 to 22.",
        D("2022-04-18"),
        [("April 19 to 22", "2022-04-19", "2022-04-22")],
    ),
    ("They will discuss the April 19 agreement.", D("2021-06-04"), [("April 19", "2021-04-19", "2021-04-19")]),
    ("The meeting was scheduled for Sept. 20.", TUE, [("Sept. 20", "2024-09-20", "2024-09-20")]),
    ("Without the vote on Friday, the deal would have collapsed.", TUE, [("Friday", "2024-09-06", "2024-09-06")]),
    ("The attack happened on September 9.", TUE, [("September 9", "2024-09-09", "2024-09-09")]),
    ("The attack on Sept. 9 killed five people.", TUE, [("Sept. 9", "2024-09-09", "2024-09-09")]),
    ("The Sept. 20 summit in New York.", TUE, [("Sept. 20", "2024-09-20", "2024-09-20")]),
    ("On December 28, troops crossed the river.", D("2024-01-05"), [("December 28", "2023-12-28", "2023-12-28")]),
    ("The law will take effect on May 5.", TUE, [("May 5", "2025-05-05", "2025-05-05")]),
    ("Hearings ran September 9-11.", TUE, [("September 9-11", "2024-09-09", "2024-09-11")]),
    ("Russia invaded in February 2022.", TUE, [("February 2022", "2022-02-01", "2022-02-28")]),
    ("Russia has occupied Crimea since 2014.", TUE, [("since 2014", "2014-01-01", "2014-12-31")]),
    ("The statement of 9 September 2024 was clear.", None, [("9 September 2024", "2024-09-09", "2024-09-09")]),
    ("Signed September 9, 2024, in Kyiv.", None, [("September 9, 2024", "2024-09-09", "2024-09-09")]),
    ("Posted 2024-09-10 by the desk.", None, [("2024-09-10", "2024-09-10", "2024-09-10")]),
    ("Published Wed, Sept. 11, 2024.", None, [("Wed, Sept. 11, 2024", "2024-09-11", "2024-09-11")]),
    (
        "On Tuesday, September 10, 2024, the envoy arrived.",
        TUE,
        [("Tuesday, September 10, 2024", "2024-09-10", "2024-09-10")],
    ),
    # no publication date: only dates with a year
    ("The ministers met on Tuesday and will meet again in January.", None, []),
    ("Exports fell last year, and again in March 2023.", None, [("March 2023", "2023-03-01", "2023-03-31")]),
    # words that look like dates and are not
    ("Theresa May said the plan may work.", TUE, []),
    ("Officials may use them, and we will respond.", TUE, []),
    ("We thank the Sun newspaper and Wed magazine.", TUE, []),
    ("Protesters march on the capital; a letter to May arrived.", TUE, []),
    ("Theresa May met Macron in May.", D("2019-06-01"), [("in May", "2019-05-01", "2019-05-31")]),
    ("Troops began to march in March.", TUE, [("in March", "2024-03-01", "2024-03-31")]),
    ("The 2,031 releases cost 1500 dollars in 50 states.", TUE, []),
    ("June Carter sang at the August meeting.", TUE, []),
    ("The 2 Mar-a-Lago searches drew protests.", TUE, []),
    ("The treaty was signed 100 years ago.", TUE, [("100 years ago", "1924-01-01", "1924-12-31")]),
    ("Markets close on Sundays, and shops close on Good Friday.", TUE, []),
    ("Marchers recalled Bloody Sunday on Sunday.", TUE, [("Sunday", "2024-09-08", "2024-09-08")]),
    ("Comments are closed since May\n\n2 comments", TUE, [("since May", "2024-05-01", "2024-05-31")]),
    ("It ends on September\n9, 2024 at noon.", TUE, [("September\n9, 2024", "2024-09-09", "2024-09-09")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_resolve_dates(text: str, published: date | None, expected: list[tuple[str, str, str]]) -> None:
    got = [(m.text, m.start_date.isoformat(), m.end_date.isoformat()) for m in resolve_dates(text, published)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The G-7 warned on Friday that sanctions will come next week.", SAT, D("2024-03-15")),
        ("Sanctions imposed last month were widened on Monday.", TUE, D("2024-09-09")),
        ("Sanctions imposed last month were widened.", TUE, None),
        ("Nothing about time here.", TUE, None),
        ("The ministers met on Tuesday.", None, None),
    ],
)
def test_event_date(text: str, published: date | None, expected: date | None) -> None:
    assert event_date(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KYIV, Sep 9, 2024 (AFP) - Russia fired", D("2024-09-09")),
        ("Updated 2024-09-10 08:00 GMT", D("2024-09-10")),
        ("Published in March 2024 on Tuesday", None),
        ("no date at all", None),
    ],
)
def test_find_text_date(text: str, expected: date | None) -> None:
    assert find_text_date(text) == expected


def test_spans_point_into_text() -> None:
    text = "WASHINGTON — The allies warned Iran on Friday. Talks resume next week, on Sept. 20."
    for mention in resolve_dates(text, SAT):
        assert text[mention.start : mention.end] == mention.text


_FRAGMENTS = st.sampled_from([
    "on Tuesday", "Sept. 9", "May", "may", "in May", "9 September 2024", "2024-02-30", "2024-09-10", "last week",
    "will", "said", "over the weekend", "Feb 29", "31 June", "mid-", "in 2099", "three days ago", ", ", ". ",
    "Wed,", "Sun", "the 9th of", "December", "next", " ", "\n\n", "U.S.", "Mr.", "9-11", "ago",
])  # fmt: skip
_TEXT = st.lists(st.one_of(st.text(max_size=12), _FRAGMENTS), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, published=st.one_of(st.none(), st.dates()))
def test_arbitrary_text_never_raises(text: str, published: date | None) -> None:
    mentions = resolve_dates(text, published)
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start_date <= mention.end_date
        previous_end = mention.end
    day = event_date(text, published)
    assert day is None or any(m.start_date == day == m.end_date for m in mentions)
