"""Where Vigie keeps its own files: working copies, backups, the demo file, settings."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "Vigie"
FILE_SUFFIX = ".vigie"


def data_dir() -> Path:
    """The user data directory (VIGIE_DATA_DIR overrides it, for tests and portable use)."""
    override = os.environ.get("VIGIE_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def work_dir() -> Path:
    path = data_dir() / "work"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir(file_id: str) -> Path:
    path = data_dir() / "backups" / file_id
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_file() -> Path:
    """The demo client file opened when the app starts with no file."""
    return data_dir() / f"Démo{FILE_SUFFIX}"


def file_id(path: Path) -> str:
    """A stable name for a user's file, derived from its absolute path."""
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in path.stem)[:40]
    return f"{stem}-{digest}"
