"""The one place Vigie reads the machine's clock.

Rules and services never read the clock: they receive `today` as an argument. The UI and
the command line ask this module, and tests pin it (`pin`), so that no figure and no test
depends on the day the code runs. A pinned clock still ticks from the pinned moment, so
that timestamps taken one after the other (backups, locks) stay in order.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager

_pinned: tuple[dt.datetime, float] | None = None  # the pinned moment, and when it was pinned


def now() -> dt.datetime:
    """The local date and time, to the second."""
    if _pinned is None:
        moment = dt.datetime.now()
    else:
        start, at = _pinned
        moment = start + dt.timedelta(seconds=time.monotonic() - at)
    return moment.replace(microsecond=0)


def now_precise() -> dt.datetime:
    """The local date and time with microseconds (names that must sort in creation order)."""
    if _pinned is None:
        return dt.datetime.now()
    start, at = _pinned
    return start + dt.timedelta(seconds=time.monotonic() - at)


def today() -> dt.date:
    """The local date: the "today" every computed figure of the UI is shown for."""
    return now().date()


def pin(moment: dt.datetime | dt.date) -> None:
    """Make the clock start from `moment` (a date pins its 10:00); for tests and demos."""
    global _pinned
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(10, 0))
    _pinned = (moment, time.monotonic())


def unpin() -> None:
    """Give the clock back to the machine."""
    global _pinned
    _pinned = None


@contextmanager
def pinned(moment: dt.datetime | dt.date) -> Iterator[None]:
    """Pin the clock for the length of a `with` block."""
    previous = _pinned
    pin(moment)
    try:
        yield
    finally:
        globals()["_pinned"] = previous
