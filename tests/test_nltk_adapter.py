"""The nltk data adapter: silent when data is missing, additive (never overriding) when present."""

from __future__ import annotations

import json
from pathlib import Path

import nltk
import pytest

from briefing.language import nltk_adapter
from briefing.language.sentences import SentenceSplitter, load_parameters

DATA = Path(__file__).parent / "data"


@pytest.fixture
def nltk_path(tmp_path, monkeypatch):
    """nltk's search path pointed at an empty folder; any download attempt fails the test."""
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    monkeypatch.setattr(nltk, "download", lambda *a, **k: pytest.fail("nltk.download called"))
    nltk_adapter.punkt_tables.cache_clear()
    yield tmp_path
    nltk_adapter.punkt_tables.cache_clear()


def _install_punkt_tab(root: Path, ortho: dict[str, int]) -> None:
    folder = root / "tokenizers" / "punkt_tab" / "english"
    folder.mkdir(parents=True)
    (folder / "abbrev_types.txt").write_text("no\nsaid\n", encoding="utf-8")
    (folder / "sent_starters.txt").write_text("officials\n", encoding="utf-8")
    (folder / "collocations.tab").write_text("u.s\tthe\n", encoding="utf-8")
    (folder / "ortho_context.tab").write_text("".join(f"{w}\t{f}\n" for w, f in ortho.items()), encoding="utf-8")
    nltk_adapter.punkt_tables.cache_clear()


def test_missing_data_is_reported_quietly(nltk_path, capsys) -> None:
    assert nltk_adapter.find_resource("tokenizers/punkt_tab/english") is None
    assert nltk_adapter.punkt_tables("english") is None
    params = load_parameters()
    assert nltk_adapter.enrich_punkt_parameters(params) is False
    assert capsys.readouterr().err == ""


def test_installed_tables_only_fill_gaps(nltk_path) -> None:
    ours = load_parameters()
    known = next(iter(ours.ortho_context))
    _install_punkt_tab(nltk_path, {known: 0, "zzqxword": 46})
    tables = nltk_adapter.punkt_tables("english")
    assert tables is not None and ("u.s", "the") in tables.collocations
    params = load_parameters()  # enriched on load
    assert params.ortho_context["zzqxword"] == 46
    assert params.ortho_context[known] == ours.ortho_context[known]
    assert params.abbrev_types == ours.abbrev_types and params.sent_starters == ours.sent_starters


def test_hostile_tables_do_not_change_the_challenge_results(nltk_path) -> None:
    plain = SentenceSplitter(load_parameters())
    ours = load_parameters()
    _install_punkt_tab(nltk_path, {word: 0 for word in ours.ortho_context})
    enriched = SentenceSplitter(load_parameters())
    for name in ("sentence_challenge_news.json", "sentence_challenge_golden.json"):
        for case in json.loads((DATA / name).read_text(encoding="utf-8"))["cases"]:
            assert enriched.spans(case["text"]) == plain.spans(case["text"])
