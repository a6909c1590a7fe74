"""The main window: a thin shell that switches pages; its file commands are in
window_files.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPaintEvent,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

import app
from app.storage.errors import StorageError
from app.ui import recent_files, settings, window_geometry
from app.ui.dialogs import messages
from app.ui.dialogs.report_import import ReportImportEntry
from app.ui.pages import Page, page_specs
from app.ui.pages.welcome import WelcomePage
from app.ui.style import icon
from app.ui.widgets.banner import ReadOnlyBanner
from app.ui.widgets.page_stack import PageStack, scrolling
from app.ui.window_files import FileCommands
from app.ui.workspace import Workspace

if TYPE_CHECKING:  # SQLAlchemy and the storage layer load after the first paint
    from app.storage.document import ClientFile


class MainWindow(FileCommands, QMainWindow):
    """Side bar, pages, menus, title and status bar around one open client file."""

    def __init__(self) -> None:
        super().__init__()
        self.workspace: Workspace | None = None
        self._specs = page_specs()
        self._pages: dict[str, Page] = {}
        self._shown = False
        self._after_first_paint: list[Callable[[], None]] = []
        self._probe = recent_files.PathProbe(self)
        self._waiting_for: Path | None = None
        self._icons: list[tuple[QAction, str]] = []  # set after the first paint
        self._setup_ui()
        self._setup_actions()
        self._restore_geometry()
        self._update_state()
        self._after_first_paint.append(self._load_icons)

    # -- building ----------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.sidebar = QListWidget(objectName="sidebar")
        blank = _blank_icon()  # the real ones come after the first paint (_load_icons)
        for spec in self._specs:
            self.sidebar.addItem(QListWidgetItem(blank, spec.label))
        self.sidebar.setFixedWidth(self._sidebar_width())
        self.sidebar.currentRowChanged.connect(self._show_page)

        self.banner = ReadOnlyBanner()
        self.banner.save_copy_requested.connect(self.save_copy_as)
        self.stack = PageStack(objectName="pageArea")
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
        column.addWidget(scrolling(self.stack), 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(right, 1)
        self.setCentralWidget(central)
        self.file_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_label)

    def _load_icons(self) -> None:
        """The icons of the side bar and the menus. qtawesome (its import and its fonts)
        takes as long as the rest of the first paint: it comes just after it."""
        for number, spec in enumerate(self._specs):
            self.sidebar.item(number).setIcon(icon(spec.icon, "#d9e1ea"))
        for action, name in self._icons:
            action.setIcon(icon(name))

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
        self.restore_action = self._action(file_menu, self.tr("Restaurer une &sauvegarde…"),
                                           self.restore_backup)
        self.export_action = self._action(file_menu, self.tr("E&xporter le tableau (Excel)…"),
                                          self.export_table, QKeySequence("Ctrl+E"),
                                          "mdi6.microsoft-excel")
        self.close_action = self._action(file_menu, self.tr("&Fermer"), self.close_file,
                                         _keys(QKeySequence.StandardKey.Close, "Ctrl+W"))
        file_menu.addSeparator()
        # Fichier ▸ Importer un rapport prestataire…, and report files dropped on the pages.
        self.report_import = ReportImportEntry(self, file_menu)
        self._icons.append((self.report_import.action, "mdi6.file-import-outline"))
        self.template_action = self._action(file_menu, self.tr("&Modèle de compte rendu…"),
                                            self.choose_minutes_template,
                                            icon_name="mdi6.file-word-outline")
        self.deadlines_action = self._action(
            file_menu, self.tr("Exporter les &dates limites de dénonciation (.ics)…"),
            self.export_deadlines, icon_name="mdi6.calendar-export")
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
            self._icons.append((action, icon_name))
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
        from app.services import navigation  # SQLAlchemy: not before the first paint

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

    # -- minutes and calendars -----------------------------------------------------------

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

    def _set_document(self, document: ClientFile) -> None:
        self.workspace = Workspace(document, self)
        self.workspace.dirty_changed.connect(lambda _dirty: self._update_title())
        from app.ui import save_flow

        save_flow.attach(self, self.workspace)
        stack = self.workspace.undo_stack
        stack.canUndoChanged.connect(lambda _can: self._update_actions())
        stack.canRedoChanged.connect(lambda _can: self._update_actions())
        stack.undoTextChanged.connect(lambda _text: self._update_actions())
        stack.redoTextChanged.connect(lambda _text: self._update_actions())
        settings.remember_file(document.path)
        self._update_state()
        page = self._first_page()
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
        if stack is not None and not shiboken6.isValid(stack):
            return  # the window is being destroyed with its file (its stack clears itself)
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
                screen, minimum=window_geometry.COMFORTABLE))
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


def _blank_icon() -> QIcon:
    """A transparent icon of the side bar's size: the entries do not move when the real
    icons arrive."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def _keys(standard: QKeySequence.StandardKey, *usual: str) -> list[QKeySequence]:
    """The platform's keys for a command, and the ones users expect on every platform
    (Rétablir: Ctrl+Y as on Windows, and Ctrl+Shift+Z; Quitter: Ctrl+Q; Fermer: Ctrl+W)."""
    keys = QKeySequence.keyBindings(standard)
    keys += [QKeySequence(key) for key in usual if QKeySequence(key) not in keys]
    return keys
