"""Sanctions, third follow-up: targets from the context, statuses of background and negated measures.

Each table holds the sentence (or short text) -> the record expected for one sentence, or nothing.
"""

from __future__ import annotations

import pytest
from sanction_records import BRIEFING_SOURCE, statement_at

from briefing.extract import find_sanctions

# (text, sentence, by, targets): a statement without a target phrase takes the state its sentence names (not a
# place where or against which something happens), else the state targets of the statement just before in the
# paragraph, else the state its paragraph names most (twice, twice as often as any other)
LOCAL_TARGETS = [
    ("We have implemented a series of sanctions to condemn Belarus and its crackdown.", 0, ("United States",),
     ("Belarus",)),
    ("Our export controls have been biting, denying Russia the chips it needs.", 0, ("United States",),
     ("Russia",)),
    ("Canada imposed further sanctions in response to Iran’s crackdown on protesters.", 0, ("Canada",), ("Iran",)),
    # a place where or against which something happens is not the target
    ("We have imposed sanctions over the aggression against Ukraine.", 0, ("United States",), ()),
    # the state targets of the statement just before in the paragraph
    ("Nicaragua was designated in 2019 for its abuses. We have also imposed visa restrictions.", 1,
     ("United States",), ("Nicaragua",)),
    # the state the paragraph is about
    ("Venezuela jailed the journalists. Venezuela then expelled the monitors. The Treasury has imposed new sanctions.",
     2, ("United States",), ("Venezuela",)),
    # two states as often named in the paragraph: no target beats a wrong one
    ("Cuba and Laos signed a pact. Cuba and Laos held talks. The Treasury has imposed new sanctions.", 2,
     ("United States",), ()),
    # the release's own government is never the target it is about
    ("The United States welcomes the vote. The United States thanks its allies. The United States stands ready. "
     "NATO Allies have implemented unprecedented sanctions.", 3, ("NATO",), ()),
]


@pytest.mark.parametrize(("text", "sentence", "by", "targets"), LOCAL_TARGETS)
def test_targets_from_the_context(text: str, sentence: int, by: tuple, targets: tuple) -> None:
    record = statement_at(text, sentence)
    assert record is not None
    assert record[:2] == (by, targets)


# (sentence, status): sanctions named as a fact are in force; a refusal to lift keeps them; existing ones are
# imposed whatever verb is around them; announcing a policy puts it in force; "if you look at" is not a condition
STATUSES = [
    ("We have a united coalition with grave sanctions on Russia.", "imposed"),
    ("Thanks to your leadership on sanctions against Belarus, we are closer than ever.", "imposed"),
    ("The coalition’s next sanctions on Belarus are due in May.", "announced"),
    ("The European Union will not lift sanctions on Syria until there is a political solution.", "imposed"),
    ("We will never ease the sanctions on the junta’s leaders.", "imposed"),
    ("The European Union lifted sanctions on Syria.", "lifted"),
    ("The United States will continue its existing restrictions on assistance to Eritrea.", "imposed"),
    ("The current sanctions on Iran remain in force, the ministry said.", "imposed"),
    ("The United States will impose sanctions on Iran.", "announced"),
    ("The sanctions that the previous government levied on Nord Pipe were narrow.", "imposed"),
    ("The export controls that we put in place on Russia deny it chips.", "imposed"),
    ("Today, I am announcing a visa restriction policy targeting officials of Mali.", "imposed"),
    ("Today, Britain announced new sanctions against Mali.", "announced"),
    ("If you look at the tranche of sanctions we announced on Russia, you will see the banks.", "announced"),
    ("If Russia invades, we will impose sanctions on Russia.", "threatened"),
]


@pytest.mark.parametrize(("text", "status"), STATUSES)
def test_statuses(text: str, status: str) -> None:
    record = statement_at(text, 0)
    assert record is not None
    assert record[2] == status


# sentences that name a sanction term in passing: evaded, used as an adjective, a designation to a role, an
# indefinite target
IN_PASSING = [
    "They urged Beijing not to circumvent nor undermine sanctions against Russia.",
    "Shipping firms helped Pyongyang evade the embargo on North Korea.",
    "The ring was charged with sanctions evasion on behalf of Iran.",
    "The group supports the UN-designated Al-Shabaab network.",
    "In 2003, the United States designated Thailand a major non-NATO Ally.",
    "Today, Secretary Blinken designated Ambassador Jane Roe to serve as Chargé d’Affaires in Ottawa.",
    "The President intends to designate Qatar as a Major Non-NATO Ally.",
    "So the fact of the United States designating someone in Russia is far more biting.",
]


@pytest.mark.parametrize("text", IN_PASSING)
def test_terms_in_passing(text: str, rules_only: None) -> None:
    assert find_sanctions(text, source=BRIEFING_SOURCE) == []


# the same constructions that are statements
NOT_IN_PASSING = [
    ("The Treasury designated Acme Shipping for helping Pyongyang evade sanctions.", ("Acme Shipping",)),
    ("The Department is designating for sanctions Orion Trading, a firm that supports the U.S.-designated Beta "
     "Bank.", ("Orion Trading",)),
    ("Britain designated the Wagner Group as a terrorist organization.", ("Wagner Group",)),
]


