"""The sanction-sentence model: its file format, its features, and how find_sanctions uses what it finds.

How find_sanctions uses the model is tested with a hand-made model (one word decides), so these tests do not move
when the shipped model is retrained; the shipped model itself is checked for sanity only.
"""

from __future__ import annotations

import pytest

from briefing.extract import _statement_model, find_sanctions
from briefing.extract._statement_model import Model, dump, features, parse
from tests.sanction_records import BRIEFING_SOURCE

HIT = Model(bias=-5.0, threshold=0.5, weights={"w=hit": 10.0})


@pytest.fixture
def hit_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that calls every sentence with the word "hit" a statement, and nothing else."""
    monkeypatch.setattr(_statement_model, "shipped", lambda: HIT)


def test_file_round_trip() -> None:
    model = Model(bias=-2.5, threshold=0.3, weights={"w=sanctions": 1.25, "b=we hit": -0.5, "f=official": 0.001})
    text = dump(model, "a header\nof two lines")
    assert text.startswith("# a header\n# of two lines\n")
    back = parse(text)
    assert (back.bias, back.threshold) == (-2.5, 0.3)
    assert back.weights == {"w=sanctions": 1.25, "b=we hit": -0.5}  # weights too small to matter are not written


def test_features_words_pairs_and_flags() -> None:
    feats = features("We’ve hit them HARD.", transcript=True, official=True, near=False, term=False, found=False)
    assert {"w=we've", "w=hit", "w=hard", "b=we've hit", "b=them hard", "f=transcript", "f=official"} <= feats
    assert not {"f=near", "f=term", "f=found"} & feats


def test_probability_follows_the_weights() -> None:
    assert _statement_model.probability({"w=hit"}, HIT) > 0.99
    assert _statement_model.probability({"w=miss"}, HIT) < 0.01


def test_shipped_model_is_sane() -> None:
    model = _statement_model.shipped()
    assert 0.0 < model.threshold < 1.0
    assert model.weights["f=found"] > 0  # what the rules find is mostly a statement
    assert model.weights["w=sanctions"] > model.weights.get("w=weather", 0.0)
    assert len(model.weights) > 1000


TRANSCRIPT = ("MR PRICE: We have imposed sanctions on Russia. We hit them hard.\n"
              "QUESTION: You hit them hard. Did you hit them hard enough?\n"
              "MR PRICE: Did we hit them hard? We did.\n")


def test_learned_statement_takes_its_context(hit_model: None) -> None:
    records = find_sanctions(TRANSCRIPT, source=BRIEFING_SOURCE)
    learned = [r for r in records if r.evidence == "We hit them hard."]
    assert len(learned) == 1
    assert learned[0].by == ("United States",)  # the official's government
    assert learned[0].targets == ("Russia",)  # the statement just before in the turn
    assert learned[0].status == "imposed"


def test_no_learned_statement_in_questions_or_journalists_turns(hit_model: None) -> None:
    evidence = {r.evidence for r in find_sanctions(TRANSCRIPT, source=BRIEFING_SOURCE)}
    assert "You hit them hard." not in evidence
    assert "Did we hit them hard?" not in evidence
    assert len(evidence) == 2


def test_text_without_sanction_cue_is_not_scored(hit_model: None) -> None:
    assert find_sanctions("MR PRICE: We hit them hard on Russia.\nQUESTION: Why?\n", source=BRIEFING_SOURCE) == []


def test_learned_statement_without_target_needs_a_sure_model(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "We announced new sanctions today. We hit hard."
    unsure = Model(bias=-5.0, threshold=0.3, weights={"w=hit": 4.5})  # "We hit hard." scores .38: a statement
    monkeypatch.setattr(_statement_model, "shipped", lambda: unsure)
    assert [r.evidence for r in find_sanctions(text, source=BRIEFING_SOURCE)] == ["We announced new sanctions today."]
    monkeypatch.setattr(_statement_model, "shipped", lambda: HIT)  # sure of it: it stands without a target
    assert [r.evidence for r in find_sanctions(text, source=BRIEFING_SOURCE)] == [
        "We announced new sanctions today.", "We hit hard."]


def test_rule_statement_is_not_doubled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_statement_model, "shipped", lambda: Model(-5.0, 0.5, {"w=sanctions": 10.0}))
    records = find_sanctions("We imposed sanctions on Russia today.", source=BRIEFING_SOURCE)
    assert len(records) == 1


def test_learned_statement_by_a_speaker_is_their_government(hit_model: None) -> None:
    text = ("Ned Price, Department Spokesperson\nMR PRICE: We imposed sanctions on Russia last week.\n"
            "QUESTION: And now?\nMR PRICE: Russia’s economy is hit hard.\n")
    learned = [r for r in find_sanctions(text, source=BRIEFING_SOURCE) if "hit hard" in r.evidence]
    assert len(learned) == 1
    assert learned[0].by == ("United States",)


@pytest.mark.parametrize(("sentence", "target"), [
    ("Ukraine’s allies and Russia’s rivals hit hard.", ()),  # two states, neither burdened: no single target
    ("Ukraine’s allies hit hard with pressure on Russia.", ("Russia",)),
    ("For Ukraine’s sake, we hit them hard with costs against Moscow.", ("Russia",)),
])
def test_learned_statement_target_is_the_state_burdened(hit_model: None, sentence: str, target: tuple) -> None:
    records = find_sanctions(f"Sanctions matter. {sentence}", source=BRIEFING_SOURCE)
    assert [r.targets for r in records if r.evidence == sentence] == [target]


@pytest.mark.parametrize(("sentence", "by"), [
    # a term in passing anchors nothing: the clause's subject imposes, not the evader named nearest the term
    ("Finally, Japan will hit Russia’s access to key services that the Russian Federation uses to evade sanctions.",
     ("Japan",)),
    ("Japan’s Ministry of Finance has hit the banks that the Russian Federation uses.", ("Japan",)),  # an office
    ("The EU and Canada hit the banks that the Russian Federation uses.", ("European Union", "Canada")),
    ("Russia’s banks were hit by what Japan did.", ("United States",)),  # no active subject: the release's own
])
def test_learned_statement_imposer_is_the_subject(hit_model: None, sentence: str, by: tuple) -> None:
    records = find_sanctions(f"Sanctions matter. {sentence}", source=BRIEFING_SOURCE)
    assert [r.by for r in records if r.evidence == sentence] == [by]
