"""The summary API: SummaryLine records, algorithm names, MMR selection, near-duplicate groups."""

from __future__ import annotations

import itertools
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from briefing.language.sentences import sentence_spans
from briefing.summarize import ALGORITHMS, best, near_duplicate_groups, near_duplicate_pairs, rank, select, summarize
from briefing.summarize.terms import all_terms

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(ROOT.glob("data/*.txt"))

MISSILES = "Russia has received shipments of these ballistic missiles."
STORY = [
    MISSILES,
    "The European Union agreed new sanctions on Iranian drone makers on Monday.",
    "Russia has now received shipments of these (Iranian) ballistic missiles, officials said.",
    "Iran has denied sending ballistic missiles to Russia.",
    "Ukraine's air force said it shot down most of the drones launched overnight.",
    "The European Union agreed new sanctions on Iranian drone makers on Monday.",
    "Grain exports from Odesa resumed after a two-day pause.",
]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_summary_lines_point_back_into_the_text(path: Path, algorithm: str):
    text = path.read_text(encoding="utf-8")
    lines = summarize(text, 3, algorithm)
    spans = sentence_spans(text)
    assert len(lines) == min(3, len(spans))
    assert [line.sentence for line in lines] == sorted(line.sentence for line in lines)  # reading order
    for line in lines:
        assert text[line.start:line.end] == line.text
        assert (line.start, line.end) == spans[line.sentence]
        assert line.article == "" and line.date is None


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_list_is_taken_as_the_sentences(algorithm: str):
    lines = summarize(STORY, 2, algorithm)
    scores = rank(STORY, algorithm)
    assert [line.sentence for line in lines] == best(scores, 2)
    for line in lines:
        assert line.text == STORY[line.sentence]
        assert (line.start, line.end) == (0, len(line.text))
        assert line.score == scores[line.sentence]


@pytest.mark.parametrize(("scores", "count", "expected"), [
    ([0.1, 0.5, 0.3, 0.5], 2, [1, 3]),        # best two, in reading order
    ([0.2, 0.2, 0.2, 0.1], 2, [0, 1]),        # ties go to the earlier sentence, as in sumy
    ([0.3, 0.1], 5, [0, 1]),                  # asking for more than there are
    ([0.3, 0.1], 0, []),
    ([-3.0, -1.0, -2.0], 1, [1]),             # kl/sumbasic ratings are negative
])
def test_best(scores: list[float], count: int, expected: list[int]):
    assert best(scores, count) == expected


@pytest.mark.parametrize("name", ["lexrank ", "LexRank", "TEXTRANK"])
def test_algorithm_names_are_forgiving(name: str):
    assert rank(STORY, name) == rank(STORY, name.strip().lower())


@pytest.mark.parametrize("name", ["pagerank", "", "lex-rank"])
def test_unknown_algorithm_names_the_choices(name: str):
    with pytest.raises(ValueError, match="lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic, reduction"):
        summarize(STORY, 2, name)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_empty_input(algorithm: str):
    assert rank([], algorithm) == []
    assert summarize("", 3, algorithm) == []


# ---------------------------------------------------------------- near duplicates

@pytest.mark.parametrize(("first", "second", "same"), [
    (MISSILES, "Russia has now received shipments of these (Iranian) ballistic missiles.", True),
    (MISSILES, "RUSSIA HAS RECEIVED SHIPMENTS OF THESE BALLISTIC MISSILES", True),
    ("The minister said the talks would resume on Tuesday in Geneva.",
     "The minister said talks would resume Tuesday in Geneva.", True),
    (MISSILES, "Iran has denied sending ballistic missiles to Russia.", False),
    ("The minister said the talks would resume on Tuesday in Geneva.",
     "The minister said the talks had collapsed in Geneva on Tuesday after a row.", False),
    ("He said.", "She said.", False),
    # one template, different names or numbers: different facts
    ("Secretary of State Antony J. Blinken spoke today with Czech Foreign Minister Jan Lipavsky about Ukraine.",
     "Secretary of State Antony J. Blinken spoke today with Russian Foreign Minister Sergey Lavrov about Ukraine.",
     False),
    ("The United States has shared 1.2 million vaccine doses with the Philippines this week.",
     "The United States has shared 6.2 million vaccine doses with the Philippines this week.", False),
    # a retelling that adds a name still matches
    ("The talks would resume on Tuesday in the city, the minister said.",
     "The talks would resume on Tuesday in Geneva, the minister said.", True),
])
def test_near_duplicate_pairs(first: str, second: str, same: bool):
    groups = near_duplicate_groups(["Unrelated weather report for the coast.", first, second])
    assert (groups == [[1, 2]]) is same


def test_groups_chain_and_keep_reading_order():
    groups = near_duplicate_groups(STORY)
    assert groups == [[0, 2], [1, 5]]
    singles = near_duplicate_groups(STORY, min_size=1)
    assert sorted(itertools.chain.from_iterable(singles)) == list(range(len(STORY)))


def _brute_force_pairs(sentences: list[str], threshold: float) -> set[tuple[int, int]]:
    sets = [set(all_terms(s)) for s in sentences]
    found = set()
    for i, j in itertools.combinations(range(len(sets)), 2):
        if sets[i] and sets[j] and len(sets[i] & sets[j]) / np.sqrt(len(sets[i]) * len(sets[j])) >= threshold:
            found.add((i, j))
    return found


