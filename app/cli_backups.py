"""`vigie backups FILE` and `vigie restore BACKUP --out FILE`: a user's way back."""

from __future__ import annotations

from pathlib import Path

from app.services.formatting import format_datetime, format_size
from app.storage import backup, paths


def list_backups(path: Path) -> int:
    """Print the backups of a file, newest first, with where they are."""
    path = paths.absolute(path)
    found = backup.describe_backups(path)
    folder = paths.data_dir() / "backups" / paths.file_id(path)
    if not found:
        print(f"Aucune sauvegarde de « {path.name} » (elles seraient dans « {folder} »).")
        return 0
    print(f"Sauvegardes de « {path.name} », de la plus récente à la plus ancienne "
          f"(dossier « {folder} ») :")
    for info in found:
        print(f"  {format_datetime(info.taken_at)}  {backup.moment_label(info.label):<30}"
              f"  {format_size(info.size):>9}  {backup.contents_label(info)}")
        print(f"      {info.path}")
    return 0


def restore(source: Path, out: Path) -> int:
    """Write a backup to a new client file."""
    from app.storage.saving import restore_backup

    target = paths.with_suffix(paths.absolute(out))
    restore_backup(source, target)
    print(f"Sauvegarde restaurée dans « {target} ».")
    return 0
