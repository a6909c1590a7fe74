"""Shared test set-up: offscreen Qt, a private data directory, fresh client files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Working copies, backups and the demo file of each test go to its own folder."""
    folder = tmp_path / "vigie-data"
    monkeypatch.setenv("VIGIE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def client_file(tmp_path: Path) -> Iterator:
    """A fresh, open client file in a 'documents' folder; closed after the test."""
    from app.storage.document import create

    folder = tmp_path / "documents"
    folder.mkdir()
    document = create(folder / "client.vigie", "Client de test")
    yield document
    document.close(save=False)
