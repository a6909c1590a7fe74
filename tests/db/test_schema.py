"""Migrations agree with the models, run in one transaction, and carry old files forward."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.models import metadata
from app.storage import backup, schema
from app.storage.document import open_file
from app.storage.engine import APPLICATION_ID, make_engine
from tests.db.helpers import sha256, supplier_names


def make_old_file(path: Path) -> None:
    """A client file at the first revision, with rows in it, as an older Vigie wrote it."""
    work = path.with_suffix(".build")
    schema.upgrade(work, "0001")
    connection = sqlite3.connect(work)
    with connection:
        connection.execute("INSERT INTO client_profile (id, name, notes, created_at) "
                           "VALUES (1, 'Ancien client', '', '2024-01-01 00:00:00')")
        connection.execute(
            "INSERT INTO supplier (name, address, website, certifications, notes) "
            "VALUES ('Infogéreur historique', '', '', 'ISO 9001', '')"
        )
        connection.execute(
            "INSERT INTO contract (supplier_id, reference, title, kind, commitment, scope, "
            "start_date, initial_duration_months, renewal, renewal_period_months, "
            "notice_period_months, annual_amount, has_evolution_clause, "
            "has_reversibility_clause, has_penalty_clause, status, notes) VALUES "
            "(1, 'CTR-OLD', 'Infogérance', 'managed_services', 'results', '', '2023-01-01', "
            "36, 'tacit', 12, 3, 120000, 0, 1, 1, 'active', '')"
        )
    connection.close()
    backup.copy_database(work, path)
    for leftover in work.parent.glob(work.name + "*"):
        leftover.unlink()


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    database = tmp_path / "head.sqlite"
    schema.upgrade(database)
    engine = make_engine(database)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    engine.dispose()
    assert differences == []


def test_new_file_is_marked_and_versioned(client_file) -> None:
    header = client_file.path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert client_file.schema_revision() == schema.head_revision()
    connection = sqlite3.connect(client_file.path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == int(schema.head_revision())
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def test_older_file_is_backed_up_then_migrated_keeping_its_rows(
    tmp_path: Path, data_dir: Path
) -> None:
    old = tmp_path / "ancien.vigie"
    make_old_file(old)
    before = sha256(old)

    document = open_file(old)
    assert document.schema_revision() == schema.head_revision()
    with document.session() as session:
        rows = session.connection().exec_driver_sql("SELECT name FROM supplier")
        names = [row[0] for row in rows]
    assert names == ["Infogéreur historique"]

    pre_migration = list(data_dir.glob("backups/*/*-before-migration.vigie"))
    assert len(pre_migration) == 1
    assert sha256(old) == before, "the user's file is only rewritten by a save"
    connection = sqlite3.connect(pre_migration[0])
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    connection.close()

    document.close()
    assert supplier_names(old) == ["Infogéreur historique"]
    connection = sqlite3.connect(old)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
        schema.head_revision(),)
    connection.close()


def test_a_failed_migration_leaves_nothing_half_done(tmp_path: Path) -> None:
    database = tmp_path / "broken.sqlite"
    schema.upgrade(database, "0001")
    connection = sqlite3.connect(database)
    with connection:  # a dangling reference that the post-migration check will catch
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(
            "INSERT INTO contact (supplier_id, name, role, email, phone, side, notes) "
            "VALUES (999, 'Orphelin', '', '', '', 'supplier', '')"
        )
    connection.close()

    with pytest.raises(Exception, match="foreign_key_check"):
        schema.upgrade(database)

    connection = sqlite3.connect(database)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert version == ("0001",)
    assert "attachment" not in tables


def test_failed_migration_on_open_refuses_and_keeps_the_file(tmp_path: Path) -> None:
    old = tmp_path / "ancien.vigie"
    make_old_file(old)
    connection = sqlite3.connect(old)
    with connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(  # an indicator of a contract that does not exist
            "INSERT INTO indicator (contract_id, code, name, description, category, unit, "
            "direction, target, frequency, contractual, penalty_kind, measured_side) "
            "VALUES (4242, 'X', 'X', '', 'service_level', '%', 'higher', 1, 'monthly', 0, "
            "'none', 'supplier')"
        )
    connection.close()
    before = sha256(old)
    from app.storage.errors import MigrationFailed

    with pytest.raises(MigrationFailed):
        open_file(old)
    assert sha256(old) == before
    assert not list((tmp_path / "vigie-data" / "work").glob("*.sqlite"))


def test_revisions_read_from_the_files_agree_with_alembic() -> None:
    scripts = schema.script_directory()
    assert schema.head_revision() == scripts.get_current_head()
    assert schema.known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_revision_0003_keeps_the_meaning_of_older_files(tmp_path: Path) -> None:
    """A 0002 file: its cap was a % of the period's fee (→ the monthly fee), measurements
    entered mid-period move to the period's first day (the later of two twins wins),
    committees get an invitation UID, attachments a checksum; credit notes and cancelled
    committees become storable."""
    database = tmp_path / "v2.sqlite"
    schema.upgrade(database, "0002")
    connection = sqlite3.connect(database)
    with connection:
        connection.executescript("""
            INSERT INTO supplier (name, address, website, certifications, notes)
                VALUES ('S', '', '', '', '');
            INSERT INTO contract (supplier_id, reference, title, kind, commitment, scope,
                start_date, initial_duration_months, renewal, renewal_period_months,
                notice_period_months, annual_amount, has_evolution_clause,
                has_reversibility_clause, has_penalty_clause, status, notes,
                penalty_cap_percent)
                VALUES (1, 'C', 't', 'tma', 'means', '', '2024-01-01', 36, 'tacit', 12, 3,
                        1000, 0, 0, 1, 'active', '', 10);
            INSERT INTO indicator (contract_id, code, name, description, category, unit,
                direction, target, frequency, contractual, penalty_kind, measured_side)
                VALUES (1, 'Q', 'q', '', 'service_level', '%', 'higher', 95, 'quarterly', 0,
                        'none', 'supplier'),
                       (1, 'W', 'w', '', 'service_level', '%', 'higher', 95, 'weekly', 0,
                        'none', 'supplier');
            INSERT INTO measurement (indicator_id, period, value, comment, source) VALUES
                (1, '2026-08-15', 90, '', 'entered'),
                (1, '2026-07-01', 91, '', 'entered'),
                (1, '2026-11-03', 92, '', 'entered'),
                (2, '2026-11-26', 93, '', 'entered');
            INSERT INTO committee (kind, title, starts_at, duration_minutes, place, status,
                notes) VALUES ('copil', 'c', '2026-01-01 10:00:00', 90, '', 'held', ''),
                              ('copil', 'd', '2026-02-01 10:00:00', 90, '', 'held', '');
            INSERT INTO attachment (contract_id, kind, name, media_type, size, data, added_at)
                VALUES (1, 'other', 'a.pdf', 'application/pdf', 3, x'616263',
                        '2026-01-01 00:00:00');
        """)
    connection.close()

    schema.upgrade(database)

    connection = sqlite3.connect(database)
    # 15/08 and 01/07 are both Q3: the row entered later (01/07, 91) is kept; 03/11 → Q4;
    # Thursday 26/11/2026 → Monday 23/11/2026.
    assert connection.execute(
        "SELECT indicator_id, period, value FROM measurement ORDER BY indicator_id, period"
    ).fetchall() == [(1, "2026-07-01", 91.0), (1, "2026-10-01", 92.0),
                     (2, "2026-11-23", 93.0)]
    assert connection.execute("SELECT penalty_cap_basis FROM contract").fetchone() == (
        "monthly_fee",)
    uids = [row[0] for row in connection.execute("SELECT uid FROM committee")]
    assert len(set(uids)) == 2 and all(len(uid) == 36 for uid in uids)
    assert connection.execute("SELECT sha256 FROM attachment").fetchone() == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",)  # sha256("abc")
    with connection:
        connection.execute("UPDATE committee SET status = 'cancelled' WHERE id = 1")
        connection.execute("INSERT INTO invoice (contract_id, period, amount, reference, "
                           "status) VALUES (1, '2026-01-01', -500, 'Avoir', 'received')")
    with pytest.raises(sqlite3.IntegrityError), connection:
        connection.execute("UPDATE committee SET status = 'postponed' WHERE id = 2")
    connection.close()
