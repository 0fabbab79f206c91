"""The shipped sample corpus and the State Dept corpus load with the right metadata and furniture set aside."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.corpus.loader import load_corpus

REPO = Path(__file__).resolve().parents[1]
_CANDIDATES = (REPO.parent / "shared" / "corpora" / "state-dept", Path("/work/shared/corpora/state-dept"))
STATE_DEPT = next((p for p in _CANDIDATES if p.is_dir()), None)


@pytest.fixture(scope="module")
def sample():
    loaded = load_corpus([REPO / "data"])
    return {a.id[:3]: a for a in loaded.articles}, loaded.warnings


@pytest.mark.parametrize(("key", "line", "reason"), [
    ("000", "Newspapers in English", "newspaper"),
    ("000", "Newspapers from United States", "newspaper"),
    ("001", "Physical Address", "address"),
    ("001", "304 North Cardinal St.", "address"),
    ("001", "Dorchester Center, MA 02124", "address"),
    ("001", "Source: AP", "credit"),
    ("002", "Live briefing: Russian invasion of Ukraine", "promo"),
    ("003", "You may also like", "related"),
    ("003", "This post appeared first on washingtonpost.com", "credit"),
    ("004", "Skip to main content", "navigation"),
    ("004", "burs/rlp/giv", "slug"),
])
def test_sample_furniture_set_aside(sample, key: str, line: str, reason: str) -> None:
    article = sample[0][key]
    assert [(f.reason) for f in article.furniture if f.text.strip() == line] == [reason]
    assert line not in article.text


@pytest.mark.parametrize(("key", "author", "dateline", "first_words"), [
    ("000", "Aamer Madhani", "WASHINGTON", "The United States and allies warned Iran"),
    ("001", "", "LONDON", None),
    ("003", "", "LONDON", None),
    ("004", "", "", "The European Union said Monday"),
])
def test_sample_header(sample, key: str, author: str, dateline: str, first_words: str | None) -> None:
    article = sample[0][key]
    assert (article.author, article.dateline) == (author, dateline)
    if first_words:
        assert article.text.startswith(first_words)


def test_sample_nothing_lost(sample) -> None:
    articles, warnings = sample
    assert not warnings and len(articles) == 5
    for article in articles.values():
        raw = Path(article.path).read_text(encoding="utf-8")
        assert [line.text for line in article.lines] == [t for t in raw.splitlines() if t.strip()]


@pytest.mark.skipif(STATE_DEPT is None, reason="shared/corpora/state-dept not present")
def test_state_dept_corpus() -> None:
    loaded = load_corpus([STATE_DEPT])
    assert len(loaded.articles) == 2031 and not loaded.warnings
    assert all(a.date_source == "metadata" for a in loaded.articles)
    dates = sorted(a.published for a in loaded.articles)
    assert date(2021, 1, 1) <= dates[0] and dates[-1] <= date(2022, 12, 31)
    assert len({a.id for a in loaded.articles}) == 2031
    assert sum(1 for a in loaded.articles if a.title and a.text) == 2031
