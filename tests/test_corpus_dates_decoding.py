"""Publication dates (metadata, text, URL, none) and byte decoding (BOMs, cp1252, binary)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from briefing.corpus.decode import UndecodableError, decode
from briefing.corpus.loader import load_corpus, load_file
from briefing.corpus.pubdate import date_line, parse_metadata_date, url_date

BODY = ("The finance ministers of several countries met on Tuesday to discuss the price of grain and the "
        "shipping routes that carry it across the sea.")


@pytest.mark.parametrize(("value", "tz", "expected"), [
    ("2024-09-10", "UTC", date(2024, 9, 10)),
    ("2024-09-10T23:30:00Z", "UTC", date(2024, 9, 10)),
    ("2024-09-10T23:30:00Z", "Europe/Kyiv", date(2024, 9, 11)),
    ("2024-09-10T02:00:00+00:00", "America/New_York", date(2024, 9, 9)),
    ("Tue, 10 Sep 2024 23:30:00 GMT", "Asia/Tokyo", date(2024, 9, 11)),
    ("Tue, 10 Sep 2024 08:00:00 +0000", "UTC", date(2024, 9, 10)),
    ("1725926400", "UTC", date(2024, 9, 10)),
    ("September 10, 2024", "UTC", date(2024, 9, 10)),
    ("2024-09-10T23:30:00", "Asia/Tokyo", date(2024, 9, 10)),  # naive: taken as written
    ("2024-09-10T23:30:00Z", "Not/AZone", date(2024, 9, 10)),  # unknown zone: UTC
    ("the day after never", "UTC", None),
    ("", "UTC", None),
])
def test_metadata_dates(value: str, tz: str, expected: date | None) -> None:
    assert parse_metadata_date(value, tz) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Sep 9, 2024", (date(2024, 9, 9), False)),
    ("First Published: Fri, October 07 2022", (date(2022, 10, 7), False)),
    ("Updated 10 September 2024", (date(2024, 9, 10), True)),
    ("Published 2024-09-10 08:00 UTC", (date(2024, 9, 10), False)),
    ("The talks began on September 9, 2024, and ended two days later without a deal.", None),
    ("No date here at all", None),
])
def test_date_lines(line: str, expected: tuple[date, bool] | None) -> None:
    assert date_line(line) == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example.com/2024/09/10/grain-talks", date(2024, 9, 10)),
    ("https://news.example.com/world/2024-9-8-grain", date(2024, 9, 8)),
    ("https://news.example.com/20240910/grain/", date(2024, 9, 10)),
    ("https://news.example.com/2024/13/40/bad", None),
    ("https://news.example.com/grain", None),
])
def test_url_dates(url: str, expected: date | None) -> None:
    assert url_date(url) == expected


def _load(tmp_path: Path, record: dict) -> tuple:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    articles, warnings = load_file(path)
    return articles[0], warnings


@pytest.mark.parametrize(("record", "expected", "source"), [
    ({"text": BODY, "published": "2024-09-10"}, date(2024, 9, 10), "metadata"),
    ({"text": f"Grain talks\n\nSep 9, 2024\n\n{BODY}"}, date(2024, 9, 9), "text"),
    ({"text": f"Grain talks\n\nUpdated 10 September 2024\n\n{BODY}"}, date(2024, 9, 10), "text"),
    ({"text": BODY, "url": "https://e.com/2024/09/10/x"}, date(2024, 9, 10), "url"),
    ({"text": BODY}, None, "none"),
    # a date mentioned in a body sentence is an event date, not the publication date
    ({"text": f"{BODY} The first round was held on 3 March 2021, officials said."}, None, "none"),
    ({"text": f"Grain talks\n\n{BODY}\n\nThe deal was signed on September 9, 2024, in Geneva by both sides."},
     None, "none"),
    # metadata wins over text and URL; a bad metadata date falls back to the text, with a warning
    ({"text": f"Grain talks\n\nSep 9, 2024\n\n{BODY}", "published": "2020-01-01",
      "url": "https://e.com/2019/01/01/x"}, date(2020, 1, 1), "metadata"),
    ({"text": f"Grain talks\n\nSep 9, 2024\n\n{BODY}", "published": "soon"}, date(2024, 9, 9), "text"),
])
def test_publication_date_and_its_source(tmp_path: Path, record: dict, expected: date | None, source: str) -> None:
    article, _ = _load(tmp_path, record)
    assert (article.published, article.date_source) == (expected, source)


def test_bad_metadata_date_is_warned(tmp_path: Path) -> None:
    article, warnings = _load(tmp_path, {"text": BODY, "published": "the day after never"})
    assert article.date_source == "none"
    assert any("the day after never" in str(w) for w in warnings)


def test_configured_timezone_reaches_the_loader(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"text": BODY, "published": "2024-09-10T22:00:00Z"}))
    assert load_corpus([tmp_path], timezone="Asia/Tokyo").articles[0].published == date(2024, 9, 11)
    assert load_corpus([tmp_path], timezone="UTC").articles[0].published == date(2024, 9, 10)


TEXT = "Café owners “protest” — naïve façade, 5 €"


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),
    (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16"),
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
    (TEXT.encode("cp1252"), "cp1252"),
])
def test_decoding(data: bytes, encoding: str) -> None:
    assert decode(data) == (TEXT, encoding)


def test_cp1252_smart_quotes() -> None:
    assert decode(b"caf\xe9 \x93quoted\x94") == ("café “quoted”", "cp1252")


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 8,
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"\xff\xfe\x00\xd8",  # UTF-16 BOM then a lone surrogate
    bytes([1, 2, 3, 4, 5, 6, 14, 15, 16, 17]) * 50 + b"\x81",
])
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(UndecodableError):
        decode(data)


def test_undecodable_file_is_skipped_with_a_warning_naming_it(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(f"Grain talks\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100)
    loaded = load_corpus([tmp_path])
    assert [a.id for a in loaded.articles] == ["good"]
    assert [w.path for w in loaded.warnings] == [str(tmp_path / "image.txt")]
    assert "binary" in loaded.warnings[0].message
