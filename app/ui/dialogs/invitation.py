"""« Envoyer l'invitation »: who organises it, who receives it, what kind of message it is."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.export.calendar_source import InvitationDraft
from app.export.minutes_text import format_time
from app.services.formatting import format_long_date, plural


class InvitationDialog(QDialog):
    """Shows a committee's invitation before it is written; the organiser can be changed."""

    def __init__(self, draft: InvitationDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.setWindowTitle(self.tr("Envoyer l'invitation"))
        self.setMinimumWidth(460)
        self._setup_ui()

    def _setup_ui(self) -> None:
        invitation = self.draft.invitation
        layout = QVBoxLayout(self)
        start = invitation.starts_at
        end = start + dt.timedelta(minutes=invitation.duration_minutes)
        when = f"{format_long_date(start.date())}, {format_time(start)} – {format_time(end)}"
        title = QLabel(f"<b>{escape(invitation.title)}</b><br>{when}"
                       + (f" — {escape(invitation.place)}" if invitation.place else ""))
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        self.organizer = QComboBox()
        for person in self.draft.organizers:
            self.organizer.addItem(f"{person.name} <{person.email}>", person.email)
        self.organizer.setEnabled(len(self.draft.organizers) > 1)
        if self.draft.organizers:
            form.addRow(self.tr("Organisateur :"), self.organizer)
        self.recipients = QLabel(self._recipients())
        self.recipients.setWordWrap(True)
        form.addRow(self.tr("Destinataires :"), self.recipients)
        layout.addLayout(form)
        self.kind = QLabel(self._kind())
        self.kind.setWordWrap(True)
        self.kind.setStyleSheet("color: #55606e;")
        layout.addWidget(self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Enregistrer et ouvrir…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def organizer_email(self) -> str | None:
        """The e-mail of the chosen organiser (None when no client participant has one)."""
        return self.organizer.currentData() if self.draft.organizers else None

    def _recipients(self) -> str:
        invitation, missing = self.draft.invitation, self.draft.without_email
        text = plural(len(invitation.invitees), self.tr("participant"))
        if missing:
            text += self.tr(" ; sans adresse e-mail, donc absents de l'invitation : {0}").format(
                ", ".join(missing))
        return text + "."

    def _kind(self) -> str:
        invitation = self.draft.invitation
        if invitation.organizer is None:
            return self.tr("Aucun participant du client n'a d'adresse e-mail : le fichier est "
                           "un simple rendez-vous à ajouter à un agenda, sans réponse attendue.")
        if invitation.cancelled:
            return self.tr("Ce comité est annulé : le fichier retire la réunion des agendas "
                           "de ceux qui l'avaient reçue.")
        if invitation.sequence > 0:
            return self.tr("Une invitation a déjà été envoyée : celle-ci la met à jour dans "
                           "les agendas (mise à jour n° {0}).").format(invitation.sequence)
        return self.tr("Le fichier s'ouvre ensuite dans votre messagerie (Outlook, "
                       "Thunderbird…), qui l'envoie aux participants.")
