"""The open client file as the UI sees it: ops, the undo stack, auto-save, change signals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.storage.errors import StorageError
from app.ui import settings

if TYPE_CHECKING:  # SQLAlchemy loads once the window is on screen, not before
    from sqlmodel import Session

    from app.storage.document import ClientFile

T = TypeVar("T")


class Workspace(QObject):
    """Holds one open ClientFile; every read and write of the UI goes through it."""

    data_changed = Signal(str)  # what changed: a table name, or "*" for everything
    saved = Signal()
    save_failed = Signal(str)  # the sentence to show
    dirty_changed = Signal(bool)

    def __init__(self, document: ClientFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(settings.value("autosave/delay_ms"))
        self._autosave.timeout.connect(self.save)
        self.data_changed.connect(self._on_data_changed)

    @property
    def path(self) -> Path:
        return self.document.path

    @property
    def read_only(self) -> bool:
        return self.document.read_only

    @property
    def dirty(self) -> bool:
        return self.document.dirty

    def query(self, work: Callable[[Session], T]) -> T:
        """Run `work` in one session and return its result (plain rows, never ORM objects
        that could lazy-load later)."""
        with self.document.session() as session:
            return work(session)

    def save(self) -> bool:
        """Write the user's file now; False (and save_failed) when it could not be written."""
        self._autosave.stop()
        if self.read_only or not self.document.dirty:
            return True
        try:
            self.document.save()
        except StorageError as error:
            self.save_failed.emit(error.message)
            self.dirty_changed.emit(self.document.dirty)
            return False
        self.saved.emit()
        self.dirty_changed.emit(False)
        return True

    def close(self) -> None:
        """Save and let go of the file; raises StorageError if the last save failed."""
        self._autosave.stop()
        self.undo_stack.clear()
        self.document.close(save=not self.read_only)

    def _on_data_changed(self, _what: str) -> None:
        self.dirty_changed.emit(self.document.dirty)
        if not self.read_only:
            self._autosave.start()
