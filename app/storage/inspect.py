"""`vigie check`: what a client file holds and whether it is healthy, without changing it."""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app.models import metadata
from app.storage import backup, schema
from app.storage.engine import connect_read_only
from app.storage.errors import DamagedFile, MissingFile
from app.storage.opening import check_header, validate

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

    @property
    def needs_migration(self) -> bool:
        return self.revision != self.head

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.foreign_key_problems == 0


def inspect_file(path: Path) -> FileReport:
    """Check a client file on a private copy; raises FileRefused for a file Vigie refuses."""
    path = Path(path).resolve()
    if not path.is_file():
        raise MissingFile(path)
    check_header(path)
    with tempfile.TemporaryDirectory(prefix="vigie-check-") as folder:
        copy = Path(folder) / "copy.sqlite"
        try:
            source = connect_read_only(path)
            try:
                backup.copy_database(source, copy)
            finally:
                source.close()
        except sqlite3.Error as error:
            raise DamagedFile(path, str(error)) from error
        revision = validate(path, copy, thorough=True)
        connection = sqlite3.connect(copy)
        try:
            report = FileReport(path, revision, schema.head_revision())
            report.foreign_key_problems = len(
                connection.execute("PRAGMA foreign_key_check").fetchall()
            )
            existing = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master")
            }
            for table in COUNTED_TABLES:
                if table in existing and table in metadata.tables:
                    count = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()
                    report.counts[table] = count[0]
        finally:
            connection.close()
    return report
