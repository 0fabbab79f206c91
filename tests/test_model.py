"""The Briefing query model on small corpora built here, and on the sample corpus."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from briefing.corpus.loader import load_corpus
from briefing.model import UNDATED, Briefing, actor_kind, parse_day
from briefing.pipeline import analyse
from briefing.sample import sample_corpus_path


def briefing_of(tmp_path: Path, files: dict[str, str]) -> Briefing:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    loaded = load_corpus([tmp_path])
    return Briefing([analyse(a) for a in loaded.articles], name="test")


def story(day: str | None, source: str, body: str) -> str:
    front = f"---\ntitle: A story from {source}\nsource: {source}\n" + (f"published: {day}\n" if day else "") + "---\n"
    return front + body


@pytest.fixture(scope="module")
def sample() -> Briefing:
    loaded = load_corpus([sample_corpus_path()])
    return Briefing([analyse(a) for a in loaded.articles], name="sample")


def test_days_and_undated_grouping(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {
        "a.md": story("2024-05-01", "Wire One", "Germany said on Wednesday that it would send more aid to Poland."),
        "b.md": story("2024-05-02", "Wire Two", "France said on Thursday that it would host the talks in Paris."),
        "c.md": story(None, "Wire Three", "Spain said that it would review the plan before voting on it."),
    })
    assert b.days() == [date(2024, 5, 1), date(2024, 5, 2)]
    assert b.has_undated()
    assert [a.article.source for a in b.on_day(UNDATED)] == ["Wire Three"]
    assert len(b.on_day(None)) == 3
    stats = b.stats()
    assert (stats.articles, stats.days, stats.sources, stats.undated) == (3, 2, 3, 1)


def test_near_duplicate_sentences_become_one_corroborated_line(tmp_path: Path) -> None:
    shared = "The ministry said the new border crossing would open to trucks carrying food and medicine next week."
    one = shared + "\n\nLocal farmers have complained for months about the long queues at the border."
    two = shared.replace("would open", "will open") + "\n\nThe decision follows a week of talks in the capital."
    b = briefing_of(tmp_path, {"a.md": story("2024-05-01", "Wire One", one),
                               "b.md": story("2024-05-01", "Wire Two", two)})
    lines = b.summary(day=date(2024, 5, 1), sentences=5)
    texts = [line.text for line in lines]
    crossing = [line for line in lines if "border crossing" in line.text]
    assert len(crossing) == 1, texts
    assert crossing[0].corroboration == 2
    assert {p.source for p in crossing[0].sources} == {"Wire One", "Wire Two"}


def test_new_marks_what_no_earlier_day_carried(tmp_path: Path) -> None:
    old = "The central bank kept its main interest rate unchanged at four percent for a third month in a row."
    fresh = "The finance minister resigned on Thursday after a dispute with the prime minister over the budget."
    b = briefing_of(tmp_path, {
        "a.md": story("2024-05-01", "Wire One", old),
        "b.md": story("2024-05-02", "Wire Two", old + "\n\n" + fresh),
    })
    lines = {line.text: line.new for line in b.summary(day=date(2024, 5, 2), sentences=5)}
    assert lines[fresh] is True
    assert lines[old] is False
    only_new = [line.text for line in b.summary(day=date(2024, 5, 2), new=True, sentences=5)]
    assert only_new == [fresh]


def test_summary_lines_carry_provenance_to_their_sentence(sample: Briefing) -> None:
    for line in sample.summary(sentences=4):
        sentence = sample.sentence(line.article, line.sentence)
        assert sentence.text == line.text
        assert sample.articles[line.article].text[line.start:line.end] == line.text


def test_summary_never_offers_fragments(sample: Briefing) -> None:
    for line in sample.summary(sentences=10):
        assert len(line.text.split()) >= 6


def test_actor_summary_pool_is_sentences_that_involve_the_actor(sample: Briefing) -> None:
    lines = sample.summary(actor="Iran", sentences=5)
    assert lines
    for line in lines:
        assert "Iran" in sample._sentence_actors[(line.article, line.sentence)]


def test_actors_merge_aliases_and_rank_states_first(sample: Briefing) -> None:
    rows = {row.name: row for row in sample.actors()}
    assert {"U.S.", "United States"} <= set(rows["United States"].aliases)
    top = [row.name for row in sample.actors()[:4]]
    assert set(top) == {"United States", "Iran", "Russia", "Ukraine"}


@pytest.mark.parametrize(("typed", "expected"), [
    ("iran", "Iran"), ("U.S.", "United States"), ("Tehran", "Iran"), ("Blinken", "Antony Blinken"),
])
def test_resolve_actor_by_alias(sample: Briefing, typed: str, expected: str) -> None:
    assert sample.resolve_actor(typed) == expected


def test_resolve_actor_unknown_is_none(sample: Briefing) -> None:
    assert sample.resolve_actor("Atlantis Federation") is None


def test_people_take_the_affiliation_the_corpus_gives_them(sample: Briefing) -> None:
    assert sample.affiliations.get("David Lammy") == "United Kingdom"
    lammy = [q for q in sample.quotes() if q.speaker == "David Lammy"]
    assert lammy and all(q.affiliation == "United Kingdom" for q in lammy)


def test_quotes_filtered_by_actor_include_its_people(sample: Briefing) -> None:
    quotes = sample.quotes(actor="United States")
    assert quotes
    assert all("United States" in (q.speaker, q.affiliation) for q in quotes)


def test_sanctions_filter_by_actor_and_day(sample: Briefing) -> None:
    on_day = sample.sanctions(day=date(2024, 9, 9))
    assert on_day and all(s.sources[0].date == date(2024, 9, 9) for s in on_day)
    for s in sample.sanctions(actor="Iran"):
        assert "Iran" in s.by or "Iran" in s.targets


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-09-10", date(2024, 9, 10)), ("undated", UNDATED), ("all", None), (None, None),
])
def test_parse_day(text: str | None, expected: object) -> None:
    assert parse_day(text) == expected


def test_parse_day_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        parse_day("yesterday-ish")


@pytest.mark.parametrize(("kinds", "expected"), [
    ({"other": 192, "place": 163}, "place"),  # "Cuban" ×192 does not outvote "Cuba" ×163
    ({"other": 5}, "other"),
    ({"organization": 3, "person": 3, "other": 9}, "organization"),  # ties: alphabetical, never corpus order
    ({}, "organization"),
])
def test_actor_kind_comes_from_named_mentions(kinds: dict[str, int], expected: str) -> None:
    assert actor_kind(Counter(kinds)) == expected


def test_demonyms_do_not_change_a_country_s_kind(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"a.md": story("2024-05-01", "Wire", (
        "Cuban officials met Cuban diplomats while Cuban exiles protested outside the embassy in Havana. "
        "Cubans waited for news. The talks on Cuba resumed on Wednesday after a long pause in the process."))})
    cuba = next(r for r in b.actors() if r.name == "Cuba")
    assert cuba.kind == "place"
