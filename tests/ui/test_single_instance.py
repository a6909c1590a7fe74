"""One Vigie per user: a second `vigie FILE` hands the file to the running one and exits.

Two real processes, offscreen: the running Vigie opens what later ones send it (double-
clicking a second `.vigie`), or stays on the file when it is already open there.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.storage import lock
from app.storage.document import create
from tests.db.helpers import ROOT


def lock_pid(path: Path) -> int | None:
    try:
        return int(json.loads(lock.lock_path(path).read_text(encoding="utf-8"))["pid"])
    except (OSError, ValueError, KeyError):
        return None


def wait_for(condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_a_second_vigie_hands_its_file_to_the_running_one(tmp_path: Path) -> None:
    first, second = tmp_path / "premier.vigie", tmp_path / "second.vigie"
    for path in (first, second):
        create(path, path.stem).close()
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "VIGIE_DATA_DIR": str(tmp_path / "d")}

    def vigie(*args: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    running = vigie(str(first))
    try:
        wait_for(lambda: lock_pid(first) == running.pid)

        later = vigie(str(second))
        assert later.wait(timeout=60) == 0, later.stderr.read()
        wait_for(lambda: lock_pid(second) == running.pid)
        # the new file opens first, the current one closes once it is open
        wait_for(lambda: lock_pid(first) is None)  # the running Vigie closed its file

        again = vigie(str(second))  # already open there: it only comes forward
        assert again.wait(timeout=60) == 0
        bare = vigie()
        assert bare.wait(timeout=60) == 0
        assert lock_pid(second) == running.pid
        assert running.poll() is None, "still running"
    except BaseException:
        running.kill()
        running.wait()
        raise
    if sys.platform == "win32":  # no polite kill there: SIGTERM handlers never run
        running.kill()
        running.wait()
        return
    running.send_signal(signal.SIGTERM)  # a polite kill closes the window, saving
    assert running.wait(timeout=60) == 0, running.stderr.read()
    assert lock_pid(second) is None, "it closed its file properly"
