"""A widget that hosts one matplotlib chart (after matplotlib's Qt embedding example).

matplotlib and its Qt canvas are imported when the first chart is drawn, not when the
application starts. That import takes a second or more, so it runs on a worker thread
(plain imports, no Qt object) while the view says « Chargement du graphique… » and the rest
of the window stays usable; the chart is then drawn on the GUI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app import charts

_HEAVY = ("matplotlib.figure", "matplotlib.backends.backend_agg")
_loader: threading.Thread | None = None


def _import_matplotlib() -> None:
    charts.prepare()
    import matplotlib.backends.backend_agg
    import matplotlib.figure  # noqa: F401


def loading() -> bool:
    """True while the worker thread imports matplotlib."""
    return _loader is not None and _loader.is_alive()


def load_matplotlib() -> None:
    """Start importing matplotlib on a worker thread, once (if it is not imported yet)."""
    global _loader
    if _loader is None and not all(module in sys.modules for module in _HEAVY):
        _loader = threading.Thread(target=_import_matplotlib, name="matplotlib-import",
                                   daemon=True)
        _loader.start()


class ChartView(QWidget):
    """A `Figure` in a `FigureCanvasQTAgg`; `draw(fn, data)` redraws it with `fn`."""

    POLL_MS = 25

    def __init__(self, parent: QWidget | None = None, *, minimum: tuple[int, int] = (360, 220)
                 ) -> None:
        super().__init__(parent)
        self.setMinimumSize(*minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.figure: Any = None  # matplotlib.figure.Figure, once the first chart is drawn
        self.canvas: Any = None
        self._pending: tuple[Callable[..., None], Any, dict[str, Any]] | None = None
        self._waiting = QTimer(self, interval=self.POLL_MS)
        self._waiting.timeout.connect(self._draw_pending)
        self.loading_label = QLabel(self.tr("Chargement du graphique…"))
        self.loading_label.setStyleSheet("color: #6b7785;")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.hide()
        self._layout.addWidget(self.loading_label)

    def draw(self, fn: Callable[..., None], data: Any, **options: Any) -> None:
        """Clear the figure and draw `fn(figure, data, **options)` on it (once matplotlib
        is loaded: at once, or as soon as its import on the worker thread is over)."""
        self._pending = (fn, data, options)
        if self.figure is None:
            load_matplotlib()
            if loading():
                self.loading_label.show()
                self._waiting.start()
                return
        self._draw_pending()

    def _draw_pending(self) -> None:
        # Once the worker is done, a failed import is retried here: its error then shows.
        if self._pending is None or loading():
            return
        self._waiting.stop()
        fn, data, options = self._pending
        self._pending = None
        if self.figure is None:
            self._create_canvas()
        self.figure.clear()
        fn(self.figure, data, **options)
        self.canvas.draw_idle()

    def _create_canvas(self) -> None:
        charts.prepare()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.loading_label.hide()
        self.figure = Figure(figsize=charts.PNG_SIZE, dpi=charts.DPI)
        self.figure.set_facecolor("white")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(1, 1)  # the canvas would otherwise ask for its figure size
        self._layout.addWidget(self.canvas)
