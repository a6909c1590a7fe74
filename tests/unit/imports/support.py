"""A client file and report files for the import tests; every test writes its own report."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlmodel import Session

from app.models import (
    Contract,
    ContractKind,
    Direction,
    Frequency,
    Indicator,
    IndicatorCategory,
    Measurement,
    MeasurementSource,
    PenaltyKind,
    Supplier,
)
from tests.conftest import SCENARIO_DAY

D = dt.date
HEADER = ("Contrat", "Code indicateur", "Période", "Valeur", "Commentaire")
#: The day the import tests' periods and figures were written for (a Tuesday; October 2026
#: is the last complete month, November has begun): they pin it, whatever day the rest of
#: the suite runs on (VIGIE_TEST_TODAY).
TODAY = SCENARIO_DAY


def pin_the_import_day() -> None:
    """Pin the clock to TODAY (the suite's `today` fixture gives it back afterwards)."""
    from app import clock

    clock.pin(TODAY)


def populate(session: Session) -> dict[str, int]:
    """Two suppliers; two contracts that both have an SLA-01 (codes repeat across contracts);
    monthly, quarterly and weekly indicators; one stored value."""
    armor = Supplier(name="Armor Infogérance")
    cloud = Supplier(name="Nuage SaaS")
    session.add_all([armor, cloud])
    session.flush()
    infra = Contract(supplier_id=armor.id, reference="CTR-INF", title="Infogérance serveurs",
                     kind=ContractKind.MANAGED_SERVICES, start_date=D(2025, 1, 1),
                     annual_amount=120_000.0, has_penalty_clause=True)
    saas = Contract(supplier_id=cloud.id, reference="CTR-SAAS", title="Plateforme SaaS",
                    kind=ContractKind.SAAS, start_date=D(2025, 1, 1), annual_amount=24_000.0)
    session.add_all([infra, saas])
    session.flush()

    def indicator(contract: Contract, code: str, **fields: Any) -> int:
        values = {"name": f"Indicateur {code}", "category": IndicatorCategory.SERVICE_LEVEL,
                  "target": 99.5, "alert_threshold": 99.0} | fields
        row = Indicator(contract_id=contract.id, code=code, **values)
        session.add(row)
        session.flush()
        return row.id

    ids = {
        "infra": infra.id, "saas": saas.id, "armor": armor.id, "cloud": cloud.id,
        "sla01": indicator(infra, "SLA-01", name="Disponibilité des serveurs critiques",
                           contractual=True, penalty_kind=PenaltyKind.PERCENT,
                           penalty_percent=2.0),
        "sla02": indicator(infra, "SLA-02", name="Délai de résolution P1", unit="h",
                           direction=Direction.LOWER_IS_BETTER, target=4.0,
                           alert_threshold=8.0),
        "sat": indicator(infra, "SAT-01", name="Satisfaction trimestrielle", unit="/5",
                         target=4.0, alert_threshold=3.5, frequency=Frequency.QUARTERLY),
        "weekly": indicator(infra, "WK-01", name="Tickets traités dans la semaine",
                            frequency=Frequency.WEEKLY, target=95.0, alert_threshold=90.0),
        "saas01": indicator(saas, "SLA-01", name="Disponibilité de la plateforme",
                            target=99.9, alert_threshold=99.5),
    }
    session.add(Measurement(indicator_id=ids["sla01"], period=D(2026, 9, 1), value=99.81,
                            comment="saisie manuelle", source=MeasurementSource.ENTERED))
    return ids


def build_client_file(folder: Path) -> tuple[Path, dict[str, int]]:
    """The client file of `populate`, saved and closed in `folder`, and its ids. Its working
    copy goes to `folder` too: a session fixture runs outside any test's data folder."""
    import pytest

    from app.storage.document import create

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VIGIE_DATA_DIR", str(folder / "vigie-data"))
        document = create(folder / "client.vigie", "Client des imports")
        with document.session() as session:
            ids = populate(session)
        document.close()
    return folder / "client.vigie", ids


def write_csv(path: Path, rows: Iterable[Sequence[str]], *, delimiter: str = ";",
              encoding: str = "utf-8", lead: str = "") -> Path:
    """A CSV file as a spreadsheet writes it: CRLF line ends, the given encoding."""
    text = lead + "".join(delimiter.join(row) + "\r\n" for row in rows)
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]], *,
               formats: dict[str, str] | None = None, merge: Sequence[str] = ()) -> Path:
    """A workbook of named sheets; `formats` gives number formats by cell (« D2 » on the
    first sheet, « Mesures!D2 » on another); `merge` merges blocks of the first sheet."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    first = workbook.worksheets[0]
    for ref, number_format in (formats or {}).items():
        name, _, cell = ref.rpartition("!")
        (workbook[name] if name else first)[cell].number_format = number_format
    for block in merge:
        first.merge_cells(block)
    workbook.save(path)
    return path


def save_results(path: Path, results: dict[str, str]) -> None:
    """Store a result beside formulas, as Excel does when it saves (openpyxl writes none)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in results.items():
        sheet = re.sub(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?',
                       rf"\g<1>\g<2><v>{value}</v>", sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
