"""Shared fixtures: every test kept away from the user's own cache and configuration; sanctions by the rules alone."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CACHE_HOME", str(Path(home, "cache")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(Path(home, "config")))


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_sanctions with its rules alone: a sentence model that never fires. For tests of what the rules read; the
    model's own reading is judged on the held-out sets, and its wiring in test_sanctions_model.py."""
    from briefing.extract import _statement_model

    silent = _statement_model.Model(bias=-50.0, threshold=1.0, weights={})
    monkeypatch.setattr(_statement_model, "shipped", lambda: silent)
