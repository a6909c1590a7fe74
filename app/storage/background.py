"""Work on a plain worker thread whose outcome the caller collects in its own thread.

No Qt object lives there (Python's garbage collector runs on the GUI thread only, see
README "Threads"): the result, or the exception that stopped the work, is a plain Python
object that `result()` hands over, or raises, in the thread that asks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Background(Generic[T]):
    """`work()` started at once on a daemon thread."""

    def __init__(self, work: Callable[[], T], name: str) -> None:
        self._work = work
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._work()
        except BaseException as error:  # raised again by result(), where the caller sees it
            self._error = error

    def done(self) -> bool:
        """True once the work is over (polled by the GUI from a timer)."""
        return not self._thread.is_alive()

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> T:
        """What the work returned; raises what stopped it."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]