@pytest.mark.parametrize(("text", "targets"), NOT_IN_PASSING)
def test_statements_next_to_terms_in_passing(text: str, targets: tuple) -> None:
    (record,) = find_sanctions(text, source=BRIEFING_SOURCE)
    assert record.targets == targets


# (text, sentence, by, targets, status): sanctions said to work are in force on the state they hit (or the one
# the paragraph is about); a name after the term imposes only when it speaks or is the subject of a relative clause
WORKING = [
    ("Venezuela jailed the monitors. Venezuela expelled the press. These sanctions are having a dramatic impact.", 2,
     ("United States",), ("Venezuela",), "imposed"),
    ("Western sanctions have hit Russia hard.", 0, ("United States",), ("Russia",), "imposed"),
    ("The export controls have already crippled the Iranian drone industry.", 0, ("United States",), ("Iran",),
     "imposed"),
    ("Our sanctions cumulatively have put the Belarusian economy into recession.", 0, ("United States",),
     ("Belarus",), "imposed"),
    ("The new sanctions on Syria have been painful, Germany said.", 0, ("Germany",), ("Syria",), "imposed"),
    ("The sanctions that the European Union maintains on Syria are the broadest.", 0, ("European Union",),
     ("Syria",), "imposed"),
]


@pytest.mark.parametrize(("text", "sentence", "by", "targets", "status"), WORKING)
def test_sanctions_said_to_work(text: str, sentence: int, by: tuple, targets: tuple, status: str) -> None:
    assert statement_at(text, sentence) == (by, targets, status)


# a predicate about sanctions that does not say they work, or names the effect on the one imposing, is no statement
# for the rules (the sentence model, retrained on 25 sets, reads "Sanctions relief is having a big effect" as one: the
# training sets label talk of relief as statements)
NOT_WORKING = [
    "Analysts are working on a report about sanctions.",
    "The question of sanctions has put the talks on hold.",
    "Sanctions relief is having a big effect on trade.",
]


@pytest.mark.parametrize("text", NOT_WORKING)
def test_not_sanctions_said_to_work(rules_only: None, text: str) -> None:
    assert find_sanctions(text, source=BRIEFING_SOURCE) == []


# (text, by, targets): imposers the text does not name are the phrase it gives
COLLECTIVE = [
    ("Several of these firms are designated by allies and partners.", ("allies and partners",),
     ("Several of these firms",)),
    ("The sanctions that dozens of countries have imposed on Russia after the invasion spare food.",
     ("dozens of countries",), ("Russia",)),
    ("Ministers welcomed the growing number of countries applying sanctions on Belarus.",
     ("growing number of countries",), ("Belarus",)),
    # partners acting with the speaker are not the imposers the sentence names
    ("We will continue to act with our allies and partners in imposing sanctions on Belarus.", (), ("Belarus",)),
    # a named imposer wins over the phrase
    ("Canada and other countries imposed sanctions on Belarus.", ("Canada",), ("Belarus",)),
]


@pytest.mark.parametrize(("text", "by", "targets"), COLLECTIVE)
def test_collective_imposers(text: str, by: tuple, targets: tuple) -> None:
    (record,) = find_sanctions(text)
    assert (record.by, record.targets) == (by, targets)


# sanctions without a sanction word need a government acting on a sanction-like target; "hold X to account" in a
# sentence about sanctions names X
IMPLICIT = [
    ("The Treasury Department targeted senior Belarusian officials and their business partners.",
     ("United States",), ("senior Belarusian officials and their business partners",), "imposed"),
    ("The Department of State went after additional Russian oligarchs close to the Kremlin.", ("United States",),
     ("Russian oligarchs close to the Kremlin",), "imposed"),
    ("Britain went after the banks that finance the junta.", ("United Kingdom",), ("banks",), "imposed"),
    ("We will impose severe sanctions and economic measures to hold Russia to account for its war.",
     ("United States",), ("Russia",), "announced"),
    ("We are looking at sanctions that can hold accountable those Cuban officials who ordered the crackdown.",
     ("United States",), ("those Cuban officials",), "considered"),
]


@pytest.mark.parametrize(("text", "by", "targets", "status"), IMPLICIT)
def test_sanctions_without_a_sanction_word(text: str, by: tuple, targets: tuple, status: str) -> None:
    assert statement_at(text, 0) == (by, targets, status)


NOT_IMPLICIT = [
    "Russian missiles targeted energy companies in Kyiv.",
    "The hackers went after officials in three ministries.",
    "The order targets terrorists and officials of terrorist groups.",
    "The effort seeks to protect targeted individuals and groups.",
    "Russia’s targeting of vessels carrying grain must stop.",
    "We will hold accountable those responsible for the attack.",
]


@pytest.mark.parametrize("text", NOT_IMPLICIT)
def test_not_sanctions_without_a_sanction_word(text: str) -> None:
    assert find_sanctions(text, source=BRIEFING_SOURCE) == []
