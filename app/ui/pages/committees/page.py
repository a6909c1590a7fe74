"""The « Comités » page: the committees by date, and a committee's meeting sheet.

The list and the sheet share the page: opening a committee shows its sheet, « ← » (or
Alt+←) comes back to the list as it was. While the sheet is shown, changes reload the
sheet only; the list catches up when it is shown again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models import Committee
from app.services import committee_edits as edits
from app.services import committees, contracts, records
from app.services.committee_series import Rhythm
from app.services.validation import ValidationError
from app.ui import style
from app.ui.changes import run_change
from app.ui.commands import DeleteRecord
from app.ui.dialogs import messages
from app.ui.ops import Op
from app.ui.pages.base import Page
from app.ui.pages.committees import dialogs
from app.ui.pages.committees.list_view import CommitteeList
from app.ui.pages.committees.sheet import MeetingSheet
from app.ui.style import icon
from app.ui.widgets.flow_layout import button_group, flow_row
from app.ui.workspace import Workspace

#: The tables the committees list shows something of: a change elsewhere (an agenda item,
#: an attendance, a follow-up) leaves the list as it is.
LIST_TABLES = {"*", "committee", "committee_contract", "contract", "supplier", "action"}


class CommitteesPage(Page):
    """The committees list, or one committee's meeting sheet."""

    entities = ("committee", "decision")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.today: Callable[[], dt.date] = clock.today
        self._list_stale = True
        self._suppliers: list[tuple[int, str]] = []
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*style.PAGE_MARGINS)
        self.stack = QStackedWidget()
        self.list_page = QWidget()
        column = QVBoxLayout(self.list_page)
        column.setContentsMargins(0, 0, 0, 0)
        self.list = CommitteeList()
        column.addWidget(self._title_row())
        self.list.today = lambda: self.today()
        self.list.open_requested.connect(self.open_committee)
        self.list.selection_changed.connect(self._update_buttons)
        column.addWidget(self.list, 1)
        self._sheet: MeetingSheet | None = None  # built when a committee is first opened
        self.stack.addWidget(self.list_page)
        layout.addWidget(self.stack)
        self._update_buttons()

    def _title_row(self) -> QWidget:
        """The title, its buttons on its right, or under it when the window is narrow."""
        self.open_button = QPushButton(icon("mdi6.file-document-edit-outline"),
                                       self.tr("Ouvrir la feuille"))
        self.open_button.clicked.connect(self.list.open_selected)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Supprimer"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.next_button = QPushButton(icon("mdi6.calendar-plus"),
                                       self.tr("Préparer le suivant…"))
        self.next_button.setToolTip(self.tr(
            "Planifier le comité suivant de la série du comité sélectionné : mêmes "
            "participants, contrats et points permanents, à la date suivante du rythme."))
        self.next_button.clicked.connect(lambda: self.prepare_next(self.list.selected_id()))
        self.new_button = QPushButton(icon("mdi6.plus", "white"), self.tr("Nouveau comité"),
                                      objectName="primary")
        self.new_button.clicked.connect(self.new_committee)
        return flow_row([QLabel(self.tr("Comités"), objectName="pageTitle"),
                         button_group([self.open_button, self.delete_button,
                                       self.next_button, self.new_button])])

    @property
    def sheet(self) -> MeetingSheet:
        """The meeting sheet, built the first time a committee is opened (seven tabs: the
        list shows sooner without them)."""
        if self._sheet is None:
            sheet = self._sheet = MeetingSheet(self.workspace, self.stack)  # never a window
            sheet.today = lambda: self.today()
            sheet.suppliers = self._suppliers
            sheet.back_requested.connect(self.show_list)
            sheet.closed.connect(self.show_list)
            sheet.prepare_next_requested.connect(self.prepare_next)
            sheet.navigate_requested.connect(self.navigate_requested)
            self.stack.addWidget(sheet)
        return self._sheet

    def _sheet_shown(self) -> bool:
        return self._sheet is not None and self.stack.currentWidget() is self._sheet

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload what is shown: the sheet, or the list."""
        if self._sheet_shown():
            self._list_stale = True
            self.sheet.refresh()
        else:
            self._load_list()

    def _on_data_changed(self, what: str) -> None:
        if self.isVisible() and self._sheet_shown():
            self._list_stale = self._list_stale or what in LIST_TABLES
            self.sheet.refresh()
        else:
            super()._on_data_changed(what)

    def _load_list(self) -> None:
        self._list_stale = False
        Op(self.workspace, lambda s: (committees.list_committees(s),
                                      contracts.supplier_choices(s))).success(
            self._show_list_rows).run()

    def _show_list_rows(self, loaded) -> None:
        rows, self._suppliers = loaded
        if self._sheet is not None:
            self._sheet.suppliers = self._suppliers
        self.list.set_rows(rows, self._suppliers)
        self._update_buttons()

    def show_list(self) -> None:
        """Back to the list (what was typed in the sheet is stored first)."""
        if self._sheet is not None:
            self._sheet.autosave.flush()
        self.stack.setCurrentWidget(self.list_page)
        if self._list_stale:
            self._load_list()
        if self._sheet is not None and self._sheet.committee_id is not None:
            self.list.select(self._sheet.committee_id)
        self._update_buttons()

    def open_committee(self, committee_id: int) -> None:
        """Show a committee's meeting sheet."""
        self.sheet.show_committee(committee_id)
        if self.sheet.committee_id is not None:
            self.stack.setCurrentWidget(self.sheet)

    def show_entity(self, entity: str, entity_id: int) -> None:
        """Open a committee's sheet; a decision opens its committee's, on the decisions."""
        if entity == "decision":
            committee_id = self.workspace.query(
                lambda s: committees.committee_of_decision(s, entity_id))
            if committee_id is None:
                return
            self.open_committee(committee_id)
            self.sheet.tabs.setCurrentWidget(self.sheet.decisions)
            self.sheet.decisions.select(entity_id)
        elif entity == "committee":
            self.open_committee(entity_id)

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.list_page:
            self.list.focus_search()

    # -- the Page protocol ----------------------------------------------------------------------

    def has_unsaved_edits(self) -> bool:
        return self._sheet is not None and self._sheet.autosave.pending()

    def save_edits(self) -> bool:
        return self._sheet is None or self._sheet.autosave.flush()

    def discard_edits(self) -> None:
        if self._sheet is not None:
            self._sheet.autosave.discard()
            self._sheet.refresh()

    def table_for_export(self) -> tuple[str, QAbstractItemModel] | None:
        _model, proxy = self.list.export_model()
        return self.tr("Comités"), proxy

    # -- editing --------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        editable = not self.workspace.read_only
        chosen = self.list.selected_id() is not None
        self.new_button.setEnabled(editable)
        self.next_button.setEnabled(editable and chosen)
        self.delete_button.setEnabled(editable and chosen)
        self.open_button.setEnabled(chosen)

    def new_committee(self) -> None:
        """Ask for a new committee's fields, create it (undoable), open its sheet."""
        if self.workspace.read_only:
            return
        dialog = dialogs.NewCommitteeDialog(self._suppliers, self.today(), self)
        dialog.submitted.connect(lambda values: self._create(values, dialog))
        dialog.exec()

    def _create(self, values: dict, dialog: dialogs.NewCommitteeDialog) -> None:
        supplier = values.get("supplier_id")
        try:
            new_id = run_change(
                self.workspace, self.tr("Créer le comité « {0} »").format(values["title"]),
                "committee", lambda s, c: edits.create_committee(
                    s, c, values, [cid for cid, _label in
                                   committees.contract_choices(s, supplier, ())]
                    if supplier else ()))
        except ValidationError as error:
            dialog.form.show_errors(error.errors)
            return
        dialog.accept()
        self.open_committee(new_id)
        self.sheet.tabs.setCurrentWidget(self.sheet.participants)

    def prepare_next(self, committee_id: int | None) -> None:
        """« Préparer le suivant »: the next committee of the series, from its last one."""
        if committee_id is None or self.workspace.read_only or not self.save_edits():
            return
        today = self.today()

        def replan(rhythm: Rhythm | None = None) -> edits.NextCommitteePlan:
            return self.workspace.query(lambda s: edits.plan_next(s, committee_id, today,
                                                                  rhythm))

        dialog = dialogs.PrepareNextDialog(replan(), replan, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        plan = dialog.result_plan()
        new_id = run_change(self.workspace, self.tr("Préparer « {0} »").format(
            plan.values["title"]), "committee", lambda s, c: edits.create_from_plan(s, c, plan))
        self.open_committee(new_id)

    def delete_selected(self) -> None:
        """Delete the selected committee with its agenda, participants, decisions (undoable);
        its actions stay, without a committee of origin."""
        row = self.list.selected()
        if row is None or self.workspace.read_only:
            return
        going = self.workspace.query(lambda s: records.dependents(s, Committee, row.id))
        details = (self.tr("Seront aussi supprimés : {0}.").format(", ".join(going)) + "\n"
                   if going else "")
        if row.open_actions:
            details += self.tr("Ses actions restent dans le plan d'actions.") + "\n"
        if not messages.confirm(
                self, self.tr("Supprimer le comité"),
                self.tr("Supprimer le comité « {0} » ?").format(row.title),
                details + self.tr("Vous pourrez revenir en arrière avec Édition ▸ Annuler.")):
            return
        DeleteRecord(self.workspace, self.tr("Supprimer le comité « {0} »").format(row.title),
                     Committee, row.id).execute()
