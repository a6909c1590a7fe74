"""The « Réversibilité » page and the plan statuses on the scale file.

`reversibility_rows(ctx)` (registered in `benchmarks/run.py`) runs this file as a child
process, offscreen, and turns what it prints into rows:

    uv run python benchmarks/reversibility.py FILE [--runs 5]

prints one JSON object, times in ms: the page's first show in a fresh main window (side-bar
click to painted), its return without and after a change, another contract chosen, the
timeline tab drawn (matplotlib already loaded) and redrawn; `plan_statuses` over every
plan of the file (what `vigie report` adds) against a bare sqlite3 read of the milestones;
the template laid out on working days. The page must show and come back in < 150 ms.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAGE_TARGET_MS = 150
PAGE_KEY = "reversibility"


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _median(action: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(_ms(start))
    return statistics.median(times)


# -- the child: measures in a Qt application -------------------------------------------------


def _page_run(path: Path, times: dict[str, list[float]]) -> None:
    """A fresh main window on `path`: the page's first show, its returns, another contract,
    the timeline tab."""
    from app.storage.document import IfLocked, open_file
    from app.ui.main_window import MainWindow
    from app.ui.workspace import Workspace
    from benchmarks.gui_pages import settle, show_page

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    settle(window)
    document = open_file(path, if_locked=IfLocked.READ_ONLY, read_only=True)
    window.workspace = Workspace(document, window)
    number = next(n for n, spec in enumerate(window._specs) if spec.key == PAGE_KEY)
    times["first_show"].append(show_page(window, number)[1])
    show_page(window, 0)
    times["back"].append(show_page(window, number)[1])
    show_page(window, 0)
    window.workspace.data_changed.emit("*")
    times["back_changed"].append(show_page(window, number)[1])
    page = window.page(PAGE_KEY)
    planned = [c.id for c in page.shown.contracts if c.has_plan]
    start = time.perf_counter()
    page.choose_contract(planned[1])
    settle(page)
    times["other_contract"].append(_ms(start))
    times["timeline"].append(_timeline(page))
    start = time.perf_counter()
    page.choose_contract(planned[2])
    _wait_for_chart(page)
    times["timeline_redraw"].append(_ms(start))
    window.close()
    document.close()


def _timeline(page: Any) -> float:
    start = time.perf_counter()
    page.tabs.setCurrentIndex(1)
    _wait_for_chart(page)
    return _ms(start)


def _wait_for_chart(page: Any) -> None:
    from benchmarks.gui_pages import charts_drawn, settle

    settle(page)
    deadline = time.perf_counter() + 60
    while not charts_drawn(page) and time.perf_counter() < deadline:
        settle(page)


def _services(path: Path, runs: int, today: dt.date) -> dict[str, float]:
    import sqlite3

    from app.services import reversibility
    from app.services.reversibility_status import plan_statuses
    from app.storage.document import open_file

    document = open_file(path, read_only=True)
    try:
        with document.session() as session:
            plans = len(plan_statuses(session, today))
            statuses = _median(lambda: plan_statuses(session, today), runs)
    finally:
        document.close()
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    floor = _median(lambda: connection.execute(
        "SELECT m.*, c.name FROM reversibility_milestone m LEFT JOIN contact c "
        "ON c.id = m.owner_id").fetchall(), runs)
    connection.close()
    target = today + dt.timedelta(days=200)
    reversibility.lay_out(reversibility.template(), target, today)  # holidays loaded once
    layout = _median(lambda: reversibility.lay_out(reversibility.template(), target, today),
                     runs)
    return {"plans": plans, "plan_statuses_ms": statuses, "floor_milestones_ms": floor,
            "lay_out_ms": layout}


def child(path: Path, runs: int, today: dt.date) -> None:
    """Measure, print one JSON object."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VIGIE_DATA_DIR", tempfile.mkdtemp(prefix="vigie-bench-rev-"))
    from app.ui.application import create_application
    from benchmarks.gui_pages import bare_window_ms

    create_application()
    times: dict[str, list[float]] = {k: [] for k in (
        "first_show", "back", "back_changed", "other_contract", "timeline", "timeline_redraw")}
    for _ in range(runs + 1):  # the first run imports the page's modules and matplotlib
        _page_run(path, times)
    print(json.dumps({
        "cold_first_show_ms": times["first_show"][0],
        **{f"{k}_ms": statistics.median(v[1:]) for k, v in times.items()},
        "floor_bare_window_ms": statistics.median(bare_window_ms() for _ in range(runs)),
        **_services(path, runs, today),
    }))


# -- the parent: rows for benchmarks/run.py ---------------------------------------------------


def reversibility_rows(ctx: Any) -> list[Any]:
    """The page on the scale file against a bare Qt window; plan statuses against a bare
    sqlite3 read of the milestones."""
    from benchmarks.run import Row, french

    env = {**ctx.env, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(Path(__file__)), str(ctx.scale), "--runs", str(ctx.runs),
               "--today", ctx.today.isoformat()]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"reversibility.py → {result.returncode}: {result.stderr.strip()}")
    t = json.loads(result.stdout)
    floor, floor_name = t["floor_bare_window_ms"] / 1000, "fenêtre Qt nue peinte"
    target = f"< {PAGE_TARGET_MS} ms"

    def page_row(name: str, key: str, note: str = "") -> Any:
        value = t[key]
        return Row(f"page « Réversibilité » : {name}", value / 1000, "s", floor_name, floor,
                   target, value < PAGE_TARGET_MS, note)

    return [
        page_row("premier affichage", "first_show_ms",
                 f"1er passage : {french(t['cold_first_show_ms'])} ms"),
        page_row("retour sans modification", "back_ms"),
        page_row("retour après modification", "back_changed_ms"),
        page_row("autre contrat choisi", "other_contract_ms"),
        Row("  onglet Chronologie : premier dessin", t["timeline_ms"] / 1000, "s", floor_name,
            floor, note="matplotlib déjà chargé ; redessin pour un autre contrat : "
                        f"{french(t['timeline_redraw_ms'])} ms"),
        Row(f"états des {french(t['plans'])} plans (vigie report, procès-verbaux)",
            t["plan_statuses_ms"] / 1000, "s", "SELECT sqlite3 brut des jalons",
            t["floor_milestones_ms"] / 1000, "< 5× plancher",
            t["plan_statuses_ms"] < 5 * t["floor_milestones_ms"]),
        Row("  plan tiré du modèle, à rebours en jours ouvrés", t["lay_out_ms"] / 1000, "s"),
    ]


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    options = parser.parse_args()
    child(options.file, options.runs, options.today)
