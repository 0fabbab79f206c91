"""Sanctions, round 3: kinds of statement in transcripts and speeches the earlier rules missed.

Each table holds a sentence -> (by, targets, status) of its statement, or None when it states no sanction.
"""

from __future__ import annotations

import pytest

from briefing.extract import find_sanctions

_STATE = "https://www.state.gov/remarks/"


def _records(text: str) -> list[tuple]:
    return [(s.by, s.targets, s.status) for s in find_sanctions(text, source=_STATE)]


def _one(text: str) -> tuple | None:
    found = _records(text)
    assert len(found) <= 1, found
    return found[0] if found else None


# threats with no sanction word: a warning of costs, a response or further actions, in a clause that looks ahead
THREATS = [
    ("Should Belarus hold the vote, it will be met with a firm and united response.", (("United States",), ("Belarus",),
                                                                                      "threatened")),
    ("There will be a swift and decisive response if the junta harms the detainees.", (("United States",), ("junta",),
                                                                                        "threatened")),
    ("Ministers described the steep costs that would befall Iran if it enriched further.",
     (("United States",), ("Iran",), "threatened")),
    ("Unless the militia withdraws, its commanders should expect further actions from Canada and the United States.",
     (("Canada", "United States"), ("militia",), "threatened")),
    ("We stand ready to impose severe costs on Moscow should it move on Kyiv.", (("United States",), ("Russia",),
                                                                                   "threatened")),
    # not threats: a response or costs that look back or are no one's measure; actions expected from a body
    ("The response to the earthquake was swift and generous.", None),
    ("Farmers faced steep costs after the drought.", None),
    ("We mounted a swift and coordinated response to the flooding.", None),
    ("Delegates expect further actions from the committee on the budget.", None),
]


# measures by another name: accountability measures against someone, aid curtailed, technology denied
ACTIONS = [
    ("Since March we have taken measures to promote accountability against the officials behind the crackdown.",
     (("United States",), ("officials behind the crackdown",), "imposed")),
    ("The Department has suspended security assistance to the Burmese military.",
     (("United States",), ("Burmese military",), "imposed")),
    ("Our partners are denying Russia critical components, including microelectronics.",
     (("United States",), ("Russia",), "imposed")),
    ("These rules cut off Iran’s access to advanced technology.", (("United States",), ("Iran",), "imposed")),
    # not measures: accountability without one, assistance given, access to a place
    ("We continue to provide humanitarian assistance to the people of Yemen.", None),
    ("Journalists were denied access to the courtroom.", None),
    ("Accountability for these crimes remains a priority.", None),
]


# every imposer of a list: joined by commas and "and", also when the clause starts at ", and"
IMPOSER_LISTS = [
    ("Finland and the EU have imposed sanctions on Russia.", ("Finland", "European Union")),
    ("The US, the UK and Canada announced new sanctions on Belarusian officials.",
     ("United States", "United Kingdom", "Canada")),
    ("Japan, Australia, and New Zealand have frozen the assets of the Russian Central Bank.",
     ("Japan", "Australia", "New Zealand")),
    # a name listed as an object before ", and" imposes nothing
    ("The talks with Japan, and Norway has imposed new sanctions on Iran.", ("Norway",)),
]


@pytest.mark.parametrize(("text", "by"), IMPOSER_LISTS)
def test_every_listed_imposer(text: str, by: tuple) -> None:
    found = _one(text)
    assert found is not None and found[0] == by


# two statements in one sentence: clauses with a term each and other targets or another status
TWO_STATEMENTS = [
    ("We imposed sanctions on Acme Shipping and are considering more on its parent company, Delta Holdings.",
     [(("United States",), ("Acme Shipping",), "imposed"), (("United States",), ("parent company",), "considered")]),
    ("The EU lifted its embargo on Uzbekistan, but it imposed new sanctions on Belarus.",
     [(("European Union",), ("Uzbekistan",), "lifted"), (("European Union",), ("Belarus",), "imposed")]),
    ("We have designated three officials and we are revoking the visas of their families.",
     [(("United States",), ("three officials",), "imposed"), (("United States",), ("families",), "imposed")]),
    # one statement: the second clause says what the first one's measure includes
    ("New sanctions on Syria will be detailed on Monday and would include sanctions on its central bank.",
     [(("United States",), ("Syria", "central bank"), "announced")]),
]


@pytest.mark.parametrize(("text", "expected"), TWO_STATEMENTS)
def test_two_statements_in_a_sentence(text: str, expected: list) -> None:
    assert _records(text) == expected


# more measures by another name: costs imposed, economic pressure, isolation from the financial system, a reduced
# relative clause dated today, a warning to whoever deals with those designated
MORE_KINDS = [
    ("Canada will continue to impose massive costs and massive consequences on Belarus.",
     (("Canada",), ("Belarus",), "imposed")),
    ("The costs that we have imposed on Minsk are severe.", (("United States",), ("Belarus",), "imposed")),
    ("The United States will continue to apply pressure to the junta, including through targeted sanctions.",
     (("United States",), ("junta",), "imposed")),
    ("Together with the EU, we have worked to isolate Belarus from the global financial system.",
     (("United States",), ("Belarus",), "imposed")),
    ("The eight vessels and companies sanctioned today carry oil for the IRGC.",
     (("United States",), ("eight vessels and companies",), "imposed")),
    ("Entities that knowingly trade with these persons may themselves be exposed to designation.",
     (("United States",), ("Entities",), "threatened")),
    ("Any Belarusian attack on Lithuania would be met with a firm and united response.",
     (("United States",), ("Belarus",), "threatened")),
    # not measures
    ("The costs of the program are borne by the states.", None),
    ("Officials discussed the pressure on the health system.", None),
    ("Students from the international school visited the embassy.", None),
]


