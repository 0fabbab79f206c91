"""A plain-text progress bar on stderr (only on a terminal) and the closing summary of a refresh."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from briefing.index.refresh import Progress, RefreshReport

BAR_WIDTH = 30


class TerminalProgress:
    """A progress callback drawing one self-overwriting line, at most ten times a second; silent off a TTY."""

    def __init__(self, stream: TextIO | None = None, label: str = "indexing") -> None:
        self.stream = stream or sys.stderr
        self.label = label
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = 0.0
        self._drawn = False

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.1 and progress.fraction < 1.0):
            return
        self._last = now
        filled = int(progress.fraction * BAR_WIDTH)
        line = (f"\r{self.label} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {progress.fraction:4.0%}  "
                f"{progress.articles_done} articles, {progress.files_done}/{progress.files_total} files")
        self.stream.write(line)
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False


def summary_line(report: RefreshReport) -> str:
    """The closing summary: processed, unchanged, removed, skipped (with reasons counted), time."""
    where = "in memory" if report.location == ":memory:" else report.location
    parts = [f"{report.processed_articles} articles processed in {report.processed_files} files",
             f"{report.unchanged_articles} unchanged in {report.unchanged_files} files"]
    if report.removed_files:
        parts.append(f"{report.removed_files} files dropped")
    if report.skipped:
        parts.append(f"{len(report.skipped)} skipped")
    jobs = f", {report.jobs} jobs" if report.processed_articles else ""
    return f"index: {'; '.join(parts)} ({report.seconds:.1f} s{jobs}; {where})"


def skip_reasons(report: RefreshReport) -> list[str]:
    return [str(warning) for warning in report.skipped]
