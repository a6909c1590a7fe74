"""Attached documents written to disk: a fresh folder each time, Windows' device names
refused, damaged documents said to be damaged instead of handed to a viewer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.models import Attachment
from app.models.enums import DocumentKind
from app.services import attachments, records
from app.storage.document import open_file
from tests.ui.contracts_support import build_page, click, click_row


@pytest.fixture
def documents_page(qtbot, filled_path, answers):
    """The contracts page on a file whose CTR-FAR holds two documents."""
    path, ids = filled_path
    document = open_file(path)
    with document.session() as session:
        for name, data in (("NUL.txt", b"notes"), ("Contrat signe.pdf", b"%PDF" * 2000)):
            records.create(session, Attachment, {
                "contract_id": ids["far"], "kind": DocumentKind.OTHER, "name": name,
                "media_type": "application/octet-stream", "size": len(data), "data": data})
    document.close()
    document = open_file(path)
    page = build_page(qtbot, document)
    click_row(qtbot, page, "CTR-FAR")
    page.form.tabs.setCurrentIndex(1)
    yield page, path
    document.close(save=False)


def select(panel, name: str) -> None:
    panel.table.selectRow(panel.model.find_row(lambda r: r.name == name))


def opened_files(monkeypatch) -> list[Path]:
    opened: list[Path] = []
    monkeypatch.setattr("app.ui.system_viewer.open_document",
                        lambda path, _parent, _refused: opened.append(Path(path)))
    return opened


def test_each_opening_gets_a_fresh_folder_and_a_safe_name(qtbot, documents_page,
                                                          monkeypatch) -> None:
    page, _path = documents_page
    panel = page.form.attachments
    opened = opened_files(monkeypatch)
    select(panel, "NUL.txt")
    click(qtbot, panel.open_button)
    click(qtbot, panel.open_button)  # Word or Acrobat may still hold the first copy
    assert [p.name for p in opened] == ["_NUL.txt", "_NUL.txt"]
    assert opened[0].parent != opened[1].parent
    assert all(p.read_bytes() == b"notes" for p in opened)


def test_saving_under_a_device_name_is_refused(qtbot, documents_page, monkeypatch,
                                               answers, tmp_path) -> None:
    page, _path = documents_page
    panel = page.form.attachments
    select(panel, "Contrat signe.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "CON.pdf"), ""))
    click(qtbot, panel.save_button)
    assert "réserve à un périphérique" in answers["errors"][0]
    assert not (tmp_path / "CON.pdf").exists()


def test_a_damaged_document_is_not_opened(qtbot, documents_page, monkeypatch, answers):
    page, _path = documents_page
    panel = page.form.attachments
    connection = sqlite3.connect(page.workspace.document.working_path)
    with connection:  # its bytes altered after it was attached
        connection.execute("UPDATE attachment SET data = zeroblob(8000) WHERE name = ?",
                           ("Contrat signe.pdf",))
    connection.close()
    opened = opened_files(monkeypatch)
    select(panel, "Contrat signe.pdf")
    click(qtbot, panel.open_button)
    assert opened == []
    assert "« Contrat signe.pdf » est endommagé" in answers["errors"][0]


@pytest.mark.parametrize(("name", "safe"), [
    ("NUL.pdf", "_NUL.pdf"), ("com1.txt", "_com1.txt"), ("Lpt9", "_Lpt9"),
    ("aux.tar.gz", "_aux.tar.gz"), ("CON .pdf", "_CON .pdf"), ("Contrat.", "Contrat"),
    ("rapport: v2?.pdf", "rapport_ v2_.pdf"), ("console.pdf", "console.pdf"),
])
def test_safe_file_names(name: str, safe: str) -> None:
    assert attachments.safe_file_name(name) == safe
