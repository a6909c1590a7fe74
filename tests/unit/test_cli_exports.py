"""`vigie export-minutes` and `vigie export-deadlines`: documents written, the client file
left untouched, every user error on one line."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from docx import Document
from icalendar import Calendar

from app import cli
from tests.unit.minutes_file import MinutesFile, build
from tests.unit.test_minutes_template import company_template


@pytest.fixture
def minutes_file(tmp_path: Path) -> MinutesFile:
    return build(tmp_path / "documents")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main([*args])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_minutes_writes_the_document_and_leaves_the_file_untouched(
        minutes_file, tmp_path, capsys) -> None:
    before = digest(minutes_file.path)
    out = tmp_path / "cr.docx"
    code, stdout, err = run(capsys, "export-minutes", str(minutes_file.path), "--committee",
                            str(minutes_file.ids["held"]), "--out", str(out),
                            "--today", "2026-11-24")
    assert (code, err) == (0, "")
    assert stdout == f"Compte rendu écrit : {out}\n"
    document = Document(out)
    assert document.paragraphs[0].text == "COPIL Armor — novembre 2026"
    assert "Réf." not in document.sections[0].header.paragraphs[0].text
    assert digest(minutes_file.path) == before
    assert [p.name for p in out.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_template_given_or_stored_in_the_file_is_used(minutes_file, tmp_path,
                                                         capsys) -> None:
    from app.models import Attachment
    from app.services import records
    from app.services.file_template import template_values
    from app.storage.document import open_file

    document = open_file(minutes_file.path)
    with document.session() as session:
        records.create(session, Attachment, template_values(
            "acme.docx", company_template(header="Stocké dans le fichier"),
            dt.datetime(2026, 11, 1, 9, 0)))
    document.close()
    out = tmp_path / "cr.docx"
    args = ("export-minutes", str(minutes_file.path), "--committee",
            str(minutes_file.ids["held"]), "--out", str(out))
    assert run(capsys, *args)[0] == 0
    assert Document(out).sections[0].header.paragraphs[0].text == "Stocké dans le fichier"
    given = tmp_path / "donné.docx"
    given.write_bytes(company_template(header="Donné en option"))
    assert run(capsys, *args, "--template", str(given))[0] == 0
    assert Document(out).sections[0].header.paragraphs[0].text == "Donné en option"


@pytest.mark.parametrize(("extra", "message"), [
    (("--committee", "999", "--out", "{tmp}/cr.docx"),
     "vigie: le comité n° 999 n'existe pas dans ce fichier (--list donne les n°).\n"),
    (("--committee", "1"),
     "vigie: indiquez --committee N° et --out CR.docx (--list donne les n°).\n"),
    (("--committee", "1", "--out", "{tmp}/absent/cr.docx"),
     "vigie: le dossier « {tmp}/absent » n'existe pas.\n"),
    (("--committee", "1", "--out", "{tmp}/cr.docx", "--template", "{tmp}/notes.txt"),
     "vigie: « notes.txt » n'est pas un document Word (.docx ou .dotx). Enregistrez-le au "
     "format .docx depuis Word, puis choisissez-le à nouveau.\n"),
    (("--committee", "1", "--out", "{tmp}/cr.docx", "--today", "24/11/2026"),
     "vigie: --today attend une date AAAA-MM-JJ, pas « 24/11/2026 ».\n"),
])
def test_user_errors_are_one_line_and_exit_2(minutes_file, tmp_path, capsys, extra,
                                             message) -> None:
    (tmp_path / "notes.txt").write_text("pas un modèle")
    args = [a.format(tmp=tmp_path) for a in extra]
    code, stdout, err = run(capsys, "export-minutes", str(minutes_file.path), *args)
    assert (code, stdout, err) == (2, "", message.format(tmp=tmp_path))


def test_a_file_that_cannot_be_replaced_is_said_and_nothing_is_left_behind(
        minutes_file, tmp_path, capsys) -> None:
    target = tmp_path / "occupé.docx"
    target.mkdir()  # stands for a file another program holds
    code, _out, err = run(capsys, "export-minutes", str(minutes_file.path), "--committee",
                          str(minutes_file.ids["held"]), "--out", str(target))
    assert code == 2 and err.startswith(f"vigie: impossible d'écrire « {target} » : ")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert target.is_dir()  # what was there is still there


def test_list_gives_the_committees_numbers_latest_first(minutes_file, capsys) -> None:
    code, out, _err = run(capsys, "export-minutes", str(minutes_file.path), "--list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [str(minutes_file.ids["next"]), "08/12/2026", "COPIL", "Armor",
                                "—", "décembre", "2026", "(Planifié)"]
    held = next(line for line in lines if "novembre" in line and "Armor" in line
                and "COPIL" in line)
    assert held.split()[0] == str(minutes_file.ids["held"]) and "(Tenu)" in held


def test_export_deadlines_writes_a_calendar(scenario, tmp_path, capsys) -> None:
    out = tmp_path / "dates.ics"
    code, stdout, err = run(capsys, "export-deadlines", str(scenario.path), "--out", str(out),
                            "--today", "2026-11-24")
    assert (code, err) == (0, "")
    assert stdout == f"3 dates limites de dénonciation dans {out}\n"
    calendar = Calendar.from_ical(out.read_bytes())
    assert [e.decoded("DTSTART").isoformat() for e in calendar.walk("VEVENT")] == [
        "2026-12-31", "2027-09-30", "2027-09-30"]


def test_a_written_file_has_ordinary_permissions(tmp_path) -> None:
    import os

    from app.export.files import write_atomically

    target = tmp_path / "cr.docx"
    write_atomically(target, lambda out: out.write(b"x"))
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    target.chmod(0o640)
    write_atomically(target, lambda out: out.write(b"y"))
    assert target.stat().st_mode & 0o777 == 0o640 and target.read_bytes() == b"y"
