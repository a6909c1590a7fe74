"""Tableau de bord: the key figures, what needs attention now, and two charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.charts.dashboard import draw_budget, draw_sla_compliance
from app.services.dashboard import HORIZON_DAYS, Alert, Dashboard, Figures, build_dashboard
from app.services.formatting import (
    NNBSP,
    format_date,
    format_datetime,
    format_days_from,
    format_money,
    format_number,
)
from app.ui import style
from app.ui.chart_view import ChartView, load_matplotlib
from app.ui.ops import Op
from app.ui.pages.base import Page
from app.ui.widgets.alert_list import AlertList
from app.ui.widgets.figure_card import CARD_STYLE, FigureCard
from app.ui.workspace import Workspace

PAGE_STYLE = CARD_STYLE + """
QLabel#pageDate { color: #6b7785; font-size: 9.5pt; }
QLabel#chartHint { color: #6b7785; font-size: 8.5pt; }
QLabel#emptyText { color: #55606e; font-size: 11pt; }
QLabel#emptyHint { color: #6b7785; font-size: 9pt; }
"""
#: Below this page height the charts drop their explanatory line.
SHORT_HEIGHT = 700


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
        self._refresh_after_paint = False
        self._setup_ui()
        load_matplotlib()  # on its worker thread, while the first figures are computed

    # -- building ----------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setStyleSheet(PAGE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*style.PAGE_MARGINS)  # titles level across pages
        layout.setSpacing(14)
        layout.addLayout(self._title_row())
        layout.addLayout(self._figure_row())
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self._alerts_card(), 11)
        charts = QVBoxLayout()
        charts.setSpacing(14)
        # narrow minimums: the page fits a 1024-pixel screen beside the side bar
        self.sla_chart = ChartView(minimum=(250, 130))
        self.budget_chart = ChartView(minimum=(250, 130))
        self._drawn: dict[ChartView, object] = {}  # the data each chart shows
        self.sla_title = QLabel(self.tr("Respect des niveaux de service"))
        self.budget_title = QLabel(self.tr("Budget consommé"))
        self.sla_hint = QLabel(self.tr(
            "Part des mesures conformes à leur objectif, 12 derniers mois"))
        self.budget_hint = QLabel()
        charts.addWidget(self._chart_card(self.sla_title, self.sla_hint, self.sla_chart))
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
            "amount": FigureCard(self.tr("Montant annuel"), "mdi6.cash-multiple"),
            "breached": FigureCard(self.tr("Indicateurs non atteints"), "mdi6.trending-down"),
            "penalties": FigureCard(self.tr("Pénalités dues"), "mdi6.cash-minus"),
            "late": FigureCard(self.tr("Actions en retard"), "mdi6.clock-alert-outline"),
            "committee": FigureCard(self.tr("Prochain comité"), "mdi6.account-group-outline"),
        }
        for card in self.cards.values():
            row.addWidget(card, 1)
        self.cards["committee"].clicked.connect(self._open_next_committee)
        self._figures = row
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
        self.empty_hint = QLabel(objectName="emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.setContentsMargins(16, 0, 16, 0)
        column.addStretch(1)
        for label in (picture, self.empty_label):
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.empty_hint)  # full width: a wrapped label gets its height
        column.addStretch(2)
        return widget

    def _show_empty_hint(self, figures: Figures) -> None:
        """Say why nothing shows: an empty file, or a portfolio with nothing due."""
        if figures.active_contracts:
            text = self.tr("Aucune échéance dans les {0} prochains jours, aucun indicateur non "
                           "atteint, aucune action en retard.").format(HORIZON_DAYS)
        else:
            text = self.tr("Ce fichier ne contient aucun contrat en cours : leurs échéances, "
                           "indicateurs et actions s'afficheront ici.")
        self.empty_hint.setText(text)

    def _chart_card(self, title: QLabel, hint: QLabel, chart: ChartView) -> QFrame:
        card, column = _card()
        title.setObjectName("sectionTitle")
        hint.setObjectName("chartHint")
        column.addWidget(title)
        column.addWidget(hint)
        column.addWidget(chart, 1)
        return card

    # -- data --------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        # Back on a page left stale by a change elsewhere: show it at once as it was, saying
        # it is being updated, and recompute once it has painted (a quarter of a second on
        # a file of 200,000 measurements, which would otherwise hold the switch).
        if getattr(self, "_stale", False) and self.dashboard is not None:
            self._stale = False
            self._refresh_after_paint = True
            self.date_label.setText(self.tr("Mise à jour…"))
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._refresh_after_paint:
            self._refresh_after_paint = False
            QTimer.singleShot(0, self, self._refresh_if_shown)

    def _refresh_if_shown(self) -> None:
        """The deferred refresh: left for later if the page was hidden meanwhile (another
        page, or the file closing: its pages go once the window is done with them)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Recompute the dashboard of the open file for today."""
        self._refresh_after_paint = False
        day = clock.today()
        Op(self.workspace, lambda s: build_dashboard(s, day)).success(self._show).run()

    def _show(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.date_label.setText(self.tr("Situation au {0}").format(format_date(dashboard.today)))
        self._show_figures(dashboard.figures, dashboard.today)
        self.alert_list.set_alerts(dashboard.alerts)
        self.alert_stack.setCurrentWidget(self.alert_list if dashboard.alerts
                                          else self.empty_state)
        self._show_empty_hint(dashboard.figures)
        self.budget_title.setText(self.tr("Budget consommé en {0}").format(dashboard.today.year))
        self.budget_hint.setText(self.tr("Facturé hors factures contestées, face au budget "
                                         "de l'année"))
        # Let the figures and alerts paint first: the first chart loads matplotlib.
        QTimer.singleShot(0, self, self._draw_charts)

    def _draw_charts(self) -> None:
        if self.dashboard is not None:
            self._draw(self.sla_chart, draw_sla_compliance, self.dashboard.sla_compliance)
            self._draw(self.budget_chart, draw_budget, self.dashboard.budget)

    def _draw(self, chart: ChartView, draw: Callable[..., None], data: list) -> None:
        """Redraw a chart only when its data changed: most edits leave the charts as they are."""
        if self._drawn.get(chart) != data:
            chart.draw(draw, data)
            self._drawn[chart] = data

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_figures(event.size().width())
        short = event.size().height() < SHORT_HEIGHT
        self.sla_hint.setHidden(short)
        self.budget_hint.setHidden(short)
        super().resizeEvent(event)

    def _fit_figures(self, width: int) -> None:
        """Compact cards when the full ones would not fit side by side in `width`."""
        margins = self.layout().contentsMargins()
        needed = (sum(card.wide_width() for card in self.cards.values())
                  + self._figures.spacing() * (len(self.cards) - 1)
                  + margins.left() + margins.right())
        compact = needed > width
        for card in self.cards.values():
            card.set_compact(compact)
            # wide cards share the row as they need it: none cuts its caption while
            # another has room to spare (the next committee's title takes what is left)
            self._figures.setStretchFactor(card, 1 if compact else card.wide_width())

    def _show_figures(self, figures: Figures, day: dt.date) -> None:
        cards = self.cards
        cards["contracts"].set_figure(format_number(figures.active_contracts, 0),
                                      self.tr("en cours"))
        cards["amount"].set_figure(compact_euros(figures.active_annual_amount),
                                   self.tr("par an"),
                                   tooltip=format_money(figures.active_annual_amount))
        client = figures.client_inputs_breached
        cards["breached"].set_figure(
            format_number(figures.indicators_breached, 0),
            self.tr("dernière période") + (self.tr(" · entrants client : {0}").format(client)
                                            if client else ""),
            _tone(figures.indicators_breached, style.CRITICAL),
            self.tr("Engagements du prestataire non atteints ; les entrants du client non "
                    "atteints sont comptés à part ({0}).").format(client) if client else "")
        cards["penalties"].set_figure(compact_euros(figures.penalties_due),
                                      self.tr("en {0}").format(day.year),
                                      _tone(figures.penalties_due, style.WARNING),
                                      format_money(figures.penalties_due))
        cards["late"].set_figure(format_number(figures.late_actions, 0),
                                 self.tr("à relancer"),
                                 _tone(figures.late_actions, style.WARNING))
        self._show_next_committee(figures, day)
        self._fit_figures(self.width())

    def _show_next_committee(self, figures: Figures, day: dt.date) -> None:
        card = self.cards["committee"]
        following = figures.next_committee
        card.set_clickable(following is not None)
        if following is None:
            card.set_figure("—", self.tr("aucun comité planifié"), style.MUTED)
            return
        date = following.starts_at.date()
        # when, then what on a line of its own: the title is the part that gets cut
        card.set_figure(format_date(date), f"{format_days_from(date, day)}\n{following.title}",
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


def _tone(amount: float, colour: QColor) -> str:
    """Alarming figures in their colour, a clean zero in green."""
    return (colour if amount else style.OK).name()
