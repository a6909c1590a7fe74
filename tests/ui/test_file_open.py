"""A file the system asks Vigie to open (macOS: double-clicked in the Finder) opens in the
window: the event macOS sends is posted to the application, as the Finder's would be."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from app.storage.document import create
from app.ui import file_open


def post_file_open(path: Path) -> None:
    QCoreApplication.postEvent(QApplication.instance(),
                               QFileOpenEvent(QUrl.fromLocalFile(str(path))))


def test_a_file_open_event_opens_the_file_in_the_window(qtbot, window, client_path) -> None:
    watcher = file_open.watch(QApplication.instance(), window)
    try:
        post_file_open(client_path)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
        assert window.workspace.path == client_path
        assert "acme.vigie" in window.windowTitle()
    finally:
        QApplication.instance().removeEventFilter(watcher)


def test_a_second_file_replaces_the_first_and_the_same_one_stays(qtbot, window, client_path,
                                                                   tmp_path) -> None:
    other = tmp_path / "autre.vigie"
    create(other, "Autre client").close()
    watcher = file_open.watch(QApplication.instance(), window)
    try:
        post_file_open(client_path)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
        first = window.workspace
        post_file_open(client_path)  # already open: the window only comes forward
        qtbot.wait(50)
        assert window.workspace is first
        post_file_open(other)
        qtbot.waitUntil(lambda: window.workspace.path == other, timeout=10_000)
        assert "autre.vigie" in window.windowTitle()
    finally:
        QApplication.instance().removeEventFilter(watcher)


def test_other_events_go_on_to_their_receiver(window) -> None:
    watcher = file_open.FileOpenFilter(window)
    assert not watcher.eventFilter(window, QEvent(QEvent.Type.Show))
