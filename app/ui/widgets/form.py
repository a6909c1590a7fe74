"""A side form: labelled fields, each with the reason it is wrong shown right under it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

#: shown by an empty optional date (QDateEdit's minimum date stands for "no date")
NO_DATE = QDate(1900, 1, 1)


class FormPanel(QWidget):
    """Fields by name; `values()` reads them, `show_errors()` puts reasons under them."""

    edited = Signal()  # any field changed by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        # Python values of the combo boxes: Qt would hand a StrEnum member back as a str
        self._choices: dict[QComboBox, list[Any]] = {}
        self._loading = False

    # -- adding fields -------------------------------------------------------------------

    def add_text(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._on_edit)
        return self._add(name, label, edit)

    def add_multiline(self, name: str, label: str, height: int = 70) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setFixedHeight(height)
        edit.textChanged.connect(self._on_edit)
        return self._add(name, label, edit)

    def add_choice(self, name: str, label: str, choices: Sequence[tuple[Any, str]]) -> QComboBox:
        """A combo box of (value, label) pairs; an Enum class gives its members' labels."""
        combo = QComboBox()
        self._choices[combo] = [data for data, _text in choices]
        for data, text in choices:
            combo.addItem(text, data)  # currentData() too, for code that reads the widget
        combo.activated.connect(self._on_edit)
        return self._add(name, label, combo)

    def set_choices(self, name: str, choices: Sequence[tuple[Any, str]]) -> None:
        """Replace the entries of a choice field, keeping its value if still offered."""
        combo = self.fields[name]
        current = self._read(combo)
        self._loading = True
        try:
            combo.clear()
            self._choices[combo] = [data for data, _text in choices]
            for data, text in choices:
                combo.addItem(text, data)
            self._write(combo, current)
        finally:
            self._loading = False

    def add_enum(self, name: str, label: str, enum: type[Enum]) -> QComboBox:
        return self.add_choice(name, label, [(m, getattr(m, "label", m.value)) for m in enum])

    def add_date(self, name: str, label: str, optional: bool = False) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        if optional:
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
        edit.setProperty("optional", optional)
        edit.dateChanged.connect(self._on_edit)
        return self._add(name, label, edit)

    def add_number(
        self, name: str, label: str, *, decimals: int = 2, maximum: float = 1e12,
        suffix: str = "", optional: bool = False,
    ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
        spin.setDecimals(decimals)
        spin.setGroupSeparatorShown(True)
        spin.setRange(-1 if optional else 0, maximum)
        if optional:
            spin.setSpecialValueText("—")
        if suffix:
            spin.setSuffix(f" {suffix}")
        spin.setProperty("optional", optional)
        spin.valueChanged.connect(self._on_edit)
        return self._add(name, label, spin)

    def add_integer(self, name: str, label: str, *, maximum: int = 1200,
                    suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, maximum)
        if suffix:
            spin.setSuffix(f" {suffix}")
        spin.valueChanged.connect(self._on_edit)
        return self._add(name, label, spin)

    def add_check(self, name: str, label: str) -> QCheckBox:
        box = QCheckBox(label)
        box.toggled.connect(self._on_edit)
        return self._add(name, "", box)

    def _add(self, name: str, label: str, widget: QWidget) -> Any:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        error = QLabel(objectName="fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(widget)
        column.addWidget(error)
        self.layout_.addRow(label, holder)
        self.fields[name] = widget
        self.errors[name] = error
        return widget

    # -- values -----------------------------------------------------------------------------

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the fields (without emitting `edited`) and clear the errors."""
        self._loading = True
        try:
            for name, data in values.items():
                if name in self.fields:
                    self._write(self.fields[name], data)
        finally:
            self._loading = False
        self.clear_errors()

    def values(self) -> dict[str, Any]:
        """The typed values: str (stripped), Enum members, dates or None, numbers or None."""
        return {name: self._read(widget) for name, widget in self.fields.items()}

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each reason under its field; a reason for no known field goes first."""
        self.clear_errors()
        for name, reason in errors.items():
            target = name if name in self.errors else next(iter(self.errors))
            label = self.errors[target]
            label.setText(reason if not label.text() else f"{label.text()} {reason}")
            label.show()
            self.fields[target].setProperty("invalid", True)
            self.fields[target].style().polish(self.fields[target])

    def clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.clear()
            label.hide()
            if self.fields[name].property("invalid"):
                self.fields[name].setProperty("invalid", False)
                self.fields[name].style().polish(self.fields[name])

    def set_editable(self, editable: bool, reason: str = "") -> None:
        """Enable or disable every field; `reason` becomes their tooltip when disabled."""
        for widget in self.fields.values():
            widget.setEnabled(editable)
            widget.setToolTip("" if editable else reason)

    def _on_edit(self, *_args: Any) -> None:
        if not self._loading:
            self.edited.emit()

    def _write(self, widget: QWidget, data: Any) -> None:
        if isinstance(widget, QComboBox) and widget in self._choices:
            values = self._choices[widget]
            widget.setCurrentIndex(values.index(data) if data in values else 0)
        else:
            _write(widget, data)

    def _read(self, widget: QWidget) -> Any:
        if isinstance(widget, QComboBox) and widget in self._choices:
            index = widget.currentIndex()
            return self._choices[widget][index] if index >= 0 else None
        return _read(widget)


def _write(widget: QWidget, data: Any) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText("" if data is None else str(data))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if data is None else str(data))
    elif isinstance(widget, QComboBox):
        index = widget.findData(data)
        widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QDateEdit):
        if data is None:
            widget.setDate(NO_DATE if widget.property("optional") else QDate.currentDate())
        else:
            widget.setDate(QDate(data.year, data.month, data.day))
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(widget.minimum() if data is None else float(data))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(data or 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(data))


def _read(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QDateEdit):
        date = widget.date()
        if widget.property("optional") and date == NO_DATE:
            return None
        return dt.date(date.year(), date.month(), date.day())
    if isinstance(widget, QDoubleSpinBox):
        if widget.property("optional") and widget.value() == widget.minimum():
            return None
        return widget.value()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(type(widget))
