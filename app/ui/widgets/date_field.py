"""A date field that reads what the user types, the French way, or lets them pick a day.

Qt's QDateEdit edits a date section by section: typing « 15/01/2024 » over a selected date
keeps the old day, « 01/04/2024 » gives the 30th, « 15012024 » nothing at all, silently.
Here the text is read as a whole when the user leaves the field or presses Enter
(`app.services.parsing.parse_french_date`): « 15/01/2024 », « 15012024 », « 15/1/24 »,
« 15.01.2024 », « 15/01 » (this year). A text that is no date stays as typed, marked, with
its reason (`input_error`), until it is corrected: nothing is replaced behind the user's
back. The arrow keys move a day (Page Up / Page Down a month), Alt+↓ or F4 opens a calendar.

A field given a display format without days (`setDisplayFormat("MM/yyyy")`, as QDateEdit
takes it) holds a month: « 10/2026 », « 102026 », « 10/26 », « oct. 2026 », « 2026-10 »,
read by `app.services.parsing.parse_month`; its value is the month's first day.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from app import clock
from app.services.formatting import format_date
from app.services.parsing import parse_french_date, parse_month

#: What QDateEdit-minded code reads for "no date" (the old field's special minimum date).
NO_DATE = QDate(1900, 1, 1)


def _qdate(value: dt.date | None) -> QDate:
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


class DateField(QLineEdit):
    """A date typed as text (or chosen in a calendar); `value()` is a date or None."""

    value_changed = Signal(object)  # the new dt.date, or None
    dateChanged = Signal(QDate)  # as QDateEdit's, for code written against it
    input_error_changed = Signal(str)  # the reason the text is no date, "" once it is one

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self._value: dt.date | None = None
        self._error = ""
        self._month = False  # a month field (a display format without days)
        self.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.setToolTip(self.tr("Saisissez la date (15/01/2024, 15012024 ou 15/1/24) ou "
                                "choisissez-la dans le calendrier (Alt+↓)."))
        self.calendar_action = QAction(self.tr("Calendrier"), self)
        self.calendar_action.setToolTip(self.tr("Choisir dans le calendrier (Alt+↓)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._icon_set = False
        self.editingFinished.connect(self.read_text)
        self.textEdited.connect(self._on_text_edited)
        self.popup: _CalendarPopup | None = None

    # -- value ------------------------------------------------------------------------------

    def value(self) -> dt.date | None:
        """The date the text says now (typed but not yet left, too: Ctrl+S saves it), or
        the last date read while the text is no date."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return self._parse(text)
        except ValueError:
            return self._value

    def set_value(self, value: dt.date | None) -> None:
        """Show `value` (None: no date) and forget any mistyped text."""
        if value is not None and self._month:
            value = value.replace(day=1)
        self.setText(self._format(value) if value is not None else "")
        self._set_error("")
        self._store(value)

    def input_error(self) -> str:
        """Why the text typed is no date ("" when it reads as one, or is empty)."""
        text = self.text().strip()
        try:
            self._parse(text) if text else None
        except ValueError as error:
            return str(error)
        return ""

    def read_text(self) -> bool:
        """Read the text typed: store its date, or keep it marked with the reason it is no
        date. True when it reads."""
        text = self.text().strip()
        if not text:
            self._set_error("")
            self._store(None)
            return True
        try:
            value = self._parse(text)
        except ValueError as error:
            self._set_error(str(error))
            return False
        self.setText(self._format(value))
        self._set_error("")
        self._store(value)
        return True

    def _parse(self, text: str) -> dt.date:
        return read_month(text) if self._month else parse_french_date(text, clock.today())

    def _format(self, value: dt.date) -> str:
        return f"{value:%m/%Y}" if self._month else format_date(value)

    def _store(self, value: dt.date | None) -> None:
        if value != self._value:
            self._value = value
            self.value_changed.emit(value)
            self.dateChanged.emit(_qdate(value))

    def _set_error(self, reason: str) -> None:
        if reason != self._error:
            self._error = reason
            self.input_error_changed.emit(reason)

    def _on_text_edited(self, _text: str) -> None:
        if self._error and not self.input_error():  # corrected: the mark goes at once
            self._set_error("")

    # -- QDateEdit's interface, for code written against it ----------------------------------

    def date(self) -> QDate:
        """The date the text says now (NO_DATE for none), as QDateEdit's reads."""
        return _qdate(self.value())

    def setDate(self, date: QDate) -> None:
        self.set_value(None if date == NO_DATE or not date.isValid()
                       else dt.date(date.year(), date.month(), date.day()))

    def setDisplayFormat(self, display: str) -> None:
        """dd/MM/yyyy (a day, the default) or a format without days (a month)."""
        self._month = "d" not in display
        self.setPlaceholderText(self.tr("mm/aaaa") if self._month else self.tr("jj/mm/aaaa"))
        self.set_value(self._value)

    def setCalendarPopup(self, _enable: bool) -> None:  # always offered
        pass

    def setSpecialValueText(self, text: str) -> None:
        self.setPlaceholderText(text)

    def setMinimumDate(self, _date: QDate) -> None:  # parse_french_date has the range
        pass

    # -- keyboard and calendar --------------------------------------------------------------

    def showEvent(self, event) -> None:
        if not self._icon_set:  # qtawesome's fonts load on first show, not at start
            from app.ui.style import MUTED, icon

            self.calendar_action.setIcon(icon("mdi6.calendar-month-outline", MUTED.name()))
            self._icon_set = True
        super().showEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Clicked or tabbed into, the whole date is selected: digits typed replace it (a
        # click would otherwise put the cursor among the old digits, after the press).
        QTimer.singleShot(0, self, self.selectAll)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.show_calendar()
            return
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_PageUp: (0, 1), Qt.Key.Key_PageDown: (0, -1)}
        if key in steps and not self.isReadOnly() and self.read_text():
            days, months = steps[key]
            if self._month:  # a month field: a month, a year
                days, months = 0, days + 12 * months
            start = _qdate(self.value() or clock.today())
            moved = start.addDays(days).addMonths(months)
            self.set_value(dt.date(moved.year(), moved.month(), moved.day()))
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        """Open the calendar under the field, on the date shown (or today)."""
        if self.isReadOnly() or not self.isEnabled():
            return
        self.read_text()
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.chosen.connect(self._on_chosen)
        self.popup.open_at(self.mapToGlobal(QPoint(0, self.height())),
                           _qdate(self._value or clock.today()))

    def _on_chosen(self, date: QDate) -> None:
        self.setDate(date)
        self.setFocus()


