"""A change made of several writes, recorded row by row so that it can be undone and redone.

The services that edit a committee's sheet or the action plan write through a `ChangeSet`:
each insert, update or delete keeps the row as it was before and as it is after. Undo
writes the "before" images back in reverse order, redo the "after" images in order, ids
included: a change of ten rows (a committee prepared from the last one, five actions closed
at once, an agenda reordered under its unique positions) is one step of the undo stack.

Only rows written here are restored: deletes that cascade to other tables go through
`app.services.records` instead, whose snapshots follow the foreign keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

Row = dict[str, Any]


@dataclass
class _Step:
    table: str
    key: Row  # the primary key's columns and values
    before: Row | None  # None: the row did not exist
    after: Row | None  # None: the row was deleted


@dataclass
class ChangeSet:
    """The rows a change wrote, before and after, in the order it wrote them."""

    steps: list[_Step] = field(default_factory=list)

    def insert(self, session: Session, model: type[SQLModel], values: Row) -> int:
        """Insert a row; returns its id (0 for a table keyed by other columns)."""
        table = _table(model)
        result = session.execute(sa.insert(table).values(**values))
        key = {c.name: values[c.name] for c in table.primary_key.columns if c.name in values}
        if len(key) < len(table.primary_key.columns):
            key = dict(zip((c.name for c in table.primary_key.columns),
                           result.inserted_primary_key, strict=True))
        self.steps.append(_Step(table.name, key, None, _read(session, table, key)))
        return int(key.get("id", 0))

    def update(self, session: Session, model: type[SQLModel], key: int | Row,
               values: Row) -> Row:
        """Change some columns of a row; returns the row as it was."""
        table, key = _table(model), _key(key)
        before = _read(session, table, key)
        if before is None:
            raise LookupError(f"{table.name} {key} does not exist")
        session.execute(sa.update(table).where(_where(table, key)).values(**values))
        self.steps.append(_Step(table.name, key, before, {**before, **values}))
        return before

    def delete(self, session: Session, model: type[SQLModel], key: int | Row) -> None:
        """Delete a row that nothing cascades from."""
        table, key = _table(model), _key(key)
        before = _read(session, table, key)
        if before is None:
            return
        session.execute(sa.delete(table).where(_where(table, key)))
        self.steps.append(_Step(table.name, key, before, None))

    def undo(self, session: Session) -> None:
        """Put back every row as it was before the change."""
        for step in reversed(self.steps):
            _write(session, step, step.before, step.after)

    def redo(self, session: Session) -> None:
        """Write every row again as the change left it."""
        for step in self.steps:
            _write(session, step, step.after, step.before)

    def merge(self, later: ChangeSet) -> None:
        """Fold a later change of the same rows into this one: its "after" images win."""
        mine = {(s.table, tuple(sorted(s.key.items()))): s for s in self.steps}
        for step in later.steps:
            known = mine.get((step.table, tuple(sorted(step.key.items()))))
            if known is not None and known.after is not None and step.before is not None:
                known.after = step.after
            else:
                self.steps.append(step)


def _write(session: Session, step: _Step, image: Row | None, other: Row | None) -> None:
    """Make the row match `image`, coming from the state `other`."""
    table = _table_named(step.table)
    if image is None:
        session.execute(sa.delete(table).where(_where(table, step.key)))
    elif other is None:
        session.execute(sa.insert(table).values(**image))
    else:
        session.execute(sa.update(table).where(_where(table, step.key)).values(**image))


def _read(session: Session, table: sa.Table, key: Row) -> Row | None:
    found = session.execute(sa.select(table).where(_where(table, key))).mappings().first()
    return None if found is None else dict(found)


def _where(table: sa.Table, key: Row) -> Any:
    return sa.and_(*(table.c[name] == value for name, value in key.items()))


def _key(key: int | Row) -> Row:
    return {"id": key} if isinstance(key, int) else dict(key)


def _table(model: type[SQLModel]) -> sa.Table:
    return model.__table__  # type: ignore[attr-defined]


def _table_named(name: str) -> sa.Table:
    return SQLModel.metadata.tables[name]
