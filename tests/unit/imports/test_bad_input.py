"""Bad input: each gets one sentence, no traceback, and nothing written. Every test writes
its file itself."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from app import cli
from app.imports.reports import MAX_BYTES, ReportRefused, read_report
from tests.unit.imports.support import HEADER, write_csv, write_xlsx


def written(data: bytes):
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return make


def pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    return path


def word(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_paragraph("Compte rendu du COPIL")
    document.save(path)
    return path


def archive(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zipped:
        for name, data in members.items():
            zipped.writestr(name, data)
    return path


def binary(path: Path) -> Path:
    path.write_bytes(bytes(range(256)) * 64)
    return path


def huge(path: Path) -> Path:
    line = "CTR-INF;SLA-01;10/2026;99,5;" + "x" * 70 + "\r\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(";".join(HEADER) + "\r\n")
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    return path


def damaged_workbook(path: Path) -> Path:
    good = write_xlsx(path.with_name("good.xlsx"), {"S": [["Code", "Valeur"]]}).read_bytes()
    path.write_bytes(good[: len(good) // 2])
    return path


FILES = {
    "empty": (written(b""), "« rapport.csv » est vide."),
    "only a BOM": (written(b"\xef\xbb\xbf\r\n"), "« rapport.csv » est vide."),
    "a PDF renamed": (pdf, "« rapport.csv » n'est pas un rapport CSV ou Excel : c'est un "
                           "document PDF."),
    "a Word document renamed": (word, "« rapport.csv » n'est pas un rapport CSV ou Excel : "
                                      "c'est un document Word."),
    "an ODS renamed": (lambda p: archive(p, {
        "mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b""}),
        "« rapport.csv » n'est pas un rapport CSV ou Excel : c'est un classeur OpenDocument "
        "(.ods) : enregistrez-le en .xlsx ou en .csv."),
    "a ZIP archive": (lambda p: archive(p, {"lisez-moi.txt": b"bonjour"}),
                      "« rapport.csv » n'est pas un rapport CSV ou Excel : c'est une archive "
                      "ZIP."),
    "a binary": (binary, "« rapport.csv » n'est pas un rapport CSV ou Excel : c'est un "
                         "fichier binaire, pas du texte."),
    "a web page": (written(b"<!DOCTYPE html><html><body>Erreur 404</body></html>"),
                   "« rapport.csv » n'est pas un rapport CSV ou Excel : c'est une page web "
                   "ou un fichier XML."),
    "a 50 MB file": (huge, "« rapport.csv » pèse 50 Mo : c'est trop pour un rapport mensuel "
                           "(au plus 10 Mo) ; vérifiez qu'il s'agit du bon fichier."),
    "a damaged workbook": (damaged_workbook,
                           "« rapport.csv » n'est pas un rapport CSV ou Excel : c'est une "
                           "archive ZIP endommagée."),
}


@pytest.mark.parametrize("kind", FILES)
def test_a_file_that_is_no_report_is_refused_in_one_sentence(tmp_path: Path, kind: str
                                                             ) -> None:
    make, message = FILES[kind]
    path = make(tmp_path / "rapport.csv")
    with pytest.raises(ReportRefused) as refused:
        read_report(path)
    assert refused.value.message == message


def test_the_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "rapport.csv"
    with open(path, "wb") as f:  # sparse: the test does not write 50 MB twice
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(ReportRefused, match="pèse 10 Mo"):
        read_report(path)


def command(capsys, client: Path, report: Path) -> tuple[int, str, str]:
    code = cli.main(["import-measures", str(client), str(report)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", ["empty", "a PDF renamed", "a binary", "a 50 MB file"])
def test_the_command_line_says_it_in_one_line_and_writes_nothing(capsys, client_on_disk,
                                                                 tmp_path, kind) -> None:
    make, message = FILES[kind]
    digest = client_on_disk.digest()
    code, out, err = command(capsys, client_on_disk.path, make(tmp_path / "rapport.csv"))
    assert (code, out, err) == (2, "", f"vigie: {message}\n")
    assert client_on_disk.digest() == digest


def workbook_with_a_formula(path: Path) -> Path:
    return write_xlsx(path, {"S": [["Contrat", "Code", "Période", "Valeur"],
                                   ["CTR-INF", "SLA-02", "10/2026", "=2+1"]]})


def workbook_with_a_merged_header(path: Path) -> Path:
    return write_xlsx(path, {"S": [["Contrat", "Code", "Période", "Valeur", None],
                                   ["CTR-INF", "SLA-02", "10/2026", 3, 4]]}, merge=["D1:E1"])


def csv_with_too_many_columns(path: Path) -> Path:
    return write_csv(path, [("Contrat", "Code", "Période", "Valeur"),
                            ("CTR-INF", "SLA-02", "10/2026", "3,5")], delimiter=",")


@pytest.mark.parametrize(("make", "name", "reason"), [
    (workbook_with_a_formula, "r.xlsx",
     "D2 : la formule =2+1 n'a pas de résultat enregistré ; ouvrez le fichier dans Excel ou "
     "LibreOffice, enregistrez-le, puis importez-le à nouveau"),
    (workbook_with_a_merged_header, "r.xlsx",
     "L'en-tête « Valeur » est fusionné sur les colonnes D à E : défusionnez les cellules "
     "D1:E1 pour que chaque colonne ait son propre en-tête."),
    (csv_with_too_many_columns, "r.csv",
     "5 valeurs pour 4 colonnes d'en-tête (une virgule décimale dans un fichier séparé par "
     "des virgules ? mettez la valeur entre guillemets)"),
])
def test_a_formula_a_merged_header_or_too_many_columns_is_refused_with_its_reason(
        capsys, client_on_disk, tmp_path, make, name, reason) -> None:
    digest = client_on_disk.digest()
    code, out, err = command(capsys, client_on_disk.path, make(tmp_path / name))
    assert code == 1 and reason in out
    assert err.startswith("vigie: rien n'a été importé : ") and err.count("\n") == 1
    assert "Traceback" not in out + err
    assert client_on_disk.digest() == digest


def test_an_unreadable_client_file_is_one_line_too(capsys, tmp_path) -> None:
    report = write_csv(tmp_path / "r.csv", [HEADER])
    not_vigie = tmp_path / "client.vigie"
    not_vigie.write_text("pas une base", encoding="utf-8")
    code, out, err = command(capsys, not_vigie, report)
    assert code == 2 and out == "" and err.count("\n") == 1 and "Vigie" in err
    assert os.path.getsize(not_vigie) == len("pas une base")
