"""Build Vigie's desktop program: one command, on the system it is meant for.

    uv run python installer/build.py [--clean]

1. compiles Vigie's translations (resources/translations/*.ts → .qm);
2. runs PyInstaller on installer/vigie.spec: a one-folder build in dist/Vigie/
   (dist/Vigie.app on macOS), with the programs `vigie` and `vigie-gui`;
3. on Linux, packs dist/Vigie-<version>-linux-<machine>.tar.xz: the folder, its
   install.sh, the .desktop entry and the MIME type of *.vigie (installer/linux/);
   on Windows, says the Inno Setup command that makes the installer (installer/vigie.iss);
4. prints the folder's size, and the archive's.

PyInstaller's work files go to build/pyinstaller/ and are reused by the next build;
`--clean` starts afresh.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "Vigie"
LINUX_FILES = ("install.sh", "vigie.desktop", "vigie-mime.xml")


def version() -> str:
    """pyproject.toml's version, which the spec and the Windows files must repeat."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    number = data["project"]["version"]
    for path in (HERE / "vigie.spec", HERE / "vigie.iss", HERE / "windows" / "version_info.txt"):
        if number not in path.read_text(encoding="utf-8"):
            raise SystemExit(f"{path.relative_to(ROOT)} does not say version {number}: "
                             "update it with pyproject.toml")
    return number


def translations() -> None:
    """Compile the .ts catalogues into the .qm files the bundle ships."""
    sys.path.insert(0, str(HERE))
    import translations as catalogue

    for qm in catalogue.release():
        print(f"translation: {qm.relative_to(ROOT)}")


def pyinstaller(clean: bool) -> None:
    """Run PyInstaller on the spec (in this interpreter's environment)."""
    command = [sys.executable, "-m", "PyInstaller", str(HERE / "vigie.spec"), "--noconfirm",
               "--log-level", "WARN", "--distpath", str(DIST), "--workpath", str(WORK)]
    if clean:
        command.append("--clean")
    subprocess.run(command, check=True, cwd=ROOT)


def strip_symbols(folder: Path) -> int:
    """Strip the debugging symbols of the folder's Linux libraries (libpython alone goes
    from 23 to 6 MB); return how many were stripped.

    Not those that auditwheel repaired (in a `*.libs` folder, or finding one through their
    RPATH): patchelf moved their segments, and strip then writes a library the loader
    refuses (« ELF load command address/offset not page-aligned », numpy's OpenBLAS) —
    which is why the spec's own strip option stays off.
    """
    if not shutil.which("strip") or not shutil.which("readelf"):
        return 0
    count = 0
    for path in sorted(folder.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or path.parent.name.endswith(".libs"):
            continue
        dynamic = subprocess.run(["readelf", "-d", "-S", str(path)], capture_output=True,
                                 text=True).stdout
        if ".libs" in dynamic or ".symtab" not in dynamic:  # repaired, or already stripped
            continue
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
        count += 1
    return count


def gui_link(folder: Path) -> None:
    """vigie-gui beside vigie: the same program, which starts the GUI alone by that name
    (installer/vigie_main.py). Windows has two programs instead."""
    link = folder / "vigie-gui"
    link.unlink(missing_ok=True)
    link.symlink_to("vigie")


def linux_archive(number: str) -> Path:
    """dist/Vigie-<version>-linux-<machine>.tar.xz: the folder and its installer files."""
    folder = DIST / NAME
    gui_link(folder)
    for name in LINUX_FILES:
        shutil.copy2(HERE / "linux" / name, folder / name)
    (folder / "install.sh").chmod(0o755)
    archive = DIST / f"{NAME}-{number}-linux-{platform.machine()}.tar.xz"
    # xz at its fastest preset: 15 % smaller than gzip's best, in about the same time
    with tarfile.open(archive, "w:xz", preset=1) as tar:
        tar.add(folder, arcname=f"{NAME}-{number}")
    return archive


def size_mb(path: Path) -> float:
    """A file's size, or a folder's (its files added up), in MB."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()
               ) / 1e6


def main() -> int:
    """Build, pack, and report sizes."""
    parser = argparse.ArgumentParser(description="Construit le programme Vigie (PyInstaller).")
    parser.add_argument("--clean", action="store_true", help="sans réutiliser build/pyinstaller")
    options = parser.parse_args()
    number = version()
    started = time.monotonic()
    translations()
    pyinstaller(options.clean)
    folder = DIST / (f"{NAME}.app" if sys.platform == "darwin" else NAME)
    print(f"built: {folder.relative_to(ROOT)} ({size_mb(folder):.0f} MB) "
          f"in {time.monotonic() - started:.0f} s")
    if sys.platform.startswith("linux"):
        print(f"stripped: {strip_symbols(folder)} libraries ({size_mb(folder):.0f} MB)")
        archive = linux_archive(number)
        print(f"archive: {archive.relative_to(ROOT)} ({size_mb(archive):.0f} MB)")
    elif sys.platform == "win32":
        print("installer: iscc installer\\vigie.iss  (Inno Setup 6) → dist\\"
              f"{NAME}-{number}-setup.exe")
    return 0


if __name__ == "__main__":
    if not re.fullmatch(r"\d+\.\d+\.\d+", version()):
        raise SystemExit("pyproject.toml's version must read X.Y.Z (Windows wants numbers)")
    sys.exit(main())
