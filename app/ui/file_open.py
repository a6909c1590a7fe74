"""Files the system asks Vigie to open (macOS: a double-clicked `.vigie` in the Finder).

macOS does not pass a double-clicked document on the command line: it sends the running
application a QFileOpenEvent, at launch as well as later. The application-wide filter below
turns one into what a second `vigie FILE` does on other systems (single_instance.deliver):
the window comes forward and opens the file, unless it is already open there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class FileOpenFilter(QObject):
    """Opens the file of each QFileOpenEvent the application receives in `window`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                QTimer.singleShot(0, lambda: self._open(Path(path)))
                return True
        return super().eventFilter(watched, event)

    def _open(self, path: Path) -> None:
        from app.ui import single_instance

        single_instance.deliver(self._window, path)


def watch(application: QApplication, window: QMainWindow) -> FileOpenFilter:
    """Install the filter on `application` for `window` (kept alive by the window)."""
    found = FileOpenFilter(window)
    application.installEventFilter(found)
    return found
