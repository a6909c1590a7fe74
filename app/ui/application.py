"""Starting the GUI: the application object, translations, the bug dialog, the window."""

from __future__ import annotations

import gc
import signal
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QTimer,
)
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
    from app.ui import shipped

    if not application.property("vigie-shipped"):  # once per application object
        application.setProperty("vigie-shipped", True)
        shipped.install_translations(application)
        application.setWindowIcon(shipped.app_icon())
        application.setDesktopFileName("vigie")  # the .desktop entry (installer/linux)
    i18n.install(QCoreApplication.translate)
    from app.ui.style import STYLESHEET

    application.setStyleSheet(STYLESHEET)
    collect_garbage_on_gui_thread(application)
    return application


class GuiThreadCollector(QObject):
    """Python's cyclic garbage collector, run on the GUI thread only.

    CPython collects in whichever thread crosses an allocation threshold. When that is a
    worker thread (the one importing matplotlib), Qt objects caught in reference cycles are
    destroyed there, away from their thread, and PySide6 6.10 and 6.11 then crash the whole
    application (8 runs in 10 of tests/ui/test_qt_bindings.py's scenario without this).
    Automatic collection is turned off; a timer collects the generations that are due, by
    the collector's own thresholds, on the GUI thread (as pyqtgraph and calibre do).
    """

    INTERVAL_MS = 250

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("gui-thread-collector")
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self, interval=self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count went past its threshold, if any."""
        due = -1
        for generation, (count, threshold) in enumerate(zip(gc.get_count(), self._thresholds,
                                                            strict=True)):
            if threshold and count > threshold:
                due = generation
            else:
                break
        if due >= 0:
            gc.collect(due)


def collect_garbage_on_gui_thread(application: QCoreApplication) -> GuiThreadCollector:
    """Install the application's GuiThreadCollector (once)."""
    found = application.findChild(GuiThreadCollector, "gui-thread-collector")
    return found if found is not None else GuiThreadCollector(application)


def run(path: Path | None) -> int:
    """Show the main window (on `path`, the last file, or the demo) and run the event loop."""
    application = create_application()
    from app.ui.main_window import MainWindow

    window = MainWindow()
    from app.ui import single_instance

    single_instance.serve(window)  # later `vigie FILE` of this user open their file here
    from app.ui import file_open, smoke

    file_open.watch(application, window)  # macOS: a document double-clicked in the Finder
    sys.excepthook = lambda *exc: _show_bug(window, *exc)
    _close_on_signals(window)
    window.show()
    window.open_initial(path)
    smoke.arm(window)  # VIGIE_SMOKE_QUIT_MS: the built bundle's smoke test
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
