"""A writer killed at random points (SIGKILL; TerminateProcess on Windows) never damages the
file nor loses a commit."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from app.storage import paths
from app.storage.document import IfRecoverable, create, open_file
from app.storage.engine import APPLICATION_ID
from tests.db.helpers import integrity, supplier_names

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.models import Supplier
    from app.storage.document import IfLocked, IfRecoverable, open_file

    document = open_file(Path(sys.argv[1]), if_locked=IfLocked.OPEN_ANYWAY,
                         if_recoverable=IfRecoverable.RECOVER)
    with document.session() as session:
        start = session.connection().exec_driver_sql("SELECT count(*) FROM supplier").scalar()
    print("ready", flush=True)
    for i in range(start, start + 100_000):
        with document.session() as session:
            session.add(Supplier(name=f"S{i:06d}", notes="n" * (i % 500)))
        print(i, flush=True)
        if i % 4 == 0:
            document.save()
    """
)

ROUNDS = int(os.environ.get("VIGIE_CRASH_ROUNDS", "20"))


def expected_names(upto: int) -> list[str]:
    return [f"S{i:06d}" for i in range(upto)]


def test_sigkill_at_random_points_never_damages_nor_loses(tmp_path: Path) -> None:
    document = create(tmp_path / "client.vigie", "Client")
    document.close()
    rng = random.Random(20261124)
    committed = 0  # every id below this was reported committed by a writer
    recovered = 0  # rows the next writer starts from (what the last round left)

    for _round in range(ROUNDS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(document.path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        writer.kill()  # SIGKILL, or TerminateProcess: no handler, no clean-up
        output = writer.stdout.read().split()
        writer.wait()
        if output:
            committed = int(output[-1]) + 1

        saved = supplier_names(document.path)
        assert integrity(document.path) == "ok"
        header = document.path.read_bytes()[:100]
        assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
        assert saved == expected_names(len(saved)), "the file holds a consistent prefix"

        # Each writer has its own working copy; the next one recovers the dead one's.
        working = paths.working_copy(paths.file_id(document.path), pid=writer.pid)
        marker = working.with_suffix(".dirty")
        latest = supplier_names(working) if marker.exists() else saved
        assert latest[:committed] == expected_names(committed), "no committed change lost"
        # Beyond what was reported, at most the commit the kill cut before its print (this
        # round's, or the last round's, which this writer recovered and started from).
        assert len(latest) <= max(committed, recovered) + 1
        recovered = len(latest)
    assert committed > ROUNDS, "the writers made progress"

    reopened = open_file(document.path, if_recoverable=IfRecoverable.RECOVER)
    reopened.close()
    assert supplier_names(document.path)[:committed] == expected_names(committed)
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers == ["client.vigie", "vigie-data"], "interrupted saves leave no side file"
