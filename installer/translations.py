"""Vigie's own translations: the `.ts` catalogue of every user-visible string, and its `.qm`.

    uv run python installer/translations.py        # refresh resources/translations/*.ts

Vigie's source strings are French: the catalogue is the starting point of another language
(English first, `vigie_en.ts`), filled in with Qt Linguist (`pyside6-linguist`). The build
compiles each `.ts` to a `.qm` in `resources/translations/`, shipped in the bundle; Vigie
runs in French, which needs none, and will load one once a language can be chosen.

Two kinds of calls hold the strings: widgets' `self.tr("…")`, which lupdate reads as they
are, and the Qt-free core's `tr(context, "…")` (app/i18n.py), which is Qt's
`QCoreApplication.translate(context, text)` under another name; lupdate reads those files
with that alias, then both catalogues are merged into one.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
CORE_IMPORT = "from app.i18n import tr"


def _tool(name: str) -> str:
    """The path of a Qt tool shipped by PySide6 (lupdate, lrelease)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"{name} not found in {folder}: is PySide6 installed?")


def _sources() -> tuple[list[Path], list[Path]]:
    """The app's modules: those calling widgets' tr(), those calling the core's tr()."""
    widgets, core = [], []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        (core if CORE_IMPORT in path.read_text(encoding="utf-8") else widgets).append(path)
    return widgets, core


def _lupdate(files: list[Path], ts: Path, language: str, *aliases: str) -> None:
    command = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
               "-source-language", "fr_FR", "-target-language", language, *aliases,
               *(str(f) for f in files), "-ts", str(ts)]
    subprocess.run(command, check=True, cwd=ROOT)


def update(language: str) -> Path:
    """Rewrite resources/translations/vigie_`language`.ts from the code, keeping what was
    already translated there."""
    ts = TRANSLATIONS / f"vigie_{language}.ts"
    widgets, core = _sources()
    with tempfile.TemporaryDirectory() as folder:
        core_ts = Path(folder) / "core.ts"
        if ts.exists():
            core_ts.write_bytes(ts.read_bytes())  # lupdate keeps existing translations
        _lupdate(core, core_ts, language, "-tr-function-alias", "tr=notr,translate+=tr")
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        _lupdate(widgets, ts, language)
        merged = ET.parse(ts)
        contexts = {c.findtext("name"): c for c in merged.getroot().iter("context")}
        for context in ET.parse(core_ts).getroot().iter("context"):
            same = contexts.get(context.findtext("name"))
            if same is None:
                merged.getroot().append(context)
            else:
                same.extend(context.iter("message"))
    ET.indent(merged)
    with ts.open("wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        merged.write(stream, encoding="utf-8", xml_declaration=False)
    return ts


def release(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every vigie_*.ts of resources/translations into a .qm in `folder`."""
    built = []
    for ts in sorted(TRANSLATIONS.glob("vigie_*.ts")):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main() -> int:
    """Refresh every language's catalogue; say how many strings each holds."""
    for language in LANGUAGES:
        ts = update(language)
        count = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
        print(f"{ts.relative_to(ROOT)}: {count} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
