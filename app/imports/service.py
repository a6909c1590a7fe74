"""The import with the client file: its catalogue, its measurements, the column mappings
remembered per supplier, and the import itself — in the caller's one transaction.

The GUI and the command line both call `preview` to show what would happen, then
`import_report`, which builds the plan again inside the writing transaction and writes
nothing unless it can be imported whole.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from app.i18n import tr
from app.imports.matching import (
    Catalog,
    ContractRef,
    IndicatorRef,
    Role,
    find_header,
    header_key,
)
from app.imports.plan import ImportOptions, ImportPlan, build_plan
from app.imports.reports import Report, ReportRow, read_report
from app.models import Contract, FileSetting, Indicator, Supplier
from app.models.enums import ContractStatus, Direction, Frequency
from app.services import measurement_store, rules
from app.services.measurement_store import MeasureWrite, Replaced

CONTRACT, INDICATOR, SUPPLIER = Contract.__table__, Indicator.__table__, Supplier.__table__
SETTING = FileSetting.__table__
MAPPING_PREFIX = "import_mapping/supplier/"


class ImportRefused(Exception):
    """A report that cannot be imported as it stands; the message says what remains."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ImportDone:
    """What an import wrote, and what it replaced (to undo it)."""

    plan: ImportPlan
    writes: list[MeasureWrite]
    replaced: Replaced


def load_catalog(session: Session, today: dt.date | None = None) -> Catalog:
    """Every contract and indicator of the file, as reports name them; a contract is said
    ended when `rules.is_ended` says so at `today` (without a day: when marked ended)."""
    con, sup, ind = CONTRACT.c, SUPPLIER.c, INDICATOR.c
    contracts = {
        row.id: ContractRef(row.id, row.reference, row.title, row.supplier_id, row.name,
                            _ended(row, today))
        for row in session.execute(
            sa.select(con.id, con.reference, con.title, con.supplier_id, sup.name, con.status,
                      con.ended_on, con.start_date, con.initial_duration_months, con.renewal,
                      con.renewal_period_months, con.notice_period_months)
            .join_from(CONTRACT, SUPPLIER, sup.id == con.supplier_id))
    }
    indicators = [
        IndicatorRef(row.id, row.contract_id, row.code, row.name, row.unit,
                     Direction(row.direction), row.target, row.alert_threshold,
                     Frequency(row.frequency))
        for row in session.execute(
            sa.select(ind.id, ind.contract_id, ind.code, ind.name, ind.unit, ind.direction,
                      ind.target, ind.alert_threshold, ind.frequency))
    ]
    return Catalog(contracts, indicators)


def _ended(row: Any, today: dt.date | None) -> bool:
    if today is None:
        return ContractStatus(row.status) is ContractStatus.ENDED
    return rules.is_ended(rules.ContractTerms.of(row), today)


def contract_choices(session: Session, today: dt.date) -> list[ContractRef]:
    """The contracts a report can be read for: running ones first, by reference."""
    contracts = load_catalog(session, today).contracts.values()
    return sorted(contracts, key=lambda c: (c.ended, c.reference.casefold()))


def remembered_headers(session: Session, supplier_id: int | None = None) -> dict[str, Role]:
    """The header names users mapped before: one supplier's, or every supplier's."""
    key = SETTING.c.key
    query = sa.select(key, SETTING.c.value)
    query = query.where(key == f"{MAPPING_PREFIX}{supplier_id}") if supplier_id is not None \
        else query.where(key.startswith(MAPPING_PREFIX)).order_by(key)
    found: dict[str, Role] = {}
    for row in session.execute(query):
        found.update(_mapping_of(row.value))
    return found


def _mapping_of(value: str) -> dict[str, Role]:
    try:
        columns = json.loads(value).get("columns", {})
        return {str(title): Role(role) for title, role in columns.items()}
    except (ValueError, AttributeError, TypeError):
        return {}  # a setting written by a later Vigie, or damaged: not worth a refusal


def remembered_for(session: Session, catalog: Catalog, contract: str | None
                   ) -> dict[str, Role]:
    """The remembered header names that apply: those of the chosen contract's supplier,
    else every supplier's."""
    chosen = catalog.contract(contract) if contract else None
    return remembered_headers(session, chosen.supplier_id if chosen else None)


def read(path: Path, sheet: str | None, remembered: Mapping[str, Role]) -> Report:
    """Read a report file; in a workbook, the first sheet whose header Vigie recognises."""

    def looks_like_a_report(rows: Iterable[ReportRow]) -> bool:
        return find_header(list(rows), remembered) is not None

    return read_report(path, sheet, looks_like_a_report)


def read_for(session: Session, path: Path, sheet: str | None, contract: str | None
             ) -> Report:
    """Read a report file with the header names remembered for `contract`'s supplier."""
    return read(path, sheet, remembered_for(session, load_catalog(session), contract))


def preview(session: Session, report: Report, options: ImportOptions, today: dt.date
            ) -> ImportPlan:
    """What importing `report` would do (nothing is written)."""
    catalog = load_catalog(session, today)
    remembered = remembered_for(session, catalog, options.contract)
    return build_plan(report, catalog,
                      lambda ids: measurement_store.stored_measures(session, ids),
                      options, today, remembered)


def import_report(session: Session, report: Report, options: ImportOptions, today: dt.date
                  ) -> ImportDone:
    """Import `report` in the session's transaction, all or nothing; raises ImportRefused
    (nothing written) when a line is still refused or undecided."""
    plan = preview(session, report, options, today)
    if not plan.can_import:
        raise ImportRefused(" ; ".join(plan.blockers))
    writes = plan.writes
    replaced = measurement_store.write_measures(session, writes)
    if options.columns:
        remember_mapping(session, plan)
    return ImportDone(plan, writes, replaced)


def remember_mapping(session: Session, plan: ImportPlan) -> None:
    """Remember, for each supplier of the report, the role of each titled column."""
    columns = {header_key(title): (role or Role.IGNORE).value
               for title, role in zip(plan.header.titles, plan.header.roles, strict=True)
               if header_key(title)}
    for supplier_id in sorted(plan.supplier_ids):
        key = f"{MAPPING_PREFIX}{supplier_id}"
        stored = session.execute(sa.select(SETTING.c.value).where(SETTING.c.key == key)
                                 ).scalar()
        merged = {title: role.value for title, role in _mapping_of(stored or "{}").items()}
        value = json.dumps({"columns": merged | columns}, ensure_ascii=False, sort_keys=True)
        statement = sqlite_insert(SETTING).values(key=key, value=value)
        session.execute(statement.on_conflict_do_update(index_elements=[SETTING.c.key],
                                                        set_={"value": value}))


def describe_refusal(error: ImportRefused) -> str:
    """The sentence the user reads when an import is refused."""
    return tr("imports", "Import refusé, rien n'a été écrit : {reason}.").format(
        reason=error.message.rstrip("."))
