"""The CLI: `briefing articles` on the sample corpus, one-line errors, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from briefing.cli import main

REPO = Path(__file__).resolve().parents[1]
BODY = ("The finance ministers of several countries met on Tuesday to discuss the price of grain and the "
        "shipping routes that carry it across the sea.")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No ./briefing.toml or user config leaks in."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("briefing.config.user_config_dir", lambda app: str(tmp_path / "no-user-config"))


def _articles(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict], str]:
    code = main([*args, "articles", "--format", "json"])
    out, err = capsys.readouterr()
    return code, json.loads(out) if code == 0 else [], err


SAMPLE = {  # facts from shared/corpus/README.md and data/manifest.toml
    "000_d3e460836f09eccb": ("U.S., G-7 allies warn Iran to back off missile deal with Russia", "Stamford Advocate",
                             "2024-03-16"),
    "001_694ca5b908b75097": ("US and Britain accuse Iran of supplying missiles to Russia for Ukraine", "AP",
                             "2024-09-10"),
    "002_2ab41c780635670f": (None, "RFE/RL", "2024-09-10"),  # no headline line in the scrape
    "003_7072df728702c08a": ("U.S. accuses Iran of sending ballistic missiles to Russia", "The Washington Post",
                             "2024-09-10"),
    "004_6513786e4494a05a": ("US warns of 'consequences' if Iran sends missiles to Russia", "Agence France-Presse",
                             "2024-09-09"),
}


def test_sample_corpus_articles_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, rows, err = _articles(capsys)
    assert code == 0 and "sample corpus" in err
    assert {r["id"] for r in rows} == set(SAMPLE)
    for row in rows:
        title, source, published = SAMPLE[row["id"]]
        assert (row["source"], row["published"], row["date_source"]) == (source, published, "metadata")
        if title:
            assert row["title"] == title
        assert row["furniture"] >= 1 and row["sentences"] >= 10 and not row["warnings"]


def test_corpus_option_and_several_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(f"Grain talks open in the capital\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b1", "text": BODY, "published": "2024-01-02"}) + "\n")
    code, rows, err = _articles(capsys, "--corpus", str(tmp_path / "a.txt"), "--corpus", str(tmp_path / "b.jsonl"))
    assert code == 0 and err == ""
    assert [(r["id"], r["published"]) for r in rows] == [("a", None), ("b1", date(2024, 1, 2).isoformat())]


@pytest.mark.parametrize("fmt", ["table", "md"])
def test_table_and_markdown_list_every_article(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["articles", "--format", fmt]) == 0
    out = capsys.readouterr().out
    for ident in SAMPLE:
        assert ident in out.replace("\\_", "_")


@pytest.mark.parametrize(("argv", "needle"), [
    (["--corpus", "/no/such/place", "articles"], "corpus path not found"),
    (["articles", "--format", "xml"], "invalid choice"),
    (["no-such-command"], "invalid choice"),
    (["--config", "/no/such.toml", "articles"], "config file not found"),
])
def test_usage_errors_are_one_line_exit_2(argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert needle in err and len(err.strip().splitlines()) == 1 and err.startswith("briefing: error: ")


def test_subprocess_missing_corpus_no_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "briefing", "--corpus", str(tmp_path / "gone"), "articles"],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
