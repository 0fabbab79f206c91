"""The one place that looks at nltk's downloadable data.

Nothing here downloads, and nothing calls `nltk.data.find` (whose LookupError carries a long
"please download" banner): presence is checked by looking for the files in nltk's search path.
Everything in `briefing` works when no nltk data is installed; when it is, it only adds knowledge
the project's own tables lack, never overriding them.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters


def _search_path() -> list[Path]:
    import nltk.data  # cheap; imported lazily so importing this module stays free of side effects

    return [Path(p) for p in nltk.data.path if isinstance(p, (str, os.PathLike))]


def find_resource(relative: str) -> Path | None:
    """The installed directory or file `relative` (e.g. "tokenizers/punkt_tab/english"), else None."""
    for root in _search_path():
        candidate = root / relative
        if candidate.exists():
            return candidate
    return None


def has_resource(relative: str) -> bool:
    return find_resource(relative) is not None


@lru_cache(maxsize=4)
def punkt_tables(language: str = "english") -> PunktParameters | None:
    """nltk's `punkt_tab` parameters for `language` when installed (plain text tables), else None."""
    folder = find_resource(f"tokenizers/punkt_tab/{language}")
    if folder is None or not folder.is_dir():
        return None
    try:
        params = PunktParameters()
        params.abbrev_types = set(_lines(folder / "abbrev_types.txt"))
        params.sent_starters = set(_lines(folder / "sent_starters.txt"))
        pairs = (line.split("\t", 1) for line in _lines(folder / "collocations.tab") if "\t" in line)
        params.collocations = {(a, b) for a, b in pairs}
        for line in _lines(folder / "ortho_context.tab"):
            word, _, flags = line.partition("\t")
            if flags.strip().isdigit():
                params.ortho_context[word] = int(flags)
        return params
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def enrich_punkt_parameters(params: PunktParameters, language: str = "english") -> bool:
    """Add nltk's orthographic evidence for words `params` has never seen; True if anything was added.

    Only unseen words are touched: the project's abbreviations, starters and evidence stay as they
    are, so installed data can fill gaps but cannot overturn a measured decision. nltk's
    abbreviation list is not used: it includes ordinary words that would glue sentences together.
    """
    tables = punkt_tables(language)
    if tables is None:
        return False
    added = False
    for word, flags in tables.ortho_context.items():
        if word not in params.ortho_context:
            params.ortho_context[word] = flags
            added = True
    return added
