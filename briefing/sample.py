"""Where the sample corpus that ships with briefing lives, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path


def sample_corpus_path() -> Path:
    installed = Path(__file__).resolve().parent / "sample_corpus"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "data"
