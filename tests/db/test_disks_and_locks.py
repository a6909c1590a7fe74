"""Full disks and broken locks: said for what they are, never as a damaged file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.models import Supplier
from app.storage import files, lock, process
from app.storage.document import create, open_file
from app.storage.errors import DiskFull
from tests.db.helpers import sha256, small_file_system, supplier_names


def big_file(folder: Path, suppliers: int = 120) -> Path:
    document = create(folder / "gros.vigie", "Client")
    with document.session() as session:
        for i in range(suppliers):
            session.add(Supplier(name=f"Prestataire {i}", notes="x" * 20_000))
    document.close()
    return document.path


@pytest.fixture
def tiny_data_dir(tmp_path: Path):
    """The user data directory's disk: 1 MB."""
    with small_file_system(tmp_path / "donnees", "1m") as mount:
        yield mount


def test_a_full_data_directory_is_said_full_not_damaged(tmp_path, tiny_data_dir, monkeypatch):
    path = big_file(tmp_path)  # 2,4 MB, built with the test's own data directory
    before = sha256(path)
    monkeypatch.setenv("VIGIE_DATA_DIR", str(tiny_data_dir))

    with pytest.raises(DiskFull) as full:
        open_file(path)
    message = full.value.message
    assert "plein" in message and str(tiny_data_dir) in message and "il manque" in message
    assert "endommagé" not in message
    assert sha256(path) == before
    assert not lock.lock_path(path).exists(), "no lock left behind"

    monkeypatch.setenv("VIGIE_DATA_DIR", str(tmp_path / "place"))  # room again
    document = open_file(path)
    assert len(supplier_names(document.working_path)) == 120, "and it opens, not damaged"
    document.close()


def test_a_disk_full_during_the_copy_is_said_full(tmp_path, monkeypatch) -> None:
    """The free space looked sufficient, then the copy met a full disk (ENOSPC)."""
    import errno

    path = big_file(tmp_path, suppliers=2)

    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "copy_hashing", full_disk)
    with pytest.raises(DiskFull, match="est plein"):
        open_file(path)
    assert not lock.lock_path(path).exists()


@pytest.mark.parametrize("content", [b"", b"{\"host\": ", b"\x00" * 64])
def test_an_empty_or_unreadable_lock_is_stale(client_file, content: bytes) -> None:
    """A disk full when the lock was written left it empty: every opening then said
    « déjà ouvert par ? sur ? »."""
    client_file.close()
    lock.lock_path(client_file.path).write_bytes(content)
    document = open_file(client_file.path)
    assert not document.read_only
    assert lock.read_owner(client_file.path).pid == os.getpid()
    document.close()


def test_a_lock_with_a_reused_pid_is_stale(client_file) -> None:
    """The pid is alive, but it is another process: its start token differs."""
    if process.own_token() is None:
        pytest.skip("this system tells no process start time")
    client_file.close()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        owner = lock.this_owner() | {"pid": sleeper.pid, "token": "linux:autre-demarrage:1"}
        lock.lock_path(client_file.path).write_text(json.dumps(owner), encoding="utf-8")
        assert process.alive(sleeper.pid) and not process.alive(sleeper.pid, owner["token"])
        document = open_file(client_file.path)
        assert not document.read_only
        document.close()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_lock_of_another_user_here_is_honoured(client_file, monkeypatch) -> None:
    """A terminal server: another user's Vigie runs (its pid answers « access denied »)."""
    from app.storage.document import IfLocked
    from app.storage.errors import FileLocked

    client_file.close()
    owner = lock.this_owner() | {"user": "mdupont", "pid": os.getppid(), "token": None}
    lock.lock_path(client_file.path).write_text(json.dumps(owner), encoding="utf-8")
    with pytest.raises(FileLocked) as locked:
        open_file(client_file.path, if_locked=IfLocked.OPEN_ANYWAY)
    assert "par mdupont sur ce poste" in locked.value.message
    assert not locked.value.can_open_anyway


def test_two_processes_breaking_one_stale_lock_do_not_both_win(client_file) -> None:
    """The stale lock is moved aside, then compared: a fresh lock moved by mistake is put
    back and honoured."""
    client_file.close()
    stale = json.dumps(lock.this_owner() | {"pid": 999_999, "token": None}).encode()
    target = lock.lock_path(client_file.path)
    target.write_bytes(stale)
    fresh = json.dumps(lock.this_owner() | {"pid": 1, "host": "AUTRE-PC"}).encode()
    real_replace = os.replace

    def another_process_wins(source, destination):
        if Path(source) == target:
            target.write_bytes(fresh)  # it broke the stale lock and took it, just before us
        real_replace(source, destination)

    from app.storage.errors import FileLocked

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", another_process_wins)
        with pytest.raises(FileLocked, match="AUTRE-PC"):
            lock.acquire(client_file.path)
    assert target.read_bytes() == fresh, "its lock is put back"


def test_sqlite_full_errors_are_recognised() -> None:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13  # type: ignore[attr-defined]
    assert files.is_disk_full(error)
    assert files.is_disk_full(OSError(28, "No space left on device"))
    assert not files.is_disk_full(OSError(13, "Permission denied"))


def test_a_working_copy_that_fills_its_disk_refuses_the_change(tmp_path, tiny_data_dir,
                                                                monkeypatch) -> None:
    from app.storage.errors import StorageError

    monkeypatch.setenv("VIGIE_DATA_DIR", str(tiny_data_dir))
    document = create(tmp_path / "client.vigie", "Client")
    with document.session() as session:
        session.add(Supplier(name="Atos"))
    with pytest.raises(StorageError, match="copie de travail est plein") as full:
        for i in range(100):
            with document.session() as session:
                session.add(Supplier(name=f"Prestataire {i}", notes="x" * 50_000))
    assert str(tiny_data_dir) in full.value.message
    monkeypatch.setenv("VIGIE_DATA_DIR", str(tmp_path / "ailleurs"))
    document.close(save=False)  # nothing of the refused change, every earlier one kept
    from tests.db.helpers import integrity

    assert integrity(document.working_path) == "ok"
    assert supplier_names(document.working_path)[0] == "Atos"