@pytest.mark.parametrize(("seed", "threshold"), [(0, 0.8), (1, 0.6), (2, 0.9), (3, 0.5)])
def test_prefix_filter_finds_every_pair_brute_force_finds(seed: int, threshold: float):
    """Sentences from the samples plus edited copies (words dropped/inserted): exact against O(n²)."""
    rng = random.Random(seed)
    pool = [text[s:e] for path in SAMPLES for text in [path.read_text(encoding="utf-8")]
            for s, e in sentence_spans(text)]
    base = rng.sample(pool, 60)
    variants = []
    for sentence in rng.sample(base, 30):
        words = sentence.split()
        for _ in range(rng.randint(0, 3)):
            if len(words) > 2 and rng.random() < 0.5:
                words.pop(rng.randrange(len(words)))
            else:
                words.insert(rng.randrange(len(words) + 1), rng.choice(["now", "Iranian", "also", "reportedly"]))
        variants.append(" ".join(words))
    sentences = base + variants
    left, right, _ = near_duplicate_pairs(sentences, threshold, names_must_agree=False)
    assert set(zip(left.tolist(), right.tolist(), strict=True)) == _brute_force_pairs(sentences, threshold)


# ---------------------------------------------------------------- MMR

def test_select_skips_a_repeated_fact():
    scores = [1.0, 0.9, 0.95, 0.2, 0.3, 0.85, 0.1]  # both copies of the two repeated facts rank high
    picked = select(STORY, scores, 4)
    assert picked[0] == 0
    assert not {0, 2} <= set(picked) and not {1, 5} <= set(picked)
    assert len(set(picked)) == 4


def test_select_falls_back_to_duplicates_when_nothing_else_is_left():
    sentences = [MISSILES, MISSILES, MISSILES]
    assert sorted(select(sentences, [0.3, 0.2, 0.1], 3)) == [0, 1, 2]


@pytest.mark.parametrize("similarity", ["cosine", "jaccard"])
def test_select_with_lambda_one_is_the_ranking(similarity: str):
    scores = [0.5, 0.9, 0.1, 0.7, 0.3, 0.6, 0.2]
    picked = select(STORY, scores, 4, similarity=similarity, lambda_=1.0, duplicate=None)
    assert picked == [1, 3, 5, 0]


def test_select_rejects_unknown_similarity():
    with pytest.raises(ValueError, match="cosine, jaccard"):
        select(STORY, [1.0] * len(STORY), 2, similarity="euclid")


def test_summarize_with_mmr_keeps_one_copy():
    lines = summarize(STORY, 3, "lexrank", mmr_lambda=0.7)
    chosen = {line.sentence for line in lines}
    assert len(chosen) == 3 and not {0, 2} <= chosen and not {1, 5} <= chosen


# ---------------------------------------------------------------- offline

def test_every_algorithm_runs_with_no_network_and_no_nltk_data(tmp_path: Path):
    script = f"""
import socket, nltk
def refuse(*args, **kwargs):
    raise AssertionError("network or download attempted")
socket.socket.connect = refuse
nltk.download = refuse
from briefing.summarize import ALGORITHMS, summarize
for name in ALGORITHMS:
    assert len(summarize({STORY!r}, 2, name)) == 2, name
print("ok")
"""
    env = {"NLTK_DATA": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr


@pytest.mark.parametrize(("sentences", "groups"), [
    ([], []),
    ([MISSILES], []),
    (["—", "—", MISSILES], []),                       # no words: nobody's duplicate
    ([MISSILES, MISSILES, MISSILES], [[0, 1, 2]]),
])
def test_near_duplicate_edge_cases(sentences: list[str], groups: list[list[int]]):
    assert near_duplicate_groups(sentences) == groups
    left, right, _ = near_duplicate_pairs(sentences)
    assert len(left) == len(right) == sum(len(g) * (len(g) - 1) // 2 for g in groups)


def test_sentence_records_keep_their_provenance():
    from datetime import date

    from briefing.models import Sentence

    records = [Sentence(article=f"a{i % 2}", index=10 + i, paragraph=0, start=100 * i, end=100 * i + len(t), text=t,
                        date=date(2024, 9, 1 + i)) for i, t in enumerate(STORY)]
    lines = summarize(records, 3, "textrank")
    expected = best(rank(STORY, "textrank"), 3)
    assert [line.sentence for line in lines] == [records[i].index for i in expected]
    for line, i in zip(lines, expected, strict=True):
        assert (line.article, line.start, line.end, line.date, line.text) == (
            records[i].article, records[i].start, records[i].end, records[i].date, records[i].text)


def test_names_must_agree_is_what_separates_templates():
    template = [
        "Secretary of State Antony J. Blinken spoke today with Czech Foreign Minister Jan Lipavsky about Ukraine.",
        "Secretary of State Antony J. Blinken spoke today with Russian Foreign Minister Sergey Lavrov about Ukraine.",
    ]
    assert near_duplicate_groups(template) == []
    assert near_duplicate_groups(template, names_must_agree=False) == [[0, 1]]
