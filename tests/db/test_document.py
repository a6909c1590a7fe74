"""The client file as a document: saves, failures that lose nothing, locks, recovery, backups."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from app.models import Supplier
from app.storage import backup, lock, paths
from app.storage.document import (
    IfLocked,
    IfRecoverable,
    create,
    find_recoverable,
    open_file,
)
from app.storage.errors import (
    FileChangedOnDisk,
    FileLocked,
    ReadOnlyFile,
    RecoveryAvailable,
    SaveFailed,
)
from tests.db.helpers import (
    add_supplier,
    integrity,
    sha256,
    simulate_crash,
    supplier_names,
    unwritable,
)


def test_changes_reach_the_users_file_only_when_saved(client_file) -> None:
    add_supplier(client_file, "Atos")
    assert client_file.dirty
    assert supplier_names(client_file.path) == []

    client_file.save()

    assert not client_file.dirty
    assert supplier_names(client_file.path) == ["Atos"]
    siblings = {p.name for p in client_file.path.parent.iterdir()}
    assert siblings == {"client.vigie", "client.vigie.lock"}, "no -wal, -journal or .tmp"


def test_a_read_does_not_make_the_file_dirty(client_file) -> None:
    client_file.save()
    with client_file.session() as session:
        session.get(Supplier, 1)
    assert not client_file.dirty


def test_close_saves_and_releases_the_lock(client_file, data_dir: Path) -> None:
    add_supplier(client_file, "Sopra Steria")
    client_file.close()
    assert supplier_names(client_file.path) == ["Sopra Steria"]
    assert not lock.lock_path(client_file.path).exists()
    assert not list((data_dir / "work").iterdir()), "the working copy is gone after close"


def test_a_file_changed_on_disk_is_not_overwritten(client_file) -> None:
    client_file.save()
    add_supplier(client_file, "Capgemini")
    other = sqlite3.connect(client_file.path)  # another machine, through a synced folder
    with other:
        other.execute("UPDATE client_profile SET name = 'Renommé ailleurs'")
    other.close()
    os.utime(client_file.path, ns=(0, 1_000_000_000))
    before = sha256(client_file.path)

    with pytest.raises(FileChangedOnDisk):
        client_file.save()

    assert sha256(client_file.path) == before
    assert client_file.dirty
    copy = client_file.path.with_name("copie.vigie")
    client_file.save_copy_as(copy)
    assert supplier_names(copy) == ["Capgemini"]


def test_media_gone_loses_nothing(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    document = create(usb / "client.vigie", "Client")
    add_supplier(document, "Inetum")
    (usb / "client.vigie").unlink()
    (usb / "client.vigie.lock").unlink()
    usb.rmdir()  # the key is pulled

    with pytest.raises(SaveFailed) as failed:
        document.save()
    assert "Enregistrer une copie sous" in failed.value.message

    assert document.dirty
    assert supplier_names(document.working_path) == ["Inetum"]
    rescue = tmp_path / "secours.vigie"
    document.save_copy_as(rescue)
    assert supplier_names(rescue) == ["Inetum"]
    with pytest.raises(SaveFailed):
        document.close()
    assert document.working_path.exists(), "the working copy stays for recovery"


def test_a_refused_rename_loses_nothing(client_file, monkeypatch) -> None:
    client_file.save()
    before = sha256(client_file.path)
    add_supplier(client_file, "Econocom")

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Accès refusé (fichier verrouillé par la synchronisation)")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SaveFailed, match="Accès refusé"):
        client_file.save()

    assert sha256(client_file.path) == before
    assert client_file.dirty
    assert not [p for p in client_file.path.parent.iterdir() if p.name.endswith(".tmp")]
    monkeypatch.undo()
    client_file.save()
    assert supplier_names(client_file.path) == ["Econocom"]


def test_a_folder_that_became_read_only_loses_nothing(client_file) -> None:
    client_file.save()
    before = sha256(client_file.path)
    add_supplier(client_file, "Nexton")
    with unwritable(client_file.path.parent):
        with pytest.raises(SaveFailed):
            client_file.save()
        assert sha256(client_file.path) == before
    assert supplier_names(client_file.working_path) == ["Nexton"]
    client_file.save()
    assert supplier_names(client_file.path) == ["Nexton"]


def test_a_read_only_file_opens_read_only(tmp_path: Path) -> None:
    document = create(tmp_path / "archive.vigie", "Client archivé")
    add_supplier(document, "Orange Business")
    document.close()
    backups = backup.backups_of(paths.file_id(document.path))
    with unwritable(document.path):
        reopened = open_file(document.path)
        assert reopened.read_only
        assert "écriture" in (reopened.read_only_reason or "")
        assert backup.backups_of(paths.file_id(document.path)) == backups, "nothing to protect"
        with pytest.raises(OperationalError, match="readonly"), reopened.session() as session:
            session.connection().exec_driver_sql("DELETE FROM supplier")
        with pytest.raises(ReadOnlyFile):
            reopened.save()
        reopened.close()
    assert supplier_names(document.path) == ["Orange Business"]


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.storage.document import open_file
    document = open_file(Path(sys.argv[1]))
    print("open", flush=True)
    time.sleep(60)
    """
)


