"""What a cached result depends on besides the file's bytes, as short hashes.

A file's rows are reused only when its `settings` key matches: the pipeline version, the engine's own code
and word lists (so an upgrade that forgot to bump the version still recomputes), the `[actors]` config, the
timezone and the file's manifest entry. Summaries also depend on the summariser and the summary config.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from briefing.config import Config
from briefing.pipeline import PIPELINE_VERSION

_PACKAGE = Path(__file__).resolve().parent.parent
# The code and data that decide what a file becomes, relative to the package.
_ENGINE = ("corpus", "language", "extract", "data", "pipeline.py", "models.py")
_SUMMARIES = ("summarize", "model.py")


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:32]


@cache
def code_fingerprint(parts: tuple[str, ...]) -> str:
    """A hash of the package files under `parts` (Python sources and data files)."""
    digest = hashlib.sha256()
    for part in parts:
        root = _PACKAGE / part
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts and file.suffix != ".pyc":
                digest.update(str(file.relative_to(_PACKAGE)).encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:32]


def engine_settings(config: Config) -> str:
    """The part of every file's key that comes from the program and the configuration."""
    actors = config.actors
    return _digest([PIPELINE_VERSION, code_fingerprint(_ENGINE), actors.aliases, actors.affiliations, actors.kinds,
                    config.corpus.timezone])


def file_settings(engine: str, manifest: dict[str, str]) -> str:
    return _digest([engine, manifest])


def corpus_key(engine: str, files: list[tuple[str, str, str]], config: Config) -> str:
    """The key of cached summaries: which files (path, content hash, settings), in order, and how summaries are
    made."""
    return _digest([engine, code_fingerprint(_SUMMARIES), files, config.summary.algorithm,
                    config.summary.sentences])
