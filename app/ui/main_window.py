"""The main window: a thin shell that switches pages and handles the document."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
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
from app.ui import recent_files, settings, window_geometry
from app.ui.dialogs import messages
from app.ui.document_flow import (
    ask_client_name,
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
        self._save_failures: list[str] | None = None  # collected while closing
        self._shown = False
        self._after_first_paint: list[Callable[[], None]] = []
        self._probe = recent_files.PathProbe(self)
        self._waiting_for: Path | None = None
        self._setup_ui()
        self._setup_actions()
        self._restore_geometry()
        self._update_state()

    # -- building ----------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.sidebar = QListWidget(objectName="sidebar")
        for spec in self._specs:
            self.sidebar.addItem(QListWidgetItem(icon(spec.icon, "#d9e1ea"), spec.label))
        self.sidebar.setFixedWidth(self._sidebar_width())
        self.sidebar.currentRowChanged.connect(self._show_page)

        self.banner = ReadOnlyBanner()
        self.banner.save_copy_requested.connect(self.save_copy_as)
        self.stack = QStackedWidget(objectName="pageArea")
        self.welcome = WelcomePage(self._probe)
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

    def _sidebar_width(self) -> int:
        """As wide as its longest entry needs (its style's font and paddings), no wider:
        a 1024-pixel screen has no room to spare."""
        font = QFont(self.sidebar.font())
        font.setPointSizeF(10.5)  # the side bar's font size in the style sheet
        metrics = QFontMetrics(font)
        text = max(metrics.horizontalAdvance(spec.label) for spec in self._specs)
        icon_and_gaps = 16 + 8  # the icon and the space after it
        padding = 14 * 2 + 3 + 12  # item padding, the marker's border, a margin
        return text + icon_and_gaps + padding

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
        self.close_action = self._action(file_menu, self.tr("&Fermer"), self.close_file,
                                         _keys(QKeySequence.StandardKey.Close, "Ctrl+W"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quitter"), self.close,
                     _keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))

        self.edit_menu = self.menuBar().addMenu(self.tr("É&dition"))
        self.undo_action = self._action(self.edit_menu, self.tr("&Annuler"), self._undo,
                                        QKeySequence.StandardKey.Undo, "mdi6.undo")
        self.redo_action = self._action(self.edit_menu, self.tr("&Rétablir"), self._redo,
                                        _keys(QKeySequence.StandardKey.Redo, "Ctrl+Y",
                                              "Ctrl+Shift+Z"), "mdi6.redo")
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("Rec&hercher"), self._focus_search,
                     QKeySequence.StandardKey.Find)

        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        self.page_actions = [
            self._action(view_menu, spec.label, lambda n=number - 1: self._go_to_page(n),
                         QKeySequence(f"Ctrl+{number}"))
            for number, spec in enumerate(self._specs, start=1)]
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Actualiser"), self._refresh,
                     QKeySequence.StandardKey.Refresh)

        help_menu = self.menuBar().addMenu(self.tr("Aid&e"))
        self._action(help_menu, self.tr("À &propos de Vigie"), self.show_about)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, icon_name: str = "") -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- pages ---------------------------------------------------------------------------------

    def show_page(self, number: int) -> None:
        """Switch to page `number` of the side bar."""
        if self.workspace is not None:
            self.sidebar.setCurrentRow(number)

    def _go_to_page(self, number: int) -> None:
        """Ctrl+1…: show the page and put the keyboard in it (its first field or list)."""
        self.show_page(number)
        page = self.stack.currentWidget()
        if isinstance(page, Page) and not page.isAncestorOf(QApplication.focusWidget()):
            widget = page.nextInFocusChain()
            while widget is not page and page.isAncestorOf(widget):
                if widget.isVisible() and widget.isEnabled() \
                        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    widget.setFocus(Qt.FocusReason.TabFocusReason)
                    return
                widget = widget.nextInFocusChain()

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
            # a page may need more room than the window had: it must still fit the screen
            QTimer.singleShot(0, self, self._fit_to_screen)
        return self._pages[key]

    def navigate(self, entity: str, entity_id: int) -> None:
        """Open the page that shows this kind of thing and bring it into view; a thing with
        no page of its own yet is shown through the nearest thing above it (its contract)."""
        if self.workspace is None:
            return
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
        """Open a client file in this window. The current one closes only once the new one
        is open: a file that cannot be opened leaves the current one as it was."""
        path = Path(path)
        if self.workspace is not None and _same_file(path, self.workspace.path):
            self.statusBar().showMessage(self.tr("« {0} » est déjà ouvert.").format(path.name),
                                         5000)
            return True
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
        folder = self._dialog_folder()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Nouveau fichier client"), folder,
                                              self.tr(FILE_FILTER))
        if not name:
            return
        path = Path(name).with_suffix(paths.FILE_SUFFIX)
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
        saved = self.workspace.save()
        if refused:
            self._bring_forward(refused[0])
            self.statusBar().showMessage(self.tr(
                "Le formulaire a encore des modifications non enregistrées : corrigez ce qui "
                "est signalé, puis enregistrez."), 10000)
        elif saved:
            self.statusBar().showMessage(self.tr("Enregistré."), 4000)

    def save_copy_as(self) -> None:
        if self.workspace is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer une copie sous"),
                                              self._dialog_folder(), self.tr(FILE_FILTER))
        if not name:
            return
        target = Path(name).with_suffix(paths.FILE_SUFFIX)
        try:
            self.workspace.document.save_copy_as(target)
        except StorageError as error:
            messages.show_error(self, self.tr("Copie impossible"), error.message)
            return
        self.statusBar().showMessage(self.tr("Copie enregistrée : {0}").format(target), 6000)

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
        if self.workspace is None:
            return
        for page in self._pages_with_edits():
            if not page.save_edits():
                page.discard_edits()
        self._tear_down()

    def _settle_edits(self) -> bool:
        """Ask what to do with each form holding changes; False when the user cancels."""
        for page in self._pages_with_edits():
            self._bring_forward(page)
            answer = messages.ask_choice(
                self, self.tr("Modifications non enregistrées"),
                self.tr("Un formulaire de la page « {0} » a des modifications non "
                        "enregistrées.").format(self._label_of(page)),
                [("save", self.tr("Enregistrer")), ("discard", self.tr("Ne pas enregistrer")),
                 ("cancel", self.tr("Annuler"))])
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
        self._save_failures = []
        try:
            if self.workspace.save():
                return True
        finally:
            failures, self._save_failures = self._save_failures, None
        answer = messages.ask_choice(
            self, self.tr("Enregistrement impossible"),
            failures[-1] if failures else self.tr("Le fichier n'a pas pu être enregistré."),
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
        with contextlib.suppress(StorageError):  # "close anyway": the working copy keeps
            workspace.close()  # the changes, offered for recovery at the next opening
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

    def _set_document(self, document: ClientFile) -> None:
        self.workspace = Workspace(document, self)
        self.workspace.dirty_changed.connect(lambda _dirty: self._update_title())
        self.workspace.save_failed.connect(self._on_save_failed)
        self.workspace.saved.connect(
            lambda: self.statusBar().showMessage(self.tr("Enregistré automatiquement."), 3000))
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
        self.sidebar.setToolTip("" if is_open else self.tr(
            "Ouvrez ou créez un fichier client pour afficher ses pages."))
        for action in self.page_actions:
            action.setEnabled(is_open)
        for action in (self.save_action, self.save_copy_action, self.close_action):
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

    def _on_save_failed(self, message: str) -> None:
        if self._save_failures is not None:  # closing: the question says it
            self._save_failures.append(message)
            return
        self.statusBar().showMessage(message)
        messages.show_error(self, self.tr("Enregistrement impossible"), message)

    def _fill_recent_menu(self) -> None:
        """The recent files, at once; those found gone meanwhile are greyed out."""
        self.recent_menu.clear()
        remembered = settings.recent_files()
        for path in remembered:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(self._probe.known(path) is not False)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not remembered:
            self.recent_menu.addAction(self.tr("(aucun)")).setEnabled(False)
        self._probe.check(remembered)

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
        """The remembered geometry, or most of the screen at first start; inside the screen
        of today either way (the window fits again once shown, with its real frame)."""
        screen = self.screen().availableGeometry()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.setGeometry(window_geometry.first_geometry(
                screen, minimum=self.minimumSizeHint()))
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        if self.isMaximized() or self.isFullScreen():
            return
        frame = window_geometry.frame_of(self.frameGeometry(), self.geometry())
        fitted = window_geometry.fit_inside(self.geometry(), self.screen().availableGeometry(),
                                            frame, self.minimumSizeHint())
        if fitted != self.geometry():
            self.setGeometry(fitted)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            # the window manager adds its frame after the window is shown: fit once it has
            QTimer.singleShot(0, self._fit_to_screen)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_first_paint:
            # the frame and the side bar are on screen: now read the client file
            waiting, self._after_first_paint = self._after_first_paint, []
            for step in waiting:
                QTimer.singleShot(0, self, step)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_file():
            event.ignore()
            return
        settings.set_value("window/geometry", self.saveGeometry())
        event.accept()

    def open_initial(self, path: Path | None) -> None:
        """What the app opens once the window is painted: the given file, a crash's
        leftovers, the last file, or the demo at first start."""
        self._after_first_paint.append(lambda: self._open_initial(path))
        self.update()

    def _open_initial(self, path: Path | None) -> None:
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

    def _offer_recovery(self) -> bool:
        """Offer the newest working copy a crash left behind; True when it was reopened."""
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


def _keys(standard: QKeySequence.StandardKey, *usual: str) -> list[QKeySequence]:
    """The platform's keys for a command, and the ones users expect on every platform
    (Rétablir: Ctrl+Y as on Windows, and Ctrl+Shift+Z; Quitter: Ctrl+Q; Fermer: Ctrl+W)."""
    keys = QKeySequence.keyBindings(standard)
    keys += [QKeySequence(key) for key in usual if QKeySequence(key) not in keys]
    return keys


def _same_file(one: Path, other: Path) -> bool:
    """True when both paths name the same file (without asking the disk more than once)."""
    return Path(one).resolve() == Path(other).resolve()
