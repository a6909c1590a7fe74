"""`vigie check`: what a client file holds and whether it is healthy, without changing it.

The file is read into a private copy by the same code as an opening, so that `check` says
OK only for a file Vigie opens: the same refusals, then the thorough integrity_check, the
foreign keys, every attached document against its checksum, and, for an older file, its
migration tried on the copy.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app.models import metadata
from app.storage import paths, schema
from app.storage.files import describe
from app.storage.opening import check_path, copy_checked, damaged_attachments

#: The entities counted by `vigie check`, in the order they are printed.
COUNTED_TABLES = (
    "supplier", "contact", "contract", "indicator", "measurement", "invoice", "committee",
    "action", "reversibility_milestone", "attachment",
)


@dataclass
class FileReport:
    """The health and contents of a client file."""

    path: Path
    revision: str
    head: str
    integrity: str = "ok"
    foreign_key_problems: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    damaged_attachments: list[str] = field(default_factory=list)
    migration_problem: str | None = None

    @property
    def needs_migration(self) -> bool:
        return self.revision != self.head

    @property
    def ok(self) -> bool:
        return (self.integrity == "ok" and self.foreign_key_problems == 0
                and not self.damaged_attachments and self.migration_problem is None)


def inspect_file(path: Path) -> FileReport:
    """Check a client file on a private copy; raises FileRefused for a file Vigie refuses."""
    path = paths.absolute(path)
    check_path(path)
    with tempfile.TemporaryDirectory(prefix="vigie-check-") as folder:
        copy = Path(folder) / "copy.sqlite"
        opened = copy_checked(paths.real(path), copy, thorough=True, hashing=False)
        report = FileReport(path, opened.revision, schema.head_revision())
        connection = sqlite3.connect(copy)
        try:
            report.foreign_key_problems = len(
                connection.execute("PRAGMA foreign_key_check").fetchall())
            existing = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            for table in COUNTED_TABLES:
                if table in existing and table in metadata.tables:
                    count = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()
                    report.counts[table] = count[0]
        finally:
            connection.close()
        report.damaged_attachments = damaged_attachments(copy)
        if report.needs_migration:
            report.migration_problem = _try_migration(copy)
    return report


def _try_migration(copy: Path) -> str | None:
    """Migrate the private copy as an opening would; the reason it fails, if it does."""
    try:
        schema.upgrade(copy)
    except Exception as error:
        return describe(error)
    return None
