"""The engine never imports textual or rich: every module under briefing/ imports without them."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import briefing

REPO = Path(__file__).resolve().parents[1]


def _engine_modules() -> list[str]:
    names = ["briefing", "briefing.model", "briefing.pipeline", "briefing.cli"]
    for info in pkgutil.walk_packages(briefing.__path__, "briefing."):
        if info.name not in names and info.name != "briefing.__main__":
            names.append(info.name)
    return names


def test_engine_modules_do_not_import_textual_or_rich() -> None:
    modules = _engine_modules()
    assert len(modules) > 20  # the walk found the package, not just the four named modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(' '.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(REPO)},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
