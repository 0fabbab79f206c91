"""Sanctions, round 2: statements in spoken and long text the earlier rules missed, and imposers that are not.

Each table holds a sentence (or short text) -> (by, targets, status) of the statement in sentence `sentence`, or
None when nothing there is a sanction statement.
"""

from __future__ import annotations

import pytest
from sanction_records import BRIEFING_SOURCE, statement_at

from briefing.extract import find_sanctions

# a government's own measures in speech: a verb of making, applying or preparing governs the term
OWN_MEASURES = [
    ("We have consistently applied sanctions on this pipeline.", ("United States",), ("this pipeline",), "imposed"),
    ("Norway has helped craft EU sanctions, which were coordinated with ours.", ("European Union",), (), "imposed"),
    ("A new EU sanctions package is being prepared in Brussels.", ("European Union",), (), "proposed"),
    ("Canada is working on its next round of sanctions.", ("Canada",), (), "proposed"),
    ("Japan is ready to move forward with new sanctions.", ("Japan",), (), "threatened"),
    ("We have tools, to potentially include sanctions, that could be wielded against the officials responsible.",
     ("United States",), ("officials responsible",), "considered"),
    # not statements: a study, a screening, a bank's compliance
    ("Experts are working on a study of sanctions history.", None, None, None),
    ("The bank applies sanctions screening to every payment.", None, None, None),
]


@pytest.mark.parametrize(("text", "by", "targets", "status"), OWN_MEASURES)
def test_own_measures_in_speech(text: str, by: tuple | None, targets: tuple | None, status: str | None) -> None:
    expected = None if by is None else (by, targets, status)
    assert statement_at(text) == expected


# passives with people: a relative clause, an anaphor with nobody named before, the speaker as the target
PASSIVES = [
    ("Among the officials who were sanctioned today is the deputy minister.", ("United States",), ("officials",)),
    ("I can tell you that this individual was sanctioned for her role.", ("United States",), ("this individual",)),
    ("It is true of my colleagues and counterparts that have been sanctioned.", (),
     ("my colleagues and counterparts",)),
    ("I was sanctioned by the Russians last year.", ("Russia",), ("I",)),
    ("When I was sanctioned by the Chinese, I laughed.", ("China",), ("I",)),
    ("Officials who were designated by the EU and Canada include two generals.", ("European Union", "Canada"),
     ("Officials",)),
    # a domestic label is no sanction
    ("Reporters who were designated as foreign agents lost their jobs.", None, None),
]


@pytest.mark.parametrize(("text", "by", "targets"), PASSIVES)
def test_passives_with_people(text: str, by: tuple | None, targets: tuple | None) -> None:
    record = statement_at(text)
    assert (record[:2] if record else None) == (None if by is None else (by, targets))


# target phrases: abbreviations inside, dashes after, what a measure restricts before whom
TARGET_PHRASES = [
    ("The Treasury designated Acme Holdings – which ships oil – on Friday.", ("Acme Holdings",)),
    ("Canada imposed sanctions on major U.S. and EU-listed arms dealers.", ("major U.S. and EU-listed arms dealers",)),
    ("Japan imposed export controls on the export of chips to Russia.", ("Russia",)),
    ("We are imposing visa restrictions on the issuance of visas for members of the militia.",
     ("members of the militia",)),
    ("Our sanctions on Russia remain in force.", ("Russia",)),
    ("OFAC is re-designating Viktor Petrov for corruption.", ("Viktor Petrov",)),
    # the named members listed after the phrase: people and bodies, and states only as items of the list
    ("We imposed sanctions on individuals, including President Putin, members of Russia’s security council, and "
     "oligarchs.", ("individuals", "Putin")),
    ("Canada designated several entities, including Rosneft and Gazprom Neft, for their support to the war.",
     ("several entities", "Rosneft", "Gazprom Neft")),
    ("Japan imposed sanctions on several countries, including Iran, Syria and Cuba, last year.",
     ("several countries", "Iran", "Syria", "Cuba")),
    ("We are imposing visa restrictions on 511 officers, including officers operating in the Zaporizhzhia and "
     "Mariupol areas.", ("511 officers",)),
    # "the following entities …:" names the lines under it that open with a name and describe it
    ("The following entities have been designated pursuant to E.O. 14024 because they operate in the defense "
     "sector:\nAcme Avionics JSC is a defense entity that makes displays.\nBorets Missile Works (BMW) is a maker of "
     "missiles.  It is based in Orenburg.\nThe Department of State remains committed to accountability.",
     ("Acme Avionics JSC", "Borets Missile Works")),
]


