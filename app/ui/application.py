"""Starting the GUI: the application object, translations, the bug dialog, the window."""

from __future__ import annotations

import signal
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import i18n


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, in French, with Vigie's style (reused if it already exists)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        application = existing
    else:
        application = QApplication(argv or sys.argv[:1])
    application.setApplicationName("Vigie")
    application.setOrganizationName("Vigie")
    application.setStyle("Fusion")
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translator = QTranslator(application)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(), "qtbase", "_", folder):
        application.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    from app.ui.style import STYLESHEET

    application.setStyleSheet(STYLESHEET)
    return application


def run(path: Path | None) -> int:
    """Show the main window (on `path`, the last file, or the demo) and run the event loop."""
    application = create_application()
    from app.ui.main_window import MainWindow

    window = MainWindow()
    sys.excepthook = lambda *exc: _show_bug(window, *exc)
    _close_on_signals(window)
    window.show()
    window.open_initial(path)
    return application.exec()


def _close_on_signals(window: QWidget) -> None:
    """Ctrl+C in a terminal or a polite kill closes the window properly (saving the file)."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_args: window.close())
    # Python only runs signal handlers between bytecodes: wake it up now and then.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def _show_bug(parent, kind: type[BaseException], error: BaseException,
              tb: TracebackType | None) -> None:
    """A bug (not a user error): say so, and give the details to copy into a report."""
    details = "".join(traceback.format_exception(kind, error, tb))
    sys.__stderr__.write(details)
    title = QCoreApplication.translate("app", "Erreur interne")
    text = QCoreApplication.translate(
        "app", "Une erreur inattendue s'est produite. Vos données sont conservées dans la "
        "copie de travail. Copiez le détail ci-dessous pour le signaler.")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
    box.setDetailedText(details)
    box.exec()
