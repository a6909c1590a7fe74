"""Reading a user's file into a working copy: refuse what is not ours, back up, migrate.

The file is copied byte for byte (hashed on the way: that hash is how a later save knows
the file is still the one it opened), with its `-journal` or `-wal` if one lies beside it,
and every check runs on the local copy: SQLite rolls a hot journal back there, never in the
user's file. Only sqlite3 is used up to the migration, so that a read-only opening can run
on a worker thread while the caller imports SQLAlchemy (see `start_read_only_copy`).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from app.i18n import tr
from app.storage import backup, files, paths, schema
from app.storage.background import Background
from app.storage.engine import APPLICATION_ID, SQLITE_MAGIC, application_id, read_header
from app.storage.errors import (
    DamagedFile,
    DiskFull,
    MigrationFailed,
    MissingFile,
    NewerVersionFile,
    NotAFile,
    NotSQLiteFile,
    NotVigieFile,
    UnreadableFile,
)
from app.storage.files import describe, remove_working_copy

#: Files SQLite may leave beside a database: a copy taken without them can be wrong.
SIDE_FILES = ("-journal", "-wal")
#: Room kept free beyond the copy itself (SQLite's own temporary needs, the metadata).
MARGIN = 4 * 1024 * 1024


@dataclass(frozen=True)
class Opened:
    """What opening learnt of a file: its schema revision and its content as read."""

    revision: str
    sha256: str
    folder_dev: int | None


def check_path(path: Path) -> None:
    """Refuse, in one sentence, a path that is not a readable Vigie file."""
    try:
        st = os.stat(path)
    except FileNotFoundError as error:
        raise MissingFile(path) from error
    except OSError as error:
        raise UnreadableFile(path, describe(error)) from error
    if stat.S_ISDIR(st.st_mode):
        raise NotAFile(path)
    check_header(path)


def check_header(path: Path) -> None:
    """Refuse a file whose first bytes are not those of a Vigie file."""
    try:
        header = read_header(path)
    except FileNotFoundError as error:
        raise MissingFile(path) from error
    except IsADirectoryError as error:
        raise NotAFile(path) from error
    except OSError as error:
        raise UnreadableFile(path, describe(error)) from error
    if not header:
        raise NotVigieFile(path, tr("storage", "fichier vide"))
    if not header.startswith(SQLITE_MAGIC):
        raise NotSQLiteFile(path)
    if len(header) < 100:
        raise DamagedFile(path, tr("storage", "en-tête tronqué"))
    if application_id(header) != APPLICATION_ID:
        raise NotVigieFile(path)


def copy_checked(
    path: Path, working: Path, *, thorough: bool = False, hashing: bool = True
) -> Opened:
    """Copy `path` into `working` and check the copy; what was read.

    `path` is only read. Nothing is left at `working` when the file is refused. A read-only
    opening passes `hashing=False`: it will never save, so it need not know the content.
    """
    opening = working.with_name(working.stem + ".opening.sqlite")
    remove_working_copy(opening)
    try:
        digest = _copy_steady(path, opening, hashing)
        revision = validate(path, opening, thorough=thorough)
        remove_working_copy(working)
        os.replace(opening, working)
    finally:
        remove_working_copy(opening)
    return Opened(revision, digest, _device(path.parent))


def _copy_steady(path: Path, copy: Path, hashing: bool) -> str:
    """Copy a file and its side files, again if it changed meanwhile; the copy's SHA-256."""
    for _attempt in range(3):
        before = _stat(path)
        _ensure_room(path, copy.parent, before.st_size)
        try:
            digest = files.copy_hashing(path, copy, flush=False, hashing=hashing)
            for suffix in SIDE_FILES:
                side = Path(f"{path}{suffix}")
                if side.is_file():
                    shutil.copyfile(side, f"{copy}{suffix}")
        except OSError as error:
            remove_working_copy(copy)
            if files.is_disk_full(error):
                raise DiskFull(path, copy.parent) from error
            raise UnreadableFile(path, describe(error)) from error
        after = _stat(path)
        if (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns):
            return digest
        remove_working_copy(copy)
    raise UnreadableFile(path, tr("storage", "il est modifié pendant sa lecture"))


def _stat(path: Path) -> os.stat_result:
    try:
        return os.stat(path)
    except FileNotFoundError as error:
        raise MissingFile(path) from error
    except OSError as error:
        raise UnreadableFile(path, describe(error)) from error


def _ensure_room(path: Path, folder: Path, size: int) -> None:
    """Refuse at once, saying how much is missing, when the working copy cannot fit."""
    free = files.free_bytes(folder)
    sides = sum(Path(f"{path}{s}").stat().st_size for s in SIDE_FILES
                if Path(f"{path}{s}").is_file())
    need = size + sides + MARGIN
    if free is not None and free < need:
        from app.services.formatting import format_size

        raise DiskFull(path, folder, format_size(need - free))


