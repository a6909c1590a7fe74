"""Time to show each page of the main window on a client file (run in its own process).

    uv run python benchmarks/gui_pages.py FILE [--runs 5]

Prints one JSON object, times in ms:

- `first_show_ms`: median time from the side-bar click to the page built, filled and
  painted, its charts drawn, over `--runs` fresh main windows; `first_show_cold_ms` is the
  first run alone (the page's modules imported on the spot, matplotlib for the first
  chart), `first_paint_cold_ms` the same run until the page is painted, charts perhaps
  still loading;
- `switch_ms`: median time to come back to a page after a change (`data_changed`), until
  it is up to date; `switch_paint_ms` until it is first painted (the dashboard paints
  what it showed, « Mise à jour… », then recomputes); `plain_switch_ms`: back to a page
  when nothing changed meanwhile;
- `main_window_ms`: `MainWindow()` to a painted window; `startup_ms`: this script's start
  (before Qt is imported) to the first painted main window;
- `floor_bare_window_ms`: a bare QWidget of the same size shown and painted.

A page counts as shown once the events it caused are processed — the dashboard draws its
charts on a zero-delay timer, and matplotlib draws on another — a grab has painted it and
every child, and no chart of it waits for a draw; see `settle` and `show_page`.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402 - the clock above starts before any import
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: Passes of the event loop after a switch: a zero-delay timer may start another (the
#: dashboard's chart timer calls matplotlib's draw_idle, which sets one more).
SETTLE_PASSES = 5
CHART_TIMEOUT_S = 60


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def settle(widget) -> None:
    """Process the events a switch caused, then paint `widget` and its children."""
    from PySide6.QtWidgets import QApplication

    for _ in range(SETTLE_PASSES):
        QApplication.processEvents()
    widget.grab()  # paints every child; a chart canvas renders a pending draw here
    QApplication.processEvents()


def charts_drawn(widget) -> bool:
    """True when no chart shown by `widget` waits for a draw (or it shows none: a chart
    on a tab or card not shown draws when it is)."""
    from app.ui.chart_view import ChartView

    for view in widget.findChildren(ChartView):
        if not view.isVisible():
            continue
        if view.canvas is None or getattr(view.canvas, "_draw_pending", False):
            return False
    return True


def show_page(window, number: int) -> tuple[float, float]:
    """Click page `number` in the side bar; (ms until it is first painted, ms until it is
    up to date with its charts drawn). They differ the first time a chart is shown
    (matplotlib imports on a worker thread while the chart says « Chargement du
    graphique… ») and when the dashboard, back after a change, paints what it showed before
    recomputing."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    painted_at: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and not painted_at:
                painted_at.append(time.perf_counter())
            return False

    spy = FirstPaint()
    start = time.perf_counter()
    window.sidebar.setCurrentRow(number)
    page = window.stack.currentWidget()
    page.installEventFilter(spy)
    settle(page)
    page.removeEventFilter(spy)
    painted = (painted_at[0] - start) * 1000 if painted_at else _ms(start)
    deadline = time.perf_counter() + CHART_TIMEOUT_S
    while not charts_drawn(page) and time.perf_counter() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(2, loop.quit)  # let the chart's polling timer fire
        loop.exec()
        settle(page)
    if not charts_drawn(page):
        raise RuntimeError(f"page {number}: charts not drawn after {CHART_TIMEOUT_S} s")
    return painted, _ms(start)


def bare_window_ms() -> float:
    """The floor: a bare window of the main window's size, shown and painted."""
    from PySide6.QtWidgets import QWidget

    start = time.perf_counter()
    widget = QWidget()
    widget.resize(1280, 800)
    widget.show()
    settle(widget)
    elapsed = _ms(start)
    widget.close()
    return elapsed


def measure_run(path: Path, times: dict[str, dict[str, list[float]]]) -> float:
    """One fresh main window on `path`: its appearance, each page's first show and its
    switch back after a change. Returns when the main window was painted (perf_counter)."""
    from app.ui.main_window import MainWindow
    from app.ui.workspace import Workspace

    start = time.perf_counter()
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    settle(window)
    painted_at = time.perf_counter()
    times["main_window"].setdefault("", []).append(_ms(start))
    from app.storage.document import IfLocked, open_file  # as vigie: once the window shows
    document = open_file(path, if_locked=IfLocked.READ_ONLY, read_only=True)
    window.workspace = Workspace(document, window)
    labels = [spec.label for spec in window._specs]
    for number, label in enumerate(labels):
        painted, complete = show_page(window, number)
        times["first_paint"].setdefault(label, []).append(painted)
        times["first_show"].setdefault(label, []).append(complete)
    for number, label in enumerate(labels):
        show_page(window, (number + 1) % len(labels))  # from another page
        window.workspace.data_changed.emit("*")  # hidden pages refresh when shown again
        painted, complete = show_page(window, number)
        times["switch"].setdefault(label, []).append(complete)
        times["switch_paint"].setdefault(label, []).append(painted)
    for number, label in enumerate(labels):
        show_page(window, (number + 1) % len(labels))
        times["plain"].setdefault(label, []).append(show_page(window, number)[1])
    window.close()
    document.close()
    return painted_at


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    os.environ.setdefault("VIGIE_DATA_DIR", tempfile.mkdtemp(prefix="vigie-bench-gui-"))

    from app.ui.application import create_application

    application = create_application()
    times: dict[str, dict[str, list[float]]] = {
        "main_window": {}, "first_paint": {}, "first_show": {}, "switch": {},
        "switch_paint": {}, "plain": {}}
    startup_ms = (measure_run(options.file, times) - STARTED) * 1000
    for _run in range(1, options.runs):
        measure_run(options.file, times)
        application.processEvents()
    floor = statistics.median(bare_window_ms() for _ in range(options.runs))
    print(json.dumps({
        "floor_bare_window_ms": floor,
        "main_window_ms": statistics.median(times["main_window"][""]),
        "startup_ms": startup_ms,
        "first_show_ms": {k: statistics.median(v) for k, v in times["first_show"].items()},
        "first_show_cold_ms": {k: v[0] for k, v in times["first_show"].items()},
        "first_paint_cold_ms": {k: v[0] for k, v in times["first_paint"].items()},
        "switch_ms": {k: statistics.median(v) for k, v in times["switch"].items()},
        "switch_paint_ms": {k: statistics.median(v) for k, v in times["switch_paint"].items()},
        "plain_switch_ms": {k: statistics.median(v) for k, v in times["plain"].items()},
    }))


if __name__ == "__main__":
    main()
