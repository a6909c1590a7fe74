"""« Factures et budget »: a contract's invoices of a year, typed like the measurements, and
its budget: consumed against planned (disputed invoices apart), the actual daily rate
against the TJM, the year's penalties to deduct, and the chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.charts.budget import draw_contract_budget
from app.models.enums import InvoiceStatus
from app.services import invoices
from app.services.formatting import format_money, format_percent, plural
from app.services.invoices import BudgetSummary, InvoiceValues
from app.services.validation import ValidationError
from app.ui import settings
from app.ui.chart_view import ChartView
from app.ui.dialogs import messages
from app.ui.ops import Op
from app.ui.pages.indicators.commands import WriteCells
from app.ui.pages.indicators.grid_view import GridDelegate, MeasureGridView
from app.ui.pages.indicators.invoices_model import DAYS, RATE, STATUS, InvoiceGridModel
from app.ui.style import icon
from app.ui.workspace import Workspace


def _money(amount: float | None) -> str:
    """An amount for a rich-text label, never cut before its « € »."""
    return f"<span style='white-space:nowrap'>{format_money(amount)}</span>"


class _InvoiceDelegate(GridDelegate):
    """The grid's line edit, and a list of the statuses in the « Statut » column."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        if index.column() != STATUS:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems([status.label for status in InvoiceStatus])
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            if editor.currentText() != index.data(Qt.ItemDataRole.EditRole):
                model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class InvoiceGridView(MeasureGridView):
    """The measurement grid's keys and clipboard, over the invoices (no comments)."""

    comments = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = _InvoiceDelegate(self)
        self.delegate.enter_pressed.connect(lambda up: self.move_current(-1 if up else 1))
        self.setItemDelegate(self.delegate)
        self.comment_action.setEnabled(False)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setMinimumWidth(28)


