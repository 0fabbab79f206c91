"""briefing: turn a folder of news articles into a morning briefing.

The engine is a library as well as the CLI's and the dashboard's back end. Its public functions
work on plain text and return frozen dataclasses from `briefing.models`. They are imported lazily so
that `import briefing` stays cheap and never pulls in Textual or Rich.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "load_corpus": "briefing.corpus.loader",
    "split_sentences": "briefing.language.sentences",
    "find_entities": "briefing.language.entities",
    "resolve_dates": "briefing.language.dates",
    "find_quotes": "briefing.extract.quotes",
    "find_sanctions": "briefing.extract.sanctions",
    "summarize": "briefing.summarize",
    "Config": "briefing.config",
    "load_config": "briefing.config",
}

__all__ = [*sorted(_EXPORTS), "__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'briefing' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
