"""The open client file as the UI sees it: ops, the undo stack, auto-save, change signals.

Saving runs on a worker thread (`ClientFile.start_save`), polled from a timer: the window
stays responsive while a large file is copied and flushed to a USB key or a share. A save
that fails is tried again later, with growing pauses; the user is told in the status bar
first, and in a message only when it keeps failing (an antivirus or a sync client holding
the file for a moment is normal on Windows). A file changed elsewhere is never retried:
the user chooses (`changed_on_disk`).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack

from app.storage.errors import FileChangedOnDisk, StorageError
from app.ui import settings

if TYPE_CHECKING:  # SQLAlchemy loads once the window is on screen, not before
    from sqlmodel import Session

    from app.storage.document import ClientFile

T = TypeVar("T")

#: Pauses before trying a failed save again, in milliseconds.
RETRY_DELAYS_MS = (5_000, 15_000, 30_000, 60_000, 120_000)
#: Failures of auto-saves said in the status bar only, before a message says it.
QUIET_FAILURES = 2
#: A file is saved at the latest this long after its first unsaved change, however busy.
MAX_UNSAVED_S = 60.0
POLL_MS = 30


class Workspace(QObject):
    """Holds one open ClientFile; every read and write of the UI goes through it."""

    data_changed = Signal(str)  # what changed: a table name, or "*" for everything
    saved = Signal()
    save_failed = Signal(str)  # the sentence to show in a message
    save_status = Signal(str)  # a short note for the status bar
    changed_on_disk = Signal(str)  # the file changed elsewhere: the user must choose
    dirty_changed = Signal(bool)

    def __init__(self, document: ClientFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self._delay_ms = settings.value("autosave/delay_ms")
        self._autosave = QTimer(self, singleShot=True, interval=self._delay_ms)
        self._autosave.timeout.connect(self._save_in_background)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check_save)
        self._failures = 0
        self._asked = False  # the running save was asked by the user: say failures at once
        self._conflict = False  # auto-save waits for the user's choice about the disk file
        self._discard = False  # closing drops the changes (they were saved elsewhere)
        self._dirty_since: float | None = None
        self._save_started = 0.0
        self.data_changed.connect(self._on_data_changed)
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.commitDataRequest.connect(self._on_commit_data)

    @property
    def path(self) -> Path:
        return self.document.path

    @property
    def read_only(self) -> bool:
        return self.document.read_only

    @property
    def dirty(self) -> bool:
        return self.document.dirty

    @property
    def saving(self) -> bool:
        """True while a save runs in the background."""
        return self.document.saving

    def query(self, work: Callable[[Session], T]) -> T:
        """Run `work` in one session and return its result (plain rows, never ORM objects
        that could lazy-load later)."""
        with self.document.session() as session:
            return work(session)

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Save now, in the background (Fichier ▸ Enregistrer): a failure is said at once."""
        self._asked = True
        self._conflict = False
        self._save_in_background()
        if not self.saving and not self.dirty and not self.read_only:
            self._asked = False
            self.save_status.emit(self.tr("Enregistré."))

    def _save_in_background(self) -> None:
        self._autosave.stop()
        if self.read_only or self.saving or (self._conflict and not self._asked):
            return
        try:
            job = self.document.start_save()
        except StorageError as error:
            self._failed(error.message)
            return
        if job is None:
            return
        self._save_started = time.monotonic()
        self.save_status.emit(self.tr("Enregistrement…"))
        self._poll.start()

    def _check_save(self) -> None:
        job = self.document._job
        if job is not None and not job.done():
            return
        self._poll.stop()
        if job is not None:
            self._finish(job)

    def _finish(self, job) -> None:
        seconds = time.monotonic() - self._save_started
        try:
            self.document.finish_save(job)
        except FileChangedOnDisk as error:
            self._asked = False
            self._conflict = True
            self.dirty_changed.emit(self.document.dirty)
            self.save_status.emit(self.tr("Non enregistré : le fichier a changé sur le disque."))
            self.changed_on_disk.emit(error.message)
            return
        except StorageError as error:
            self._failed(error.message)
            return
        self._failures, self._asked = 0, False
        self._adapt_delay(seconds)
        self.saved.emit()
        self.save_status.emit(self.tr("Enregistré."))
        self.dirty_changed.emit(self.document.dirty)
        if self.document.dirty:  # changes made while it was saving
            self._dirty_since = time.monotonic()
            self._autosave.start(self._delay_ms)
        else:
            self._dirty_since = None

    def _failed(self, message: str) -> None:
        """Try again later; tell the user in a message when asked or when it keeps failing."""
        self._failures += 1
        delay = RETRY_DELAYS_MS[min(self._failures, len(RETRY_DELAYS_MS)) - 1]
        self._autosave.start(delay)
        self.dirty_changed.emit(self.document.dirty)
        if self._asked or self._failures == QUIET_FAILURES + 1:
            self.save_failed.emit(message)
        else:
            self.save_status.emit(self.tr("Enregistrement reporté, nouvel essai dans {0} s : "
                                          "{1}").format(delay // 1000, message))
        self._asked = False

    def _adapt_delay(self, seconds: float) -> None:
        """Auto-save a large or slow file less often: five times its last save's length
        after the last change (3 s at least, 30 s at most)."""
        base = settings.value("autosave/delay_ms")
        self._delay_ms = int(min(max(base, seconds * 5000), 30_000))

    def wait_for_save(self) -> None:
        """Block until a save in flight is over and taken in."""
        job = self.document._job
        if job is not None:
            job.wait()
            self._poll.stop()
            self._finish(job)

    def finish_saving(self) -> None:
        """Save everything now and wait for it (closing, quitting); raises StorageError
        when the file could not be written — the file then stays open, nothing is lost."""
        self._autosave.stop()
        if self.read_only or self._discard:
            return
        self.save_status.emit(self.tr("Enregistrement…"))
        self._poll.stop()
        self.document.settle()
        self.document.save()
        self.dirty_changed.emit(self.document.dirty)
        self.save_status.emit(self.tr("Enregistré."))  # « Enregistrement… » stays otherwise

    @property
    def discarding(self) -> bool:
        """True once the changes were written elsewhere: closing will not save them."""
        return self._discard

    def discard_on_close(self) -> None:
        """Close without saving: the changes were written to another file (kept beside)."""
        self._discard = True
        self._autosave.stop()

    def close(self, *, save: bool = True) -> None:
        """Save and let go of the file; raises StorageError, with the file still open, if
        the save failed. `save=False` closes anyway (unsaved changes stay recoverable)."""
        if save:
            self.finish_saving()
        self._autosave.stop()
        self._poll.stop()
        self.undo_stack.clear()
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.commitDataRequest.disconnect(self._on_commit_data)
        self.document.settle()
        self.document.close(save=False, keep_changes=not self._discard)

    def _on_commit_data(self, _manager=None) -> None:
        """The session ends (Windows logoff, shutdown): save now, with no dialog, which
        would hold the shutdown; if it fails, the working copy keeps every change and the
        next start offers it back."""
        if self.read_only or self._discard:
            return
        self._autosave.stop()
        with contextlib.suppress(StorageError):
            self.document.save()

    def _on_data_changed(self, _what: str) -> None:
        self.dirty_changed.emit(self.document.dirty)
        if self.read_only or not self.document.dirty:
            return
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if self._failures and self._autosave.isActive():
            return  # a failed save waits for its retry: editing must not hasten it
        if now - self._dirty_since < MAX_UNSAVED_S or not self._autosave.isActive():
            self._autosave.start(self._delay_ms)  # restarted while the user keeps working
