"""Hostile and broken input: one-line warnings naming the file, the rest loads, nothing unsafe reaches the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_corpus import (
    ESCAPES,
    FORBIDDEN,
    MARKUP,
    build_hostile_corpus,
    hostile_outlet,
    hostile_title,
    snapshot,
)

from briefing.corpus.loader import CorpusFile, discover_files, load_corpus, load_file

REPO = Path(__file__).resolve().parents[1]
BODY = ("The finance ministers of several countries met on Tuesday to discuss the price of grain and the "
        "shipping routes that carry it across the sea.")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    return build_hostile_corpus(tmp_path_factory.mktemp("hostile") / "corpus")


@pytest.fixture(scope="module")
def loaded(corpus):
    return load_corpus([corpus.root])


def test_good_and_hostile_articles_load_despite_broken_files(corpus, loaded) -> None:
    ids = {a.id for a in loaded.articles}
    assert set(corpus.good_ids) | set(corpus.hostile_ids) <= ids
    assert not ids & {"no-text", "binary", "empty", "blank", "malformed"}


def test_every_broken_file_warned_once_by_name(corpus, loaded) -> None:
    for name in corpus.broken:
        assert any(w.path == str(corpus.root / name) for w in loaded.warnings), name
    assert all("\n" not in str(w) for w in loaded.warnings)


@pytest.mark.parametrize(("file", "line", "needle"), [
    ("feed.jsonl", 2, "malformed JSON"),
    ("binary.txt", None, "binary"),
    ("empty.txt", None, "empty"),
    ("malformed.json", 1, "malformed JSON"),
])
def test_warning_names_file_and_line(corpus, loaded, file: str, line: int | None, needle: str) -> None:
    found = [w for w in loaded.warnings if w.path == str(corpus.root / file)]
    assert [(w.line, needle in w.message) for w in found] == [(line, True)]


def test_json_field_problems_name_the_item(corpus, loaded) -> None:
    messages = [w.message for w in loaded.warnings if w.path == str(corpus.root / "fields.json")]
    assert any(m.startswith("item 0:") and "no text" in m for m in messages)
    assert any(m.startswith("item 1:") and "'published'" in m for m in messages)
    assert any(m.startswith("item 2:") and "the day after never" in m for m in messages)
    assert any(m.startswith("item 3:") and "expected an object" in m for m in messages)


def test_symlink_loop_and_deep_nesting(corpus, loaded) -> None:
    assert any("symlink loop" in w.message for w in loaded.warnings)
    assert sum(1 for a in loaded.articles if a.id == "bottom") == 1
    assert sum(1 for a in loaded.articles if a.id == "good_one") == 1


def test_hostile_text_is_kept_verbatim_by_the_loader(loaded) -> None:
    article = next(a for a in loaded.articles if a.id == "hostile-json")
    assert (article.title, article.source) == (hostile_title(), hostile_outlet())
    for part in (*MARKUP, *ESCAPES):
        assert part in article.text, repr(part)


def test_missing_path_is_warned(tmp_path: Path) -> None:
    loaded = load_corpus([tmp_path / "gone", tmp_path])
    assert [w.path for w in loaded.warnings] == [str(tmp_path / "gone")]


def test_file_that_disappears_after_discovery(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Grain talks open here\n\n{BODY}\n", encoding="utf-8")
    files, _ = discover_files([tmp_path])
    (tmp_path / "a.txt").unlink()
    results = [load_file(f) for f in files]
    assert [len(r[0]) for r in results] == [0, 1]
    assert results[0][1][0].path == str(tmp_path / "a.txt") and "cannot read" in results[0][1][0].message


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(f"Grain talks\n\n{BODY}\n", encoding="utf-8")
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: simulate the permission error
        original = Path.read_bytes
        monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(PermissionError(13, "Permission "
                            "denied")) if self.name == "locked.txt" else original(self))
    try:
        articles, warnings = load_file(CorpusFile(path))
    finally:
        path.chmod(0o644)
    assert articles == [] and "Permission denied" in warnings[0].message and warnings[0].path == str(path)


def test_200k_character_line(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    line = " ".join(f"word{i}" for i in range(30_000)) + "."
    assert len(line) > 200_000
    path.write_text(f"A headline for the long line\n\n{line}\n", encoding="utf-8")
    articles, warnings = load_file(path)
    assert articles[0].text == line and not warnings


def test_50_mb_file_loads(tmp_path: Path) -> None:
    """50 MB of one-line paragraphs loads as one article (decoding, line splitting and joining stay linear)."""
    path = tmp_path / "big.txt"
    paragraph = " ".join([BODY] * 4) + "\n\n"
    count = 50 * 2**20 // len(paragraph) + 1
    path.write_text("Big file headline here\n\n" + paragraph * count, encoding="utf-8")
    assert path.stat().st_size >= 50 * 2**20
    articles, warnings = load_file(path)
    assert len(articles) == 1 and not warnings
    assert articles[0].text.count("\n\n") == count - 1


def test_long_hard_wrapped_paragraph_is_linear(tmp_path: Path) -> None:
    """A 0.9 MB paragraph wrapped over 20,000 lines: joining it used to be quadratic (400 KB took a minute)."""
    path = tmp_path / "wrapped.txt"
    path.write_text("Wrapped file headline here\n\nThe port authority said on Monday that traffic fell.\nthe rest"
                    + " and the words go on without an end in sight\n" * 20_000, encoding="utf-8")
    articles, _ = load_file(path)
    assert articles[0].text.count("\n\n") == 1 and len(articles[0].text) > 850_000


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_CONFIG_HOME": str(cwd / "xdg")}
    env.pop("BRIEFING_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, env=env, capture_output=True,
                          timeout=300)


@pytest.fixture(scope="module")
def cli_runs(corpus, tmp_path_factory: pytest.TempPathFactory):
    cwd = tmp_path_factory.mktemp("cwd")
    before = snapshot(corpus.root)
    runs = {fmt: _cli(["--no-index", "--corpus", str(corpus.root), "articles", "--format", fmt], cwd)
            for fmt in ("table", "md", "json")}
    return runs, before, snapshot(corpus.root)


@pytest.mark.parametrize("fmt", ["table", "md", "json"])
def test_cli_output_has_no_raw_control_characters(cli_runs, fmt: str) -> None:
    result = cli_runs[0][fmt]
    assert result.returncode == 0, result.stderr
    for stream in (result.stdout, result.stderr):
        text = stream.decode("utf-8")
        assert "Traceback" not in text
        for char in FORBIDDEN:
            assert char not in text, (fmt, repr(char))


@pytest.mark.parametrize("fmt", ["table", "md"])
def test_cli_shows_escapes_as_visible_placeholders(cli_runs, fmt: str) -> None:
    out = cli_runs[0][fmt].stdout.decode("utf-8")
    assert "␛]0;pwned␇" in out.replace("\\", "")  # ESC and BEL as control pictures
    assert "<U+202E>" in out.replace("\\", "")
    assert "bold red" in out and "Breaking" in out  # markup shown as text, not applied


def test_cli_json_preserves_text(cli_runs) -> None:
    rows = {r["id"]: r for r in json.loads(cli_runs[0]["json"].stdout)}
    assert (rows["hostile-json"]["title"], rows["hostile-json"]["source"]) == (hostile_title(), hostile_outlet())
    assert MARKUP[1] in rows["hostile-json"]["source"]


def test_cli_warnings_are_one_line_each_and_name_files(corpus, cli_runs) -> None:
    err = cli_runs[0]["table"].stderr.decode("utf-8").splitlines()
    assert all(line.startswith("briefing: warning: ") for line in err)
    assert any("feed.jsonl:2:" in line for line in err)
    assert any("evil␛]0;pwned␇.txt" in line for line in err)


def test_cli_never_writes_to_the_corpus(cli_runs) -> None:
    _, before, after = cli_runs
    assert before == after
