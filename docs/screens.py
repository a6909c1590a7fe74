"""Take the pictures of docs/screens/ under a real X server: every page of the window, its
form open, at 1024 × 768 and 1366 × 768 (PAGE-SIZE.png), on the demo file of 24/11/2026.

    uv run python docs/screens.py [--out docs/screens]

Needs Xvfb and openbox (see the README's development section); ImageMagick, if installed,
brings each picture down to 256 colours to keep it small.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DAY = dt.date(2026, 11, 24)
SIZES = ("1024x768", "1366x768")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from app.demo import builder as demo
    from tests.x11 import xvfb

    work = Path(tempfile.mkdtemp(prefix="vigie-screens-"))
    path = work / "Démo.vigie"
    demo.generate(path, today=DAY)
    options.out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        folder = work / f"shots-{size}"
        with xvfb.display(size) as env:
            env = {**env, "VIGIE_DATA_DIR": str(work / size)}
            subprocess.run([sys.executable, "-m", "tests.x11.window_probe", str(path),
                            "--shots", str(folder), "--today", DAY.isoformat()],
                           cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        for picture in sorted(folder.glob("*.png")):
            target = options.out / f"{picture.stem}-{size}.png"
            if shutil.which("convert"):  # 256 colours: a third of the size, same look
                subprocess.run(["convert", str(picture), "-colors", "256", str(target)],
                               check=True)
            else:
                shutil.copyfile(picture, target)
            print(target)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
