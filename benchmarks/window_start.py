"""`vigie FILE` as a user starts it, timed (run in its own process, offscreen).

    uv run python benchmarks/window_start.py FILE

Starts the GUI the way `app.ui.application.run` does (application, main window shown, the
file opened once the window has painted) and prints one JSON object, times in ms from this
script's start, before Qt is imported (as the bare window's floor is timed):

- `first_paint_ms`: the main window's first paint (its frame and side bar);
- `file_open_ms`: the client file open in the window;
- `dashboard_ms`: the dashboard complete: its figures, alerts and both charts drawn.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402 - the clock above starts before any import
import os  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

TIMEOUT_S = 120


def _ms() -> float:
    return (time.perf_counter() - STARTED) * 1000


def dashboard_complete(window) -> bool:
    """True once the dashboard page shows its figures and both charts are drawn."""
    from app.ui.chart_view import ChartView

    page = window._pages.get("dashboard")
    if page is None or getattr(page, "dashboard", None) is None:
        return False
    charts = page.findChildren(ChartView)
    return bool(charts) and all(view.canvas is not None
                                and not getattr(view.canvas, "_draw_pending", False)
                                for view in charts)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VIGIE_DATA_DIR", tempfile.mkdtemp(prefix="vigie-bench-start-"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    path = Path(sys.argv[1])

    from PySide6.QtCore import QEvent, QObject, QTimer

    from app.ui.application import create_application

    application = create_application()
    from app.ui import settings
    from app.ui.main_window import MainWindow

    settings.set_value("window/page", 0)  # the dashboard, as at a first start
    times: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and "first_paint_ms" not in times:
                times["first_paint_ms"] = _ms()
            return False

    window = MainWindow()
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.resize(1280, 800)
    window.show()
    window.open_initial(path)

    def poll() -> None:
        if window.workspace is not None and "file_open_ms" not in times:
            times["file_open_ms"] = _ms()
        if dashboard_complete(window):
            window.grab()  # painted, charts included
            times["dashboard_ms"] = _ms()
            application.quit()
        elif _ms() > TIMEOUT_S * 1000:
            raise SystemExit("the dashboard did not complete")

    timer = QTimer(interval=5)
    timer.timeout.connect(poll)
    timer.start()
    application.exec()
    window.close()
    print(json.dumps(times))


if __name__ == "__main__":
    main()
