"""Deleting anything can be undone exactly, dependents and cleared references included."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from app.models import (
    Action,
    Contact,
    Contract,
    ContractKind,
    Indicator,
    IndicatorCategory,
    Measurement,
    Side,
    Supplier,
)
from app.services import records


def dump(session) -> dict[str, list[tuple]]:
    from app.models import metadata

    return {
        t.name: sorted(map(tuple, session.execute(sa.select(t)).all()), key=repr)
        for t in metadata.sorted_tables
    }


def fill(session) -> int:
    supplier = records.create(session, Supplier, {"name": "Atos"})
    owner = records.create(session, Contact, {"name": "Jeanne Martin", "side": Side.SUPPLIER,
                                               "supplier_id": supplier})
    contract = records.create(session, Contract, {
        "supplier_id": supplier, "reference": "CTR-1", "title": "Infogérance",
        "kind": ContractKind.MANAGED_SERVICES, "start_date": dt.date(2025, 1, 1)})
    indicator = records.create(session, Indicator, {
        "contract_id": contract, "code": "SLA-01", "name": "Disponibilité",
        "category": IndicatorCategory.SERVICE_LEVEL, "target": 99.5})
    for month in range(1, 7):
        period = dt.date(2026, month, 1)
        records.create(session, Measurement, {
            "indicator_id": indicator, "period": period, "value": 99.0 + month / 10})
    client = records.create(session, Contact, {"name": "Paul DSI", "side": Side.CLIENT})
    records.create(session, Action, {"title": "Relancer", "owner_id": owner,
                                     "supplier_id": supplier, "contract_id": contract})
    records.create(session, Action, {"title": "Valider le PAQ", "owner_id": client})
    return supplier


def test_delete_then_restore_gives_back_exactly_what_was_there(client_file) -> None:
    with client_file.session() as session:
        supplier = fill(session)
        before = dump(session)

    with client_file.session() as session:
        assert records.dependents(session, Supplier, supplier) == [
            "1 contact", "1 contrat", "1 indicateur", "6 mesures"]
        snapshot = records.delete(session, Supplier, supplier)
    with client_file.session() as session:
        after_delete = dump(session)
        assert after_delete["measurement"] == []
        orphan = session.get(Action, 1)
        assert (orphan.owner_id, orphan.supplier_id, orphan.contract_id) == (None, None, None)

    with client_file.session() as session:
        records.restore(session, snapshot)
    with client_file.session() as session:
        assert dump(session) == before


def test_update_returns_what_undo_needs(client_file) -> None:
    with client_file.session() as session:
        supplier = records.create(session, Supplier, {"name": "Sopra", "notes": "v1"})
        previous = records.update(session, Supplier, supplier, {"notes": "v2", "website": "x"})
        assert previous == {"notes": "v1", "website": ""}
        records.update(session, Supplier, supplier, previous)
        row = session.get(Supplier, supplier)
        assert (row.notes, row.website) == ("v1", "")
