"""Corpus formats: text with front matter, JSON shapes, JSONL, HTML, field-name variants, folders, manifest."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from briefing.corpus.loader import load_corpus, load_file

BODY = ("The finance ministers of several countries met on Tuesday to discuss the price of grain and the "
        "shipping routes that carry it across the sea.")
BODY2 = ("Officials said the talks would continue next week, and that no agreement had been reached on the "
         "question of export quotas for the coming season.")


def _one(path: Path):
    articles, warnings = load_file(path)
    assert len(articles) == 1, warnings
    return articles[0]


def test_plain_text_headline_and_body(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Grain talks stall in the capital\n\n{BODY}\n\n{BODY2}\n", encoding="utf-8")
    article = _one(path)
    assert (article.id, article.title) == ("story", "Grain talks stall in the capital")
    assert article.text == f"{BODY}\n\n{BODY2}"
    assert article.date_source == "none" and article.published is None


@pytest.mark.parametrize("front", [
    "---\ntitle: Front matter title\npublished: 2024-09-10\nsource: Daily Example\nauthor: 'Ann Writer'\n---\n",
    '+++\ntitle = "Front matter title"\npublished = "2024-09-10"\nsource = "Daily Example"\n'
    'author = "Ann Writer"\n+++\n',
])
def test_markdown_front_matter(tmp_path: Path, front: str) -> None:
    path = tmp_path / "story.md"
    path.write_text(f"{front}\n{BODY}\n\n{BODY2}\n", encoding="utf-8")
    article = _one(path)
    assert (article.title, article.source, article.author) == ("Front matter title", "Daily Example", "Ann Writer")
    assert (article.published, article.date_source) == (date(2024, 9, 10), "metadata")
    assert "published" not in article.text and article.text.startswith("The finance")


def test_malformed_toml_front_matter_warns_and_keeps_text(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(f'+++\ntitle = "unterminated\n+++\n{BODY}\n', encoding="utf-8")
    articles, warnings = load_file(path)
    assert len(articles) == 1 and articles[0].text == BODY
    assert any("front matter" in str(w) and str(path) in str(w) for w in warnings)


RECORD = {"title": "Record title", "text": f"{BODY}\n\n{BODY2}", "published": "2024-09-10", "source": "Wire"}


@pytest.mark.parametrize("payload", [
    RECORD,
    [RECORD, {**RECORD, "title": "Second"}],
    {"articles": [RECORD, {**RECORD, "title": "Second"}]},
    {"items": [RECORD]},
])
def test_json_shapes(tmp_path: Path, payload: object) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    articles, warnings = load_file(path)
    expected = 2 if isinstance(payload, list) or "articles" in payload else 1
    assert len(articles) == expected and not warnings
    assert articles[0].title == "Record title" and articles[0].source == "Wire"
    assert articles[0].published == date(2024, 9, 10)
    assert len({a.id for a in articles}) == len(articles)


def test_jsonl_one_article_per_line_with_line_in_path(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({**RECORD, "title": f"T{i}"}) for i in range(3)) + "\n", encoding="utf-8")
    articles, warnings = load_file(path)
    assert [a.title for a in articles] == ["T0", "T1", "T2"] and not warnings
    assert [a.path for a in articles] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert len({a.content_hash for a in articles}) == 3


@pytest.mark.parametrize(("record", "field", "value"), [
    ({"body": BODY}, "text", BODY),
    ({"content": BODY}, "text", BODY),
    ({"text": BODY, "headline": "H"}, "title", "H"),
    ({"text": BODY, "published": "2024-01-02"}, "published", date(2024, 1, 2)),
    ({"text": BODY, "date": "2024-01-02"}, "published", date(2024, 1, 2)),
    ({"text": BODY, "pubDate": "Tue, 02 Jan 2024 10:00:00 GMT"}, "published", date(2024, 1, 2)),
    ({"text": BODY, "source": "S"}, "source", "S"),
    ({"text": BODY, "outlet": "O"}, "source", "O"),
    ({"text": BODY, "source": {"id": "x", "name": "Nested"}}, "source", "Nested"),
    ({"text": BODY, "url": "https://e.com/a"}, "url", "https://e.com/a"),
    ({"text": BODY, "link": "https://e.com/b"}, "url", "https://e.com/b"),
    ({"text": BODY, "id": "abc"}, "id", "abc"),
    ({"text": BODY, "guid": "g-1"}, "id", "g-1"),
    ({"text": BODY, "author": "A"}, "author", "A"),
    ({"text": BODY, "byline": "B"}, "author", "B"),
    ({"text": BODY, "authors": ["A", "B"]}, "author", "A, B"),
])
def test_field_name_variants(tmp_path: Path, record: dict, field: str, value: object) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    assert getattr(_one(path), field) == value


PAGE = """<!doctype html><html><head><title>Site title | Example</title>
<meta property="og:title" content="OG headline">
<meta property="article:published_time" content="2024-09-10T08:00:00Z">
<meta property="og:site_name" content="Example News"><script>var tracking = "Subscribe now";</script></head>
<body><nav><a href="/">Home</a> <a>World</a></nav><header>Sign in</header>
<article><p>{body}</p><p>{body2}</p></article>
<aside>You may also like: other things</aside><footer>Copyright Example News 2024</footer></body></html>"""


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_main_text_and_metadata(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_text(PAGE.format(body=BODY, body2=BODY2), encoding="utf-8")
    article = _one(path)
    assert (article.title, article.source) == ("OG headline", "Example News")
    assert (article.published, article.date_source) == (date(2024, 9, 10), "metadata")
    assert article.text == f"{BODY}\n\n{BODY2}"
    for chrome in ("Home", "Sign in", "tracking", "Copyright", "You may also like"):
        assert chrome not in article.text


def test_html_title_tag_and_main_element(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Plain title</title><meta name='date' content='2023-05-06'></head><body>"
                    f"<div>Menu</div><main><p>{BODY}</p></main></body></html>", encoding="utf-8")
    article = _one(path)
    assert article.title == "Plain title" and article.text == BODY
    assert article.published == date(2023, 5, 6)


def test_folder_walked_recursively_and_several_paths(tmp_path: Path) -> None:
    (tmp_path / "a" / "b" / "c").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(f"One\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "a" / "b" / "c" / "two.md").write_text(f"Two\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "a" / "b" / "notes.csv").write_text("x,y\n", encoding="utf-8")
    (tmp_path / "a" / "README.md").write_text(f"Readme\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text(f"Three\n\n{BODY}\n", encoding="utf-8")
    loaded = load_corpus([tmp_path / "a", tmp_path / "other.txt", tmp_path / "a" / "one.txt"])
    assert sorted(a.id for a in loaded.articles) == ["one", "other", "two"]  # each file once, README skipped
    assert loaded.files == 3


def test_manifest_overrides_and_adds_metadata_per_folder(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (tmp_path / "x.txt").write_text(f"Printed headline of the story\n\n{BODY}\n", encoding="utf-8")
    (sub / "x.txt").write_text(f"Other headline\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "feed.json").write_text(json.dumps({**RECORD, "source": "From record"}), encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '["x.txt"]\nsource = "Manifest Outlet"\npublished = "2021-02-03"\nauthor = "M. Author"\n\n'
        '["feed.json"]\nsource = "Manifest wins"\n', encoding="utf-8")
    articles = {a.path: a for a in load_corpus([tmp_path]).articles}
    top = articles[str(tmp_path / "x.txt")]
    assert (top.source, top.published, top.date_source, top.author) == (
        "Manifest Outlet", date(2021, 2, 3), "metadata", "M. Author")
    assert top.title == "Printed headline of the story"
    assert articles[str(tmp_path / "feed.json")].source == "Manifest wins"
    nested = articles[str(sub / "x.txt")]  # the manifest is per folder
    assert (nested.source, nested.published) == ("", None)


def test_bad_manifest_warns_and_files_still_load(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(f"Headline here\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text('["x.txt"\nsource = 1\n', encoding="utf-8")
    loaded = load_corpus([tmp_path])
    assert [a.id for a in loaded.articles] == ["x"]
    assert any("manifest" in str(w) and "manifest.toml" in w.path for w in loaded.warnings)
