"""A `-journal` (or `-wal`) another program left beside a client file: the file is healthy
and must open as SQLite would recover it, without being touched, and a save must not
leave the old journal to be played into the new file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from app.cli import main
from app.models import Supplier
from app.storage.document import create, open_file
from tests.db.helpers import integrity, sha256, supplier_names

CRASH_MID_TRANSACTION = textwrap.dedent("""
    import os, sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA cache_size = 2")  # pages spill into the file mid-transaction
    connection.execute("BEGIN")
    connection.execute("UPDATE supplier SET name = 'Écrasé ' || id, notes = ''")
    os._exit(0)  # a crash before COMMIT: a hot journal stays beside the file
""")


def file_with_a_hot_journal(folder: Path) -> Path:
    document = create(folder / "client.vigie", "Client")
    with document.session() as session:
        for i in range(200):
            session.add(Supplier(name=f"Prestataire {i:03d}", notes="n" * 300))
    document.close()
    subprocess.run([sys.executable, "-c", CRASH_MID_TRANSACTION, str(document.path)],
                   check=True)
    assert Path(f"{document.path}-journal").stat().st_size > 0
    return document.path


def test_a_hot_journal_beside_a_healthy_file(tmp_path: Path, capsys) -> None:
    path = file_with_a_hot_journal(tmp_path)
    journal = Path(f"{path}-journal")
    before = (sha256(path), sha256(journal))

    assert main(["check", str(path)]) == 0, capsys.readouterr().err
    document = open_file(path)
    names = supplier_names(document.working_path)
    assert names[:2] == ["Prestataire 000", "Prestataire 001"] and len(names) == 200
    assert (sha256(path), sha256(journal)) == before, "opening touches neither"

    with document.session() as session:
        session.add(Supplier(name="Atos"))
    document.close()
    assert not journal.exists(), "the old journal is not left to be played into the new file"
    assert integrity(path) == "ok"
    assert supplier_names(path)[-1] == "Atos" and len(supplier_names(path)) == 201
    assert not [p for p in os.listdir(tmp_path) if p.startswith("~")]
