"""A small client file for the indicator tests, every figure of which is worked out by hand.

Today is Tuesday 24/11/2026 (tests/conftest.py): October 2026 is the last complete month,
Q3 2026 the last complete quarter.

CTR-A (infogérance, 120 000 €/year, so a monthly fee of 10 000 €; penalty clause; cap 10 %
of the monthly fee, 1 000 € a month; started 01/01/2025):
- DISP, availability in %, higher is better, target 99, threshold 98, 1 % of the monthly
  fee per point beyond target (every started point counts):
  03/2026 97.0 → 2 points → 200 €; 08/2026 99.5 met; 09/2026 98.5 warning;
  10/2026 96.4 → 2.6 → 3 points → 300 €. Penalty due in 2026: 500 €. Trend 08→10: worse.
- P1, resolution time in hours, lower is better, target 4, threshold 6, 800 € a breach:
  09/2026 7.0 breached (800 €); 10/2026 5.0 warning; 11/2026 (running) 3.0 met, typed
  early: its status is November's, and its trend runs 09 → 11: better.
- SAT, quarterly mark /5, target 4, threshold 3.5: Q3 2026 3.9 → warning.
- CLI, the client's own inputs (tickets complete), target 90, threshold 85: 09/2026 95,
  10/2026 80 breached — so DISP's October breach is « à lire avec les indicateurs client ».
- GAP, % higher, target 95: 07/2026 96, 08/2026 97, nothing since → « non renseigné » for
  October, last value 97 in August.
The year's penalties of CTR-A: 200 (March) + 800 (September) + 300 (October) = 1 300 €,
no month above the 1 000 € cap.

CTR-B (régie ATU, TJM 600 €, 100 000 €/year, no penalty clause; started 01/01/2025):
- PRES, presence in %, target 95, a fixed 1 000 € penalty that the contract does not allow.
- Invoices 2026: 01 12 000 € (20 days), 02 12 600 € (20 days), 03 −600 € (a credit note),
  04 13 000 € (20 days, disputed). Consumed (disputed apart): 24 000 €; disputed 13 000 €;
  actual daily rate (12 000 + 12 600) / 40 days = 615 €, +2.5 % over the TJM.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.models import (
    Contract,
    ContractKind,
    Direction,
    Frequency,
    Indicator,
    IndicatorCategory,
    Invoice,
    InvoiceStatus,
    Measurement,
    PenaltyKind,
    Side,
    Supplier,
)
from app.services import records

D = dt.date
SL = IndicatorCategory.SERVICE_LEVEL


def populate(session) -> dict[str, int]:
    """Fill a client file as the module docstring says; returns the ids by name."""
    supplier = records.create(session, Supplier, {"name": "Armor Infogérance"})
    ids = {"supplier": supplier}
    ids["a"] = records.create(session, Contract, {
        "supplier_id": supplier, "reference": "CTR-A", "title": "Infogérance",
        "kind": ContractKind.MANAGED_SERVICES, "start_date": D(2025, 1, 1),
        "annual_amount": 120_000.0, "has_penalty_clause": True, "penalty_cap_percent": 10.0})
    ids["b"] = records.create(session, Contract, {
        "supplier_id": supplier, "reference": "CTR-B", "title": "Régie réseau",
        "kind": ContractKind.ATU, "start_date": D(2025, 1, 1), "annual_amount": 100_000.0,
        "daily_rate": 600.0})

    def indicator(contract: str, code: str, values: dict[dt.date, float], **fields) -> int:
        base = {"contract_id": ids[contract], "code": code, "name": f"Indicateur {code}",
                "category": SL, "target": 95.0} | fields
        found = records.create(session, Indicator, base)
        for period, value in values.items():
            records.create(session, Measurement, {"indicator_id": found, "period": period,
                                                  "value": value})
        return found

    ids["disp"] = indicator("a", "DISP", {D(2026, 3, 1): 97.0, D(2026, 8, 1): 99.5,
                                          D(2026, 9, 1): 98.5, D(2026, 10, 1): 96.4},
                            target=99.0, alert_threshold=98.0, contractual=True,
                            penalty_kind=PenaltyKind.PERCENT, penalty_percent=1.0)
    ids["p1"] = indicator("a", "P1", {D(2026, 9, 1): 7.0, D(2026, 10, 1): 5.0,
                                      D(2026, 11, 1): 3.0},
                          unit="h", direction=Direction.LOWER_IS_BETTER, target=4.0,
                          alert_threshold=6.0, contractual=True,
                          penalty_kind=PenaltyKind.FIXED, penalty_amount=800.0)
    ids["sat"] = indicator("a", "SAT", {D(2026, 7, 1): 3.9}, unit="/5", target=4.0,
                           alert_threshold=3.5, frequency=Frequency.QUARTERLY,
                           category=IndicatorCategory.SATISFACTION)
    ids["cli"] = indicator("a", "CLI", {D(2026, 9, 1): 95.0, D(2026, 10, 1): 80.0},
                           target=90.0, alert_threshold=85.0, measured_side=Side.CLIENT,
                           category=IndicatorCategory.CLIENT_INPUTS)
    ids["gap"] = indicator("a", "GAP", {D(2026, 7, 1): 96.0, D(2026, 8, 1): 97.0})
    ids["pres"] = indicator("b", "PRES", {D(2026, 10, 1): 90.0}, contractual=True,
                            penalty_kind=PenaltyKind.FIXED, penalty_amount=1000.0,
                            category=IndicatorCategory.RESOURCES)
    for period, amount, days, status in (
            (D(2026, 1, 1), 12_000.0, 20.0, InvoiceStatus.VALIDATED),
            (D(2026, 2, 1), 12_600.0, 20.0, InvoiceStatus.VALIDATED),
            (D(2026, 3, 1), -600.0, None, InvoiceStatus.VALIDATED),
            (D(2026, 4, 1), 13_000.0, 20.0, InvoiceStatus.DISPUTED)):
        records.create(session, Invoice, {"contract_id": ids["b"], "period": period,
                                          "amount": amount, "days_billed": days,
                                          "status": status, "reference": f"F{period:%y%m}"})
    return ids


def scenario_file(folder: Path) -> tuple[Path, dict[str, int]]:
    """A saved, closed client file holding `populate`'s data, and its ids."""
    from app.storage.document import create

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "indicateurs.vigie"
    document = create(path, "Client des indicateurs")
    with document.session() as session:
        ids = populate(session)
    document.close()
    return path, ids
