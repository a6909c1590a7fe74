"""Files Vigie must refuse come back byte-for-byte untouched, with one clear sentence."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.models import Supplier
from app.storage import schema
from app.storage.document import create, open_file
from app.storage.engine import APPLICATION_ID
from app.storage.errors import (
    DamagedFile,
    MigrationFailed,
    NewerVersionFile,
    NotAFile,
    NotSQLiteFile,
    NotVigieFile,
)
from tests.db.helpers import sha256


def text_file(folder: Path) -> Path:
    path = folder / "notes.vigie"
    path.write_text("Compte rendu du COPIL de mars\n", encoding="utf-8")
    return path


def empty_file(folder: Path) -> Path:
    path = folder / "vide.vigie"
    path.touch()
    return path


def foreign_sqlite(folder: Path) -> Path:
    path = folder / "autre-appli.vigie"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE bookmarks (url TEXT)")
        connection.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
    connection.close()
    return path


def newer_file(folder: Path) -> Path:
    document = create(folder / "futur.vigie", "Client du futur")
    document.close()
    connection = sqlite3.connect(document.path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9001'")
    connection.close()
    return document.path


def damaged_file(folder: Path) -> Path:
    document = create(folder / "abime.vigie", "Client abîmé")
    with document.session() as session:
        for i in range(300):
            session.add(Supplier(name=f"Prestataire {i:03d}", notes="x" * 200))
    document.close()
    data = bytearray(document.path.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 2 * page):  # scribble over pages
        data[offset + 8 : offset + 200] = b"\xde\xad\xbe\xef" * 48
    document.path.write_bytes(bytes(data))
    return document.path


def hollow_file(folder: Path) -> Path:
    """Vigie's application id and the schema's revision, and no table: what a vanished
    working copy used to be saved as."""
    path = folder / "creux.vigie"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    connection.execute("INSERT INTO alembic_version VALUES (?)", (schema.head_revision(),))
    connection.commit()
    connection.close()
    return path


def garbled_text_file(folder: Path) -> Path:
    """A damaged page where a text was: bytes that are not UTF-8 (pass quick_check)."""
    document = create(folder / "illisible.vigie", "Client")
    document.close()
    data = document.path.read_bytes()
    revision = schema.head_revision().encode()  # in its row, and in its key's index
    assert data.count(revision) == 2
    document.path.write_bytes(data.replace(revision, b"\xff\xfe" + revision[2:]))
    return document.path


def folder_named_like_a_file(folder: Path) -> Path:
    path = folder / "dossier.vigie"
    path.mkdir()
    return path


def unmigratable_file(folder: Path) -> Path:
    """An older file whose migration cannot end: a contract of a supplier that is gone."""
    from tests.db.test_schema import make_old_file

    path = folder / "ancien-casse.vigie"
    make_old_file(path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DELETE FROM supplier")
    connection.close()
    return path


KINDS = {
    "not SQLite": (text_file, NotSQLiteFile),
    "empty": (empty_file, NotVigieFile),
    "SQLite but not Vigie": (foreign_sqlite, NotVigieFile),
    "newer version": (newer_file, NewerVersionFile),
    "damaged": (damaged_file, DamagedFile),
    "hollow": (hollow_file, DamagedFile),
    "garbled text": (garbled_text_file, DamagedFile),
    "a folder": (folder_named_like_a_file, NotAFile),
    "migration fails": (unmigratable_file, MigrationFailed),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_refused_file_is_left_untouched(kind: str, tmp_path: Path, data_dir: Path) -> None:
    make, error = KINDS[kind]
    path = make(tmp_path)
    before = fingerprint(path)
    siblings = sorted(p.name for p in tmp_path.iterdir() if p.name != "vigie-data")

    with pytest.raises(error) as refused:
        open_file(path)

    assert path.name in refused.value.message
    assert "\n" not in refused.value.message
    assert "SELECT" not in refused.value.message and "[SQL" not in refused.value.message
    assert "introuvable" not in refused.value.message
    assert fingerprint(path) == before
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != "vigie-data")
    assert left == siblings, "no lock or side file left"
    assert not list((data_dir / "work").glob("*.sqlite*"))


@pytest.mark.parametrize("kind", list(KINDS))
def test_check_command_refuses_in_one_line(kind: str, tmp_path: Path, capsys) -> None:
    make, _error = KINDS[kind]
    path = make(tmp_path)
    before = fingerprint(path)

    assert main(["check", str(path)]) != 0

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("vigie: ")
    assert "Traceback" not in err
    assert fingerprint(path) == before


@pytest.mark.parametrize("kind", list(KINDS))
def test_report_command_refuses_in_one_line(kind: str, tmp_path: Path, capsys) -> None:
    make, _error = KINDS[kind]
    path = make(tmp_path)
    before = fingerprint(path)

    assert main(["report", str(path)]) != 0

    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("vigie: ")
    assert fingerprint(path) == before


def fingerprint(path: Path) -> str:
    return "dossier" if path.is_dir() else sha256(path)


def test_a_migration_that_fails_says_why_in_a_few_words(tmp_path: Path, capsys) -> None:
    path = unmigratable_file(tmp_path)
    with pytest.raises(MigrationFailed) as failed:
        open_file(path)
    assert "références cassées dans : contract" in failed.value.message
    assert len(failed.value.message) < 250

    assert main(["check", str(path)]) == 1  # check tries the migration: it cannot open
    out = capsys.readouterr().out
    assert "Mise à jour du schéma impossible : références cassées dans : contract" in out


def test_a_file_that_cannot_be_read_is_not_called_missing(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    import os

    document = create(tmp_path / "prive.vigie", "Client")
    document.close()
    if os.name == "nt" or os.geteuid() == 0:  # root reads anything, Windows has no mode:
        from app.storage import opening  # say the reading is denied

        def denied(path: Path) -> bytes:
            raise PermissionError(13, "Permission non accordée", str(path))

        monkeypatch.setattr(opening, "read_header", denied)
    else:
        document.path.chmod(0)
    try:
        assert main(["check", str(document.path)]) == 2
    finally:
        document.path.chmod(0o644)
    err = capsys.readouterr().err
    assert "ne peut pas être lu" in err and "introuvable" not in err
    assert err.count("\n") == 1


def test_check_command_on_a_good_and_an_old_file(tmp_path: Path, capsys) -> None:
    from tests.db.test_schema import make_old_file

    document = create(tmp_path / "bon.vigie", "Bon client")
    with document.session() as session:
        session.add(Supplier(name="Prestataire A"))
    document.close()
    assert main(["check", str(document.path)]) == 0
    out = capsys.readouterr().out
    assert f"Version du schéma : {schema.head_revision()} (à jour)" in out
    assert "prestataires : 1" in out

    old = tmp_path / "ancien.vigie"
    make_old_file(old)
    before = sha256(old)
    assert main(["check", str(old)]) == 0
    out = capsys.readouterr().out
    assert "0001 (ancienne version" in out
    assert "contrats : 1" in out
    assert sha256(old) == before


def test_check_speaks_utf8_on_a_cp1252_console(tmp_path: Path, monkeypatch) -> None:
    """A Windows console's code page cannot encode every name a user gives a file."""
    import io
    import sys

    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out_bytes, encoding="cp1252"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(err_bytes, encoding="cp1252"))
    good = create(tmp_path / "Client ✓ Œuvre.vigie", "Client")
    good.close()
    foreign = text_file(tmp_path).rename(tmp_path / "Notes ✗.vigie")

    assert main(["check", str(good.path)]) == 0
    assert main(["check", str(foreign)]) != 0

    sys.stdout.flush()
    sys.stderr.flush()
    assert "Client ✓ Œuvre.vigie" in out_bytes.getvalue().decode("utf-8")
    assert "Notes ✗.vigie" in err_bytes.getvalue().decode("utf-8")
