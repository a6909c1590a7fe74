"""Rolling backups of every client file opened, checked before they are kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app import clock
from app.storage import paths

KEEP = 10  #: rolling backups kept per file (pre-migration backups are kept apart)


def copy_database(source: Path | sqlite3.Connection, target: Path) -> None:
    """Copy a database with SQLite's backup API into a self-contained file (no WAL)."""
    src = source if isinstance(source, sqlite3.Connection) else _connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        if src is not source:
            src.close()


def quick_check(path: Path) -> bool:
    """True when the database at `path` passes SQLite's quick_check."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return rows == [("ok",)]


def make_backup(source: Path, file_id: str, stem: str, *, label: str = "") -> Path | None:
    """Back up `source`; returns the kept backup, or None if it did not check out."""
    stamp = clock.now_precise().strftime("%Y%m%d-%H%M%S-%f")
    suffix = f"-{label}" if label else ""
    target = paths.backup_dir(file_id) / f"{stem}-{stamp}{suffix}{paths.FILE_SUFFIX}"
    try:
        copy_database(source, target)
    except (sqlite3.Error, OSError):
        target.unlink(missing_ok=True)
        return None
    if not quick_check(target):
        target.unlink(missing_ok=True)
        return None
    if not label:
        rotate(file_id)
    return target


def rolling_backups(file_id: str) -> list[Path]:
    """The rolling backups of a file, oldest first."""
    folder = paths.backup_dir(file_id)
    return sorted(p for p in folder.glob(f"*{paths.FILE_SUFFIX}") if _is_rolling(p))


def rotate(file_id: str, keep: int = KEEP) -> None:
    """Keep the `keep` newest rolling backups of a file."""
    for old in rolling_backups(file_id)[:-keep]:
        old.unlink(missing_ok=True)


def _is_rolling(path: Path) -> bool:
    return not path.stem.endswith("-before-migration")


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)
