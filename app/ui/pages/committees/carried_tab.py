"""The actions a committee follows up, from earlier committees: each updated right there.

The selected action's status, due date and follow-up note are saved with the committee
(one follow-up per action and committee), so that its history says what this meeting
decided about it. Late ones are in red with their days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.models.enums import ActionStatus
from app.services import action_edits
from app.services.committees import CarriedAction
from app.services.formatting import format_date, plural
from app.ui.pages.actions.table import STATUS_COLOURS, late_text, late_tooltip
from app.ui.pages.committees.base import SheetTab, configure_plain_table, set_text_quietly
from app.ui.style import CRITICAL, CRITICAL_BG, MUTED, icon
from app.ui.table_models import ROW_ROLE, Column, RowsTableModel
from app.ui.widgets.form import NO_DATE


def _tr(text: str) -> str:
    return QCoreApplication.translate("CarriedTab", text)


def _late(item: CarriedAction):
    return CRITICAL if item.action.days_late else (None if item.action.is_open else MUTED)


def _late_bg(item: CarriedAction):
    return CRITICAL_BG if item.action.days_late else None


def _muted(item: CarriedAction):
    return None if item.action.is_open else MUTED


def columns() -> list[Column]:
    """The carried-over actions: which, who, from where, by when, how late, and the note."""
    return [
        Column(_tr("N°"), lambda i: i.action.number, foreground=_muted),
        Column(_tr("Action"), lambda i: i.action.title, foreground=_muted,
               tooltip=lambda i: i.action.title),
        Column(_tr("Porteur"), lambda i: i.action.owner_name, foreground=_muted),
        Column(_tr("Échéance"), lambda i: format_date(i.action.due_date), foreground=_late,
               background=_late_bg, tooltip=lambda i: late_tooltip(i.action)),
        Column(_tr("Retard"), lambda i: late_text(i.action), align_right=True,
               foreground=_late, background=_late_bg),
        Column(_tr("Statut"), lambda i: i.action.status.label,
               foreground=lambda i: STATUS_COLOURS[i.action.status]),
        Column(_tr("Décidée le"), lambda i: format_date(i.action.committee_date
                                                         or i.action.created_on),
               foreground=_muted, tooltip=lambda i: i.action.committee_title),
        Column(_tr("Suivi en séance"), lambda i: i.follow_up.note if i.follow_up else "",
               tooltip=lambda i: i.follow_up.note if i.follow_up else ""),
    ]


class CarriedTab(SheetTab):
    """The carried-over actions, and the selected one's follow-up below them."""

    open_requested = Signal(int)  # an action's id: show it in the action plan

    def __init__(self, sheet) -> None:
        super().__init__(sheet)
        self.model = RowsTableModel(columns(), self)
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.summary = QLabel(wordWrap=True)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_plain_table(self.table, (60, 230, 120, 80, 56, 80, 84))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _index: self._open_in_plan())
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._editor())

    def _editor(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setContentsMargins(0, 4, 0, 0)
        self.editor_title = QLabel(objectName="sectionTitle")
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(status.label, status)
        self.status.activated.connect(self._on_status)
        self.due = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.due.setMinimumDate(NO_DATE)
        self.due.setSpecialValueText("—")
        self.due.dateChanged.connect(self._on_due)
        self.note = QLineEdit(placeholderText=self.tr("Note de suivi de ce comité…"))
        self.note.textEdited.connect(self._on_note)
        self.note.returnPressed.connect(lambda: self.sheet.autosave.flush(self._key("note")))
        self.open_button = QPushButton(icon("mdi6.open-in-app"),
                                       self.tr("Voir dans le plan d'actions"))
        self.open_button.clicked.connect(self._open_in_plan)
        grid.addWidget(self.editor_title, 0, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("Statut")), 1, 0)
        grid.addWidget(self.status, 1, 1)
        grid.addWidget(QLabel(self.tr("Échéance")), 1, 2)
        grid.addWidget(self.due, 1, 3)
        grid.addWidget(self.open_button, 1, 4)
        grid.addWidget(QLabel(self.tr("Suivi")), 2, 0)
        grid.addWidget(self.note, 2, 1, 1, 4)
        grid.setColumnStretch(5, 1)
        self.sheet.autosave.save_on_focus_out(self.note)
        self.sheet.autosave.save_on_focus_out(self.due)
        return grid

    # -- showing ------------------------------------------------------------------------------

    def show_rows(self, rows: Sequence[CarriedAction]) -> None:
        current = self.current_id()
        with self.quietly():
            self.model.set_rows(rows)
            found = self.model.find_row(lambda item: item.action.id == current)
            self.table.selectRow(found if found >= 0 else 0)
        late = sum(1 for r in rows if r.action.days_late)
        closed = sum(1 for r in rows if not r.action.is_open)
        parts = [plural(len(rows), self.tr("action suivie"), self.tr("actions suivies"))]
        if late:
            parts.append(f"<span style='color:{CRITICAL.name()}; font-weight:600'>"
                         f"{self.tr('{0} en retard').format(late)}</span>")
        if closed:
            parts.append(self.tr("{0} depuis le dernier comité").format(
                plural(closed, self.tr("soldée"))))
        self.summary.setText(" · ".join(parts) if rows else self.tr(
            "Aucune action ouverte des comités précédents pour ce prestataire et ces "
            "contrats."))
        self._show_current()

    def current(self) -> CarriedAction | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def current_id(self) -> int | None:
        item = self.current()
        return None if item is None else item.action.id

    def _key(self, field: str) -> str:
        return f"carried:{field}"

    def _show_current(self) -> None:
        if self.is_quiet():
            return
        self.sheet.autosave.flush("carried:note")
        self.sheet.autosave.flush("carried:due")
        item = self.current()
        for widget in (self.status, self.due, self.note, self.open_button):
            widget.setEnabled(item is not None and (self.editable or widget is self.open_button))
        if item is None:
            self.editor_title.setText("")
            return
        action = item.action
        self.editor_title.setText(f"{action.number} — {action.title}")
        with self.quietly():
            self.status.setCurrentIndex(list(ActionStatus).index(action.status))
            due = action.due_date
            self.due.setDate(NO_DATE if due is None else QDate(due.year, due.month, due.day))
            set_text_quietly(self.note, item.follow_up.note if item.follow_up else "")

    # -- editing ------------------------------------------------------------------------------

    def _follow_up(self, action_id: int, text: str, **values) -> None:
        committee_id, day = self.sheet.committee_id, self.sheet.day()
        self.sheet.change(text, "action", lambda s, c: action_edits.record_follow_up(
            s, c, action_id, day, committee_id=committee_id, **values),
            merge_key=("follow_up", committee_id, action_id, tuple(values)))

    def _on_status(self, index: int) -> None:
        item = self.current()
        status = self.status.itemData(index)
        if item is None or self.is_quiet() or status == item.action.status:
            return
        self._follow_up(item.action.id, self.tr("Passer l'action {0} à « {1} »").format(
            item.action.number, ActionStatus(status).label), status=ActionStatus(status))

    def _on_due(self, date: QDate) -> None:
        item = self.current()
        if item is None or self.is_quiet():
            return
        due = None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())
        action_id, number = item.action.id, item.action.number
        self.sheet.autosave.schedule("carried:due", lambda: self._follow_up(
            action_id, self.tr("Reporter l'échéance de l'action {0}").format(number),
            due_date=due))

    def _on_note(self, text: str) -> None:
        item = self.current()
        if item is None:
            return
        action_id, number = item.action.id, item.action.number
        self.sheet.autosave.schedule("carried:note", lambda: self._follow_up(
            action_id, self.tr("Noter le suivi de l'action {0}").format(number),
            note=text.strip()))

    def _open_in_plan(self) -> None:
        action_id = self.current_id()
        if action_id is not None:
            self.open_requested.emit(action_id)
