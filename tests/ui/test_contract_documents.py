"""The documents of a contract on the « Contrats » page: add, open, save a copy, remove."""

from __future__ import annotations

from pathlib import Path

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

    opened: list[Path] = []
    monkeypatch.setattr("app.ui.pages.attachments_panel.QDesktopServices.openUrl",
                        lambda url: opened.append(Path(url.toLocalFile())) or True)
    click(qtbot, panel.open_button)
    assert opened[0].name == "Contrat signé CTR-FAR.pdf"
    assert opened[0].read_bytes() == content

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
