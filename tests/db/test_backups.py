"""Backups a user can use: when they are taken, how they are thinned, how they come back."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app import clock
from app.cli import main
from app.storage import backup, paths
from app.storage.document import open_file
from app.storage.errors import DamagedFile
from tests.db.helpers import add_supplier, integrity, sha256, supplier_names


def labels(path: Path) -> list[str]:
    return [backup.label_of(p) for p in backup.backups_of(paths.file_id(path))]


def test_backups_at_opening_first_change_and_close(client_file) -> None:
    client_file.close()
    document = open_file(client_file.path)
    add_supplier(document, "Atos")
    document.save()
    add_supplier(document, "Capgemini")
    document.save()  # no second backup for a second save
    add_supplier(document, "Sopra Steria")
    document.close()

    found = backup.backups_of(paths.file_id(client_file.path))
    assert [backup.label_of(p) for p in found] == ["open", "first-change", "close"]
    assert [supplier_names(p) for p in found] == [
        [], ["Atos"], ["Atos", "Capgemini", "Sopra Steria"]]
    for copy in found:
        assert integrity(copy) == "ok"
        assert not Path(f"{copy}-journal").exists(), "complete: no journal beside it"


def test_backups_are_thinned_one_a_day_after_the_newest(client_file, today) -> None:
    client_file.close()
    file_id = paths.file_id(client_file.path)
    for days_ago in range(30, 0, -1):
        with clock.pinned(dt.datetime.combine(today, dt.time(9)) - dt.timedelta(days=days_ago)):
            for _ in range(2):
                backup.make_backup(client_file.path, file_id, "client")
    for _ in range(backup.KEEP + 2):
        backup.make_backup(client_file.path, file_id, "client")

    kept = backup.rolling_backups(file_id)
    days = [backup.taken_at(p).date() for p in kept]
    assert days[-backup.KEEP:] == [today] * backup.KEEP
    older = days[:-backup.KEEP]
    assert older == sorted(set(older)) and len(older) == backup.KEEP_DAYS, "one a day"
    assert older[-1] == today - dt.timedelta(days=1)


def test_pre_migration_backups_do_not_pile_up(tmp_path: Path, capsys) -> None:
    from tests.db.test_schema import make_old_file

    old = tmp_path / "modele.vigie"
    make_old_file(old)
    path = tmp_path / "ancien.vigie"
    shutil.copyfile(old, path)
    for _ in range(3):
        assert main(["report", str(path)]) == 0  # read-only: its file is never written
    capsys.readouterr()
    assert labels(path) == []
    for _ in range(4):
        shutil.copyfile(old, path)  # an older file opened again and again
        open_file(path).close()
    assert labels(path).count("before-migration") == backup.KEEP_MIGRATION


def test_vigie_backups_lists_and_restore_writes_a_new_file(client_file, tmp_path, capsys):
    add_supplier(client_file, "Atos")
    client_file.save()
    client_file.close()

    assert main(["backups", str(client_file.path)]) == 0
    out = capsys.readouterr().out
    assert "après la première modification" in out and "à la fermeture" not in out
    assert "1 prestataire" in out
    chosen = backup.backups_of(paths.file_id(client_file.path))[-1]
    assert str(chosen) in out

    restored = tmp_path / "restauré"
    assert main(["restore", str(chosen), "--out", str(restored)]) == 0
    assert supplier_names(tmp_path / "restauré.vigie") == ["Atos"]
    assert integrity(tmp_path / "restauré.vigie") == "ok"

    before = sha256(client_file.path)
    assert main(["restore", str(chosen), "--out", str(client_file.path)]) == 2
    err = capsys.readouterr().err
    assert "existe déjà" in err and err.count("\n") == 1
    assert sha256(client_file.path) == before, "a restore never replaces a file"


def test_restoring_something_that_is_no_backup_is_refused(tmp_path: Path, capsys) -> None:
    bogus = tmp_path / "faux.vigie"
    bogus.write_text("pas une sauvegarde", encoding="utf-8")
    assert main(["restore", str(bogus), "--out", str(tmp_path / "x.vigie")]) == 2
    assert "n'est pas un fichier client Vigie" in capsys.readouterr().err
    assert not (tmp_path / "x.vigie").exists()


def test_the_damaged_file_message_says_where_the_backups_are(tmp_path: Path) -> None:
    from tests.db.test_refusals import damaged_file

    path = damaged_file(tmp_path)  # opened and closed once: it has a backup
    with pytest.raises(DamagedFile) as damaged:
        open_file(path)
    folder = paths.data_dir() / "backups" / paths.file_id(path)
    assert f"le dossier « {folder} »" in damaged.value.message
    assert "Fichier ▸ Restaurer une sauvegarde…" in damaged.value.message
    assert backup.backups_of(paths.file_id(path))


def test_a_backup_that_does_not_check_out_is_not_kept(client_file, monkeypatch) -> None:
    monkeypatch.setattr(backup, "quick_check", lambda _path: False)
    assert backup.make_backup(client_file.working_path, "essai", "client") is None
    assert backup.backups_of("essai") == []
