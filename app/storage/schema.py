"""Schema versions of a client file, managed by Alembic and run from code."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.storage.engine import APPLICATION_ID, make_engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """An Alembic configuration pointing at Vigie's migrations (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The schema revision this version of Vigie writes."""
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def stored_revision(connection: sqlite3.Connection) -> str | None:
    """The revision recorded in a file, or None when it has no Alembic version table."""
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def upgrade(path: Path, target: str = "head") -> None:
    """Migrate the database at `path` to `target` in one transaction, or leave it as it was.

    Foreign keys are off during the run (batch migrations recreate tables) and checked
    before the commit; the application id and user_version are written in the same
    transaction, so a failure leaves nothing half-done.
    """
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            raw.execute("PRAGMA foreign_keys = OFF")
            with connection.begin():
                command.upgrade(alembic_config(connection), target)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise sa.exc.IntegrityError(
                        "PRAGMA foreign_key_check", None, Exception(f"{problems[:3]}")
                    )
                revision = MigrationContext.configure(connection).get_current_revision()
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.exec_driver_sql(f"PRAGMA user_version = {_as_int(revision)}")
            raw.execute("PRAGMA foreign_keys = ON")
    finally:
        engine.dispose()


def _as_int(revision: str | None) -> int:
    """Revisions are numbered "0001", "0002"…; user_version mirrors that number."""
    digits = "".join(ch for ch in (revision or "") if ch.isdigit())
    return int(digits[:9] or 0)
