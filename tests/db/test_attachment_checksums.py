"""Silent corruption of an attached document is found: its bytes are checked against the
SHA-256 taken when it was attached, on every read, at opening and by `vigie check`."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.cli import main
from app.models import Attachment
from app.models.enums import DocumentKind
from app.services import attachments, records
from app.storage.document import create, open_file
from tests.db.helpers import integrity

PATTERN = b"CONTRAT-SIGNE-CTR-INF-"


def file_with_a_document(folder: Path) -> tuple[Path, int]:
    source = folder / "Contrat signé.pdf"
    source.write_bytes(PATTERN * 3000)  # 66 KB, on overflow pages of the file
    document = create(folder / "client.vigie", "Client")
    with document.session() as session:
        row_id = records.create(session, Attachment, attachments.attachment_values(
            source, DocumentKind.CONTRACT))
    document.close()
    return document.path, row_id


def zero_some_bytes(path: Path) -> None:
    """Zero 500 bytes in the middle of the document, inside one page (not its header)."""
    data = bytearray(path.read_bytes())
    start = data.index(PATTERN * 30, len(data) // 2)
    while not 64 < start % 4096 < 3000:  # away from an overflow page's link to the next
        start = data.index(PATTERN * 30, start + 1)
    data[start:start + 500] = bytes(500)
    path.write_bytes(bytes(data))


def test_every_insert_keeps_the_checksum(tmp_path: Path) -> None:
    path, row_id = file_with_a_document(tmp_path)
    connection = sqlite3.connect(path)
    digest, = connection.execute("SELECT sha256 FROM attachment WHERE id = ?", (row_id,)
                                 ).fetchone()
    connection.close()
    assert digest == hashlib.sha256(PATTERN * 3000).hexdigest()

    document = open_file(path)  # a bulk insert that does not give it (the demo's way)
    with document.session() as session:
        session.execute(sa.insert(Attachment.__table__), [
            {"name": "PAQ.txt", "kind": DocumentKind.PAQ, "size": 3, "data": b"PAQ"}])
        stored = session.connection().exec_driver_sql(
            "SELECT sha256 FROM attachment WHERE name = 'PAQ.txt'").scalar()
    document.close(save=False)
    assert stored == hashlib.sha256(b"PAQ").hexdigest()


def test_zeroed_bytes_in_a_document_are_found(tmp_path: Path, capsys) -> None:
    path, row_id = file_with_a_document(tmp_path)
    zero_some_bytes(path)
    assert integrity(path) == "ok", "SQLite's own check does not see it"

    assert main(["check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "Documents joints endommagés (contenu altéré depuis leur ajout) : " \
           "« Contrat signé.pdf »" in out
    assert err == "vigie: le fichier présente des anomalies.\n"

    document = open_file(path)
    assert len(document.warnings) == 1
    assert "« Contrat signé.pdf »" in document.warnings[0]
    assert "Restaurer une sauvegarde" in document.warnings[0]
    with document.session() as session, pytest.raises(attachments.DamagedAttachment) as bad:
        attachments.attachment_data(session, row_id)
    assert "« Contrat signé.pdf » est endommagé" in bad.value.errors["file"]
    document.close()


def test_a_sound_document_reads_back_whole(tmp_path: Path, capsys) -> None:
    path, row_id = file_with_a_document(tmp_path)
    assert main(["check", str(path)]) == 0
    document = open_file(path)
    assert document.warnings == []
    with document.session() as session:
        assert attachments.attachment_data(session, row_id) == PATTERN * 3000
    document.close()


def test_a_file_its_media_altered_is_told_at_opening(tmp_path: Path) -> None:
    """The whole-file check: same size and time as Vigie last wrote it, other content."""
    import os

    path, _row_id = file_with_a_document(tmp_path)
    st = path.stat()
    data = path.read_bytes()
    path.write_bytes(data.replace(b"Client", b"Clienu", 1))  # one bit flipped in a text
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))

    document = open_file(path)
    assert any("son support l'a peut-être abîmé" in w for w in document.warnings)
    document.close()

    (tmp_path / "autre").mkdir()
    untouched, _ = file_with_a_document(tmp_path / "autre")
    reopened = open_file(untouched)
    assert reopened.warnings == [], "a file as Vigie wrote it raises no alarm"
    reopened.close()
