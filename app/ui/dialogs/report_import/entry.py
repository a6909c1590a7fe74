"""Where an import starts: *Fichier ▸ Importer un rapport prestataire…*, or a report file
dropped on the pages (any page, the Indicateurs page included)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from app.ui import settings
from app.ui.dialogs import messages

if TYPE_CHECKING:
    from app.ui.dialogs.report_import.dialog import ReportImportDialog
    from app.ui.main_window import MainWindow

#: The file names a drop is accepted for (the content decides how the file is read).
REPORT_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")
FOLDER_KEY = "imports/folder"


def ask_report_path(parent: QWidget, folder: str) -> Path | None:
    """Ask for the report to import (GUI tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Importer un rapport prestataire"), folder,
        parent.tr("Rapports (*.csv *.xlsx *.xlsm *.txt);;Tous les fichiers (*)"))
    return Path(name) if name else None


class ReportImportEntry(QObject):
    """The menu entry and the drop target that open the import preview."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ReportImportDialog | None = None
        # its icon comes with the window's others, after the first paint
        self.action = QAction(self.tr("&Importer un rapport prestataire…"), window)
        self.action.setStatusTip(self.tr("Les chiffres mensuels d'un prestataire, depuis un "
                                         "fichier CSV ou Excel"))
        self.action.triggered.connect(lambda _checked=False: self.choose_file())
        menu.addAction(self.action)
        menu.aboutToShow.connect(self._update_action)
        window.stack.setAcceptDrops(True)
        window.stack.installEventFilter(self)

    def _update_action(self) -> None:
        workspace = self.window.workspace
        self.action.setEnabled(workspace is not None and not workspace.read_only)

    def choose_file(self) -> None:
        """Ask for a report file, then preview it."""
        if self.window.workspace is None:
            return
        folder = settings.value(FOLDER_KEY) or str(self.window.workspace.path.parent)
        path = ask_report_path(self.window, folder)
        if path is not None:
            self.open(path)

    def open(self, path: Path) -> ReportImportDialog | None:
        """Read `path` and show its preview (a refused file is said in one sentence)."""
        from app.imports.reports import ReportRefused
        from app.ui.dialogs.report_import.dialog import ReportImportDialog
        from app.ui.dialogs.report_import.support import read_in

        workspace = self.window.workspace
        if workspace is None:
            return None
        title = self.tr("Import impossible")
        if workspace.read_only:
            messages.show_error(self.window, title, self.tr(
                "Le fichier client est ouvert en lecture seule : rien ne peut y être importé."))
            return None
        settings.set_value(FOLDER_KEY, str(path.parent))
        found = read_in(workspace, path)
        if isinstance(found, ReportRefused):
            messages.show_error(self.window, title, found.message)
            return None
        self.dialog = ReportImportDialog(workspace, found, self.window)
        self.dialog.imported.connect(self._on_imported)
        self.dialog.finished.connect(self._on_finished)
        self.dialog.open()
        return self.dialog

    def _on_imported(self, count: int, name: str) -> None:
        from app.services.formatting import plural  # app.models: not before the first paint

        self.window.statusBar().showMessage(self.tr(
            "{measures} depuis {name} (Édition ▸ Annuler pour revenir en arrière).").format(
            measures=plural(count, "mesure importée", "mesures importées"), name=name), 10000)

    def _on_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            path = self._dropped_report(event)
            if path is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            path = self._dropped_report(event)
            if path is not None:
                event.acceptProposedAction()
                self.open(path)
                return True
        return super().eventFilter(watched, event)

    def _dropped_report(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        """The report file a drag carries, when it carries exactly one and a file is open."""
        workspace = self.window.workspace
        if workspace is None or workspace.read_only or not event.mimeData().hasUrls():
            return None
        urls = event.mimeData().urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in REPORT_SUFFIXES else None
