"""The minutes and the invitation from the meeting sheet: the buttons a user clicks right
after the meeting, with what was just typed in the document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QFileDialog

from app.models import Committee, CommitteeStatus
from app.storage.document import open_file
from app.ui import minutes_actions
from tests.committees_support import governance_file
from tests.ui.committees_ui_support import build, click, query, type_text


@pytest.fixture
def opened(qtbot, tmp_path, answers, monkeypatch):
    """November's COPIL open in its sheet; files « opened » are recorded, not opened."""
    from app.ui.pages.committees import CommitteesPage

    path, ids = governance_file(tmp_path / "documents")
    document = open_file(path)
    page = build(qtbot, document, CommitteesPage)
    page.open_committee(ids["copil_nov"])
    opened_files: list[Path] = []
    monkeypatch.setattr(minutes_actions.system_viewer, "open_document",
                        lambda path, _parent, _refused: opened_files.append(Path(path)))
    yield page, page.sheet, ids, opened_files
    page.discard_edits()
    page.workspace.undo_stack.clear()
    document.close(save=False)


def status(page, committee_id: int) -> CommitteeStatus:
    return query(page, Committee, Committee.id == committee_id)[0].status


def test_the_minutes_hold_what_was_just_typed_and_the_committee_is_marked_sent(
        qtbot, opened, tmp_path, monkeypatch) -> None:
    page, sheet, ids, opened_files = opened
    sheet.tabs.setCurrentWidget(sheet.agenda)
    sheet.agenda.list.setCurrentRow(2)
    sheet.agenda.editor.setFocus()
    sheet.agenda.editor.moveCursor(sheet.agenda.editor.textCursor().MoveOperation.End)
    type_text(qtbot, sheet.agenda.editor, " Go le 12/12.")
    assert page.has_unsaved_edits()  # typed a second ago, not stored yet
    target = tmp_path / "cr.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))

    click(qtbot, sheet.minutes_button)

    texts = [p.text for p in Document(target).paragraphs]
    assert "Bascule prévue en décembre. Go le 12/12." in texts
    assert opened_files == [target]
    assert status(page, ids["copil_nov"]) is CommitteeStatus.MINUTES_SENT
    assert sheet.status_badge.text() == "Compte rendu envoyé"
    page.workspace.undo_stack.undo()
    assert sheet.status_badge.text() == "Tenu"


def test_the_minutes_review_shows_the_sheets_figures(qtbot, opened, tmp_path,
                                                     monkeypatch) -> None:
    _page, sheet, _ids, _files = opened
    target = tmp_path / "cr.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    click(qtbot, sheet.minutes_button)
    document = Document(target)
    on_screen = sheet.review.supplier_table.model()
    shown = {on_screen.index(r, 1).data(): [on_screen.index(r, c).data() for c in (4, 6, 7)]
             for r in range(on_screen.rowCount())}
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Indicateur"
                 and "SLA-01" in "".join(c.text for c in t.columns[0].cells))
    in_minutes = {row.cells[0].text.split(" — ")[0]: row for row in table.rows[1:]}
    sla = in_minutes["SLA-01"].cells
    assert [sla[1].text, sla[3].text, sla[4].text] == shown["SLA-01"]
    penalties = next(p.text for p in document.paragraphs
                     if p.text.startswith("Pénalités de la période"))
    assert "INF : 1\u202f000,00\u202f€ (plafonnées)" in penalties  # capped, as on the sheet


def test_a_planned_committee_offers_the_invitation_a_held_one_the_minutes(
        qtbot, opened) -> None:
    page, sheet, ids, _files = opened
    assert sheet.minutes_button.isVisible() and not sheet.invite_button.isVisible()
    sheet.set_status(CommitteeStatus.PLANNED)  # its day (10/11) is past: minutes still make sense
    assert sheet.minutes_button.isVisible() and sheet.invite_button.isVisible()
    future = page.workspace.query(lambda s: s.get(Committee, ids["copil_nov"]))
    assert future.starts_at.date() == dt.date(2026, 11, 10)
    sheet.today = lambda: dt.date(2026, 11, 1)  # seen before the meeting
    sheet.refresh()
    assert not sheet.minutes_button.isVisible() and sheet.invite_button.isVisible()
    sheet.set_status(CommitteeStatus.CANCELLED)
    assert sheet.invite_button.isVisible() and not sheet.minutes_button.isVisible()
    assert status(page, ids["copil_nov"]) is CommitteeStatus.CANCELLED
