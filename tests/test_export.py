"""The exported morning briefing: structure, sources, and escaping of everything it quotes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.corpus.loader import load_corpus
from briefing.model import Briefing
from briefing.pipeline import analyse
from briefing.sample import sample_corpus_path
from briefing.views.export import export_briefing

HOSTILE = (
    "Officials said on Monday that <script>alert('x')</script> [bold red]markup[/] and "
    "[link=file:///etc/passwd]a link[/link] and \x1b[2J\x1b]0;pwned\x07 \u202eevil text reached the "
    "capital before the vote."
)


@pytest.fixture(scope="module")
def sample() -> Briefing:
    return Briefing([analyse(a) for a in load_corpus([sample_corpus_path()]).articles], name="sample")


@pytest.fixture
def hostile(tmp_path: Path) -> Briefing:
    (tmp_path / "evil.md").write_text(
        "---\ntitle: <b>Breaking</b> [red]news[/]\nsource: Evil \x1b[31mWire\npublished: 2024-05-01\n---\n"
        + HOSTILE + "\n\n" + HOSTILE.replace("Monday", "Tuesday"), encoding="utf-8")
    return Briefing([analyse(a) for a in load_corpus([tmp_path]).articles], name="<hostile>")


def test_markdown_has_a_section_per_day_with_sources(sample: Briefing) -> None:
    text = export_briefing(sample, "md")
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings == ["Tuesday 10 September 2024", "Monday 09 September 2024", "Saturday 16 March 2024"]
    assert "reported by" in text and "### Key quotes" in text and "### Sanctions" in text


def test_one_day_export_has_only_that_day(sample: Briefing) -> None:
    from datetime import date

    text = export_briefing(sample, "md", day=date(2024, 9, 9))
    assert re.findall(r"^## (.+)$", text, re.M) == ["Monday 09 September 2024"]


def test_json_export_is_valid_and_complete(sample: Briefing) -> None:
    data = json.loads(export_briefing(sample, "json"))
    assert data["corpus"]["articles"] == 5
    assert [d["day"] for d in data["days"]] == ["2024-09-10", "2024-09-09", "2024-03-16"]
    first = data["days"][0]["summary"][0]
    assert {"text", "sources", "article", "sentence", "new"} <= set(first)


def test_html_escapes_everything_it_quotes(hostile: Briefing) -> None:
    page = export_briefing(hostile, "html")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "\x1b" not in page and "\x07" not in page and "\u202e" not in page
    assert "[bold red]markup[/]" in page  # markup shows literally
    assert "&lt;hostile&gt;" in page


def test_markdown_and_json_neutralise_control_characters(hostile: Briefing) -> None:
    md = export_briefing(hostile, "md")
    assert "\x1b" not in md and "\u202e" not in md and "\x07" not in md
    raw = export_briefing(hostile, "json")
    assert "\x1b" not in raw and "\u202e" not in raw
    texts = [line["text"] for line in json.loads(raw)["days"][0]["summary"]]
    assert any("\x1b[2J" in t for t in texts)  # the data itself is kept, only escaped


def test_unknown_format_is_refused(sample: Briefing) -> None:
    with pytest.raises(ValueError):
        export_briefing(sample, "pdf")


def test_export_command_writes_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "briefing.html"
    assert main(["--no-index", "export", "--format", "html", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert str(out) in capsys.readouterr().err


def test_export_to_an_unwritable_place_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-folder" / "b.md"
    assert main(["--no-index", "export", "-o", str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) >= 1 and err[-1].startswith("briefing: error: cannot write")
