"""The status of a sanction statement where a cue word says something else: conduct that threatens, hedges, measures
carried on under a condition, announcements that enact, and warnings of risk or cost."""

from __future__ import annotations

import pytest

from briefing.extract import find_sanctions, sanctions
from briefing.extract._context import build as article_context

_STATE = "https://www.state.gov/remarks/"


def _one(text: str) -> tuple[tuple[str, ...], str]:
    found = find_sanctions(text, source=_STATE)
    assert len(found) == 1, found
    return found[0].targets, found[0].status


STATUSES = [
    # what the targets did is no threat of sanctions; a government threatening them is
    ("On your question about sanctions, yes, seven officials were sanctioned today for their actions threatening "
     "the peace of Hong Kong.", "imposed"),
    ("The ministers threatened to impose sanctions on the junta.", "threatened"),
    # a hedge is no condition
    ("If my math is right, we have designated forty companies in Iran this year.", "imposed"),
    ("We will impose sanctions on Belarus if it allows the troops to stay.", "threatened"),
    # kept until a change, or carried on whatever comes: in force
    ("We will not lift our sanctions on Syria until and unless the regime changes course.", "imposed"),
    ("We will continue to raise the costs on Moscow if it presses on with the war.", "imposed"),
    ("We will continue to coordinate closely with our partners to impose severe costs on Russia if it escalates.",
     "imposed"),
    # an official announcing a measure in the present enacts it; an announcement told of keeps its own status
    ("Today we are announcing visa restrictions on twelve officials of the Ortega regime.", "imposed"),
    ("Last week we announced new export controls on Russia.", "announced"),
    # the risk of sanctions, and a cost that would come: warnings
    ("Foreign banks that process these payments for the regime may face sanctions.", "threatened"),
    ("Trading with the designated network poses serious risks, including sanctions.", "threatened"),
    ("Any military support for Moscow would come with a steep cost for Beijing in sanctions.", "threatened"),
]


@pytest.mark.parametrize(("text", "status"), STATUSES)
def test_status(text: str, status: str) -> None:
    assert _one(text)[1] == status


TARGETS = [
    ("Seven officials were sanctioned today.", ("Seven officials",)),  # the auxiliary is not part of the phrase
    ("We will not lift our sanctions on Syria until the regime changes course.", ("Syria",)),  # nor the condition
]


@pytest.mark.parametrize(("text", "targets"), TARGETS)
def test_target_phrase_ends(text: str, targets: tuple[str, ...]) -> None:
    assert _one(text)[0] == targets


# a plain statement's target: the state a burden is put on, by a noun or a verb, and not an ally named among the
# imposers
BURDENED = [
    ("The measures our partners have joined us in taking against Russia are biting.", ["Russia"]),
    ("This is what we have brought to bear on Iran.", ["Iran"]),
    ("We have put pressure on Syria.", ["Syria"]),
    ("Aid to Ukraine has grown.", []),
]


@pytest.mark.parametrize(("text", "states"), BURDENED)
def test_burdened_states(text: str, states: list[str]) -> None:
    ctx = article_context(text)
    assert sanctions._burdened_states(ctx, 0, len(text), {"United States"}) == states


ALLIES = [
    ("We applaud our Allies and partners, including Lithuania, for enforcing the sanctions.", []),
    ("We imposed sanctions on several countries, including Iran.", ["Iran"]),
]


@pytest.mark.parametrize(("text", "states"), ALLIES)
def test_an_ally_named_is_no_target(text: str, states: list[str]) -> None:
    ctx = article_context(text)
    assert sanctions._states_in(ctx, 0, len(text), {"United States"}, sentence=True) == states


# a statement the model finds reads its status as the rules' do: an announcement that enacts is in force
PLAIN = [
    ("The Department of State is announcing a series of actions to promote accountability for Russian officials.",
     "imposed"),
    ("Last month the Department announced a series of actions to promote accountability for Russian officials.",
     "announced"),
    # options open are weighed, not taken
    ("All options are on the table when it comes to the regime in Burma.", "considered"),
    ("Sanctions are a tool that is also available to us.", "considered"),
    ("We have used the tools available to us against the regime in Burma.", "imposed"),
    # a response kept in reserve warns
    ("We reserve the right to take appropriate measures against Russia.", "threatened"),
    ("We are not afraid to impose costs on China for its conduct.", "threatened"),
    ("We will do everything we can to respond to any such effort by Russia.", "threatened"),
    # what should be done, or what others are called on to do, is proposed; what must be blocked by law is in force
    ("Appropriate actions should be taken to limit financial support from entities linked to Belarus.", "proposed"),
    ("We call on the international community to do more to stop the violence in Burma.", "proposed"),
    ("As a result of today’s action, all property of these persons in Iran must be blocked and reported.",
     "imposed"),
]


@pytest.mark.parametrize(("text", "status"), PLAIN)
def test_plain_statement_status(text: str, status: str) -> None:
    assert sanctions._plain_statement(article_context(text), 0, "United States").status == status


def test_policy_measures_announced_are_no_policy_in_force() -> None:
    text = "We have announced a series of policy measures on Hong Kong authorities, including sanctions."
    assert sanctions._plain_statement(article_context(text), 0, "United States").status == "announced"
