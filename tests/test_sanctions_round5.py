"""Sanctions, round 5: kinds of statement long briefing transcripts hold that the earlier rules missed.

Each table holds a sentence (or short text) -> (by, targets, status) of the statement in sentence `sentence`, or
None when nothing there is a sanction statement.
"""

from __future__ import annotations

import pytest
from sanction_records import BRIEFING_SOURCE, statement_at

from briefing.extract import find_sanctions

# measures in force on a state: "X has been under sanctions", "a sanctions regime in place against X"
IN_FORCE = [
    ("Iran has been under heavy sanctions since 2018.", ("United States",), ("Iran",), "imposed"),
    ("North Korea remains under sweeping sanctions.", ("United States",), ("North Korea",), "imposed"),
    ("Venezuela has been under a U.S. oil embargo since 2019.", ("United States",), ("Venezuela",), "imposed"),
    ("There is a comprehensive sanctions regime in place against Cuba.", ("United States",), ("Cuba",), "imposed"),
    ("The export controls that are in force on Belarus will stay.", ("United States",), ("Belarus",), "imposed"),
    # not statements: pressure, protective measures
    ("The exporter is under pressure from the new rules.", None, None, None),
    ("Protective measures are in place on the border.", None, None, None),
]


@pytest.mark.parametrize(("text", "by", "targets", "status"), IN_FORCE)
def test_measures_in_force(text: str, by: tuple | None, targets: tuple | None, status: str | None) -> None:
    expected = None if by is None else (by, targets, status)
    assert statement_at(text) == expected


# a generic target with the relative clause that says whom it means (who helps, pays, trades, evades, is responsible)
GENERIC_TARGETS = [
    ("We will not hesitate to target those who provide critical support for the IRGC and facilitate its trade.",
     ("United States",), ("those who provide critical support for the IRGC",), "threatened"),
    ("We will impose costs on those who engage in this practice.", ("United States",),
     ("those who engage in this practice",), "announced"),
    ("Anyone purchasing oil from Iran faces the prospect of U.S. sanctions.", ("United States",),
     ("Anyone purchasing oil from Iran",), "threatened"),
    ("We stand ready to use all our tools, including sanctions, against any company that supplies the junta with fuel.",
     ("United States",), ("any company that supplies the junta with fuel",), "threatened"),
    ("The order lets us impose sanctions on those who are responsible for holding U.S. nationals.", ("United States",),
     ("those who are responsible for holding U.S. nationals",), "imposed"),
    # not statements: a military target, a hypothetical "someone"
    ("We will target those who attacked our troops.", None, None, None),
    ("The United States designating someone in Russia is more biting than what they would do to us.", None, None,
     None),
]


@pytest.mark.parametrize(("text", "by", "targets", "status"), GENERIC_TARGETS)
def test_generic_targets_with_their_relative_clause(text: str, by: tuple | None, targets: tuple | None,
                                                    status: str | None) -> None:
    expected = None if by is None else (by, targets, status)
    assert statement_at(text) == expected


# sanctions relief in talks is proposed (by the speaker's side, for the state the talks are with); given, lifted
RELIEF = [
    ("The nature of sanctions relief for Iran is a primary topic of discussion in Vienna.", 0, ("United States",),
     ("Iran",), "proposed"),
    ("Talks continue with Cuba. The scope of sanctions relief is at the heart of the talks in Havana.", 1,
     ("United States",), ("Cuba",), "proposed"),
    ("Talks will cover the steps Iran must take as well as the sanctions relief that we would be prepared to "
     "undertake if we reach a deal.", 0, ("United States",), ("Iran",), "proposed"),
    ("The deal called for the lifting of nuclear sanctions in return for limits on North Korea's program.", 0,
     ("United States",), ("North Korea",), "proposed"),
    ("In 2016 we granted Iran sanctions relief under the nuclear deal.", 0, ("United States",), ("Iran",), "lifted"),
    # not a statement: relief for no state
    ("Experts debate whether sanctions relief ever works.", 0, None, None, None),
]


