"""The « Plan d'actions » page: every action, filtered, late ones first to the eye, edited
in a side card or several at once (close them, move their due date)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models import Action
from app.services import action_edits, actions, contracts
from app.services.actions import ActionRow
from app.services.formatting import plural
from app.ui import settings, style
from app.ui.changes import run_change
from app.ui.commands import DeleteRecord
from app.ui.dialogs import messages
from app.ui.ops import Op
from app.ui.pages.actions import dialogs
from app.ui.pages.actions.filters import ActionFilterBar
from app.ui.pages.actions.form import ActionFormCard
from app.ui.pages.actions.table import DUE_COLUMN, WIDTHS, columns, count_text, empty_text
from app.ui.pages.base import Page
from app.ui.pages.contracts_table import EmptyState
from app.ui.style import icon
from app.ui.table_models import ROW_ROLE, RowsTableModel, configure_table
from app.ui.widgets.filtered_rows import RowSearch, SortingProxy
from app.ui.widgets.flow_layout import button_group, flow_row
from app.ui.widgets.search_field import SearchField
from app.ui.workspace import Workspace

FORM_WIDTH = 320  # the card's narrowest


class ActionsPage(Page):
    """Every action in a sortable, filterable table beside the selected action's card."""

    entities = ("action",)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.today: Callable[[], dt.date] = clock.today
        self._rows: list[ActionRow] = []
        self._quiet = False
        self._form: ActionFormCard | None = None  # built when an action is first shown
        self._suppliers: list[tuple[int, str]] = []
        self._setup_ui()
        self._apply_read_only()

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*style.PAGE_MARGINS)
        layout.addWidget(self._title_row())
        layout.addWidget(self._filter_row())
        self.model = RowsTableModel(columns(), self)
        self.model.sort(DUE_COLUMN)
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search_rows = RowSearch(columns(), key=lambda row: row.id)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.search.lead_to(self.table)
        configure_table(self.table, WIDTHS)
        self.table.sortByColumn(DUE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setShowGrid(False)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty = EmptyState(self.table)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        card_slot = QWidget()  # the card's place, until an action is first shown
        card_slot.setMinimumWidth(FORM_WIDTH)
        card_slot.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._table_area())
        self.splitter.addWidget(card_slot)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([700, 330])
        settings.remember_splitter(self.splitter, "actions")
        layout.addWidget(self.splitter, 1)

    @property
    def form(self) -> ActionFormCard:
        """The action's card, built on first use in the splitter's place for it."""
        if self._form is None:
            form = self._form = ActionFormCard(self.workspace)
            form.today = lambda: self.today()
            form.setMinimumWidth(FORM_WIDTH)
            form.set_suppliers(self._suppliers)
            form.set_read_only(self.workspace.read_only)
            form.saved.connect(lambda _id: self.refresh())
            form.cancelled.connect(self._on_cancelled)
            form.close_requested.connect(self.close_form)
            form.dirty_changed.connect(lambda _dirty: self._update_buttons())
            form.link_activated.connect(self.navigate_requested)
            self.splitter.replaceWidget(1, form).deleteLater()  # hidden, as the slot was
        return self._form

    def _title_row(self) -> QWidget:
        """The title, its buttons on its right, or under it when the window is narrow."""
        self.close_button = QPushButton(icon("mdi6.check-all"), self.tr("Clôturer…"))
        self.close_button.setToolTip(self.tr("Clôturer les actions sélectionnées"))
        self.close_button.clicked.connect(self.close_selected)
        self.move_button = QPushButton(icon("mdi6.calendar-arrow-right"),
                                       self.tr("Reporter l'échéance…"))
        self.move_button.setToolTip(self.tr("Donner une nouvelle échéance aux actions "
                                            "sélectionnées"))
        self.move_button.clicked.connect(self.move_selected)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Supprimer"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.new_button = QPushButton(icon("mdi6.plus", "white"), self.tr("Nouvelle action"),
                                      objectName="primary")
        self.new_button.clicked.connect(self.new_action)
        return flow_row([QLabel(self.tr("Plan d'actions"), objectName="pageTitle"),
                         button_group([self.close_button, self.move_button,
                                       self.delete_button, self.new_button])])

    def _filter_row(self) -> QWidget:
        """The search field and the filters, wrapped onto more lines when narrow."""
        self.search = SearchField()
        self.search.textChanged.connect(self._on_search)
        self.filters = ActionFilterBar()
        self.filters.changed.connect(self._apply_filters)
        return flow_row([self.search, *self.filters.widgets()])

    def _table_area(self) -> QWidget:
        area = QWidget()
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.count = QLabel()
        self.count.setStyleSheet("color: #6b7785;")
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        return area

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload every action, the supplier list and the action shown."""
        today = self.today()
        Op(self.workspace, lambda s: (actions.list_actions(s, today),
                                      contracts.supplier_choices(s))).success(self._show).run()

    def _show(self, loaded: tuple[list[ActionRow], list[tuple[int, str]]]) -> None:
        self._rows, suppliers = loaded
        self.search_rows.reset()
        with self._quietly():
            self.filters.set_suppliers(suppliers)
            self._suppliers = suppliers
            if self._form is not None:
                self._form.set_suppliers(suppliers)
            self.filters.set_rows(self._rows)
        self._apply_filters()
        self._reload_form()

    def _apply_filters(self) -> None:
        chosen = self.filters.current()
        if chosen.committee_id is not None:  # followed up there, whatever their origin
            committee_id = chosen.committee_id
            chosen = replace(chosen, followed=self.workspace.query(
                lambda s: actions.followed_in(s, committee_id)))
        kept = self.search_rows.filter(self._rows, chosen.accepts)
        selected = self.selected_ids()
        with self._quietly():
            self.model.set_rows(kept)
            self._select(selected)
        self._update_count()
        self._update_buttons()

    def _reload_form(self) -> None:
        if self._form is None:
            return
        shown = self.form.action_id
        if self.form.isHidden() or shown is None or self.form.dirty:
            return
        if not any(row.id == shown for row in self._rows):
            self._close_card()  # deleted, or its creation undone
        else:
            self._open(shown)

    def _open(self, action_id: int) -> None:
        today = self.today()
        Op(self.workspace, lambda s: (actions.action_detail(s, action_id, today),
                                      actions.action_history(s, action_id, today))).success(
            self._load).run()

    def _load(self, loaded) -> None:
        detail, history = loaded
        if detail is None:
            self._close_card()
            return
        self.form.load(detail, history)
        self.form.show()
        self._update_buttons()

    def _close_card(self) -> None:
        if self._form is not None:
            self._form.clear()
            self._form.hide()
        self._update_buttons()

    def close_form(self) -> None:
        """Close the card, once its changes are saved or dropped."""
        if self._may_leave():
            self._close_card()
            with self._quietly():
                self.table.clearSelection()

    # -- selection -----------------------------------------------------------------------------

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def selected_rows(self) -> list[ActionRow]:
        """The selected actions, in the table's order."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(ROW_ROLE) for index in indexes]

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def _select(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for action_id in ids:
            found = self.model.find_row(lambda r, i=action_id: r.id == i)
            if found >= 0:
                index = self.proxy.mapFromSource(self.model.index(found, 0))
                selection.select(index, flags)
        if ids and selection.selectedRows():
            self.table.scrollTo(selection.selectedRows()[0])

    def _on_selection_changed(self) -> None:
        if self._quiet:
            return
        rows = self.selected_rows()
        self._update_buttons()
        shown = self._form
        if len(rows) != 1 or (shown is not None and rows[0].id == shown.action_id
                              and shown.isVisible()):
            return
        if not self._may_leave():
            with self._quietly():
                self._select([self.form.action_id] if self.form.action_id else [])
            return
        self._open(rows[0].id)

    def _may_leave(self) -> bool:
        if self._form is None or not self._form.dirty:
            return True
        answer = messages.ask_save_changes(
            self, self.tr("Enregistrer les modifications de l'action ?"))
        if answer == "save":
            return self.form.save()
        return answer == "discard"

    def show_entity(self, entity: str, entity_id: int) -> None:
        """Select an action and show its card (the dashboard's late actions lead here)."""
        if entity != "action" or not self._may_leave():
            return
        if not any(row.id == entity_id for row in self._rows):
            self.refresh()
        with self._quietly():
            self._select([entity_id])
        if not self.selected_ids():
            self.filters.clear()
            with self._quietly():
                self._select([entity_id])
        self._open(entity_id)

    def show_committee(self, committee_id: int) -> None:
        """Show the actions decided or followed up in one committee."""
        self.filters.show_committee(committee_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search(self, text: str) -> None:
        self.search_rows.set_text(text)
        self._apply_filters()

    def _update_count(self) -> None:
        shown = self.model.rows()
        self.count.setText(count_text(shown, len(self._rows)))
        self.empty.show_text(empty_text(len(shown), len(self._rows)))

    # -- editing --------------------------------------------------------------------------------

    def new_action(self) -> None:
        """Show an empty card for a new action (of the filtered supplier, if any)."""
        if self.workspace.read_only or not self._may_leave():
            return
        supplier = self.filters.current().supplier_id
        with self._quietly():
            self.table.clearSelection()
        choices = self.workspace.query(lambda s: (actions.contract_choices(s, supplier),
                                                  actions.owner_choices(s, supplier)))
        self.form.show()
        self.form.load_new(supplier, *choices)
        self._update_buttons()

    def _on_cancelled(self) -> None:
        if self.form.action_id is None:
            self._close_card()
        else:
            self._open(self.form.action_id)

    def close_selected(self) -> None:
        """Close the selected actions, done or cancelled, in one undoable step."""
        ids, today = self.selected_ids(), self.today()
        if not ids or self.workspace.read_only or not self._may_leave():
            return
        answer = dialogs.ask_close(self, len(ids))
        if answer is None:
            return
        run_change(self.workspace, self.tr("Clôturer {0}").format(
            plural(len(ids), self.tr("action"))), "action",
            lambda s, c: action_edits.close_actions(s, c, ids, today, answer.note,
                                                    answer.status))

    def move_selected(self) -> None:
        """Give the selected actions a new due date, in one undoable step."""
        ids, today = self.selected_ids(), self.today()
        if not ids or self.workspace.read_only or not self._may_leave():
            return
        answer = dialogs.ask_move(self, len(ids), today)
        if answer is None or answer.due_date is None:
            return
        due = answer.due_date
        run_change(self.workspace, self.tr("Reporter l'échéance de {0}").format(
            plural(len(ids), self.tr("action"))), "action",
            lambda s, c: action_edits.move_due_dates(s, c, ids, due, today, answer.note))

    def delete_selected(self) -> None:
        """Delete the selected action, with its history (undoable)."""
        rows = self.selected_rows()
        if len(rows) != 1 or self.workspace.read_only:
            return
        row = rows[0]
        if not messages.confirm(
            self, self.tr("Supprimer l'action"),
            self.tr("Supprimer l'action {0} — {1} ?").format(row.number, row.title),
            self.tr("Son historique de suivi part avec elle. Vous pourrez revenir en arrière "
                    "avec Édition ▸ Annuler.")):
            return
        DeleteRecord(self.workspace, self.tr("Supprimer l'action {0}").format(row.number),
                     Action, row.id).execute()

    # -- the Page protocol ------------------------------------------------------------------------

    def has_unsaved_edits(self) -> bool:
        return self._form is not None and self._form.isVisible() and self._form.dirty

    def save_edits(self) -> bool:
        return self.form.save() if self.has_unsaved_edits() else True

    def discard_edits(self) -> None:
        if self._form is not None and self._form.dirty:
            self._form.cancel()

    def table_for_export(self) -> tuple[str, QAbstractItemModel] | None:
        return self.tr("Plan d'actions"), self.proxy

    def _apply_read_only(self) -> None:
        reason = self.workspace.document.read_only_reason or ""
        for button in (self.new_button, self.close_button, self.move_button,
                       self.delete_button):
            button.setToolTip(reason if self.workspace.read_only else button.toolTip())
        if self._form is not None:
            self._form.set_read_only(self.workspace.read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.workspace.read_only
        count = len(self.table.selectionModel().selectedRows())
        self.new_button.setEnabled(editable)
        self.close_button.setEnabled(editable and count > 0)
        self.move_button.setEnabled(editable and count > 0)
        self.delete_button.setEnabled(editable and count == 1)
