"""The supplier report import at 10,000 lines: read and previewed, then imported, against
reading the same file with the `csv` module alone (issue 13: < 2 s each).

Registered in `benchmarks/run.py`; `uv run python benchmarks/imports.py` runs it alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:  # run.py imports this module: its names are imported where used
    from benchmarks.run import Context, Row

INDICATORS, MONTHS = 500, 20  # 10,000 lines
TODAY = dt.date(2026, 11, 24)
TARGET = 2.0


def build_client(folder: Path) -> Path:
    """A client file with one contract of INDICATORS monthly indicators, no measurement."""
    from app.models import Contract, ContractKind, Indicator, IndicatorCategory, Supplier
    from app.storage.document import create

    document = create(folder / "bench.vigie", "Banc d'essai des imports")
    with document.session() as session:
        supplier = Supplier(name="Armor Infogérance")
        session.add(supplier)
        session.flush()
        contract = Contract(supplier_id=supplier.id, reference="CTR-INF", title="Infogérance",
                            kind=ContractKind.MANAGED_SERVICES, start_date=dt.date(2024, 1, 1))
        session.add(contract)
        session.flush()
        session.add_all(Indicator(contract_id=contract.id, code=f"SLA-{n:03d}",
                                  name=f"Indicateur {n}", target=99.0, alert_threshold=98.0,
                                  category=IndicatorCategory.SERVICE_LEVEL)
                        for n in range(INDICATORS))
    document.close()
    return folder / "bench.vigie"


def report_lines() -> list[tuple[str, str, str, str, str]]:
    """10,000 lines as a supplier writes them: French periods, decimal commas, « % »."""
    lines = []
    for month in range(MONTHS):
        year, number = 2025 + month // 12, month % 12 + 1
        for n in range(INDICATORS):
            value = f"{97 + (n * 7 + month) % 30 / 10:.1f}".replace(".", ",")
            lines.append(("CTR-INF", f"SLA-{n:03d}", f"{number:02d}/{year}", f"{value} %",
                          "RAS" if n % 5 else ""))
    return lines


def write_reports(folder: Path) -> dict[str, Path]:
    """The same report as a Windows-1252 `;` CSV and as two workbooks: one written as Excel
    writes it (shared strings, through XlsxWriter), one as openpyxl and pandas write it
    (every text inline in its cell: three times slower to read)."""
    import xlsxwriter
    from openpyxl import Workbook

    header = ("Contrat", "Code indicateur", "Période", "Valeur", "Commentaire")
    lines = report_lines()
    text = "".join(";".join(line) + "\r\n" for line in [header, *lines])
    paths = {"CSV": folder / "rapport.csv", "Excel": folder / "rapport.xlsx",
             "Excel (textes en ligne)": folder / "rapport-openpyxl.xlsx"}
    paths["CSV"].write_bytes(text.encode("cp1252"))
    rows = [(contract, code, period, float(value[:-2].replace(",", ".")) / 100, comment)
            for contract, code, period, value, comment in lines]
    book = xlsxwriter.Workbook(str(paths["Excel"]))
    sheet, percent = book.add_worksheet("Octobre"), book.add_format({"num_format": "0.0%"})
    sheet.write_row(0, 0, header)
    for number, row in enumerate(rows, start=1):
        sheet.write_row(number, 0, row)
        sheet.write_number(number, 3, row[3], percent)
    book.close()
    workbook = Workbook()
    inline = workbook.active
    inline.append(header)
    for row in rows:
        inline.append(row)
        inline.cell(inline.max_row, 4).number_format = "0.0%"
    workbook.save(paths["Excel (textes en ligne)"])
    return paths


def bare_csv(path: Path) -> None:
    """The floor: the file decoded and cut into rows by the csv module, nothing more."""
    text = path.read_bytes().decode("cp1252")
    list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def preview_once(client: Path, report: Path) -> int:
    """Read and preview the report on the client file; the number of lines to import."""
    from app.imports import service
    from app.imports.plan import ImportOptions
    from app.storage.document import open_file

    document = open_file(client, read_only=True)
    try:
        with document.session() as session:
            read = service.read_for(session, report, None, None)
            return len(service.preview(session, read, ImportOptions(), TODAY).writes)
    finally:
        document.close()


def import_times(template: Path, report: Path, runs: int, folder: Path) -> float:
    """Median time of the import itself (the confirmed click: plan again, write), each run
    on a fresh copy of the client file."""
    from app.imports import service
    from app.imports.plan import ImportOptions
    from app.storage.document import open_file

    times = []
    for run in range(runs):
        client = Path(shutil.copy(template, folder / f"run-{run}.vigie"))
        document = open_file(client)
        try:
            with document.session() as session:
                report_read = service.read_for(session, report, None, None)
            start = time.perf_counter()
            with document.session() as session:
                done = service.import_report(session, report_read, ImportOptions(), TODAY)
            times.append(time.perf_counter() - start)
            assert len(done.writes) == INDICATORS * MONTHS, len(done.writes)
        finally:
            document.close()
    return statistics.median(times)


def import_rows(ctx: Context) -> list[Row]:
    """Read + preview and import of a 10,000-line report (CSV and Excel), each against
    reading the CSV with the csv module alone."""
    from benchmarks.run import Row, median_time

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        client = build_client(folder)
        reports = write_reports(folder)
        floor = median_time(lambda: bare_csv(reports["CSV"]), ctx.runs)
        floor_name = "csv.reader seul sur le même CSV"
        rows = []
        for label, report in reports.items():
            assert preview_once(client, report) == INDICATORS * MONTHS  # and warms up
            read = median_time(partial(preview_once, client, report), ctx.runs)
            written = import_times(client, report, ctx.runs, folder)
            rows += [
                Row(f"rapport {label} de 10 000 lignes : lu et prévisualisé", read, "s",
                    floor_name, floor, "< 2 s", read < TARGET,
                    "ouverture du fichier client comprise"),
                Row(f"rapport {label} de 10 000 lignes : importé", written, "s", floor_name,
                    floor, "< 2 s de plus", written < TARGET,
                    "aperçu refait dans la transaction, puis écriture"),
            ]
    return rows


if __name__ == "__main__":
    import os

    from benchmarks.run import Context, print_table

    os.environ.setdefault("VIGIE_DATA_DIR", tempfile.mkdtemp(prefix="vigie-bench-"))
    context = Context(Path(), Path(), 5, TODAY, dict(os.environ), 0.0, True)
    print_table(import_rows(context))
