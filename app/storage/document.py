"""Opening and creating client files as documents: a working copy, a lock, a recovery.

A file that is not a Vigie file, is damaged, or comes from a newer Vigie is refused with
one sentence and left untouched; a file open in another live Vigie of this machine is
offered read-only; a file another machine holds may be opened anyway; what a crash left
unsaved is offered back.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

import sqlalchemy as sa

from app.i18n import tr
from app.models import ClientProfile
from app.storage import files, lock, opening, paths, recovery, saving, schema
from app.storage.client_file import (
    ClientFile,
    guard_new_target,
    media_warning,
    record_saved,
    write_marker,
)
from app.storage.engine import make_engine, session_scope
from app.storage.errors import (
    FileLocked,
    RecoveryAvailable,
    SaveFailed,
    StorageError,
)
from app.storage.saving import SaveRequest

__all__ = ["ClientFile", "IfLocked", "IfRecoverable", "create", "find_recoverable",
           "open_file", "open_read_only"]


class IfLocked(Enum):
    """What to do when the file is open elsewhere."""

    ASK = "ask"  # raise FileLocked so that the caller can ask the user
    READ_ONLY = "read_only"
    OPEN_ANYWAY = "open_anyway"  # only ever breaks another machine's lock


class IfRecoverable(Enum):
    """What to do with a working copy a crash left newer than its file."""

    ASK = "ask"  # raise RecoveryAvailable
    RECOVER = "recover"
    DISCARD = "discard"


# -- creating and opening -----------------------------------------------------------------


def create(path: Path, client_name: str, *, overwrite: bool = False) -> ClientFile:
    """Create a new client file with the full schema and open it.

    `overwrite` replaces an existing file (the caller asked the user first), never one
    another process has open.
    """
    path = paths.absolute(path)
    real = paths.real(path)
    if real.exists() and not overwrite:
        raise StorageError(tr("storage", "« {name} » existe déjà.").format(name=path.name))
    guard_new_target(path)
    if not lock.acquire(real):
        raise SaveFailed(path, tr("storage", "le dossier n'est pas accessible en écriture"))
    file_id = paths.file_id(path)
    working = paths.working_copy(file_id)
    try:
        digest = _build(working, real, client_name, file_id)
    except BaseException:
        lock.release(real)
        files.remove_working_copy(working)
        raise
    document = ClientFile(path, working, known={digest}, folder_dev=_device(real.parent))
    document._store_meta(document._known)
    record_saved(file_id, real, digest)
    return document


def _build(working: Path, real: Path, client_name: str, file_id: str) -> str:
    """Make a new file's working copy and write it; the hash of the written file."""
    files.remove_working_copy(working)
    try:
        schema.upgrade(working)
        engine = make_engine(working)
        with session_scope(engine) as session:
            session.add(ClientProfile(name=client_name))
        engine.dispose()
    except (OSError, sa.exc.SQLAlchemyError) as error:
        raise SaveFailed(real, files.describe(error)) from error
    # The new file exists on disk at once, like any document after File ▸ New.
    return saving.write_file(SaveRequest(working=working, target=real, check_target=False,
                                         file_id=file_id, stem=real.stem))


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
    path = paths.absolute(path)
    opening.check_path(path)
    real = paths.real(path)
    file_id = paths.file_id(path)
    if paths.working_copy(file_id) in recovery.LIVE:  # never two documents on one copy
        raise StorageError(tr("storage", "« {name} » est déjà ouvert dans cette fenêtre.")
                           .format(name=path.name))
    recovery.clear_debris()
    reason = _read_only_media_reason(real) or _take_lock(real, if_locked)
    locked = reason is None
    try:
        if locked:
            files.discard(files.temp_path(real))  # left by a save of ours that a crash cut
            recovered = _recover(path, file_id, if_recoverable)
            if recovered is not None:
                return recovered
        working = paths.working_copy(file_id, read_only=not locked)
        opened = opening.copy_checked(real, working)
        migrated = opening.back_up_and_migrate(path, working, file_id, opened.revision,
                                               back_up=locked)
    except BaseException:
        if locked:
            lock.release(real)
        raise
    document = ClientFile(path, working, read_only_reason=reason, known={opened.sha256},
                          folder_dev=opened.folder_dev)
    if locked:
        _settle_in(document, real, opened.sha256, migrated)
    return document


def _settle_in(document: ClientFile, real: Path, digest: str, migrated: bool) -> None:
    """What a writable opening does once the working copy is ready."""
    document._store_meta(document._known)
    if migrated:
        write_marker(files.marker_path(document.working_path))
        document._dirty = True
    warning = media_warning(document._id, real, digest)
    if warning:
        document.warnings.append(warning)
    names = opening.damaged_attachments(document.working_path)
    if names:
        document.warnings.append(tr(
            "storage", "Documents joints endommagés dans « {file} » : {names}. Leur contenu "
            "ne correspond plus à celui qui a été joint ; restaurez une sauvegarde "
            "(Fichier ▸ Restaurer une sauvegarde…).").format(
            file=document.path.name, names=", ".join(f"« {n} »" for n in names)))


def _take_lock(real: Path, if_locked: IfLocked) -> str | None:
    """Take the file's lock; None when taken, else why the file opens read-only."""
    try:
        taken = lock.acquire(real, break_foreign=if_locked is IfLocked.OPEN_ANYWAY)
    except FileLocked as locked:
        if if_locked is not IfLocked.READ_ONLY:
            raise
        owner = locked.owner
        return tr("storage", "déjà ouvert par {user} sur {host}").format(
            user=owner.user, host=owner.host)
    if not taken:
        return tr("storage", "le dossier du fichier n'est pas accessible en écriture")
    return None


def _recover(path: Path, file_id: str, policy: IfRecoverable) -> ClientFile | None:
    """Offer, take or drop what a crash (or a failed save) left of this file."""
    found = recovery.candidates(file_id)
    if not found:
        return None
    newest = found[0]
    if policy is IfRecoverable.ASK:
        raise RecoveryAvailable(path, newest.changed_at.strftime("%d/%m/%Y à %H:%M"))
    if policy is IfRecoverable.DISCARD:
        for leftover in found:
            files.remove_working_copy(leftover.working)
        return None
    working = paths.working_copy(file_id)
    if not recovery.adopt(newest, working):
        return None
    real = paths.real(path)
    known = set(newest.meta.get("known") or ())
    document = ClientFile(path, working, dirty=True, known=known,
                          folder_dev=_device(real.parent))
    document._store_meta(known)
    write_marker(files.marker_path(working))
    return document


def open_read_only(started: opening.ReadOnlyCopy) -> ClientFile:
    """Finish a read-only opening begun by `opening.start_read_only_copy`.

    Nothing of the user's file is written or locked and no backup is made (nothing will be
    saved); an older file is migrated in its working copy only.
    """
    path = started.path
    opened = started.result()  # raises what refused the file
    try:
        opening.back_up_and_migrate(path, started.working, paths.file_id(path),
                                    opened.revision, back_up=False)
        reason = tr("storage", "ouvert en lecture seule à votre demande")
        return ClientFile(path, started.working, read_only_reason=reason)
    except BaseException:
        files.remove_working_copy(started.working)
        raise


def find_recoverable() -> list[recovery.Recoverable]:
    """Working copies that a crash left newer than their files, newest first."""
    return recovery.candidates()


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


def _device(folder: Path) -> int | None:
    try:
        return os.stat(folder).st_dev
    except OSError:
        return None
