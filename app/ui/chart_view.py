"""A widget that hosts one matplotlib chart (after matplotlib's Qt embedding example).

matplotlib and its Qt canvas are imported when the first chart is drawn, not when the
application starts: until then the view is an empty white frame of the right size.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from app import charts


class ChartView(QWidget):
    """A `Figure` in a `FigureCanvasQTAgg`; `draw(fn, data)` redraws it with `fn`."""

    def __init__(self, parent: QWidget | None = None, *, minimum: tuple[int, int] = (360, 220)
                 ) -> None:
        super().__init__(parent)
        self.setMinimumSize(*minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.figure: Any = None  # matplotlib.figure.Figure, once the first chart is drawn
        self.canvas: Any = None

    def draw(self, fn: Callable[..., None], data: Any, **options: Any) -> None:
        """Clear the figure and draw `fn(figure, data, **options)` on it."""
        if self.figure is None:
            self._create_canvas()
        self.figure.clear()
        fn(self.figure, data, **options)
        self.canvas.draw_idle()

    def _create_canvas(self) -> None:
        charts.prepare()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=charts.PNG_SIZE, dpi=charts.DPI)
        self.figure.set_facecolor("white")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(1, 1)  # the canvas would otherwise ask for its figure size
        self._layout.addWidget(self.canvas)
