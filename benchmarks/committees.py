"""Benchmarks of the committees and the action plan (issue 14), on the scale file.

    uv run python benchmarks/run.py            (these rows among the others)
    uv run python benchmarks/committees.py FILE [--runs 5]   (the GUI part alone, as JSON)

Services, in-process, against bare sqlite3 reading the same rows: the committees list,
the action plan, a meeting sheet. GUI, in a child process offscreen (Qt imported there
only): a committee's sheet opened from the list and painted, the list back from the sheet,
the sheet back after a change; against a bare window painted. The two pages' first show
and return are the « page … » rows of `benchmarks/gui_pages.py`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 150

FLOOR_SHEET_SQL = (
    "SELECT * FROM committee WHERE id = :id",
    "SELECT * FROM committee_participant p JOIN contact c ON c.id = p.contact_id "
    "WHERE p.committee_id = :id",
    "SELECT * FROM agenda_item WHERE committee_id = :id",
    "SELECT * FROM decision WHERE committee_id = :id",
    "SELECT * FROM action WHERE committee_id = :id OR supplier_id = "
    "(SELECT supplier_id FROM committee WHERE id = :id)",
    "SELECT * FROM indicator i JOIN measurement m ON m.indicator_id = i.id "
    "WHERE i.contract_id IN (SELECT contract_id FROM committee_contract "
    "WHERE committee_id = :id) AND m.period = (SELECT review_period FROM committee "
    "WHERE id = :id)",
)


def last_copil(connection: sqlite3.Connection, today: str) -> int:
    """The last COPIL held with the first supplier: the one a DSI opens after the meeting."""
    return connection.execute(
        "SELECT id FROM committee WHERE kind = 'copil' AND supplier_id = 1 AND starts_at < ? "
        "ORDER BY starts_at DESC LIMIT 1", (today,)).fetchone()[0]


def committees_rows(ctx: Any) -> list[Any]:
    """The services on the scale file, then the meeting sheet in a child GUI process."""
    from benchmarks.run import Row, median_time

    connection = sqlite3.connect(f"{ctx.scale.as_uri()}?mode=ro", uri=True)
    committee_id = last_copil(connection, ctx.today.isoformat())
    floors = {
        "committees": median_time(
            lambda: connection.execute("SELECT * FROM committee").fetchall(), ctx.runs),
        "actions": median_time(
            lambda: connection.execute("SELECT * FROM action").fetchall(), ctx.runs),
        "sheet": median_time(lambda: [connection.execute(sql, {"id": committee_id}).fetchall()
                                      for sql in FLOOR_SHEET_SQL], ctx.runs),
    }
    connection.close()
    values = _service_times(ctx, committee_id)
    rows = [
        Row("comités : liste (service, échelle)", values["committees"], "s",
            "SELECT * FROM committee", floors["committees"], "< 5× plancher",
            values["committees"] < 5 * floors["committees"]),
        Row("plan d'actions : liste (service, échelle)", values["actions"], "s",
            "SELECT * FROM action", floors["actions"], "< 5× plancher",
            values["actions"] < 5 * floors["actions"]),
        Row("feuille de séance : lecture (service, échelle)", values["sheet"], "s",
            "6 requêtes SQL brutes", floors["sheet"], "< 5× plancher",
            values["sheet"] < 5 * floors["sheet"]),
    ]
    return rows + _gui_rows(ctx, committee_id)


def _service_times(ctx: Any, committee_id: int) -> dict[str, float]:
    from app.services import actions, committees
    from app.storage.document import open_file
    from benchmarks.run import median_time

    document = open_file(ctx.scale, read_only=True)
    try:
        with document.session() as session:
            return {
                "committees": median_time(lambda: committees.list_committees(session),
                                          ctx.runs),
                "actions": median_time(lambda: actions.list_actions(session, ctx.today),
                                       ctx.runs),
                "sheet": median_time(lambda: committees.committee_sheet(
                    session, committee_id, ctx.today), ctx.runs),
            }
    finally:
        document.close()


def _gui_rows(ctx: Any, committee_id: int) -> list[Any]:
    from benchmarks.run import Row

    env = {**ctx.env, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(Path(__file__)), str(ctx.scale), "--committee",
               str(committee_id), "--runs", str(ctx.runs)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"committees.py → {result.returncode}: {result.stderr.strip()}")
    times = json.loads(result.stdout)
    floor = times["floor_ms"] / 1000
    target = f"< {TARGET_MS} ms"
    return [
        Row(f"feuille de séance : ouverture depuis la liste ({times['carried']} actions "
            "suivies)", times["open_ms"] / 1000, "s", "fenêtre Qt nue peinte", floor, target,
            times["open_ms"] < TARGET_MS,
            f"1re ouverture : {round(times['open_cold_ms'])} ms (modules importés)"),
        Row("feuille de séance : à jour après une modification", times["change_ms"] / 1000,
            "s", "fenêtre Qt nue peinte", floor, target, times["change_ms"] < TARGET_MS),
        Row("comités : retour à la liste depuis la feuille", times["back_ms"] / 1000, "s",
            "fenêtre Qt nue peinte", floor, target, times["back_ms"] < TARGET_MS,
            "la liste rechargée (une modification a eu lieu)"),
    ]


# -- the child process: Qt offscreen ------------------------------------------------------------


def _settle(widget: Any) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    widget.grab()
    QApplication.processEvents()


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _measure(path: Path, committee_id: int, runs: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QWidget

    from app.storage.document import open_file
    from app.ui.pages.committees import CommitteesPage
    from app.ui.workspace import Workspace

    document = open_file(path, read_only=True)
    times: dict[str, list[float]] = {"open": [], "change": [], "back": []}
    carried = 0
    try:
        for _ in range(runs):
            page = CommitteesPage(Workspace(document))
            page.resize(1280, 800)
            page.show()
            page.refresh()
            _settle(page)
            start = time.perf_counter()
            page.open_committee(committee_id)
            _settle(page)
            times["open"].append(_ms(start))
            carried = len(page.sheet.data.carried)
            start = time.perf_counter()
            page.workspace.data_changed.emit("*")
            _settle(page)
            times["change"].append(_ms(start))
            start = time.perf_counter()
            page.show_list()
            _settle(page)
            times["back"].append(_ms(start))
            page.close()
            page.deleteLater()
        floors = []
        for _ in range(runs):
            start = time.perf_counter()
            bare = QWidget()
            bare.resize(1280, 800)
            bare.show()
            _settle(bare)
            floors.append(_ms(start))
            bare.close()
    finally:
        document.close()
    return {"open_ms": statistics.median(times["open"]), "open_cold_ms": times["open"][0],
            "change_ms": statistics.median(times["change"]),
            "back_ms": statistics.median(times["back"]), "carried": carried,
            "floor_ms": statistics.median(floors)}


def main() -> None:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--committee", type=int)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VIGIE_DATA_DIR", tempfile.mkdtemp(prefix="vigie-bench-committees-"))
    sys.path.insert(0, str(ROOT))
    from app.ui.application import create_application

    create_application()
    committee_id = options.committee
    if committee_id is None:
        import datetime as dt

        connection = sqlite3.connect(f"{options.file.as_uri()}?mode=ro", uri=True)
        committee_id = last_copil(connection, dt.date.today().isoformat())
        connection.close()
    print(json.dumps(_measure(options.file, committee_id, options.runs)))


if __name__ == "__main__":
    main()
