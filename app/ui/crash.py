"""What a bug does: a dialog to copy its details, and never a process left without a window.

A bug is an exception nobody expected (a user's mistake is a sentence next to a field, a
refused file a message). It reaches `sys.excepthook`, which PySide6 also calls for an
exception raised in a slot or a Qt override. The handler writes the details to the console
when there is one (a `gui-scripts` launcher on Windows has none: `sys.__stderr__` is None)
and to a log file in the user data directory, then asks the user whether to carry on. If
the main window is gone (the bug happened while it closed) the application ends: a
process with no window would otherwise keep running, out of the user's reach.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

LOG_NAME = "erreurs.log"
LOG_LIMIT = 512 * 1024  # the log starts again past this size
EXIT_AFTER_BUG = 70  # EX_SOFTWARE: ended after an internal error


def _tr(text: str) -> str:
    return QCoreApplication.translate("crash", text)


class BugDialog(QDialog):
    """Says a bug happened, shows its details with a button to copy them, and lets the user
    carry on (when the window is still there) or quit."""

    def __init__(self, details: str, can_continue: bool, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(_tr("Erreur interne"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        sign = QLabel()
        sign.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        text = QLabel(_tr(
            "Une erreur inattendue s'est produite. Vos données sont conservées dans la copie "
            "de travail du fichier client. Copiez le détail ci-dessous pour le signaler."),
            wordWrap=True)
        top.addWidget(sign, 0)
        top.addWidget(text, 1)
        self.text = QPlainTextEdit(details, readOnly=True)
        self.text.setFont(QFont("monospace", 8))
        self.text.setMinimumHeight(160)
        self.buttons = QDialogButtonBox()
        self.copy_button = QPushButton(_tr("Copier le détail"))
        self.copy_button.clicked.connect(self.copy)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = self.buttons.addButton(_tr("Quitter Vigie"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.continue_button = QPushButton(_tr("Continuer"))
        if can_continue:  # the window is still there and usable
            self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._default = self.continue_button if can_continue else self.quit_button
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._default.setDefault(True)  # the button box picks its own default on show
        self._default.setFocus()

    def copy(self) -> None:
        """Put the details on the clipboard, ready to paste in an e-mail."""
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(_tr("Détail copié"))


def ask_after_bug(parent: QWidget | None, details: str, can_continue: bool) -> bool:
    """Show the bug dialog; True when the user carries on, False to quit."""
    dialog = BugDialog(details, can_continue, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted and can_continue


class BugHandler:
    """The `sys.excepthook` of the GUI; `window` is the main window (or None)."""

    def __init__(self, window: QWidget | None, log_folder: Callable[[], Path]) -> None:
        self.window = window
        self._log_folder = log_folder
        self._showing = False
        self.exit_code = 0  # EXIT_AFTER_BUG once a bug ended the application

    def __call__(self, kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        write_to_console(details)
        self.write_log(details)
        if self._showing:
            return  # one dialog at a time: a bug repeated meanwhile is in the log
        self._showing = True
        try:
            window = self.window
            alive = window is not None and window.isVisible()
            keep_going = ask_after_bug(window if alive else None, details, alive) and alive
        except Exception:  # the dialog itself failed: end cleanly
            keep_going = False
        finally:
            self._showing = False
        if not keep_going:  # never a process left running without its window
            self.quit()

    def quit(self) -> None:
        """End the application, letting the window close its file first if it can."""
        shutdown = getattr(self.window, "close_for_shutdown", None)
        if shutdown is not None:
            try:
                shutdown()
            except Exception as failure:  # quitting must not fail
                self.write_log("".join(traceback.format_exception(failure)))
        self.exit_code = EXIT_AFTER_BUG
        QCoreApplication.exit(EXIT_AFTER_BUG)

    def write_log(self, details: str) -> None:
        """Append the details to the log of the user data directory (best effort)."""
        try:
            path = self._log_folder() / LOG_NAME
            mode = "w" if path.exists() and path.stat().st_size > LOG_LIMIT else "a"
            with path.open(mode, encoding="utf-8") as log:
                log.write(details + "\n")
        except OSError:
            pass


def write_to_console(text: str) -> None:
    """Write to the console, if there is one (none for a Windows GUI launcher)."""
    stream = sys.__stderr__
    if stream is None:
        return
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):  # closed or broken console
        pass