#: « 102026 »: a month typed without its separator
_MONTH_DIGITS = re.compile(r"(\d{2})(\d{4})")


def read_month(text: str) -> dt.date:
    """The first day of the month `text` names (« 10/2026 », « 102026 », « oct. 2026 », a
    date…); raises ValueError with a French reason."""
    raw = text.strip()
    if (found := _MONTH_DIGITS.fullmatch(raw)) and 1 <= int(found.group(1)) <= 12:
        raw = f"{found.group(1)}/{found.group(2)}"
    return parse_month(raw)


class _CalendarPopup(QFrame):
    """The calendar of a DateField, as a pop-up: a click or Enter chooses, Escape closes."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        self.calendar.installEventFilter(self)
        layout.addWidget(self.calendar)

    def open_at(self, position: QPoint, date: QDate) -> None:
        self.calendar.setSelectedDate(date)
        self.adjustSize()
        screen = self.parentWidget().screen().availableGeometry()
        x = min(position.x(), screen.right() - self.width())
        y = position.y() if position.y() + self.height() <= screen.bottom() else \
            position.y() - self.height() - self.parentWidget().height()
        self.move(max(x, screen.left()), max(y, screen.top()))
        self.show()
        self.calendar.setFocus()

    def _choose(self, date: QDate) -> None:
        self.hide()
        self.chosen.emit(date)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.hide()
            return True
        return False
