"""Keep every test away from the user's own cache and configuration."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CACHE_HOME", str(Path(home, "cache")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(Path(home, "config")))
