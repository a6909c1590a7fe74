"""Fixtures of the import tests: a client file with two suppliers' contracts."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.storage.document import ClientFile, open_file
from tests.unit.imports.support import TODAY, build_client_file, pin_the_import_day


@pytest.fixture(autouse=True)
def import_day(today):
    """The clock pinned to the day these tests were written for (see support.TODAY)."""
    pin_the_import_day()
    return TODAY


@dataclass
class ClientOnDisk:
    """A saved and closed client file and the ids of what it holds."""

    path: Path
    ids: dict[str, int]

    def digest(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> ClientOnDisk:
    """The client file built once (migrations take a while), copied by each test."""
    return ClientOnDisk(*build_client_file(tmp_path_factory.mktemp("template")))


@pytest.fixture
def client_on_disk(template: ClientOnDisk, tmp_path: Path) -> ClientOnDisk:
    """A saved and closed copy of the template, in the test's own folder."""
    folder = tmp_path / "documents"
    folder.mkdir()
    path = folder / "client.vigie"
    shutil.copyfile(template.path, path)
    return ClientOnDisk(path, dict(template.ids))


@pytest.fixture
def document(client_on_disk: ClientOnDisk) -> Iterator[ClientFile]:
    """The client file, open."""
    opened = open_file(client_on_disk.path)
    yield opened
    opened.close(save=False)


@pytest.fixture
def ids(client_on_disk: ClientOnDisk) -> dict[str, int]:
    return client_on_disk.ids
