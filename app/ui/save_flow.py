"""What the window says about saves: progress in the status bar, failures, a file changed
elsewhere (keep my version beside it, or open the other one)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from app import clock
from app.storage import paths
from app.storage.errors import StorageError
from app.ui.dialogs import messages
from app.ui.workspace import Workspace


class DocumentWindow(Protocol):
    """What this module needs of the main window."""

    def statusBar(self) -> QStatusBar: ...
    def open_path(self, path, *, recover: bool = False) -> bool: ...
    def save_copy_as(self) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("save_flow", text)


def attach(window: DocumentWindow, workspace: Workspace) -> None:
    """Connect a workspace's save signals to the window that shows it."""
    bar = window.statusBar()
    bar.clearMessage()  # nothing said about the file before this one stays
    workspace.save_status.connect(
        lambda text: bar.showMessage(text, 0 if text.endswith("…") else 6000))
    workspace.save_failed.connect(lambda text: save_failed(window, text))
    workspace.changed_on_disk.connect(lambda text: changed_on_disk(window, workspace, text))


def save_failed(window: DocumentWindow, message: str) -> None:
    """A save keeps failing (or failed when asked): say it, offer a copy elsewhere."""
    window.statusBar().showMessage(message)
    answer = messages.ask_choice(
        window, _tr("Enregistrement impossible"), message,
        [("copy", _tr("Enregistrer une copie sous…")), ("later", _tr("Plus tard"))],
        informative=_tr("Vigie réessaie de lui-même ; vos modifications restent dans la copie "
                        "de travail en attendant."))
    if answer == "copy":
        window.save_copy_as()


def changed_on_disk(window: DocumentWindow, workspace: Workspace, message: str) -> None:
    """The file changed elsewhere: keep my version beside it, and go on with mine or open
    the other one; or decide later (nothing is written meanwhile)."""
    path = workspace.path
    label = _tr("ma version du {0}").format(clock.now().strftime("%d-%m-%Y %Hh%M"))
    beside = paths.beside(path, label)
    answer = messages.ask_choice(
        window, _tr("Fichier modifié ailleurs"), message,
        [("mine", _tr("Continuer sur ma version")), ("other", _tr("Ouvrir l'autre version")),
         ("later", _tr("Plus tard"))],
        informative=_tr("Les deux premiers choix enregistrent votre version à côté, dans "
                        "« {0} » ; l'autre version reste telle quelle dans « {1} ».").format(
            beside.name, path.name))
    if answer not in ("mine", "other"):
        window.statusBar().showMessage(_tr(
            "« {0} » n'est pas enregistré : vos modifications sont conservées. "
            "Fichier ▸ Enregistrer pour choisir à nouveau.").format(path.name))
        return
    try:
        workspace.document.save_copy_as(beside)
    except StorageError as error:
        messages.show_error(window, _tr("Enregistrement impossible"), error.message)
        return
    workspace.discard_on_close()
    if window.open_path(beside if answer == "mine" else path):
        window.statusBar().showMessage(_tr("Votre version est enregistrée dans « {0} ».").format(
            beside.name), 15_000)
