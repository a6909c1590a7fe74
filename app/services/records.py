"""Generic create / update / delete of any table, with snapshots that make each undoable.

Deleting a row takes with it what the database cascades (a supplier's contracts, their
indicators and measurements…) and clears what it sets to NULL (an action's owner). A
`Snapshot` records all of it before the delete, so that `restore` puts back exactly what
was there, ids included. The undo commands of the UI are built on these four functions.
A measurement written here is moved to its period's first day
(`measurement_store.normalised_row`, the rule the import and the grid follow too).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from app.i18n import tr
from app.models import metadata
from app.services import measurement_store
from app.services.formatting import plural

Row = dict[str, Any]

#: French nouns of the tables (singular, plural), used to say what goes with a deleted row.
TABLE_NOUNS = {
    "supplier": ("prestataire", "prestataires"),
    "contact": ("contact", "contacts"),
    "contract": ("contrat", "contrats"),
    "indicator": ("indicateur", "indicateurs"),
    "measurement": ("mesure", "mesures"),
    "invoice": ("facture", "factures"),
    "committee": ("comité", "comités"),
    "committee_contract": ("lien comité–contrat", "liens comité–contrat"),
    "committee_participant": ("participation à un comité", "participations à des comités"),
    "agenda_item": ("point d'ordre du jour", "points d'ordre du jour"),
    "decision": ("décision", "décisions"),
    "action": ("action", "actions"),
    "action_update": ("suivi d'action", "suivis d'actions"),
    "reversibility_milestone": ("jalon de réversibilité", "jalons de réversibilité"),
    "readiness_item": ("élément de la check-list de réversibilité",
                       "éléments de la check-list de réversibilité"),
    "attachment": ("document joint", "documents joints"),
}

#: Tables whose written values a service puts in shape first (the same rule for every path).
_NORMALISERS = {"measurement": measurement_store.normalised_row}


@dataclass
class Snapshot:
    """Every row a delete removes or changes, to put them back as they were."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    nulled: list[tuple[str, Row, str, Any]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


def create(session: Session, model: type[SQLModel], values: Row) -> int:
    """Insert a row and return its id."""
    table = _table(model)
    values = _normalised(session, table, values)
    result = session.execute(sa.insert(table).values(**values))
    session.flush()
    return int(values.get("id") or result.inserted_primary_key[0])


def update(session: Session, model: type[SQLModel], row_id: int, values: Row) -> Row:
    """Change some columns of a row; returns their previous values (to undo)."""
    table = _table(model)
    values = _normalised(session, table, values, row_id)
    current = session.execute(sa.select(table).where(table.c.id == row_id)).mappings().one()
    previous = {name: current[name] for name in values}
    session.execute(sa.update(table).where(table.c.id == row_id).values(**values))
    return previous


def delete(session: Session, model: type[SQLModel], row_id: int) -> Snapshot:
    """Delete a row with everything the database cascades; returns what to restore."""
    table = _table(model)
    snapshot = take_snapshot(session, table, [row_id])
    session.execute(sa.delete(table).where(table.c.id == row_id))
    return snapshot


def restore(session: Session, snapshot: Snapshot) -> None:
    """Put back the rows of a snapshot, parents first, and the references it cleared."""
    for table in metadata.sorted_tables:
        rows = snapshot.rows.get(table.name)
        if rows:
            session.execute(sa.insert(table), rows)
    for table_name, key, column, value in snapshot.nulled:
        table = metadata.tables[table_name]
        condition = sa.and_(*(table.c[name] == v for name, v in key.items()))
        session.execute(sa.update(table).where(condition).values({column: value}))


def count_rows(session: Session, model: type[SQLModel]) -> int:
    """How many rows the table of `model` holds."""
    return int(session.scalar(sa.select(sa.func.count()).select_from(_table(model))) or 0)


def dependents(session: Session, model: type[SQLModel], row_id: int) -> list[str]:
    """What deleting a row would take with it, in French (« 3 contrats », « 1 mesure »…)."""
    table = _table(model)
    snapshot = take_snapshot(session, table, [row_id])
    lines = []
    for other in metadata.sorted_tables:
        count = snapshot.count(other.name) - (1 if other is table else 0)
        if count > 0:
            singular, plural_form = TABLE_NOUNS.get(other.name, (other.name, other.name))
            lines.append(plural(count, tr("records", singular), tr("records", plural_form)))
    return lines


def take_snapshot(session: Session, table: sa.Table, ids: list[int]) -> Snapshot:
    """The rows of `table` with these ids and everything that depends on them."""
    snapshot = Snapshot()
    _collect(session, table, table.c.id.in_(ids), snapshot)
    return snapshot


def _collect(session: Session, table: sa.Table, where: Any, snapshot: Snapshot) -> None:
    rows = [dict(r) for r in session.execute(sa.select(table).where(where)).mappings()]
    if not rows:
        return
    snapshot.rows.setdefault(table.name, []).extend(rows)
    if "id" not in table.c:
        return
    ids = [row["id"] for row in rows]
    for child, fk in _references_to(table):
        column = fk.parent
        if fk.ondelete == "CASCADE":
            _collect(session, child, column.in_(ids), snapshot)
        elif fk.ondelete == "SET NULL":
            keys = [c.name for c in child.primary_key.columns]
            query = sa.select(*(child.c[k] for k in keys), column).where(column.in_(ids))
            for found in session.execute(query).mappings():
                key = {k: found[k] for k in keys}
                snapshot.nulled.append((child.name, key, column.name, found[column.name]))


def _references_to(table: sa.Table) -> list[tuple[sa.Table, sa.ForeignKey]]:
    found: dict[str, list[tuple[sa.Table, sa.ForeignKey]]] = defaultdict(list)
    for other in metadata.sorted_tables:
        for fk in other.foreign_keys:
            found[fk.column.table.name].append((other, fk))
    return found.get(table.name, [])


def _normalised(session: Session, table: sa.Table, values: Row,
                row_id: int | None = None) -> Row:
    normalise = _NORMALISERS.get(table.name)
    return values if normalise is None else normalise(session, values, row_id)


def _table(model: type[SQLModel]) -> sa.Table:
    return model.__table__  # type: ignore[attr-defined]
