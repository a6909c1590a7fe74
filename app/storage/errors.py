"""What can go wrong with a client file, each said in one sentence a user understands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import tr

if TYPE_CHECKING:
    from app.storage.lock import Owner


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
                  "restaurez une sauvegarde{where}.")
        super().__init__(text.format(name=path.name, detail=f" ({detail})" if detail else "",
                                     where=_backups_of(path)))


def _backups_of(path: Path) -> str:
    """Where the backups of `path` are, for the end of a message (empty when none)."""
    from app.storage import paths

    folder = paths.data_dir() / "backups" / paths.file_id(path)
    if not folder.is_dir() or not any(folder.glob(f"*{paths.FILE_SUFFIX}")):
        return ""
    return tr("storage", " (Fichier ▸ Restaurer une sauvegarde…, ou le dossier « {folder} »)"
              ).format(folder=folder)


class NewerVersionFile(FileRefused):
    def __init__(self, path: Path, revision: str) -> None:
        text = tr("storage", "« {name} » a été enregistré par une version plus récente de Vigie "
                  "(schéma {revision}) ; mettez Vigie à jour pour l'ouvrir.")
        super().__init__(text.format(name=path.name, revision=revision))


class MissingFile(FileRefused):
    def __init__(self, path: Path) -> None:
        super().__init__(tr("storage", "Le fichier « {path} » est introuvable.").format(path=path))


class NotAFile(FileRefused):
    def __init__(self, path: Path) -> None:
        super().__init__(tr("storage", "« {path} » est un dossier, pas un fichier client Vigie."
                            ).format(path=path))


class UnreadableFile(FileRefused):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(tr("storage", "« {path} » ne peut pas être lu ({detail}).").format(
            path=path, detail=detail))


class DiskFull(StorageError):
    """The user data directory has no room for a working copy; nothing was changed."""

    def __init__(self, path: Path, folder: Path, missing: str | None = None) -> None:
        if missing:
            text = tr("storage", "Le disque de la copie de travail est plein : il manque "
                      "{missing} dans « {folder} » pour ouvrir « {name} ». Libérez de la "
                      "place et réessayez ; le fichier n'a pas été modifié.")
        else:
            text = tr("storage", "Le disque de la copie de travail (« {folder} ») est plein : "
                      "« {name} » ne peut pas y être ouvert. Libérez de la place et "
                      "réessayez ; le fichier n'a pas été modifié.")
        super().__init__(text.format(missing=missing, folder=folder, name=path.name))


class MigrationFailed(FileRefused):
    def __init__(self, path: Path, detail: str) -> None:
        text = tr("storage", "La mise à jour du fichier « {name} » a échoué ({detail}) ; "
                  "le fichier n'a pas été modifié.")
        super().__init__(text.format(name=path.name, detail=detail))


class FileLocked(StorageError):
    """The file is open elsewhere; the caller chooses read-only, open anyway or cancel.

    "Open anyway" is offered only for another machine's lock (`can_open_anyway`): a live
    Vigie of this machine keeps its file.
    """

    def __init__(self, path: Path, owner: Owner) -> None:
        if not owner.this_machine:
            text = tr("storage", "« {name} » est déjà ouvert par {user} sur {host} depuis le "
                      "{since}.")
        elif owner.this_user:
            text = tr("storage", "« {name} » est déjà ouvert dans une autre fenêtre de Vigie "
                      "sur ce poste (depuis le {since}).")
        else:
            text = tr("storage", "« {name} » est déjà ouvert par {user} sur ce poste (depuis "
                      "le {since}).")
        super().__init__(text.format(name=path.name, user=owner.user, host=owner.host,
                                     since=owner.since()))
        self.path = path
        self.owner = owner
        self.can_open_anyway = not owner.this_machine


class RecoveryAvailable(StorageError):
    """A working copy newer than the file was left by a crash; the caller chooses."""

    def __init__(self, path: Path, changed_at: str) -> None:
        text = tr("storage", "Des modifications de « {name} » n'ont pas été enregistrées dans "
                  "le fichier (dernière modification le {when}) : Vigie s'est arrêté, ou "
                  "l'enregistrement a échoué.")
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
                  "(autre poste, synchronisation) : il n'a pas été écrasé, et vos "
                  "modifications sont conservées.")
        super().__init__(text.format(name=path.name))


class ReadOnlyFile(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(tr("storage", "« {name} » est ouvert en lecture seule.").format(
            name=path.name))