@pytest.mark.parametrize(("text", "sentence", "by", "targets", "status"), RELIEF)
def test_sanctions_relief(text: str, sentence: int, by: tuple | None, targets: tuple | None,
                          status: str | None) -> None:
    expected = None if by is None else (by, targets, status)
    assert statement_at(text, sentence) == expected


# a negated action right before the term states nothing; "not ruled out" considers; "not hesitate" still threatens
NEGATED = [
    ("We did not announce sanctions on Mali today.", None),
    ("We have not yet imposed any sanctions on Ethiopia.", None),
    ("We didn't designate the militia this week.", None),
    ("We haven't ruled out sanctions on Mali.", (("United States",), ("Mali",), "considered")),
    ("We will not hesitate to impose sanctions on Mali.", (("United States",), ("Mali",), "threatened")),
    ("Canada has never imposed sanctions on Israel, but it imposed visa bans on settlers.",
     (("Canada",), ("settlers",), "imposed")),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED)
def test_negated_actions(text: str, expected: tuple | None) -> None:
    assert statement_at(text) == expected


# measures named by a reduced relative ("the sanctions imposed by X (on Y)") or said to have an effect are in force;
# compliance with sanctions (like evasion of them) is a mention in passing
IN_FORCE_BY_RELATIVE = [
    ("The sanctions imposed by Canada on Belarus remain in force.", (("Canada",), ("Belarus",), "imposed")),
    ("The sanctions imposed by the United States and our partners are imposing a severe cost on Russia.",
     (("United States",), ("Russia",), "imposed")),
    ("The export controls have an even more devastating effect on Russia's ability to wage war.",
     (("United States",), ("Russia",), "imposed")),
    ("Firms face risks from PRC retaliation against companies that comply with sanctions imposed by the United States.",
     None),
    ("Banks complying with U.S. sanctions on Iran face risks.", None),
    ("The sanctions have a long history.", None),
    ("We have adopted sanctions against Russia that impose a significant cost on its economy.",
     (("United States",), ("Russia",), "imposed")),
]


# the rules' reading: the sentence model may take the PRC and bank rows as mentions of measures in force, as one
# training set labels PRC retaliation against companies that comply with sanctions a threat
@pytest.mark.parametrize(("text", "expected"), IN_FORCE_BY_RELATIVE)
def test_measures_in_force_by_relative_or_effect(rules_only: None, text: str, expected: tuple | None) -> None:
    assert statement_at(text) == expected


# an opening adjunct ("Coinciding with X's announcement, …") neither imposes nor gives the status
ALONGSIDE = [
    ("Coinciding with the UK's announcement, the United States is designating three militia leaders.",
     (("United States",), ("three militia leaders",), "imposed")),
    ("In coordination with Canada's announcement, the United States is imposing visa restrictions on two officials.",
     (("United States",), ("two officials",), "imposed")),
    ("Together with our partners, we are considering sanctions on the junta.",
     (("United States",), ("junta",), "considered")),
    ("Coinciding with the summit, we will announce further sanctions on Mali.",
     (("United States",), ("Mali",), "announced")),
]


@pytest.mark.parametrize(("text", "expected"), ALONGSIDE)
def test_opening_adjuncts(text: str, expected: tuple) -> None:
    assert statement_at(text) == expected


# measures weighed or shared in speech: evaluating/looking at them is considered, aligning with others on them and
# putting them on a state is acting (the target then comes from the passage, here the sentence before)
WEIGHED = [
    ("Russia invaded Ukraine. Russia must pay. We are evaluating every single day the sanctions, their "
     "implementation, and more.", 2, (("United States",), ("Russia",), "considered")),
    ("We're aligned with dozens of countries around the world on the most powerful sanctions against Russia.", 0,
     (("United States",), ("Russia",), "imposed")),
    ("Belarus keeps arming Russia. We're looking every day at sanctions on Belarus.", 1,
     (("United States",), ("Belarus",), "considered")),
    # not statements: a review of policy tools, a look at activity, someone else's evaluation
    ("We're taking a fresh look at tools like export controls and investment screening.", 0, None),
    ("We will take a look at any potentially sanctionable activity.", 0, None),
    ("Our lawyers are evaluating the measures taken by the school.", 0, None),
]


