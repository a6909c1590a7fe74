"""The agenda and the decisions of a meeting sheet: an ordered list beside an editor.

Items are reordered by dragging them in the list or with Alt+↑ / Alt+↓; the notes (or a
decision's text) are typed in the editor and saved as the typing pauses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models import AgendaItem, Decision
from app.services import committee_edits as edits
from app.services.validation import ValidationError
from app.ui.pages.committees.base import SheetTab, set_text_quietly
from app.ui.style import icon

ID_ROLE = Qt.ItemDataRole.UserRole
#: roomier rows than a bare list: these are read and dragged during a meeting
LIST_STYLE = "QListWidget::item { padding: 5px 4px; }"


@dataclass(frozen=True)
class _Kind:
    """What differs between the agenda and the decisions."""

    model: type  # the table: AgendaItem or Decision
    table: str
    noun: str  # for the undo stack: « le point », « la décision »
    text_field: str  # "notes" or "text"
    titled: bool  # agenda items have a title and may be standing


AGENDA = _Kind(AgendaItem, "agenda_item", "point", "notes", True)
DECISIONS = _Kind(Decision, "decision", "décision", "text", False)


class OrderedTab(SheetTab):
    """The list of items on the left, the selected one's editor on the right."""

    def __init__(self, sheet: Any, kind: _Kind) -> None:
        super().__init__(sheet)
        self.kind = kind
        self.rows: dict[int, Any] = {}
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._editor_side())
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 500])
        layout.addWidget(splitter)

    def _list_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)  # long titles wrap rather than hide their end
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setIconSize(QSize(16, 16))
        self.list.setStyleSheet(LIST_STYLE)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.model().rowsMoved.connect(self._on_dropped)
        buttons = QHBoxLayout()
        add_text = self.tr("Ajouter un point") if self.kind.titled else self.tr(
            "Ajouter une décision")
        self.add_button = QPushButton(icon("mdi6.plus"), add_text)
        self.add_button.clicked.connect(self.add_item)
        self.up_button = self._tool("mdi6.arrow-up", self.tr("Monter (Alt+↑)"), -1)
        self.down_button = self._tool("mdi6.arrow-down", self.tr("Descendre (Alt+↓)"), 1)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), "")
        self.delete_button.setToolTip(self.tr("Supprimer (Suppr)"))
        self.delete_button.clicked.connect(self.delete_item)
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        buttons.insertStretch(1, 1)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        for keys, slot in (("Alt+Up", lambda: self.move_current(-1)),
                           ("Alt+Down", lambda: self.move_current(1)),
                           (QKeySequence.StandardKey.Delete, self.delete_item),
                           ("Ins", self.add_item)):
            QShortcut(QKeySequence(keys), self.list, slot,
                      context=Qt.ShortcutContext.WidgetShortcut)
        return side

    def _tool(self, name: str, tip: str, step: int) -> QPushButton:
        button = QPushButton(icon(name), "")
        button.setToolTip(tip)
        button.clicked.connect(lambda: self.move_current(step))
        return button

    def _editor_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(8, 0, 0, 0)
        self.title = QLineEdit(placeholderText=self.tr("Titre du point"))
        self.title.textEdited.connect(self._on_title_edited)
        self.title_error = QLabel(objectName="fieldError")
        self.title_error.hide()
        self.standing = QCheckBox(self.tr("Point permanent : repris au comité suivant"))
        self.standing.toggled.connect(self._on_standing_toggled)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(
            self.tr("Notes prises en séance…") if self.kind.titled
            else self.tr("Texte de la décision…"))
        self.editor.textChanged.connect(self._on_text_edited)
        for widget in (self.title, self.title_error, self.standing):
            column.addWidget(widget)  # parented first: shown parentless, it would be a window
            widget.setVisible(self.kind.titled and widget is not self.title_error)
        column.addWidget(self.editor, 1)
        self.empty = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b7785;")
        column.addWidget(self.empty)
        self.sheet.autosave.save_on_focus_out(self.title)
        self.sheet.autosave.save_on_focus_out(self.editor)
        self.sheet.autosave.refused.connect(self._on_refused)
        self.sheet.autosave.accepted.connect(self._on_accepted)
        return side

    # -- showing ------------------------------------------------------------------------------

    def _key(self, field: str, item_id: int | None = None) -> str:
        return f"{self.kind.table}:{item_id if item_id is not None else self.current_id()}:{field}"

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def show_rows(self, rows: Sequence[Any]) -> None:
        """Show the items (the sheet reloaded), keeping the current one and what is typed."""
        current = self.current_id()
        self.rows = {row.id: row for row in rows}
        wanted = [(row.id, self._numbered(n, row)) for n, row in enumerate(rows, start=1)]
        shown = [(self.list.item(i).data(ID_ROLE), self.list.item(i).text())
                 for i in range(self.list.count())]
        if wanted != shown:
            self._fill(rows, wanted, current)
        self._show_current()
        self._update_buttons()

    def _numbered(self, n: int, row: Any) -> str:
        """« 2. Suivi du plan d'actions », « D1 · Renfort du centre de services… »"""
        if self.kind.titled:
            return f"{n}. {row.title}"
        first = row.text.strip().splitlines()[0] if row.text.strip() else self.tr("(vide)")
        return f"D{row.number} · {first}"

    def _fill(self, rows: Sequence[Any], wanted: list[tuple[int, str]], current: int | None
              ) -> None:
        with self.quietly():
            self.list.clear()
            for row, (item_id, text) in zip(rows, wanted, strict=True):
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, item_id)
                item.setToolTip(text)
                if self.kind.titled:  # every item has an icon, so that the titles line up
                    standing = row.standing
                    item.setIcon(icon("mdi6.pin-outline", "#1f5fae") if standing
                                 else icon("mdi6.circle-small", "#c9d2dc"))
                    if standing:
                        item.setToolTip(self.tr("{0}\nPoint permanent, repris au comité "
                                                "suivant").format(text))
                self.list.addItem(item)
            found = [i for i, (item_id, _t) in enumerate(wanted) if item_id == current]
            self.list.setCurrentRow(found[0] if found else (0 if wanted else -1))

    def _show_current(self) -> None:
        row = self.rows.get(self.current_id())
        has_row = row is not None
        for widget in (self.title, self.standing, self.editor):
            widget.setEnabled(has_row and self.editable)
        self.editor.setVisible(has_row)
        self.title.setVisible(has_row and self.kind.titled)
        self.standing.setVisible(has_row and self.kind.titled)
        self.empty.setVisible(not has_row)
        self.empty.setText(self.tr("Aucun point à l'ordre du jour : « Ajouter un point ».")
                           if self.kind.titled else
                           self.tr("Aucune décision : « Ajouter une décision » en note une."))
        if row is None:
            return
        autosave = self.sheet.autosave
        with self.quietly():
            if self.kind.titled:
                if not autosave.pending(self._key("title")):
                    set_text_quietly(self.title, row.title)
                self.standing.setChecked(row.standing)
            if not autosave.pending(self._key(self.kind.text_field)):
                set_text_quietly(self.editor, getattr(row, self.kind.text_field))

    def _on_current_changed(self, _current: QListWidgetItem | None,
                            previous: QListWidgetItem | None) -> None:
        if self.is_quiet():
            return
        if previous is not None:  # store what was typed on the item left
            for field in ("title", self.kind.text_field):
                self.sheet.autosave.flush(self._key(field, previous.data(ID_ROLE)))
        self.title_error.hide()
        self._show_current()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        self.add_button.setEnabled(self.editable)
        self.delete_button.setEnabled(self.editable and row >= 0)
        self.up_button.setEnabled(self.editable and row > 0)
        self.down_button.setEnabled(self.editable and 0 <= row < count - 1)
        self.list.setDragEnabled(self.editable)

    # -- editing ------------------------------------------------------------------------------

    def _on_title_edited(self, text: str) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        self.sheet.autosave.schedule(self._key("title"), lambda: self._store(
            item_id, {"title": text.strip()}, "title"))

    def _on_text_edited(self) -> None:
        item_id = self.current_id()
        if self.is_quiet() or item_id is None:
            return
        field, text = self.kind.text_field, self.editor.toPlainText()
        self.sheet.autosave.schedule(self._key(field), lambda: self._store(
            item_id, {field: text}, field))

    def _on_standing_toggled(self, standing: bool) -> None:
        item_id = self.current_id()
        if self.is_quiet() or item_id is None:
            return
        text = (self.tr("Marquer le point comme permanent") if standing
                else self.tr("Ne plus reprendre le point"))
        self.sheet.change(text, self.kind.table, lambda s, c: edits.update_item(
            s, c, self.kind.model, item_id, {"standing": standing}))

    def _store(self, item_id: int, values: dict, field: str) -> None:
        names = {"title": self.tr("le titre"), "notes": self.tr("les notes"),
                 "text": self.tr("le texte")}
        text = self.tr("Modifier {0} du {1}").format(names[field], self.kind.noun) \
            if self.kind.titled else self.tr("Modifier la décision")
        self.sheet.change(text, self.kind.table, lambda s, c: edits.update_item(
            s, c, self.kind.model, item_id, values), merge_key=(self.kind.table, item_id, field))

    def _on_refused(self, key: str, error: ValidationError) -> None:
        if key.startswith(f"{self.kind.table}:") and key.endswith(":title"):
            self.title_error.setText(error.errors.get("title", ""))
            self.title_error.show()

    def _on_accepted(self, key: str) -> None:
        if key.startswith(f"{self.kind.table}:") and key.endswith(":title"):
            self.title_error.hide()

    def add_item(self) -> None:
        """Add an item at the end and put the keyboard in it."""
        if not self.editable:
            return
        committee_id = self.sheet.committee_id
        values = ({"title": self.tr("Nouveau point"), "notes": "", "standing": False}
                  if self.kind.titled else {"text": ""})
        text = self.tr("Ajouter un point") if self.kind.titled else self.tr(
            "Ajouter une décision")
        new_id = self.sheet.change(text, self.kind.table, lambda s, c: edits.add_item(
            s, c, self.kind.model, committee_id, values))
        self.select(new_id)
        target = self.title if self.kind.titled else self.editor
        target.setFocus()
        if self.kind.titled:
            self.title.selectAll()

    def select(self, item_id: int | None) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == item_id:
                self.list.setCurrentRow(i)

    def delete_item(self) -> None:
        """Delete the current item (undoable)."""
        item_id = self.current_id()
        if item_id is None or not self.editable:
            return
        self.sheet.autosave.flush()
        text = self.tr("Supprimer le point") if self.kind.titled else self.tr(
            "Supprimer la décision")
        row = self.list.currentRow()
        self.sheet.change(text, self.kind.table, lambda s, c: edits.delete_item(
            s, c, self.kind.model, item_id))
        self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_current(self, step: int) -> None:
        """Move the current item up (-1) or down (+1)."""
        item_id, row = self.current_id(), self.list.currentRow()
        if item_id is None or not self.editable or not 0 <= row + step < self.list.count():
            return
        self._move(item_id, row + step)
        self.select(item_id)

    def _move(self, item_id: int, index: int) -> None:
        text = self.tr("Déplacer le point") if self.kind.titled else self.tr(
            "Déplacer la décision")
        self.sheet.change(text, self.kind.table, lambda s, c: edits.move_item(
            s, c, self.kind.model, item_id, index))

    def _on_dropped(self, *_args: object) -> None:
        if self.is_quiet():
            return
        item_id = self.current_id()
        order = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
        if item_id is None:
            return
        # once the drop is over: reloading the list inside it would pull the rug
        QTimer.singleShot(0, lambda: (self._move(item_id, order.index(item_id)),
                                      self.select(item_id)))
