"""Opening a document with the program the system has for it, and saying when there is none.

On Windows and macOS, QDesktopServices.openUrl says whether a program took the file. On
Linux it only starts `xdg-open` and says yes, whatever follows: with no viewer installed,
nothing happens and the user is left waiting. There `xdg-open` is run here instead, and its
answer (exit code 3 or 4: no program, or it failed) is reported.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QUrl
from PySide6.QtGui import QDesktopServices

#: xdg-open's answers that mean "opened" (0) — anything else is a refusal
OPENED = 0


def open_document(path: Path, parent: QObject, refused: Callable[[], None]) -> None:
    """Open `path` with the system's viewer; `refused()` runs if no program could open it
    (at once, or once `xdg-open` has answered)."""
    if not sys.platform.startswith("linux"):
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            refused()
        return
    process = QProcess(parent)
    process.setProgram("xdg-open")
    process.setArguments([str(path)])
    process.setStandardOutputFile(QProcess.nullDevice())
    process.setStandardErrorFile(QProcess.nullDevice())

    def finished(code: int, status: QProcess.ExitStatus) -> None:
        if status != QProcess.ExitStatus.NormalExit or code != OPENED:
            refused()
        process.deleteLater()

    def failed(error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:  # no xdg-open at all
            refused()
            process.deleteLater()

    process.finished.connect(finished)
    process.errorOccurred.connect(failed)
    process.start()
