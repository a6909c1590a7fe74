"""The rules on the scale file: penalties after the caps, contracts' lifecycle in the lists.

Each figure is the median of `ctx.runs` runs, in process, against a bare sqlite3 query that
reads the same rows without applying any rule (the floor).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.run import Context, Row

FLOOR_BREACHES_SQL = """
SELECT c.id, c.start_date, c.annual_amount, c.penalty_cap_percent, c.penalty_cap_basis,
       i.id, i.frequency, i.direction, i.target, i.alert_threshold, i.penalty_kind,
       i.penalty_amount, i.penalty_percent, m.period, m.value
FROM measurement m JOIN indicator i ON i.id = m.indicator_id JOIN contract c ON c.id = i.contract_id
WHERE i.contractual AND i.penalty_kind != 'none' AND c.has_penalty_clause
  AND c.status != 'draft' AND m.period >= ? AND m.period < ?
  AND NOT ((i.direction = 'higher' AND m.value >= coalesce(i.alert_threshold, i.target))
        OR (i.direction = 'lower' AND m.value <= coalesce(i.alert_threshold, i.target)))
"""
FLOOR_CONTRACTS_SQL = """
SELECT c.*, s.name FROM contract c JOIN supplier s ON s.id = c.supplier_id ORDER BY c.reference
"""


def rules_rows(ctx: Context) -> list[Row]:
    """Penalties of the year and the contracts and suppliers lists, on the scale file."""
    from app.services import contracts, penalties, suppliers
    from app.storage.document import open_file
    from benchmarks.run import Row, median_time

    today, year = ctx.today, ctx.today.year
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 1)
    connection = sqlite3.connect(f"{ctx.scale.as_uri()}?mode=ro", uri=True)
    since = dt.date(year - 2, 11, 1).isoformat()

    def bare_breaches() -> None:
        connection.execute(FLOOR_BREACHES_SQL, (since, today.isoformat())).fetchall()

    def bare_contracts() -> None:
        connection.execute(FLOOR_CONTRACTS_SQL).fetchall()

    breaches_floor = median_time(bare_breaches, ctx.runs)
    contracts_floor = median_time(bare_contracts, ctx.runs)
    connection.close()
    document = open_file(ctx.scale, read_only=True)
    try:
        with document.session() as session:
            shares = median_time(
                lambda: penalties.penalty_shares(session, today, first, last), ctx.runs)
            listed = median_time(lambda: contracts.list_contracts(session, today), ctx.runs)
            supplied = median_time(lambda: suppliers.list_suppliers(session, today), ctx.runs)
    finally:
        document.close()
    breaches_name = "SELECT sqlite3 brut des mesures pénalisables"
    contracts_name = "SELECT sqlite3 brut des contrats et prestataires"
    return [
        Row("pénalités de l'année après plafonds (échelle)", shares, "s", breaches_name,
            breaches_floor, "< 5× plancher", shares < 5 * breaches_floor,
            "clause, périodes échues, mois d'imputation, plafonds dans l'ordre"),
        Row("liste des contrats : dates et fin de vie (échelle)", listed, "s", contracts_name,
            contracts_floor, "< 150 ms", listed < 0.150),
        Row("liste des prestataires : contrats en cours (échelle)", supplied, "s",
            contracts_name, contracts_floor, "< 150 ms", supplied < 0.150),
    ]
