"""Reading a user's file into a working copy: refuse what is not ours, back up, migrate."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.i18n import tr
from app.storage import backup, schema
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
