"""Opening and creating client files from the GUI, with the questions that may come up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.storage import paths
from app.storage.errors import DamagedFile, FileLocked, RecoveryAvailable, StorageError
from app.ui.dialogs import messages

if TYPE_CHECKING:  # the storage layer (SQLAlchemy) loads when a file is first opened
    from app.storage.document import ClientFile, IfLocked, IfRecoverable

FILE_FILTER = "Fichiers client Vigie (*.vigie)"


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
            document = open_file(path, if_locked=if_locked, if_recoverable=if_recoverable)
        except FileLocked as locked:
            if_locked = _ask_locked(parent, locked)
            if if_locked is None:
                return None
        except RecoveryAvailable as available:
            if_recoverable = _ask_recovery(parent, available)
            if if_recoverable is None:
                return None
        except DamagedFile as damaged:
            offer_backups(parent, Path(path), damaged.message)
            return None
        except StorageError as error:
            messages.show_error(parent, _tr("Ouverture impossible"), error.message)
            return None
        else:
            for warning in document.warnings:
                messages.show_error(parent, _tr("Fichier ouvert, avec une alerte"), warning)
            return document


def _ask_locked(parent: QWidget | None, locked: FileLocked) -> IfLocked | None:
    """Read-only, open anyway (another machine's lock only) or cancel."""
    from app.storage.document import IfLocked

    choices = [("read_only", _tr("Ouvrir en lecture seule"))]
    informative = _tr("Une autre fenêtre de Vigie garde ce fichier tant qu'elle l'a ouvert : "
                      "fermez-le là-bas pour le modifier ici.")
    if locked.can_open_anyway:
        choices.append(("anyway", _tr("Ouvrir quand même")))
        informative = _tr("Ouvrir quand même peut faire perdre les modifications de l'autre "
                          "poste si les deux enregistrent : le second à enregistrer en sera "
                          "averti, sans rien écraser.")
    choices.append(("cancel", _tr("Annuler")))
    answer = messages.ask_choice(parent, _tr("Fichier déjà ouvert"), locked.message, choices,
                                 informative=informative)
    return {"read_only": IfLocked.READ_ONLY, "anyway": IfLocked.OPEN_ANYWAY}.get(answer or "")


def _ask_recovery(parent: QWidget | None, available: RecoveryAvailable) -> IfRecoverable | None:
    """Recover the working copy, open the saved file or cancel."""
    from app.storage.document import IfRecoverable

    answer = messages.ask_choice(
        parent, _tr("Récupération"), available.message,
        [("recover", _tr("Récupérer les modifications")),
         ("discard", _tr("Ouvrir le fichier enregistré")),
         ("cancel", _tr("Annuler"))],
        informative=_tr("« Ouvrir le fichier enregistré » abandonne les modifications "
                        "non enregistrées."),
    )
    return {"recover": IfRecoverable.RECOVER, "discard": IfRecoverable.DISCARD}.get(
        answer or "")


def offer_backups(parent: QWidget | None, path: Path, message: str) -> Path | None:
    """Say a file is damaged; offer its backups when it has some. The restored copy, if any."""
    from app.ui import backups_flow

    if not backups_flow.has_backups(path):
        messages.show_error(parent, _tr("Ouverture impossible"), message)
        return None
    answer = messages.ask_choice(
        parent, _tr("Fichier endommagé"), message,
        [("restore", _tr("Restaurer une sauvegarde…")), ("cancel", _tr("Fermer"))])
    if answer != "restore":
        return None
    return backups_flow.restore_dialog(parent, path)


def ask_client_name(parent: QWidget | None, suggestion: str) -> str | None:
    """The name of the client of a new file ("" keeps the file's name), None if cancelled."""
    return messages.ask_text(parent, _tr("Nouveau fichier client"), _tr("Nom du client :"),
                             suggestion, accept=_tr("Créer"))


def create_document(parent: QWidget | None, path: Path, client_name: str) -> ClientFile | None:
    """Create a new client file (the user agreed to replace one already there); None
    (after telling why) when it cannot be written."""
    from app.storage.document import create

    try:
        return create(path, client_name, overwrite=True)
    except StorageError as error:
        messages.show_error(parent, _tr("Création impossible"), error.message)
        return None


def choose_new_path(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    """Ask where to write a new client file; `.vigie` is appended only when missing, and
    replacing a file that exists is asked first (also when the suffix made its name)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, start, _tr(FILE_FILTER))
    if not name:
        return None
    path = paths.with_suffix(Path(name))
    # The dialog asked about the name it returned; a name our suffix made was not asked.
    if path != Path(name) and path.exists() and not messages.confirm(
        parent, title, _tr("« {0} » existe déjà.").format(path.name),
        _tr("Le remplacer ? Son contenu actuel sera perdu."),
    ):
        return None
    return path


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
