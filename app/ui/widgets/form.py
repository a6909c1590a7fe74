"""A side form: labelled fields, each with the reason it is wrong shown right under it.

Fields are checked as the user goes (`set_checker`): a field's reason appears when the user
leaves it, and goes as soon as the field is corrected. A date typed that is no date is
refused there and then, and `checked_values()` refuses to hand it on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.validation import ValidationError
from app.ui.widgets.date_field import NO_DATE, DateField

__all__ = ["NO_DATE", "DateField", "FormPanel"]

#: A check of the form's values: the reason each wrong field is wrong (pure, no session).
Checker = Callable[[dict[str, Any]], Mapping[str, str]]


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
        self._checker: Checker | None = None
        self._names: dict[QObject, str] = {}

    # -- adding fields -------------------------------------------------------------------

    def add_text(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda *_: self._on_edit(name))
        return self._add(name, label, edit)

    def add_multiline(self, name: str, label: str, height: int = 70) -> QPlainTextEdit:
        """A text of several lines; Tab moves on to the next field (Ctrl+Tab types one)."""
        edit = QPlainTextEdit()
        edit.setFixedHeight(height)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(lambda: self._on_edit(name))
        return self._add(name, label, edit)

    def add_choice(self, name: str, label: str, choices: Sequence[tuple[Any, str]]) -> QComboBox:
        """A combo box of (value, label) pairs; an Enum class gives its members' labels."""
        combo = QComboBox()
        self._choices[combo] = [data for data, _text in choices]
        for data, text in choices:
            combo.addItem(text, data)  # currentData() too, for code that reads the widget
        combo.activated.connect(lambda *_: self._on_edit(name, check=True))
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

    def add_date(self, name: str, label: str, optional: bool = False) -> DateField:
        """A date typed the French way or picked in a calendar (empty: None if optional).

        A text that is no date is marked with its reason when the user leaves the field;
        read the form with `checked_values()` to refuse it when saving."""
        edit = DateField(optional=optional)
        edit.setProperty("optional", optional)
        edit.textEdited.connect(lambda *_: self._on_edit(name))
        edit.value_changed.connect(lambda *_: self._on_edit(name))
        edit.input_error_changed.connect(lambda *_: self._show_field(name))
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
        spin.valueChanged.connect(lambda *_: self._on_edit(name))
        return self._add(name, label, spin)

    def add_integer(self, name: str, label: str, *, maximum: int = 1200,
                    suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, maximum)
        if suffix:
            spin.setSuffix(f" {suffix}")
        spin.valueChanged.connect(lambda *_: self._on_edit(name))
        return self._add(name, label, spin)

    def add_check(self, name: str, label: str) -> QCheckBox:
        box = QCheckBox(label)
        box.toggled.connect(lambda *_: self._on_edit(name, check=True))
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
        self._names[widget] = name
        widget.installEventFilter(self)
        return widget

    # -- checking as the user goes -------------------------------------------------------

    def set_checker(self, checker: Checker | None) -> None:
        """Check the fields with `checker(values)` as the user leaves and corrects them."""
        self._checker = checker

    def input_errors(self) -> dict[str, str]:
        """The fields whose text does not read as a value (a date mistyped), and why."""
        return {name: widget.input_error() for name, widget in self.fields.items()
                if isinstance(widget, DateField) and widget.input_error()}

    def checked_values(self) -> dict[str, Any]:
        """`values()`, or ValidationError when a field's text does not read (its reason)."""
        wrong = self.input_errors()
        if wrong:
            raise ValidationError(wrong)
        return self.values()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._names:
            self._check(self._names[watched], show=True)
        return False

    def _on_edit(self, name: str, check: bool = False) -> None:
        if self._loading:
            return
        self.edited.emit()
        if check or self.errors[name].isVisibleTo(self):
            self._check(name, show=check)  # a reason shown goes as soon as it is corrected

    def _check(self, name: str, show: bool) -> None:
        """Show (or, if `show` is False, only update or clear) the reason of one field."""
        reason = self.input_errors().get(name, "")
        if not reason and self._checker is None:
            return  # no checker: the reasons shown are the page's own, it clears them
        if not reason:
            reason = self._checker(self.values()).get(name, "")
        if reason and (show or self.errors[name].isVisibleTo(self)):
            self._set_error(name, reason)
        elif not reason:
            self._set_error(name, "")

    def _show_field(self, name: str) -> None:
        """A date read (or refused) on leaving its field: show or clear its reason."""
        self._set_error(name, self.input_errors().get(name, ""))

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
        """Show each reason under its field (a mistyped date's own reason first); a reason
        for no known field goes first."""
        self.clear_errors()
        merged: dict[str, str] = {}
        for name, reason in (errors | self.input_errors()).items():
            target = name if name in self.errors else next(iter(self.errors))
            merged[target] = f"{merged[target]} {reason}" if target in merged else reason
        for name, reason in merged.items():
            self._set_error(name, reason)

    def clear_errors(self) -> None:
        for name in self.errors:
            self._set_error(name, "")

    def _set_error(self, name: str, reason: str) -> None:
        label, field = self.errors[name], self.fields[name]
        if label.text() == reason and label.isHidden() == (not reason):
            return
        label.setText(reason)
        label.setVisible(bool(reason))
        if bool(field.property("invalid")) != bool(reason):
            field.setProperty("invalid", bool(reason))
            field.style().unpolish(field)
            field.style().polish(field)
        self._make_room()

    def _make_room(self) -> None:
        """A dialog grows to show a reason whole (two lines of it, too)."""
        window = self.window()
        if isinstance(window, QDialog) and window.isVisible():
            window.layout().activate()
            needed = window.layout().totalHeightForWidth(window.width())
            if needed > window.height():
                window.resize(window.width(), needed)

    def set_editable(self, editable: bool, reason: str = "") -> None:
        """Enable or disable every field; `reason` becomes their tooltip when disabled."""
        for widget in self.fields.values():
            widget.setEnabled(editable)
            if not isinstance(widget, DateField):
                widget.setToolTip("" if editable else reason)

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
    if isinstance(widget, DateField):
        widget.set_value(data)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if data is None else str(data))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if data is None else str(data))
    elif isinstance(widget, QComboBox):
        index = widget.findData(data)
        widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(widget.minimum() if data is None else float(data))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(data or 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(data))


def _read(widget: QWidget) -> Any:
    if isinstance(widget, DateField):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QDoubleSpinBox):
        if widget.property("optional") and widget.value() == widget.minimum():
            return None
        return widget.value()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(type(widget))
