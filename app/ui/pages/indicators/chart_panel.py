"""An indicator's chart with its tooltips, and its measurement history as a table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QTableView, QToolTip, QVBoxLayout, QWidget

from app.charts.indicator import draw_indicator
from app.services.formatting import format_period, format_value
from app.services.indicator_values import target_text
from app.services.measurements import IndicatorSeries, SeriesPoint
from app.ui.chart_view import ChartView
from app.ui.pages.indicators.table import STATUS_COLOURS, typed
from app.ui.table_models import Column, RowsTableModel, configure_table


def _tr(text: str) -> str:
    return QCoreApplication.translate("indicators", text)


class IndicatorChart(QWidget):
    """The chart of one indicator, a caption above it, a tooltip on each point."""

    def __init__(self, parent: QWidget | None = None, minimum: tuple[int, int] = (300, 170),
                 *, captioned: bool = True) -> None:
        super().__init__(parent)
        self.series: IndicatorSeries | None = None
        self.highlight: dt.date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.caption = QLabel(objectName="chartCaption")
        self.caption.setStyleSheet("color: #33404f; font-weight: 600;")
        self.caption.setWordWrap(True)
        self.view = ChartView(minimum=minimum)
        self.empty = QLabel(_tr("Choisissez un indicateur pour voir ses valeurs."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b7785;")
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.caption.setVisible(captioned)  # once in its layout: never a window of its own
        self._hover_connected = False
        self._drawn: tuple[Any, ...] | None = None
        self.show_series(None)

    def show_series(self, series: IndicatorSeries | None,
                    highlight: dt.date | None = None) -> None:
        """Draw `series` (None: say to choose one); nothing is redrawn when unchanged."""
        self.series, self.highlight = series, highlight
        self.view.setVisible(series is not None)
        self.empty.setVisible(series is None)
        if series is None:
            self.caption.setText("")
            self._drawn = None
            return
        self.caption.setText(_tr("{code} — {name} · objectif {target}").format(
            code=series.code, name=series.name,
            target=target_text(series.direction, series.target, series.unit)))
        if self._drawn != (series, highlight) and self.isVisible():
            self._draw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.series is not None and self._drawn != (self.series, self.highlight):
            self._draw()

    def _draw(self) -> None:
        self._drawn = (self.series, self.highlight)
        self.view.draw(draw_indicator, self.series, highlight=self.highlight)
        self._connect_hover()

    def _connect_hover(self) -> None:
        if self._hover_connected or self.view.canvas is None:
            return
        self.view.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self._hover_connected = True

    def _on_motion(self, event: Any) -> None:
        from app.charts.indicator import hover_text, nearest_point

        series = self.series
        if series is None or self.view.figure is None:
            return
        found = nearest_point(self.view.figure, series, event.x, event.y)
        if found is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), hover_text(series, found), self.view.canvas)

    def paint_pending(self) -> None:
        """Draw now if the chart waits for its page to be shown (tests, benchmarks)."""
        if self.series is not None and self._drawn != (self.series, self.highlight):
            self._draw()


def history_columns() -> list[Column]:
    """Période, Valeur, Statut, Commentaire — newest first."""
    def colour(point: SeriesPoint):
        return STATUS_COLOURS.get(point.status, (None, None))

    return [
        Column(_tr("Période"), lambda p: format_period(p.period, p.frequency),
               sort_key=lambda p: p.period, value=lambda p: p.period, kind="date"),
        Column(_tr("Valeur"), lambda p: format_value(p.value, p.unit),
               sort_key=lambda p: p.value, align_right=True,
               value=lambda p: typed(p.value, p.unit), kind="number"),
        Column(_tr("Statut"), lambda p: p.status.label if p.status else "",
               foreground=lambda p: colour(p)[0], background=lambda p: colour(p)[1],
               tooltip=lambda p: _tr("À lire avec les indicateurs client")
               if p.read_with_client else ""),
        Column(_tr("Commentaire"), lambda p: p.comment, tooltip=lambda p: p.comment),
    ]


class HistoryPoint:
    """A series point with what its row needs to show it (its indicator's unit, frequency)."""

    __slots__ = ("comment", "frequency", "period", "read_with_client", "status", "unit",
                 "value")

    def __init__(self, point: SeriesPoint, series: IndicatorSeries) -> None:
        self.period, self.value, self.status = point.period, point.value, point.status
        self.comment, self.read_with_client = point.comment, point.read_with_client
        self.unit, self.frequency = series.unit, series.frequency


class HistoryTable(QTableView):
    """The indicator's periods, newest first, with value, status and comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = RowsTableModel(history_columns(), self)
        self.setModel(self.history)
        configure_table(self, (78, 78, 96))
        self.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def show_series(self, series: IndicatorSeries | None) -> None:
        points = [] if series is None else [
            HistoryPoint(p, series) for p in series.points if p.status is not None]
        self.history.set_rows(points)
