"""What the meeting sheet saves by itself: typed text after a pause, or when the field is left.

Each editor hands the `Autosave` a key (the field) and a function that stores the field's
current value through an undoable change. The last function per key waits until the
typing pauses (`DELAY_MS`) or the field loses focus, then runs. A value the service
refuses (a blank title…) stays pending, its reason shown by the editor, until it is
corrected or dropped: the shell then asks before quitting, as for any unsaved form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.services.validation import ValidationError

DELAY_MS = 800


class Autosave(QObject):
    """Debounced commits, by key."""

    refused = Signal(str, object)  # key, ValidationError
    accepted = Signal(str)  # key: stored, any reason shown for it can go

    def __init__(self, parent: QObject | None = None, delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], None]] = {}
        self._refused: dict[str, Callable[[], None]] = {}
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)

    def schedule(self, key: str, commit: Callable[[], None]) -> None:
        """Store `commit` as the key's next save, once the typing pauses."""
        self._refused.pop(key, None)
        self._pending[key] = commit
        self._timer.start()

    def pending(self, key: str | None = None) -> bool:
        """True when something (or this key) is typed but not stored yet."""
        if key is None:
            return bool(self._pending or self._refused)
        return key in self._pending or key in self._refused

    def flush(self, key: str | None = None) -> bool:
        """Store what waits (for one key, or all); False when something was refused."""
        keys = list(self._pending) if key is None else [key] if key in self._pending else []
        for name in keys:
            commit = self._pending.pop(name)
            try:
                commit()
            except ValidationError as error:
                self._refused[name] = commit
                self.refused.emit(name, error)
            else:
                self.accepted.emit(name)
        if not self._pending:
            self._timer.stop()
        return not (self._refused if key is None else key in self._refused)

    def discard(self) -> None:
        """Drop everything typed and not stored."""
        self._timer.stop()
        self._pending.clear()
        self._refused.clear()

    def save_on_focus_out(self, widget: QWidget) -> None:
        """Store what waits as soon as `widget` loses the focus (the user left the field)."""
        watcher = _FocusOut(widget, self.flush)
        widget.installEventFilter(watcher)


class _FocusOut(QObject):
    def __init__(self, parent: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False
