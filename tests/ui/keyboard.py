"""Driving the window from the keyboard only: every key goes where the focus is."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    """The widget a key pressed now would reach."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, *keys: str) -> None:
    """Press each key (« Ctrl+3 », « Tab », « Alt+N »…) on whatever has the focus."""
    for key in keys:
        combination = QKeySequence(key)[0]
        qtbot.keyClick(focused(), combination.key(), combination.keyboardModifiers())


def type_text(qtbot, text: str) -> None:
    """Type `text` into whatever has the focus."""
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, target: QWidget, limit: int = 60) -> None:
    """Press Tab until `target` (or its focus proxy's owner) has the focus."""
    for _ in range(limit):
        if focused() is target or target.isAncestorOf(focused()):
            return
        press(qtbot, "Tab")
    raise AssertionError(f"Tab never reached {target!r}; the focus is on {focused()!r}")
