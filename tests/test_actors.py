"""Knowledge: aliases to canonical actors, config overrides, actor_of."""

from __future__ import annotations

from collections import Counter

import pytest

from briefing.config import ActorsConfig
from briefing.language.actors import actor_of, default_knowledge, spelling_key
from briefing.language.entities import find_entities
from briefing.model import person_mapping
from briefing.models import EntityMention


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Washington", "United States"),
        ("White House", "United States"),
        ("the Biden administration", "United States"),
        ("State Department", "United States"),
        ("U.S. Treasury", "United States"),
        ("Tehran", "Iran"),
        ("the Kremlin", "Russia"),
        ("Moscow", "Russia"),
        ("Whitehall", "United Kingdom"),
        ("Downing Street", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("UK", "United Kingdom"),
        ("Islamic Republic of Iran", "Iran"),
        ("Russian Federation", "Russia"),
        ("NATO", "NATO"),
        ("U.N.", "United Nations"),
        ("Europe", ""),
        ("Kharkov", ""),
        ("Narnia", ""),
    ],
)
def test_builtin_actor(name: str, actor: str) -> None:
    assert default_knowledge().actor(name) == actor


@pytest.mark.parametrize(("word", "other"), [("Zelenskyy", "Zelensky"), ("Zelenskiy", "Zelensky"),
                                             ("Dmitriy", "Dmitry"), ("Zelenski", "Zelensky")])
def test_spelling_key_merges_transliterations(word: str, other: str) -> None:
    assert spelling_key(word) == spelling_key(other)


def test_short_acronyms_are_case_sensitive() -> None:
    k = default_knowledge()
    assert k.lookup("US") is not None and k.lookup("us") is None
    assert k.lookup("WHO") is not None and k.lookup("Who") is None


def test_default_knowledge_is_cached() -> None:
    assert default_knowledge() is default_knowledge()


def test_config_overrides() -> None:
    config = ActorsConfig(
        aliases={"Foggy Bottom": "State Department", "Washington": "Washington State"},
        affiliations={"Jane Roe": "Canada", "Kremlin": "Kremlin"},
        kinds={"Washington State": "place"},
    )
    k = default_knowledge().with_config(config)
    assert k.actor("Foggy Bottom") == "United States"
    assert k.lookup("Washington").canonical == "Washington State"
    assert k.actor("Washington") == ""
    assert k.actor("Kremlin") == "Kremlin"
    text = "Jane Roe spoke in Washington. Roe left."
    found = {m.text: (m.kind, m.canonical, m.affiliation) for m in find_entities(text, knowledge=k)}
    assert found["Jane Roe"] == ("person", "Jane Roe", "Canada")
    assert found["Roe"] == ("person", "Jane Roe", "Canada")
    assert found["Washington"] == ("place", "Washington State", "")
    # The built-in knowledge is left alone.
    assert default_knowledge().actor("Washington") == "United States"


@pytest.mark.parametrize(
    ("mention", "actor"),
    [
        (EntityMention(0, 4, "Iran", "place", "Iran"), "Iran"),
        (EntityMention(0, 4, "NATO", "organization", "NATO"), "NATO"),
        (EntityMention(0, 6, "Blinken", "person", "Antony Blinken", "United States"), "United States"),
        (EntityMention(0, 6, "Smith", "person", "John Smith"), ""),
        (EntityMention(0, 6, "Europe", "place", "Europe"), ""),
        (EntityMention(0, 6, "Kremlin", "organization", "Kremlin", "Russia"), "Russia"),
        (EntityMention(0, 7, "Iranian", "other", "Iran"), "Iran"),
        (EntityMention(0, 7, "Russians", "other", "Russia"), "Russia"),
        (EntityMention(0, 7, "Atlantis", "other", "Atlantis"), ""),
    ],
)
def test_actor_of(mention: EntityMention, actor: str) -> None:
    assert actor_of(mention) == actor


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("Iranian officials said the talks failed.", "Iranian", "Iran"),
        ("The talks failed, Ukrainian officials said.", "Ukrainian", "Ukraine"),
        ("Russians queued at the border.", "Russians", "Russia"),
    ],
)
def test_standalone_demonym_counts_for_its_country(text: str, surface: str, actor: str) -> None:
    mention = next(m for m in find_entities(text) if m.text == surface)
    assert (mention.kind, actor_of(mention)) == ("other", actor)


@pytest.mark.parametrize(
    ("counts", "name", "person"),
    [
        # a bare surname joins the full name the corpus mostly uses, its short and long first names counted as one
        ({"Biden": 700, "Joe Biden": 40, "Joseph Biden": 6, "Jill Biden": 9, "Hunter Biden": 4}, "Biden", "Joe Biden"),
        ({"Biden": 700, "Joe Biden": 40, "Joseph Biden": 6, "Jill Biden": 9}, "Joseph Biden", "Joe Biden"),
        ({"Zelenskiy": 5, "Volodymyr Zelensky": 9, "Volodymyr Zelenskyy": 2}, "Zelenskiy", "Volodymyr Zelensky"),
        # two people of one surname, neither dominant: the bare surname stays itself
        ({"Smith": 10, "Jane Smith": 4, "John Smith": 3}, "Smith", "Smith"),
        # a short form that stands for two full names joins the one the corpus uses with that surname …
        ({"Tony Blinken": 5, "Antony Blinken": 40}, "Tony Blinken", "Antony Blinken"),
        ({"Tony Blair": 5, "Anthony Blair": 1}, "Anthony Blair", "Tony Blair"),
        ({"Tony Blinken": 100, "Antony Blinken": 2900, "Anthony Blinken": 1}, "Tony Blinken", "Antony Blinken"),
        # … and neither when the corpus uses both
        ({"Tony Blair": 5, "Anthony Blair": 1, "Antony Blair": 2}, "Tony Blair", "Tony Blair"),
        ({"Tony Blair": 5, "Anthony Blair": 1, "Antony Blair": 2}, "Antony Blair", "Antony Blair"),
        # a short form joins no other surname
        ({"Tony Blair": 5, "Antony Blinken": 40}, "Tony Blair", "Tony Blair"),
    ],
)
def test_one_name_per_person_across_the_corpus(counts: dict[str, int], name: str, person: str) -> None:
    assert person_mapping(Counter(counts))[name] == person