@pytest.mark.parametrize(("text", "sentence", "expected"), WEIGHED)
def test_measures_weighed_or_shared(text: str, sentence: int, expected: tuple | None) -> None:
    assert statement_at(text, sentence) == expected


# an action without a target phrase right after a statement in its paragraph goes on about the same passage, and
# takes the state the article gives that statement
_RUSSIA = "Russia's war goes on. Russia must pay. Russia cannot win.\n\n"
GOES_ON = [
    (_RUSSIA + "We're aligned with dozens of countries on the most powerful sanctions. We've also curtailed "
     "international assistance and foreign aid.", (("United States",), ("Russia",), "imposed")),
    (_RUSSIA + "Our sanctions have been biting. We have also suspended much of our assistance.",
     (("United States",), ("Russia",), "imposed")),
    # not statements: no statement before, or one in another paragraph
    ("The storm hit hard.\n\nWe've also curtailed international assistance and foreign aid.", None),
    (_RUSSIA + "We're aligned with dozens of countries on the most powerful sanctions.\n\nWe've also curtailed "
     "international assistance and foreign aid.", None),
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON)
def test_actions_going_on_from_the_statement_before(text: str, expected: tuple | None) -> None:
    found = [s for s in find_sanctions(text, source=BRIEFING_SOURCE) if s.measure == "aid restrictions"]
    assert (None if not found else (found[0].by, found[0].targets, found[0].status)) == expected


# threats: the subject that "would face" consequences/sanctions is the target (when it names an actor); a condition
# naming a leader threatens his state, not the place where he acts; "a very swift and severe response"
THREATENED = [
    ("We have made clear that the Russian government would face profound consequences were it to use chemical "
     "weapons.", (("United States",), ("Russian government",), "threatened")),
    ("Gazprom could face sanctions for its role.", (("United States",), ("Gazprom",), "threatened")),
    ("I said that Russia would face massive consequences for attacking Ukraine.",
     (("United States",), ("Russia",), "threatened")),
    ("And if it doesn't deter President Putin from further aggression in Ukraine, there will be a very swift and "
     "severe response.", (("United States",), ("Russia",), "threatened")),
    # not statements: a generic subject, the speaker's side, a response that is no warning
    ("Farmers face high costs this year.", None),
    ("We face serious consequences from the drought.", None),
    ("There was a very strong response from the audience.", None),
]


@pytest.mark.parametrize(("text", "expected"), THREATENED)
def test_threats_with_their_target(text: str, expected: tuple | None) -> None:
    assert statement_at(text) == expected


# statuses: kept "unless and until" is in force; a relative clause's verb reads first; an aside ("as we discussed
# today") has none; "will deny/restrict" announces; "must apply tougher sanctions" proposes
STATUSES = [
    ("Our sanctions on Iran will remain in place unless and until there is a return to compliance.", "imposed"),
    ("Our partners will continue to maintain strong economic pressure on Iran unless and until Iran changes course.",
     "imposed"),
    ("We will impose sanctions on Iran unless it changes course.", "threatened"),
    ("The costs that have been imposed on Russia are in line with the consequences that would follow from a "
     "designation.", "imposed"),
    ("Together, we are denying Russia parts, including semiconductors, and, as we discussed today, more.", "imposed"),
    ("Today we are sanctioning Russia. These actions will deny selected Russian banks access to SWIFT and impose "
     "restrictions on the Bank of Russia.", "announced"),
    ("The international community must apply tougher sanctions against enablers of Russia’s aggression.", "proposed"),
]


@pytest.mark.parametrize(("text", "status"), STATUSES)
def test_statuses_round5(text: str, status: str) -> None:
    record = statement_at(text, text.count(". "))
    assert record is not None and record[2] == status


