"""What a save checks before the user's file is replaced: the copy is whole, the media is
still there and has room, the file on disk is still ours; and what it keeps: the mode, the
owner, a link."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.models import Supplier
from app.storage import files, paths, saving, schema
from app.storage.document import create
from app.storage.engine import APPLICATION_ID
from app.storage.errors import FileChangedOnDisk, SaveFailed
from tests.db.helpers import add_supplier, sha256, small_file_system, supplier_names

POSIX_MODES = pytest.mark.skipif(os.name == "nt", reason="Windows has no mode bits to keep")


def drop_working_copy(document) -> None:
    for side in ("", "-wal", "-shm"):
        Path(f"{document.working_path}{side}").unlink(missing_ok=True)


# -- a hollow file is never written (11.2) --------------------------------------------------


def test_a_vanished_working_copy_is_not_saved_as_an_empty_file(client_file, tmp_path) -> None:
    add_supplier(client_file, "Atos")
    client_file.save()
    before = sha256(client_file.path)
    add_supplier(client_file, "Capgemini")
    drop_working_copy(client_file)

    with pytest.raises(SaveFailed, match="la copie de travail a disparu"):
        client_file.save()
    assert sha256(client_file.path) == before
    assert client_file.dirty
    copy = tmp_path / "copie.vigie"
    with pytest.raises(SaveFailed):
        client_file.save_copy_as(copy)
    assert not copy.exists(), "no 4 KB database with no tables"
    assert not client_file.working_path.exists(), "SQLite was not let create one"


def test_a_working_copy_without_its_tables_is_refused(client_file) -> None:
    add_supplier(client_file, "Atos")
    client_file.save()
    before = sha256(client_file.path)
    add_supplier(client_file, "Inetum")
    drop_working_copy(client_file)
    hollow = sqlite3.connect(client_file.working_path)  # right id and revision, no tables
    hollow.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    hollow.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    hollow.execute("INSERT INTO alembic_version VALUES (?)", (schema.head_revision(),))
    hollow.commit()
    hollow.close()

    with pytest.raises(SaveFailed, match=r"incomplète.*tables absentes"):
        client_file.save()
    assert sha256(client_file.path) == before
    assert supplier_names(client_file.path) == ["Atos"]


# -- mode, owner, links (11.3) --------------------------------------------------------------


@POSIX_MODES
def test_a_save_keeps_the_files_mode_and_owner(client_file) -> None:
    client_file.path.chmod(0o600)
    owner = 4242 if os.geteuid() == 0 else os.getuid()  # POSIX only (see the mark)
    if owner != os.getuid():
        os.chown(client_file.path, owner, owner)
    add_supplier(client_file, "Atos")
    client_file.save()
    st = os.stat(client_file.path)
    assert stat.S_IMODE(st.st_mode) == 0o600, "not readable by every user of the machine"
    assert (st.st_uid, st.st_gid) == (owner, owner)
    assert supplier_names(client_file.path) == ["Atos"]


def test_saving_through_a_link_rewrites_its_target(tmp_path: Path) -> None:
    real = tmp_path / "réel" / "client.vigie"
    real.parent.mkdir()
    create(real, "Client").close()
    link = tmp_path / "raccourci.vigie"
    try:
        link.symlink_to(real)
    except OSError:
        pytest.skip("symbolic links are not allowed here (Windows without the privilege)")
    from app.storage.document import open_file

    document = open_file(link)
    assert document.path == link, "the title and recent files keep the name the user gave"
    add_supplier(document, "Atos")
    document.save()
    document.close()
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert supplier_names(real) == ["Atos"]


# -- the media: pulled, replaced, full (11.4, 11.5) -----------------------------------------


def test_a_folder_that_no_longer_holds_the_file_gets_nothing(tmp_path: Path) -> None:
    """A USB key pulled out of a fixed mount point: the folder is there, empty."""
    key = tmp_path / "cle"
    key.mkdir()
    document = create(key / "client.vigie", "Client")
    add_supplier(document, "Atos")
    key.rename(tmp_path / "ailleurs")
    key.mkdir()  # the empty mount point

    with pytest.raises(SaveFailed, match="n'est plus dans son dossier"):
        document.save()
    assert list(key.iterdir()) == [], "no new file in the empty mount point"
    assert document.dirty
    document.close(save=False)


@pytest.fixture
def small_disk(tmp_path: Path):
    with small_file_system(tmp_path / "disque", "3m") as mount:
        yield mount


def test_a_pulled_key_with_a_fixed_mount_point(small_disk: Path, tmp_path: Path) -> None:
    document = create(small_disk / "client.vigie", "Client")
    add_supplier(document, "Atos")
    assert os.system(f"umount -l '{small_disk}'") == 0  # pulled: the folder is now empty

    with pytest.raises(SaveFailed, match="n'est plus celui d'où le fichier a été ouvert"):
        document.save()
    assert list(small_disk.iterdir()) == []
    assert document.dirty and supplier_names(document.working_path) == ["Atos"]
    document.close(save=False)


def test_a_save_says_how_much_room_is_missing(small_disk: Path) -> None:
    document = create(small_disk / "client.vigie", "Client")
    with document.session() as session:
        for i in range(60):
            session.add(Supplier(name=f"Prestataire {i}", notes="x" * 20_000))
    document.save()  # 1,3 Mo on a 3 Mo disk: the next save does not fit beside it
    before = sha256(document.path)
    add_supplier(document, "Atos")

    with pytest.raises(SaveFailed, match=r"il manque \d+(,\d)? [KM]o sur"):
        document.save()
    assert sha256(document.path) == before
    assert [p.name for p in small_disk.iterdir()] == ["client.vigie", "client.vigie.lock"]
    assert document.dirty
    document.close(save=False)


# -- changed on disk: by content, up to the rename (11.8, 18.9) -----------------------------


def same_size_other_file(tmp_path: Path, like: Path) -> bytes:
    """Another valid client file of exactly the size of `like` (another machine's save)."""
    other = create(tmp_path / "autre.vigie", "Autre poste")
    add_supplier(other, "Écrit ailleurs")
    other.close()
    data = other.path.read_bytes()
    assert len(data) == like.stat().st_size
    return data


def test_a_same_size_replacement_with_the_same_time_is_not_overwritten(
    client_file, tmp_path: Path
) -> None:
    """FAT keeps times to 2 s: size and time alike do not prove the file is ours."""
    st = client_file.path.stat()
    client_file.path.write_bytes(same_size_other_file(tmp_path, client_file.path))
    os.utime(client_file.path, ns=(st.st_atime_ns, st.st_mtime_ns))
    add_supplier(client_file, "Atos")
    with pytest.raises(FileChangedOnDisk):
        client_file.save()
    assert supplier_names(client_file.path) == ["Écrit ailleurs"]
    assert client_file.dirty


def test_a_replacement_during_the_check_is_caught(client_file, tmp_path, monkeypatch) -> None:
    """The file is replaced after its content was checked, before the rename."""
    replacement = tmp_path / "remplacement.vigie"
    replacement.write_bytes(same_size_other_file(tmp_path, client_file.path))
    real_hash = files.sha256

    def hash_then_replace(path: Path) -> str:
        digest = real_hash(path)
        if path == client_file.path:
            os.replace(replacement, client_file.path)  # in the gap
        return digest

    monkeypatch.setattr(files, "sha256", hash_then_replace)
    add_supplier(client_file, "Atos")
    with pytest.raises(FileChangedOnDisk):
        client_file.save()
    assert supplier_names(client_file.path) == ["Écrit ailleurs"]


def test_a_time_shifted_by_an_hour_is_not_a_change(client_file) -> None:
    """A FAT key read after a change of daylight-saving time: same content, time ± 1 h."""
    st = client_file.path.stat()
    os.utime(client_file.path, ns=(st.st_atime_ns, st.st_mtime_ns + 3600 * 10**9))
    add_supplier(client_file, "Atos")
    client_file.save()
    assert supplier_names(client_file.path) == ["Atos"]


def test_the_temporary_file_is_short_and_alone(client_file, monkeypatch) -> None:
    """No name longer than the file's, no -journal on the user's media."""
    seen: list[set[str]] = []
    real_replace = files.replace

    def look_then_replace(source: Path, target: Path) -> None:
        if target == client_file.path:
            seen.append({p.name for p in target.parent.iterdir()})
            assert len(source.name) <= len(target.name)
        real_replace(source, target)

    monkeypatch.setattr(files, "replace", look_then_replace)
    add_supplier(client_file, "Atos")
    client_file.save()
    tmp = files.temp_path(client_file.path).name
    assert seen == [{"client.vigie", "client.vigie.lock", tmp}]
    for name in ("a.vigie", "Client ACME.vigie", "x" * 200 + ".vigie"):
        assert len(files.temp_path(Path(name)).name) <= len(name)


def test_the_snapshot_stays_in_the_data_folder(client_file) -> None:
    add_supplier(client_file, "Atos")
    client_file.save()
    assert not saving.snapshot_path(client_file.working_path).exists()
    assert client_file.working_path.parent == paths.work_dir()
