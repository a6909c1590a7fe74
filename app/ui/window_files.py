"""The main window's commands on client files: open, new, save, close, quit, and what
opens at start. A part of MainWindow (its base class), kept apart for its size.

Closing tears the file's pages down before the file itself closes; a form holding changes
is asked about first; a file that cannot be opened leaves the current one as it was.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

from app.storage import paths
from app.storage.errors import StorageError
from app.ui import recent_files, settings
from app.ui.dialogs import messages
from app.ui.document_flow import (
    FILE_FILTER,
    ask_client_name,
    choose_new_path,
    create_document,
    ensure_demo_file,
    open_document,
)
from app.ui.pages import Page

if TYPE_CHECKING:  # SQLAlchemy and the storage layer load after the first paint
    from app.storage.document import ClientFile


class FileCommands:
    """Fichier ▸ Nouveau, Ouvrir, Enregistrer, Enregistrer une copie, Fermer, Quitter, and
    the file opened at start, for MainWindow (which provides the widgets they use)."""

    def open_path(self, path: Path, *, recover: bool = False) -> bool:
        """Open a client file in this window. The current one closes only once the new one
        is open: a file that cannot be opened leaves the current one as it was."""
        path = Path(path)
        if self.workspace is not None and _same_file(path, self.workspace.path):
            if not self.workspace.discarding:
                self.statusBar().showMessage(
                    self.tr("« {0} » est déjà ouvert.").format(path.name), 5000)
                return True
            self._tear_down()  # its changes were kept beside it: open the file as it is
        if not self._settle_edits():
            return False
        document = open_document(self, path, recover=recover)
        if document is None:
            if not recent_files.exists(path):
                settings.forget_file(path)  # gone: the recent files no longer offer it
                self.welcome.refresh()
            return False
        return self._switch_to(document)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un fichier client"),
                                              self._dialog_folder(), self.tr(FILE_FILTER))
        if name:
            self.open_path(Path(name))

    def open_demo(self) -> None:
        self.statusBar().showMessage(self.tr("Préparation du fichier de démonstration…"))
        QCoreApplication.processEvents()
        try:
            ensure_demo_file(paths.demo_file())
            self.open_path(paths.demo_file())
        finally:
            self.statusBar().clearMessage()

    def new_file(self) -> None:
        path = choose_new_path(self, self.tr("Nouveau fichier client"), self._dialog_folder())
        if path is None:
            return
        if self.workspace is not None and _same_file(path, self.workspace.path):
            messages.show_error(self, self.tr("Nouveau fichier client"), self.tr(
                "« {0} » est le fichier ouvert : choisissez un autre nom.").format(path.name))
            return
        client = ask_client_name(self, path.stem)
        if client is None or not self._settle_edits():
            return
        document = create_document(self, path, client or path.stem)
        if document is not None:
            self._switch_to(document)

    def _dialog_folder(self) -> str:
        """Where a file dialog opens: the open file's folder, else the user's documents."""
        if self.workspace is not None and self.workspace.path.parent != paths.data_dir():
            return str(self.workspace.path.parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def save_now(self) -> None:
        """Enregistrer: the forms holding changes first, then the file."""
        if self.workspace is None:
            return
        refused = [page for page in self._pages_with_edits() if not page.save_edits()]
        if refused:
            self._bring_forward(refused[0])
            note = self.tr("Le formulaire a encore des modifications non enregistrées : "
                           "corrigez ce qui est signalé, puis enregistrez.")
            # said after the file's own « Enregistré. », which would hide it
            self.workspace.save_status.connect(
                lambda _text: self.statusBar().showMessage(note, 10000),
                Qt.ConnectionType.SingleShotConnection)
        self.workspace.save()  # in the background; the status bar follows it

    def save_copy_as(self) -> None:
        if self.workspace is None:
            return
        target = choose_new_path(self, self.tr("Enregistrer une copie sous"),
                                 self._dialog_folder())
        if target is None:
            return
        try:
            self.workspace.document.save_copy_as(target)
        except StorageError as error:
            messages.show_error(self, self.tr("Copie impossible"), error.message)
            return
        self.statusBar().showMessage(self.tr("Copie enregistrée : {0}").format(target), 6000)

    def restore_backup(self) -> None:
        """Fichier ▸ Restaurer une sauvegarde…"""
        from app.ui import backups_flow

        backups_flow.restore_from(self)

    def export_table(self) -> None:
        """Export the table of the page shown to an Excel workbook."""
        page = self.stack.currentWidget()
        if self.workspace is None or not isinstance(page, Page):
            return
        from app.ui.export_table import export_page_table

        export_page_table(self, page, self.workspace.path.parent)

    def close_file(self) -> bool:
        """Save and close the current file; False when the user chose to keep it open."""
        if self.workspace is None:
            return True
        if not self._settle_edits() or not self._save_before_closing():
            return False
        self._tear_down()
        return True

    def close_for_shutdown(self) -> None:
        """Close without a question (the session ends, the process is told to stop): the
        forms' valid changes are saved, the file written if it can be; whatever could not be
        written stays in the working copy, offered for recovery at the next start."""
        settings.set_value("window/geometry", self.saveGeometry())
        if self.workspace is None:
            return
        for page in self._pages_with_edits():
            if not page.save_edits():
                page.discard_edits()
        with contextlib.suppress(StorageError):  # the working copy keeps what is not written
            self.workspace.finish_saving()
        self._tear_down()

    def _settle_edits(self) -> bool:
        """Ask what to do with each form holding changes; False when the user cancels."""
        for page in self._pages_with_edits():
            self._bring_forward(page)
            answer = messages.ask_save_changes(
                self, self.tr("Un formulaire de la page « {0} » a des modifications non "
                              "enregistrées.").format(self._label_of(page)))
            if answer == "save" and not page.save_edits():
                return False  # refused: the form says why, the file stays open
            if answer == "discard":
                page.discard_edits()
            elif answer != "save":
                return False
        return True

    def _save_before_closing(self) -> bool:
        """Write the file before it closes; if that fails, ask: a copy, close anyway (the
        working copy keeps the changes for recovery), or keep the file open."""
        try:
            self.workspace.finish_saving()
            return True
        except StorageError as error:
            message = error.message
        answer = messages.ask_choice(
            self, self.tr("Enregistrement impossible"), message,
            [("copy", self.tr("Enregistrer une copie sous…")),
             ("close", self.tr("Fermer quand même")),
             ("cancel", self.tr("Annuler"))],
            informative=self.tr("Si vous fermez quand même, vos modifications restent "
                                "récupérables à la prochaine ouverture du fichier."),
        )
        if answer == "copy":
            self.save_copy_as()
        return answer == "close"

    def _tear_down(self) -> None:
        """Let go of the open file. The pages go first, while the file is still open and
        none of them on screen: a page shown during its removal would refresh itself from
        a file already closed."""
        self.stack.setCurrentWidget(self.welcome)
        self._clear_pages()
        workspace, self.workspace = self.workspace, None
        # Saved just before (or "close anyway"): what could not be written stays in the
        # working copy, offered for recovery at the next opening.
        workspace.close(save=False)
        workspace.deleteLater()
        self._update_state()

    def _switch_to(self, document: ClientFile) -> bool:
        """Show `document` in place of the current file, once that one is closed."""
        if self.workspace is not None:
            if not self._save_before_closing():
                document.close(save=False)
                return False
            self._tear_down()
        self._set_document(document)
        return True

    def _pages_with_edits(self) -> list[Page]:
        return [page for page in self._pages.values() if page.has_unsaved_edits()]

    def _bring_forward(self, page: Page) -> None:
        number = next(n for n, spec in enumerate(self._specs) if self._pages.get(spec.key) is page)
        self.show_page(number)

    def _label_of(self, page: Page) -> str:
        return next(spec.label for spec in self._specs if self._pages.get(spec.key) is page)

    # -- at start -------------------------------------------------------------------------

    def open_initial(self, path: Path | None) -> None:
        """What the app opens once the window is painted: the given file, a crash's
        leftovers, the last file, or the demo at first start."""
        self._after_first_paint.append(lambda: self._open_initial(path))
        self.update()

    def _open_initial(self, path: Path | None) -> None:
        self._preload_charts()
        if path is None and self._offer_recovery():
            return
        if path is not None:
            self.open_path(path)
            return
        last = Path(settings.value("files/last") or "")
        if not last.name:
            self.open_demo()  # first start: a living dashboard at once
            return
        # Whether the last file is still there is asked off the GUI thread (a share may be
        # offline); meanwhile the window says what it waits for.
        self.statusBar().showMessage(self.tr("Ouverture de « {0} »…").format(last.name))
        self._probe.checked.connect(self._on_last_file_checked)
        self._waiting_for = last
        self._probe.check([last])

    def _on_last_file_checked(self, path: Path, found: bool) -> None:
        if path != self._waiting_for:
            return
        self._waiting_for = None
        self._probe.checked.disconnect(self._on_last_file_checked)
        self.statusBar().clearMessage()
        if self.workspace is not None:
            return  # the user opened a file meanwhile
        if found:
            self.open_path(path)  # cancelled or refused: the welcome page stays
        else:
            self.open_demo()

    def _preload_charts(self) -> None:
        """The dashboard opens first: import matplotlib (a second) on its worker thread
        while the file opens, so that its charts draw as soon as its figures are in."""
        if self._specs[self._first_page()].key == "dashboard":
            # The file's own libraries (SQLAlchemy, pydantic) first, on this thread: two
            # threads importing at once may meet in a module half-imported by the other
            # (seen once: « cannot import name … from partially initialized module »).
            import app.storage.document  # noqa: F401 - the opening needs it next anyway
            from app.ui import chart_view

            chart_view.load_matplotlib()

    def _first_page(self) -> int:
        """The page a file opens on: the one shown last time."""
        return min(max(settings.value("window/page"), 0), len(self._specs) - 1)

    def _offer_recovery(self) -> bool:
        """Offer the newest working copy a crash left behind; True when it was reopened."""
        from app.storage.document import find_recoverable

        leftovers = [r for r in find_recoverable() if recent_files.exists(r.path)]
        if not leftovers:
            return False
        newest = leftovers[0]
        answer = messages.ask_choice(
            self, self.tr("Récupération"),
            self.tr("Vigie s'est arrêté avant d'avoir enregistré « {0} » (modifié le "
                    "{1}).").format(newest.path.name, newest.changed_at.strftime(
                        "%d/%m/%Y à %H:%M")),
            [("recover", self.tr("Récupérer les modifications")),
             ("later", self.tr("Plus tard"))],
        )
        return answer == "recover" and self.open_path(newest.path, recover=True)


def _same_file(one: Path, other: Path) -> bool:
    """True when both paths name the same file (without asking the disk more than once)."""
    return Path(one).resolve() == Path(other).resolve()
