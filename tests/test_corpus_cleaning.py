"""Cleaning raw scrapes: furniture set aside with a reason, prose kept, header roles, nothing lost."""

from __future__ import annotations

import pytest

from briefing.corpus.cleaning import clean

P1 = ("The port authority said on Wednesday that container traffic had fallen by a third since the spring, "
      "as shipping lines diverted vessels around the cape.")
P2 = ("Dock workers in the city have staged three strikes this year over pay, and union leaders warned that "
      "a fourth stoppage could come before the end of the month.")
P3 = ("Economists expect the slowdown to weigh on regional growth figures that are due to be published in "
      "the first week of next month.")


def _scrape(*, head: tuple[str, ...] = (), middle: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> str:
    parts = [*head, P1, *middle, P2, P3, *tail]
    return "\n\n".join(parts) + "\n"


def _role_of(cleaned, text: str) -> tuple[str, str]:
    matches = [line for line in cleaned.lines if line.text.strip() == text]
    assert matches, f"{text!r} not in lines"
    return matches[0].role, matches[0].reason


# (line, where it sits, reason expected): a table of the chrome scrapers pick up.
FURNITURE = [
    ("Skip to content", "head", "navigation"),
    ("Jump to navigation", "head", "navigation"),
    ("Main menu", "head", "navigation"),
    ("Log in / Sign up", "head", "navigation"),
    ("Share on Facebook", "middle", "share"),
    ("Facebook / Twitter / WhatsApp", "middle", "share"),
    ("Subscribe", "tail", "share"),
    ("Follow us", "tail", "share"),
    ("Advertisement", "middle", "advertising"),
    ("Story continues below advertisement", "middle", "advertising"),
    ("Sign up for our daily newsletter to get the stories that matter", "tail", "promo"),
    ("Click here to download our app", "tail", "promo"),
    ("Watch: Harbour cranes stand idle", "middle", "promo"),
    ("You might also like", "tail", "related"),
    ("Related stories", "tail", "related"),
    ("Most read", "tail", "related"),
    ("Newspapers in French", "tail", "newspaper"),
    ("Mailing address:", "head", "address"),
    ("1200 Harbor View Road", "head", "address"),
    ("Springfield, IL 62704", "head", "address"),
    ("Source: Reuters", "tail", "credit"),
    ("This article first appeared on example-news.org", "tail", "credit"),
    ("Originally published on The Harbour Gazette", "tail", "credit"),
    ("Photo: Jane Doe/Reuters", "middle", "credit"),
    ("(Reporting by Ann Smith; Editing by Bob Jones)", "tail", "credit"),
    ("Dockers at the gate on Monday. (AP Photo/John Roe)", "middle", "credit"),
    ("kjd/xyz/abc", "tail", "slug"),
    ("###", "tail", "slug"),
    ("We use cookies to improve your experience on our site.", "tail", "cookie"),
    ("Privacy policy", "tail", "cookie"),
    ("© 2024 Harbour Media Group. All rights reserved.", "tail", "legal"),
    ("12 comments", "tail", "comments"),
    ("5 min read", "head", "timestamp"),
]


@pytest.mark.parametrize(("line", "where", "reason"), FURNITURE)
def test_furniture_is_set_aside_with_reason(line: str, where: str, reason: str) -> None:
    cleaned = clean(_scrape(**{where: (line,)}))
    assert _role_of(cleaned, line) == ("furniture", reason)
    assert line not in cleaned.body
    assert cleaned.body.startswith(P1[:30]) and P3 in cleaned.body


# Ordinary story sentences that mention the words furniture rules look for: they stay in the body.
PROSE = [
    "The newsletter, which the union sends to its members every week, called for the strike to continue.",
    "Regulators said the company had used cookies to track users without their consent for several years.",
    "The source of the leak, according to two officials, was a contractor working for the port authority.",
    "Readers who subscribe to the paper's print edition will notice the change from Monday, the editor said.",
    "Officials said they would share the findings with the public and with other ports along the coast.",
    "She said the photo was taken at the gate on Monday, hours before the police arrived at the docks.",
    "Related talks between the two governments, held in secret last year, ended without any agreement.",
    "You may also like to know that the harbour was first opened in 1872, the museum guide told visitors.",
]


@pytest.mark.parametrize("sentence", PROSE)
def test_prose_mentioning_furniture_words_is_kept(sentence: str) -> None:
    for where in ("middle", "tail"):
        cleaned = clean(_scrape(**{where: (sentence,)}))
        assert _role_of(cleaned, sentence) == ("body", "")
        assert sentence in cleaned.body


def test_promo_block_after_related_heading_is_set_aside() -> None:
    tail = ("You may also like", "Harbour strikes spread to the north", "New cranes arrive at the port")
    cleaned = clean(_scrape(tail=tail))
    assert [_role_of(cleaned, t)[0] for t in tail] == ["furniture"] * 3
    assert cleaned.body.endswith(P3)


@pytest.mark.parametrize(("header", "roles", "title", "author", "outlet"), [
    (("Harbour traffic falls by a third", "By Maria Lopez"), ("headline", "byline"),
     "Harbour traffic falls by a third", "Maria Lopez", ""),
    (("Reuters", "Harbour traffic falls by a third", "By Maria Lopez and Tom Green, Reuters"),
     ("outlet", "headline", "byline"), "Harbour traffic falls by a third", "Maria Lopez and Tom Green", "Reuters"),
    (("World", "Harbour traffic falls by a third", "Container volumes keep sliding", "Sep 9, 2024"),
     ("section", "headline", "standfirst", "date"), "Harbour traffic falls by a third", "", ""),
])
def test_header_roles(header: tuple[str, ...], roles: tuple[str, ...], title: str, author: str,
                      outlet: str) -> None:
    cleaned = clean(_scrape(head=header))
    assert tuple(_role_of(cleaned, h)[0] for h in header) == roles
    assert (cleaned.title, cleaned.author, cleaned.outlet) == (title, author, outlet)
    assert cleaned.body.startswith(P1[:30])


@pytest.mark.parametrize(("opener", "dateline"), [
    ("WASHINGTON (AP) — ", "WASHINGTON (AP)"),
    ("KYIV, Ukraine — ", "KYIV, Ukraine"),
    ("LONDON -- ", "LONDON"),
])
def test_dateline_is_taken_off_the_first_paragraph(opener: str, dateline: str) -> None:
    cleaned = clean(f"Harbour traffic falls by a third\n\n{opener}{P1}\n\n{P2}\n")
    assert cleaned.dateline == dateline
    assert cleaned.body.startswith(P1)


@pytest.mark.parametrize(("credit", "outlet"), [
    ("Source: Harbour Gazette", "Harbour Gazette"),
    ("This post appeared first on harbourgazette.com", "harbourgazette.com"),
])
def test_outlet_from_credit_line(credit: str, outlet: str) -> None:
    assert clean(_scrape(tail=(credit,))).outlet == outlet


def test_hints_from_metadata_pick_headline_and_outlet() -> None:
    cleaned = clean(_scrape(head=("Harbour Gazette", "Harbour traffic falls")),
                    title_hint="Harbour traffic falls", source_hint="Harbour Gazette")
    assert _role_of(cleaned, "Harbour Gazette")[0] == "outlet"
    assert _role_of(cleaned, "Harbour traffic falls")[0] == "headline"


def test_hard_wrapped_paragraph_is_joined() -> None:
    cleaned = clean("Harbour traffic falls by a third\n\nThe port authority said on Wednesday that container\n"
                    "traffic had fallen by a third since the spring, as shipping\nlines diverted vessels.\n")
    assert cleaned.body == ("The port authority said on Wednesday that container traffic had fallen by a third "
                            "since the spring, as shipping lines diverted vessels.")


@pytest.mark.parametrize(("raw", "body"), [
    # no line ends in sentence punctuation: the text is still the body, not all header
    ("Markets closed higher on the day\n\nBanks led the gains in late trading", "Banks led the gains in late trading"),
    ("单行新闻 没有 句号 的 文字 仍然 是 正文", "单行新闻 没有 句号 的 文字 仍然 是 正文"),
    # a sentence end hidden behind a terminal escape sequence still counts
    (f"Harbour traffic falls by a third\n\n{P1}\x1b[2J\n\n{P2}\x07", f"{P1}\x1b[2J\n\n{P2}\x07"),
])
def test_text_without_full_sentences_is_not_dropped(raw: str, body: str) -> None:
    assert clean(raw).body == body


@pytest.mark.parametrize("raw", [
    _scrape(head=("Skip to content", "Harbour traffic falls", "By Maria Lopez", "Sep 9, 2024", "Sep 9, 2024"),
            middle=("Advertisement", "Watch: cranes"), tail=("Related", "A", "B", "Source: AP", "kjd/xyz")),
    "  leading spaces\r\nwindows line\r\n\r\n\tTabbed\x0bvertical tab\x1cfile sep\u2028line sep\n",
    "Header\n\n" + "\n".join(f"line {i} of a wrapped paragraph" for i in range(50)),
])
def test_nothing_lost_every_nonblank_line_once(raw: str) -> None:
    cleaned = clean(raw)
    expected = [t for t in raw.splitlines() if t.strip()]
    assert [line.text for line in cleaned.lines] == expected
    for line in cleaned.lines:
        assert raw[line.start:line.end] == line.text
        assert (line.role == "furniture") == bool(line.reason)
