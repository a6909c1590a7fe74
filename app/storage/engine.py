"""SQLAlchemy engines on a working copy, with the pragmas a client file relies on.

SQLAlchemy and SQLModel are imported by the functions that use them: opening a file starts
with sqlite3 alone (`app.storage.opening`), which `vigie report` runs while they import.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlalchemy as sa
    from sqlmodel import Session

#: "VIGI" — marks a SQLite file as a Vigie client file (PRAGMA application_id).
APPLICATION_ID = 0x56494749
SQLITE_MAGIC = b"SQLite format 3\x00"


def make_engine(
    path: Path,
    *,
    read_only: bool = False,
    before_commit: Callable[[sqlite3.Connection], None] | None = None,
) -> sa.Engine:
    """An engine on a local working copy.

    Transactions are real SQLite transactions (BEGIN issued by us, DDL included), foreign
    keys are enforced, and the working copy runs in WAL with synchronous=FULL: it lives on a
    local disk, and every commit must survive a crash. A read-only engine refuses writes in
    SQLite itself (query_only). `before_commit` sees the raw connection before each commit.
    """
    import sqlalchemy as sa
    from sqlalchemy import event

    engine = sa.create_engine(f"sqlite:///{path}", connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see below
        for pragma in (
            "foreign_keys = ON",
            "journal_mode = WAL",
            "synchronous = FULL",
            "secure_delete = ON",
            f"query_only = {1 if read_only else 0}",
        ):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    if before_commit is not None:

        @event.listens_for(engine, "commit")
        def _on_commit(connection: sa.Connection) -> None:
            before_commit(connection.connection.dbapi_connection)

    return engine


@contextmanager
def session_scope(engine: sa.Engine) -> Iterator[Session]:
    """One unit of work: commits when the block ends, rolls back if it raises."""
    from sqlmodel import Session

    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def read_header(path: Path) -> bytes:
    """The first 100 bytes of a file (the SQLite header), read without opening SQLite."""
    with open(path, "rb") as f:
        return f.read(100)


def application_id(header: bytes) -> int:
    """The application_id stored in a SQLite header."""
    return int.from_bytes(header[68:72], "big")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A sqlite3 connection that cannot modify `path` in any way."""
    from app.storage.paths import sqlite_uri

    return sqlite3.connect(sqlite_uri(Path(os.path.abspath(path)), mode="ro"), uri=True)
