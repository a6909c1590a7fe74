"""What the meeting sheet and the File menu do with Word and calendars: export a committee's
minutes, send its invitation, export the contracts' notice deadlines.

Each flow asks where to save (in the folder used last), builds the document through the op
helper, writes it without ever leaving half a file, then opens it with the system's
program (Word, Outlook…). Exporting the minutes of a held committee marks it « compte rendu
envoyé », an undoable step; sending an invitation remembers its SEQUENCE, which is not
undoable (see `app.services.invitations`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from app import clock
from app.export.files import WriteError, write_atomically
from app.export.minutes_template import TemplateError
from app.models import Committee
from app.models.enums import CommitteeStatus
from app.services.attachments import safe_file_name
from app.ui import settings, system_viewer
from app.ui.commands import UpdateRecord
from app.ui.dialogs import messages
from app.ui.dialogs.report_import.support import busy
from app.ui.workspace import Workspace


def _tr(text: str) -> str:
    return QCoreApplication.translate("minutes", text)


def export_minutes(parent: QWidget, workspace: Workspace, committee_id: int) -> Path | None:
    """Export a committee's minutes to a .docx the user places, mark the committee « compte
    rendu envoyé » when it was held, and open the document; the path, or None."""
    from app.export.minutes_source import committee_header

    header = workspace.query(lambda s: committee_header(s, committee_id))
    target = ask_save_path(parent, _tr("Enregistrer le compte rendu"),
                           f"CR {header.title}.docx", _tr("Document Word (*.docx)"))
    if target is None:
        return None
    today = clock.today()
    with busy():
        document = _build_minutes(parent, workspace, committee_id, today)
        if document is None or not _write(parent, target, document.save):
            return None
    marked = _mark_sent(workspace, committee_id, header, today)
    _say(parent, _tr("Compte rendu enregistré : {0}").format(target) + (
        _tr(" — comité marqué « compte rendu envoyé » (Édition ▸ Annuler pour revenir).")
        if marked else ""))
    open_with_system(parent, target)
    return target


def _build_minutes(parent: QWidget, workspace: Workspace, committee_id: int,
                   today: Any) -> Any:
    from app.export.minutes_source import minutes_for

    try:
        return workspace.query(lambda s: minutes_for(s, committee_id, today))
    except TemplateError as error:
        messages.show_error(parent, _tr("Compte rendu non exporté"), _tr(
            "{0} Choisissez un autre modèle (Fichier ▸ Modèle de compte rendu…) ou revenez "
            "à celui de Vigie.").format(error))
        return None


def should_mark_sent(status: CommitteeStatus, held_on: Any, today: Any) -> bool:
    """True for a committee whose minutes, once exported, count as sent: held (or planned
    on a day now past); not a cancelled one, nor one to come, nor one already marked."""
    return status is CommitteeStatus.HELD or (
        status is CommitteeStatus.PLANNED and held_on <= today)


def _mark_sent(workspace: Workspace, committee_id: int, header: Any, today: Any) -> bool:
    if workspace.read_only or not should_mark_sent(header.status, header.starts_at.date(),
                                                   today):
        return False
    UpdateRecord(workspace, _tr("Compte rendu envoyé : {0}").format(header.title), Committee,
                 committee_id, {"status": CommitteeStatus.MINUTES_SENT}).execute()
    return True


def send_invitation(parent: QWidget, workspace: Workspace, committee_id: int) -> Path | None:
    """Show the invitation, write its .ics where the user says, remember its SEQUENCE and
    open it with the mail or calendar program; the path, or None."""
    from app.export.calendar_source import committee_invitation
    from app.export.invitations import invitation_ics
    from app.services.invitations import record_invitation_sent
    from app.ui.dialogs.invitation import InvitationDialog

    draft = workspace.query(lambda s: committee_invitation(s, committee_id))
    dialog = InvitationDialog(draft, parent)
    if dialog.exec() != InvitationDialog.DialogCode.Accepted:
        return None
    email = dialog.organizer_email()
    if email is not None:
        draft = workspace.query(lambda s: committee_invitation(s, committee_id, email))
    invitation = draft.invitation
    target = ask_save_path(parent, _tr("Enregistrer l'invitation"),
                           _tr("Invitation {0}.ics").format(invitation.title),
                           _tr("Invitation de calendrier (*.ics)"))
    if target is None:
        return None
    data = invitation_ics(invitation, clock.now())
    if not _write(parent, target, lambda out: out.write(data)):
        return None
    if not workspace.read_only:
        workspace.query(lambda s: record_invitation_sent(s, committee_id, invitation.sequence))
        workspace.data_changed.emit(Committee.__tablename__)
    _say(parent, _tr("Invitation enregistrée : {0}").format(target))
    open_with_system(parent, target)
    return target


def export_deadlines(parent: QWidget, workspace: Workspace) -> Path | None:
    """Export the notice deadlines of the file's contracts as one .ics, and open it."""
    from app.export.calendar_source import notice_deadlines
    from app.export.invitations import deadlines_ics
    from app.export.minutes_source import client_name
    from app.services.formatting import plural

    today, now = clock.today(), clock.now()
    deadlines, client = workspace.query(lambda s: (notice_deadlines(s, today), client_name(s)))
    target = ask_save_path(parent, _tr("Exporter les dates limites de dénonciation"),
                           _tr("Dates limites de dénonciation — {0}.ics").format(client),
                           _tr("Calendrier (*.ics)"))
    if target is None:
        return None
    if not _write(parent, target, lambda out: out.write(deadlines_ics(deadlines, client, now))):
        return None
    _say(parent, _tr("{0} dans {1}").format(
        plural(len(deadlines), _tr("date limite de dénonciation"),
               _tr("dates limites de dénonciation")), target))
    open_with_system(parent, target)
    return target


# -- shared steps -------------------------------------------------------------------------------


def default_folder() -> Path:
    """Where exports are offered to go: the folder used last, else the user's documents."""
    return Path(settings.value("exports/folder") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def ask_save_path(parent: QWidget, title: str, name: str, file_filter: str) -> Path | None:
    """Ask where to save `name`, starting in the folder used last; None when cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(default_folder() / safe_file_name(name)), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(name).suffix
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    settings.set_value("exports/folder", str(path.parent))
    return path


def _write(parent: QWidget, target: Path, write: Callable[[Any], Any]) -> bool:
    try:
        write_atomically(target, write)
    except WriteError as error:
        messages.show_error(parent, _tr("Écriture impossible"), str(error)[:1].upper()
                            + str(error)[1:])
        return False
    return True


def open_with_system(parent: QWidget, path: Path) -> None:
    """Open a written file with the program the system associates with it."""
    system_viewer.open_document(path, parent, lambda: _say(parent, _tr(
        "Aucune application n'a ouvert « {0} » : il est enregistré dans {1}.").format(
            path.name, path.parent)))


def _say(parent: QWidget, text: str) -> None:
    window = parent.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 10000)
