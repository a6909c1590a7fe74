"""The main window: a thin shell that switches pages and handles the document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import app
from app.services import navigation
from app.storage import paths
from app.storage.document import ClientFile, find_recoverable
from app.storage.errors import StorageError
from app.ui import backups_flow, save_flow, settings
from app.ui.dialogs import messages
from app.ui.dialogs.report_import import ReportImportEntry
from app.ui.document_flow import (
    choose_new_path,
    create_document,
    ensure_demo_file,
    open_document,
)
from app.ui.pages import Page, page_specs
from app.ui.pages.welcome import WelcomePage
from app.ui.style import icon
from app.ui.widgets.banner import ReadOnlyBanner
from app.ui.workspace import Workspace

FILE_FILTER = "Fichiers client Vigie (*.vigie)"


class MainWindow(QMainWindow):
    """Side bar, pages, menus, title and status bar around one open client file."""

    def __init__(self) -> None:
        super().__init__()
        self.workspace: Workspace | None = None
        self._specs = page_specs()
        self._pages: dict[str, Page] = {}
        self._setup_ui()
        self._setup_actions()
        self._restore_geometry()
        self._update_state()

    # -- building ----------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setMinimumSize(960, 620)
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setFixedWidth(210)
        for spec in self._specs:
            self.sidebar.addItem(QListWidgetItem(icon(spec.icon, "#d9e1ea"), spec.label))
        self.sidebar.currentRowChanged.connect(self._show_page)

        self.banner = ReadOnlyBanner()
        self.banner.save_copy_requested.connect(self.save_copy_as)
        self.stack = QStackedWidget(objectName="pageArea")
        self.welcome = WelcomePage()
        self.welcome.new_requested.connect(self.new_file)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(self.open_path)
        self.stack.addWidget(self.welcome)
        for _spec in self._specs:
            self.stack.addWidget(QWidget())  # a slot, filled when the page is first shown

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(right, 1)
        self.setCentralWidget(central)
        self.file_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_label)

    def _setup_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.new_action = self._action(file_menu, self.tr("&Nouveau…"), self.new_file,
                                       QKeySequence.StandardKey.New, "mdi6.file-plus-outline")
        self._action(file_menu, self.tr("&Ouvrir…"), self.open_dialog,
                     QKeySequence.StandardKey.Open, "mdi6.folder-open-outline")
        self.recent_menu = file_menu.addMenu(self.tr("Ouvrir un fichier &récent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, self.tr("&Enregistrer"), self.save_now,
                                        QKeySequence.StandardKey.Save, "mdi6.content-save-outline")
        self.save_copy_action = self._action(file_menu, self.tr("Enregistrer une &copie sous…"),
                                             self.save_copy_as, QKeySequence.StandardKey.SaveAs)
        self.restore_action = self._action(file_menu, self.tr("Restaurer une &sauvegarde…"),
                                           lambda: backups_flow.restore_from(self))
        self.export_action = self._action(file_menu, self.tr("E&xporter le tableau (Excel)…"),
                                          self.export_table, QKeySequence("Ctrl+E"),
                                          "mdi6.microsoft-excel")
        self.close_action = self._action(file_menu, self.tr("&Fermer"), self.close_file,
                                         QKeySequence.StandardKey.Close)
        file_menu.addSeparator()
        # Fichier ▸ Importer un rapport prestataire…, and report files dropped on the pages.
        self.report_import = ReportImportEntry(self, file_menu)
        self.template_action = self._action(file_menu, self.tr("&Modèle de compte rendu…"),
                                            self.choose_minutes_template,
                                            icon_name="mdi6.file-word-outline")
        self.deadlines_action = self._action(
            file_menu, self.tr("Exporter les &dates limites de dénonciation (.ics)…"),
            self.export_deadlines, icon_name="mdi6.calendar-export")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quitter"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = self.menuBar().addMenu(self.tr("É&dition"))
        self.undo_action = self._action(self.edit_menu, self.tr("&Annuler"), self._undo,
                                        QKeySequence.StandardKey.Undo, "mdi6.undo")
        self.redo_action = self._action(self.edit_menu, self.tr("&Rétablir"), self._redo,
                                        QKeySequence.StandardKey.Redo, "mdi6.redo")
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("Rec&hercher"), self._focus_search,
                     QKeySequence.StandardKey.Find)

        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        for number, spec in enumerate(self._specs, start=1):
            self._action(view_menu, spec.label, lambda n=number - 1: self.show_page(n),
                         QKeySequence(f"Ctrl+{number}"))
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Actualiser"), self._refresh,
                     QKeySequence.StandardKey.Refresh)

        help_menu = self.menuBar().addMenu(self.tr("Aid&e"))
        self._action(help_menu, self.tr("À &propos de Vigie"), self.show_about)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, icon_name: str = "") -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- pages ---------------------------------------------------------------------------------

    def show_page(self, number: int) -> None:
        """Switch to page `number` of the side bar."""
        if self.workspace is not None:
            self.sidebar.setCurrentRow(number)

    def page(self, key: str) -> Page:
        """The page of that key, built on first use."""
        number = next(i for i, spec in enumerate(self._specs) if spec.key == key)
        if key not in self._pages:
            assert self.workspace is not None
            page = self._specs[number].build(self.workspace)
            page.navigate_requested.connect(self.navigate)
            slot = self.stack.widget(number + 1)
            self.stack.insertWidget(number + 1, page)
            self.stack.removeWidget(slot)
            slot.deleteLater()
            self._pages[key] = page
            page.refresh()
        return self._pages[key]

    def navigate(self, entity: str, entity_id: int) -> None:
        """Open the page that shows this kind of thing and bring it into view; a thing with
        no page of its own yet is shown through the nearest thing above it (its contract)."""
        if self.workspace is None or not self.workspace.query(
                lambda s: navigation.exists(s, entity, entity_id)):
            return  # deleted meanwhile: the window stays where it is
        target: tuple[str, int] | None = (entity, entity_id)
        while target is not None:
            number = self._page_number_for(target[0])
            if number is not None:
                self.show_page(number)
                self.page(self._specs[number].key).show_entity(*target)
                if target[0] != entity:
                    self._say_shown_instead(target[0])
                return
            target = self.workspace.query(lambda s, t=target: navigation.parent_of(s, *t))

    def _say_shown_instead(self, entity: str) -> None:
        what = {"contract": self.tr("le contrat concerné"),
                "supplier": self.tr("le prestataire concerné")}.get(entity, "")
        self.statusBar().showMessage(
            self.tr("Cet élément n'a pas encore de page à lui : voici {0}.").format(what), 8000)

    def _page_number_for(self, entity: str) -> int | None:
        return next((n for n, spec in enumerate(self._specs) if entity in spec.entities), None)

    def _show_page(self, number: int) -> None:
        if self.workspace is None or number < 0:
            return
        page = self.page(self._specs[number].key)
        self.stack.setCurrentWidget(page)
        settings.set_value("window/page", number)

    def _refresh(self) -> None:
        for page in self._pages.values():
            page.refresh()

    def _focus_search(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.focus_search()

    # -- the document ----------------------------------------------------------------------

    def open_path(self, path: Path, *, recover: bool = False) -> bool:
        """Open a client file in this window (closing the current one first)."""
        if not self.close_file():
            return False
        document = open_document(self, Path(path), recover=recover)
        if document is None:
            return False
        self._set_document(document)
        return True

    def open_dialog(self) -> None:
        start = str(settings.recent_files()[0].parent) if settings.recent_files() else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un fichier client"), start,
                                              self.tr(FILE_FILTER))
        if name:
            self.open_path(Path(name))

    def open_demo(self) -> None:
        self.statusBar().showMessage(self.tr("Préparation du fichier de démonstration…"))
        QCoreApplication.processEvents()
        ensure_demo_file(paths.demo_file())
        self.open_path(paths.demo_file())

    def new_file(self) -> None:
        path = choose_new_path(self, self.tr("Nouveau fichier client"))
        if path is None:
            return
        client, ok = QInputDialog.getText(self, self.tr("Nouveau fichier client"),
                                          self.tr("Nom du client :"), text=path.stem)
        if not ok or not self.close_file():
            return
        document = create_document(self, path, client.strip() or path.stem)
        if document is not None:
            self._set_document(document)

    def save_now(self) -> None:
        if self.workspace is not None:
            self.workspace.save()  # in the background; the status bar follows it

    def save_copy_as(self) -> None:
        if self.workspace is None:
            return
        path = choose_new_path(self, self.tr("Enregistrer une copie sous"))
        if path is None:
            return
        try:
            self.workspace.document.save_copy_as(path)
        except StorageError as error:
            messages.show_error(self, self.tr("Copie impossible"), error.message)
            return
        self.statusBar().showMessage(self.tr("Copie enregistrée : {0}").format(path), 6000)

    def export_table(self) -> None:
        """Export the table of the page shown to an Excel workbook."""
        page = self.stack.currentWidget()
        if self.workspace is None or not isinstance(page, Page):
            return
        from app.ui.export_table import export_page_table

        export_page_table(self, page, self.workspace.path.parent)

    def choose_minutes_template(self) -> None:
        """Fichier ▸ Modèle de compte rendu… : the Word template of this file's minutes."""
        if self.workspace is None:
            return
        from app.ui.dialogs.minutes_template import MinutesTemplateDialog

        dialog = MinutesTemplateDialog(self.workspace, self)
        dialog.exec()
        dialog.deleteLater()

    def export_deadlines(self) -> None:
        """The contracts' notice deadlines as an .ics for the user's calendar."""
        if self.workspace is not None:
            from app.ui.minutes_actions import export_deadlines

            export_deadlines(self, self.workspace)

    def close_file(self) -> bool:
        """Save and close the current file; False when the user chose to keep it open."""
        if self.workspace is None:
            return True
        try:
            self.workspace.close()
        except StorageError as error:
            answer = messages.ask_choice(
                self, self.tr("Enregistrement impossible"), error.message,
                [("copy", self.tr("Enregistrer une copie sous…")),
                 ("close", self.tr("Fermer quand même")),
                 ("cancel", self.tr("Annuler"))],
                informative=self.tr("Si vous fermez quand même, vos modifications restent "
                                    "récupérables à la prochaine ouverture du fichier."),
            )
            if answer == "copy":
                self.save_copy_as()
            if answer != "close":
                return False  # the file stays open: nothing is lost
            self.workspace.close(save=False)  # the changes stay recoverable
        self._clear_pages()
        self.workspace.deleteLater()
        self.workspace = None
        self._update_state()
        return True

    def _set_document(self, document: ClientFile) -> None:
        self.workspace = Workspace(document, self)
        self.workspace.dirty_changed.connect(lambda _dirty: self._update_title())
        save_flow.attach(self, self.workspace)
        stack = self.workspace.undo_stack
        stack.canUndoChanged.connect(lambda _can: self._update_actions())
        stack.canRedoChanged.connect(lambda _can: self._update_actions())
        stack.undoTextChanged.connect(lambda _text: self._update_actions())
        stack.redoTextChanged.connect(lambda _text: self._update_actions())
        settings.remember_file(document.path)
        self._update_state()
        page = min(max(settings.value("window/page"), 0), len(self._specs) - 1)
        self.sidebar.setCurrentRow(page)
        self._show_page(page)

    def _clear_pages(self) -> None:
        for number, key in enumerate(spec.key for spec in self._specs):
            page = self._pages.pop(key, None)
            if page is not None:
                self.stack.insertWidget(number + 1, QWidget())
                self.stack.removeWidget(page)
                page.deleteLater()
        self.sidebar.setCurrentRow(-1)

    # -- state -------------------------------------------------------------------------------

    def _update_state(self) -> None:
        is_open = self.workspace is not None
        self.sidebar.setEnabled(is_open)
        for action in (self.save_action, self.save_copy_action, self.restore_action,
                       self.close_action, self.export_action, self.template_action,
                       self.deadlines_action):
            action.setEnabled(is_open)
        if not is_open:
            self.welcome.refresh()
            self.stack.setCurrentWidget(self.welcome)
        self.banner.show_reason(self.workspace.document.read_only_reason if is_open else None)
        self._update_title()
        self._update_actions()

    def _update_title(self) -> None:
        if self.workspace is None:
            self.setWindowTitle("Vigie")
            self.file_label.setText(self.tr("Aucun fichier ouvert"))
            return
        document = self.workspace.document
        suffix = self.tr(" (lecture seule)") if document.read_only else ""
        self.setWindowTitle(f"{document.client_name()} — {document.path.name}[*]{suffix} — Vigie")
        self.setWindowModified(document.dirty)
        self.file_label.setText(str(document.path))
        self.save_action.setEnabled(not document.read_only)

    def _update_actions(self) -> None:
        stack = self.workspace.undo_stack if self.workspace else None
        can_edit = stack is not None and not self.workspace.read_only
        self.undo_action.setEnabled(can_edit and stack.canUndo())
        self.redo_action.setEnabled(can_edit and stack.canRedo())
        undo_text = stack.undoText() if stack else ""
        redo_text = stack.redoText() if stack else ""
        self.undo_action.setText(self.tr("&Annuler {0}").format(undo_text).strip())
        self.redo_action.setText(self.tr("&Rétablir {0}").format(redo_text).strip())

    def _undo(self) -> None:
        if self.workspace is not None:
            self._guarded(self.workspace.undo_stack.undo)

    def _redo(self) -> None:
        if self.workspace is not None:
            self._guarded(self.workspace.undo_stack.redo)

    def _guarded(self, step) -> None:
        try:
            step()
        except StorageError as error:
            messages.show_error(self, self.tr("Modification impossible"), error.message)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_files():
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(aucun)")).setEnabled(False)

    def show_about(self) -> None:
        from app.storage import schema

        lines = [self.tr("<b>Vigie</b> {0}").format(app.__version__),
                 self.tr("Pilotage des services informatiques externalisés.")]
        if self.workspace is not None:
            document = self.workspace.document
            lines.append(self.tr("Fichier : {0}").format(document.path))
            lines.append(self.tr("Version du schéma : {0}").format(document.schema_revision()))
        else:
            lines.append(self.tr("Version du schéma : {0}").format(schema.head_revision()))
        QMessageBox.about(self, self.tr("À propos de Vigie"), "<br>".join(lines))

    # -- window ------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_file():
            event.ignore()
            return
        settings.set_value("window/geometry", self.saveGeometry())
        event.accept()

    def open_initial(self, path: Path | None) -> None:
        """What the app opens at start: the given file, a crash's leftovers, the last, the demo."""
        QTimer.singleShot(0, lambda: self._open_initial(path))

    def _open_initial(self, path: Path | None) -> None:
        leftovers = [r for r in find_recoverable() if r.path.is_file()]
        if leftovers and path is None:
            newest = leftovers[0]
            answer = messages.ask_choice(
                self, self.tr("Récupération"),
                self.tr("Vigie s'est arrêté avant d'avoir enregistré « {0} » (modifié le "
                        "{1}).").format(newest.path.name, newest.changed_at.strftime(
                            "%d/%m/%Y à %H:%M")),
                [("recover", self.tr("Récupérer les modifications")),
                 ("later", self.tr("Plus tard"))],
            )
            if answer == "recover" and self.open_path(newest.path, recover=True):
                return
        if path is not None:
            self.open_path(path)
            return
        last = Path(settings.value("files/last") or "")
        if last.name and last.is_file() and self.open_path(last):
            return
        self.open_demo()
