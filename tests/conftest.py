"""Shared test set-up: offscreen Qt, a pinned clock, a private data directory, fresh files.

`VIGIE_TEST_MACHINE_DATE=2027-03-31 uv run pytest` moves the machine's clock itself (with
time-machine, in every xdist worker too) to prove that no code and no test reads it instead
of `app.clock`: the suite must pass on any day. libfaketime is no good here: Qt processes
segfault at exit under it.

`VIGIE_TEST_TODAY=2027-02-28 uv run pytest` moves the *pinned* day (TODAY below) instead:
tests that build their inputs from TODAY must hold on month ends and leap days too. A test
whose expected figures were worked out by hand for one day says so with
`pytestmark = pytest.mark.day(SCENARIO_DAY)` (or `@pytest.mark.day(...)` on the test): the
clock is pinned to that day for it, whatever VIGIE_TEST_TODAY says.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The day every test runs on unless it pins another: a Tuesday, October 2026 is the last
#: complete month (VIGIE_TEST_TODAY moves it, see above).
TODAY = dt.date.fromisoformat(os.environ.get("VIGIE_TEST_TODAY") or "2026-11-24")
#: The day the suite's hand-worked scenarios (committees, actions, indicators, imports…) were
#: written for: a Tuesday, October 2026 the last complete month.
SCENARIO_DAY = dt.date(2026, 11, 24)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "day(date): pin the clock to this day for the test, whose expected "
                   "figures were worked out for it (VIGIE_TEST_TODAY does not move it)")
    machine_date = os.environ.get("VIGIE_TEST_MACHINE_DATE")
    if machine_date:
        import time_machine

        traveller = time_machine.travel(f"{machine_date} 10:00", tick=True)
        traveller.start()
        config.stash[_TRAVELLER] = traveller


_TRAVELLER = pytest.StashKey[object]()


@pytest.fixture(autouse=True)
def today(request: pytest.FixtureRequest) -> Iterator[dt.date]:
    """`app.clock` pinned to TODAY, or to the day of the test's `day` marker; a test that
    needs yet another day calls `clock.pin` itself."""
    from app import clock

    marker = request.node.get_closest_marker("day")
    day = TODAY if marker is None else marker.args[0]
    clock.pin(day)
    yield day
    clock.unpin()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Working copies, backups and the demo file of each test go to its own folder."""
    folder = tmp_path / "vigie-data"
    monkeypatch.setenv("VIGIE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def client_file(tmp_path: Path) -> Iterator:
    """A fresh, open client file in a 'documents' folder; closed after the test."""
    from app.storage.document import create

    folder = tmp_path / "documents"
    folder.mkdir()
    document = create(folder / "client.vigie", "Client de test")
    yield document
    document.close(save=False)
