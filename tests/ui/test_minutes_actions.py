"""Minutes, invitations and deadlines from the window: files written where the user says,
opened with the system's program, the committee marked and the template chosen undoably."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from icalendar import Calendar
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from app.models import Attachment, Committee
from app.models.enums import CommitteeStatus
from app.resources import resource_path
from app.services import records
from app.ui import minutes_actions, settings
from app.ui.dialogs.invitation import InvitationDialog
from app.ui.dialogs.minutes_template import MinutesTemplateDialog
from tests.unit.minutes_file import build
from tests.unit.test_minutes_template import company_template


@pytest.fixture
def opened(window, tmp_path, monkeypatch):
    """The window on the committees file; files « opened » are recorded, not opened."""
    made = build(tmp_path / "documents")
    assert window.open_path(made.path)
    record: dict = {"opened": [], "offered": []}
    monkeypatch.setattr(minutes_actions.system_viewer, "open_document",
                        lambda path, _parent, _refused: record["opened"].append(Path(path)))
    return window, made.ids, record


def save_to(monkeypatch, record: dict, target: Path) -> None:
    """Answer the next save dialogs with `target`, recording the name they offered."""
    def answer(_parent, _title, offered, _filter):
        record["offered"].append(Path(offered))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)


def status_of(window, committee_id: int) -> CommitteeStatus:
    return window.workspace.query(lambda s: CommitteeStatus(s.get(Committee, committee_id).status))


def test_exported_minutes_are_written_opened_and_the_committee_marked_undoably(
        opened, tmp_path, monkeypatch) -> None:
    window, ids, record = opened
    out = tmp_path / "sortie"
    out.mkdir()
    save_to(monkeypatch, record, out / "compte rendu")  # typed without its extension

    written = minutes_actions.export_minutes(window, window.workspace, ids["held"])

    assert written == out / "compte rendu.docx"
    assert record["offered"][0].name == "CR COPIL Armor — novembre 2026.docx"
    assert Document(written).paragraphs[0].text == "COPIL Armor — novembre 2026"
    assert record["opened"] == [written]
    assert status_of(window, ids["held"]) is CommitteeStatus.MINUTES_SENT
    assert "comité marqué « compte rendu envoyé »" in window.statusBar().currentMessage()
    assert settings.value("exports/folder") == str(out)
    stack = window.workspace.undo_stack
    assert stack.undoText() == "Compte rendu envoyé : COPIL Armor — novembre 2026"
    window.undo_action.trigger()
    assert status_of(window, ids["held"]) is CommitteeStatus.HELD


def test_a_committee_still_to_come_is_not_marked(opened, tmp_path, monkeypatch) -> None:
    window, ids, record = opened
    save_to(monkeypatch, record, tmp_path / "futur.docx")
    assert minutes_actions.export_minutes(window, window.workspace, ids["next"]) is not None
    assert status_of(window, ids["next"]) is CommitteeStatus.PLANNED
    assert window.workspace.undo_stack.count() == 0


def test_a_broken_template_in_the_file_says_why_and_writes_nothing(
        opened, tmp_path, monkeypatch, answers) -> None:
    window, ids, record = opened
    from app.services.file_template import template_values

    window.workspace.query(lambda s: records.create(s, Attachment, template_values(
        "abîmé.docx", b"PK\x03\x04 abime", dt.datetime(2026, 11, 1))))
    save_to(monkeypatch, record, tmp_path / "cr.docx")
    assert minutes_actions.export_minutes(window, window.workspace, ids["held"]) is None
    assert "« abîmé.docx » n'est pas un document Word" in answers["errors"][0]
    assert "Fichier ▸ Modèle de compte rendu…" in answers["errors"][0]
    assert not (tmp_path / "cr.docx").exists() and record["opened"] == []
    assert status_of(window, ids["held"]) is CommitteeStatus.HELD


def test_cancelling_the_save_dialog_does_nothing(opened, monkeypatch) -> None:
    window, ids, record = opened
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert minutes_actions.export_minutes(window, window.workspace, ids["held"]) is None
    assert record["opened"] == [] and window.workspace.undo_stack.count() == 0


def _answer_invitation(qtbot, organizer_index: int, seen: list[str]) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, InvitationDialog)
        seen.append(dialog.kind.text())
        dialog.organizer.setCurrentIndex(organizer_index)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def test_sending_an_invitation_then_an_update(opened, qtbot, tmp_path, monkeypatch) -> None:
    window, ids, record = opened
    target = tmp_path / "invitation.ics"
    save_to(monkeypatch, record, target)
    seen: list[str] = []
    _answer_invitation(qtbot, 1, seen)  # Anne Bodin organises it

    assert minutes_actions.send_invitation(window, window.workspace, ids["held"]) == target

    event = Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    uid = str(event["UID"])
    assert str(event["ORGANIZER"]) == "mailto:anne@hexagone.fr"
    assert event.decoded("SEQUENCE") == 0
    assert record["opened"] == [target]
    assert record["offered"][0].name == "Invitation COPIL Armor — novembre 2026.ics"
    assert "messagerie" in seen[0]

    _answer_invitation(qtbot, 0, seen)
    minutes_actions.send_invitation(window, window.workspace, ids["held"])
    event = Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    assert event.decoded("SEQUENCE") == 1 and str(event["UID"]) == uid
    assert "mise à jour n° 1" in seen[1]
    assert window.workspace.undo_stack.count() == 0  # an invitation sent is not undone


def test_the_invitation_dialog_names_who_has_no_email(opened) -> None:
    window, ids, _record = opened
    from app.export.calendar_source import committee_invitation

    draft = window.workspace.query(lambda s: committee_invitation(s, ids["held"]))
    dialog = InvitationDialog(draft, window)
    assert dialog.organizer.count() == 2 and dialog.organizer.isEnabled()
    assert dialog.recipients.text() == ("2 participants ; sans adresse e-mail, donc absents "
                                        "de l'invitation : Paul Petit.")
    dialog.organizer.setCurrentIndex(1)
    assert dialog.organizer_email() == "anne@hexagone.fr"
    dialog.deleteLater()


def test_choosing_refusing_and_reverting_the_template(opened, qtbot, tmp_path,
                                                       monkeypatch) -> None:
    window, ids, record = opened
    dialog = MinutesTemplateDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "modèle de Vigie" in dialog.current.text()
    assert not dialog.revert_button.isEnabled()

    bad = tmp_path / "champs.docx"
    bad.write_bytes(company_template(body=("{{ comite.salle }}",)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(bad), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "utilise le champ inconnu « comite.salle »" in dialog.error.text()
    assert window.workspace.undo_stack.count() == 0

    good = tmp_path / "acme.docx"
    good.write_bytes(company_template(header="ACME — interne"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(good), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible()
    assert "« acme.docx »" in dialog.current.text() and dialog.revert_button.isEnabled()

    save_to(monkeypatch, record, tmp_path / "cr.docx")
    minutes_actions.export_minutes(window, window.workspace, ids["held"])
    assert Document(tmp_path / "cr.docx").sections[0].header.paragraphs[0].text == (
        "ACME — interne")

    window.workspace.undo_stack.undo()  # the committee's marking
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert "modèle de Vigie" in dialog.current.text()
    window.workspace.undo_stack.undo()
    assert "« acme.docx »" in dialog.current.text()


def test_vigie_template_can_be_saved_to_adapt_it(opened, qtbot, tmp_path, monkeypatch) -> None:
    window, _ids, record = opened
    dialog = MinutesTemplateDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    save_to(monkeypatch, record, tmp_path / "modèle.docx")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "modèle.docx").read_bytes() == resource_path(
        "minutes_template.docx").read_bytes()


def test_file_menu_opens_the_template_dialog_and_exports_deadlines(
        opened, tmp_path, monkeypatch) -> None:
    window, _ids, record = opened
    shown: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        shown.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    window.template_action.trigger()
    assert shown == ["MinutesTemplateDialog"]

    target = tmp_path / "dates.ics"
    save_to(monkeypatch, record, target)
    window.deadlines_action.trigger()
    calendar = Calendar.from_ical(target.read_bytes())
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [
        "Date limite de dénonciation : INF-01 (Armor & Fils)",
        "Date limite de dénonciation : INF-02 (Armor & Fils)"]
    assert record["opened"] == [target]
