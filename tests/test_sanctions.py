"""Sanctions: each rule as a table of sentence -> (by, targets, status) or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract import find_sanctions, sanction_timeline

CASES = [
    # (text, by, targets, status, measure)
    ("The United States is designating World Human Care, an Indonesia-based organization.",
     ("United States",), ("World Human Care",), "imposed", "designations"),
    ("The European Union imposed sanctions on Iran Air on Monday.", ("European Union",), ("Iran Air",), "imposed",
     "unspecified"),
    ("Germany announced new sanctions against Iran.", ("Germany",), ("Iran",), "announced", "unspecified"),
    ("The allies also expressed intentions to target Iran Air with sanctions.", ("allies",), ("Iran Air",),
     "announced", "unspecified"),
    ("The EU has already repeatedly hit Iran with sanctions for supplying drones.", ("European Union",), ("Iran",),
     "imposed", "unspecified"),
    ("The G7 countries are mulling a plan to prohibit Iran Air, the national carrier, from flying to Europe.",
     ("G7",), ("Iran Air",), "considered", "airline ban"),
    ("Britain warned that it will impose sanctions on Iran if the transfers continue.", ("United Kingdom",),
     ("Iran",), "threatened", "unspecified"),
    ("France lifted sanctions on Iran in 2016.", ("France",), ("Iran",), "lifted", "unspecified"),
    ("Today, the Department of State is imposing visa restrictions on 12 officials.", ("United States",),
     ("12 officials",), "imposed", "visa ban"),
    # revocations and delistings lift; the names after a colon are the targets
    ("Today, the Department of State is announcing the revocation of two Foreign Terrorist Organization (FTO) "
     "designations: Alpha Front and the Beta Brigades.", ("United States",),
     ("two Foreign Terrorist Organization designations", "Alpha Front", "Beta Brigades"), "lifted", "designations"),
    ("The Treasury Department lifted sanctions on Rosneft on Monday.", ("United States",), ("Rosneft",), "lifted",
     "unspecified"),
    ("Acme Shipping was removed from the SDN list.", (), ("Acme Shipping",), "lifted", "designations"),
    # an action named before a relative clause keeps its own status
    ("The Department of State is imposing visa restrictions on Belarusian nationals under the “Khashoggi Ban,” a "
     "policy the Administration announced last year.", ("United States",), ("Belarusian nationals",), "imposed",
     "visa ban"),
    # an Executive Order is never the imposer nor the target; a quoted region is one target
    ("The five organizations will remain designated under Executive Order 13224.", (), ("five organizations",),
     "imposed", "designations"),
    ("The President will sign an Executive Order that will prohibit all new investment in the so-called “Donetsk "
     "People’s Republic” region of Ukraine.", (), ("Donetsk People’s Republic region of Ukraine",), "announced",
     "investment ban"),
    # a threat whose target is the subject of its condition
    ("Leaders agreed to coordinate on next steps, including massive additional economic sanctions, should Russia "
     "continue to escalate.", ("leaders",), ("Russia",), "threatened", "unspecified"),
    # titles: prefixed by a country, or owned by one government, or shared and resolved by the article
    ("British Foreign Secretary James Cleverly announced sanctions against five Iranian officials.",
     ("United Kingdom",), ("five Iranian officials",), "announced", "unspecified"),
    ("Deputy Secretary Sherman announced new sanctions against Belarus.", ("United States",), ("Belarus",),
     "announced", "unspecified"),
]


@pytest.mark.parametrize(("text", "by", "targets", "status", "measure"), CASES)
def test_sanction_rules(text: str, by: tuple, targets: tuple, status: str, measure: str) -> None:
    (found,) = find_sanctions(text)
    assert found.by == by
    assert found.targets == targets
    assert found.status == status
    assert found.measure == measure


NOT_SANCTIONS = [
    "Faced with punishing Western sanctions, Moscow has turned to Iran for weapons.",
    "President Joe Biden has so far barred their use inside Russia.",
    "These sanctions have significant implications for trade.",
    "The announcement of new sanctions coincides with the trip.",
]


@pytest.mark.parametrize("text", NOT_SANCTIONS)
def test_mentions_in_passing_are_not_sanctions(text: str) -> None:
    assert find_sanctions(text) == []


def test_sanctions_on_russia_are_not_sanctions_on_iran() -> None:
    (found,) = find_sanctions("Washington imposed sanctions on Russia after Iran sent missiles.")
    assert found.targets == ("Russia",)


def test_condition_is_kept() -> None:
    (found,) = find_sanctions("Were Iran to proceed, the G7 will impose new sanctions against Iran.")
    assert found.status == "threatened"
    assert found.conditional.startswith("Were Iran to proceed")


def test_timeline_orders_by_date() -> None:
    march = find_sanctions("Britain threatened sanctions against Iran.", published=date(2024, 3, 1))
    sept = find_sanctions("Britain imposed sanctions on Iran.", published=date(2024, 9, 10))
    timeline = sanction_timeline(sept + march)
    assert [s.status for s in timeline[("United Kingdom", "Iran")]] == ["threatened", "imposed"]


# (text, the sentence to check, by, targets, status): targets and imposers that come from the sentence before
DISCOURSE = [
    ("Acme Shipping, formed in 2010, has moved oil for Iran. It was designated by the Department of State in 2019.",
     1, ("United States",), ("Acme Shipping",), "imposed"),
    ("The European Union designated Nord Holdings in March. The company was sanctioned for evading the embargo.",
     1, ("European Union",), ("Nord Holdings",), "imposed"),
    ("The Department of State has imposed visa restrictions on 40 officials of the Ministry of Interior. "
     "The Department has revoked any U.S. visas held by these individuals.",
     1, ("United States",), ("40 officials of the Ministry of Interior",), "imposed"),
    ("A joint declaration was issued by France and Germany. It said that penalties against Iran would be imposed.",
     1, ("France", "Germany"), ("Iran",), "announced"),
    ("The Department of State is revoking two designations: Alpha Front and the Beta Brigades. The Department is "
     "also designating Gamma Group. Therefore, these designations are being revoked.", 2, ("United States",),
     ("Alpha Front", "Beta Brigades"), "lifted"),
]


@pytest.mark.parametrize(("text", "sentence", "by", "targets", "status"), DISCOURSE)
def test_references_to_the_sentence_before(text: str, sentence: int, by: tuple, targets: tuple, status: str) -> None:
    found = {s.sentence: s for s in find_sanctions(text)}[sentence]
    assert (found.by, found.targets, found.status) == (by, targets, status)


@pytest.mark.parametrize(("text", "by"), [
    ("The Secretary of State announced sanctions against Belarus. The U.S. Treasury agreed.", ("United States",)),
    ("The Secretary of State announced sanctions against Belarus. The Foreign Office agreed.", ("United Kingdom",)),
    ("The Secretary of State announced sanctions against Belarus.", ()),
    ("President Lee announced sanctions against Belarus. The U.S. Treasury agreed.", ("Lee",)),
])
def test_a_shared_title_acts_for_the_government_the_article_names(text: str, by: tuple) -> None:
    assert find_sanctions(text)[0].by == by


@pytest.mark.parametrize("text", [
    "Revoking designations and the delisting of deceased individuals ensures our sanctions remain credible.",
    "MMI has been linked to Hay’at Tahrir al-Sham, another designated terrorist group.",
    "Peru’s designation as the host of APEC 2024 was welcomed.",
])
def test_generic_statements_are_not_sanctions(text: str) -> None:
    assert find_sanctions(text) == []


# (text, by, targets, status): rules of the second follow-up
SECOND_FOLLOW_UP = [
    # a modifier may open a named target; titles before a person's name are dropped, a nickname does not cut it
    ("The Department of State has designated former Prime Minister Nikola Gruevski for corruption.",
     ("United States",), ("Nikola Gruevski",), "imposed"),
    ("The United States is designating former President Porfirio “Pepe” Lobo Sosa due to corruption.",
     ("United States",), ("Porfirio Lobo Sosa",), "imposed"),
    # a legal basis between the term and its target
    ("The Treasury has imposed sanctions pursuant to Executive Order 14033 on seven individuals.",
     ("United States",), ("seven individuals",), "imposed"),
    # "sanctionable" is a warning about its subject
    ("Transactions related to Iranian weapons are generally sanctionable.", (),
     ("Transactions related to Iranian weapons",), "threatened"),
    # announcing a designation is making it
    ("The Department of State is announcing the designation of Acme Trading.", ("United States",),
     ("Acme Trading",), "imposed"),
    # "name entities" is a designation; "seek to" weighs it
    ("Germany said it would seek to name entities involved in the missile program.", ("Germany",),
     ("entities involved in the missile program",), "considered"),
    # a relative clause after the term says what is done with it
    ("The official declined to preview other sanctions that the U.S. is mulling.", ("United States",), (),
     "considered"),
    ("Sweden warned that arming the rebels would trigger painful sanctions.", ("Sweden",), (), "threatened"),
    # a known head of state acts for the country
    ("President Biden announced new sanctions against Belarus.", ("United States",), ("Belarus",), "announced"),
    ("Vladimir Putin has imposed sanctions on Estonia.", ("Russia",), ("Estonia",), "imposed"),
    # names listed with a target after "in addition to" are not imposers
    ("In addition to Gruevski, Mijalkov and Tadić, the Department of State is also designating their family members.",
     ("United States",), ("family members",), "imposed"),
]


@pytest.mark.parametrize(("text", "by", "targets", "status"), SECOND_FOLLOW_UP)
def test_second_follow_up_rules(text: str, by: tuple, targets: tuple, status: str) -> None:
    (found,) = find_sanctions(text)
    assert (found.by, found.targets, found.status) == (by, targets, status)


@pytest.mark.parametrize(("text", "sentence", "by", "targets"), [
    # a document as subject: its issuer imposes, never the document
    ("A joint declaration was issued by France and Germany. The declaration outlined that penalties against Iran "
     "would be imposed.", 1, ("France", "Germany"), ("Iran",)),
    # no target named: the one state the article is about, when it clearly dominates
    ("Russia massed troops near Ukraine. Russia denied any plan. Russia then moved tanks. The Kremlin said nothing. "
     "Now the United States has announced new sanctions.", 4, ("United States",), ("Russia",)),
    # two states as often named: no target beats a wrong one
    ("Russia and China held drills. Russia and China signed a pact. Russia and China met again. "
     "Now the United States has announced new sanctions.", 3, ("United States",), ()),
])
def test_imposer_and_target_from_the_article(text: str, sentence: int, by: tuple, targets: tuple) -> None:
    found = {s.sentence: s for s in find_sanctions(text)}[sentence]
    assert (found.by, found.targets) == (by, targets)


_STATE = "https://www.state.gov/briefing/"
VOICE_CASES = [
    # (text, source, by, targets, status): None when no statement should be found
    # a question is not an announcement; a journalist's turn never announces
    ("Is Washington looking at imposing sanctions on Eritrea?", _STATE, None),
    ("QUESTION: The EU imposed new sanctions on Iran today, didn’t it.\nMR PRICE: We welcome that.", _STATE, None),
    # an official's turn: "we" is the official's government (the publishing government's spokesperson)
    ("QUESTION: What about Cuba?\nMR PRICE: We are imposing sanctions on three Cuban officials.", _STATE,
     (("United States",), ("three Cuban officials",), "imposed")),
    # the release's own voice: "the Department", "our" measures in force, "the sanctions we put in place"
    ("The Department is designating Acme Shipping.", _STATE, (("United States",), ("Acme Shipping",), "imposed")),
    ("The Department is designating Acme Shipping.", "", (("department",), ("Acme Shipping",), "imposed")),
    ("Our export controls have been biting.", _STATE, (("United States",), (), "imposed")),
    ("We have always said that our sanctions need not be identical.", _STATE, None),
    ("We will work with the EU, which imposed sanctions on Iran.", _STATE,
     (("United States",), ("Iran",), "imposed")),
    # a self-reference that is the passive's subject is the target, not the imposer
    ("Ned Price was sanctioned by Russia.", _STATE, (("Russia",), ("Ned Price",), "imposed")),
    # sanctions without a sanction word: costs imposed on a named state or body (not on farmers), aid restrictions
    ("They discussed steps to impose severe costs on Russia for its actions.", _STATE,
     (("United States",), ("Russia",), "considered")),
    ("The storm will impose heavy costs on farmers.", _STATE, None),
    ("The United States has imposed restrictions on economic and security assistance to Ethiopia.", _STATE,
     (("United States",), ("Ethiopia",), "imposed")),
    # "the President": the publishing government, else the one state whose leader the article names
    ("Now the President has announced new sanctions on Russia.", _STATE,
     (("United States",), ("Russia",), "announced")),
    ("Now the President has announced new sanctions on Russia.", "", ((), ("Russia",), "announced")),
    ("President Joe Biden spoke on Monday. Now the President has announced new sanctions on Russia.", "",
     (("United States",), ("Russia",), "announced")),
    # a designation's category ("as a CPC") is not its imposer
    ("China has been designated as a CPC since 1999.", _STATE, (("United States",), ("China",), "imposed")),
]


@pytest.mark.parametrize(("text", "source", "expected"), VOICE_CASES)
def test_voice_rules(text: str, source: str, expected: tuple | None) -> None:
    found = find_sanctions(text, source=source)
    if expected is None:
        assert found == []
        return
    (record,) = found
    assert (record.by, record.targets, record.status) == expected


@pytest.mark.parametrize(("label", "voice", "expected"), [
    ("MR PRICE", "United States", "United States"),
    ("SENATOR ROMNEY", "United States", "United States"),
    ("FOREIGN MINISTER HAAVISTO", "United States", ""),
    ("PRESIDENT PUTIN", "United States", "Russia"),
    ("DEPUTY SECRETARY SHERMAN", "", "United States"),
    ("MS PORTER", "", ""),
])
def test_speaker_government(label: str, voice: str, expected: str) -> None:
    from briefing.extract import _context, _voice
    ctx = _context.build(f"{label}: Thank you.\nQUESTION: Thanks.")
    assert _voice.speaker_government(ctx, label, voice) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("https://www.state.gov/?page_id=1", "United States"),
    ("www.gov.uk", "United Kingdom"),
    ("U.S. Department of State", "United States"),
    ("https://www.bbc.co.uk/news", ""),
    ("notstate.gov.example.com", ""),
    ("", ""),
])
def test_source_government(source: str, expected: str) -> None:
    from briefing.extract import _voice
    assert _voice.source_government(source) == expected


@pytest.mark.parametrize(("text", "labels"), [
    ("MR PRICE: Good afternoon.\nQUESTION: Thank you.\nMR PRICE: Sure.", [("MR PRICE", False), ("QUESTION", True),
                                                                            ("MR PRICE", False)]),
    ("NOTE: one labelled line is not a transcript.", []),
    ("The rule: lower-case text never opens a turn.\nAnother: line.", []),
])
def test_turns(text: str, labels: list) -> None:
    from briefing.extract import _voice
    assert [(t.label, t.press) for t in _voice.turns(text)] == labels
