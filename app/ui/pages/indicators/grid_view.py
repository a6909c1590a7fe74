"""The measurement grid as a spreadsheet: Tab, Enter and the arrows move, typing replaces,
Delete clears, Ctrl+C / Ctrl+V copy and paste blocks with Excel or LibreOffice, Maj+F2
comments a cell. The editor is a plain line edit without a validator: a validator would
swallow Tab and lose the value on focus out; the model checks the value instead and
says why at the cell when it refuses it."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPolygon,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.services.paste import block_text, parse_block
from app.ui.pages.indicators.grid_model import COMMENT_ROLE, MeasureGridModel

#: the indicators' names take at most this share of the grid's width (at least the
#: minimum): whole at 1366 px, a few characters elided in the middle at 1024
NAMES_SHARE, NAMES_MIN_WIDTH = 0.42, 240
COMMENT_MARK = 7  # side of the triangle marking a commented cell, in pixels
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def ask_comment(parent: QWidget, title: str, current: str) -> str | None:
    """Ask for a cell's comment; None when cancelled (a GUI test replaces this function)."""
    text, ok = QInputDialog.getMultiLineText(
        parent, title,
        QCoreApplication.translate("grid", "Commentaire (vide pour l'effacer) :"), current)
    return text if ok else None


class GridDelegate(QStyledItemDelegate):
    """A right-aligned line edit; Enter commits and moves down; a comment's corner mark."""

    enter_pressed = Signal(bool)  # True with Shift: move up

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if editor.isModified() or editor.text() != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in _ENTER):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.enter_pressed.emit(bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return True
        return super().eventFilter(editor, event)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex
              ) -> None:
        super().paint(painter, option, index)
        if index.data(COMMENT_ROLE):
            rect = option.rect
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(Qt.GlobalColor.darkMagenta)
            painter.drawPolygon(QPolygon([
                QPoint(rect.right() - COMMENT_MARK, rect.top()),
                QPoint(rect.right(), rect.top()),
                QPoint(rect.right(), rect.top() + COMMENT_MARK)]))
            painter.restore()


class MeasureGridView(QTableView):
    """The grid's view: spreadsheet keys, clipboard, comments, a context menu."""

    pasted = Signal(int, int, int)  # values written, refused, outside the grid
    cleared = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = GridDelegate(self)
        self.delegate.enter_pressed.connect(lambda up: self.move_current(-1 if up else 1))
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setDefaultSectionSize(72)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical = self.verticalHeader()
        vertical.setDefaultSectionSize(28)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # the names, elided in the middle past a share of the width (the full name is in
        # the tooltip); the header's font is the style sheet's bold one, so that the
        # elision measures what is painted
        vertical.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        vertical.setFont(bold)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._actions()

    def _actions(self) -> None:
        self.copy_action = self._action(self.tr("Copier"), QKeySequence.StandardKey.Copy,
                                        self.copy_selection)
        self.paste_action = self._action(self.tr("Coller"), QKeySequence.StandardKey.Paste,
                                         self.paste_clipboard)
        self.clear_action = self._action(self.tr("Effacer"), QKeySequence.StandardKey.Delete,
                                         self.clear_selection)
        self.comment_action = self._action(self.tr("Commentaire…"), QKeySequence("Shift+F2"),
                                           self.edit_comment)

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def resizeEvent(self, event: QResizeEvent) -> None:
        names = max(NAMES_MIN_WIDTH, int(self.width() * NAMES_SHARE))  # not the viewport
        self.verticalHeader().setMaximumWidth(names)
        super().resizeEvent(event)

    #: whether cells take a comment (Maj+F2)
    comments = True

    def grid_model(self) -> MeasureGridModel:
        """The model: a MeasureGridModel, or any with the same `paste` and `clear`."""
        return self.model()  # type: ignore[return-value]

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            # the actions' shortcuts, should the window not be the active one to route them
            pressed = QKeySequence(event.keyCombination())
            for action in (self.copy_action, self.paste_action, self.clear_action,
                           self.comment_action):
                if action.isEnabled() and action.shortcut().matches(pressed) \
                        == QKeySequence.SequenceMatch.ExactMatch:
                    action.trigger()
                    return
            if event.key() in _ENTER:
                up = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.move_current(-1 if up else 1)
                return
            if event.key() == Qt.Key.Key_Backspace:
                self.clear_selection()
                return
        super().keyPressEvent(event)

    def move_current(self, rows: int) -> None:
        """Move the current cell `rows` down (up when negative), staying in the grid."""
        current = self.currentIndex()
        if not current.isValid():
            return
        target = self.model().index(current.row() + rows, current.column())
        if target.isValid():
            self.go_to(target)

    def go_to(self, index: QModelIndex) -> None:
        """Make `index` the current cell and the only one selected, as a click does."""
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def selected_cells(self) -> list[tuple[int, int]]:
        """The selected cells (row, column); the current one when nothing is selected."""
        cells = [(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()]
        current = self.currentIndex()
        if not cells and current.isValid():
            cells = [(current.row(), current.column())]
        return sorted(cells)

    # -- clipboard, clearing, comments -----------------------------------------------------

    def copy_selection(self) -> None:
        """Copy the selected cells as a block a spreadsheet pastes (French numbers)."""
        cells = self.selected_cells()
        if not cells:
            return
        rows, columns = sorted({r for r, _c in cells}), sorted({c for _r, c in cells})
        chosen, model = set(cells), self.model()
        block = [[model.index(r, c).data() or "" if (r, c) in chosen else "" for c in columns]
                 for r in rows]
        QGuiApplication.clipboard().setText(block_text(block))

    def paste_clipboard(self) -> None:
        """Paste the clipboard's text (a block from a spreadsheet) at the selection."""
        current = self.currentIndex()
        if not current.isValid():
            return
        block = parse_block(QGuiApplication.clipboard().text())
        selected = [(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()]
        written, refused, clipped = self.grid_model().paste(
            block, selected, (current.row(), current.column()))
        self.pasted.emit(written, refused, clipped)

    def clear_selection(self) -> None:
        self.cleared.emit(self.grid_model().clear(self.selected_cells()))

    def edit_comment(self) -> None:
        """Ask for the current cell's comment (a cell with a value only)."""
        current = self.currentIndex()
        if not self.comments:
            return
        model = self.grid_model()
        if not current.isValid() or model.cell(current) is None:
            return
        row = model.row(current.row())
        title = self.tr("Commentaire — {0}, {1}").format(
            row.code, model.headerData(current.column(), Qt.Orientation.Horizontal))
        text = ask_comment(self, title, model.cell(current).comment)
        if text is not None:
            model.set_comment(current, text)

    def contextMenuEvent(self, event) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        menu = QMenu(self)
        for action in (self.copy_action, self.paste_action, self.clear_action):
            menu.addAction(action)
        if self.comments:
            current = self.currentIndex()
            self.comment_action.setEnabled(
                self.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
                and current.isValid() and self.grid_model().cell(current) is not None)
            menu.addAction(self.comment_action)
        menu.exec(event.globalPos())
