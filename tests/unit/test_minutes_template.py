"""A company's own template: its styles, header and logo used; its fields rendered safely;
an unusable template refused with a sentence naming the problem."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from app.export.minutes import write_minutes
from app.export.minutes_template import (
    FIELDS,
    TemplateError,
    check_template,
    read_template_file,
    shipped_template,
)
from tests.unit.minutes_samples import png, sample

LOGO = png(300, 100, "#8b0000")


def company_template(body: tuple[str, ...] = ("Texte d'exemple du modèle.",),
                     header: str = "ACME — Diffusion restreinte", *, logo: bool = True,
                     footer: str = "") -> bytes:
    """A letterhead as a company would make it in Word: Georgia headings in dark red, a
    logo and a line in the header, some body text."""
    document = Document()
    heading = document.styles["Heading 1"]
    heading.font.name = "Georgia"
    heading.font.size = Pt(16)
    heading.font.color.rgb = RGBColor(0x8B, 0, 0)
    paragraph = document.sections[0].header.paragraphs[0]
    if logo:
        paragraph.add_run().add_picture(io.BytesIO(LOGO), width=Cm(3))
    paragraph.add_run(header)
    if footer:
        document.sections[0].footer.paragraphs[0].add_run(footer)
    for text in body:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def export(template: bytes, data=None):
    out = io.BytesIO()
    write_minutes(data or sample(), out, template, "acme.docx")
    out.seek(0)
    return Document(out)


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_the_minutes_take_the_company_styles_header_and_logo() -> None:
    document = export(company_template())
    heading = document.styles["Heading 1"]
    assert heading.font.name == "Georgia" and heading.font.color.rgb == RGBColor(0x8B, 0, 0)
    assert [p.style.name for p in document.paragraphs if p.text == "1. Participants"] == [
        "Heading 1"]
    header = document.sections[0].header
    assert header.paragraphs[0].text == "ACME — Diffusion restreinte"
    blips = header._element.xpath(".//a:blip")
    assert len(blips) == 1
    image = header.part.related_parts[blips[0].get(qn("r:embed"))]
    assert image.blob == LOGO  # the company's logo, untouched
    # the template's sample text is replaced by the minutes
    assert "Texte d'exemple du modèle." not in texts(document)
    assert texts(document)[0] == "COPIL infogérance Armor Services — novembre 2026"


def test_styles_the_company_template_lacks_come_from_vigie() -> None:
    template = Document(io.BytesIO(company_template()))
    styles = template.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) in ("Heading2", "Caption"):
            styles.remove(style)
    out = io.BytesIO()
    template.save(out)
    document = export(out.getvalue())
    assert document.styles["Vigie Tableau"].type is not None  # copied in
    assert document.tables[1].style.name == "Vigie Tableau"
    assert "2.1 Revue des indicateurs d'octobre" in [
        p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert document.styles["Heading 1"].font.name == "Georgia"  # its own, kept


def test_a_french_word_template_with_its_own_style_ids_is_used() -> None:
    """French Word saves « Titre 1 » as styleId Titre1 named « heading 1 »."""
    template = Document(io.BytesIO(company_template()))
    for style in template.styles.element.findall(qn("w:style")):
        if style.get(qn("w:styleId")) == "Heading1":
            style.set(qn("w:styleId"), "Titre1")
    out = io.BytesIO()
    template.save(out)
    document = export(out.getvalue())
    ids = {p._p.pPr.pStyle.val for p in document.paragraphs if p.text == "1. Participants"}
    assert ids == {"Titre1"}


def test_fields_in_the_body_are_rendered_and_the_minutes_go_at_contenu() -> None:
    template = company_template(body=(
        "Objet : {{ comite.titre }} ({{ comite.type }})",
        "{{ contenu }}",
        "Fait à Lyon, le {{ document.date }}, pour {{ client.nom }}.",
    ))
    document = export(template)
    all_text = texts(document)
    assert all_text[0] == "Objet : COPIL infogérance Armor Services — novembre 2026 (COPIL)"
    assert all_text[1] == "COPIL infogérance Armor Services — novembre 2026"  # the title
    assert all_text[-1] == "Fait à Lyon, le 24/11/2026, pour Hexagone Distribution."
    assert not any("VIGIE-CONTENU" in text for text in all_text)


def test_without_contenu_the_minutes_follow_a_body_that_has_fields() -> None:
    document = export(company_template(body=("Réf. {{ comite.date }}",)))
    assert texts(document)[:2] == ["Réf. 10/11/2026",
                                   "COPIL infogérance Armor Services — novembre 2026"]


def test_loops_over_participants_decisions_and_actions_render() -> None:
    template = company_template(body=(
        "{% for p in participants %}{{ p.nom }} ({{ p.presence }}) ; {% endfor %}",
        "{% for a in actions %}{% if a.retard %}{{ a.numero }} en retard de {{ a.retard }} j"
        "{% endif %}{% endfor %}",
        "{{ contenu }}"))
    document = export(template)
    assert texts(document)[0] == ("Claire Martin (Présent) ; Paul Petit (Excusé) ; "
                                  "Yann Le Gall (Présent) ; Nolwenn Riou (Absent) ; ")
    assert texts(document)[1] == "A-7 en retard de 12 j"


def test_header_fields_escape_ampersands_and_angle_brackets() -> None:
    template = company_template(header="{{ comite.prestataire }} — {{ comite.lieu }}")
    data = sample()
    data = data.__class__(**{**data.__dict__, "committee": data.committee.__class__(
        **{**data.committee.__dict__, "supplier": "Dupont & Fils <SA>"})})
    document = export(template, data)
    assert document.sections[0].header.paragraphs[0].text == (
        "Dupont & Fils <SA> — Siège Hexagone, Lyon — salle Rhône")


@pytest.mark.parametrize(("field", "named"), [
    ("{{ comite.titrre }}", "comite.titrre"),
    ("{{ societe }}", "societe"),
    ("{% for p in participants %}{{ p.nomm }}{% endfor %}", "p.nomm"),
    ("{{ comite['salle'] }}", "comite.salle"),
])
def test_an_unknown_field_is_refused_naming_it(field: str, named: str) -> None:
    with pytest.raises(TemplateError, match=re.escape(f"champ inconnu « {named} »")):
        check_template(company_template(body=(field,)), "acme.docx")


def test_an_unknown_field_in_the_header_is_refused_too(tmp_path: Path) -> None:
    target = tmp_path / "cr.docx"
    with pytest.raises(TemplateError, match=re.escape(
            "« acme.docx » utilise le champ inconnu « client.adresse »")):
        write_minutes(sample(), target, company_template(header="{{ client.adresse }}"),
                      "acme.docx")
    assert not target.exists()  # nothing written


@pytest.mark.parametrize("field", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ comite.titre.__class__ }}",
    "{% include '/etc/passwd' %}",
    "{% import 'os' as os %}",
    "{{ participants.append(1) }}",
])
def test_a_template_cannot_run_code_or_read_files(field: str) -> None:
    with pytest.raises(TemplateError, match=re.escape("« acme.docx »")):
        export(company_template(body=(field,)))


def test_a_malformed_field_is_refused_with_a_sentence() -> None:
    with pytest.raises(TemplateError, match="champ mal écrit"):
        check_template(company_template(body=("{{ comite.titre }",)), "acme.docx")


@pytest.mark.parametrize("data", [b"", b"Bonjour", b"PK\x03\x04 not really a zip"])
def test_what_is_not_a_word_document_is_refused(data: bytes) -> None:
    with pytest.raises(TemplateError, match=re.escape("« notes.docx » n'est pas un document Word")):
        check_template(data, "notes.docx")


def test_a_spreadsheet_is_refused() -> None:
    from openpyxl import Workbook

    out = io.BytesIO()
    Workbook().save(out)
    with pytest.raises(TemplateError, match="n'est pas un document Word"):
        check_template(out.getvalue(), "budget.xlsx")


def test_a_word_template_dotx_is_accepted() -> None:
    source = io.BytesIO(company_template())
    out = io.BytesIO()
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(out, "w") as dotx:
        for item in package.infolist():
            content = package.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            dotx.writestr(item, content)
    document = export(out.getvalue())
    assert document.sections[0].header.paragraphs[0].text == "ACME — Diffusion restreinte"


def test_reading_a_template_file_checks_it(tmp_path: Path) -> None:
    good = tmp_path / "modèle.docx"
    good.write_bytes(company_template())
    assert read_template_file(good) == good.read_bytes()
    with pytest.raises(TemplateError, match=re.escape("Impossible de lire « absent.docx »")):
        read_template_file(tmp_path / "absent.docx")
    bad = tmp_path / "faux.docx"
    bad.write_text("pas un document")
    with pytest.raises(TemplateError, match=re.escape("« faux.docx » n'est pas un document Word")):
        read_template_file(bad)


def test_the_shipped_template_passes_its_own_checks_and_uses_only_known_fields() -> None:
    check_template(shipped_template(), "minutes_template.docx")


def test_every_field_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "minutes-template.md").read_text(
        encoding="utf-8")
    for group, fields in FIELDS.items():
        if fields is None:
            names = [group]
        elif isinstance(fields, list):  # a list: its items' fields, « participants[].nom »
            names = [f"{group}[].{name}" for name in fields[0]]
        else:
            names = [f"{group}.{name}" for name in fields]
        for name in names:
            assert f"`{name}`" in doc, name


def test_the_shipped_template_is_an_a4_letterhead_with_fields_and_a_logo_slot() -> None:
    from app.export import docx_parts
    from app.export.minutes_body import STYLES
    from app.resources import resource_path

    document = Document(io.BytesIO(shipped_template()))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    names = {style.name for style in document.styles}
    assert set(STYLES) <= names
    assert docx_parts.field_instructions(section.footer._element) == ["PAGE", "NUMPAGES"]
    assert "{{ comite.titre }}" in section.footer.paragraphs[0].text
    header_cells = [c.text for t in section.header.tables for r in t.rows for c in r.cells]
    assert "{{ client.nom }}\nCompte rendu — {{ comite.type }}" in header_cells
    (blip,) = section.header._element.xpath(".//a:blip")
    logo = section.header.part.related_parts[blip.get(qn("r:embed"))].blob
    assert logo == resource_path("minutes_logo_placeholder.png").read_bytes()
    lang = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(
        qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "fr-FR"


def test_the_refusal_lists_the_fields_that_would_be_right() -> None:
    with pytest.raises(TemplateError) as refused:
        check_template(company_template(body=("{% for p in participants %}{{ p.fonctoin }}"
                                              "{% endfor %}",)), "acme.docx")
    assert str(refused.value) == (
        "« acme.docx » utilise le champ inconnu « p.fonctoin » ; les champs permis sont : "
        "cote, email, fonction, nom, organisation, presence.")
    with pytest.raises(TemplateError, match="les champs permis sont : actions, client, "):
        check_template(company_template(body=("{{ societe.nom }}",)), "acme.docx")


def test_headings_a_template_numbers_itself_get_no_typed_number() -> None:
    template = Document(io.BytesIO(company_template()))
    for level in (1, 2):
        properties = template.styles[f"Heading {level}"].element.get_or_add_pPr()
        numbering = properties.get_or_add_numPr()
        numbering.get_or_add_numId().val = 1
        numbering.get_or_add_ilvl().val = level - 1
    out = io.BytesIO()
    template.save(out)
    document = export(out.getvalue())
    heading_1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert heading_1[:2] == ["Participants", "Ordre du jour"]
    assert "Revue des indicateurs d'octobre" in [
        p.text for p in document.paragraphs if p.style.name == "Heading 2"]


def test_a_style_copied_in_points_at_the_documents_own_base_style() -> None:
    """A French Word names the base table style TableauNormal: the copied « Vigie Tableau »
    must be based on it, not on a second « Normal Table »."""
    template = Document(io.BytesIO(company_template()))
    renamed = {}
    for style in template.styles.element.findall(qn("w:style")):
        if style.get(qn("w:styleId")) == "TableNormal":
            style.set(qn("w:styleId"), "TableauNormal")
            renamed["done"] = True
    out = io.BytesIO()
    template.save(out)
    document = export(out.getvalue())
    names = [s.find(qn("w:name")).get(qn("w:val"))
             for s in document.styles.element.findall(qn("w:style"))]
    assert renamed and names.count("Normal Table") == 1
    vigie = next(s for s in document.styles.element.findall(qn("w:style"))
                 if s.get(qn("w:styleId")) == "VigieTableau")
    assert vigie.find(qn("w:basedOn")).get(qn("w:val")) == "TableauNormal"
