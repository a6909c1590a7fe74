"""One copy of the demo portfolio as it is built: its rows queued in Python, then inserted.

Shared by the builder (suppliers, contracts, indicators, invoices) and the governance part
(committees, actions, reversibility), which both queue rows into a `Portfolio`.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa
from dateutil.relativedelta import relativedelta
from sqlmodel import Session, SQLModel

from app.demo import catalog

MONTHS_OF_HISTORY = 24


def first_of_month(day: dt.date) -> dt.date:
    """The first day of `day`'s month."""
    return day.replace(day=1)


def history_months(today: dt.date) -> list[dt.date]:
    """The 24 measured periods, oldest first, ending with the last complete month."""
    last = first_of_month(today) - relativedelta(months=1)
    return [last - relativedelta(months=MONTHS_OF_HISTORY - 1 - i)
            for i in range(MONTHS_OF_HISTORY)]


class Ids:
    """Primary keys handed out in insertion order, so that rows can refer to each other."""

    def __init__(self) -> None:
        self._next: dict[str, int] = defaultdict(lambda: 1)

    def take(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value


@dataclass
class ContractInfo:
    """A built contract, as the later steps of a copy need it."""

    id: int
    spec: catalog.ContractSpec
    supplier_id: int
    start: dt.date
    end: dt.date  # end of the current term


@dataclass
class Portfolio:
    """The rows of one copy of the portfolio, built in Python and inserted at once."""

    rng: random.Random
    today: dt.date
    copy: int
    ids: Ids
    clients: dict[str, int]  # client-side contact ids by role key
    rows: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    months: list[dt.date] = field(default_factory=list)  # the measured periods
    suppliers: dict[str, int] = field(default_factory=dict)
    supplier_names: dict[str, str] = field(default_factory=dict)
    supplier_contacts: dict[str, list[int]] = field(default_factory=dict)
    contracts: list[ContractInfo] = field(default_factory=list)
    #: (contract, indicator spec, values by month index; None = not measured)
    indicators: list[tuple[ContractInfo, catalog.IndicatorSpec, list[float | None]]] = field(
        default_factory=list
    )

    def __post_init__(self) -> None:
        self.months = history_months(self.today)

    def add(self, table: type[SQLModel], **values: object) -> int:
        """Queue a row; returns its id (tables with an id column)."""
        name = table.__tablename__
        if "id" in table.__table__.c and "id" not in values:
            values["id"] = self.ids.take(name)
        if "uid" in table.__table__.c and "uid" not in values:  # deterministic, not uuid4
            values["uid"] = str(uuid.uuid5(uuid.NAMESPACE_URL,
                                           f"vigie-demo:{self.today}:{name}:{values['id']}"))
        self.rows[name].append(values)
        return int(values.get("id", 0))

    def suffix(self, separator: str) -> str:
        return "" if self.copy == 1 else f"{separator}{self.copy:03d}"

    def insert(self, session: Session) -> None:
        """Bulk-insert the queued rows, parents before children."""
        for table in SQLModel.metadata.sorted_tables:
            rows = self.rows.get(table.name)
            if rows:
                session.execute(sa.insert(table), rows)