class InvoicesPanel(QWidget):
    """A contract's invoices for a year and its budget."""

    written = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today: Callable[[], dt.date] = clock.today
        self.contract_id: int | None = None
        self.year: int | None = None
        self.writing = False
        self.summary: BudgetSummary | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self._toolbar())
        self.model = InvoiceGridModel(self)
        self.model.edit_requested.connect(self._on_edit_requested)
        self.view = InvoiceGridView()
        self.view.setModel(self.model)
        self.view.pasted.connect(self._on_pasted)
        for column, width in enumerate((68, 104, 50, 110, 80, 84)):
            self.view.horizontalHeader().resizeSection(column, width)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self._budget())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 300])
        settings.remember_splitter(self.splitter, "indicators-invoices")
        self.empty = QLabel(self.tr("Choisissez un contrat (en haut de la page) pour saisir "
                                    "ses factures et suivre son budget."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b7785; font-size: 10.5pt;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.message)

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.year_combo = QComboBox()
        self.year_combo.currentIndexChanged.connect(self._on_year_changed)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"),
                                         self.tr("Supprimer la facture"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.hint = QLabel(self.tr("Dernière ligne : une nouvelle facture · un avoir est un "
                                   "montant négatif · Ctrl+V colle depuis Excel"))
        self.hint.setStyleSheet("color: #6b7785;")
        self.hint.setWordWrap(True)
        row.addWidget(QLabel(self.tr("Année")))
        row.addWidget(self.year_combo)
        row.addSpacing(12)
        row.addWidget(self.hint, 1)
        row.addWidget(self.delete_button)
        return row

    def _budget(self) -> QWidget:
        card = QFrame(objectName="card")
        column = QVBoxLayout(card)
        column.setContentsMargins(12, 10, 12, 10)
        self.budget_title = QLabel(objectName="sectionTitle")
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.chart = ChartView(minimum=(240, 150))
        column.addWidget(self.budget_title)
        column.addWidget(self.figures)
        column.addWidget(self.chart, 1)
        return card

    # -- loading ----------------------------------------------------------------------------

    def set_contract(self, contract_id: int | None) -> None:
        if contract_id != self.contract_id:
            self.contract_id, self.year = contract_id, None
            self.model.refused.clear()
            self.model.pending = {}
        self.refresh()

    def refresh(self) -> None:
        shown = self.contract_id is not None
        self.splitter.setVisible(shown)
        self.empty.setVisible(not shown)
        self.year_combo.setEnabled(shown)
        if not shown:
            return
        contract_id, today = self.contract_id, self.today()
        Op(self.workspace, lambda s: self._load(s, contract_id, self.year, today)).success(
            self._show).run()

    @staticmethod
    def _load(session, contract_id: int, year: int | None, today: dt.date) -> Any:
        years = invoices.invoice_years(session, contract_id, today)
        year = year if year in years else today.year
        rows = invoices.list_invoices(session, contract_id, year)
        everything = invoices.list_invoices(session, contract_id)
        summary = invoices.budget_summary(session, contract_id, year, today)
        return years, year, rows, invoices.next_month(everything, today), summary

    def _show(self, loaded: Any) -> None:
        years, year, rows, default_period, summary = loaded
        if summary is None:
            self.set_contract(None)
            return
        self.year, self.summary = year, summary
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for value in years:
            self.year_combo.addItem(str(value), value)
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))
        self.year_combo.blockSignals(False)
        self.model.set_rows(rows, summary.figures.contractual_daily_rate, default_period)
        for column in (DAYS, RATE):  # days billed and the actual TJM: régie contracts only
            self.view.setColumnHidden(column, not summary.billed_by_day)
        self._show_budget(summary)
        self._update_buttons()

    def _on_year_changed(self, _index: int) -> None:
        year = self.year_combo.currentData()
        if year is not None and year != self.year:
            self.year = year
            self.refresh()

    def _show_budget(self, summary: BudgetSummary) -> None:
        figures = summary.figures
        self.budget_title.setText(self.tr("Budget {0} — {1}").format(summary.year,
                                                                     summary.reference))
        lines = [self.tr("Prévu : <b>{0}</b>").format(_money(figures.planned)),
                 self.tr("Consommé : <b>{0}</b>{1} · attendu à date : {2}").format(
                     _money(figures.consumed),
                     f" ({format_percent(figures.consumed_percent)})"
                     if figures.consumed_percent is not None else "",
                     _money(figures.expected))]
        if figures.disputed:
            lines.append(self.tr("<span style='color:#b26a00'>Contesté, à part : {0}</span>")
                         .format(_money(figures.disputed)))
        if summary.billed_by_day and figures.actual_daily_rate is not None:
            lines.append(self._rate_line(figures))
        lines.append(self._penalty_line(summary))
        self.figures.setText("<br>".join(lines))
        self.chart.draw(draw_contract_budget, summary)

    def _rate_line(self, figures: Any) -> str:
        gap = figures.daily_rate_gap_percent
        colour = "#c62828" if gap and gap > 0.5 else "#33404f"
        sign = "+" if gap and gap > 0 else ""
        gap_text = f" ({sign}{format_percent(gap)})" if gap is not None else ""
        return self.tr("TJM réel : <span style='color:{0}'><b>{1}</b>{2}</span> pour un TJM "
                       "contractuel de {3}").format(
            colour, _money(figures.actual_daily_rate), gap_text,
            _money(figures.contractual_daily_rate))

    def _penalty_line(self, summary: BudgetSummary) -> str:
        if not summary.penalties_due:
            return self.tr("Pénalités dues en {0} : aucune").format(summary.year)
        return self.tr("Pénalités dues en {0} : <b style='color:#b26a00'>{1}</b> à déduire "
                       "· net : {2}").format(summary.year, _money(summary.penalties_due),
                                             _money(summary.net))

    # -- edits -------------------------------------------------------------------------------

    def _on_edit_requested(self, changes: Mapping[int, InvoiceValues | None], label: str
                           ) -> None:
        if self.workspace.read_only or self.contract_id is None:
            return
        new = sorted((k for k in changes if k < 0), reverse=True)
        ids = self.workspace.query(lambda s: invoices.next_invoice_ids(s, len(new)))
        real = dict(zip(new, ids, strict=True))
        changes = {real.get(k, k): v for k, v in changes.items()}
        contract_id = self.contract_id
        command = WriteCells(self.workspace, label, "invoice",
                             lambda s, c: invoices.write_invoices(s, contract_id, c), changes)
        self._execute(command)

    def _execute(self, command: WriteCells) -> None:
        self.writing = True
        try:
            command.execute()
        except ValidationError as error:
            messages.show_error(self, self.tr("Saisie refusée"), " ".join(error.errors.values()))
        finally:
            self.writing = False
        self.refresh()
        self.written.emit()

    def delete_selected(self) -> None:
        """Delete the invoices of the selected rows (one undo step)."""
        ids = self.model.invoice_ids(r for r, _c in self.view.selected_cells())
        if not ids or self.workspace.read_only:
            return
        label = (self.tr("Supprimer la facture") if len(ids) == 1 else
                 self.tr("Supprimer {0}").format(plural(len(ids), self.tr("facture"))))
        self._execute(WriteCells(self.workspace, label, "invoice",
                                 lambda s, c: invoices.write_invoices(s, self.contract_id, c),
                                 dict.fromkeys(ids)))

    def _on_pasted(self, written: int, refused: int, clipped: int) -> None:
        parts = [plural(written, self.tr("facture enregistrée"),
                        self.tr("factures enregistrées"))]
        if refused:
            parts.append(plural(refused, self.tr("valeur refusée (en rouge)"),
                                self.tr("valeurs refusées (en rouge)")))
        if clipped:
            parts.append(plural(clipped, self.tr("cellule ignorée"), self.tr("cellules ignorées")))
        self.message.setText(" · ".join(parts))
        self.message.setStyleSheet(f"color: {'#c62828' if refused or clipped else '#33404f'};")

    def set_read_only(self, read_only: bool) -> None:
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                  else self.view.editTriggers()
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for action in (self.view.paste_action, self.view.clear_action):
            action.setEnabled(not read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        rows = [r for r, _c in self.view.selected_cells()]
        self.delete_button.setEnabled(not self.workspace.read_only
                                      and bool(self.model.invoice_ids(rows)))

    def has_refused(self) -> bool:
        return bool(self.model.refused)

    def drop_refused(self) -> None:
        self.model.drop_refused()

    def table_for_export(self) -> tuple[str, QAbstractItemModel] | None:
        if self.contract_id is None or self.summary is None:
            return None
        return (self.tr("Factures {0} {1}").format(self.summary.reference, self.year),
                self.model)
