"""Schema versions of a client file, managed by Alembic and run from code."""

from __future__ import annotations

import functools
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from app.storage.engine import APPLICATION_ID, make_engine

if TYPE_CHECKING:
    import sqlalchemy as sa
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """An Alembic configuration pointing at Vigie's migrations (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@functools.cache
def _scripts() -> dict[str, tuple[str | None, str]]:
    """Each revision: the one it revises, and the text of its upgrade, read from the files.

    Opening or checking a file only needs to know the revisions, not to run them: reading
    the files spares the import of Alembic (half a second) to `vigie check` and `report`.
    """
    found: dict[str, tuple[str | None, str]] = {}
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision = re.search(r"^revision\s*=\s*['\"](\w+)['\"]", text, re.M)
        down = re.search(r"^down_revision\s*=\s*(?:['\"](\w+)['\"]|None)", text, re.M)
        if revision and down:
            found[revision.group(1)] = (down.group(1), text.split("def downgrade", 1)[0])
    return found


def _revision_graph() -> dict[str, str | None]:
    """Each revision and the one it revises."""
    return {revision: down for revision, (down, _text) in _scripts().items()}


@functools.cache
def expected_tables(revision: str) -> frozenset[str]:
    """The tables a file at `revision` must hold, from the migrations' create and drop.

    A file with the right application id and revision but without its tables ("hollow":
    an empty database SQLite created where a working copy vanished) is refused by this.
    """
    chain: list[str] = []
    current: str | None = revision
    while current is not None and current in _scripts():
        chain.append(current)
        current = _scripts()[current][0]
    tables = {"alembic_version"}
    for step in reversed(chain):
        upgrade = _scripts()[step][1]
        tables |= set(re.findall(r"op\.create_table\(\s*['\"](\w+)['\"]", upgrade))
        tables -= set(re.findall(r"op\.drop_table\(\s*['\"](\w+)['\"]", upgrade))
    return frozenset(tables)


def head_revision() -> str:
    """The schema revision this version of Vigie writes."""
    graph = _revision_graph()
    revised = set(graph.values())
    heads = [revision for revision in graph if revision not in revised]
    assert len(heads) == 1, f"the migrations must have one head, not {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    """Every schema revision this version of Vigie can open."""
    return set(_revision_graph())


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
    import sqlalchemy as sa
    from alembic import command
    from alembic.migration import MigrationContext

    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            raw.execute("PRAGMA foreign_keys = OFF")
            with connection.begin():
                command.upgrade(alembic_config(connection), target)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    tables = ", ".join(sorted({str(row[0]) for row in problems}))
                    raise sa.exc.IntegrityError("PRAGMA foreign_key_check", None, Exception(
                        f"références cassées dans : {tables}"))
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
