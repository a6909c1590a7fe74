"""Vigie's benchmarks, each compared with a floor (the same work done the bare way).

    uv run python benchmarks/run.py [--quick]

Builds once, and keeps in `benchmarks/out/` (git-ignored), the demo file and the scale
file of DESIGN "Scale" (≥ 200,000 measurements); they are rebuilt when the generator or
the schema changes. Then prints, for each measurement, the median of several runs, its
floor, the ratio between them and whether the target is met. Not a test: nothing fails.

Child processes run with Python's bytecode cached in `benchmarks/out/pycache` (as an
installed Vigie has it), whatever PYTHONDONTWRITEBYTECODE says; the GUI rows come from
`benchmarks/gui_pages.py` run offscreen on the scale file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(ROOT))

from benchmarks.committees import committees_rows  # noqa: E402 - after ROOT joins sys.path
from benchmarks.imports import import_rows  # noqa: E402
from benchmarks.minutes import minutes_rows  # noqa: E402
from benchmarks.reversibility import reversibility_rows  # noqa: E402
from benchmarks.rules import rules_rows  # noqa: E402
from benchmarks.storage import storage_rows  # noqa: E402
from benchmarks.window import window_rows  # noqa: E402

SCALE_MEASUREMENTS = 200_000
NOT_YET = "(pas encore disponible)"


@dataclass
class Row:
    """One line of the table: a measured value against its floor and target."""

    name: str
    value: float | None  # None: not available
    unit: str  # "s" or "Mo"
    floor_name: str = ""
    floor: float | None = None
    target: str = "—"
    ok: bool | None = None
    note: str = ""


@dataclass
class Context:
    """What the measurements share: the files, the number of runs, the environment."""

    demo: Path
    scale: Path
    runs: int
    today: dt.date
    env: dict[str, str]
    build_seconds: float
    build_cached: bool


# -- helpers -----------------------------------------------------------------------------------


def median_time(action: Callable[[], object], runs: int) -> float:
    """Median wall time of `action` over `runs` runs, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_child(command: list[str], env: dict[str, str]) -> None:
    """Run a subprocess to completion; a failure stops the benchmark with its stderr."""
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} → {result.returncode}: {result.stderr.strip()}")