def _device(folder: Path) -> int | None:
    try:
        return os.stat(folder).st_dev
    except OSError:
        return None


def validate(path: Path, copy: Path, *, thorough: bool = False) -> str:
    """The schema revision of a copied file, or the reason it is refused.

    Opening runs SQLite's quick_check (every page and record readable, a few times faster
    on a large file); `vigie check` asks for the thorough integrity_check, which also
    matches every index against its table. The copy is opened for writing: a hot journal
    copied beside it is rolled back there, as SQLite would in the user's file.
    """
    check = "integrity_check" if thorough else "quick_check"
    try:
        connection = sqlite3.connect(copy)
        try:
            result = connection.execute(f"PRAGMA {check}").fetchall()
            if result != [("ok",)]:
                raise DamagedFile(path, tr("storage", "contrôle d'intégrité en échec"))
            app = connection.execute("PRAGMA application_id").fetchone()[0]
            revision = schema.stored_revision(connection)
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.Error as error:
        if files.is_disk_full(error):
            raise DiskFull(path, copy.parent) from error
        raise DamagedFile(path, describe(error)) from error
    except UnicodeDecodeError as error:  # a damaged page where a text was
        raise DamagedFile(path, tr("storage", "texte illisible")) from error
    return _check_contents(path, app, revision, tables)


def _check_contents(path: Path, app: int, revision: str | None, tables: set[str]) -> str:
    if app != APPLICATION_ID:
        raise NotVigieFile(path)
    if revision is None:
        raise NotVigieFile(path, tr("storage", "aucune version de schéma"))
    if revision not in schema.known_revisions():
        raise NewerVersionFile(path, revision)
    missing = sorted(schema.expected_tables(revision) - tables)
    if missing:
        detail = tr("storage", "tables absentes : {tables}").format(
            tables=", ".join(missing[:4]) + ("…" if len(missing) > 4 else ""))
        raise DamagedFile(path, detail)
    return revision


def damaged_attachments(database: Path) -> list[str]:
    """The names of the documents whose bytes no longer match the checksum taken when they
    were attached (zeroed or altered bytes pass SQLite's own checks)."""
    connection = sqlite3.connect(database)
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        rows = connection.execute(
            "SELECT name, sha256, data FROM attachment WHERE sha256 IS NOT NULL")
        return [name for name, digest, data in rows
                if hashlib.sha256(data or b"").hexdigest() != digest]
    except sqlite3.Error:
        return []  # no attachment table yet: an older file, checked after its migration
    finally:
        connection.close()


def back_up_and_migrate(
    path: Path, working: Path, file_id: str, revision: str, *, back_up: bool = True
) -> bool:
    """Back up a checked working copy and migrate it if it is older; True if migrated.

    A read-only opening passes `back_up=False`: the user's file will not be written, so
    neither a rolling nor a pre-migration backup would protect anything (they piled up,
    one per `vigie report` of an older file).
    """
    if back_up:  # the working copy is still the file as read, and was just checked
        backup.make_backup(working, file_id, path.stem, label=backup.OPEN, checked=True)
    if revision == schema.head_revision():
        return False
    if back_up and backup.make_backup(working, file_id, path.stem,
                                      label=backup.BEFORE_MIGRATION) is None:
        remove_working_copy(working)
        raise MigrationFailed(path, tr("storage", "la sauvegarde préalable a échoué"))
    try:
        schema.upgrade(working)
    except Exception as error:
        remove_working_copy(working)
        raise MigrationFailed(path, describe(error)) from error
    return True


class ReadOnlyCopy(Background[Opened]):
    """A read-only opening under way: the file's copy and checks, on a worker thread.

    The copy and the quick_check run in C (file reads, SQLite), which release the GIL:
    `vigie report` starts them, then imports SQLAlchemy and the dashboard meanwhile, and
    `app.storage.document.open_read_only` waits for them (`result()`). The checks are the
    same as any opening's; a refusal is raised in the caller's thread.
    """

    def __init__(self, path: Path, working: Path) -> None:
        self.path = path
        self.working = working
        super().__init__(lambda: copy_checked(path, working, hashing=False), "vigie-open")

    def discard(self) -> None:
        """Give up the opening: wait for the worker, then remove the copy."""
        self.wait()
        remove_working_copy(self.working)


def start_read_only_copy(path: Path) -> ReadOnlyCopy:
    """Begin opening `path` read-only: the path is checked now (a missing or foreign file
    is refused at once), the copy and its checks go on in the background."""
    path = paths.absolute(path)
    check_path(path)
    working = paths.working_copy(paths.file_id(path), read_only=True)
    return ReadOnlyCopy(path, working)
