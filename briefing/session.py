"""What one CLI invocation works on: the configuration, the corpus paths and, lazily, the briefing."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.config import Config, load_config
from briefing.corpus.loader import load_corpus
from briefing.errors import UsageError
from briefing.language.actors import knowledge_from_config
from briefing.models import Article

if TYPE_CHECKING:
    from briefing.model import Briefing
from briefing.sample import sample_corpus_path


@dataclass
class Session:
    config: Config
    corpus_paths: list[Path]
    using_sample: bool = False
    use_index: bool = True
    _cache: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.corpus_paths = [Path(p) for p in self.corpus_paths]

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Session:
        config = load_config(args.config)
        if args.corpus:
            paths, sample = [Path(p).expanduser() for p in args.corpus], False
        elif config.corpus.paths:
            paths, sample = config.corpus_paths(), False
        else:
            paths, sample = [sample_corpus_path()], True
        for path in paths:
            if not path.exists():
                raise UsageError(f"corpus path not found: {path} (pass an existing file or folder to --corpus)")
        return cls(config=config, corpus_paths=paths, using_sample=sample,
                   use_index=not getattr(args, "no_index", False))

    def articles(self) -> list[Article]:
        """The corpus's articles, loaded once; load warnings go to stderr."""
        if "articles" not in self._cache:
            self.note_sample()
            loaded = load_corpus(self.corpus_paths, self.config.corpus.manifest, self.config.corpus.timezone)
            for warning in loaded.warnings:
                warn(f"warning: {warning}")
            self._cache["articles"] = loaded.articles
        return self._cache["articles"]  # type: ignore[return-value]

    def briefing(self, progress: Callable[[Any], None] | None = None) -> Briefing:
        """The briefing model over the corpus: from the index, brought up to date first, unless --no-index.

        `progress` receives the index's progress reports (the dashboard shows them); without it a terminal
        gets a progress bar on stderr.
        """
        if "briefing" not in self._cache:
            if self.use_index:
                from briefing.index import session_briefing

                self._cache["briefing"] = session_briefing(self, progress)
            else:
                from briefing.model import Briefing
                from briefing.pipeline import analyse

                knowledge = knowledge_from_config(self.config.actors)
                analysed = [analyse(article, knowledge) for article in self.articles()]
                self._cache["briefing"] = Briefing(analysed, self.config, name=self.corpus_name())
        return self._cache["briefing"]  # type: ignore[return-value]

    def corpus_name(self) -> str:
        if self.using_sample:
            return "sample corpus"
        return ", ".join(p.name or str(p) for p in self.corpus_paths)

    def note_sample(self) -> None:
        if self.using_sample:
            warn(f"no corpus configured: using the sample corpus in {self.corpus_paths[0]} "
                 "(point briefing at yours with --corpus PATH or [corpus] paths in briefing.toml)")


def warn(message: str) -> None:
    from briefing.safety import one_line

    print(f"briefing: {one_line(message)}", file=sys.stderr)
