"""Fichier ▸ Restaurer une sauvegarde… : the backups of a file, one to restore as a copy.

The dialog only shows rows and says which one the user chose; finding the backups and
writing the copy is `app.ui.backups_flow`'s business (dialogs never reach the storage).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.formatting import format_datetime, format_size
from app.ui.table_models import ROW_ROLE, Column, RowsTableModel, configure_table


@dataclass(frozen=True)
class BackupRow:
    """One backup as the dialog lists it."""

    path: Path
    taken_at: dt.datetime
    moment: str  # why it was taken: « à l'ouverture »…
    size: int
    contents: str  # « 4 prestataires, 7 contrats… », or why it cannot be read
    ok: bool


class BackupsDialog(QDialog):
    """The backups of one client file, newest first; « Restaurer une copie » picks one."""

    def __init__(self, file_name: str, folder: Path, rows: list[BackupRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Sauvegardes de « {0} », de la plus récente à la plus ancienne. La sauvegarde "
            "choisie est restaurée dans une <b>copie</b> à côté du fichier : le fichier "
            "lui-même n'est pas modifié.<br>Elles sont conservées dans « {1} ».").format(
            file_name, folder))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.model = RowsTableModel(self._columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, (125, 200, 75))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.model.set_rows(rows)
        self.table.doubleClicked.connect(lambda _index: self._accept_if_chosen())
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Restaurer une copie"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept_if_chosen)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        if rows:
            self.table.selectRow(0)
        self._update_button()

    def _columns(self) -> list[Column]:
        muted = QColor("#8a96a3")
        return [
            Column(self.tr("Date"), lambda r: format_datetime(r.taken_at),
                   sort_key=lambda r: r.taken_at, value=lambda r: r.taken_at, kind="date"),
            Column(self.tr("Prise"), lambda r: r.moment),
            Column(self.tr("Taille"), lambda r: format_size(r.size), sort_key=lambda r: r.size,
                   align_right=True, value=lambda r: r.size, kind="integer"),
            Column(self.tr("Contenu"), lambda r: r.contents, tooltip=lambda r: r.contents,
                   foreground=lambda r: None if r.ok else muted),
        ]

    def chosen(self) -> BackupRow | None:
        """The selected backup (None when none is)."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_button(self) -> None:
        row = self.chosen()
        self.restore_button.setEnabled(row is not None and row.ok)

    def _accept_if_chosen(self) -> None:
        row = self.chosen()
        if row is not None and row.ok:
            self.accept()
