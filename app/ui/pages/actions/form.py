"""The action plan's side card: an action's fields, saved through undo, and its history."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.services import action_edits, actions
from app.services.actions import ActionDetail, HistoryEntry
from app.services.formatting import format_date
from app.services.validation import ValidationError
from app.ui.changes import run_change
from app.ui.ops import Op
from app.ui.style import icon
from app.ui.widgets.action_fields import ActionFields
from app.ui.workspace import Workspace


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def history_html(entries: Sequence[HistoryEntry]) -> str:
    """The history as lines of rich text; committees are links (« committee:ID »)."""
    lines = []
    for entry in entries:
        where = ""
        if entry.committee_id is not None:
            title = html.escape(entry.committee_title or _tr("comité"))
            where = f'<a href="committee:{entry.committee_id}">{title}</a>'
        what = {"created": _tr("Décidée") if where else _tr("Créée"),
                "committee": _tr("Suivie"), "follow_up": _tr("Suivi"),
                "closed": _tr("Clôturée")}[entry.kind]
        parts = [f"{what} — {where}" if where else what]
        if entry.status is not None:
            parts.append(_tr("statut : {0}").format(entry.status.label))
        if entry.due_date is not None:
            parts.append(_tr("échéance reportée au {0}").format(format_date(entry.due_date)))
        if entry.note:
            parts.append(f"« {html.escape(entry.note)} »")
        lines.append(f"<b>{format_date(entry.day)}</b> · " + " ; ".join(parts))
    return "<br>".join(lines)


class ActionFormCard(QFrame):
    """Shows one action (or a new one); Enregistrer goes through the undo stack."""

    saved = Signal(int)
    cancelled = Signal()
    close_requested = Signal()
    dirty_changed = Signal(bool)
    link_activated = Signal(str, int)  # entity kind, id: a committee of the history

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.workspace = workspace
        self.today: Callable[[], dt.date] = clock.today
        self.action_id: int | None = None
        self._dirty = False
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(self._header())
        body = QWidget(objectName="actionBody")
        body.setStyleSheet("QWidget#actionBody { background: white; }")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        self.fields = ActionFields()
        self.fields.edited.connect(lambda: self._set_dirty(True))
        self.fields.fields["supplier_id"].activated.connect(self._on_supplier_chosen)
        self.fields.fields["title"].returnPressed.connect(self.save)
        column.addWidget(self.fields)
        column.addWidget(QLabel(self.tr("Historique"), objectName="sectionTitle"))
        self.history = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.history.linkActivated.connect(self._on_link)
        column.addWidget(self.history)
        column.addLayout(self._follow_up_row())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._buttons())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.title = QLabel(objectName="sectionTitle", wordWrap=True)
        self.summary = QLabel(wordWrap=True)
        self.summary.setStyleSheet("color: #6b7785;")
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.summary)
        close = QToolButton(icon=icon("mdi6.close"), autoRaise=True)
        close.setToolTip(self.tr("Fermer la fiche"))
        close.clicked.connect(self.close_requested)
        row.addLayout(text, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _follow_up_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.follow_up = QLineEdit(placeholderText=self.tr("Note de suivi…"))
        self.follow_up.returnPressed.connect(self.add_follow_up)
        self.follow_up_button = QPushButton(icon("mdi6.comment-plus-outline"),
                                            self.tr("Ajouter le suivi"))
        self.follow_up_button.clicked.connect(self.add_follow_up)
        row.addWidget(self.follow_up, 1)
        row.addWidget(self.follow_up_button)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.state = QLabel()
        self.state.setStyleSheet("color: #6b7785;")
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(icon("mdi6.content-save-outline", "white"),
                                       self.tr("Enregistrer"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.state, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    # -- state --------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        editable = not self.workspace.read_only
        new = self.action_id is None
        self.save_button.setEnabled(editable and (dirty or new))
        self.cancel_button.setEnabled(editable and (dirty or new))
        self.state.setText(self.tr("Modifications non enregistrées") if dirty else "")
        self.state.setStyleSheet("color: #6b7785;")
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def set_read_only(self, read_only: bool) -> None:
        reason = self.workspace.document.read_only_reason or ""
        self.fields.set_editable(not read_only, reason)
        self.follow_up.setEnabled(not read_only)
        self.follow_up_button.setEnabled(not read_only)
        self._set_dirty(self._dirty)

    def set_suppliers(self, suppliers: Sequence[tuple[int, str]]) -> None:
        self.fields.set_suppliers(suppliers)

    def load(self, detail: ActionDetail, history: Sequence[HistoryEntry]) -> None:
        """Show a saved action and its history."""
        row = detail.row
        self.action_id = row.id
        self.fields.set_contracts(detail.contracts)
        self.fields.set_owners(detail.owners)
        self.fields.set_values(detail.values())
        self.fields.fields["title"].setCursorPosition(0)
        self.title.setText(f"{row.number} — {row.title}")
        origin = (self.tr("Décidée en {0}").format(row.committee_title) if row.committee_id
                  else self.tr("Hors comité"))
        self.summary.setText(f"{origin} · {row.status.label}")
        self.history.setText(history_html(history))
        self.follow_up.clear()
        self.follow_up.setVisible(True)
        self.follow_up_button.setVisible(True)
        self._set_dirty(False)

    def load_new(self, supplier_id: int | None, contracts, owners) -> None:
        """An empty form for a new action (of this supplier, if given)."""
        self.action_id = None
        self.fields.set_contracts(contracts)
        self.fields.set_owners(owners)
        self.fields.set_values(action_edits.default_values(supplier_id))
        self.title.setText(self.tr("Nouvelle action"))
        self.summary.setText(self.tr("Saisissez au moins l'intitulé, puis Enregistrer."))
        self.history.setText("")
        self.follow_up.setVisible(False)
        self.follow_up_button.setVisible(False)
        self._set_dirty(False)
        self.fields.fields["title"].setFocus()

    def clear(self) -> None:
        self.action_id = None
        self._set_dirty(False)

    def _on_supplier_chosen(self, _index: int) -> None:
        supplier_id = self.fields.values()["supplier_id"]
        Op(self.workspace, lambda s: (actions.contract_choices(s, supplier_id),
                                      actions.owner_choices(s, supplier_id))).success(
            self._set_choices).run()

    def _set_choices(self, choices) -> None:
        contracts, owners = choices
        self.fields.set_contracts(contracts)
        self.fields.set_owners(owners)

    def _on_link(self, link: str) -> None:
        kind, _sep, number = link.partition(":")
        self.link_activated.emit(kind, int(number))

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the form (undoable); False when a field is wrong (it says why)."""
        if self.workspace.read_only:
            return False
        values, action_id, today = self.fields.values(), self.action_id, self.today()
        self._set_dirty(False)  # what the refresh during the change reloads is now saved
        try:
            if action_id is None:
                label = values["title"] or "?"
                new_id = run_change(
                    self.workspace, self.tr("Créer l'action « {0} »").format(label), "action",
                    lambda s, c: action_edits.create_action(s, c, values, today))
                self.action_id = new_id
            else:
                run_change(self.workspace, self.tr("Modifier l'action {0}").format(
                    actions.action_number(action_id)), "action",
                    lambda s, c: action_edits.save_action(s, c, action_id, values, today))
        except ValidationError as error:
            self._set_dirty(True)
            self.fields.show_errors(error.errors)
            self.state.setText(self.tr("À corriger avant d'enregistrer"))
            self.state.setStyleSheet("color: #c62828;")
            return False
        self.saved.emit(self.action_id)
        return True

    def cancel(self) -> None:
        """Forget the changes typed since the last load."""
        self._set_dirty(False)
        self.cancelled.emit()

    def add_follow_up(self) -> None:
        """Note a follow-up outside any committee (undoable)."""
        note, action_id, today = self.follow_up.text().strip(), self.action_id, self.today()
        if not note or action_id is None or self.workspace.read_only:
            return
        run_change(self.workspace, self.tr("Noter un suivi de l'action {0}").format(
            actions.action_number(action_id)), "action_update",
            lambda s, c: action_edits.record_follow_up(s, c, action_id, today, note=note))
        self.follow_up.clear()
