"""The built program's start against `uv run vigie`'s: launch to the window shown on a file.

    uv run python benchmarks/installer.py [--runs 5]      (after installer/build.py)

Each launch runs offscreen with VIGIE_SMOKE_QUIT_MS (app/ui/smoke.py): the time is from the
process's start to the first « vigie-smoke: » line whose window title names the demo file
(the window shown with the file open), then SIGTERM closes it. The first launch of each is
cold (a new data folder, files perhaps not in the page cache); the median is over the
launches after it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def time_to_shown(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `command` to its window shown."""
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    for line in child.stdout:
        if line.startswith("vigie-smoke: ") and ".vigie" in line:  # the file's name in the title
            shown = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{command[0]}: no window shown")
    child.terminate()  # SIGTERM: closes the window properly
    child.wait(timeout=120)
    return shown


def main() -> int:
    """Print the cold and warm start of both."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    bundle = ROOT / "dist" / "Vigie" / ("vigie.exe" if sys.platform == "win32" else "vigie")
    with tempfile.TemporaryDirectory() as scratch:
        demo = Path(scratch) / "Démo.vigie"
        subprocess.run([str(bundle), "demo", str(demo)], check=True, capture_output=True)
        for label, command in (("bundle (dist/Vigie/vigie)", [str(bundle), str(demo)]),
                               ("uv run vigie", ["uv", "run", "vigie", str(demo)])):
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VIGIE_SMOKE_QUIT_MS": "60000",
                   "VIGIE_DATA_DIR": str(Path(scratch) / label.split()[0]),
                   "XDG_CACHE_HOME": str(Path(scratch) / f"cache-{label.split()[0]}")}
            times = [time_to_shown(command, env) for _ in range(runs + 1)]
            warm = statistics.median(times[1:])
            print(f"{label}: cold {times[0]:.2f} s, then median {warm:.2f} s ({runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
