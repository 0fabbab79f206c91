"""The real `briefing` command in a real terminal (tmux): first screen, drill-down to an article, quit."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def capture(session: str) -> str:
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout


def wait_for(session: str, needle: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    text = ""
    while time.monotonic() < deadline:
        text = capture(session)
        if needle in text:
            return text
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} never appeared; screen was:\n{text}")


def keys(session: str, *names: str) -> None:
    for name in names:
        subprocess.run(["tmux", "send-keys", "-t", session, name], check=True)
        time.sleep(0.3)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_briefing_command_in_tmux(tmp_path: Path, size: tuple[int, int]) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text("")
    session = f"briefing-test-{uuid.uuid4().hex[:8]}"
    command = (f"cd {ROOT} && TERM=xterm-256color {sys.executable} -m briefing --config {config} "
               f"--corpus {ROOT / 'data'} --no-index; echo EXITED $?; sleep 30")
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]), command],
                   check=True)
    try:
        screen = wait_for(session, "summary lines")
        assert "5 articles" in screen and "1 Actors" in screen
        keys(session, "j", "Enter")  # the top actor's screen
        wait_for(session, "Per-day summaries")
        wait_for(session, "mentions in")  # its panes have been computed
        keys(session, "2", "Enter")  # its first summary line → the article
        assert "key: summary" in wait_for(session, "date from")
        keys(session, "Escape", "Escape", "q")
        wait_for(session, "EXITED 0")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
