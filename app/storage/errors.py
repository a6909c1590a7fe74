"""What can go wrong with a client file, each said in one sentence a user understands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.i18n import tr


class StorageError(Exception):
    """A problem with a client file that the user must be told about (not a bug)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FileRefused(StorageError):
    """The file cannot be opened; it was not modified."""


class NotSQLiteFile(FileRefused):
    def __init__(self, path: Path) -> None:
        super().__init__(tr("storage", "« {name} » n'est pas un fichier client Vigie "
                            "(ce n'est pas une base SQLite).").format(name=path.name))


class NotVigieFile(FileRefused):
    def __init__(self, path: Path, detail: str = "") -> None:
        text = tr("storage", "« {name} » n'est pas un fichier client Vigie{detail}.")
        super().__init__(text.format(name=path.name, detail=f" ({detail})" if detail else ""))


class DamagedFile(FileRefused):
    def __init__(self, path: Path, detail: str = "") -> None:
        text = tr("storage", "« {name} » est endommagé et ne peut pas être ouvert{detail} ; "
                  "restaurez une sauvegarde.")
        super().__init__(text.format(name=path.name, detail=f" ({detail})" if detail else ""))


class NewerVersionFile(FileRefused):
    def __init__(self, path: Path, revision: str) -> None:
        text = tr("storage", "« {name} » a été enregistré par une version plus récente de Vigie "
                  "(schéma {revision}) ; mettez Vigie à jour pour l'ouvrir.")
        super().__init__(text.format(name=path.name, revision=revision))


class MissingFile(FileRefused):
    def __init__(self, path: Path) -> None:
        super().__init__(tr("storage", "Le fichier « {path} » est introuvable.").format(path=path))


class MigrationFailed(FileRefused):
    def __init__(self, path: Path, detail: str) -> None:
        text = tr("storage", "La mise à jour du fichier « {name} » a échoué ({detail}) ; "
                  "le fichier n'a pas été modifié.")
        super().__init__(text.format(name=path.name, detail=detail))


class FileLocked(StorageError):
    """The file is open elsewhere; the caller chooses read-only, open anyway or cancel."""

    def __init__(self, path: Path, owner: dict[str, str]) -> None:
        text = tr("storage", "« {name} » est déjà ouvert par {user} sur {host} depuis le {since}.")
        super().__init__(text.format(
            name=path.name,
            user=owner.get("user", "?"),
            host=owner.get("host", "?"),
            since=french_moment(owner.get("opened_at", "?")),
        ))
        self.owner = owner


def french_moment(text: str) -> str:
    """« 30/11/2026 à 14:02 » from the ISO moment a lock file holds (as is if unreadable)."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return f"{moment:%d/%m/%Y} à {moment:%H:%M}"


class RecoveryAvailable(StorageError):
    """A working copy newer than the file was left by a crash; the caller chooses."""

    def __init__(self, path: Path, changed_at: str) -> None:
        text = tr("storage", "Vigie s'est arrêté avant d'avoir enregistré toutes les "
                  "modifications de « {name} » (dernière modification le {when}).")
        super().__init__(text.format(name=path.name, when=changed_at))


class SaveFailed(StorageError):
    """The user's file could not be rewritten; every change is still in the working copy."""

    def __init__(self, path: Path, detail: str) -> None:
        text = tr("storage", "Impossible d'enregistrer « {name} » ({detail}). Vos modifications "
                  "sont conservées ; utilisez « Enregistrer une copie sous… ».")
        super().__init__(text.format(name=path.name, detail=detail))


class FileChangedOnDisk(StorageError):
    """The user's file was changed by someone else since it was opened or saved."""

    def __init__(self, path: Path) -> None:
        text = tr("storage", "« {name} » a été modifié sur le disque depuis son ouverture "
                  "(autre poste, synchronisation). Il n'a pas été écrasé ; enregistrez "
                  "vos modifications dans une copie.")
        super().__init__(text.format(name=path.name))


class ReadOnlyFile(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(tr("storage", "« {name} » est ouvert en lecture seule.").format(
            name=path.name))
