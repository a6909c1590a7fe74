"""The import preview: every line of a supplier's report, what it will do or why it is
refused; the user maps columns, chooses the contract and the sheet, excludes lines, decides
each conflicting value, then imports all of it as one undo step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.imports import service
from app.imports.matching import ContractRef, Role
from app.imports.plan import ImportOptions, ImportPlan, LineState, PlanLine
from app.imports.reports import Report, ReportRefused
from app.services.formatting import plural
from app.services.validation import ValidationError
from app.ui.dialogs import messages
from app.ui.dialogs.report_import.columns_bar import ColumnsBar
from app.ui.dialogs.report_import.command import ImportReportCommand
from app.ui.dialogs.report_import.lines import (
    WIDTHS,
    PlanLinesTableModel,
    indicator_text,
    what_it_does,
)
from app.ui.dialogs.report_import.support import (
    DECIDABLE,
    FILTERS,
    busy,
    read_in,
    samples,
    summary_text,
)
from app.ui.ops import Op
from app.ui.style import icon
from app.ui.table_models import ROW_ROLE, FilterProxy, configure_table
from app.ui.workspace import Workspace


class ReportImportDialog(QDialog):
    """The preview of one report, and its import."""

    imported = Signal(int, str)  # measurements written, the report's file name

    def __init__(self, workspace: Workspace, report: Report, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.report = report
        self.today: Callable[[], dt.date] = clock.today
        self.options = ImportOptions()
        self.plan: ImportPlan | None = None
        self._setup_ui()
        today = self.today()
        Op(workspace, lambda s: service.contract_choices(s, today)).success(
            self._fill_contracts).run()
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Importer un rapport prestataire"))
        layout = QVBoxLayout(self)
        self.file_label = QLabel(objectName="sectionTitle")
        self.how_label = QLabel()
        self.how_label.setStyleSheet("color: #6b7785;")
        self.summary = QLabel(wordWrap=True)
        self.summary.setStyleSheet("font-weight: 600; color: #1d2a3a; padding-top: 4px;")
        layout.addWidget(self.file_label)
        layout.addWidget(self.how_label)
        layout.addLayout(self._choices())
        self.columns_title = QLabel()
        self.columns = ColumnsBar()
        self.columns.roles_changed.connect(self._on_roles)
        layout.addWidget(self.columns_title)
        layout.addWidget(self.columns)
        self.problem = QLabel(objectName="fieldError", wordWrap=True)
        self.problem.setStyleSheet("font-size: 10pt;")
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addLayout(self._line_tools())
        layout.addWidget(self._table(), 1)
        self.detail = QLabel(wordWrap=True)
        self.detail.setStyleSheet("color: #33404f;")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        layout.addLayout(self._bottom())
        self._size_to_screen()

    def _choices(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.contract_combo = QComboBox()
        self.contract_combo.setMinimumContentsLength(36)
        self.contract_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.contract_combo.activated.connect(self._on_contract)
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(self._on_sheet)
        self.sheet_label = QLabel(self.tr("&Feuille :"))
        self.sheet_label.setBuddy(self.sheet_combo)
        contract_label = QLabel(self.tr("&Contrat :"))
        contract_label.setBuddy(self.contract_combo)
        for widget in (contract_label, self.contract_combo, self.sheet_label, self.sheet_combo):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _line_tools(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.filter_combo = QComboBox()
        for label, states in FILTERS:
            self.filter_combo.addItem(self.tr(label), states)
        self.filter_combo.currentIndexChanged.connect(self._on_filter)
        self.exclude_button = self._button(self.tr("E&xclure"), "mdi6.minus-circle-outline",
                                           lambda: self._include_selected(False))
        self.include_button = self._button(self.tr("&Inclure"), "mdi6.plus-circle-outline",
                                           lambda: self._include_selected(True))
        self.overwrite_button = self._button(self.tr("É&craser"), "mdi6.swap-horizontal",
                                             lambda: self._decide_selected(True))
        self.keep_button = self._button(self.tr("Con&server l'existante"), "mdi6.shield-outline",
                                        lambda: self._decide_selected(False))
        filter_label = QLabel(self.tr("&Lignes :"))
        filter_label.setBuddy(self.filter_combo)
        row.addWidget(filter_label)
        row.addWidget(self.filter_combo)
        row.addStretch(1)
        for widget in (self.exclude_button, self.include_button, self.overwrite_button,
                       self.keep_button):
            row.addWidget(widget)
        return row

    def _button(self, text: str, icon_name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _table(self) -> QTableView:
        self.model = PlanLinesTableModel(self)
        self.model.inclusion_changed.connect(self._queue_inclusion)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        configure_table(self.table, WIDTHS)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_tools())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_detail())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.installEventFilter(self)  # Space leaves the selected lines out, or back in
        return self.table

    def _bottom(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.blockers = QLabel(objectName="fieldError", wordWrap=True)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = QPushButton(icon("mdi6.database-import-outline", "white"), "",
                                         objectName="primary")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_now)
        row.addWidget(self.blockers, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.import_button)
        return row

    def _size_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen else None
        width = min(1040, room.width() - 40) if room else 1040
        height = min(680, room.height() - 60) if room else 680
        self.resize(width, height)

    # -- the preview ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Preview the report again with the current choices."""
        report, options, today = self.report, self.options, self.today()
        with busy():
            Op(self.workspace, lambda s: service.preview(s, report, options, today)).success(
                self._show_plan).run()

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.file_label.setText(plan.report.path.name)
        self.how_label.setText(plan.report.describe())
        self._show_sheets(plan.report)
        self.columns_title.setText(self.tr("Colonnes du fichier (en-têtes ligne {0}) :")
                                   .format(plan.header.line))
        self.columns.set_header(plan.header, dict(self.options.columns),
                                samples(plan.report, plan.header))
        self.problem.setText(plan.problem or "")
        self.problem.setVisible(bool(plan.problem))
        with self._kept_view():
            self.model.set_rows(plan.lines)
        self.summary.setText(summary_text(plan))
        self.summary.setVisible(not plan.problem)
        self._show_detail()
        self.blockers.setText("\n".join(plan.blockers) if not plan.problem else "")
        count = len(plan.writes)
        self.import_button.setText(self.tr("Importer {0}").format(
            plural(count, "mesure")) if count else self.tr("Importer"))
        self.import_button.setEnabled(plan.can_import and not self.workspace.read_only)
        self._update_tools()

    def _show_sheets(self, report: Report) -> None:
        several = len(report.sheets) > 1
        self.sheet_label.setVisible(several)
        self.sheet_combo.setVisible(several)
        if several and self.sheet_combo.count() != len(report.sheets):
            self.sheet_combo.clear()
            self.sheet_combo.addItems(list(report.sheets))
        self.sheet_combo.setCurrentText(report.sheet)

    @contextmanager
    def _kept_view(self) -> Iterator[None]:
        """Keep the selected lines and the scroll position across a new preview."""
        chosen = {line.line for line in self.selected_lines()}
        current = self.table.currentIndex()
        current_line = self.proxy.data(current, ROW_ROLE).line \
            if current.isValid() else None
        scrolled = self.table.verticalScrollBar().value()
        yield
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | \
            QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            line = self.proxy.data(index, ROW_ROLE).line
            if line in chosen:
                selection.select(index, flags)
            if line == current_line:
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.verticalScrollBar().setValue(scrolled)

    def _fill_contracts(self, contracts: list[ContractRef]) -> None:
        self.contract_combo.clear()
        self.contract_combo.addItem(self.tr("Selon le fichier"), None)
        self.contract_combo.setItemData(0, self.tr(
            "Le contrat de chaque ligne vient de sa colonne Contrat, sinon du code de "
            "l'indicateur quand un seul contrat l'a"), Qt.ItemDataRole.ToolTipRole)
        for contract in contracts:
            text = f"{contract.reference} — {contract.title} ({contract.supplier_name})"
            if contract.ended:
                text += self.tr(" — terminé")
            self.contract_combo.addItem(text, contract.reference)

    # -- choices ----------------------------------------------------------------------------

    def choose(self, **changes) -> None:
        """Change some options (contract, columns, excluded, decisions) and preview again:
        exclusions and decisions alone are applied to the lines already read."""
        self.options = replace(self.options, **changes)
        if self.plan is not None and set(changes) <= {"excluded", "decisions"}:
            self._show_plan(self.plan.redecided(self.options))
        else:
            self.refresh()

    def _on_contract(self, _index: int) -> None:
        self.choose(contract=self.contract_combo.currentData())

    def _on_roles(self, overrides: dict[int, Role]) -> None:
        self.choose(columns=overrides)

    def _on_sheet(self, _index: int) -> None:
        sheet = self.sheet_combo.currentText()
        if sheet == self.report.sheet:
            return
        found = read_in(self.workspace, self.report.path, sheet, self.options.contract)
        if isinstance(found, ReportRefused):
            messages.show_error(self, self.tr("Feuille illisible"), found.message)
            self.sheet_combo.setCurrentText(self.report.sheet)
            return
        self.report = found
        self.choose(columns={}, excluded=frozenset(), decisions={})

    def _on_filter(self, _index: int) -> None:
        states = self.filter_combo.currentData()
        self.proxy.set_predicate(None if states is None else
                                 lambda line, kept=tuple(states): line.state in kept)

    def selected_lines(self) -> list[PlanLine]:
        """The lines selected in the table, in the table's order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.data(self.proxy.index(row, 0), ROW_ROLE)
                for row in rows]

    def _queue_inclusion(self, lines: list[int], included: bool) -> None:
        # The check box's click is still being handled: preview again once it is done.
        QTimer.singleShot(0, lambda: self.include(lines, included))

    def include(self, lines: list[int], included: bool) -> None:
        """Include or exclude these lines (by their number in the file)."""
        excluded = set(self.options.excluded)
        excluded = excluded - set(lines) if included else excluded | set(lines)
        self.choose(excluded=frozenset(excluded))

    def _include_selected(self, included: bool) -> None:
        lines = [line.line for line in self.selected_lines()]
        if lines:
            self.include(lines, included)

    def _toggle_selected(self) -> None:
        chosen = self.selected_lines()
        if chosen:
            every_included = all(line.state is not LineState.EXCLUDED for line in chosen)
            self.include([line.line for line in chosen], not every_included)

    def _decide_selected(self, overwrite: bool) -> None:
        lines = [line.line for line in self.selected_lines() if line.state in DECIDABLE]
        if lines:
            self.choose(decisions=dict(self.options.decisions) | dict.fromkeys(lines,
                                                                               overwrite))

    def _show_detail(self) -> None:
        """The current line in full: what the narrow columns cut off."""
        index = self.table.currentIndex()
        line = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        if line is None:
            self.detail.setText("")
            return
        what = f"{indicator_text(line)} · {line.value_text()}" if line.indicator else ""
        self.detail.setText(self.tr("Ligne {0} : {1}").format(
            line.line, " — ".join(part for part in (what, what_it_does(line)) if part)))

    def _update_tools(self) -> None:
        states = {line.state for line in self.selected_lines()}
        self.exclude_button.setEnabled(bool(states - {LineState.EXCLUDED}))
        self.include_button.setEnabled(LineState.EXCLUDED in states)
        decidable = bool(states & set(DECIDABLE))
        self.overwrite_button.setEnabled(decidable)
        self.keep_button.setEnabled(decidable)

    def _context_menu(self, position) -> None:
        menu = QMenu(self)
        for button in (self.exclude_button, self.include_button, self.overwrite_button,
                       self.keep_button):
            action = menu.addAction(button.icon(), button.text().replace("&", ""),
                                    button.click)
            action.setEnabled(button.isEnabled())
        menu.popup(self.table.viewport().mapToGlobal(position))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Space \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._toggle_selected()
            return True
        return super().eventFilter(watched, event)

    # -- the import -------------------------------------------------------------------------

    def import_now(self) -> None:
        """Import the report as one undo step; on a refusal, say why and preview again."""
        if self.plan is None or not self.plan.can_import:
            return
        text = self.tr("l'import de « {0} »").format(self.report.path.name)
        command = ImportReportCommand(self.workspace, text, self.report, self.options,
                                      self.today())
        try:
            with busy():
                command.execute()
        except service.ImportRefused as refusal:
            messages.show_error(self, self.tr("Import refusé"),
                                service.describe_refusal(refusal))
            self.refresh()
            return
        except ValidationError as error:
            messages.show_error(self, self.tr("Import impossible"),
                                "\n".join(error.errors.values()))
            return
        assert command.done is not None
        self.imported.emit(len(command.done.writes), self.report.path.name)
        self.accept()
