"""Backups of every client file, in the user data directory, checked before they are kept.

A backup is taken when a file is opened (`open`), at the first save after it was opened
(`first-change`), at the save that closes it (`close`), and before a migration
(`before-migration`). Each is a complete SQLite file (no `-journal` beside it) that passed
quick_check. The rolling ones are thinned: the 10 newest, then the newest of each day for
two weeks; the pre-migration ones: the 2 newest (they had piled up to 9 times the file).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app import clock
from app.i18n import tr
from app.storage import files, paths

OPEN = "open"
FIRST_CHANGE = "first-change"
CLOSE = "close"
BEFORE_MIGRATION = "before-migration"

KEEP = 10  #: newest rolling backups always kept
KEEP_DAYS = 14  #: then the newest of each of that many days
KEEP_MIGRATION = 2  #: newest pre-migration backups kept

#: Tables counted in the list of backups, so that a user recognises the one to restore.
COUNTED = ("supplier", "contract", "indicator", "measurement", "committee", "action",
           "attachment")
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})(?:-([a-z-]+))?\.vigie$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup of a client file, as the list of backups shows it."""

    path: Path
    taken_at: dt.datetime
    label: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    ok: bool = True


def copy_database(
    source: Path | sqlite3.Connection, target: Path, *, flush: bool = True
) -> None:
    """Copy a database with SQLite's backup API into a self-contained file (no WAL).

    `flush=False` spares the flushes to the disk, for a local copy that is only a step.
    """
    src = source if isinstance(source, sqlite3.Connection) else sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            if not flush:
                dst.execute("PRAGMA synchronous = OFF")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        if src is not source:
            src.close()


def quick_check(path: Path) -> bool:
    """True when the database at `path` passes SQLite's quick_check (read without any
    side file: `immutable`)."""
    try:
        connection = sqlite3.connect(paths.sqlite_uri(path, mode="ro", immutable="1"),
                                     uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return rows == [("ok",)]


def backup_path(file_id: str, stem: str, label: str) -> Path:
    """Where a new backup of a file goes, named after the moment and why it was taken."""
    stamp = clock.now_precise().strftime("%Y%m%d-%H%M%S-%f")
    return paths.backup_dir(file_id) / f"{stem}-{stamp}-{label}{paths.FILE_SUFFIX}"


def make_backup(
    source: Path, file_id: str, stem: str, *, label: str = OPEN, checked: bool = False
) -> Path | None:
    """Back up a working copy; returns the kept backup, or None if it did not check out.

    `checked`: the source is a self-contained file that was just checked (an opening's
    copy, before any change): a plain copy of it needs no second check.
    """
    target = backup_path(file_id, stem, label)
    try:
        if checked:
            shutil.copyfile(source, target)
        else:
            copy_database(source, target)
    except (sqlite3.Error, OSError):
        files.discard(target)
        return None
    return _keep_if_sound(target, file_id, checked=checked)


def keep_copy(copy: Path, file_id: str, stem: str, *, label: str) -> Path | None:
    """Keep a checked, self-contained copy (a save's snapshot) as a backup, by moving it."""
    target = backup_path(file_id, stem, label)
    try:
        os.replace(copy, target)
    except OSError:
        return None
    return _keep_if_sound(target, file_id, checked=True)


def _keep_if_sound(target: Path, file_id: str, *, checked: bool = False) -> Path | None:
    """Keep a backup that is complete (no journal beside it) and passes quick_check (run
    here unless the copy was checked just before it was made)."""
    journal = Path(f"{target}-journal")
    if journal.exists() or not (checked or quick_check(target)):
        files.discard(target)
        files.discard(journal)
        return None
    rotate(file_id)
    return target


def backups_of(file_id: str) -> list[Path]:
    """Every backup of a file, oldest first."""
    folder = paths.data_dir() / "backups" / file_id
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob(f"*{paths.FILE_SUFFIX}") if _NAME.search(p.name)),
                  key=lambda p: _NAME.search(p.name).group(1))  # type: ignore[union-attr]


def rolling_backups(file_id: str) -> list[Path]:
    """The rolling backups of a file (all but the pre-migration ones), oldest first."""
    return [p for p in backups_of(file_id) if label_of(p) != BEFORE_MIGRATION]


def label_of(path: Path) -> str:
    """Why a backup was taken (backups of older Vigie versions have no label: `open`)."""
    found = _NAME.search(path.name)
    return (found.group(2) if found and found.group(2) else OPEN)


def taken_at(path: Path) -> dt.datetime:
    """When a backup was taken, from its name."""
    found = _NAME.search(path.name)
    assert found is not None
    return dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S-%f")


def rotate(file_id: str) -> None:
    """Thin a file's backups: the KEEP newest rolling ones, then one a day for KEEP_DAYS
    days; the KEEP_MIGRATION newest pre-migration ones."""
    rolling = list(reversed(rolling_backups(file_id)))  # newest first
    kept = set(rolling[:KEEP])
    days = {taken_at(backup).date() for backup in kept}
    older_days = 0
    for backup in rolling[KEEP:]:
        day = taken_at(backup).date()
        if day not in days and older_days < KEEP_DAYS:
            days.add(day)
            older_days += 1
            kept.add(backup)
    migration = [p for p in backups_of(file_id) if label_of(p) == BEFORE_MIGRATION]
    kept.update(migration[-KEEP_MIGRATION:])
    for backup in backups_of(file_id):
        if backup not in kept:
            files.discard(backup)


def describe_backups(path: Path) -> list[BackupInfo]:
    """The backups of the client file at `path`, newest first, with what each holds."""
    found = []
    for backup in reversed(backups_of(paths.file_id(path))):
        counts, ok = _counts(backup)
        found.append(BackupInfo(backup, taken_at(backup), label_of(backup),
                                backup.stat().st_size, counts, ok))
    return found


def _counts(backup: Path) -> tuple[dict[str, int], bool]:
    try:
        connection = sqlite3.connect(paths.sqlite_uri(backup, mode="ro", immutable="1"),
                                     uri=True)
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                    for table in COUNTED if table in tables}, True
        finally:
            connection.close()
    except sqlite3.Error:
        return {}, False


def moment_label(label: str) -> str:
    """Why a backup was taken, as the user reads it."""
    return {
        OPEN: tr("storage", "à l'ouverture"),
        FIRST_CHANGE: tr("storage", "après la première modification"),
        CLOSE: tr("storage", "à la fermeture"),
        BEFORE_MIGRATION: tr("storage", "avant mise à jour du schéma"),
    }.get(label, label)


#: How the counts of a backup are named, in the order they are shown.
_NOUNS = (("supplier", "prestataire"), ("contract", "contrat"), ("indicator", "indicateur"),
          ("measurement", "mesure"), ("committee", "comité"), ("action", "action"),
          ("attachment", "document"))


def contents_label(info: BackupInfo) -> str:
    """« 4 prestataires, 7 contrats, 1 comité… », or why the backup cannot be read."""
    if not info.ok:
        return tr("storage", "illisible")
    from app.services.formatting import plural

    parts = [plural(info.counts[table], tr("storage", noun)) for table, noun in _NOUNS
             if info.counts.get(table)]
    return ", ".join(parts) or tr("storage", "vide")
