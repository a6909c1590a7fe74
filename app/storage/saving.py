"""Writing a client file from its working copy: checked, flushed, renamed into place.

The steps, none of which runs on the GUI thread (`SaveJob`):

1. a *snapshot* of the working copy, in the user data directory (SQLite's backup API: a
   consistent copy even while the user keeps editing);
2. the snapshot is checked before anything reaches the user's media: Vigie's
   application_id, the schema at head, every table present, quick_check. An empty
   database SQLite made where a working copy vanished is refused here;
3. the file's media is checked: still the device it was opened from (a pulled USB key
   leaves an empty mount-point folder), the file still there, room for the new copy;
4. the snapshot is copied beside the file (a short `~…tmp` name, no journal, the
   original's permissions and owner), flushed, and read back by SQLite (`immutable`);
5. the file on disk is compared by content with what this process opened or last wrote:
   a file changed elsewhere is never overwritten (FileChangedOnDisk);
6. just before the rename its identity (inode, size, time) is compared again with what was
   hashed, so that a replacement during the hash is caught too; the rename is retried
   while an antivirus or a sync client holds the file.

The snapshot becomes a backup when asked (first save after an opening, the close).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.i18n import tr
from app.storage import backup, files, paths, schema
from app.storage.background import Background
from app.storage.engine import APPLICATION_ID
from app.storage.errors import FileChangedOnDisk, SaveFailed, StorageError

#: Room kept free on the user's media beyond the new copy.
MARGIN = 1024 * 1024


@dataclass
class SaveRequest:
    """Everything a save needs, handed to the worker thread as plain values."""

    working: Path
    target: Path
    known: frozenset[str] = frozenset()  # contents of `target` this process may replace
    folder_dev: int | None = None  # device of the target's folder when it was opened
    check_target: bool = True  # False: a new file (create, save a copy, restore)
    head: bool = True  # False: an older schema may be written (a restored backup)
    backup_label: str | None = None
    file_id: str = ""
    stem: str = ""
    before_replace: Callable[[str], None] | None = None  # told the hash about to land
    after_replace: Callable[[str], None] | None = None  # told the hash that landed


def snapshot_path(working: Path) -> Path:
    return working.with_name(working.stem + ".snapshot.sqlite")


def write_file(request: SaveRequest) -> str:
    """Run a save; the SHA-256 of what now is the user's file. Raises StorageError."""
    snapshot = snapshot_path(request.working)
    files.remove_working_copy(snapshot)
    tmp = files.temp_path(request.target)
    keep = False
    try:
        _take_snapshot(request, snapshot)
        check_copy(snapshot, request.target, head=request.head)
        keep = request.backup_label is not None
        _check_media(request, snapshot.stat().st_size)
        return _write_and_replace(request, snapshot, tmp)
    finally:
        files.discard(tmp)
        if keep:
            backup.keep_copy(snapshot, request.file_id, request.stem,
                             label=request.backup_label or backup.CLOSE)
        files.remove_working_copy(snapshot)


def _take_snapshot(request: SaveRequest, snapshot: Path) -> None:
    """Copy the working copy, refusing to create it: a vanished working copy must be an
    error here, not the empty database SQLite would otherwise make at its path."""
    try:
        source = sqlite3.connect(paths.sqlite_uri(request.working, mode="rw"), uri=True)
        try:
            backup.copy_database(source, snapshot, flush=False)
        finally:
            source.close()
    except sqlite3.Error as error:
        files.remove_working_copy(snapshot)
        if not request.working.exists():
            detail = tr("storage", "la copie de travail a disparu")
        elif files.is_disk_full(error):
            detail = tr("storage", "le disque de la copie de travail est plein")
        else:
            detail = files.describe(error)
        raise SaveFailed(request.target, detail) from error
    except OSError as error:
        files.remove_working_copy(snapshot)
        raise SaveFailed(request.target, files.describe(error)) from error


def check_copy(copy: Path, target: Path, *, head: bool) -> str:
    """Refuse a copy that is not a whole Vigie file (SaveFailed); its revision."""
    try:
        connection = sqlite3.connect(paths.sqlite_uri(copy, mode="ro", immutable="1"),
                                     uri=True)
        try:
            app = connection.execute("PRAGMA application_id").fetchone()[0]
            revision = schema.stored_revision(connection)
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            check = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError) as error:
        raise _hollow(target, files.describe(error)) from error
    if app != APPLICATION_ID or revision is None:
        raise _hollow(target, tr("storage", "ce n'est pas un fichier Vigie"))
    if head and revision != schema.head_revision():
        raise _hollow(target, tr("storage", "schéma {revision}").format(revision=revision))
    missing = schema.expected_tables(revision) - tables
    if missing:
        raise _hollow(target, tr("storage", "{count} tables absentes").format(
            count=len(missing)))
    if check != [("ok",)]:
        raise _hollow(target, tr("storage", "contrôle d'intégrité en échec"))
    return revision


def _hollow(target: Path, why: str) -> SaveFailed:
    return SaveFailed(target, tr("storage", "la copie à écrire est incomplète : {why} ; le "
                                 "fichier n'a pas été modifié").format(why=why))


