"""What every page of the main window offers the shell."""

from __future__ import annotations

from PySide6.QtCore import Signal
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
