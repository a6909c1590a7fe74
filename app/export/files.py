"""Writing an exported document (minutes, calendar) without ever leaving half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from app.i18n import tr
from app.storage import files


class WriteError(Exception):
    """An exported file could not be written; the message is a French sentence."""


def write_atomically(path: Path, write: Callable[[IO[bytes]], Any]) -> None:
    """Write `path` through a temporary file beside it, renamed over it once complete: a
    failure (full disk, a file held open by Word on Windows) leaves the previous file whole
    and no temporary file behind. Raises WriteError with the reason."""
    path = Path(path)
    if not path.parent.is_dir():
        raise WriteError(tr("export", "le dossier « {folder} » n'existe pas.").format(
            folder=path.parent))
    temporary: str | None = None
    try:
        # « ~….tmp », as a save names its temporary file: sync clients leave it alone
        handle, temporary = tempfile.mkstemp(prefix="~", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.chmod(temporary, _mode_for(path))  # mkstemp's file is private to its owner
        files.replace(Path(temporary), path)  # retried while Word or an antivirus holds it
    except OSError as error:
        if temporary is not None:
            files.discard(Path(temporary))
        raise WriteError(tr("export", "impossible d'écrire « {path} » : {why} (est-il ouvert "
                            "dans un autre programme ?).").format(
            path=path, why=files.describe(error))) from None


def _mode_for(path: Path) -> int:
    """The permissions of the file being replaced, else those of a new file (umask)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
