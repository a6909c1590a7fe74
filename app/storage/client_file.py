"""An open client file: sessions on its working copy, and saves back to the user's file.

The user's `*.vigie` file lives on USB keys, synced folders and shares, where SQLite must
not run live. Opening (`app.storage.document`) copies it into a working copy of this
process in the user data directory; every change is committed there; a save rewrites the
user's file from the working copy (`app.storage.saving`: checked, flushed, renamed into
place), on a worker thread when the GUI asks (`start_save`), at once otherwise (`save`).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

from app import clock
from app.i18n import tr
from app.models import ClientProfile
from app.storage import backup, files, lock, paths, recovery, saving, schema
from app.storage.engine import make_engine, session_scope
from app.storage.errors import FileLocked, NotAFile, ReadOnlyFile, StorageError
from app.storage.saving import SaveJob, SaveRequest


class ClientFile:
    """An open client file: hands out sessions on its working copy and saves it back."""

    def __init__(
        self,
        path: Path,
        working: Path,
        *,
        read_only_reason: str | None = None,
        dirty: bool = False,
        known: set[str] | None = None,
        folder_dev: int | None = None,
    ) -> None:
        self.path = path  # as the user named it (a link stays a link, a drive a drive)
        self.working_path = working
        self.read_only_reason = read_only_reason
        self.warnings: list[str] = []  # said to the user once the file is open
        self._id = paths.file_id(path)
        self._changes = 0
        self._dirty = dirty
        self._closed = False
        self._seen_changes: dict[int, int] = {}  # total_changes per raw connection
        self._known = set(known or ())  # contents of the user's file that are ours
        self._folder_dev = folder_dev
        self._job: SaveJob | None = None
        self._backed_up = False  # the first save after opening keeps a backup
        self.engine: sa.Engine = make_engine(
            working, read_only=self.read_only, before_commit=self._before_commit
        )
        recovery.LIVE.add(working)

    # -- reading and writing -------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def dirty(self) -> bool:
        """True when the working copy holds changes the user's file does not have yet."""
        return self._dirty

    @property
    def saving(self) -> bool:
        """True while a save runs on its worker thread."""
        return self._job is not None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work on the working copy, committed at once when the block ends."""
        if self._closed:
            raise RuntimeError("the client file is closed")
        try:
            with session_scope(self.engine) as session:
                yield session
        except sa.exc.OperationalError as error:
            if not files.is_disk_full(error):
                raise
            raise StorageError(tr(
                "storage", "Le disque de la copie de travail est plein (« {folder} ») : la "
                "modification n'a pas été enregistrée. Libérez de la place, puis "
                "recommencez.").format(folder=self.working_path.parent)) from error

    def client_name(self) -> str:
        # A Core query: reading one name should not configure every ORM mapper.
        profile = ClientProfile.__table__.c
        with self.session() as session:
            name = session.connection().execute(
                sa.select(profile.name).where(profile.id == 1)).scalar()
        return self.path.stem if name is None else name

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return schema.stored_revision(connection.connection.dbapi_connection)

    def _before_commit(self, connection) -> None:
        """Mark the working copy dirty *before* a writing commit lands, so that a crash
        right after the commit still leaves the marker recovery looks for."""
        seen = self._seen_changes.get(id(connection), 0)
        if connection.total_changes == seen:
            return
        self._seen_changes[id(connection)] = connection.total_changes
        self._changes += 1
        if not self._dirty:
            write_marker(files.marker_path(self.working_path))
            self._dirty = True

    # -- saving ----------------------------------------------------------------------------

    def start_save(self, *, closing: bool = False) -> SaveJob | None:
        """Begin rewriting the user's file on a worker thread (None: nothing to save).

        `finish_save(job)` then tells the outcome, in the caller's thread.
        """
        if self.read_only:
            raise ReadOnlyFile(self.path)
        if self._job is not None:
            return self._job
        if not self._dirty:
            return None
        label = backup.CLOSE if closing else None if self._backed_up else backup.FIRST_CHANGE
        self._backed_up = self._backed_up or label is not None
        known = frozenset(self._known)
        real = paths.real(self.path)

        def landed(digest: str) -> None:  # on the worker: files only, nothing of Qt
            self._store_meta({digest})
            record_saved(self._id, real, digest)

        request = SaveRequest(
            working=self.working_path, target=real, known=known,
            folder_dev=self._folder_dev, backup_label=label, file_id=self._id,
            stem=self.path.stem, after_replace=landed,
            before_replace=lambda digest: self._store_meta(known | {digest}),
        )
        self._job = SaveJob(request, self._changes)
        return self._job

    def finish_save(self, job: SaveJob) -> None:
        """Take in the outcome of a save; raises the StorageError that stopped it (every
        change then stays in the working copy, and the file stays dirty)."""
        if job is self._job:
            self._job = None
        self._known = {job.result()}  # the metadata was written by the worker
        if self._changes == job.changes:
            self._dirty = False
            files.discard(files.marker_path(self.working_path))

    def save(self) -> None:
        """Rewrite the user's file now, waiting for it.

        Raises SaveFailed (media gone, rename refused…) or FileChangedOnDisk; in both
        cases every change stays in the working copy and the file stays dirty.
        """
        self.settle()
        job = self.start_save()
        if job is not None:
            self.finish_save(job)

    def settle(self) -> None:
        """Wait for a save in flight and take in its outcome (a failure is not raised: the
        next save tries again and says it)."""
        if self._job is not None:
            with contextlib.suppress(StorageError):
                self.finish_save(self._job)

    def save_copy_as(self, target: Path) -> None:
        """Write the working copy to another file (the way out when the file can't be saved)."""
        target = paths.absolute(target)
        if paths.real(target) == paths.real(self.path):
            self.save()
            return
        guard_new_target(target)
        self.settle()
        saving.write_file(SaveRequest(working=self.working_path, target=paths.real(target),
                                      check_target=False, file_id=self._id,
                                      stem=self.path.stem))

    # -- closing ---------------------------------------------------------------------------

    def close(self, *, save: bool = True, keep_changes: bool = True) -> None:
        """Save (unless told not to), then let go of the working copy and the lock.

        If the save fails, the working copy and its marker stay for recovery and the error
        is raised after the file is closed. `keep_changes=False` drops unsaved changes
        (they were written to another file).
        """
        if self._closed:
            return
        error: StorageError | None = None
        self.settle()
        if save and not self.read_only:
            try:
                job = self.start_save(closing=True)
                if job is not None:
                    self.finish_save(job)
            except StorageError as failure:
                error = failure
        self.engine.dispose()
        self._closed = True
        recovery.LIVE.discard(self.working_path)
        if self.read_only or not self._dirty or not keep_changes:
            files.remove_working_copy(self.working_path)
        if not self.read_only:
            lock.release(paths.real(self.path))
        if error is not None:
            raise error

    # -- metadata --------------------------------------------------------------------------

    def _store_meta(self, known: set[str] | frozenset[str]) -> None:
        """Write what recovery needs: the file, our process, the contents that are ours.

        A failure to write it loses nothing: the contents this process knows are kept in
        memory, so the next save is not mistaken for a change on disk.
        """
        owner = lock.this_owner()
        meta = {"path": str(self.path), "known": sorted(known),
                "owner": {key: owner[key] for key in ("host", "pid", "token")}}
        with contextlib.suppress(OSError):
            files.atomic_write_text(files.meta_path(self.working_path), json.dumps(meta))


def guard_new_target(target: Path) -> None:
    """Refuse to write over a file another process has open, or over a folder."""
    real = paths.real(target)
    if real.is_dir():
        raise NotAFile(target)
    owner = lock.read_owner(real)
    if owner is not None and not owner.is_us:
        raise FileLocked(target, owner)


def write_marker(marker: Path) -> None:
    """Write the dirty marker of a working copy, flushed."""
    with open(marker, "w", encoding="utf-8") as f:
        f.write(clock.now().isoformat())
        f.flush()
        os.fsync(f.fileno())


def record_saved(file_id: str, real: Path, digest: str) -> None:
    """Remember what Vigie last wrote to a file (size, time, hash), to tell at the next
    opening a file its media altered from one that was rewritten."""
    try:
        st = os.stat(real)
        record = {"sha256": digest, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
        files.atomic_write_text(paths.backup_dir(file_id) / "saved.json", json.dumps(record))
    except OSError:
        pass


def media_warning(file_id: str, real: Path, digest: str) -> str | None:
    """A sentence when a file has the size and time Vigie last wrote it with, but not the
    content: its media altered it (a whole-file checksum, kept beside the backups)."""
    try:
        record = json.loads((paths.backup_dir(file_id) / "saved.json").read_text("utf-8"))
        st = os.stat(real)
    except (OSError, ValueError):
        return None
    same_stamp = (record.get("size"), record.get("mtime_ns")) == (st.st_size, st.st_mtime_ns)
    if not same_stamp or record.get("sha256") == digest:
        return None
    return tr("storage", "« {name} » n'a plus le contenu que Vigie y a enregistré, alors que sa "
              "taille et sa date n'ont pas changé : son support l'a peut-être abîmé. Vérifiez "
              "le support, ou restaurez une sauvegarde (Fichier ▸ Restaurer une "
              "sauvegarde…).").format(name=real.name)