def _check_media(request: SaveRequest, size: int) -> None:
    """Refuse to write on media that is gone, replaced, or too full."""
    folder = request.target.parent
    try:
        device = os.stat(folder).st_dev
    except OSError as error:
        raise SaveFailed(request.target, tr("storage", "le dossier n'est plus accessible")
                         ) from error
    if request.folder_dev is not None and device != request.folder_dev:
        raise SaveFailed(request.target, tr(
            "storage", "le support n'est plus celui d'où le fichier a été ouvert : clé "
            "retirée ou lecteur déconnecté ? Rien n'y a été écrit"))
    if request.check_target and not request.target.exists():
        raise SaveFailed(request.target, tr(
            "storage", "le fichier n'est plus dans son dossier « {folder} »").format(
            folder=folder))
    free = files.free_bytes(folder)
    if free is not None and free < size + MARGIN:
        raise SaveFailed(request.target, _missing(size + MARGIN - free, folder))


def _missing(amount: int, folder: Path) -> str:
    from app.services.formatting import format_size

    return tr("storage", "il manque {amount} sur « {folder} »").format(
        amount=format_size(amount), folder=folder)


def _write_and_replace(request: SaveRequest, snapshot: Path, tmp: Path) -> str:
    target = request.target
    files.discard(tmp)  # only the lock holder writes this name: a leftover of a crash
    try:
        original = os.stat(target) if request.check_target else _stat_or_none(target)
        digest = files.copy_hashing(snapshot, tmp, mode_of=original)
        _check_written(tmp, snapshot, target)
        seen = _unchanged(request) if request.check_target else None
        if request.before_replace is not None:
            request.before_replace(digest)
        if seen is not None and _identity(target) != seen:
            raise FileChangedOnDisk(target)
        aside = _side_files_aside(target)
        files.replace(tmp, target)
        for side in aside:
            files.discard(side)
    except StorageError:
        raise
    except OSError as error:
        if files.is_disk_full(error):
            raise SaveFailed(target, _missing(MARGIN, target.parent)) from error
        raise SaveFailed(target, files.describe(error)) from error
    files.fsync_dir(target.parent)
    if request.after_replace is not None:
        request.after_replace(digest)
    return digest


def _check_written(tmp: Path, snapshot: Path, target: Path) -> None:
    """The copy on the user's media is the checked snapshot, byte for byte: its size and
    header are read back (its bytes were hashed as they were written)."""
    from app.storage.engine import read_header

    if tmp.stat().st_size != snapshot.stat().st_size or read_header(tmp) != read_header(
            snapshot):
        raise SaveFailed(target, tr("storage", "la copie écrite ne se relit pas"))


def _side_files_aside(target: Path) -> list[Path]:
    """Move a `-journal` or `-wal` another program left beside the file out of its way.

    The opening copied them and let SQLite recover the copy, so what they held is in the
    file about to be written; left beside it, SQLite would play them into the new file and
    damage it. They are renamed before the replace (a crash between the two leaves the
    changes in the working copy, offered back at the next start) and removed after it.
    """
    moved = []
    for suffix in ("-journal", "-wal", "-shm"):
        side = Path(f"{target}{suffix}")
        if side.exists():
            aside = files.temp_path(side).with_suffix(".old")
            files.replace(side, aside)
            moved.append(aside)
    return moved


def _unchanged(request: SaveRequest) -> tuple[int, int, int]:
    """The identity of the target, after checking by content that it is still ours."""
    before = _identity(request.target)
    if files.sha256(request.target) not in request.known:
        raise FileChangedOnDisk(request.target)
    return before


def _identity(path: Path) -> tuple[int, int, int]:
    st = os.stat(path)
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def restore_backup(source: Path, out: Path) -> None:
    """Write a backup to a new client file `out`, after the checks of an opening.

    `out` must not exist: a restore never replaces a file.
    """
    from app.storage import opening

    source, out = paths.absolute(source), paths.absolute(out)
    opening.check_path(source)
    if out.exists():
        raise StorageError(tr("storage", "« {name} » existe déjà : choisissez un autre nom ; "
                              "rien n'a été remplacé.").format(name=out.name))
    with tempfile.TemporaryDirectory(prefix="restore-", dir=paths.work_dir()) as folder:
        copy = Path(folder) / "restore.sqlite"
        opening.copy_checked(source, copy, hashing=False)
        write_file(SaveRequest(working=copy, target=paths.real(out), check_target=False,
                               head=False))


class SaveJob(Background[str]):
    """A save running on a worker thread, with no Qt object in it; `result()` is the hash
    of the written file, or raises the StorageError that stopped the save."""

    def __init__(self, request: SaveRequest, changes: int) -> None:
        self.request = request
        self.changes = changes  # the document's change count when the snapshot was asked
        super().__init__(self._save, "vigie-save")

    def _save(self) -> str:
        try:
            return write_file(self.request)
        except StorageError:
            raise
        except Exception as error:  # an unexpected failure still keeps every change
            raise SaveFailed(self.request.target, files.describe(error)) from error
