"""A sanction term that is itself its clause's verb ("we have sanctioned", "we are designating") is an action,
unless it is passive or names a post rather than a sanction; and a rules' statement with no target of its own takes
the one of the statement just before, even when the sentence model found that one."""

from __future__ import annotations

import pytest

from briefing.extract import find_sanctions, sanctions
from briefing.extract._context import build as article_context
from briefing.models import Sanction

_STATE = "https://www.state.gov/remarks/"

ACTIONS = [
    ("We’ve now sanctioned most of Russia’s largest financial institutions.", True),
    ("Since the coup, we have sanctioned over 27 entities and 70 individuals.", True),
    ("We are also designating an individual installed as a mayor by Russia.", True),
    ("The elites that we’ve sanctioned are feeling it.", True),
    ("They were designated in 2020.", False),  # passive: its subject is the target, not an actor
    ("I have designated Under Secretary John R. Bass as the Chief Sustainability Officer.", False),  # a post
    ("We have designated certain categories of nationals as having access to the program.", False),
    ("We have designated the group as a Foreign Terrorist Organization.", True),  # a sanction category
    ("Both individuals face sanctions.", False),  # a noun, not the verb
]


@pytest.mark.parametrize(("sentence", "acted"), ACTIONS)
def test_a_verbal_term_acts(sentence: str, acted: bool) -> None:
    term = sanctions._lexicon.sanction_term_re()[0].search(sentence)
    assert term is not None
    assert sanctions._acted(sentence, term.start()) is acted


def test_a_verbal_term_is_a_statement_with_the_rules_alone(rules_only: None) -> None:
    found = find_sanctions("We’ve now sanctioned most of Russia’s largest financial institutions.", source=_STATE)
    assert [(r.by, r.targets, r.status) for r in found] == [(("United States",), ("Russia",), "imposed")]


def _statement(text: str, at: int, targets: tuple[str, ...], status: str) -> Sanction:
    return Sanction(by=("United States",), targets=targets, measure="unspecified", status=status, conditional="",
                    date=None, evidence=text[at:], article="", sentence=int(at > 0), start=at, end=len(text))


@pytest.mark.parametrize(("gap", "carried"), [(" ", ("Iran",)), ("\n\n", ())])
def test_a_rules_statement_takes_the_target_of_a_learned_one_just_before(gap: str, carried: tuple[str, ...]) -> None:
    first = "We are putting pressure on Iran."
    text = first + gap + "We will freeze and seize the yachts of its elites."
    learned = _statement(first, 0, ("Iran",), "imposed")
    rule = _statement(text, len(first) + len(gap), (), "threatened")
    found = sanctions._RulePass(article_context(text), [rule], [], "United States", {}, set(), set())
    # in the same paragraph it goes on about Iran; in the next one nothing carries over
    assert [r.targets for r in sanctions._carried_targets(found, [learned, rule])] == [("Iran",), carried]
