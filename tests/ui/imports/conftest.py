"""GUI fixtures of the import: the main window on a client file with two suppliers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.unit.imports.support import TODAY, build_client_file, pin_the_import_day


@pytest.fixture(autouse=True)
def import_day(today):
    """The clock pinned to the day these tests were written for (see support.TODAY)."""
    pin_the_import_day()
    return TODAY


@pytest.fixture(scope="session")
def import_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    return build_client_file(tmp_path_factory.mktemp("import-template"))


@pytest.fixture
def opened(window, import_template, tmp_path: Path):
    """The main window on a copy of the client file, and the ids it holds."""
    template, ids = import_template
    folder = tmp_path / "documents"
    folder.mkdir()
    path = Path(shutil.copyfile(template, folder / "client.vigie"))
    assert window.open_path(path)
    yield window, ids
    if window.workspace is not None:  # pytest-qt may have closed the window already
        window.workspace.undo_stack.clear()
