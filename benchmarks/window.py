"""Start-up as a user meets it (issue 10.11): `vigie FILE` on the scale file, against a
bare PySide6 window painted in the same run; and `vigie report --json`'s worst run.

The GUI rows come from `benchmarks/window_start.py`, run offscreen in a process of its own
for each run: the window's first paint, the file open, the dashboard complete with both
charts drawn, each timed from the script's start (before Qt is imported, as the floor is).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _start_times(scale: Path, env: dict[str, str], runs: int) -> list[dict[str, float]]:
    command = [sys.executable, str(ROOT / "benchmarks" / "window_start.py"), str(scale)]
    found = []
    for _ in range(runs):
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"window_start.py → {result.returncode}: {result.stderr}")
        found.append(json.loads(result.stdout.strip().splitlines()[-1]))
    return found


def _bare_window_ms(env: dict[str, str], runs: int) -> float:
    from benchmarks.run import BARE_QT_START

    return statistics.median(
        float(subprocess.run([sys.executable, "-c", BARE_QT_START], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True).stdout)
        for _ in range(runs))


def window_rows(ctx) -> list:
    """`vigie FILE` (scale file): first paint against a bare window, then the dashboard."""
    from benchmarks.run import Row, report_available

    env = {**ctx.env, "QT_QPA_PLATFORM": "offscreen"}
    times = _start_times(ctx.scale, env, ctx.runs)
    floor = _bare_window_ms(env, ctx.runs) / 1000
    floor_name = "python + PySide6 → fenêtre nue peinte"
    paint = statistics.median(t["first_paint_ms"] for t in times) / 1000
    after_paint = statistics.median(t["dashboard_ms"] - t["first_paint_ms"] for t in times)
    after_open = statistics.median(t["dashboard_ms"] - t["file_open_ms"] for t in times)
    rows = [
        Row("vigie FICHIER (échelle) : fenêtre peinte (cadre, barre latérale)", paint, "s",
            floor_name, floor, "< 2× plancher", paint < 2 * floor,
            "avant la lecture du fichier"),
        Row("  … puis tableau de bord complet, graphiques compris", after_paint / 1000, "s",
            target="< 1 s", ok=after_paint < 1000,
            note="ouverture du fichier de 50 Mo comprise (copie de travail, sauvegarde)"),
        Row("  … dont, le fichier ouvert, le tableau de bord", after_open / 1000, "s",
            target="< 1 s", ok=after_open < 1000),
    ]
    if report_available():
        rows.append(_report_worst(ctx, Row))
    return rows


def _report_worst(ctx, row_class) -> object:
    """`vigie report --json` on the scale file: its slowest run, against a bare start."""
    command = [sys.executable, "-m", "app.cli", "report", str(ctx.scale), "--json"]
    bare = [sys.executable, "-c", "import sqlite3"]
    subprocess.run(command, cwd=ROOT, env=ctx.env, capture_output=True, check=True)
    worst, floor = 0.0, []
    for _ in range(ctx.runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, env=ctx.env, capture_output=True, check=True)
        worst = max(worst, time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run(bare, cwd=ROOT, env=ctx.env, capture_output=True, check=True)
        floor.append(time.perf_counter() - start)
    return row_class("vigie report --json (échelle) : le passage le plus lent", worst, "s",
                     "python -c 'import sqlite3'", statistics.median(floor),
                     "< 1,0 s à chaque passage", worst < 1.0)
