"""Time to show each page of the main window on a client file (run in its own process).

    uv run python benchmarks/gui_pages.py FILE [--runs 5]

Prints one JSON object: for each page, the median time of its first show (the page is
built and filled) and of a later switch back to it (refresh on change), in ms; the floor is
a bare Qt window shown and painted, and the time from `MainWindow()` to a painted window.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    os.environ.setdefault("VIGIE_DATA_DIR", tempfile.mkdtemp(prefix="vigie-bench-gui-"))

    from PySide6.QtWidgets import QApplication, QWidget

    from app.ui.application import create_application

    application = create_application()

    def bare_window() -> float:
        start = time.perf_counter()
        widget = QWidget()
        widget.resize(1280, 800)
        widget.show()
        widget.grab()
        QApplication.processEvents()
        elapsed = _ms(start)
        widget.close()
        return elapsed

    from app.storage.document import IfLocked, open_file
    from app.ui.main_window import MainWindow
    from app.ui.workspace import Workspace

    first_show: dict[str, list[float]] = {}
    switch: dict[str, list[float]] = {}
    window_ms: list[float] = []
    for _run in range(options.runs):
        start = time.perf_counter()
        window = MainWindow()
        window.resize(1280, 800)
        window.show()
        window.grab()
        QApplication.processEvents()
        window_ms.append(_ms(start))
        document = open_file(options.file, if_locked=IfLocked.READ_ONLY, read_only=True)
        window.workspace = Workspace(document, window)
        for number, spec in enumerate(window._specs):
            start = time.perf_counter()
            window.sidebar.setCurrentRow(number)
            window.stack.currentWidget().grab()
            QApplication.processEvents()
            first_show.setdefault(spec.label, []).append(_ms(start))
        window.sidebar.setCurrentRow(len(window._specs) - 1)
        for number, spec in enumerate(window._specs):
            window.workspace.data_changed.emit("*")  # pages refresh when shown again
            start = time.perf_counter()
            window.sidebar.setCurrentRow(number)
            window.stack.currentWidget().grab()
            QApplication.processEvents()
            switch.setdefault(spec.label, []).append(_ms(start))
        window.close()
        application.processEvents()

    floor = statistics.median(bare_window() for _ in range(options.runs))
    print(json.dumps({
        "floor_bare_window_ms": floor,
        "main_window_ms": statistics.median(window_ms),
        "first_show_ms": {k: statistics.median(v) for k, v in first_show.items()},
        "switch_ms": {k: statistics.median(v) for k, v in switch.items()},
    }))


if __name__ == "__main__":
    main()
