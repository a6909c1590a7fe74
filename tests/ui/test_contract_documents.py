"""The documents of a contract on the « Contrats » page: add, open, save a copy, remove."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from app.models import Attachment
from app.models.enums import DocumentKind
from app.services import records
from app.storage.document import open_file
from tests.ui.contracts_support import build_page, click, click_row


def test_attach_open_save_as_remove_and_undo(qtbot, setup, tmp_path, monkeypatch) -> None:
    page, _ids = setup
    source = tmp_path / "Contrat signé CTR-FAR.pdf"
    content = b"%PDF-1.4\n" + bytes(range(256)) * 40
    source.write_bytes(content)
    asked: list[str] = []

    def get_item(_parent, _title, label, items, current, _editable):
        asked.append(items[current])
        return items[current], True

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(source), "Documents"))
    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    click_row(qtbot, page, "CTR-FAR")
    panel = page.form.attachments
    page.form.tabs.setCurrentIndex(1)

    click(qtbot, panel.add_button)

    assert asked == [DocumentKind.CONTRACT.label]  # guessed from the file name
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data() == "Contrat signé CTR-FAR.pdf"
    assert panel.model.index(0, 1).data() == "Contrat signé"
    assert panel.model.index(0, 2).data() == "10 Ko"
    assert page.form.tabs.tabText(1) == "Documents (1)"

    panel.table.selectRow(0)
    target = tmp_path / "copie.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    click(qtbot, panel.save_button)
    assert target.read_bytes() == content

    record = watch_viewer(tmp_path, monkeypatch)
    click(qtbot, panel.open_button)
    qtbot.waitUntil(record.exists)
    opened = Path(record.read_text(encoding="utf-8").strip())
    assert opened.name == "Contrat signé CTR-FAR.pdf"
    assert opened.read_bytes() == content

    click(qtbot, panel.remove_button)  # the answers fixture confirms
    assert panel.model.rowCount() == 0
    assert page.form.tabs.tabText(1) == "Documents"

    page.workspace.undo_stack.undo()
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    again = tmp_path / "encore.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(again), ""))
    click(qtbot, panel.save_button)
    assert again.read_bytes() == content


def fake_viewer(tmp_path: Path, monkeypatch, exit_code: int) -> Path:
    """An `xdg-open` of our own on the PATH: it notes the file it was asked to open and
    answers `exit_code` (3: no program for this kind of file). Returns the note's path."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)
    record = tmp_path / "opened.txt"
    script = folder / "xdg-open"
    script.write_text(f'#!/bin/sh\necho "$1" > "{record}"\nexit {exit_code}\n',
                      encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return record


def watch_viewer(tmp_path: Path, monkeypatch) -> Path:
    """Note the file the system's viewer is asked to open, in the returned file."""
    if sys.platform.startswith("linux"):
        return fake_viewer(tmp_path, monkeypatch, exit_code=0)
    record = tmp_path / "opened.txt"
    monkeypatch.setattr("app.ui.system_viewer.QDesktopServices.openUrl",
                        lambda url: record.write_text(url.toLocalFile(), encoding="utf-8") > 0)
    return record


def _attached(qtbot, page, tmp_path, monkeypatch):
    """CTR-FAR with one document attached and selected on its Documents tab."""
    source = tmp_path / "PV de recette.pdf"
    source.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(source), "Documents"))
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda _p, _t, _l, items, current, _e: (items[current], True))
    click_row(qtbot, page, "CTR-FAR")
    panel = page.form.attachments
    page.form.tabs.setCurrentIndex(1)
    click(qtbot, panel.add_button)
    panel.table.selectRow(0)
    return panel


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-open is Linux's")
@pytest.mark.parametrize("viewer", ["no program for a PDF", "no xdg-open at all"])
def test_opening_a_document_with_no_viewer_installed_says_so(
    qtbot, setup, tmp_path, monkeypatch, answers, viewer
) -> None:
    page, _ids = setup
    panel = _attached(qtbot, page, tmp_path, monkeypatch)
    if viewer == "no program for a PDF":
        fake_viewer(tmp_path, monkeypatch, exit_code=3)  # xdg-open's answer then
    else:
        monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    click(qtbot, panel.open_button)
    qtbot.waitUntil(lambda: bool(answers["errors"]), timeout=10_000)
    assert "Aucune application de cet ordinateur n'ouvre « PV de recette.pdf »" \
        in answers["errors"][0]


def test_a_file_too_large_is_refused(qtbot, setup, tmp_path, monkeypatch, answers) -> None:
    page, _ids = setup
    monkeypatch.setattr("app.services.attachments.MAX_SIZE", 10)
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"x" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **_k: (a[3][a[4]], True))
    click_row(qtbot, page, "CTR-FAR")
    click(qtbot, page.form.attachments.add_button)
    assert "ne peut pas dépasser" in answers["errors"][0]
    assert page.form.attachments.model.rowCount() == 0
    assert page.workspace.undo_stack.count() == 0




def test_read_only_disables_editing_but_not_saving_copies(
    qtbot, filled_path, answers, tmp_path, monkeypatch
) -> None:
    path, ids = filled_path
    document = open_file(path)
    with document.session() as session:
        records.create(session, Attachment, {
            "contract_id": ids["far"], "kind": DocumentKind.PAQ, "name": "PAQ.txt",
            "media_type": "text/plain", "size": 3, "data": b"PAQ"})
    document.close()
    document = open_file(path, read_only=True)
    page = build_page(qtbot, document)
    reason = document.read_only_reason
    assert not page.new_button.isEnabled() and page.new_button.toolTip() == reason

    click_row(qtbot, page, "CTR-FAR")
    assert page.current_id() == ids["far"]
    assert not page.delete_button.isEnabled()
    title = page.form.fields.field("title")
    assert not title.isEnabled() and title.toolTip() == reason
    assert not page.form.fields.field("has_penalty_clause").isEnabled()
    assert not page.form.save_button.isEnabled()
    panel = page.form.attachments
    assert not panel.add_button.isEnabled()
    panel.table.selectRow(0)
    assert not panel.remove_button.isEnabled()
    target = tmp_path / "copie.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    click(qtbot, panel.save_button)
    assert target.read_bytes() == b"PAQ"
    document.close(save=False)
