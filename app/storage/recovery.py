"""Working copies left behind: changes a crash or a failed save kept, and debris to clear.

Each process has its own working copies (`work/<file id>.<pid>.sqlite`). One holding
changes its file lacks carries a `.dirty` marker and a `.json` naming its file and its
process. It is offered back only when that process is gone (or is this one and no longer
has the file open): a copy of a live Vigie is never offered, and never touched.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.storage import backup, files, paths, process, schema
from app.storage.engine import APPLICATION_ID, application_id, read_header

#: Working copies of open files in this process (the others of this process are leftovers).
LIVE: set[Path] = set()
_NAME = re.compile(r"^(?P<id>.+)\.(?P<pid>\d+)(?P<kind>\.ro|\.ro\.opening|\.opening|"
                   r"\.snapshot|)\.sqlite$")


@dataclass(frozen=True)
class Recoverable:
    """A working copy holding changes its file does not have."""

    path: Path  # the client file it belongs to
    working: Path
    changed_at: dt.datetime
    meta: dict


def read_meta(working: Path) -> dict:
    """The metadata of a working copy ({} when it has none or cannot be read)."""
    try:
        meta = json.loads(files.meta_path(working).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def _orphaned(working: Path, meta: dict) -> bool:
    """True when no running process works on this copy any more."""
    owner = meta.get("owner") or {}
    try:
        pid = int(owner.get("pid") or _NAME.match(working.name)["pid"])  # type: ignore[index]
    except (TypeError, ValueError):
        return True
    if pid == os.getpid():
        return working not in LIVE
    return not process.alive(pid, owner.get("token"))


def candidates(file_id: str | None = None) -> list[Recoverable]:
    """Orphaned working copies with unsaved changes, newest first (of one file, or all)."""
    pattern = f"{file_id}.*.dirty" if file_id else "*.dirty"
    found = []
    for marker in paths.work_dir().glob(pattern):
        working = marker.with_suffix(".sqlite")
        meta = read_meta(working)
        if not working.exists() or not meta.get("path") or not _orphaned(working, meta):
            continue
        if not _looks_whole(working):
            files.remove_working_copy(working)  # an empty database holds nothing to recover
            continue
        changed = dt.datetime.fromtimestamp(_newest_mtime(working))
        found.append(Recoverable(Path(meta["path"]), working, changed, meta))
    return sorted(found, key=lambda r: r.changed_at, reverse=True)


def _looks_whole(working: Path) -> bool:
    """A cheap look: Vigie's id in the header and the tables of its revision present."""
    try:
        if application_id(read_header(working)) != APPLICATION_ID:
            return False
        connection = sqlite3.connect(paths.sqlite_uri(working, mode="ro"), uri=True)
        try:
            revision = schema.stored_revision(connection)
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except (OSError, sqlite3.Error, UnicodeDecodeError):
        return False
    return revision in schema.known_revisions() and schema.expected_tables(revision) <= tables


def adopt(found: Recoverable, working: Path) -> bool:
    """Make a leftover this process's working copy; False when it does not check out."""
    if found.working == working:  # left by this very process (a save failed, then close)
        if backup.quick_check(working):
            return True
        _set_aside(working)
        return False
    files.remove_working_copy(working)
    try:
        backup.copy_database(found.working, working)
    except (sqlite3.Error, OSError):
        files.remove_working_copy(working)
        return False
    if not backup.quick_check(working):
        files.remove_working_copy(working)
        _set_aside(found.working)
        return False
    files.remove_working_copy(found.working)
    return True


def _set_aside(working: Path) -> None:
    """Keep a damaged leftover out of the way (never offered again, never deleted)."""
    aside = paths.data_dir() / "damaged"
    aside.mkdir(exist_ok=True)
    for suffix in ("", "-wal"):
        source = Path(f"{working}{suffix}")
        if source.exists():
            files.retry_sharing(lambda s=source: os.replace(s, aside / s.name), quiet=True)
    files.remove_working_copy(working)


def clear_debris() -> None:
    """Remove what dead processes left that holds no change: read-only copies, openings
    and snapshots under way, and working copies without a dirty marker."""
    for copy in paths.work_dir().glob("*.sqlite"):
        match = _NAME.match(copy.name)
        if match is None or (files.marker_path(copy).exists() and not match["kind"]):
            continue
        pid = int(match["pid"])
        if pid == os.getpid() or process.alive(pid, read_meta(copy).get("owner", {}).get(
                "token")):
            continue
        files.remove_working_copy(copy)


def _newest_mtime(working: Path) -> float:
    candidates_ = [working, Path(f"{working}-wal")]
    return max(p.stat().st_mtime for p in candidates_ if p.exists())
