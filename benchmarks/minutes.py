"""The committee minutes' speed: a COPIL's minutes exported from a warm app, and from the
command line with its start-up, each against python-docx writing the same tables and
pictures alone (a blank document, no template, no styles, no charts drawn).

    uv run python benchmarks/minutes.py [--quick]    # these rows alone, on the demo file

Registered in `benchmarks/run.py`'s MEASUREMENTS.
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_S = 2.0
CHARTS = 10


def minutes_rows(ctx: Any) -> list[Any]:
    """The rows of the minutes (see the module's docstring)."""
    from benchmarks.run import NOT_YET, Row, median_time

    committee = last_copil(ctx.demo, ctx.today)
    if committee is None:
        return [Row("compte rendu Word d'un COPIL (démo)", None, "s", note=NOT_YET)]
    committee_id, charts_expected = committee
    warm = _warm_export(ctx, committee_id)
    floor_name = "python-docx seul : mêmes tableaux et images"
    rows = [Row(f"compte rendu Word du dernier COPIL (démo, {warm['charts']} graphiques), "
                "application chaude", warm["seconds"], "s", floor_name, warm["floor"],
                f"< {TARGET_S:.0f} s", warm["seconds"] < TARGET_S,
                f"{charts_expected} indicateurs sur ses contrats")]
    synthetic, floor = _synthetic_export(ctx.runs)
    rows.append(Row(f"compte rendu Word : COPIL de {CHARTS} indicateurs et leurs graphiques",
                    synthetic, "s", floor_name, floor, f"< {TARGET_S:.0f} s",
                    synthetic < TARGET_S, "données faites à la main, graphiques dessinés"))
    rows.append(_cli_row(ctx, committee_id, median_time))
    return rows


def last_copil(path: Path, today: dt.date) -> tuple[int, int] | None:
    """The last COPIL held before `today` whose contracts have the most indicators:
    (its id, their number of indicators)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT c.id, count(i.id) AS n FROM committee c "
            "JOIN committee_contract l ON l.committee_id = c.id "
            "JOIN indicator i ON i.contract_id = l.contract_id "
            "WHERE c.kind = 'copil' AND c.starts_at < ? "
            "GROUP BY c.id ORDER BY n DESC, c.starts_at DESC LIMIT 1",
            (today.isoformat(),)).fetchone()
    finally:
        connection.close()


def _warm_export(ctx: Any, committee_id: int) -> dict[str, Any]:
    """The export in-process once warm (modules imported, a first export done): the
    gathering, the charts, the Word document, saved to memory."""
    from app.export.minutes_source import minutes_for
    from app.storage.document import open_file
    from benchmarks.run import median_time

    document = open_file(ctx.demo, read_only=True)
    try:
        with document.session() as session:
            def export() -> Any:
                built = minutes_for(session, committee_id, ctx.today)
                built.save(io.BytesIO())
                return built

            built = export()  # warm: imports, fonts, matplotlib's caches
            seconds = median_time(export, ctx.runs)
    finally:
        document.close()
    content = tables_and_pictures(built)
    return {"seconds": seconds, "floor": median_time(lambda: bare_docx(*content), ctx.runs),
            "charts": len(content[1]) - (1 if _has_timeline(built) else 0)}


def _has_timeline(document: Any) -> bool:
    return any(p.style.name == "Caption" and p.text.startswith("Plan de réversibilité")
               for p in document.paragraphs)


def _synthetic_export(runs: int) -> tuple[float, float]:
    """A COPIL of CHARTS indicators built by hand: its charts drawn, then its Word written."""
    from app.export.minutes import minutes_document
    from benchmarks.run import median_time

    def export() -> Any:
        built = minutes_document(synthetic_minutes())
        built.save(io.BytesIO())
        return built

    built = export()
    seconds = median_time(export, runs)
    content = tables_and_pictures(built)
    return seconds, median_time(lambda: bare_docx(*content), runs)


def synthetic_minutes() -> Any:
    """A COPIL with CHARTS indicators, their charts drawn as the minutes draw them (the
    Indicateurs page's function, at the minutes' size and resolution)."""
    from dataclasses import replace

    from app.charts import render_png
    from app.charts.indicator import draw_indicator
    from app.export.minutes_data import Chart
    from app.export.minutes_source import CHART_SIZE, PRINT_DPI
    from tests.unit.minutes_samples import action, sample

    base = sample()
    rows = tuple(replace(base.review[k % len(base.review)], code=f"SLA-{k + 1:02d}")
                 for k in range(CHARTS))
    charts = tuple(Chart(f"{row.code} — {row.name}", render_png(
        draw_indicator, _series(row, k), size=CHART_SIZE, dpi=PRINT_DPI,
        highlight=dt.date(2026, 10, 1))) for k, row in enumerate(rows))
    carried = tuple(action(n, late=n % 5) for n in range(1, 25))
    return replace(base, review=rows, charts=charts, carried_actions=carried)


def _series(row: Any, k: int) -> Any:
    """Twelve months of made-up values around the row's target."""
    from app.models.enums import Frequency, Side
    from app.services.measurements import IndicatorSeries, SeriesPoint
    from app.services.rules import measure_status

    points = []
    for i in range(12):
        period = dt.date(2025 + (10 + i) // 12, (10 + i) % 12 + 1, 1)
        value = row.target * (0.97 + ((k * 7 + i * 3) % 7) / 100)
        points.append(SeriesPoint(period, value, measure_status(
            value, row.target, row.target * 0.98, row.direction)))
    return IndicatorSeries(k, row.code, row.name, row.unit, row.direction, row.target,
                           row.target * 0.98, Frequency.MONTHLY, Side.SUPPLIER, tuple(points))


def tables_and_pictures(document: Any) -> tuple[list[list[list[str]]], list[bytes]]:
    """The cells of every table and the bytes of every picture of a document."""
    tables = [[[cell.text for cell in row.cells] for row in table.rows]
              for table in document.tables]
    pictures = [document.part.related_parts[blip.get(
        "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")].blob
        for blip in document.element.body.xpath(".//a:blip")]
    return tables, pictures


def bare_docx(tables: list[list[list[str]]], pictures: list[bytes]) -> None:
    """The floor: python-docx alone writes these tables and pictures to memory."""
    from docx import Document
    from docx.shared import Cm

    document = Document()
    for table in tables:
        added = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(added.rows, table, strict=True):
            for cell, text in zip(row.cells, values, strict=True):
                cell.text = text
    for picture in pictures:
        document.add_picture(io.BytesIO(picture), width=Cm(8))
    document.save(io.BytesIO())


CLI_FLOOR = ("import io, docx; d = docx.Document(); d.add_paragraph('x'); "
             "d.save(io.BytesIO())")


def _cli_row(ctx: Any, committee_id: int, median_time: Any) -> Any:
    """`vigie export-minutes` as a user runs it: start-up, opening, export, written file."""
    from benchmarks.run import Row, run_child

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "cr.docx"
        command = [sys.executable, "-m", "app.cli", "export-minutes", str(ctx.demo),
                   "--committee", str(committee_id), "--out", str(out),
                   "--today", ctx.today.isoformat()]
        run_child(command, ctx.env)  # a first run writes the bytecode cache
        value = median_time(lambda: run_child(command, ctx.env), ctx.runs)
    floor = median_time(lambda: run_child([sys.executable, "-c", CLI_FLOOR], ctx.env),
                        ctx.runs)
    return Row("vigie export-minutes (démo, dernier COPIL), démarrage compris", value, "s",
               "python + import docx + document d'un paragraphe", floor, "—",
               note="processus neuf : imports, ouverture du fichier, graphiques, Word")


def main() -> None:
    """These rows alone, on the demo file (built or taken from benchmarks/out)."""
    import argparse
    import os
    import shutil

    from benchmarks.run import OUT, Context, cached_file, print_table, with_bytecode

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 runs instead of 5")
    options = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(prefix="vigie-bench-"))
    os.environ["VIGIE_DATA_DIR"] = str(data_dir)
    try:
        demo_path, _, _ = cached_file("demo", 1)
        ctx = Context(demo_path, demo_path, 2 if options.quick else 5, dt.date.today(),
                      with_bytecode(dict(os.environ)), 0.0, True)
        print_table(minutes_rows(ctx))
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
