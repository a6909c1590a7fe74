"""Tableau de bord: the key figures, what needs attention now, and two charts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.charts.dashboard import draw_budget, draw_sla_compliance
from app.services.dashboard import Alert, Dashboard, Figures, build_dashboard
from app.services.formatting import (
    NNBSP,
    format_date,
    format_datetime,
    format_days_from,
    format_money,
    format_number,
)
from app.ui import style
from app.ui.chart_view import ChartView
from app.ui.ops import Op
from app.ui.pages.base import Page
from app.ui.widgets.alert_list import AlertList
from app.ui.widgets.figure_card import CARD_STYLE, FigureCard
from app.ui.workspace import Workspace

PAGE_STYLE = CARD_STYLE + """
QLabel#pageDate { color: #6b7785; font-size: 9.5pt; }
QLabel#chartHint { color: #6b7785; font-size: 8.5pt; }
QLabel#emptyText { color: #55606e; font-size: 11pt; }
"""


def compact_euros(amount: float) -> str:
    """Euros for a card: « 7 780 € », « 192 450 € », « 1,92 M€ » from a million up."""
    if abs(amount) >= 1_000_000:
        return f"{format_number(amount / 1_000_000, None)}{NNBSP}M€"
    return f"{format_number(amount, 0)}{NNBSP}€"


class DashboardPage(Page):
    """What needs attention now, with the key figures and the SLA and budget trends."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.dashboard: Dashboard | None = None
        self._setup_ui()

    # -- building ----------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setStyleSheet(PAGE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 20)
        layout.setSpacing(14)
        layout.addLayout(self._title_row())
        layout.addLayout(self._figure_row())
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self._alerts_card(), 11)
        charts = QVBoxLayout()
        charts.setSpacing(14)
        self.sla_chart = ChartView()
        self.budget_chart = ChartView()
        self.sla_title = QLabel(self.tr("Respect des niveaux de service"))
        self.budget_title = QLabel(self.tr("Budget consommé"))
        charts.addWidget(self._chart_card(self.sla_title, self.tr(
            "Part des mesures conformes à leur objectif, 12 derniers mois"), self.sla_chart))
        self.budget_hint = QLabel()
        charts.addWidget(self._chart_card(self.budget_title, self.budget_hint,
                                          self.budget_chart))
        body.addLayout(charts, 10)
        layout.addLayout(body, 1)

    def _title_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(self.tr("Tableau de bord"), objectName="pageTitle")
        self.date_label = QLabel(objectName="pageDate")
        row.addWidget(title)
        row.addStretch(1)
        row.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        return row

    def _figure_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.cards = {
            "contracts": FigureCard(self.tr("Contrats actifs"), "mdi6.file-sign"),
            "amount": FigureCard(self.tr("Montant annuel"), "mdi6.currency-eur"),
            "breached": FigureCard(self.tr("Indicateurs non atteints"), "mdi6.trending-down"),
            "penalties": FigureCard(self.tr("Pénalités dues"), "mdi6.cash-minus"),
            "late": FigureCard(self.tr("Actions en retard"), "mdi6.clock-alert-outline"),
            "committee": FigureCard(self.tr("Prochain comité"), "mdi6.account-group-outline"),
        }
        for key, card in self.cards.items():
            row.addWidget(card, 2 if key == "committee" else 1)  # a date and a title
        self.cards["committee"].clicked.connect(self._open_next_committee)
        return row

    def _alerts_card(self) -> QFrame:
        card, column = _card()
        title = QLabel(self.tr("Ce qui demande votre attention"), objectName="sectionTitle")
        self.alert_list = AlertList()
        self.alert_list.alert_activated.connect(self._follow)
        self.empty_state = self._empty_state()
        self.alert_stack = QStackedWidget()
        self.alert_stack.addWidget(self.alert_list)
        self.alert_stack.addWidget(self.empty_state)
        column.addWidget(title)
        column.addWidget(self.alert_stack, 1)
        return card

    def _empty_state(self) -> QWidget:
        widget = QWidget()
        column = QVBoxLayout(widget)
        picture = QLabel()
        picture.setPixmap(style.icon("mdi6.check-circle-outline", style.OK.name()).pixmap(48, 48))
        self.empty_label = QLabel(self.tr("Rien ne demande votre attention."),
                                  objectName="emptyText")
        column.addStretch(1)
        for label in (picture, self.empty_label):
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return widget

    def _chart_card(self, title: QLabel, hint: QLabel | str, chart: ChartView) -> QFrame:
        card, column = _card()
        title.setObjectName("sectionTitle")
        hint = hint if isinstance(hint, QLabel) else QLabel(hint)
        hint.setObjectName("chartHint")
        column.addWidget(title)
        column.addWidget(hint)
        column.addWidget(chart, 1)
        return card

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the dashboard of the open file for today."""
        Op(self.workspace, lambda s: build_dashboard(s, dt.date.today())).success(
            self._show).run()

    def _show(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.date_label.setText(self.tr("Situation au {0}").format(format_date(dashboard.today)))
        self._show_figures(dashboard.figures, dashboard.today)
        self.alert_list.set_alerts(dashboard.alerts)
        self.alert_stack.setCurrentWidget(self.alert_list if dashboard.alerts
                                          else self.empty_state)
        self.budget_title.setText(self.tr("Budget consommé en {0}").format(dashboard.today.year))
        self.budget_hint.setText(self.tr("Facturé depuis janvier, par contrat, face au budget "
                                         "de l'année"))
        # Let the figures and alerts paint first: the first chart loads matplotlib.
        QTimer.singleShot(0, self, self._draw_charts)

    def _draw_charts(self) -> None:
        if self.dashboard is not None:
            self.sla_chart.draw(draw_sla_compliance, self.dashboard.sla_compliance)
            self.budget_chart.draw(draw_budget, self.dashboard.budget)

    def _show_figures(self, figures: Figures, today: dt.date) -> None:
        cards = self.cards
        cards["contracts"].set_figure(format_number(figures.active_contracts, 0),
                                      self.tr("en cours"))
        cards["amount"].set_figure(compact_euros(figures.active_annual_amount),
                                   self.tr("par an"),
                                   tooltip=format_money(figures.active_annual_amount))
        cards["breached"].set_figure(format_number(figures.indicators_breached, 0),
                                     self.tr("dernière période"),
                                     _tone(figures.indicators_breached, style.CRITICAL))
        cards["penalties"].set_figure(compact_euros(figures.penalties_due),
                                      self.tr("cette année ({0})").format(today.year),
                                      _tone(figures.penalties_due, style.WARNING),
                                      format_money(figures.penalties_due))
        cards["late"].set_figure(format_number(figures.late_actions, 0),
                                 self.tr("à relancer"),
                                 _tone(figures.late_actions, style.WARNING))
        self._show_next_committee(figures, today)

    def _show_next_committee(self, figures: Figures, today: dt.date) -> None:
        card = self.cards["committee"]
        following = figures.next_committee
        card.set_clickable(following is not None)
        if following is None:
            card.set_figure("—", self.tr("aucun comité planifié"), style.MUTED)
            return
        day = following.starts_at.date()
        card.set_figure(format_date(day), f"{format_days_from(day, today)} · {following.title}",
                        tooltip=f"{following.title}\n{format_datetime(following.starts_at)}")

    # -- navigation ------------------------------------------------------------------------

    def _follow(self, alert: Alert) -> None:
        self.navigate_requested.emit(alert.entity, alert.entity_id)

    def _open_next_committee(self) -> None:
        following = self.dashboard.figures.next_committee if self.dashboard else None
        if following is not None:
            self.navigate_requested.emit("committee", following.id)


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame(objectName="card")
    column = QVBoxLayout(card)
    column.setContentsMargins(14, 12, 14, 12)
    column.setSpacing(6)
    return card, column


def _tone(amount: float, colour) -> str:
    """Alarming figures in their colour, a clean zero in green."""
    return (colour if amount else style.OK).name()
