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
    for folder in ("models", "storage", "services", "charts", "export", "demo", "imports"):
        assert offenders(folder, ("PySide6", "app.ui")) == []


def test_pages_and_widgets_do_not_reach_the_database() -> None:
    forbidden = ("sqlalchemy", "app.storage", "sqlite3")
    for folder in ("ui/pages", "ui/widgets", "ui/dialogs"):
        assert offenders(folder, forbidden) == []


def test_services_take_a_session_and_never_open_files() -> None:
    """Services work on whatever session they are given: opening, creating and locking
    client files is the storage layer's business, and the demo builder's above it."""
    assert offenders("services", ("app.storage", "app.demo", "app.export", "app.imports")) == []


def test_the_core_reads_the_clock_through_app_clock_only() -> None:
    """No rule, query or export reads the machine's clock: `today` is an argument, and
    timestamps come from `app.clock`, which the tests pin."""
    calls = ("date.today(", "datetime.now(", "datetime.today(", "time.time(")
    found = sorted(
        f"{path.relative_to(APP)}: {call}"
        for folder in ("models", "services", "charts", "export", "demo", "storage", "imports")
        for path in (APP / folder).rglob("*.py")
        for call in calls
        if call in path.read_text(encoding="utf-8")
    )
    assert found == []
