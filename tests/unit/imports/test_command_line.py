"""`vigie import-measures`: the preview as text, non-zero and nothing changed when a line is
refused, --dry-run, --overwrite, --exclude, --contract, --sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from app import cli
from app.models import Measurement
from app.storage.document import open_file
from tests.unit.imports.support import HEADER, write_csv, write_xlsx

ROOT = Path(__file__).resolve().parents[3]


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = cli.main(["import-measures", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def stored(path: Path) -> dict[tuple[int, dt.date], float]:
    document = open_file(path, read_only=True)
    try:
        with document.session() as session:
            table = Measurement.__table__.c
            return {(r.indicator_id, r.period): r.value for r in session.execute(
                sa.select(table.indicator_id, table.period, table.value))}
    finally:
        document.close()


def test_prints_the_preview_and_imports(capsys, client_on_disk, tmp_path) -> None:
    report = write_csv(tmp_path / "octobre.csv", [
        HEADER, ("CTR-INF", "SLA-01", "10/2026", "98,5 %", "Incident du 12"),
        ("CTR-INF", "SLA-02", "10/2026", "NC", "")], encoding="cp1252")
    code, out, err = run(capsys, client_on_disk.path, report)
    assert (code, err) == (0, "")
    assert "Rapport : octobre.csv (CSV, séparateur « ; », Windows-1252)" in out
    assert "À importer : 1\n  ligne 2  CTR-INF  SLA-01  10/2026  98,5\u202f%  Non atteint  " \
           "nouvelle mesure" in out
    assert "Sans valeur, ignorées : 1\n  ligne 3" in out
    assert out.endswith("Bilan : 1 mesure à importer.\n1 mesure importée dans client.vigie.\n")
    sla01 = client_on_disk.ids["sla01"]
    assert stored(client_on_disk.path)[(sla01, dt.date(2026, 10, 1))] == 98.5


def test_a_refused_line_changes_nothing_and_exits_non_zero(capsys, client_on_disk,
                                                           tmp_path) -> None:
    report = write_csv(tmp_path / "r.csv", [HEADER,
                                            ("CTR-INF", "SLA-02", "10/2026", "3", ""),
                                            ("CTR-INF", "SLA-09", "10/2026", "1", "")])
    digest = client_on_disk.digest()
    code, out, err = run(capsys, client_on_disk.path, report)
    assert code == 1
    assert "Refusées : 1\n  ligne 3  CTR-INF  SLA-09  10/2026  1    indicateur « SLA-09 » " \
           "inconnu dans le contrat CTR-INF" in out
    assert err == ("vigie: rien n'a été importé : 1 ligne refusée (corrigez le fichier, ou "
                   "excluez-les avec --exclude 3)\n")
    assert client_on_disk.digest() == digest
    # Excluding it, explicitly, imports the rest.
    code, out, _err = run(capsys, client_on_disk.path, report, "--exclude", "3")
    assert code == 0 and "Exclues : 1" in out and client_on_disk.digest() != digest


def test_dry_run_never_writes(capsys, client_on_disk, tmp_path) -> None:
    report = write_csv(tmp_path / "r.csv", [HEADER, ("CTR-INF", "SLA-02", "10/2026", "3",
                                                     "")])
    digest = client_on_disk.digest()
    code, out, _err = run(capsys, client_on_disk.path, report, "--dry-run")
    assert code == 0 and out.endswith("Simulation (--dry-run) : rien n'a été écrit.\n")
    assert client_on_disk.digest() == digest
    assert not client_on_disk.path.with_name("client.vigie.lock").exists()


def test_a_different_stored_value_needs_overwrite(capsys, client_on_disk, tmp_path) -> None:
    report = write_csv(tmp_path / "r.csv", [HEADER, ("CTR-INF", "SLA-01", "09/2026", "99,5",
                                                     "")])
    code, out, err = run(capsys, client_on_disk.path, report)
    assert code == 1 and "99,81\u202f% enregistré (saisie)" in out
    assert "--overwrite pour les écraser, ou --exclude 2 pour garder l'existante" in err
    code, out, _err = run(capsys, client_on_disk.path, report, "--overwrite")
    assert code == 0 and "écrase 99,81\u202f% (saisie)" in out
    sla01 = client_on_disk.ids["sla01"]
    assert stored(client_on_disk.path)[(sla01, dt.date(2026, 9, 1))] == 99.5
    code, out, _err = run(capsys, client_on_disk.path, report)  # imported before
    assert code == 0 and "Rien à importer" in out


def test_contract_and_sheet_options(capsys, client_on_disk, tmp_path) -> None:
    report = write_xlsx(tmp_path / "r.xlsx", {
        "Septembre": [["Code", "Période", "Valeur"], ["SLA-01", "09/2026", 99.99]],
        "Octobre": [["Code", "Période", "Valeur"], ["SLA-01", "10/2026", 99.95]],
    })
    code, out, err = run(capsys, client_on_disk.path, report)  # SLA-01: in two contracts
    assert code == 1 and "existe dans 2 contrats (CTR-INF, CTR-SAAS)" in out
    assert "Feuille lue : « Septembre » (autres feuilles : « Octobre » ; --sheet" in out
    code, out, err = run(capsys, client_on_disk.path, report, "--contract", "CTR-SAAS",
                         "--sheet", "Octobre")
    assert (code, err) == (0, "")
    assert "Contrat : CTR-SAAS — Plateforme SaaS" in out
    assert stored(client_on_disk.path)[(client_on_disk.ids["saas01"],
                                        dt.date(2026, 10, 1))] == 99.95


def test_user_errors_are_one_line(capsys, client_on_disk, tmp_path) -> None:
    report = write_csv(tmp_path / "r.csv", [HEADER, ("CTR-INF", "SLA-02", "10/2026", "3", "")])
    for args, message in [
        ((tmp_path / "absent.csv",), "vigie: Le fichier « {tmp}/absent.csv » est introuvable."),
        ((report, "--exclude", "7,a"), "vigie: --exclude attend des numéros de ligne (par "
                                       "exemple 7,12-14), pas « a »"),
        ((report, "--contract", "CTR-NOPE"), "vigie: rien n'a été importé : Le contrat « "
                                             "CTR-NOPE » n'existe pas dans ce fichier client"),
    ]:
        code, _out, err = run(capsys, client_on_disk.path, *args)
        assert code != 0 and err == message.format(tmp=tmp_path) + "\n"


def test_the_readme_lists_the_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "vigie import-measures FILE REPORT [--contract REF] [--sheet NAME]" in readme


def test_a_client_file_open_elsewhere_is_left_alone(capsys, client_on_disk, tmp_path) -> None:
    from app.storage import lock

    lock.lock_path(client_on_disk.path).write_text(
        '{"host": "PC-COPIL", "user": "mdupont", "pid": "1", "opened_at": "2026-11-20T09:30"}',
        encoding="utf-8")
    report = write_csv(tmp_path / "r.csv", [HEADER, ("CTR-INF", "SLA-02", "10/2026", "3", "")])
    digest = client_on_disk.digest()
    code, out, err = run(capsys, client_on_disk.path, report)
    assert code == 2 and out == ""
    assert err.startswith("vigie: « client.vigie » est déjà ouvert par mdupont sur PC-COPIL")
    assert client_on_disk.digest() == digest
    # A dry run reads a copy: it works while the file is open elsewhere.
    code, out, _err = run(capsys, client_on_disk.path, report, "--dry-run")
    assert code == 0 and "Simulation" in out
