"""The card beside the indicators table: the indicator's chart over its history, and its
definition."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Side
from app.services.indicator_definitions import IndicatorDetail
from app.services.indicator_values import target_text
from app.services.measurements import IndicatorSeries
from app.ui import settings
from app.ui.pages.indicators.chart_panel import HistoryTable, IndicatorChart
from app.ui.pages.indicators.form import IndicatorForm
from app.ui.style import icon
from app.ui.workspace import Workspace

CHART_TAB, DEFINITION_TAB = 0, 1


class IndicatorCard(QFrame):
    """One indicator: « Graphique » (chart above its history) and « Définition » (form)."""

    close_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(self._header())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.chart = IndicatorChart(minimum=(280, 180), captioned=False)
        self.history = HistoryTable()
        history = QSplitter(Qt.Orientation.Vertical)
        history.setChildrenCollapsible(False)
        history.addWidget(self.chart)
        history.addWidget(self.history)
        history.setStretchFactor(0, 3)
        history.setStretchFactor(1, 2)
        history.setSizes([300, 200])
        settings.remember_splitter(history, "indicators-card")
        self.form = IndicatorForm(workspace)
        self.tabs.addTab(history, icon("mdi6.chart-line"), self.tr("Graphique"))
        self.tabs.addTab(self.form, icon("mdi6.file-document-edit-outline"),
                         self.tr("Définition"))
        layout.addWidget(self.tabs, 1)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.title = QLabel(objectName="sectionTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #6b7785;")
        self.summary.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.summary)
        close = QToolButton(icon=icon("mdi6.close"), autoRaise=True)
        close.setToolTip(self.tr("Fermer la fiche"))
        close.clicked.connect(self.close_requested)
        row.addLayout(text, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        return row

    @property
    def indicator_id(self) -> int | None:
        return self.form.indicator_id

    def load(self, detail: IndicatorDetail, contract: str) -> None:
        """Show a saved indicator's definition (its series comes with `show_series`)."""
        self.form.load(detail)
        self.title.setText(f"{detail.code} — {detail.name}")
        side = (self.tr("entrant du client") if detail.measured_side is Side.CLIENT
                else self.tr("engagement du prestataire"))
        self.summary.setText(self.tr("{0} · objectif {1} · {2}").format(
            contract, target_text(detail.direction, detail.target, detail.unit), side))
        self.tabs.setTabEnabled(CHART_TAB, True)

    def load_new(self, contract_id: int | None) -> None:
        """An empty definition for a new indicator."""
        self.title.setText(self.tr("Nouvel indicateur"))
        self.summary.setText(self.tr("Saisissez au moins le contrat, le code, le libellé et "
                                     "l'objectif, puis Enregistrer."))
        self.show_series(None)
        self.tabs.setTabEnabled(CHART_TAB, False)
        self.tabs.setCurrentIndex(DEFINITION_TAB)
        self.form.load_new(contract_id)

    def show_series(self, series: IndicatorSeries | None,
                    highlight: dt.date | None = None) -> None:
        self.chart.show_series(series, highlight)
        self.history.show_series(series)
