"""Two Vigie processes of one user on one machine, and two machines on one shared folder.

The trial behind issue 11: the second window's « Ouvrir quand même » deleted the first's
working copy (one path for both), the first then saved the second's data while saying it
had saved, and a « copie » was an empty database. Each process now has its own working
copy, and a live Vigie's lock is honoured: the second may only read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models import Supplier
from app.storage import lock
from app.storage.document import IfLocked, create, find_recoverable, open_file
from app.storage.errors import FileChangedOnDisk, FileLocked
from tests.db.helpers import Driver, integrity, sha256, supplier_names


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    document = create(tmp_path / "partage.vigie", "Client partagé")
    with document.session() as session:
        session.add(Supplier(name="Ineo"))
    document.close()
    return document.path


def test_a_second_vigie_cannot_dispossess_the_first(shared: Path, data_dir: Path) -> None:
    first = Driver(shared, data_dir)  # the same user data directory: the same user
    try:
        working = Path(first.ok("open"))
        before = sha256(working)

        with pytest.raises(FileLocked) as locked:
            open_file(shared)
        assert not locked.value.can_open_anyway
        assert "autre fenêtre de Vigie sur ce poste" in locked.value.message
        with pytest.raises(FileLocked):
            open_file(shared, if_locked=IfLocked.OPEN_ANYWAY)
        assert working.exists() and sha256(working) == before, "its working copy is intact"

        reader = open_file(shared, if_locked=IfLocked.READ_ONLY)
        assert reader.working_path != working
        reader.close()
        assert find_recoverable() == [], "a live Vigie is not a crash to recover"

        for name in ("Atos", "Capgemini", "Sopra Steria"):
            first.ok(f"add {name}")
            first.ok("save")
        assert supplier_names(shared) == ["Ineo", "Atos", "Capgemini", "Sopra Steria"]
        first.ok("close")
        assert not lock.lock_path(shared).exists()
    finally:
        first.kill()


def test_a_reader_saves_a_whole_copy(shared: Path, data_dir: Path, tmp_path: Path) -> None:
    first = Driver(shared, data_dir)
    try:
        first.ok("open")
        first.ok("add Atos")
        first.ok("save")
        reader = open_file(shared, if_locked=IfLocked.READ_ONLY)
        copy = tmp_path / "copie.vigie"
        reader.save_copy_as(copy)
        reader.close()
        assert integrity(copy) == "ok"
        assert supplier_names(copy) == ["Ineo", "Atos"], "a whole file, not an empty database"
    finally:
        first.kill()


def test_two_machines_the_second_save_is_refused(shared: Path, tmp_path: Path) -> None:
    """Another laptop opens the shared file anyway; the first to save wins, the second is
    told and keeps its changes."""
    here = Driver(shared, tmp_path / "data-here")
    there = Driver(shared, tmp_path / "data-there", hostname="PORTABLE-CONSULTANT")
    try:
        here.ok("open")
        assert there.send("open").startswith("error FileLocked")
        there.ok("open anyway")
        here.ok("add Atos")
        there.ok("add Nexton")
        here.ok("save")
        answer = there.send("save")
        assert answer.startswith(f"error {FileChangedOnDisk.__name__}"), answer
        assert "n'a pas été écrasé" in answer
        assert supplier_names(shared) == ["Ineo", "Atos"]
        assert there.ok("names") == "Ineo,Nexton", "the refused changes are kept"
        there.ok(f"copy {tmp_path / 'ma-version.vigie'}")
        assert supplier_names(tmp_path / "ma-version.vigie") == ["Ineo", "Nexton"]
    finally:
        here.kill()
        there.kill()


def test_an_empty_leftover_is_not_offered_back(shared: Path, data_dir: Path) -> None:
    """A crash left a working copy that is an empty database: nothing to recover, and
    opening the file must not end in an internal error."""
    import sqlite3

    from app.storage import paths
    from app.storage.client_file import write_marker

    dead = Driver(shared, data_dir)
    working = Path(dead.ok("open"))
    dead.ok("add Perdu")
    dead.kill()
    working.unlink()
    for side in working.parent.glob(working.name + "-*"):
        side.unlink()
    sqlite3.connect(working).close()  # what SQLite leaves where a database vanished
    write_marker(working.with_suffix(".dirty"))

    assert find_recoverable() == []
    document = open_file(shared)
    assert not document.read_only
    assert supplier_names(document.working_path) == ["Ineo"]
    document.close()
    assert not list(paths.work_dir().glob("*.sqlite")), "the empty leftover was cleared"


def test_new_files_and_copies_never_replace_a_file_open_elsewhere(shared: Path, data_dir,
                                                                  tmp_path: Path) -> None:
    """« Nouveau » or « Enregistrer une copie sous… » onto another client's file that a
    live Vigie has open: refused, and that file and its lock are left alone."""
    other = Driver(shared, data_dir)
    try:
        other.ok("open")
        before = sha256(shared)
        with pytest.raises(FileLocked):
            create(shared, "Autre client", overwrite=True)
        mine = create(tmp_path / "mien.vigie", "Mon client")
        with pytest.raises(FileLocked):
            mine.save_copy_as(shared)
        mine.close()
        assert sha256(shared) == before
        assert lock.read_owner(shared).pid == other.pid
    finally:
        other.kill()


def test_one_process_never_opens_a_file_twice(shared: Path) -> None:
    from app.storage.errors import StorageError

    document = open_file(shared)
    with pytest.raises(StorageError, match="déjà ouvert dans cette fenêtre"):
        open_file(shared)
    assert document.working_path.exists()
    reader = open_file(shared, read_only=True)  # a read-only look has its own copy
    reader.close()
    document.close()
