"""A table of a plan's rows (milestones, checklist items) beside the card of the selected one:
select to open, Nouveau, Supprimer (undoable), and the save / discard / cancel question
before the card shows something else."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import records
from app.ui import settings
from app.ui.commands import DeleteRecord
from app.ui.dialogs import messages
from app.ui.pages.contracts_table import EmptyState
from app.ui.pages.reversibility.record_card import RecordCard
from app.ui.style import icon
from app.ui.table_models import ROW_ROLE, Column, FilterProxy, RowsTableModel, configure_table
from app.ui.workspace import Workspace


class RecordsTab(QWidget):
    """Rows in a table, the selected one in a card made by `make_card` when first needed (a
    page shows faster without the cards it may never open); `new_values()` gives a new
    row's values."""

    def __init__(self, workspace: Workspace, columns: Sequence[Column], widths: tuple[int, ...],
                 make_card: Callable[[], RecordCard], *, new_text: str, splitter_key: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._make_card = make_card
        self._card: RecordCard | None = None
        self.owners: Sequence[Any] = ()
        self.new_values: Callable[[], tuple[dict[str, Any], str] | None] = lambda: None
        self._quiet = False
        self._splitter_key = splitter_key
        self.model = RowsTableModel(columns, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        configure_table(self.table, widths)
        self.table.setShowGrid(False)
        self.empty = EmptyState(self.table)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._setup_ui(new_text)

    def _setup_ui(self, new_text: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.new_button = QPushButton(icon("mdi6.plus"), new_text)
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Supprimer"))
        self.delete_button.clicked.connect(self.delete_current)
        self.count = QLabel()
        self.count.setStyleSheet("color: #6b7785;")
        self.toolbar.addWidget(self.new_button)
        self.toolbar.addWidget(self.delete_button)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.count)
        layout.addLayout(self.toolbar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        layout.addWidget(self.splitter, 1)

    @property
    def card(self) -> RecordCard:
        """The card of the selected row, made the first time it is needed."""
        if self._card is None:
            card = self._card = self._make_card()
            card.saved.connect(self._on_saved)
            card.cancelled.connect(self._on_cancelled)
            card.close_requested.connect(self.close_card)
            card.dirty_changed.connect(lambda _dirty: self.update_buttons())
            card.set_owners(self.owners)
            card.hide()
            card.setMinimumWidth(340)
            self.splitter.addWidget(card)
            self.splitter.setSizes([620, 380])
            settings.remember_splitter(self.splitter, self._splitter_key)
        return self._card

    @property
    def dirty(self) -> bool:
        """True when the card holds changes not saved yet."""
        return self._card is not None and self._card.dirty

    def set_owners(self, owners: Sequence[Any]) -> None:
        """Who can own a row (the card's Responsable), now or once the card is made."""
        self.owners = owners
        if self._card is not None:
            self._card.set_owners(owners)

    # -- rows -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any], empty_text: str) -> None:
        """Show these rows; the card keeps its row (reloaded unless edited) or closes."""
        with self._quietly():
            self.model.set_rows(rows)
            self._reselect()
        self.empty.show_text("" if rows else empty_text)
        self._reload_card()
        self.update_buttons()

    def _reload_card(self) -> None:
        if self._card is None or self.card.isHidden() or self.card.row_id is None:
            return  # nothing shown, or a new row being typed
        found = self.model.find_row(lambda r: r.id == self.card.row_id)
        if found < 0:
            self._close()  # deleted, or its creation undone
        elif not self.card.dirty:
            self.card.load(self.model.row_at(found))
        self.card.documents.refresh()

    def current_id(self) -> int | None:
        """The row shown in the card, if it is saved."""
        card = self._card
        return None if card is None or card.isHidden() else card.row_id

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Selection changes made by the code, not the user: they load nothing."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _reselect(self) -> None:
        with self._quietly():
            shown = self.current_id()
            found = -1 if shown is None else self.model.find_row(lambda r: r.id == shown)
            if found < 0:
                self.table.clearSelection()
                return
            index = self.proxy.mapFromSource(self.model.index(found, 0))
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _on_selection_changed(self) -> None:
        if self._quiet:
            return
        indexes = self.table.selectionModel().selectedRows()
        row = indexes[0].data(ROW_ROLE) if indexes else None
        if row is None or row.id == self.current_id():
            return
        if not self.may_leave():
            self._reselect()
            return
        self.show_row(row.id)

    def show_row(self, row_id: int) -> bool:
        """Open a row's card and select it; False when it is not in the table."""
        found = self.model.find_row(lambda r: r.id == row_id)
        if found < 0:
            return False
        self.card.load(self.model.row_at(found))
        self.card.show()
        self._reselect()
        self.update_buttons()
        return True

    # -- the card's changes -----------------------------------------------------------------

    def may_leave(self) -> bool:
        """True when the card may show something else (its changes saved or dropped)."""
        if not self.dirty:
            return True
        answer = messages.ask_save_changes(
            self, self.tr("Enregistrer les modifications de « {0} » ?").format(
                self.card.title.text()))
        if answer == "save":
            return self.card.save()
        if answer == "discard":
            self.discard()
            return True
        return False

    def discard(self) -> None:
        """Drop the card's changes (a new row's card closes)."""
        if self._card is None:
            return
        if self.card.row_id is None:
            self._close()
        else:
            self.card.cancel()

    def close_card(self) -> None:
        """Close the card, once its changes are saved or dropped."""
        if self.may_leave():
            self._close()

    def _close(self) -> None:
        if self._card is not None:
            self._card.clear()
            self._card.hide()
        with self._quietly():
            self.table.clearSelection()
        self.update_buttons()

    def _on_saved(self, row_id: int) -> None:
        self.show_row(row_id)

    def _on_cancelled(self) -> None:
        if self.card.row_id is None or not self.show_row(self.card.row_id):
            self._close()

    # -- new and delete ----------------------------------------------------------------------

    def new_record(self) -> None:
        """An empty card for a new row (values from `new_values`)."""
        if self.workspace.read_only or not self.may_leave():
            return
        new = self.new_values()
        if new is None:
            return
        values, title = new
        with self._quietly():
            self.table.clearSelection()
        self.card.show()
        self.card.load_new(values, title)
        self.update_buttons()

    def delete_current(self) -> None:
        """Delete the row shown, after saying what goes with it (undoable)."""
        row_id = self.current_id()
        if row_id is None or self.workspace.read_only:
            return
        model = self.card.model
        row = self.model.row_at(self.model.find_row(lambda r: r.id == row_id))
        going = self.workspace.query(lambda s: records.dependents(s, model, row_id))
        details = (self.tr("Seront aussi supprimés : {0}.").format(", ".join(going)) + "\n"
                   if going else "")
        if not messages.confirm(
            self, self.tr("Supprimer"), self.tr("Supprimer « {0} » ?").format(row.title),
            details + self.tr("Vous pourrez revenir en arrière avec Édition ▸ Annuler."),
        ):
            return
        DeleteRecord(self.workspace, self.tr("Supprimer « {0} »").format(row.title), model,
                     row_id).execute()

    def update_buttons(self) -> None:
        """Nouveau and Supprimer as the file and the selection allow."""
        editable = not self.workspace.read_only
        reason = self.workspace.document.read_only_reason or ""
        self.new_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and self.current_id() is not None)
        for button in (self.new_button, self.delete_button):
            button.setToolTip(reason if not editable else "")