# spoken statements: verbs before a term across commas, measures of the kind ("such actions") after a statement,
# severe consequences as a warning, warnings to whoever deals with those designated
SPOKEN = [
    ("We are in a position to enact these tough, targeted sanctions on the generals.",
     [(("United States",), ("generals",), "considered")]),
    ("We designated the junta’s leaders on Monday. We have taken many such actions over the years.",
     [(("United States",), ("junta’s leaders",), "imposed"), (("United States",), ("junta’s leaders",), "imposed")]),
    ("Should Minsk cross that line, there would be severe consequences for Belarus.",
     [(("United States",), ("Belarus",), "threatened")]),
    ("Banks that process payments for these companies may be exposed to sanctions.",
     [(("United States",), ("Banks",), "threatened")]),
    # not statements: consequences without a warning's adjective, such actions with no statement before
    ("Such actions have consequences for our relationship.", []),
    ("The ruling has serious consequences for tenants.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_spoken_statements(text: str, expected: list) -> None:
    assert _records(text) == expected


# precision: a press embargo, aid cut by no government, a possessive response, costs for the aggressor's own state
PRECISION = [
    ("And with that, the embargo is lifted, and we will talk to you soon.", []),
    ("The embargo will be lifted at the start of the event this afternoon.", []),
    ("Budget shortfalls have forced aid groups to cut food assistance for refugees in Chad.", []),
    ("The minister will discuss the attack on the port, our coordinated response, and the partnership.", []),
    ("The EU will lift its arms embargo on Uzbekistan next year.", [(("European Union",), ("Uzbekistan",), "lifted")]),
    ("Any further Iranian attack would bring severe consequences for Iran.", [(("United States",), ("Iran",),
                                                                            "threatened")]),
]


@pytest.mark.parametrize(("text", "expected"), PRECISION)
def test_precision_of_the_new_kinds(text: str, expected: list) -> None:
    assert _records(text) == expected


# a designated name with an appositive before its verb: the name is the target, and the appositive's nationality
# ("a Russian company") imposes nothing
APPOSITIVES = [
    ("Transmorflot LLC, a Russian maritime shipping company that transports weapons, is being designated today.",
     (("United States",), ("Transmorflot LLC",), "imposed")),
    ("Ali Hassan, one of the leaders of the militia, was sanctioned in 2020.", (("United States",), ("Ali Hassan",),
                                                                                "imposed")),
    ("Acme Trading (Acme), an Iranian front company, is being designated pursuant to E.O. 13224.",
     (("United States",), ("Acme Trading",), "imposed")),
]


# a designation made again ("re-designated", "redesignating") is one: its passive subject is the target
REDESIGNATIONS = [
    ("Additionally, Acme Group is being re-designated for having operated in the financial services sector.",
     (("United States",), ("Acme Group",), "imposed")),
    ("Delta Holdings was redesignated pursuant to E.O. 13224.", (("United States",), ("Delta Holdings",), "imposed")),
    ("Today, the Department of State is redesignating Delta Holdings as a Specially Designated Global Terrorist.",
     (("United States",), ("Delta Holdings",), "imposed")),
]


# collective and passive imposers the words around them give
COLLECTIVE_IMPOSERS = [
    ("Some of our closest allies have enacted sanctions on Iran.", ("closest allies",)),
    ("The new sanctions taken today by the United Kingdom and Canada hit Russian banks hard.",
     ("United Kingdom", "Canada")),
]


@pytest.mark.parametrize(("text", "by"), COLLECTIVE_IMPOSERS)
def test_imposers_named_around_the_term(text: str, by: tuple) -> None:
    found = _one(text)
    assert found is not None and found[0] == by


# measures named by a list, a count or a cost put on an actor
LISTS_AND_COUNTS = [
    ("OFAC has added Acme Trading to the SDN List.", (("United States",), ("Acme Trading",), "imposed")),
    ("Delta Holdings is being concurrently added to the Department of Commerce’s Entity List.",
     (("United States",), ("Delta Holdings",), "imposed")),
    ("Today the Department designated forty-four individuals and entities.",
     (("United States",), ("forty-four individuals and entities",), "imposed")),
    ("Delta Holdings will now also be designated along with Acme Trading.",  # today's designation (sets 5, 16)
     (("United States",), ("Delta Holdings",), "imposed")),
    ("We are raising the costs on the Kremlin for this war of choice.", (("United States",), ("Kremlin",), "imposed")),
    ("Raising costs on consumers is not our aim.", None),  # costs on no named actor
]


# "consequences" warn only when they lie ahead; consequences that have been are measures in force
CONSEQUENCES = [
    ("There have been massive consequences for Russia, and we have unleashed unprecedented sanctions.", "imposed"),
    ("There’d be massive consequences for Russia, including unprecedented sanctions.", "threatened"),
    ("Russia will have to face consequences, including sanctions, for its actions.", "threatened"),
]


@pytest.mark.parametrize(("text", "status"), CONSEQUENCES)
def test_consequences_ahead_or_done(text: str, status: str) -> None:
    found = _one(text)
    assert found is not None and found[2] == status


# every table above whose sentences each make one statement, or none (expected None)
@pytest.mark.parametrize(("text", "expected"),
                         [*THREATS, *ACTIONS, *MORE_KINDS, *APPOSITIVES, *REDESIGNATIONS, *LISTS_AND_COUNTS])
def test_one_statement_or_none(text: str, expected: tuple | None) -> None:
    assert _one(text) == expected
