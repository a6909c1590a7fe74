"""Whether remembered files still exist, asked away from the GUI thread.

On Windows, asking whether `\\\\server\\share\\client.vigie` exists while the share is
offline blocks for 30 to 45 seconds. The recent files are therefore shown at once as they
were remembered, and checked on a worker thread; the answers come back to the GUI thread,
which greys out what is gone. The worker thread touches no Qt object: it fills a plain
list that a timer of the GUI thread reads (see GuiThreadCollector in application.py).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal


def exists(path: Path) -> bool:
    """True when `path` is a file now (any error, such as a share gone, counts as no)."""
    try:
        return os.path.isfile(path)
    except (OSError, ValueError):
        return False


class PathProbe(QObject):
    """Checks paths on a worker thread; `checked(path, exists)` arrives on the GUI thread."""

    checked = Signal(Path, bool)
    POLL_MS = 40

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answers: list[tuple[Path, bool]] = []
        self._lock = threading.Lock()
        self._pending = 0
        self._known: dict[Path, bool] = {}
        self._timer = QTimer(self, interval=self.POLL_MS)
        self._timer.timeout.connect(self._deliver)

    def known(self, path: Path) -> bool | None:
        """What the last check said of `path` (None: not checked yet)."""
        return self._known.get(path)

    def check(self, paths: Sequence[Path]) -> None:
        """Start checking `paths` (each on its own thread: one slow share holds no other)."""
        for path in paths:
            self._pending += 1
            threading.Thread(target=self._probe, args=(Path(path),), daemon=True,
                             name="vigie-path-probe").start()
        if paths:
            self._timer.start()

    def _probe(self, path: Path) -> None:
        found = exists(path)
        with self._lock:
            self._answers.append((path, found))

    def _deliver(self) -> None:
        with self._lock:
            answers, self._answers = self._answers, []
        for path, found in answers:
            self._pending -= 1
            self._known[path] = found
            self.checked.emit(path, found)
        if self._pending <= 0:
            self._timer.stop()
