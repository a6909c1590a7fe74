"""The action plan's questions for several actions at once: close them, move their due date.

The page calls `ask_close` and `ask_move`; a GUI test drives the dialogs themselves, or
answers for them by replacing these two functions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ActionStatus
from app.services.formatting import plural
from app.services.periods import add_months


@dataclass(frozen=True)
class Answer:
    """What the user chose: a status or a date, and the note to record with it."""

    note: str
    status: ActionStatus | None = None
    due_date: dt.date | None = None


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Annuler"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class CloseDialog(QDialog):
    """Close the selected actions: done or cancelled, with a note for their history."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clôturer les actions"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Clôturer {0} :").format(
            plural(count, self.tr("action sélectionnée"), self.tr("actions sélectionnées")))))
        # not `self.done`: that would hide QDialog.done(), which accepting the dialog calls
        one = count == 1
        self.done_choice = QRadioButton(self.tr("Terminée") if one else self.tr("Terminées"),
                                        checked=True)
        self.cancelled_choice = QRadioButton(self.tr("Annulée (abandonnée)") if one
                                             else self.tr("Annulées (abandonnées)"))
        group = QButtonGroup(self)
        for button in (self.done_choice, self.cancelled_choice):
            group.addButton(button)
            layout.addWidget(button)
        self.note = QLineEdit(placeholderText=self.tr("Note pour l'historique (facultative)"))
        layout.addWidget(self.note)
        layout.addWidget(_buttons(self, self.tr("Clôturer")))
        self.setMinimumWidth(380)

    def answer(self) -> Answer:
        status = (ActionStatus.DONE if self.done_choice.isChecked()
                  else ActionStatus.CANCELLED)
        return Answer(self.note.text().strip(), status=status)


class MoveDialog(QDialog):
    """Give the selected actions a new due date, with a note for their history."""

    def __init__(self, count: int, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.setWindowTitle(self.tr("Reporter l'échéance"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Nouvelle échéance pour {0} :").format(
            plural(count, self.tr("action sélectionnée"), self.tr("actions sélectionnées")))))
        form = QFormLayout()
        self.date = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        self._set(today + dt.timedelta(days=14))
        shortcuts = QHBoxLayout()
        for label, days in ((self.tr("+ 1 semaine"), 7), (self.tr("+ 2 semaines"), 14)):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, d=days: self._set(today + dt.timedelta(d)))
            shortcuts.addWidget(button)
        month = QPushButton(self.tr("+ 1 mois"))
        month.clicked.connect(lambda: self._set(add_months(today, 1)))
        shortcuts.addWidget(month)
        form.addRow(self.tr("Échéance"), self.date)
        form.addRow("", shortcuts)
        self.note = QLineEdit(placeholderText=self.tr("Motif du report (facultatif)"))
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Reporter")))

    def _set(self, day: dt.date) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))

    def answer(self) -> Answer:
        day = self.date.date()
        return Answer(self.note.text().strip(),
                      due_date=dt.date(day.year(), day.month(), day.day()))


def ask_close(parent: QWidget, count: int) -> Answer | None:
    """Ask how to close `count` actions; None when the user cancels."""
    dialog = CloseDialog(count, parent)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_move(parent: QWidget, count: int, today: dt.date) -> Answer | None:
    """Ask the new due date of `count` actions; None when the user cancels."""
    dialog = MoveDialog(count, today, parent)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
