"""Keep stray output off the dashboard's screen.

Textual draws on the terminal through `sys.__stderr__` and captures what Python code prints, but bytes
written straight to file descriptors 1 and 2 (indexing worker processes, C libraries, a crashing child's
traceback) would land on the screen and corrupt it. While the dashboard runs, `OutputGuard` points both
descriptors at a pipe, gives Textual a private copy of the terminal, and hands each line read from the pipe
to a callback (the app shows it as a warning). Everything is put back on exit.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import threading
from collections.abc import Callable
from types import TracebackType

READ_SIZE = 65536


class OutputGuard:
    def __init__(self) -> None:
        self.listener: Callable[[str], None] | None = None
        self.early: list[str] = []  # lines read before a listener was set
        self._saved: dict[int, int] = {}
        self._terminal: io.TextIOWrapper | None = None
        self._dunder: tuple[object, object, object, object] | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def listen(self, listener: Callable[[str], None]) -> None:
        with self._lock:
            self.listener = listener
            early, self.early = self.early, []
        for line in early:
            listener(line)

    def __enter__(self) -> OutputGuard:
        _flush()
        read_end, write_end = os.pipe()
        self._saved = {fd: os.dup(fd) for fd in (1, 2)}
        for fd in (1, 2):
            os.dup2(write_end, fd)
        os.close(write_end)
        # Textual writes to sys.__stderr__ (and remembers sys.__stdout__): both must be the real terminal.
        self._dunder = (sys.__stdout__, sys.__stderr__, sys.stdout, sys.stderr)
        self._terminal = open(os.dup(self._saved[2]), "w", encoding="utf-8", errors="replace",
                              closefd=True)
        stdout = open(os.dup(self._saved[1]), "w", encoding="utf-8", errors="replace", closefd=True)
        sys.__stdout__, sys.__stderr__ = stdout, self._terminal
        sys.stdout, sys.stderr = stdout, self._terminal
        self._thread = threading.Thread(target=self._read, args=(read_end,), name="output-guard", daemon=True)
        self._thread.start()
        return self

    def _read(self, fd: int) -> None:
        pending = b""
        while True:
            try:
                chunk = os.read(fd, READ_SIZE)
            except OSError:
                break
            if not chunk:
                break
            pending += chunk.replace(b"\r", b"\n")
            *lines, pending = pending.split(b"\n")
            for line in lines:
                self._emit(line)
        if pending:
            self._emit(pending)
        os.close(fd)

    def _emit(self, raw: bytes) -> None:
        line = raw.decode("utf-8", errors="replace").strip()
        if not line:
            return
        with self._lock:
            listener = self.listener
            if listener is None:
                self.early.append(line)
                return
        listener(line)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        _flush()
        for fd, saved in self._saved.items():
            os.dup2(saved, fd)  # closes our copy of the pipe's write end: the reader sees the end unless a child
            os.close(saved)     # process still holds one, hence the daemon thread and the bounded join
        if self._dunder is not None:
            replaced = (sys.__stdout__, sys.__stderr__)
            sys.__stdout__, sys.__stderr__, sys.stdout, sys.stderr = self._dunder  # type: ignore[assignment]
            for stream in replaced:
                if stream is not None:
                    stream.close()
        if self._thread is not None:
            self._thread.join(timeout=0.5)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
