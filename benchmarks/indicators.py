"""Benchmarks of the « Indicateurs » page (issue 12), each against its floor.

`indicator_rows(ctx)` is registered in `benchmarks/run.py`; it runs this file as a child
process on the scale file (offscreen Qt, matplotlib loaded on purpose first):

    uv run python benchmarks/indicators.py FILE [--runs 5]

which prints one JSON object, times in ms:

- `list_ms`: `indicators.list_indicators` over every indicator of the file (value, status,
  trend, penalty of each); floor `bare_list_ms`: its own query (each indicator, its
  contract and its last four values) run by bare sqlite3;
- `chart_ms`: an indicator with five years of monthly values drawn by `draw_indicator`
  and rendered (Agg), matplotlib already loaded; floor `bare_chart_ms`: one plain line of
  60 points in an empty matplotlib figure, rendered;
- `typing_ms`: a value committed in a cell of the measurement grid (what the editor does
  on Enter) until the cell shows its status colour, painted: the check, the undo command,
  the write in the file, the list's row and the grid repainted; floor `bare_typing_ms`:
  `setData` on a bare QStandardItemModel and its table repainted.

The page's first show and its return after a change are measured with every page by
`benchmarks/gui_pages.py` (rows « page « Indicateurs » … »).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LIST_TARGET_RATIO = 4  # the list may cost this many times reading its rows bare
CHART_TARGET_MS = 300
TYPING_TARGET_MS = 50
TODAY = dt.date(2026, 11, 24)


def _median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# -- the child: measures ----------------------------------------------------------------------


def measure_list(path: Path, runs: int) -> tuple[float, float]:
    from app.services import indicators
    from app.storage.document import open_file

    # the floor: the list's own query (each indicator, its contract and its last four
    # values) run by bare sqlite3, rows left as tuples
    sql = indicators._LIST.format(where="") + indicators._ORDER
    params = indicators._slot_params(indicators._slots(TODAY))
    bare = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    floor = _median_ms(lambda: bare.execute(sql, params).fetchall(), runs)
    bare.close()
    document = open_file(path, read_only=True)
    try:
        with document.session() as session:
            value = _median_ms(lambda: indicators.list_indicators(session, TODAY), runs)
    finally:
        document.close()
    return value, floor


def five_years() -> object:
    """An indicator with 60 monthly values, a few breached, a few missing."""
    from app.models import Direction, Frequency, Side
    from app.services.measurements import IndicatorSeries, SeriesPoint
    from app.services.rules import MeasureStatus, measure_status

    points = []
    for n in range(60):
        period = dt.date(2021 + n // 12, n % 12 + 1, 1)
        value = None if n % 17 == 5 else 99.2 + ((n * 7) % 10 - 5) / 10
        status = (MeasureStatus.MISSING if value is None
                  else measure_status(value, 99.0, 98.5, Direction.HIGHER_IS_BETTER))
        points.append(SeriesPoint(period, value, status, "relevé" if n % 9 == 0 else ""))
    return IndicatorSeries(1, "SLA-01", "Disponibilité", "%", Direction.HIGHER_IS_BETTER,
                           99.0, 98.5, Frequency.MONTHLY, Side.SUPPLIER, tuple(points))


def measure_chart(runs: int) -> tuple[float, float]:
    from app import charts

    charts.prepare()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from app.charts.indicator import draw_indicator

    series = five_years()

    def draw(function) -> None:
        figure = Figure(figsize=(6.4, 3.0), dpi=100)
        canvas = FigureCanvasAgg(figure)
        function(figure)
        canvas.draw()

    draw(lambda f: draw_indicator(f, series))  # fonts and caches warm
    value = _median_ms(lambda: draw(lambda f: draw_indicator(f, series)), runs)
    floor = _median_ms(lambda: draw(lambda f: f.add_subplot().plot(range(60), range(60))),
                       runs)
    return value, floor


def measure_typing(path: Path, runs: int) -> tuple[float, float]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from app import clock
    from app.storage.document import open_file
    from app.ui.pages.indicators import IndicatorsPage
    from app.ui.workspace import Workspace

    clock.pin(TODAY)
    application = QApplication.instance()
    copy = Path(tempfile.mkdtemp(prefix="vigie-bench-typing-")) / path.name
    shutil.copyfile(path, copy)  # typed values go to a copy: the scale file stays as built
    document = open_file(copy)
    try:
        page = IndicatorsPage(Workspace(document))
        page.resize(1280, 800)
        page.show()
        page.refresh()
        page.choose_contract(page.list_tab.model.row_at(0).contract_id)
        page.tabs.setCurrentIndex(1)
        application.processEvents()
        model, view = page.grid_panel.model, page.grid_panel.view
        index = model.index(0, model.columnCount() - 2)  # last month, a complete one
        values = iter(f"{90 + n % 10},5" for n in range(runs + 1))

        def type_value() -> None:
            model.setData(index, next(values))
            view.viewport().grab()  # painted, its new colour included

        type_value()
        value = _median_ms(type_value, runs)
        page.hide()
        page.workspace.undo_stack.clear()
    finally:
        document.close(save=False)
    bare = QStandardItemModel(12, 12)
    for row in range(12):
        for column in range(12):
            bare.setItem(row, column, QStandardItem("98,5"))
    table = QTableView()
    table.setModel(bare)
    table.resize(1000, 500)
    table.show()
    application.processEvents()
    floor = _median_ms(lambda: (bare.setData(bare.index(0, 10), "97,5"),
                                table.viewport().grab()), runs)
    return value, floor


def child_main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    os.environ.setdefault("VIGIE_DATA_DIR", tempfile.mkdtemp(prefix="vigie-bench-ind-"))
    from app.ui.application import create_application

    create_application()
    list_ms, bare_list_ms = measure_list(options.file, options.runs)
    chart_ms, bare_chart_ms = measure_chart(options.runs)
    typing_ms, bare_typing_ms = measure_typing(options.file, options.runs)
    print(json.dumps({"list_ms": list_ms, "bare_list_ms": bare_list_ms,
                      "chart_ms": chart_ms, "bare_chart_ms": bare_chart_ms,
                      "typing_ms": typing_ms, "bare_typing_ms": bare_typing_ms}))


# -- the parent: rows of benchmarks/run.py ----------------------------------------------------


def indicator_rows(ctx) -> list:
    """The Indicateurs page's own measures on the scale file, against their floors."""
    from run import Row

    env = {**ctx.env, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(Path(__file__)), str(ctx.scale), "--runs", str(ctx.runs)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"indicators.py → {result.returncode}: {result.stderr.strip()}")
    t = json.loads(result.stdout)
    return [
        Row("indicateurs : liste de tous les indicateurs (échelle)", t["list_ms"] / 1000, "s",
            "sa requête en sqlite3 brut", t["bare_list_ms"] / 1000,
            f"< {LIST_TARGET_RATIO}× plancher",
            t["list_ms"] < LIST_TARGET_RATIO * t["bare_list_ms"],
            "statuts, tendances, pénalités de l'année et lignes Python en plus"),
        Row("indicateurs : graphique de 5 ans de mesures mensuelles", t["chart_ms"] / 1000,
            "s", "une ligne de 60 points, matplotlib nu", t["bare_chart_ms"] / 1000,
            f"< {CHART_TARGET_MS} ms", t["chart_ms"] < CHART_TARGET_MS,
            "matplotlib déjà chargé"),
        Row("indicateurs : valeur saisie → statut affiché", t["typing_ms"] / 1000, "s",
            "setData d'un QStandardItemModel nu, repeint", t["bare_typing_ms"] / 1000,
            f"< {TYPING_TARGET_MS} ms", t["typing_ms"] < TYPING_TARGET_MS,
            "contrôle, commande d'annulation, écriture, ligne de la liste, repeint"),
    ]


if __name__ == "__main__":
    child_main()
