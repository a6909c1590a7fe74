"""A client file opened as a document: a working copy, auto-saved back atomically.

The user's `*.vigie` file lives on USB keys, synced folders and shares, where SQLite must
not run live. Opening copies it (backup API) into a working copy in the user data
directory; every change is committed there; `save()` rewrites the user's file from the
working copy through a temporary file beside it, flushed, then atomically replaced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

from app import clock
from app.i18n import tr
from app.models import ClientProfile
from app.storage import backup, files, lock, opening, paths, schema
from app.storage.engine import (
    make_engine,
    session_scope,
)
from app.storage.errors import (
    FileChangedOnDisk,
    FileLocked,
    MissingFile,
    ReadOnlyFile,
    RecoveryAvailable,
    SaveFailed,
    StorageError,
)


class IfLocked(Enum):
    """What to do when the file is open elsewhere."""

    ASK = "ask"  # raise FileLocked so that the caller can ask the user
    READ_ONLY = "read_only"
    OPEN_ANYWAY = "open_anyway"


class IfRecoverable(Enum):
    """What to do with a working copy a crash left newer than its file."""

    ASK = "ask"  # raise RecoveryAvailable
    RECOVER = "recover"
    DISCARD = "discard"


@dataclass(frozen=True)
class Recoverable:
    """A working copy left by a crash, newer than its file."""

    path: Path
    changed_at: dt.datetime


class ClientFile:
    """An open client file: hands out sessions on its working copy and saves it back."""

    def __init__(
        self,
        path: Path,
        working: Path,
        *,
        read_only_reason: str | None = None,
        dirty: bool = False,
    ) -> None:
        self.path = path
        self.working_path = working
        self.read_only_reason = read_only_reason
        self._id = paths.file_id(path)
        self._changes = 0
        self._dirty = dirty
        self._closed = False
        self._seen_changes: dict[int, int] = {}  # total_changes per raw connection
        self.engine: sa.Engine = make_engine(
            working, read_only=self.read_only, before_commit=self._before_commit
        )

    # -- reading and writing -------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def dirty(self) -> bool:
        """True when the working copy holds changes the user's file does not have yet."""
        return self._dirty

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work on the working copy, committed at once when the block ends."""
        if self._closed:
            raise RuntimeError("the client file is closed")
        with session_scope(self.engine) as session:
            yield session

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

    def _before_commit(self, connection: sqlite3.Connection) -> None:
        """Mark the working copy dirty *before* a writing commit lands, so that a crash
        right after the commit still leaves the marker recovery looks for."""
        seen = self._seen_changes.get(id(connection), 0)
        if connection.total_changes == seen:
            return
        self._seen_changes[id(connection)] = connection.total_changes
        self._changes += 1
        if not self._dirty:
            _write_marker(files.marker_path(self.working_path))
            self._dirty = True

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        """Rewrite the user's file from the working copy, atomically.

        Raises SaveFailed (media gone, rename refused…) or FileChangedOnDisk; in both
        cases every change stays in the working copy and the file stays dirty.
        """
        if self.read_only:
            raise ReadOnlyFile(self.path)
        if not self._dirty:
            return
        if not self.path.parent.is_dir():
            raise SaveFailed(self.path, tr("storage", "le dossier n'est plus accessible"))
        meta = self._load_meta()
        if not self._is_ours(meta):
            raise FileChangedOnDisk(self.path)
        changes_at_start = self._changes

        def remember(tmp: Path) -> None:
            # A crash between the replace and the next line must not make our own file
            # look "changed elsewhere": remember what we are about to put there.
            self._store_meta(signature=meta.get("signature"), pending=files.sha256(tmp))

        self._write_file(self.path, before_replace=remember)
        self._store_meta(signature=_stat_signature(self.path))
        if self._changes == changes_at_start:
            self._dirty = False
            files.marker_path(self.working_path).unlink(missing_ok=True)

    def _is_ours(self, meta: dict[str, object]) -> bool:
        """True when the file on disk is the one we opened or last wrote (or is gone)."""
        current = _stat_signature(self.path)
        if current is None or current == meta.get("signature"):
            return True
        return meta.get("pending") is not None and files.sha256(self.path) == meta.get("pending")

    def save_copy_as(self, target: Path) -> None:
        """Write the working copy to another file (the way out when the file can't be saved)."""
        target = Path(target).resolve()
        if target == self.path:
            self.save()
            return
        self._write_file(target)

    def _write_file(
        self, target: Path, before_replace: Callable[[Path], None] | None = None
    ) -> None:
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        files.remove_leftovers(target)
        try:
            tmp.unlink(missing_ok=True)
            source = sqlite3.connect(self.working_path)
            try:
                backup.copy_database(source, tmp)
            finally:
                source.close()
            if not backup.quick_check(tmp):
                raise SaveFailed(target, tr("storage", "la copie écrite ne se relit pas"))
            files.fsync_file(tmp)
            if before_replace is not None:
                before_replace(tmp)
            os.replace(tmp, target)
            files.fsync_dir(target.parent)
        except StorageError:
            files.discard(tmp)
            raise
        except (OSError, sqlite3.Error) as error:
            files.discard(tmp)
            raise SaveFailed(target, files.describe(error)) from error

    # -- closing ---------------------------------------------------------------------------

    def close(self, *, save: bool = True) -> None:
        """Save (unless told not to), then let go of the working copy and the lock.

        If the save fails, the working copy and its marker stay for recovery and the error
        is raised after the file is closed.
        """
        if self._closed:
            return
        error: StorageError | None = None
        if save and not self.read_only:
            try:
                self.save()
            except StorageError as failure:
                error = failure
        self.engine.dispose()
        self._closed = True
        if self.read_only:
            files.remove_working_copy(self.working_path)
        else:
            if not self._dirty:
                files.remove_working_copy(self.working_path)
            lock.release(self.path)
        if error is not None:
            raise error

    # -- metadata --------------------------------------------------------------------------

    def _meta_path(self) -> Path:
        return self.working_path.with_suffix(".json")

    def _load_meta(self) -> dict[str, object]:
        try:
            return json.loads(self._meta_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _store_meta(self, *, signature: object, pending: str | None = None) -> None:
        meta = {"path": str(self.path), "signature": signature, "pending": pending}
        files.atomic_write_text(self._meta_path(), json.dumps(meta))


# -- creating and opening -----------------------------------------------------------------


def create(path: Path, client_name: str, *, overwrite: bool = False) -> ClientFile:
    """Create a new client file with the full schema and open it."""
    path = Path(path).resolve()
    if path.exists() and not overwrite:
        raise StorageError(tr("storage", "« {name} » existe déjà.").format(name=path.name))
    working = paths.work_dir() / f"{paths.file_id(path)}.sqlite"
    files.remove_working_copy(working)
    schema.upgrade(working)
    engine = make_engine(working)
    with session_scope(engine) as session:
        session.add(ClientProfile(name=client_name))
    engine.dispose()
    _checkpoint(working)
    # The new file exists on disk at once, like any document after File ▸ New.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        backup.copy_database(working, tmp)
        files.fsync_file(tmp)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as error:
        files.discard(tmp)
        files.remove_working_copy(working)
        raise SaveFailed(path, files.describe(error)) from error
    lock.acquire(path, force=True)
    document = ClientFile(path, working)
    document._store_meta(signature=_stat_signature(path))
    return document


def open_file(
    path: Path,
    *,
    if_locked: IfLocked = IfLocked.ASK,
    if_recoverable: IfRecoverable = IfRecoverable.ASK,
    read_only: bool = False,
) -> ClientFile:
    """Open a client file into a working copy, migrating it if it is older.

    A file that is not a Vigie file, is damaged, or comes from a newer Vigie is refused
    (FileRefused) and left byte-for-byte untouched.
    """
    if read_only:
        return open_read_only(opening.start_read_only_copy(path))
    path = Path(path).resolve()
    if not path.is_file():
        raise MissingFile(path)
    opening.check_header(path)

    reason = _read_only_media_reason(path)
    if reason is None:
        owner = lock.read_owner(path)
        if owner is not None and if_locked is IfLocked.ASK:
            raise FileLocked(path, owner)
        if owner is not None and if_locked is IfLocked.READ_ONLY:
            reason = tr("storage", "déjà ouvert par {user} sur {host}").format(**owner)
    file_id = paths.file_id(path)
    if reason is None:
        recovered = _recover_or_discard(path, file_id, if_recoverable)
        if recovered is not None:
            return recovered
        if not lock.acquire(path, force=True):
            reason = tr("storage", "le dossier du fichier n'est pas accessible en écriture")
        else:
            files.remove_leftovers(path)

    suffix = f"-ro-{os.getpid()}" if reason else ""
    working = paths.work_dir() / f"{file_id}{suffix}.sqlite"
    signature = _stat_signature(path)
    try:
        migrated = opening.copy_and_validate(path, working, file_id, back_up=reason is None)
    except BaseException:
        if reason is None:
            lock.release(path)
        raise
    document = ClientFile(path, working, read_only_reason=reason)
    if not document.read_only:
        document._store_meta(signature=signature)
        if migrated:
            _write_marker(files.marker_path(working))
            document._dirty = True
    return document


def open_read_only(started: opening.ReadOnlyCopy) -> ClientFile:
    """Finish a read-only opening begun by `opening.start_read_only_copy`.

    Nothing of the user's file is written or locked and no backup is made (nothing will be
    saved); an older file is migrated in its working copy only.
    """
    path = started.path
    revision = started.wait()  # raises what refused the file
    try:
        opening.back_up_and_migrate(path, started.working, paths.file_id(path), revision,
                                    back_up=False)
        reason = tr("storage", "ouvert en lecture seule à votre demande")
        return ClientFile(path, started.working, read_only_reason=reason)
    except BaseException:
        files.remove_working_copy(started.working)
        raise


def find_recoverable() -> list[Recoverable]:
    """Working copies that a crash left newer than their files, newest first."""
    found = []
    for marker in paths.work_dir().glob("*.dirty"):
        working = marker.with_suffix(".sqlite")
        try:
            meta = json.loads(working.with_suffix(".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not working.exists():
            continue
        target = Path(str(meta.get("path")))
        if lock.read_owner(target) is not None and _locked_by_us(target):
            continue
        changed = dt.datetime.fromtimestamp(_newest_mtime(working))
        found.append(Recoverable(target, changed))
    return sorted(found, key=lambda r: r.changed_at, reverse=True)


# -- helpers ---------------------------------------------------------------------------





def _recover_or_discard(
    path: Path, file_id: str, policy: IfRecoverable
) -> ClientFile | None:
    working = paths.work_dir() / f"{file_id}.sqlite"
    marker = files.marker_path(working)
    if not (marker.exists() and working.exists()):
        return None
    if policy is IfRecoverable.ASK:
        changed = dt.datetime.fromtimestamp(_newest_mtime(working))
        raise RecoveryAvailable(path, changed.strftime("%d/%m/%Y à %H:%M"))
    if policy is IfRecoverable.DISCARD:
        files.remove_working_copy(working)
        return None
    if not backup.quick_check(working):
        files.remove_working_copy(working)
        return None
    lock.acquire(path, force=True)
    return ClientFile(path, working, dirty=True)


def _read_only_media_reason(path: Path) -> str | None:
    folder = path.parent
    try:
        if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY:
            return tr("storage", "support en lecture seule")
    except OSError:
        pass
    if not os.access(path, os.W_OK):
        return tr("storage", "fichier protégé en écriture")
    if not os.access(folder, os.W_OK):
        return tr("storage", "dossier protégé en écriture")
    return None


def _locked_by_us(path: Path) -> bool:
    owner = lock.read_owner(path) or {}
    return owner.get("pid") == str(os.getpid())


def _stat_signature(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_mtime_ns, st.st_size]




def _write_marker(marker: Path) -> None:
    with open(marker, "w", encoding="utf-8") as f:
        f.write(clock.now().isoformat())
        f.flush()
        os.fsync(f.fileno())


def _newest_mtime(working: Path) -> float:
    candidates = [working, working.with_name(working.name + "-wal")]
    return max(p.stat().st_mtime for p in candidates if p.exists())



def _checkpoint(working: Path) -> None:
    connection = sqlite3.connect(working)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()





