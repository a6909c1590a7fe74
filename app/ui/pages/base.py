"""What every page of the main window offers the shell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Signal
from PySide6.QtWidgets import QWidget

from app.ui.workspace import Workspace


class Page(QWidget):
    """A page of the side bar. The shell creates it on first show, for one workspace."""

    navigate_requested = Signal(str, int)  # entity kind ("contract"…), id

    #: entity kinds this page can show (see `show_entity`)
    entities: tuple[str, ...] = ()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        workspace.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        """Reload what the page shows from the workspace."""

    def show_entity(self, entity: str, entity_id: int) -> None:
        """Bring the given thing into view (select it, open its form)."""

    def focus_search(self) -> None:
        """Put the keyboard in the page's search field, if it has one."""

    # -- edits not saved yet: the shell asks before quitting, closing or opening a file --

    def has_unsaved_edits(self) -> bool:
        """True when a form of the page holds changes that are not saved yet."""
        return False

    def save_edits(self) -> bool:
        """Save the page's pending form; False when it was refused (the form says why)."""
        return True

    def discard_edits(self) -> None:
        """Drop the page's pending form changes."""

    def table_for_export(self) -> tuple[str, QAbstractItemModel] | None:
        """The page's main table for an Excel export: its title, and the model as shown
        (filtered and sorted: a proxy over a `RowsTableModel`); None when it has none."""
        return None

    def _on_data_changed(self, _what: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)
