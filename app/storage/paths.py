"""Where Vigie keeps its own files, and how a client file is named, found and addressed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote, urlencode

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
    """Where the working copies of open files live."""
    path = data_dir() / "work"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir(file_id: str) -> Path:
    """Where the backups of one client file are kept."""
    path = data_dir() / "backups" / file_id
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_file() -> Path:
    """The demo client file opened when the app starts with no file."""
    return data_dir() / f"Démo{FILE_SUFFIX}"


def absolute(path: Path | str) -> Path:
    """The path as the user named it, made absolute (a mapped drive stays a drive letter,
    a symbolic link stays the link: that is what the title and the recent files show)."""
    return Path(os.path.abspath(path))


def real(path: Path | str) -> Path:
    """The file a path leads to: links followed. Saves write there, so that saving through
    a symbolic link rewrites its target instead of replacing the link."""
    return Path(os.path.realpath(path))


def file_id(path: Path) -> str:
    """A stable name for a user's file, derived from the file it leads to."""
    target = real(path)
    key = os.path.normcase(str(target))  # one file, whatever the case on Windows
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in target.stem)[:40]
    return f"{stem}-{digest}"


def working_copy(file_id: str, *, read_only: bool = False, pid: int | None = None) -> Path:
    """The working copy of a file for one process: each Vigie has its own, so that no
    process can ever delete or write another's."""
    pid = os.getpid() if pid is None else pid
    kind = ".ro" if read_only else ""
    return work_dir() / f"{file_id}.{pid}{kind}.sqlite"


def with_suffix(path: Path) -> Path:
    """`path` ending in .vigie: appended only when missing, so that « Dupont.Fils » becomes
    « Dupont.Fils.vigie » (not « Dupont.vigie ») and « Client v1.2 » keeps its « .2 »."""
    if path.name.lower().endswith(FILE_SUFFIX):
        return path
    return path.with_name(path.name + FILE_SUFFIX)


def beside(path: Path, label: str) -> Path:
    """A free name beside `path` for another version of it: « Client (label).vigie », then
    « Client (label) 2.vigie »…"""
    stem = path.name[: -len(FILE_SUFFIX)] if path.name.lower().endswith(FILE_SUFFIX) else (
        path.name)
    candidate = path.with_name(f"{stem} ({label}){FILE_SUFFIX}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem} ({label}) {number}{FILE_SUFFIX}")
        number += 1
    return candidate


def sqlite_uri(path: PurePath, **params: str) -> str:
    """A `file:` URI SQLite accepts for `path`, on Windows as on Linux.

    CPython's SQLite on Windows is built without URI authorities, so `Path.as_uri()` of a
    network path (`file://server/share/x`) is refused. Here a drive path gives
    `file:///C:/x`, a UNC path `file:////server/share/x`, the `\\\\?\\` long-path prefixes
    are dropped, and every other character is percent-quoted.
    """
    if isinstance(path, PureWindowsPath):
        text = str(path)
        if text.startswith("\\\\?\\UNC\\"):
            text = "\\\\" + text[8:]
        elif text.startswith("\\\\?\\"):
            text = text[4:]
        text = text.replace("\\", "/")
        if not text.startswith("/"):
            text = "/" + text  # file:///C:/…; a UNC path keeps its two slashes: file:////…
    else:
        text = str(path)
    uri = "file://" + quote(text, safe="/:")
    return f"{uri}?{urlencode(params)}" if params else uri
