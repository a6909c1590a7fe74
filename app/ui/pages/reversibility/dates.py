"""Empty optional dates (« — ») that a user can type into, open on this month, and clear.

`FormPanel`'s optional date is a QDateEdit at its minimum date shown as « — »: typing digits
there appends to the dash, its calendar opens in January 1900, and nothing clears it once
set. A milestone's actual dates and its PV's are exactly such fields, so until the shared
date field does it (issue 10), this filter makes them usable: the first digit typed, or the
calendar opened, starts from today; Ctrl+A then Suppr (or Retour arrière) empties it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from app.ui.widgets.form import NO_DATE

_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class OptionalDates(QObject):
    """An event filter for the optional date fields of a form (see the module's text)."""

    def __init__(self, today: Callable[[], dt.date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def watch(self, edit: QDateEdit) -> None:
        """Look after this date field, if it is an optional one."""
        if edit.property("optional"):
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QDateEdit):
            return False
        empty = watched.date() == NO_DATE
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if empty and event.text().isdigit():
                self._start_today(watched)
            elif event.key() in _CLEAR_KEYS and not empty \
                    and watched.lineEdit().selectedText() == watched.text():
                watched.setDate(NO_DATE)
                return True
        elif event.type() == QEvent.Type.MouseButtonPress and empty:
            today = self._today()
            watched.calendarWidget().setCurrentPage(today.year, today.month)
        return False

    def _start_today(self, edit: QDateEdit) -> None:
        today = self._today()
        edit.setDate(QDate(today.year, today.month, today.day))
        edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
