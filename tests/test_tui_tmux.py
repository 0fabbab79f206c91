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
        wait_for(session, "2 Per-day")  # the tab strip (names shortened to a word when narrow) or the title
        wait_for(session, "mentions in")  # its panes have been computed
        keys(session, "2", "Enter")  # its first summary line → the article
        assert "key: summary" in wait_for(session, "date from")
        keys(session, "Escape", "Escape", "q")
        wait_for(session, "EXITED 0")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


NOISY = """
import os, subprocess, sys
from briefing.config import Config
from briefing.session import Session
from widgets.app import BriefingApp
from widgets.terminal import OutputGuard

def noisy():
    os.write(2, b"\\x1b[2J\\x1b[31mRAW-ERR straight to fd 2\\n")
    os.write(1, b"RAW-OUT straight to fd 1\\n")
    subprocess.run([sys.executable, "-c", "import sys; print('CHILD-ERR from a child', file=sys.stderr)"])
    print("briefing: warning: " + sys.argv[2] + ":7: malformed JSON; line skipped", file=sys.stderr)
    return Session(config=Config(), corpus_paths=[sys.argv[1]], use_index=False).briefing()

with OutputGuard() as output:
    app = BriefingApp(briefing_factory=noisy, config=Config(), output=output)
    app.run()
print("RETURNED", app.return_code)
"""


def test_output_straight_to_the_terminal_never_reaches_the_screen(tmp_path: Path) -> None:
    """Bytes written to fds 1 and 2 (by the process or a child) become warnings in `w`, not screen garbage."""
    script = tmp_path / "noisy.py"
    script.write_text(NOISY, encoding="utf-8")
    session = f"briefing-test-{uuid.uuid4().hex[:8]}"
    command = (f"cd {ROOT} && TERM=xterm-256color PYTHONPATH={ROOT} {sys.executable} {script} {ROOT / 'data'} "
               "feed.jsonl; "
               "echo EXITED $?; sleep 30")
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "24", command], check=True)
    try:
        screen = wait_for(session, "summary lines")
        time.sleep(0.5)
        screen = capture(session)
        assert "4 warnings" in screen
        for raw in ("RAW-ERR", "RAW-OUT", "CHILD-ERR"):
            assert raw not in screen
        keys(session, "w")
        listed = " ".join(wait_for(session, "while loading").split())
        for needle in ("feed.jsonl:7: malformed JSON", "RAW-ERR straight to fd 2", "output: RAW-OUT",
                       "output: CHILD-ERR"):
            assert needle in listed
        keys(session, "Escape", "q")
        assert "RETURNED 0" in wait_for(session, "EXITED 0")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
