"""One computation at a time per kind of pane, the newest request first.

Thread workers cannot be stopped mid-computation, and Python threads share one interpreter lock: five
summaries started by five quick keypresses would each run five times slower. So a worker waits for its
kind's turn, and gives up while waiting once a newer request has cancelled it (Textual's `exclusive`
workers); only the newest request, and the one already running, get computed.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

POLL = 0.01  # seconds between checks for cancellation while waiting for a turn

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Turns:
    def __init__(self) -> None:
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _lock(self, kind: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(kind, threading.Lock())

    @contextmanager
    def turn(self, kind: str, cancelled: Callable[[], bool]) -> Iterator[bool]:
        """Yields True once it is this caller's turn for `kind`, or False if `cancelled()` became true first."""
        lock = self._lock(kind)
        while not lock.acquire(timeout=POLL):
            if cancelled():
                yield False
                return
        try:
            yield not cancelled()
        finally:
            lock.release()


class Recent(Generic[K, V]):
    """A small least-recently-used map: query results the panes may show again (neighbours, going back)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._guard = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._guard:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            return None

    def put(self, key: K, value: V) -> None:
        with self._guard:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._guard:
            self._items.clear()
