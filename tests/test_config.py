"""Configuration: discovery order, typed parsing, one-line errors naming file, line and key (exit 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import briefing.config as config_module
from briefing.config import Config, discover, load_config, parse_config
from briefing.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-config"
    monkeypatch.setattr(config_module, "user_config_dir", lambda app: str(folder))
    return folder


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_discovery_order(tmp_path: Path, user_dir: Path) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    assert discover(None, cwd) is None
    assert load_config(None, cwd) == Config()
    user = _write(user_dir / "briefing.toml", "[summary]\nsentences = 3\n")
    assert discover(None, cwd) == user
    local = _write(cwd / "briefing.toml", "[summary]\nsentences = 4\n")
    assert discover(None, cwd) == local
    explicit = _write(tmp_path / "elsewhere.toml", "[summary]\nsentences = 7\n")
    assert discover(str(explicit), cwd) == explicit
    assert load_config(str(explicit), cwd).summary.sentences == 7
    assert load_config(None, cwd).summary.sentences == 4


def test_missing_explicit_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        discover(str(tmp_path / "nope.toml"))


def test_values_and_relative_paths(tmp_path: Path) -> None:
    path = _write(tmp_path / "conf" / "b.toml", '[corpus]\npaths = ["news", "/abs/feed.jsonl"]\ntimezone = '
                  '"Europe/Kyiv"\n[summary]\nalgorithm = "textrank"\n[actors.aliases]\n"Kremlin" = "Russia"\n'
                  '[ui]\nshow_furniture = true\n')
    config = parse_config(path)
    assert config.corpus_paths() == [tmp_path / "conf" / "news", Path("/abs/feed.jsonl")]
    assert (config.corpus.timezone, config.summary.algorithm) == ("Europe/Kyiv", "textrank")
    assert config.actors.aliases == {"Kremlin": "Russia"} and config.ui.show_furniture is True
    assert config.source == str(path)


@pytest.mark.parametrize(("text", "line", "key"), [
    ("[summary]\nsentences = 3\nalgorithm = \n", 3, None),  # malformed TOML: file and line
    ('title = "x"\n', 1, "title"),  # unknown top-level key
    ("[summary]\nsentences = 3\ncolour = 1\n", 3, "summary.colour"),  # unknown key in a section
    ('[summary]\n\nsentences = "five"\n', 3, "summary.sentences"),  # wrong type
    ("[ui]\nshow_furniture = 1\n", 2, "ui.show_furniture"),  # int is not a bool
    ("[ui]\ntop_actors = true\n", 2, "ui.top_actors"),  # bool is not an int
    ('[corpus]\npaths = "news"\n', 2, "corpus.paths"),  # a string is not a list
    ("[corpus]\npaths = [1, 2]\n", 2, "corpus.paths"),
    ('summary = "lexrank"\n', 1, "summary"),  # a value where a table belongs
    ('[summary]\nalgorithm = "magic"\n', 2, "summary.algorithm"),
    ("[summary]\nsentences = 0\n", 2, "summary.sentences"),
    ('[corpus]\ntimezone = "Mars/Olympus"\n', 2, "corpus.timezone"),
    ("[keymap]\nq = 3\n", 1, "keymap"),
])
def test_errors_name_file_line_and_key(tmp_path: Path, text: str, line: int, key: str | None) -> None:
    path = _write(tmp_path / "bad.toml", text)
    with pytest.raises(ConfigError) as info:
        parse_config(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(path))
    assert f"{path}:{line}:" in message or f"line {line}" in message
    if key:
        assert f" {key}:" in message
    assert info.value.exit_code == 2


def _run(args: list[str], cwd: Path, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(cwd), "XDG_CONFIG_HOME": str(cwd / "xdg")}
    env.pop("BRIEFING_DEBUG", None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("text", [
    "[summary\nsentences = 3\n",
    "[summary]\nsentences = 'x'\n",
    "[nonsense]\n",
    '[corpus]\npaths = ["does-not-exist"]\n',
])
def test_cli_config_errors_are_one_line_exit_2(tmp_path: Path, text: str) -> None:
    _write(tmp_path / "briefing.toml", text)  # found as ./briefing.toml
    result = _run(["articles", "--format", "json"], tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("briefing: error: ")


def test_cli_reads_user_config_dir_from_xdg(tmp_path: Path) -> None:
    _write(tmp_path / "xdg" / "briefing" / "briefing.toml", "[summary]\nsentences = nope\n")
    result = _run(["articles"], tmp_path)
    assert result.returncode == 2 and str(tmp_path / "xdg" / "briefing" / "briefing.toml") in result.stderr


def test_tomli_fallback_on_python_310(tmp_path: Path) -> None:
    """On Python < 3.11 the config reader uses tomli; simulate that in a subprocess (needs tomli installed)."""
    pytest.importorskip("tomli")
    bad = _write(tmp_path / "bad.toml", "[summary\n")
    code = (
        "import sys; sys.version_info = (3, 10, 0, 'final', 0)\n"
        "import briefing.config as c\n"
        "assert c.tomllib.__name__ == 'tomli', c.tomllib\n"
        "from briefing.errors import ConfigError\n"
        "try:\n    c.parse_config(__import__('pathlib').Path(sys.argv[1]))\n"
        "except ConfigError as e:\n    print(e)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(bad)], env={**os.environ, "PYTHONPATH": str(REPO)},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "malformed TOML" in result.stdout and f"{bad}:1:" in result.stdout
