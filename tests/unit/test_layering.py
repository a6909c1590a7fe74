"""The layers of STYLE.md hold: no Qt below the UI, no SQL in the UI's pages and widgets."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{path.relative_to(APP)} imports {module}"
        for path in (APP / folder).rglob("*.py")
        for module in imported_modules(path)
        if module.startswith(forbidden)
    )


def test_core_layers_do_not_import_qt() -> None:
    for folder in ("models", "storage", "services", "charts", "export"):
        assert offenders(folder, ("PySide6", "app.ui")) == []


def test_pages_and_widgets_do_not_reach_the_database() -> None:
    forbidden = ("sqlalchemy", "app.storage", "sqlite3")
    for folder in ("ui/pages", "ui/widgets", "ui/dialogs"):
        assert offenders(folder, forbidden) == []
