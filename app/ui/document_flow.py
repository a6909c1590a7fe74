"""Opening and creating client files from the GUI, with the questions that may come up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.storage.errors import FileLocked, RecoveryAvailable, StorageError
from app.ui.dialogs import messages

if TYPE_CHECKING:  # the storage layer (SQLAlchemy) loads when a file is first opened
    from app.storage.document import ClientFile


def _tr(text: str) -> str:
    return QCoreApplication.translate("document_flow", text)


def open_document(
    parent: QWidget | None, path: Path, *, recover: bool = False
) -> ClientFile | None:
    """Open `path`, asking about a lock or a crash recovery; None when refused or cancelled."""
    from app.storage.document import IfLocked, IfRecoverable, open_file

    if_locked = IfLocked.ASK
    if_recoverable = IfRecoverable.RECOVER if recover else IfRecoverable.ASK
    while True:
        try:
            return open_file(path, if_locked=if_locked, if_recoverable=if_recoverable)
        except FileLocked as locked:
            answer = messages.ask_choice(
                parent, _tr("Fichier déjà ouvert"), locked.message,
                [("read_only", _tr("Ouvrir en lecture seule")),
                 ("anyway", _tr("Ouvrir quand même")),
                 ("cancel", _tr("Annuler"))],
                informative=_tr("Ouvrir quand même peut faire perdre les modifications de "
                                "l'autre poste si les deux enregistrent."),
            )
            if answer == "read_only":
                if_locked = IfLocked.READ_ONLY
            elif answer == "anyway":
                if_locked = IfLocked.OPEN_ANYWAY
            else:
                return None
        except RecoveryAvailable as available:
            answer = messages.ask_choice(
                parent, _tr("Récupération"), available.message,
                [("recover", _tr("Récupérer les modifications")),
                 ("discard", _tr("Ouvrir le fichier enregistré")),
                 ("cancel", _tr("Annuler"))],
                informative=_tr("« Ouvrir le fichier enregistré » abandonne les modifications "
                                "non enregistrées."),
            )
            if answer == "recover":
                if_recoverable = IfRecoverable.RECOVER
            elif answer == "discard":
                if_recoverable = IfRecoverable.DISCARD
            else:
                return None
        except StorageError as error:
            messages.show_error(parent, _tr("Ouverture impossible"), error.message)
            return None


def ask_client_name(parent: QWidget | None, suggestion: str) -> str | None:
    """The name of the client of a new file ("" keeps the file's name), None if cancelled."""
    return messages.ask_text(parent, _tr("Nouveau fichier client"), _tr("Nom du client :"),
                             suggestion, accept=_tr("Créer"))


def create_document(parent: QWidget | None, path: Path, client_name: str) -> ClientFile | None:
    """Create a new client file; None (after telling why) when it cannot be written."""
    from app.storage.document import create

    try:
        return create(path, client_name, overwrite=True)
    except StorageError as error:
        messages.show_error(parent, _tr("Création impossible"), error.message)
        return None


def ensure_demo_file(path: Path) -> None:
    """Create the demo client file if it is missing (an empty file until a generator exists)."""
    if path.exists():
        return
    from app.storage.document import create

    try:
        from app.demo import generate
    except ImportError:
        create(path, _tr("Client de démonstration")).close()
        return
    generate(path)
