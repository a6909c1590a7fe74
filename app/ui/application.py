"""Starting the GUI: the application object, translations, the bug dialog, the window."""

from __future__ import annotations

import gc
import signal
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWidget

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
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    install_translations(application)
    if not application.property("vigie-icon"):  # once per application object
        from app.ui import shipped

        application.setProperty("vigie-icon", True)
        application.setWindowIcon(shipped.app_icon())
        application.setDesktopFileName("vigie")  # the .desktop entry (installer/linux)
    i18n.install(QCoreApplication.translate)
    from app.ui import style

    style.apply(application)
    collect_garbage_on_gui_thread(application)
    return application


def translations_folder() -> Path:
    """Vigie's own translation files: `resources/translations` (checkout or bundle)."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parents[2]
    return root / "resources" / "translations"


def install_translations(application: QCoreApplication) -> list[QTranslator]:
    """Qt's own French (standard dialogs, context menus), shipped with PySide6, then what
    it lacks, shipped with Vigie; installed once, whatever calls this again."""
    found = application.findChildren(QTranslator, "vigie-translation")
    if found:
        return found
    locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(translations_folder())
    installed = []
    for name, folders in (("qtbase", (qt_folder, ours)), ("qt_complement", (ours,))):
        translator = QTranslator()
        if any(translator.load(locale, name, "_", folder) for folder in folders):
            translator.setParent(application)
            translator.setObjectName("vigie-translation")
            application.installTranslator(translator)  # the last installed is asked first
            installed.append(translator)
    return installed


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
    from app.storage import paths
    from app.ui.crash import BugHandler
    from app.ui.main_window import MainWindow

    window = MainWindow()
    from app.ui import single_instance

    single_instance.serve(window)  # later `vigie FILE` of this user open their file here
    bugs = BugHandler(window, paths.data_dir)
    sys.excepthook = bugs
    _stop_on_signals(window)
    from app.ui import file_open, smoke

    file_open.watch(application, window)  # macOS: a document double-clicked in the Finder
    window.show()
    window.open_initial(path)
    smoke.arm(window)  # VIGIE_SMOKE_QUIT_MS: the built bundle's smoke test
    code = application.exec()
    return bugs.exit_code or code


def _stop_on_signals(window: QWidget) -> None:
    """Ctrl+C in a terminal or a polite kill ends Vigie without a question: the file is
    written if it can be (whatever cannot stays in the working copy for recovery)."""
    def stop() -> None:
        window.close_for_shutdown()
        QCoreApplication.quit()

    # The handler runs between any two bytecodes, in the middle of whatever the GUI thread
    # was doing (a page being built): it only asks the event loop to stop, once that is done.
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_args: QTimer.singleShot(0, window, stop))
    # Python only runs signal handlers between bytecodes: wake it up now and then.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)