# who does not impose: names in an opening adjunct, names in a passive's subject
NOT_IMPOSERS = [
    ("Coinciding with the meeting of the Counter ISIS Finance Group (CIFG), the United States is designating five "
     "individuals.", ("United States",)),
    ("Alongside the summit of the Arab League, Canada is imposing sanctions on two militia leaders.", ("Canada",)),
    ("Ali Rage, Salem Breihmatt, and Abdikadir Abdikadir are designated as Specially Designated Global Terrorists.",
     ("United States",)),
    ("Russia, Belarus and Iran are sanctioned by the EU.", ("European Union",)),
]


@pytest.mark.parametrize(("text", "by"), NOT_IMPOSERS)
def test_names_that_do_not_impose(text: str, by: tuple) -> None:
    record = statement_at(text)
    assert record is not None and record[0] == by


# back-references to a designation in force: "It remains designated today" after a statement on one target (past a
# sentence between), "They remain designated" after one on several; "X is a designated FTO" names X, not the category
BACK_REFERENCES = [
    ("We designated the PFLP as a terrorist group in 1997. It is an SDGT as well. It remains designated today.", 2,
     (("United States",), ("PFLP",), "imposed")),
    ("We sanctioned Ivanov and Petrov in 2019. They remain designated today.", 1,
     (("United States",), ("Ivanov", "Petrov"), "imposed")),
    ("Hamas is a designated Foreign Terrorist Organization.", 0, (("United States",), ("Hamas",), "imposed")),
    # not a statement: "it" with no statement before
    ("The storm hit the port. It remains closed today.", 1, None),
]


@pytest.mark.parametrize(("text", "sentence", "expected"), BACK_REFERENCES)
def test_back_references_to_a_designation(text: str, sentence: int, expected: tuple | None) -> None:
    assert statement_at(text, sentence) == expected


# a warning with no state in its paragraph, in a transcript: the state the exchange (question and answer so far) is
# about, not a place where something happens
_Q = "QUESTION: Is Russia going to stop? What will you do if Russia moves troops into Ukraine?\n"
EXCHANGE = [
    (_Q + "MR PRICE: We have been very clear that any renewed invasion would be met with a swift, severe, and united "
     "response from the United States and our allies.", ("Russia",)),
    ("QUESTION: Will China arm them? Is China sending drones?\nMR PRICE: Any such transfer would be met with a swift "
     "and severe response.", ("China",)),
    # not statements: no state in the exchange, two states named alike
    ("QUESTION: What will you do?\nMR PRICE: Any such transfer would be met with a swift and severe response.", None),
    ("QUESTION: Are Iran and Syria arming them?\nMR PRICE: Any such transfer would be met with a swift and severe "
     "response.", None),
]


@pytest.mark.parametrize(("text", "targets"), EXCHANGE)
def test_warnings_take_the_state_of_the_exchange(text: str, targets: tuple | None) -> None:
    found = find_sanctions(text, source=BRIEFING_SOURCE)
    assert (found[0].targets if found else None) == targets


# measures said to stay in place: a statement of its own, also after a back-reference ("Those sanctions – every one of
# them remains in place", "That will remain in place against Iran"); kept until a leader or state changes course
STAY = [
    ("Iran has been under heavy sanctions since 2018. Those sanctions – every one of them remains in place.", 1,
     (("United States",), ("Iran",), "imposed")),
    ("There is a strict sanctions regime in place against Cuba. That will remain in place against Cuba unless and "
     "until we reach a deal.", 1, (("United States",), ("Cuba",), "imposed")),
    ("Our nonfood sanctions will remain in place until Putin stops this brutal war against Ukraine's sovereignty.", 0,
     (("United States",), ("Russia",), "imposed")),
    ("We will continue to impose costs until Putin ends this war against Ukraine.", 0,
     (("United States",), ("Russia",), "imposed")),
    ("We're prepared to talk even as the sanctions remain in place because North Korea keeps testing missiles.", 0,
     (("United States",), ("North Korea",), "imposed")),
    # not statements: something else in place
    ("The road was closed in 2019. It remains in place.", 1, None),
    ("The ceasefire line remains in place until the talks end.", 0, None),
]


@pytest.mark.parametrize(("text", "sentence", "expected"), STAY)
def test_measures_said_to_stay(text: str, sentence: int, expected: tuple | None) -> None:
    assert statement_at(text, sentence) == expected