def peak_memory_mb(command: list[str], env: dict[str, str]) -> float:
    """Peak resident memory of `command`, measured from a wrapper process of its own."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, *command], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=True)
    return int(result.stdout.strip()) / 1024  # Linux reports kilobytes


def with_bytecode(env: dict[str, str]) -> dict[str, str]:
    """`env` with Python's bytecode cached in OUT/pycache, as an installed Vigie has it.

    Without a cache (PYTHONDONTWRITEBYTECODE set, as in some sandboxes) each child process
    compiles every module it imports again: a second on `vigie report` alone.
    """
    cached = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return cached | {"PYTHONPYCACHEPREFIX": str(OUT / "pycache")}


def without_bytecode(env: dict[str, str]) -> dict[str, str]:
    """`env` where nothing is compiled ahead: every import compiles its module again."""
    bare = {k: v for k, v in env.items() if k != "PYTHONPYCACHEPREFIX"}
    return bare | {"PYTHONDONTWRITEBYTECODE": "1"}


def report_available() -> bool:
    from app import cli

    return "report" in cli.COMMANDS


def dashboard_available() -> bool:
    try:
        from app.services.dashboard import build_dashboard  # noqa: F401
    except ImportError:
        return False
    return True


# -- the files ---------------------------------------------------------------------------------


def generator_stamp(scale: int) -> dict[str, object]:
    """What a cached file was built from; a different stamp means rebuild."""
    from app.storage import schema

    digest = hashlib.sha256()
    for source in sorted((ROOT / "app" / "demo").glob("*.py")):
        digest.update(source.read_bytes())
    return {"scale": scale, "generator": digest.hexdigest()[:16],
            "schema": schema.head_revision()}


def cached_file(name: str, scale: int) -> tuple[Path, float, bool]:
    """The demo file at `scale` in OUT, built if needed; (path, build seconds, cached)."""
    from app.demo import builder as demo

    path, stamp_path = OUT / f"{name}.vigie", OUT / f"{name}.json"
    stamp = generator_stamp(scale)
    if path.exists() and stamp_path.exists():
        kept = json.loads(stamp_path.read_text(encoding="utf-8"))
        if {k: kept.get(k) for k in stamp} == stamp:
            return path, float(kept["seconds"]), True
    print(f"Construction de {path.name} (échelle {scale})…", flush=True)
    start = time.perf_counter()
    demo.generate(path, scale=scale)
    seconds = time.perf_counter() - start
    stamp_path.write_text(json.dumps({**stamp, "seconds": seconds,
                                      "built_on": dt.date.today().isoformat()}),
                          encoding="utf-8")
    return path, seconds, False


# -- the measurements --------------------------------------------------------------------------


def build_rows(ctx: Context) -> list[Row]:
    """Building the scale file, against inserting as many bare rows with sqlite3."""
    from app.demo import builder as demo

    rows = demo.count_rows(ctx.scale)["measurement"]

    def bare_inserts() -> None:
        with tempfile.TemporaryDirectory() as folder:
            connection = sqlite3.connect(Path(folder) / "floor.sqlite")
            connection.execute("CREATE TABLE m (id INTEGER PRIMARY KEY, indicator_id INT, "
                               "period DATE, value REAL, UNIQUE (indicator_id, period))")
            connection.executemany(
                "INSERT INTO m VALUES (?, ?, ?, ?)",
                ((i, i // 24, f"{2024 + i % 24 // 12}-{i % 12 + 1:02d}-01", 99.5)
                 for i in range(rows)))
            connection.commit()
            connection.close()

    floor = median_time(bare_inserts, 1)
    note = "en cache : durée de sa construction" if ctx.build_cached else "une seule fois"
    return [Row(f"construction du fichier d'échelle ({french(rows)} mesures)",
                ctx.build_seconds, "s", f"INSERT sqlite3 brut de {french(rows)} lignes", floor,
                "< 60 s",
                ctx.build_seconds < 60, note)]


def report_rows(ctx: Context) -> list[Row]:
    """`vigie report --json` end to end, against a bare Python + sqlite3 start-up."""
    floor = median_time(lambda: run_child([sys.executable, "-c", "import sqlite3"], ctx.env),
                        ctx.runs)
    floor_name = "python -c 'import sqlite3'"
    models = median_time(
        lambda: run_child([sys.executable, "-c", "import app.models"], ctx.env), ctx.runs)
    rows = []
    for label, path in (("démo", ctx.demo), ("échelle", ctx.scale)):
        name = f"vigie report --json ({label})"
        if not report_available():
            rows.append(Row(name, None, "s", floor_name, floor, "< 1,0 s", note=NOT_YET))
            continue
        command = [sys.executable, "-m", "app.cli", "report", str(path), "--json"]
        run_child(command, ctx.env)  # a first run writes the bytecode cache
        value = median_time(lambda command=command: run_child(command, ctx.env), ctx.runs)
        rows.append(Row(name, value, "s", floor_name, floor, "< 1,0 s", value < 1.0))
    rows.append(Row("  pour mémoire : python -c 'import app.models'", models, "s", floor_name,
                    floor, note="l'import de SQLModel et SQLAlchemy, seul"))
    if report_available():
        command = [sys.executable, "-m", "app.cli", "report", str(ctx.scale), "--json"]
        uncached = median_time(lambda: run_child(command, without_bytecode(ctx.env)), ctx.runs)
        rows.append(Row("  pour mémoire : le même (échelle) sans bytecode en cache", uncached,
                        "s", floor_name, floor,
                        note="chaque module recompilé : PYTHONDONTWRITEBYTECODE sans cache"))
    return rows


def open_rows(ctx: Context) -> list[Row]:
    """Opening the scale file as a document, against a bare sqlite3 backup of it."""
    from app.storage.document import open_file

    def open_and_close() -> None:
        open_file(ctx.scale, read_only=True).close()

    def bare_backup() -> None:
        with tempfile.TemporaryDirectory() as folder:
            source = sqlite3.connect(f"{ctx.scale.as_uri()}?mode=ro", uri=True)
            target = sqlite3.connect(Path(folder) / "copy.sqlite")
            source.backup(target)
            target.close()
            source.close()

    value, floor = median_time(open_and_close, ctx.runs), median_time(bare_backup, ctx.runs)
    return [Row("ouverture du fichier d'échelle (lecture seule)", value, "s",
                "sauvegarde sqlite3 brute du fichier", floor, "< 1,0 s", value < 1.0,
                "cible choisie ici : « instantané » (DESIGN)")]


FLOOR_DASHBOARD_SQL = """
SELECT substr(m.period, 1, 7) AS month, count(*) AS measured,
       sum(CASE WHEN (i.direction = 'higher' AND m.value >= i.target)
                  OR (i.direction = 'lower' AND m.value <= i.target) THEN 1 ELSE 0 END) AS met