def test_a_second_process_gets_the_file_read_only(tmp_path: Path) -> None:
    document = create(tmp_path / "partage.vigie", "Client partagé")
    add_supplier(document, "Ineo")
    document.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(document.path)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ | {"VIGIE_DATA_DIR": str(tmp_path / "other-data")},
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(FileLocked) as locked:
            open_file(document.path)
        assert "autre fenêtre de Vigie sur ce poste" in locked.value.message
        assert not locked.value.can_open_anyway, "a live Vigie of this machine keeps its file"
        with pytest.raises(FileLocked):
            open_file(document.path, if_locked=IfLocked.OPEN_ANYWAY)

        reader = open_file(document.path, if_locked=IfLocked.READ_ONLY)
        assert reader.read_only
        with reader.session() as session:
            assert session.get(Supplier, 1).name == "Ineo"
        reader.close()
        assert lock.read_owner(document.path).pid == holder.pid, "their lock stays"
    finally:
        holder.kill()
        holder.wait()


def test_a_stale_lock_of_this_host_does_not_lock_the_user_out(tmp_path: Path) -> None:
    document = create(tmp_path / "client.vigie", "Client")
    document.close()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    owner = lock.this_owner() | {"pid": str(dead.pid)}
    lock.lock_path(document.path).write_text(json.dumps(owner), encoding="utf-8")

    reopened = open_file(document.path)
    assert not reopened.read_only
    reopened.close()


def test_a_lock_from_another_machine_is_respected_unless_opened_anyway(tmp_path: Path) -> None:
    document = create(tmp_path / "client.vigie", "Client")
    document.close()
    owner = {"host": "PORTABLE-CONSULTANT", "user": "mdupont", "pid": "1",
             "opened_at": "2026-11-20T09:30:00"}
    lock.lock_path(document.path).write_text(json.dumps(owner), encoding="utf-8")

    with pytest.raises(FileLocked, match="mdupont sur PORTABLE-CONSULTANT"):
        open_file(document.path)
    anyway = open_file(document.path, if_locked=IfLocked.OPEN_ANYWAY)
    assert not anyway.read_only
    assert lock.read_owner(document.path).pid == os.getpid()
    anyway.close()


def test_crash_recovery_offers_the_newer_working_copy(tmp_path: Path) -> None:
    document = create(tmp_path / "client.vigie", "Client")
    document.save()
    add_supplier(document, "Computacenter")
    simulate_crash(document)

    assert [r.path for r in find_recoverable()] == [document.path]
    with pytest.raises(RecoveryAvailable):
        open_file(document.path)

    recovered = open_file(document.path, if_recoverable=IfRecoverable.RECOVER)
    assert recovered.dirty
    with recovered.session() as session:
        assert session.get(Supplier, 1).name == "Computacenter"
    recovered.close()
    assert supplier_names(document.path) == ["Computacenter"]
    assert find_recoverable() == []


def test_discarding_a_recovery_reopens_the_saved_file(tmp_path: Path) -> None:
    document = create(tmp_path / "client.vigie", "Client")
    add_supplier(document, "Perdu")
    simulate_crash(document)

    reopened = open_file(document.path, if_recoverable=IfRecoverable.DISCARD)
    with reopened.session() as session:
        assert session.get(Supplier, 1) is None
    reopened.close()


def test_backups_are_checked_and_rotate(tmp_path: Path) -> None:
    document = create(tmp_path / "client.vigie", "Client")
    add_supplier(document, "Sogeti")
    document.close()
    for _ in range(backup.KEEP + 3):
        open_file(document.path).close()

    kept = backup.rolling_backups(paths.file_id(document.path))
    assert len(kept) == backup.KEEP
    for copy in kept:
        assert integrity(copy) == "ok"
        assert supplier_names(copy) == ["Sogeti"]