@pytest.mark.parametrize(("text", "targets"), TARGET_PHRASES)
def test_target_phrases(text: str, targets: tuple) -> None:
    record = statement_at(text)
    assert record is not None and record[1] == targets


# a state's trade policy on itself is no sanction
@pytest.mark.parametrize(("text", "found"), [
    ("Moscow destabilised markets through its self-imposed export restrictions.", False),
    ("Russia is imposing its own export controls on itself.", False),
    ("Japan imposed export controls on Russia.", True),
])
def test_self_imposed_restrictions(text: str, found: bool) -> None:
    assert (statement_at(text) is not None) == found


# back-references: "these actions" right after a statement is one when it adds a target or a call to others
BACK_REFERENCES = [
    ("The Treasury is imposing sanctions on 12 Sudanese officials. We urge our partners to join us in taking these "
     "actions.", 1, ("United States",), ("12 Sudanese officials",), "proposed"),
    ("The Department is imposing visa restrictions on five Nicaraguan judges. Their spouses may also be subject to "
     "these restrictions.", 1, ("United States",), ("spouses",), "imposed"),
    ("The Department is imposing visa restrictions on five Nicaraguan judges. We have taken these actions because of "
     "the sham trials.", 1, None, None, None),
    ("We welcome the ceasefire. We call on other governments to join us in taking these actions.", 1, None, None, None),
]


@pytest.mark.parametrize(("text", "sentence", "by", "targets", "status"), BACK_REFERENCES)
def test_back_references(text: str, sentence: int, by: tuple | None, targets: tuple | None, status: str | None) -> None:
    assert statement_at(text, sentence) == (None if by is None else (by, targets, status))


# imposers in the wild: laws and programmes, objects of support, owners, names listed with the target, roles
IMPOSERS = [
    ("Turkey’s purchase of the system triggered CAATSA sanctions.", ("United States",), ("Türkiye",)),
    ("We will keep helping Ukraine while imposing costs on Russia.", ("United States",), ("Russia",)),
    ("We are cutting off the Russian Government from financing with sanctions on its elites.", ("United States",),
     ("elites",)),
    ("Japan’s new export controls on Belarus are biting.", ("Japan",), ("Belarus",)),
    ("Farhad Hoomer, Siraaj Miller, and Peter Mbaga are being designated today.", ("United States",),
     ("Farhad Hoomer", "Siraaj Miller", "Peter Mbaga")),
    ("Norway has helped craft and support EU sanctions on Russia.", ("European Union",), ("Russia",)),
    ("The Secretary designated Ambassador Mary Jones to lead the task force.", None, None),
    ("The Designation of New Marine Protected Areas in Oregon", None, None),
]


@pytest.mark.parametrize(("text", "by", "targets"), IMPOSERS)
def test_imposers(text: str, by: tuple | None, targets: tuple | None) -> None:
    record = statement_at(text)
    assert (record[:2] if record else None) == (None if by is None else (by, targets))


_BRIEFING = "MR PRICE: Good afternoon.\nQUESTION: {}\nMR PRICE: Thank you."
# a journalist's turn is never a statement, whatever it states: who acts named or not, "you" to the official or not
PRESS_TURNS = [
    "Canada imposed sanctions on Iran this morning. Will you follow?",
    "Among the people who were sanctioned today by you guys is a deputy minister. Why him?",
    "We have seen sanctions on many things. Why this?",
    "The EU imposed new sanctions on Iran today, didn’t it.",
    "It seems that the Taliban are now targeting government officials and journalists.",
    "The Treasury designated three Russian banks under E.O. 14024 on Monday.",
]


@pytest.mark.parametrize("question", PRESS_TURNS)
def test_press_turns_state_nothing(question: str) -> None:
    assert statement_at(_BRIEFING.format(question), 1) is None


def test_official_after_a_press_turn_still_states() -> None:
    text = ("QUESTION: Canada sanctioned Iran Air. Will you?\nMR PRICE: We are designating Iran Air today.\n"
            "QUESTION: Ok.")
    found = [(s.by, s.targets) for s in find_sanctions(text, source=BRIEFING_SOURCE)]
    assert found == [(("United States",), ("Iran Air",))]
