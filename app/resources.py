"""Where Vigie's shipped files live (the minutes template, icons…), in a checkout or a bundle.

In a checkout they sit in `resources/` at the top of the repository. In a PyInstaller
bundle, the bootloader unpacks the data files under `sys._MEIPASS`, and the build adds the
`resources` folder there under the same name (`--add-data resources:resources`).
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The repository's root, from this file's place in it (app/resources.py).
_CHECKOUT = Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    """The folder holding the shipped resources."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else _CHECKOUT
    return base / "resources"


def resource_path(name: str) -> Path:
    """The path of the shipped resource `name` (« minutes_template.docx »).

    Raises FileNotFoundError naming the file when it is missing: a broken install is a bug
    to report, not a user error to explain away.
    """
    path = resources_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"Vigie resource missing: {path}")
    return path


def icon_files(name: str = "vigie") -> list[Path]:
    """The PNG renderings of icon `name` (« vigie », « vigie-file »), smallest first; none
    when the icons are missing (a window without an icon still works)."""
    found = (resources_dir() / "icons" / "png").glob(f"{name}-*.png")
    sized = [(path.stem.rpartition("-")[2], path) for path in found
             if path.stem.rpartition("-")[0] == name]  # not vigie-file-16.png for « vigie »
    return [path for size, path in sorted(sized, key=lambda s: int(s[0])) if size.isdigit()]
