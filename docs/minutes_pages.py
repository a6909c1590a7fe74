"""Render the README's picture of the minutes: the first two pages of the last COPIL of the
demo file, as LibreOffice lays them out.

    uv run python docs/minutes_pages.py [--out docs/minutes.png] [--template T.docx]

The demo file is built for 24/11/2026 and the minutes written that day, so that the picture
does not change with the date. Needs LibreOffice (`soffice`), `pdftoppm` (poppler) and
ImageMagick's `convert`; nothing is written outside `--out` and a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DAY = dt.date(2026, 11, 24)
ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "minutes.png")
    parser.add_argument("--template", type=Path, help="a company template to use instead")
    parser.add_argument("--pages", type=int, default=2, help="how many pages side by side")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="vigie-minutes-"))
    os.environ["VIGIE_DATA_DIR"] = str(folder / "data")
    sys.path.insert(0, str(ROOT))
    docx = export_last_copil(folder, options.template)
    pages = render_pages(docx, folder, options.pages)
    subprocess.run(["convert", *map(str, pages), "-bordercolor", "#c9d3de", "-border", "1",
                    "-bordercolor", "white", "-border", "12", "+append", str(options.out)],
                   check=True)
    print(f"{options.out} écrit ({len(pages)} pages de {docx.name}).")


def export_last_copil(folder: Path, template: Path | None) -> Path:
    """Build the demo file for DAY and write the minutes of its last COPIL held."""
    from app.demo import builder as demo
    from app.export.minutes_source import minutes_for
    from app.export.minutes_template import read_template_file
    from app.storage.document import open_file
    from benchmarks.minutes import last_copil

    path = folder / "Démo.vigie"
    demo.generate(path, today=DAY)
    found = last_copil(path, DAY)
    assert found is not None, "the demo file has no COPIL held"
    chosen = None if template is None else (template.name, read_template_file(template))
    document = open_file(path, read_only=True)
    try:
        with document.session() as session:
            minutes = minutes_for(session, found[0], DAY, chosen)
    finally:
        document.close()
    out = folder / "compte-rendu.docx"
    minutes.save(out)
    return out


def render_pages(docx: Path, folder: Path, count: int) -> list[Path]:
    """Convert to PDF with LibreOffice headless, then the first `count` pages to PNG."""
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/lo",
                    "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
                   check=True, capture_output=True)
    pdf = docx.with_suffix(".pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "75", "-f", "1", "-l", str(count), str(pdf),
                    str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


if __name__ == "__main__":
    main()
