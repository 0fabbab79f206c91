"""The vectorised algorithms rate and choose sentences exactly as sumy does, on inputs sumy can finish."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from briefing.language.sentences import split_sentences
from briefing.summarize import best, rank, summarize
from briefing.summarize.sumy_adapter import sumy_rank, sumy_select

ROOT = Path(__file__).resolve().parent.parent
_SHARED = next((p for p in (Path(__file__).resolve().parents[2] / "shared", Path("/work/shared")) if p.is_dir()),
               Path("/work/shared"))
STATE_DEPT = _SHARED / "corpora" / "state-dept" / "press-releases-2021-2022.jsonl"
FAST = ("lexrank", "textrank", "reduction", "lsa")
GREEDY = ("sumbasic", "kl")
COUNT = 5


def _sample_docs() -> list[tuple[str, list[str]]]:
    return [(path.name, split_sentences(path.read_text(encoding="utf-8"))) for path in sorted(ROOT.glob("data/*.txt"))]


def _state_dept_subsets(count: int = 5) -> list[tuple[str, list[str]]]:
    if not STATE_DEPT.exists():
        return []
    with STATE_DEPT.open(encoding="utf-8") as handle:
        releases = [json.loads(line)["text"] for line in handle]
    subsets = []
    for seed in range(count):
        rng = random.Random(seed)
        pool: list[str] = []
        for text in rng.sample(releases, 40):
            pool.extend(split_sentences(text))
        subsets.append((f"state-dept-seed{seed}", rng.sample(pool, min(len(pool), rng.randint(40, 150)))))
    return subsets


INPUTS = _sample_docs() + _state_dept_subsets()


def assert_same_choice(ours: list[int], theirs: list[int], reference: list[float]) -> None:
    """Identical picks, except that sentences whose sumy ratings tie (to rounding) may swap places."""
    if ours == theirs:
        return
    swapped = set(ours) ^ set(theirs)
    boundary = min(reference[i] for i in theirs)
    tolerance = 1e-9 * max(1.0, abs(boundary))
    assert all(abs(reference[i] - boundary) <= tolerance for i in swapped), (ours, theirs)


def test_inputs_are_present():
    assert len(INPUTS) >= 5
    assert all(len(sentences) >= 10 for _, sentences in INPUTS)


@pytest.mark.parametrize("algorithm", FAST)
@pytest.mark.parametrize(("name", "sentences"), INPUTS, ids=[name for name, _ in INPUTS])
def test_fast_algorithm_matches_sumy(algorithm: str, name: str, sentences: list[str]):
    reference = sumy_rank(sentences, algorithm)
    ours = rank(sentences, algorithm)
    np.testing.assert_allclose(ours, reference, rtol=1e-9, atol=1e-12)
    assert_same_choice(best(ours, COUNT), sumy_select(sentences, COUNT, algorithm), reference)


@pytest.mark.parametrize("algorithm", GREEDY)
@pytest.mark.parametrize(("name", "sentences"), INPUTS[:7], ids=[name for name, _ in INPUTS[:7]])
def test_greedy_algorithm_picks_like_sumy(algorithm: str, name: str, sentences: list[str]):
    """Ratings are -k for the k-th pick. SumBasic sums in sumy's order, so it matches exactly; KL-Sum
    is rearranged algebraically, so late picks among near-equal divergences may swap: compare the first 30."""
    reference = np.array(sumy_rank(sentences, algorithm))
    ours = np.array(rank(sentences, algorithm))
    if algorithm == "sumbasic":
        np.testing.assert_array_equal(ours, reference)
    early = reference > -30
    np.testing.assert_array_equal(ours[early], reference[early])
    assert best(list(ours), COUNT) == sumy_select(sentences, COUNT, algorithm)
    lines = summarize(sentences, COUNT, algorithm)  # stops after COUNT picks
    assert [line.sentence for line in lines] == best(list(ours), COUNT)


@pytest.mark.parametrize("algorithm", ["luhn", "edmundson"])
@pytest.mark.parametrize(("name", "sentences"), INPUTS[:3], ids=[name for name, _ in INPUTS[:3]])
def test_sumy_ratings_reproduce_sumy_choice(algorithm: str, name: str, sentences: list[str]):
    """For the algorithms sumy runs itself, the ratings `rank` reports are the ones sumy selects by."""
    ours = rank(sentences, algorithm)
    assert_same_choice(best(ours, COUNT), sumy_select(sentences, COUNT, algorithm), ours)


@pytest.mark.parametrize("algorithm", FAST + GREEDY)
def test_repeated_sentences_share_sumys_rating(algorithm: str):
    sentences = [
        "The ministers agreed to extend the grain corridor for another four months.",
        "Officials said the deal covers wheat, maize and sunflower oil.",
        "The ministers agreed to extend the grain corridor for another four months.",
        "Shipping insurers welcomed the extension of the corridor.",
        "Prices of wheat fell after the announcement of the deal.",
        "  Officials said the deal covers wheat, maize and sunflower oil.",
    ]
    np.testing.assert_allclose(rank(sentences, algorithm), sumy_rank(sentences, algorithm), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("algorithm", ["lexrank", "textrank", "reduction"])
def test_large_input_code_paths_match_sumy(algorithm: str, monkeypatch: pytest.MonkeyPatch):
    """The paths taken on large inputs (threaded row blocks; per-length-group products) on a small one."""
    from briefing.summarize import fast

    monkeypatch.setattr(fast, "_BLOCK_ROWS", 17)
    monkeypatch.setattr(fast, "_PARALLEL_FROM", 0)
    monkeypatch.setattr(fast, "_EXPLICIT_UP_TO", 0)
    sentences = INPUTS[-1][1]
    reference = sumy_rank(sentences, algorithm)
    ours = rank(sentences, algorithm)
    np.testing.assert_allclose(ours, reference, rtol=1e-9, atol=1e-12)
    assert_same_choice(best(ours, COUNT), sumy_select(sentences, COUNT, algorithm), reference)


@pytest.mark.parametrize("algorithm", FAST + GREEDY)
@pytest.mark.parametrize("sentences", [
    [""],
    ["", ""],
    ["The the.", "It is."],                      # nothing but stop words
    ["...", "Russia fired missiles.", "Russia fired missiles."],
    ["Iran.", "Iran.", "Russia."],               # one-word sentences: TextRank's log-length special case
])
def test_degenerate_inputs(algorithm: str, sentences: list[str]):
    """sumy's ratings where they are numbers; where sumy's LexRank divides by zero (NaN), ours rates 0."""
    ours = np.array(rank(sentences, algorithm))
    reference = np.array(sumy_rank(sentences, algorithm))
    assert np.isfinite(ours).all()
    np.testing.assert_allclose(ours, np.where(np.isnan(reference), 0.0, reference), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("algorithm", ["lsa", "edmundson", "luhn"])
def test_title_is_read_like_a_sumy_heading(algorithm: str):
    sentences = INPUTS[0][1]
    title = "US warns Iran over missile shipments to Russia"
    reference = sumy_rank(sentences, algorithm, title)
    np.testing.assert_allclose(rank(sentences, algorithm, title), reference, rtol=1e-9, atol=1e-12)
    if algorithm == "edmundson":  # the title method rewards sentences sharing the title's words
        assert reference != sumy_rank(sentences, algorithm)