# a modal passive warns ("may/could be designated") or announces ("will be designated"); its subject keeps a relative
# clause with an enabler verb ("Companies that supply the junta"); a subordinator starts the subject ("unless they")
MODAL_PASSIVES = [
    ("Those who violate the order may be sanctioned.", (("United States",), ("Those who violate the order",),
                                                        "threatened")),
    ("Companies that supply the junta could be designated under E.O. 14014.",
     (("United States",), ("Companies that supply the junta",), "threatened")),
    ("Individuals who obstruct the transition may be designated by the UN Security Council.",
     (("UN Security Council",), ("Individuals who obstruct the transition",), "threatened")),
    ("Ivan Ivanov will be designated next week.", (("United States",), ("Ivan Ivanov",), "announced")),
    # not statements: a heritage site; sanctions (not a target) that may be lifted
    ("The bridge may be designated a heritage site.", None),
    ("The talks went on for weeks, unless they may be lifted.", None),
]


@pytest.mark.parametrize(("text", "expected"), MODAL_PASSIVES)
def test_modal_passives(text: str, expected: tuple | None) -> None:
    assert statement_at(text) == expected


# measures named by their effect are in force, on the state the sentence (or passage) names; not the action itself
# again ("As a result of this designation, …"), and "those who …" is no back-reference to the statement before
EFFECT_OF = [
    ("Russia can't spend the oil revenues it has acquired on the imports it wants because of sanctions.", 0,
     (("United States",), ("Russia",), "imposed")),
    ("Iran's war goes on. Iran must pay. The powerful impact of sanctions will grow and compound over time.", 2,
     (("United States",), ("Iran",), "imposed")),
    ("As a result of these sanctions, we're seeing Belarus's economy in a freefall.", 0,
     (("United States",), ("Belarus",), "imposed")),
    # not statements: the designation's legal effect, restated
    ("Today we designated Djibo under E.O. 13818. As a result of this designation, U.S. persons are generally "
     "prohibited from engaging in any transactions with Djibo.", 1, None),
]


@pytest.mark.parametrize(("text", "sentence", "expected"), EFFECT_OF)
def test_measures_named_by_their_effect(text: str, sentence: int, expected: tuple | None) -> None:
    assert statement_at(text, sentence) == expected


def test_a_generic_target_is_no_back_reference() -> None:
    text = ("Russia's economy shrinks because of sanctions. We will impose costs on those who engage in this "
            "practice.")
    assert statement_at(text, 1) == (("United States",), ("those who engage in this practice",), "announced")


# frozen funds in the passive: an action on their owner (a target from the sentence, else none)
FROZEN = [
    ("Russia's central bank assets have been frozen by the G7.", (("G7",), ("Russia",), "imposed")),
    ("Half of the Kremlin's reserves are frozen abroad.", (("United States",), ("Kremlin",), "imposed")),
    ("Iran's oil revenues remain frozen in foreign banks.", (("United States",), ("Iran",), "imposed")),
    # not statements: pipes, a court's freeze with no owner named
    ("The pipes were frozen in the winter.", None),
    ("The court said the funds were frozen pending trial.", None),
]


@pytest.mark.parametrize(("text", "expected"), FROZEN)
def test_frozen_funds(text: str, expected: tuple | None) -> None:
    assert statement_at(text) == expected


# targets named before "all of which are designated …", and after a list of verbs ("designate, ban or restrict X")
LISTED_TARGETS = [
    ("We are disrupting the financing of Hamas, JNIM, and al-Shabaab — all of which are designated Foreign Terrorist "
     "Organizations — today.", ("Hamas", "JNIM", "al-Shabaab")),
    ("Governments have acted in recent years to designate, ban or restrict Hizballah from operating.", ("Hizballah",)),
    ("We will freeze the assets of sanctioned Russian oligarchs.", ("Russian oligarchs",)),
]


@pytest.mark.parametrize(("text", "targets"), LISTED_TARGETS)
def test_listed_targets(text: str, targets: tuple) -> None:
    record = statement_at(text)
    assert record is not None and record[1] == targets