FROM measurement m JOIN indicator i ON i.id = m.indicator_id
WHERE m.period BETWEEN ? AND ?
GROUP BY month
"""
FLOOR_LATE_ACTIONS_SQL = """
SELECT count(*) FROM action WHERE due_date < ? AND status IN ('open', 'in_progress')
"""


def dashboard_rows(ctx: Context) -> list[Row]:
    """The dashboard query in-process, against the same kind of aggregate in bare SQL."""
    first = (ctx.today.replace(day=1) - dt.timedelta(days=365)).replace(day=1)
    connection = sqlite3.connect(f"{ctx.scale.as_uri()}?mode=ro", uri=True)

    def bare_aggregate() -> None:
        connection.execute(FLOOR_DASHBOARD_SQL, (first.isoformat(), ctx.today.isoformat())
                           ).fetchall()
        connection.execute(FLOOR_LATE_ACTIONS_SQL, (ctx.today.isoformat(),)).fetchone()

    floor = median_time(bare_aggregate, ctx.runs)
    connection.close()
    name, floor_name = "requête du tableau de bord (échelle)", "agrégat SQL brut sur 12 mois"
    if not dashboard_available():
        return [Row(name, None, "s", floor_name, floor, "< 5× plancher", note=NOT_YET)]
    from app.services.dashboard import build_dashboard
    from app.storage.document import open_file

    document = open_file(ctx.scale, read_only=True)
    try:
        with document.session() as session:
            value = median_time(lambda: build_dashboard(session, ctx.today), ctx.runs)
    finally:
        document.close()
    return [Row(name, value, "s", floor_name, floor, "< 5× plancher", value < 5 * floor)]


def memory_rows(ctx: Context) -> list[Row]:
    """Peak memory of `vigie report --json` on the scale file, against a bare interpreter."""
    floor = peak_memory_mb([sys.executable, "-c", "import sqlite3"], ctx.env)
    name = "mémoire de pointe, vigie report --json (échelle)"
    if not report_available():
        return [Row(name, None, "Mo", "python -c 'import sqlite3'", floor, "< 250 Mo",
                    note=NOT_YET)]
    command = [sys.executable, "-m", "app.cli", "report", str(ctx.scale), "--json"]
    value = peak_memory_mb(command, ctx.env)
    return [Row(name, value, "Mo", "python -c 'import sqlite3'", floor, "< 250 Mo",
                value < 250)]


BARE_QT_START = """
import time
start = time.perf_counter()
from PySide6.QtWidgets import QApplication, QWidget
application = QApplication([])
widget = QWidget()
widget.resize(1280, 800)
widget.show()
widget.grab()
application.processEvents()
print((time.perf_counter() - start) * 1000)
"""
PAGE_TARGET_MS = 150


def gui_rows(ctx: Context) -> list[Row]:
    """The main window and each page on the scale file (benchmarks/gui_pages.py, offscreen),
    against a bare Qt window."""
    env = {**ctx.env, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(ROOT / "benchmarks" / "gui_pages.py"), str(ctx.scale),
               "--runs", str(ctx.runs)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"gui_pages.py → {result.returncode}: {result.stderr.strip()}")
    times = json.loads(result.stdout)
    start_floor = statistics.median(
        float(subprocess.run([sys.executable, "-c", BARE_QT_START], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True).stdout)
        for _ in range(ctx.runs))
    floor, floor_name = times["floor_bare_window_ms"] / 1000, "fenêtre Qt nue peinte"
    rows = [
        Row("démarrage → fenêtre principale peinte", times["startup_ms"] / 1000, "s",
            "python + PySide6 → fenêtre nue peinte", start_floor / 1000,
            note="import de Qt et de l'interface compris ; avant l'ouverture du fichier"),
        Row("fenêtre principale : MainWindow() → peinte", times["main_window_ms"] / 1000, "s",
            floor_name, floor, f"< {PAGE_TARGET_MS} ms",
            times["main_window_ms"] < PAGE_TARGET_MS),
    ]
    for label, first in times["first_show_ms"].items():
        rows += _page_rows(label, first, times, floor, floor_name)
    return rows


def _page_rows(label: str, first: float, times: dict, floor: float, floor_name: str
               ) -> list[Row]:
    """A page's first show and its return after a change, in ms against the target."""
    switch, target = times["switch_ms"][label], f"< {PAGE_TARGET_MS} ms"
    switch_paint = times["switch_paint_ms"][label]
    plain = times["plain_switch_ms"][label]
    cold, painted = times["first_show_cold_ms"][label], times["first_paint_cold_ms"][label]
    note = f"1er passage : {french(cold)} ms"
    if cold - painted > 1:
        note += f" (1re peinture à {french(painted)} ms)"
    return [
        Row(f"page « {label} » : premier affichage", first / 1000, "s", floor_name, floor,
            target, first < PAGE_TARGET_MS, note),
        Row(f"page « {label} » : retour sans modification", plain / 1000, "s", floor_name,
            floor, target, plain < PAGE_TARGET_MS),
        Row(f"page « {label} » : retour après modification", switch_paint / 1000, "s",
            floor_name, floor, target, switch_paint < PAGE_TARGET_MS,
            f"1re peinture ; à jour, repeinte, à {french(switch)} ms"),
    ]


