"""Reading a user's file into a working copy: refuse what is not ours, back up, migrate.

Only sqlite3 is used up to the migration, so that a read-only opening can run on a worker
thread while the caller imports SQLAlchemy (see `start_read_only_copy`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from app.i18n import tr
from app.storage import backup, paths, schema
from app.storage.engine import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    application_id,
    connect_read_only,
    read_header,
)
from app.storage.errors import (
    DamagedFile,
    MigrationFailed,
    MissingFile,
    NewerVersionFile,
    NotSQLiteFile,
    NotVigieFile,
)
from app.storage.files import describe, remove_working_copy


def check_header(path: Path) -> None:
    try:
        header = read_header(path)
    except OSError as error:
        raise MissingFile(path) from error
    if not header:
        raise NotVigieFile(path, tr("storage", "fichier vide"))
    if not header.startswith(SQLITE_MAGIC):
        raise NotSQLiteFile(path)
    if len(header) < 100:
        raise DamagedFile(path, tr("storage", "en-tête tronqué"))
    if application_id(header) != APPLICATION_ID:
        raise NotVigieFile(path)


def copy_and_validate(path: Path, working: Path, file_id: str, *, back_up: bool = True) -> bool:
    """Copy `path` into `working`, check it, back it up and migrate it; True if migrated.

    A read-only open passes `back_up=False`: the user's file will not be written, so a
    rolling backup of it would protect nothing.
    """
    revision = copy_checked(path, working)
    return back_up_and_migrate(path, working, file_id, revision, back_up=back_up)


def copy_checked(path: Path, working: Path) -> str:
    """Copy `path` into `working` (read-only on `path`) and check the copy; its revision.

    Nothing is left at `working` when the file is refused.
    """
    opening = working.with_name(working.stem + ".opening.sqlite")
    remove_working_copy(opening)
    try:
        try:
            source = connect_read_only(path)
            try:
                backup.copy_database(source, opening)
            finally:
                source.close()
        except sqlite3.Error as error:
            raise DamagedFile(path, describe(error)) from error
        revision = validate(path, opening)
        remove_working_copy(working)
        os.replace(opening, working)
    finally:
        remove_working_copy(opening)
    return revision


def back_up_and_migrate(
    path: Path, working: Path, file_id: str, revision: str, *, back_up: bool = True
) -> bool:
    """Back up a checked working copy and migrate it if it is older; True if migrated."""
    if back_up:
        backup.make_backup(working, file_id, path.stem)
    if revision == schema.head_revision():
        return False
    if backup.make_backup(working, file_id, path.stem, label="before-migration") is None:
        remove_working_copy(working)
        raise MigrationFailed(path, tr("storage", "la sauvegarde préalable a échoué"))
    try:
        schema.upgrade(working)
    except Exception as error:
        remove_working_copy(working)
        raise MigrationFailed(path, describe(error)) from error
    return True


def validate(path: Path, copy: Path, *, thorough: bool = False) -> str:
    """The schema revision of a copied file, or the reason it is refused.

    Opening runs SQLite's quick_check (every page and record readable, a few times faster
    on a large file); `vigie check` asks for the thorough integrity_check, which also
    matches every index against its table.
    """
    check = "integrity_check" if thorough else "quick_check"
    try:
        connection = sqlite3.connect(copy)
        try:
            result = connection.execute(f"PRAGMA {check}").fetchall()
            if result != [("ok",)]:
                raise DamagedFile(path, tr("storage", "contrôle d'intégrité en échec"))
            revision = schema.stored_revision(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise DamagedFile(path, describe(error)) from error
    if revision is None:
        raise NotVigieFile(path, tr("storage", "aucune version de schéma"))
    if revision not in schema.known_revisions():
        raise NewerVersionFile(path, revision)
    return revision


class ReadOnlyCopy:
    """A read-only opening under way: the file's copy and checks, on a worker thread.

    The copy (backup API) and the quick_check run inside SQLite, which releases the GIL:
    `vigie report` starts them, then imports SQLAlchemy and the dashboard meanwhile, and
    `app.storage.document.open_read_only` waits for them. The checks are the same as any
    opening's; a refusal is raised by `wait`, in the caller's thread.
    """

    def __init__(self, path: Path, working: Path) -> None:
        self.path = path
        self.working = working
        self._revision = ""
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="vigie-open", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._revision = copy_checked(self.path, self.working)
        except BaseException as error:  # raised again by wait(), where the caller sees it
            self._error = error

    def wait(self) -> str:
        """The schema revision of the checked copy; raises what refused the file."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._revision

    def discard(self) -> None:
        """Give up the opening: wait for the worker, then remove the copy."""
        self._thread.join()
        remove_working_copy(self.working)


def start_read_only_copy(path: Path) -> ReadOnlyCopy:
    """Begin opening `path` read-only: the header is checked now (a missing or foreign file
    is refused at once), the copy and its checks go on in the background."""
    path = Path(path).resolve()
    if not path.is_file():
        raise MissingFile(path)
    check_header(path)
    working = paths.work_dir() / f"{paths.file_id(path)}-ro-{os.getpid()}.sqlite"
    return ReadOnlyCopy(path, working)
