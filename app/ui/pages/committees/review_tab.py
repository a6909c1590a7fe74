"""The indicator review of the committee's period: the supplier's figures, and beside them
the client's own inputs, each with its value, target, status, penalty and comment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from app.models.enums import Direction
from app.services.committee_review import IndicatorReview, ReviewLine
from app.services.formatting import (
    format_money,
    format_month,
    format_period,
    format_value,
    plural,
)
from app.services.rules import MeasureStatus
from app.ui.pages.committees.base import SheetTab, configure_plain_table
from app.ui.style import CRITICAL, CRITICAL_BG, MUTED, OK, OK_BG, WARNING, WARNING_BG
from app.ui.table_models import Column, RowsTableModel

STATUS_COLOURS = {MeasureStatus.MET: (OK, OK_BG), MeasureStatus.WARNING: (WARNING, WARNING_BG),
                  MeasureStatus.BREACHED: (CRITICAL, CRITICAL_BG),
                  MeasureStatus.MISSING: (MUTED, None)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewTab", text)


def _status_text(line: ReviewLine) -> str:
    return line.status.label if line.status is not None else _tr("Période en cours")


def _status_fg(line: ReviewLine) -> QColor | None:
    return STATUS_COLOURS[line.status][0] if line.status else MUTED


def _status_bg(line: ReviewLine) -> QColor | None:
    return STATUS_COLOURS[line.status][1] if line.status else None


def _target(line: ReviewLine) -> str:
    sign = "≥" if line.direction is Direction.HIGHER_IS_BETTER else "≤"
    return f"{sign} {format_value(line.target, line.unit)}"


def columns() -> list[Column]:
    """The review's columns, in the order a committee reads them."""
    return [
        Column(_tr("Contrat"), lambda r: r.contract_reference),
        Column(_tr("Code"), lambda r: r.code),
        Column(_tr("Indicateur"), lambda r: r.name, tooltip=lambda r: r.name),
        Column(_tr("Période"), lambda r: format_period(r.period, r.frequency)),
        Column(_tr("Valeur"), lambda r: format_value(r.value, r.unit) or "—",
               align_right=True, value=lambda r: r.value, kind="number"),
        Column(_tr("Objectif"), _target, align_right=True, value=lambda r: r.target,
               kind="number"),
        Column(_tr("Statut"), _status_text, foreground=_status_fg, background=_status_bg),
        Column(_tr("Pénalité"), lambda r: format_money(r.owed) if r.penalty else "",
               align_right=True, foreground=lambda r: CRITICAL if r.owed else None,
               tooltip=_penalty_tooltip, value=lambda r: r.owed or None, kind="money"),
        Column(_tr("Commentaire du prestataire"), lambda r: r.comment,
               tooltip=lambda r: r.comment),
    ]


def _penalty_tooltip(line) -> str:
    """What the measurement costs before its contract's cap, when the cap cut it."""
    if line.penalty - line.owed < 0.005:
        return ""
    return _tr("{0} avant le plafond du contrat").format(format_money(line.penalty))


#: the indicator's name starts (and may shrink back to) 150 px, elided with its tooltip, so
#: that the supplier's comment keeps the rest of a 1024 px screen without a scroll bar
WIDTHS = (120, 70, 150, 70, 70, 80, 100, 90)


class ReviewTab(SheetTab):
    """Two tables: the supplier's indicators, then the client's inputs, read together."""

    def __init__(self, sheet) -> None:
        super().__init__(sheet)
        self.supplier_model = RowsTableModel(columns(), self)
        self.client_model = RowsTableModel(columns(), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.supplier_table = self._table(self.supplier_model)
        self.client_table = self._table(self.client_model)
        self.client_title = QLabel(self.tr(
            "Côté client : la qualité des entrants, à lire avec les chiffres du prestataire"),
            objectName="sectionTitle", wordWrap=True)
        client = QWidget()
        column = QVBoxLayout(client)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.client_title)
        column.addWidget(self.client_table, 1)
        splitter.addWidget(self.supplier_table)
        splitter.addWidget(client)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.client_part = client
        layout.addWidget(splitter, 1)
        self.penalties = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        layout.addWidget(self.penalties)

    def _table(self, model: RowsTableModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        configure_plain_table(table, WIDTHS)
        table.setShowGrid(False)
        return table

    def show_review(self, review: IndicatorReview) -> None:
        """Show the review of the committee's period (or why there is none)."""
        self.supplier_model.set_rows(review.supplier_lines)
        self.client_model.set_rows(review.client_lines)
        self.client_part.setVisible(bool(review.client_lines))
        self.supplier_table.setVisible(review.period is not None)
        if review.period is None:
            self.summary.setText(self.tr(
                "Ce comité ne revoit pas de période d'indicateurs : choisissez-en une dans "
                "l'onglet « Informations »."))
            self.penalties.setText("")
            return
        breached, warned = review.count(MeasureStatus.BREACHED), review.count(
            MeasureStatus.WARNING)
        missing = review.count(MeasureStatus.MISSING)
        parts = [self.tr("Période revue : {0}").format(format_month(review.period)),
                 plural(len(review.lines), self.tr("indicateur"))]
        if breached:
            parts.append(f"<span style='color:{CRITICAL.name()}; font-weight:600'>"
                         f"{plural(breached, self.tr('non atteint'))}</span>")
        if warned:
            parts.append(f"<span style='color:{WARNING.name()}'>"
                         f"{plural(warned, self.tr('en alerte'), self.tr('en alerte'))}</span>")
        if missing:
            parts.append(plural(missing, self.tr("non renseigné")))
        self.summary.setText(" · ".join(parts) if review.lines else self.tr(
            "Aucun indicateur sur les contrats de ce comité."))
        self.penalties.setText(self._penalty_text(review))

    def _penalty_text(self, review: IndicatorReview) -> str:
        if not review.penalties:
            return self.tr("Aucune pénalité sur la période.")
        parts = []
        for penalty in review.penalties:
            text = f"{penalty.reference} : {format_money(penalty.amount)}"
            if penalty.uncapped > penalty.amount:
                text += self.tr(" (plafonnée ; {0} avant plafond)").format(
                    format_money(penalty.uncapped))
            parts.append(text)
        total = format_money(review.total_penalty)
        return (f"<b>{self.tr('Pénalités de la période : {0}').format(total)}</b> — "
                + " · ".join(parts))
