"""The Word minutes, re-read with python-docx as a reader's word processor would see them."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from app.export import docx_parts
from app.export.minutes import write_minutes
from app.export.minutes_body import RED
from app.export.minutes_data import AgendaEntry, DecisionEntry
from tests.unit.minutes_samples import action, header, png, sample


def export(data=None, template: bytes | None = None):
    out = io.BytesIO()
    write_minutes(data or sample(), out, template)
    out.seek(0)
    return Document(out)


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def fill(cell) -> str | None:
    shading = cell._tc.tcPr.find(qn("w:shd"))
    return None if shading is None else shading.get(qn("w:fill"))


def table_after(document, heading_text: str):
    """The first table that follows the paragraph starting with `heading_text`."""
    body = list(document.element.body)
    start = next(i for i, e in enumerate(body)
                 if e.tag == qn("w:p") and "".join(e.itertext()).startswith(heading_text))
    element = next(e for e in body[start:] if e.tag == qn("w:tbl"))
    return next(t for t in document.tables if t._tbl is element)


def test_sections_are_real_numbered_headings_in_the_usual_order() -> None:
    document = export()
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == [
        "COPIL infogérance Armor Services — novembre 2026"]
    assert headings(document, 1) == [
        "1. Participants", "2. Ordre du jour", "3. Revue des indicateurs — 10/2026",
        "4. Décisions", "5. Plan d'actions", "6. Réversibilité", "7. Prochain comité"]
    assert headings(document, 2)[:3] == ["2.1 Revue des indicateurs d'octobre",
                                         "2.2 Suivi du plan d'actions", "2.3 Questions diverses"]
    # No heading is faked with bold runs of Normal text.
    assert not any(run.bold for p in document.paragraphs for run in p.runs)


def test_the_cartouche_says_what_when_where_and_which_contracts() -> None:
    document = export()
    cartouche = dict((row[0], row[1]) for row in rows(document.tables[0]))
    assert cartouche["Date"] == "mardi 10 novembre 2026, 14 h 00 – 16 h 00"
    assert cartouche["Lieu"] == "Siège Hexagone, Lyon — salle Rhône"
    assert cartouche["Contrats"] == ("INF-2024-01 — Infogérance du SI\n"
                                     "SD-2024-02 — Centre de services")
    assert cartouche["Période revue"] == "10/2026"
    assert cartouche["Compte rendu du"] == "24/11/2026"


def test_participants_of_both_sides_with_attendance_client_first() -> None:
    document = export()
    table = table_after(document, "1. Participants")
    assert rows(table) == [
        ["Nom", "Fonction", "Organisation", "Présence"],
        ["Claire Martin (président de séance)", "DSI", "Hexagone Distribution", "Présent"],
        ["Paul Petit", "Responsable infrastructure", "Hexagone Distribution", "Excusé"],
        ["Yann Le Gall", "Directeur de compte", "Armor Services", "Présent"],
        ["Nolwenn Riou", "Service Delivery Manager", "Armor Services", "Absent"],
    ]
    summary = document.paragraphs[[p.text for p in document.paragraphs].index(
        "1. Participants") + 1].text
    assert summary == "2 présents, 1 excusé, 1 absent."


def test_indicator_review_colours_each_status_and_says_it_in_words() -> None:
    document = export()
    supplier = table_after(document, "Engagements du prestataire")
    assert rows(supplier)[0] == ["Indicateur", "Valeur", "Objectif", "Statut", "Pénalité",
                                 "Commentaire"]
    first = supplier.rows[1].cells
    assert [c.text for c in first] == [
        "SLA-01 — Disponibilité des applications\nINF-2024-01", "99,1\u202f%", "≥ 99,5\u202f%",
        "Non atteint", "1\u202f250,00\u202f€", "Incident de stockage du 14/10."]
    statuses = [(row.cells[3].text, fill(row.cells[3])) for row in supplier.rows[1:]]
    assert statuses == [("Non atteint", "F9D3D0"), ("Atteint", "D8EFD9"), ("Alerte", "FFEFC7")]
    assert rows(supplier)[2][2] == "≤ 4\u202fh"  # lower is better
    client = table_after(document, "Entrants du client")
    assert rows(client)[1][1:4] == ["non renseigné", "≥ 90\u202f%", "Non renseigné"]
    texts = [p.text for p in document.paragraphs]
    assert "Pénalités de la période : INF-2024-01 : 1\u202f250,00\u202f€." in texts


def test_charts_and_timeline_are_pictures_with_alt_text() -> None:
    document = export()
    shapes = document.inline_shapes
    assert len(shapes) == 4  # three charts, the reversibility timeline
    descriptions = [shape._inline.docPr.get("descr") for shape in shapes]
    assert descriptions[0] == "SLA-01 — Disponibilité des applications"
    assert descriptions[3] == "Plan de réversibilité — WMS-2023-02 — Plateforme logistique SaaS"
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[-1] == descriptions[3]
    # the charts sit two a row, each 46 % of the 17 cm text width: within its cell's margins
    assert shapes[0].width == pytest.approx(int(0.46 * docx_parts.Length(6120000)), rel=0.01)


def test_every_data_table_repeats_its_header_row_and_keeps_rows_whole() -> None:
    document = export()
    checked = 0
    for table in document.tables:
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        if table.style.name != "Vigie Tableau" or look.get(qn("w:firstRow")) != "1":
            continue  # the charts' layout, the label / value tables (cartouche, plan)
        checked += 1
        first = table.rows[0]._tr.trPr
        assert first.find(qn("w:tblHeader")) is not None
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
        # cantSplit must come before tblHeader, or Word calls the file unreadable
        tags = [child.tag for child in first]
        assert tags.index(qn("w:cantSplit")) < tags.index(qn("w:tblHeader"))
    assert checked == 6  # participants, the two reviews, decisions, the two action tables


def test_late_actions_are_marked_in_words_and_red() -> None:
    document = export()
    carried = table_after(document, "Suivi des actions des comités précédents")
    assert rows(carried)[0] == ["N°", "Action", "Porteur", "Côté", "Échéance", "Statut",
                                "Suivi"]
    late = carried.rows[1].cells
    assert late[5].text == "En retard (12 j)"
    assert fill(late[5]) == RED
    assert late[4].text == "12/11/2026"
    assert late[6].text == "Relancé le 03/11/2026\nDécidée le 13/10/2026"
    assert carried.rows[2].cells[5].text == "En cours" and fill(carried.rows[2].cells[5]) is None
    assert carried.rows[3].cells[5].text == "Terminée"
    new = table_after(document, "Actions décidées lors de ce comité")
    assert [r[0] for r in rows(new)] == ["N°", "A-101", "A-102"]
    assert rows(new)[2][3] == "Client"
    assert ("2 nouvelles actions et 3 actions suivies des comités précédents, dont 1 en retard."
            in [p.text for p in document.paragraphs])


def test_sixty_actions_all_come_out_in_one_table_with_its_header_repeated() -> None:
    carried = tuple(action(n, late=n % 7) for n in range(1, 61))
    document = export(sample(carried_actions=carried))
    table = table_after(document, "Suivi des actions des comités précédents")
    assert len(table.rows) == 61
    assert [r[0] for r in rows(table)[1:]] == [f"A-{n}" for n in range(1, 61)]
    late = [row.cells[5].text for row in table.rows[1:] if fill(row.cells[5]) == RED]
    assert len(late) == sum(1 for n in range(1, 61) if n % 7)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_empty_sections_say_so_instead_of_an_empty_table() -> None:
    data = sample(decisions=(), new_actions=(), carried_actions=(), participants=(),
                  agenda=(), review=(), charts=(), penalties=(), reversibility=(),
                  next_meeting=None, committee=header(review_period=None, contracts=()))
    document = export(data)
    assert headings(document, 1) == ["1. Participants", "2. Ordre du jour", "3. Décisions",
                                     "4. Plan d'actions", "5. Prochain comité"]
    remarks = [p.text for p in document.paragraphs if p.style.name == "Vigie Remarque"]
    assert remarks == [
        "Aucun participant n'est enregistré pour ce comité.",
        "L'ordre du jour de ce comité est vide.",
        "Aucune décision n'a été prise lors de ce comité.",
        "Aucune nouvelle action.",
        "Aucune action en cours n'est reportée des comités précédents.",
        "Le prochain comité n'est pas encore planifié."]
    assert len(document.tables) == 1  # the cartouche alone
    assert len(document.inline_shapes) == 0


def test_a_reviewed_period_without_indicators_says_so() -> None:
    document = export(sample(review=(), charts=(), penalties=()))
    assert "3. Revue des indicateurs — 10/2026" in headings(document, 1)
    assert ("Aucun indicateur n'est suivi sur les contrats de ce comité pour cette période."
            in [p.text for p in document.paragraphs])


AWKWARD = "R&D <Sécurité> « Été » — l'œuvre & co"


def test_accents_ampersands_and_angle_brackets_come_out_as_typed() -> None:
    data = sample(committee=header(title=AWKWARD, client="Dupont & Fils <SA>"),
                  decisions=(DecisionEntry("D1", AWKWARD),),
                  agenda=(AgendaEntry(AWKWARD, f"{AWKWARD}\x0b\x00 fin"),))
    document = export(data)
    assert document.paragraphs[0].text == AWKWARD
    assert rows(table_after(document, "4. Décisions"))[1] == ["D1", AWKWARD]
    texts = [p.text for p in document.paragraphs]
    assert f"{AWKWARD} fin" in texts  # control characters a Word file cannot hold are dropped
    header_text = "\n".join(c.text for t in document.sections[0].header.tables
                            for row in t.rows for c in row.cells)
    assert "Dupont & Fils <SA>" in header_text  # rendered by the template's fields, escaped
    footer = document.sections[0].footer.paragraphs[0].text
    assert footer.startswith(f"{AWKWARD} — 10/11/2026")
    assert document.core_properties.title == f"Compte rendu — {AWKWARD}"


def test_very_long_notes_keep_every_line_and_every_character() -> None:
    lines = [f"Ligne {n} : " + "é" * 400 for n in range(60)]
    notes = "\n".join(lines) + "\n\n" + "x" * 20000
    document = export(sample(agenda=(AgendaEntry("Long", notes),)))
    texts = [p.text for p in document.paragraphs]
    start = texts.index("2.1 Long") + 1
    assert texts[start:start + 61] == [*lines, "x" * 20000]


def test_footer_holds_page_x_of_y_as_word_fields() -> None:
    document = export()
    footer = document.sections[0].footer
    assert docx_parts.field_instructions(footer._element) == ["PAGE", "NUMPAGES"]
    text = footer.paragraphs[0].text
    assert text == ("COPIL infogérance Armor Services — novembre 2026 — 10/11/2026"
                    "\tPage 1 sur 1")  # 1 and 1 until the word processor lays pages out
    assert "{{" not in text


def test_the_shipped_logo_placeholder_is_left_out_and_the_client_named() -> None:
    document = export()
    header_part = document.sections[0].header
    assert header_part._element.xpath(".//a:blip") == []
    cells = [c.text for t in header_part.tables for row in t.rows for c in row.cells]
    assert "Hexagone Distribution\nCompte rendu — COPIL" in cells


def test_properties_language_and_dates_are_set_without_the_clock() -> None:
    document = export()
    properties = document.core_properties
    assert properties.author == "Hexagone Distribution"
    assert properties.language == "fr-FR"
    assert properties.created.date().isoformat() == "2026-11-24"
    lang = document.styles.element.find(qn("w:docDefaults")).find(
        qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "fr-FR"


def test_writing_to_a_path_writes_a_docx_file(tmp_path: Path) -> None:
    target = tmp_path / "cr.docx"
    write_minutes(sample(), target)
    assert Document(target).paragraphs[0].text.startswith("COPIL")


def test_a_large_chart_png_is_scaled_to_the_column_not_to_its_pixels() -> None:
    big = replace(sample().charts[0], png=png(3000, 1600))
    document = export(sample(charts=(big,)))
    assert document.inline_shapes[0].width < docx_parts.Length(6120000) // 2


def test_the_review_opens_on_its_counts_and_penalties() -> None:
    texts = [p.text for p in export().paragraphs]
    start = texts.index("3. Revue des indicateurs — 10/2026")
    assert texts[start + 1:start + 3] == [
        "4 indicateurs revus : 1 atteint, 1 en alerte, 1 non atteint, 1 non renseigné.",
        "Pénalités de la période : INF-2024-01 : 1\u202f250,00\u202f€."]


def test_the_reversibility_plan_in_the_pages_words_and_its_timeline() -> None:
    document = export()
    table = table_after(document, "WMS-2023-02 — Plateforme logistique SaaS")
    # a short table reads whole: every row but the last keeps with the next
    keeps = [row.cells[0].paragraphs[0].paragraph_format.keep_with_next for row in table.rows]
    assert keeps == [True] * (len(keeps) - 1) + [None]
    figures = dict((row[0], row[1]) for row in rows(table))
    assert figures == {
        "Niveau de préparation": "62\u202f% (jalons et check-list)",
        "Avancement": "4 / 7 jalons terminés",
        "Glissement": "12 jours — 1 jalon en retard",
        "Prochaine phase": "Bascule, à partir du 15/01/2027",
        "Bascule prévue": "29/01/2027",
        "Check-list": "3 / 6 éléments faits",
        "Avant « Bascule »": ("PV de « Shadowing » non signé\n"
                              "check-list : 1 élément à faire (licences transférables)"),
    }