# Each entry is a function Context -> list[Row], run in this order.
MEASUREMENTS: list[Callable[[Context], list[Row]]] = [
    build_rows,
    report_rows,
    open_rows,
    dashboard_rows,
    memory_rows,
    gui_rows,
    import_rows,
    committees_rows,
    minutes_rows,
    reversibility_rows,
    lambda ctx: __import__("indicators").indicator_rows(ctx),  # benchmarks/indicators.py
    rules_rows,
    storage_rows,
    window_rows,
]


# -- the table ---------------------------------------------------------------------------------


def french(number: float, decimals: int = 0) -> str:
    """A number written the French way: 200 070 and 1,25."""
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "\u202f").replace(".", ",")


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{french(value * 1000, 1)} ms" if value < 1 else f"{french(value, 2)} s"
    return f"{french(value, 1)} {unit}"


def print_table(rows: list[Row]) -> None:
    """Print the rows as a fixed-width table."""
    headers = ("mesure", "médiane", "plancher", "ratio", "cible", "tenue")
    lines = []
    for row in rows:
        ratio = (f"{french(row.value / row.floor, 1)}×" if row.value is not None and row.floor
                 else "—")
        verdict = {True: "oui", False: "NON", None: "—"}[row.ok]
        floor = f"{_amount(row.floor, row.unit)} ({row.floor_name})" if row.floor_name else "—"
        lines.append((row.name, _amount(row.value, row.unit), floor, ratio, row.target,
                      verdict + (f"  {row.note}" if row.note else "")))
    widths = [max(len(str(line[i])) for line in [headers, *lines]) for i in range(5)]
    for line in [headers, *lines]:
        cells = (str(cell).ljust(width) for cell, width in zip(line[:5], widths, strict=True))
        print("  ".join(cells) + "  " + line[5])


def load_average() -> str:
    """The 1-minute load average, the way French writes it (other work slows every row)."""
    try:
        return french(os.getloadavg()[0], 2)
    except (AttributeError, OSError):  # pragma: no cover - Windows
        return "inconnue"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 runs per median instead of 5")
    options = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(prefix="vigie-bench-"))
    os.environ["VIGIE_DATA_DIR"] = str(data_dir)  # working copies and backups go there
    try:
        from app.demo import builder as demo

        demo_path, _, _ = cached_file("demo", 1)
        scale = demo.scale_for(SCALE_MEASUREMENTS)
        scale_path, seconds, cached = cached_file(f"scale-{scale}", scale)
        ctx = Context(demo_path, scale_path, 2 if options.quick else 5, dt.date.today(),
                      with_bytecode(dict(os.environ)), seconds, cached)
        rows = [row for measure in MEASUREMENTS for row in measure(ctx)]
        print(f"\nVigie — bancs d'essai du {ctx.today:%d/%m/%Y}, médiane de {ctx.runs} "
              f"passages ({os.cpu_count()} cœurs, Python {sys.version.split()[0]}, "
              f"charge {load_average()} ; bytecode en cache dans benchmarks/out/pycache)\n")
        print_table(rows)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
