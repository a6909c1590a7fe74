"""Where the plan stands, in key figures over the page, and what blocks its next phase."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.formatting import format_date, format_days_from, format_percent, plural
from app.services.reversibility_status import PlanStatus
from app.ui import style
from app.ui.widgets.figure_card import CARD_STYLE, FigureCard

BLOCKED_STYLE = "color: #8a4b00; background: #fff4e0; border-radius: 4px; padding: 6px 10px;"
CLEAR_STYLE = "color: #1e5e22; background: #e6f4ea; border-radius: 4px; padding: 6px 10px;"


class PlanSummary(QWidget):
    """Readiness, progress, slip, next phase, switch-over, checklist; then the blockers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CARD_STYLE)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self._row = QHBoxLayout()
        self._row.setSpacing(10)
        t = self.tr
        self.cards = {
            "readiness": FigureCard(t("Niveau de préparation"), "mdi6.gauge"),
            "progress": FigureCard(t("Avancement"), "mdi6.progress-check"),
            "slip": FigureCard(t("Glissement"), "mdi6.calendar-clock"),
            "next": FigureCard(t("Prochaine phase"), "mdi6.flag-outline"),
            "switch_over": FigureCard(t("Bascule prévue"), "mdi6.swap-horizontal"),
            "checklist": FigureCard(t("Check-list"), "mdi6.clipboard-check-outline"),
        }
        for card in self.cards.values():
            self._row.addWidget(card, 1)
        self.blockers = QLabel(wordWrap=True)
        self._needed = 0  # the width the wide cards need side by side
        column.addLayout(self._row)
        column.addWidget(self.blockers)

    def show_status(self, status: PlanStatus) -> None:
        """Show the figures and the blockers of a plan."""
        t, c = self.tr, self.cards
        c["readiness"].set_figure(
            format_percent(status.readiness, 0),
            t("jalons et check-list"), style.ACCENT,
            t("La moyenne de deux parts : les jalons (terminés avec PV signé : 1, sans PV : "
              "½) et la check-list (faits avec une preuve : 1, sans : ½)."))
        c["progress"].set_figure(f"{status.done} / {status.counted}", t("jalons terminés"))
        late = len(status.late)
        slip_colour = style.CRITICAL if late else style.WARNING if status.slip_days else style.OK
        c["slip"].set_figure(plural(status.slip_days, t("jour")),
                             plural(late, t("jalon en retard"), t("jalons en retard"))
                             if late else t("aucun jalon en retard"), slip_colour)
        following = status.next_milestone
        if following is None:
            c["next"].set_figure("—", t("toutes les phases ont démarré"), style.MUTED)
        else:
            c["next"].set_figure(format_date(following.planned_start), status.name(following),
                                 tooltip=t("{0} : du {1} au {2}").format(
                                     following.title, format_date(following.planned_start),
                                     format_date(following.planned_end)))
        switch_over = status.switch_over
        c["switch_over"].set_figure(format_date(switch_over) or "—", _when(switch_over,
                                                                           status.today))
        c["checklist"].set_figure(f"{status.checklist_done} / {status.checklist_counted}",
                                  t("éléments faits"))
        self._show_blockers(status)
        self._needed = sum(card.wide_width() for card in self.cards.values()) + (
            self._row.spacing() * (len(self.cards) - 1))
        self._fit(self.width())

    def _show_blockers(self, status: PlanStatus) -> None:
        following = status.next_milestone
        if following is None:
            self.blockers.hide()
            return
        if status.blockers:
            self.blockers.setText(self.tr("Avant « {0} » : {1}.").format(
                status.name(following), " · ".join(status.blockers)))
            self.blockers.setStyleSheet(BLOCKED_STYLE)
        else:
            self.blockers.setText(self.tr("Rien ne bloque la prochaine phase, « {0} ».").format(
                status.name(following)))
            self.blockers.setStyleSheet(CLEAR_STYLE)
        self.blockers.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width())
        super().resizeEvent(event)

    def _fit(self, width: int) -> None:
        """Compact cards when the full ones would not fit side by side."""
        compact = self._needed > width
        for card in self.cards.values():
            card.set_compact(compact)
            # wide cards share the row as they need it (a date needs more than « 3 / 7 »)
            self._row.setStretchFactor(card, 1 if compact else card.wide_width())


def _when(day: dt.date | None, today: dt.date) -> str:
    return "" if day is None else format_days_from(day, today)
