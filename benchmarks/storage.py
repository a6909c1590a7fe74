"""Saving a 50 MB client file: how long, and how long the window stops answering meanwhile.

`storage_rows` is registered in benchmarks/run.py. It builds once, in benchmarks/out/, a
client file of about 50 MB (the demo plus attached documents), then runs this module as a
child process, offscreen:

    python benchmarks/storage.py FILE --runs N     (prints JSON)

The child opens a copy of the file as the GUI does, makes a change and saves it through
the Workspace (in the background), while a 1 ms timer on the GUI thread records the
longest gap between its ticks: the longest the window could not answer. The floor of that
gap is the same timer with nothing to do; the floor of the save is a bare copy of the
file with its flush.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_MB = 50
BLOCK_TARGET_S = 0.050


def build(path: Path) -> None:
    """The demo client file with attached documents, about TARGET_MB in all."""
    from app.demo import builder as demo
    from app.models import Attachment
    from app.models.enums import DocumentKind
    from app.services import records
    from app.storage.document import open_file

    demo.generate(path)
    document = open_file(path)
    rng = __import__("random").Random(50)
    with document.session() as session:
        for number in range(TARGET_MB - 1):  # random bytes: as large as scanned PDFs are
            data = rng.randbytes(1024 * 1024)
            records.create(session, Attachment, {
                "kind": DocumentKind.CONTRACT, "name": f"Annexe {number + 1:02d}.pdf",
                "media_type": "application/pdf", "size": len(data), "data": data})
    document.close()


def cached_file(out: Path) -> Path:
    """The 50 MB file in `out`, built when missing or built for another schema."""
    from app.storage import schema

    path, stamp = out / "cinquante.vigie", out / "cinquante.json"
    wanted = {"schema": schema.head_revision(), "mb": TARGET_MB}
    if path.exists() and stamp.exists() and json.loads(stamp.read_text()) == wanted:
        return path
    print(f"Construction de {path.name} ({TARGET_MB} Mo)…", flush=True)
    path.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        previous = os.environ.get("VIGIE_DATA_DIR")
        os.environ["VIGIE_DATA_DIR"] = folder
        try:
            build(path)
        finally:
            if previous is None:
                os.environ.pop("VIGIE_DATA_DIR")
            else:
                os.environ["VIGIE_DATA_DIR"] = previous
    stamp.write_text(json.dumps(wanted))
    return path


# -- the child: measured in a process of its own, offscreen -----------------------------------


def longest_gap(application, run_until_done) -> tuple[float, float]:
    """(seconds until `run_until_done` says done, longest gap of a 1 ms GUI timer meanwhile)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    state = {"last": time.perf_counter(), "worst": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        state["worst"] = max(state["worst"], now - state["last"])
        state["last"] = now

    timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=1)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    start = time.perf_counter()
    timer.start()
    state["last"] = time.perf_counter()
    run_until_done(loop)
    loop.exec()
    timer.stop()
    return time.perf_counter() - start, state["worst"]


def child(path: Path, runs: int) -> dict[str, float]:
    """Open a copy of `path`, save it `runs` times through the Workspace; medians."""
    from PySide6.QtCore import QTimer

    from app.models import Supplier
    from app.storage.document import open_file
    from app.ui.application import create_application
    from app.ui.workspace import Workspace

    application = create_application()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["VIGIE_DATA_DIR"] = str(Path(folder) / "donnees")
        target = Path(folder) / "client.vigie"
        shutil.copyfile(path, target)
        start = time.perf_counter()
        document = open_file(target)
        opened = time.perf_counter() - start
        workspace = Workspace(document)
        saves, blocks, idles, bare = [], [], [], []
        for run in range(runs):
            with document.session() as session:
                session.add(Supplier(name=f"Banc d'essai {run}"))

            def save(loop) -> None:
                workspace.saved.connect(loop.quit)
                workspace.save_failed.connect(loop.quit)
                QTimer.singleShot(0, workspace.save)

            seconds, worst = longest_gap(application, save)
            workspace.saved.disconnect()
            workspace.save_failed.disconnect()
            saves.append(seconds)
            blocks.append(worst)
            idles.append(longest_gap(application, lambda loop, s=seconds: QTimer.singleShot(
                int(s * 1000), loop.quit))[1])
            bare.append(bare_copy(target, Path(folder) / "copie-brute"))
        workspace.close()
    return {"open": opened, "save": statistics.median(saves), "block": statistics.median(blocks),
            "idle_block": statistics.median(idles), "bare_copy": statistics.median(bare),
            "size_mb": path.stat().st_size / 1024 / 1024}


def bare_copy(source: Path, target: Path) -> float:
    """A plain copy of the file and its flush: what any save must at least do."""
    start = time.perf_counter()
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDWR)
    os.fsync(fd)
    os.close(fd)
    seconds = time.perf_counter() - start
    target.unlink()
    return seconds


# -- the rows of benchmarks/run.py -------------------------------------------------------------


def storage_rows(ctx) -> list:
    """Saving the 50 MB file in the background, and the window's longest freeze meanwhile."""
    import subprocess

    from benchmarks.run import OUT, Row

    path = cached_file(OUT)
    env = {**ctx.env, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, __file__, str(path), "--runs", str(ctx.runs)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"storage.py → {result.returncode}: {result.stderr.strip()}")
    times = json.loads(result.stdout.strip().splitlines()[-1])
    size = f"{times['size_mb']:.0f}".replace(".", ",")
    slow = times["save"] > 1.0
    return [
        Row(f"enregistrement d'un fichier de {size} Mo (documents joints), en arrière-plan",
            times["save"], "s", "copie brute du fichier + fsync", times["bare_copy"],
            note="au-delà de 1 s, l'enregistrement auto s'espace (5 × sa durée)" if slow
            else ""),
        Row("  blocage le plus long de la fenêtre pendant cet enregistrement", times["block"],
            "s", "même minuterie, fenêtre au repos", times["idle_block"], "< 50 ms",
            times["block"] < BLOCK_TARGET_S),
        Row(f"ouverture du fichier de {size} Mo (copie de travail, contrôles, sauvegarde)",
            times["open"], "s", "copie brute du fichier + fsync", times["bare_copy"]),
    ]


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    print(json.dumps(child(options.file, options.runs)))
