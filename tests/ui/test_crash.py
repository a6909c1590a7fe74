"""A bug never leaves a process without a window; a polite kill ends Vigie cleanly; the bug
dialog gives its details to copy; no console is no problem (issue 10.1, issue 18.5)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.ui import crash
from tests.db.helpers import supplier_names

ROOT = Path(__file__).resolve().parents[2]

#: Starts Vigie as `vigie FILE` does (application, bug handler, signals), offscreen; the
#: bug dialog is answered by the environment (VIGIE_TEST_ANSWER: continue or quit).
SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from app.ui import application, crash

    answer = os.environ["VIGIE_TEST_ANSWER"]
    def answered(parent, details, can_continue):
        print("DIALOG", "continue" if can_continue else "no-window", details.splitlines()[-1],
              flush=True)
        return answer == "continue"
    crash.ask_after_bug = answered

    from app.ui.main_window import MainWindow
    original = MainWindow.__init__
    def init(self):
        original(self)
        scenario = os.environ["VIGIE_TEST_SCENARIO"]
        def bug_while_closing():
            raise RuntimeError("a page failed while the file closed")
        def act():
            if self.workspace is None:
                QTimer.singleShot(50, act)
                return
            print("OPEN", flush=True)
            if scenario == "bug-on-close":
                self._clear_pages = bug_while_closing
                self.close()
            elif scenario == "bug-in-slot":
                QTimer.singleShot(0, lambda: 1 / 0)
                QTimer.singleShot(300, lambda: print("ALIVE", self.isVisible(), flush=True))
                QTimer.singleShot(400, self.close)
            elif scenario == "term-while-building":
                from app.ui.pages.suppliers import SuppliersPage
                refresh = SuppliersPage.refresh
                def refresh_killed(page):
                    os.kill(os.getpid(), signal.SIGTERM)  # its handler runs right here
                    for _ in range(1000):
                        pass
                    refresh(page)
                    print("BUILT", flush=True)
                SuppliersPage.refresh = refresh_killed
                self.page("suppliers")
                print("SHOWN", flush=True)
            elif scenario == "change":
                from app.models import Supplier
                from app.ui.commands import CreateRecord
                CreateRecord(self.workspace, "x", Supplier, {"name": "Avant SIGTERM"}).execute()
                print("CHANGED", flush=True)
        QTimer.singleShot(0, act)
    MainWindow.__init__ = init
    sys.exit(application.run(Path(sys.argv[1])))
""")


def start(client_path: Path, scenario: str, answer: str, data_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VIGIE_DATA_DIR": str(data_dir),
           "VIGIE_TEST_SCENARIO": scenario, "VIGIE_TEST_ANSWER": answer}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(client_path)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def wait_for(process: subprocess.Popen, word: str) -> str:
    """Read the child's output up to a line starting with `word`."""
    for line in process.stdout:
        if line.startswith(word):
            return line
    raise AssertionError(f"no {word}: {process.stderr.read()}")


def test_a_bug_while_the_window_closes_ends_the_process(client_path, data_dir) -> None:
    """The window is gone when the bug happens: after the dialog, the process ends (it
    used to keep running with no window, deaf to SIGTERM)."""
    process = start(client_path, "bug-on-close", "continue", data_dir)
    try:
        line = wait_for(process, "DIALOG")
        assert "no-window" in line and "a page failed while the file closed" in line
        assert process.wait(timeout=60) == crash.EXIT_AFTER_BUG
    finally:
        process.kill()
    assert "a page failed while the file closed" in (data_dir / crash.LOG_NAME).read_text(
        encoding="utf-8")


def test_a_bug_in_a_slot_leaves_the_window_usable(client_path, data_dir) -> None:
    process = start(client_path, "bug-in-slot", "continue", data_dir)
    try:
        assert "continue" in wait_for(process, "DIALOG")
        assert wait_for(process, "ALIVE").split() == ["ALIVE", "True"]
        assert process.wait(timeout=60) == 0  # then closed normally
    finally:
        process.kill()


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM on Windows")
def test_sigterm_writes_the_file_and_ends(client_path, data_dir) -> None:
    process = start(client_path, "change", "quit", data_dir)
    try:
        wait_for(process, "CHANGED")
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()
    assert supplier_names(client_path) == ["Avant SIGTERM"]
    assert not client_path.with_name(client_path.name + ".lock").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM on Windows")
def test_sigterm_while_a_page_is_built_ends_cleanly_after_it(client_path, data_dir) -> None:
    """Python runs a signal handler between any two bytecodes: a polite kill arriving while
    a page is being built used to tear the pages down under it (KeyError, « the client file
    is closed »). The page is finished first, then Vigie closes its file and ends."""
    process = start(client_path, "term-while-building", "continue", data_dir)
    try:
        assert process.wait(timeout=60) == 0, process.stderr.read()
        output = process.stdout.read()
    finally:
        process.kill()
    assert "BUILT" in output and "SHOWN" in output and "DIALOG" not in output
    assert not client_path.with_name(client_path.name + ".lock").exists()


def test_without_a_console_the_bug_goes_to_the_dialog_and_the_log(
    qtbot, monkeypatch, data_dir
) -> None:
    """A Windows GUI launcher has no console: sys.__stderr__ is None."""
    shown = []
    monkeypatch.setattr(sys, "__stderr__", None)
    monkeypatch.setattr(crash, "ask_after_bug",
                        lambda parent, details, can_continue: shown.append(details) or True)
    data_dir.mkdir(parents=True, exist_ok=True)
    window = QWidget()  # still there: the user carries on (no quit in the test process)
    qtbot.addWidget(window)
    window.show()
    handler = crash.BugHandler(window, lambda: data_dir)
    try:
        raise KeyError("contrat 42")
    except KeyError as error:
        handler(type(error), error, error.__traceback__)
    assert "KeyError: 'contrat 42'" in shown[0]
    assert "KeyError: 'contrat 42'" in (data_dir / crash.LOG_NAME).read_text(encoding="utf-8")


def test_the_bug_dialog_copies_its_details(qtbot) -> None:
    details = "Traceback (most recent call last):\nRuntimeError: boom\n"
    dialog = crash.BugDialog(details, can_continue=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    assert dialog.isVisible()  # copying does not close it
    assert dialog.continue_button.isVisible() and dialog.quit_button.isVisible()


def test_with_no_window_left_the_dialog_offers_only_to_quit(qtbot) -> None:
    dialog = crash.BugDialog("RuntimeError: boom", can_continue=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.continue_button.isVisible()
    assert dialog.quit_button.isDefault()
