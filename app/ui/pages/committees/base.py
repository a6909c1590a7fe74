"""What the tabs of the meeting sheet share: the sheet they belong to, quiet updates."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTableView, QWidget

from app.ui.table_models import configure_table


class SheetTab(QWidget):
    """A tab of the meeting sheet; it writes through `sheet.change` (one undo step each)."""

    def __init__(self, sheet: Any) -> None:
        super().__init__()
        self.sheet = sheet
        self._quiet = 0

    @property
    def editable(self) -> bool:
        return not self.sheet.workspace.read_only

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Changes made by the code, not the user: they save nothing."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def is_quiet(self) -> bool:
        return self._quiet > 0


def set_text_quietly(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show `text` unless it is already there (the cursor then stays where it is)."""
    if isinstance(widget, QPlainTextEdit):
        if widget.toPlainText() != text:
            widget.setPlainText(text)
    elif widget.text() != text:
        widget.setText(text)


def configure_plain_table(table: QTableView, widths: tuple[int, ...]) -> None:
    """The house look of a list, without sorting: rows stay in the order the service gives
    (participants client first, actions open first, indicators by contract)."""
    configure_table(table, widths)
    table.setSortingEnabled(False)
    table.horizontalHeader().setSortIndicatorShown(False)
    table.model().sort(-1)
