"""The preview: which contract and indicator each line is about, what it will do, and every
reason a line is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.imports import service
from app.imports.matching import Role, header_key
from app.imports.plan import ImportOptions, ImportPlan, LineState
from app.services.rules import MeasureStatus
from app.storage.document import ClientFile
from tests.unit.imports.support import HEADER, TODAY, write_csv, write_xlsx

D = dt.date


def preview(document: ClientFile, path: Path, **options) -> ImportPlan:
    with document.session() as session:
        report = service.read(path, options.pop("sheet", None),
                              service.remembered_headers(session))
        return service.preview(session, report, ImportOptions(**options), TODAY)


def csv(tmp_path: Path, *lines: tuple[str, ...], header=HEADER) -> Path:
    return write_csv(tmp_path / "rapport.csv", [header, *lines])


def only(plan: ImportPlan):
    assert len(plan.lines) == 1, plan.lines
    return plan.lines[0]


def test_a_new_value_is_imported_with_the_status_it_will_have(document, tmp_path, ids) -> None:
    plan = preview(document, csv(tmp_path, ("CTR-INF", "SLA-01", "10/2026", "98,5 %", "RAS"),
                                 ("CTR-INF", "SLA-02", "oct. 2026", "6", "")))
    breached, warning = plan.lines
    assert (breached.state, breached.indicator.id, breached.period, breached.value) == (
        LineState.NEW, ids["sla01"], D(2026, 10, 1), 98.5)
    # target 99.5, alert threshold 99: 98.5 is below both
    assert breached.status is MeasureStatus.BREACHED and breached.comment == "RAS"
    # lower is better, target 4 h, threshold 8 h: 6 h is a warning
    assert warning.status is MeasureStatus.WARNING and warning.comment is None
    assert plan.can_import and len(plan.writes) == 2


@pytest.mark.parametrize("titles", [
    ("contrat", "CODE INDICATEUR", "periode", "valeur", "commentaire"),
    ("Référence contrat", "Code", "Mois", "Résultat", "Remarques"),
    ("  Référence  du contrat ", "Indicateur", "Date", "Mesure (%)", "Observations"),
])
def test_headers_are_matched_without_case_accents_or_spacing(document, tmp_path,
                                                             titles) -> None:
    plan = preview(document, csv(tmp_path, ("CTR-INF", "SLA-01", "10/2026", "99,8", "x"),
                                 header=titles))
    assert plan.header.roles == (Role.CONTRACT, Role.CODE, Role.PERIOD, Role.VALUE,
                                 Role.COMMENT)
    assert only(plan).state is LineState.NEW


def test_a_code_column_beside_an_indicator_column_names_the_indicator(document,
                                                                    tmp_path) -> None:
    plan = preview(document, csv(tmp_path, ("SLA-01", "Disponibilité", "10/2026", "99,8"),
                                 header=("Indicateur", "Code", "Période", "Valeur")),
                   contract="CTR-INF")
    assert plan.header.roles == (Role.NAME, Role.CODE, Role.PERIOD, Role.VALUE)


def test_an_indicator_may_be_named_by_its_name(document, tmp_path, ids) -> None:
    plan = preview(document, csv(tmp_path, ("Délai de résolution P1", "10/2026", "3"),
                                 header=("Indicateur", "Période", "Valeur")))
    assert only(plan).indicator.id == ids["sla02"]


def test_a_code_in_several_contracts_needs_a_contract(document, tmp_path, ids) -> None:
    path = csv(tmp_path, ("SLA-01", "10/2026", "99,95"), header=("Code", "Période", "Valeur"))
    line = only(preview(document, path))
    assert line.state is LineState.REFUSED
    assert line.reason == ("le code « SLA-01 » existe dans 2 contrats (CTR-INF, CTR-SAAS) : "
                           "choisissez le contrat ou ajoutez une colonne Contrat")
    chosen = only(preview(document, path, contract="ctr-saas"))  # as typed: case ignored
    assert (chosen.state, chosen.indicator.id) == (LineState.NEW, ids["saas01"])
    # A code found in one contract only needs no contract.
    unique = csv(tmp_path, ("SLA-02", "10/2026", "3"), header=("Code", "Période", "Valeur"))
    assert only(preview(document, unique)).indicator.id == ids["sla02"]


def test_the_contract_column_decides_each_line(document, tmp_path, ids) -> None:
    plan = preview(document, csv(tmp_path, ("CTR-SAAS", "SLA-01", "10/2026", "99,95", ""),
                                 ("ctr inf", "sla 01", "10/2026", "99,95", "")))
    assert [line.indicator.id for line in plan.lines] == [ids["saas01"], ids["sla01"]]


@pytest.mark.parametrize(("line", "contract", "reason"), [
    (("CTR-INF", "SLA-09", "10/2026", "99", ""), None,
     "indicateur « SLA-09 » inconnu dans le contrat CTR-INF"),
    (("CTR-XYZ", "SLA-01", "10/2026", "99", ""), None, "contrat « CTR-XYZ » inconnu"),
    (("CTR-SAAS", "SLA-01", "10/2026", "99", ""), "CTR-INF",
     "ligne du contrat CTR-SAAS, pas du contrat CTR-INF choisi"),
    (("CTR-INF", "SLA-01", "10/2026", "abc", ""), None, "« abc » n'est pas un nombre"),
    (("CTR-INF", "SLA-01", "10/2026", "98,5 points", ""), None, "n'est pas un nombre"),
    (("CTR-INF", "SLA-02", "10/2026", "4 %", ""), None,
     "« 4 % » est un pourcentage ; l'indicateur SLA-02 se mesure en h"),
    (("CTR-INF", "SLA-01", "Octobre", "99", ""), None,
     "« Octobre » n'est pas une période reconnue"),
    (("CTR-INF", "SLA-01", "", "99", ""), None, "période manquante"),
    (("CTR-INF", "SLA-01", "12/2026", "99", ""), None,
     "période 12/2026 à venir : elle n'a pas encore commencé"),
    (("CTR-INF", "SAT-01", "10/2026", "4", ""), None, ""),  # a month names its quarter
    (("CTR-INF", "SLA-01", "T3 2026", "99", ""), None,
     "T3 2026 est un trimestre ; l'indicateur est mensuel"),
    (("CTR-INF", "", "10/2026", "99", ""), None, "indicateur manquant"),
])
def test_each_reason_for_refusing_a_line(document, tmp_path, line, contract, reason) -> None:
    refused = only(preview(document, csv(tmp_path, line), contract=contract))
    assert refused.state is (LineState.REFUSED if reason else LineState.NEW)
    assert reason in refused.reason


def test_the_current_period_may_be_imported_not_the_next(document, tmp_path) -> None:
    # 24/11/2026: November has begun (a partial month's figure), December has not.
    plan = preview(document, csv(tmp_path, ("CTR-INF", "SLA-01", "11/2026", "99,9", ""),
                                 ("CTR-INF", "SLA-01", "12/2026", "99,9", "")))
    assert [line.state for line in plan.lines] == [LineState.NEW, LineState.REFUSED]


def test_a_period_twice_refuses_both_until_one_is_excluded(document, tmp_path) -> None:
    path = csv(tmp_path, ("CTR-INF", "SLA-01", "10/2026", "99,9", ""),
               ("CTR-INF", "SLA-01", "oct. 2026", "99,7", ""),
               ("CTR-INF", "SLA-02", "10/2026", "3", ""))
    plan = preview(document, path)
    assert [line.state for line in plan.lines] == [LineState.REFUSED, LineState.REFUSED,
                                                   LineState.NEW]
    assert plan.lines[0].reason == "période 10/2026 en double pour SLA-01 (aussi ligne 3)"
    assert not plan.can_import
    plan = preview(document, path, excluded=frozenset({2}))
    assert [line.state for line in plan.lines] == [LineState.EXCLUDED, LineState.NEW,
                                                   LineState.NEW]
    assert plan.can_import and [w.value for w in plan.writes] == [99.7, 3.0]


def test_a_different_stored_value_waits_for_a_decision(document, tmp_path) -> None:
    # 09/2026 holds 99,81 (entered by hand, with a comment).
    path = csv(tmp_path, ("CTR-INF", "SLA-01", "09/2026", "99,5", ""))
    conflict = only(preview(document, path))
    assert conflict.state is LineState.CONFLICT and conflict.stored.value == 99.81
    assert "valeur différente déjà enregistrée" in preview(document, path).blockers[0]
    overwrite = preview(document, path, decisions={2: True})
    assert only(overwrite).state is LineState.OVERWRITE and len(overwrite.writes) == 1
    assert only(preview(document, path, overwrite=True)).state is LineState.OVERWRITE
    keep = preview(document, path, decisions={2: False})
    assert only(keep).state is LineState.KEEP and keep.writes == []


def test_the_same_stored_value_is_left_alone_or_its_comment_updated(document,
                                                                    tmp_path) -> None:
    same = preview(document, csv(tmp_path, ("CTR-INF", "SLA-01", "09/2026", "99,81", "")))
    assert only(same).state is LineState.SAME
    assert same.blockers == ["Rien à importer : aucune ligne n'apporte de valeur nouvelle."]
    commented = preview(document, csv(tmp_path, ("CTR-INF", "SLA-01", "09/2026", "99,81",
                                                 "Vérifié en COPIL")))
    assert only(commented).state is LineState.UPDATE
    assert commented.writes[0].comment == "Vérifié en COPIL"


@pytest.mark.parametrize("value", ["", "NC", "N/A", "n.d.", "-", "S.O.", "  "])
def test_a_line_without_a_figure_is_shown_and_not_imported(document, tmp_path,
                                                           value) -> None:
    # Even for a month to come: a report listing the whole year leaves them empty.
    plan = preview(document, csv(tmp_path, ("CTR-INF", "SLA-01", "12/2026", value, ""),
                                 ("CTR-INF", "SLA-02", "10/2026", "3", "")))
    assert [line.state for line in plan.lines] == [LineState.EMPTY, LineState.NEW]
    assert plan.can_import


def test_a_refused_line_blocks_the_import_until_the_user_excludes_it(document,
                                                                     tmp_path) -> None:
    path = csv(tmp_path, ("CTR-INF", "SLA-01", "10/2026", "abc", ""),
               ("CTR-INF", "SLA-02", "10/2026", "3", ""))
    plan = preview(document, path)
    assert plan.blockers == ["1 ligne refusée : excluez-les une à une ou corrigez le fichier"]
    excluded = preview(document, path, excluded=frozenset({2}))
    assert excluded.lines[0].state is LineState.EXCLUDED
    assert excluded.lines[0].reason == "« abc » n'est pas un nombre"  # still says why
    assert excluded.can_import and len(excluded.writes) == 1


def test_a_percent_formatted_cell_is_in_points(document, tmp_path, ids) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"Octobre": [
        ["Contrat", "Code", "Période", "Valeur"],
        ["CTR-INF", "SLA-01", dt.datetime(2026, 10, 31), 0.985],  # a date names its month
        ["CTR-INF", "SLA-02", "oct. 2026", 0.05],  # a % cell for an indicator in hours
    ]}, formats={"D2": "0.0%", "D3": "0%"})
    points, hours = preview(document, path).lines
    assert (points.value, points.period, points.state) == (98.5, D(2026, 10, 1), LineState.NEW)
    assert hours.state is LineState.REFUSED and "est un pourcentage" in hours.reason


def test_a_line_with_too_many_columns_is_refused(document, tmp_path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("Code,Période,Valeur\r\nSLA-02,10/2026,3,5\r\nSLA-02,09/2026,\"3,5\",,\r\n",
                    encoding="utf-8")
    plan = preview(document, path, contract="CTR-INF")
    too_many, quoted = plan.lines
    assert too_many.state is LineState.REFUSED
    assert too_many.reason.startswith("4 valeurs pour 3 colonnes d'en-tête")
    assert (quoted.state, quoted.value) == (LineState.NEW, 3.5)  # empty extra fields: fine


def test_unknown_headers_need_a_mapping_which_then_reads_the_lines(document, tmp_path,
                                                                   ids) -> None:
    path = csv(tmp_path, ("SLA-02", "10/2026", "3"), header=("KPI-ID", "Per.", "Résultat ?"))
    plan = preview(document, path, contract="CTR-INF")
    assert plan.lines == () and not plan.can_import
    assert plan.problem.startswith("Colonnes à associer : Code indicateur, Période")
    mapped = preview(document, path, contract="CTR-INF",
                     columns={0: Role.CODE, 1: Role.PERIOD, 2: Role.VALUE})
    assert only(mapped).indicator.id == ids["sla02"] and mapped.can_import


def test_a_header_merged_across_columns_is_refused(document, tmp_path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"S": [
        ["Code", "Période", "Valeur", None],
        ["SLA-02", "10/2026", 3, 4],
    ]}, merge=["C1:D1"])
    plan = preview(document, path, contract="CTR-INF")
    assert plan.problem == ("L'en-tête « Valeur » est fusionné sur les colonnes C à D : "
                            "défusionnez les cellules C1:D1 pour que chaque colonne ait son "
                            "propre en-tête.")
    assert plan.blockers == [plan.problem]


def test_a_merged_title_above_the_header_is_no_problem(document, tmp_path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"S": [
        ["Rapport d'octobre", None, None],
        ["Code", "Période", "Valeur"],
        ["SLA-02", "10/2026", 3],
    ]}, merge=["A1:C1"])
    plan = preview(document, path, contract="CTR-INF")
    assert plan.problem is None and plan.header.line == 2 and plan.can_import


def test_a_formula_without_a_saved_result_refuses_its_line(document, tmp_path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"S": [
        ["Code", "Période", "Valeur"], ["SLA-02", "10/2026", "=2+1"]]})
    line = only(preview(document, path, contract="CTR-INF"))
    assert line.state is LineState.REFUSED
    assert line.reason.startswith("C2 : la formule =2+1 n'a pas de résultat enregistré ; "
                                  "ouvrez le fichier dans Excel ou LibreOffice")


def test_header_keys_fold_case_accents_and_punctuation() -> None:
    assert header_key("  Référence du contrat (réf.) ") == "reference contrat"
    assert header_key("N° contrat") == "n contrat"
    assert header_key("Valeur_mesurée") == "valeur mesuree"


def test_new_decisions_on_the_lines_read_agree_with_a_new_preview(document, tmp_path) -> None:
    path = csv(tmp_path, ("CTR-INF", "SLA-01", "10/2026", "99,9", ""),
               ("CTR-INF", "SLA-01", "oct. 2026", "99,7", ""),
               ("CTR-INF", "SLA-01", "09/2026", "99,5", ""),
               ("CTR-INF", "SLA-09", "10/2026", "1", ""))
    first = preview(document, path)
    for options in ({"excluded": frozenset({2, 5})}, {"excluded": frozenset({3}),
                                                       "decisions": {4: True}},
                    {"decisions": {4: False}}):
        assert first.redecided(ImportOptions(**options)).lines == \
            preview(document, path, **options).lines


@pytest.mark.parametrize(("code", "text", "value"), [
    ("SLA-01", "99,5", 99.5),
    ("SLA-01", "99.5", 99.5),
    ("SLA-01", "99,5 %", 99.5),
    ("SLA-01", "99,5\u202f%", 99.5),  # narrow no-break space, as French Excel writes it
    ("SLA-01", "99,5%", 99.5),
    ("SLA-01", " 99,5 ", 99.5),
    ("SLA-02", "1\u00a0234,5", 1234.5),  # no-break space grouping thousands
    ("SLA-02", "1 234,5", 1234.5),
    ("SLA-02", "1\u202f234", 1234.0),
    ("SLA-02", "−2,5", -2.5),  # the typographic minus
])
def test_values_as_french_offices_write_them(document, tmp_path, code, text, value) -> None:
    line = only(preview(document, csv(tmp_path, ("CTR-INF", code, "10/2026", text, ""))))
    assert (line.state, line.value) == (LineState.NEW, value)


@pytest.mark.parametrize(("text", "value"), [
    ("3,5 h", 3.5),  # the indicator's unit written after the figure
    ("3,5h", 3.5),
    ("3:30", 3.5),  # a delay written as hours and minutes
    ("1:45:00", 1.75),
])
def test_a_delay_may_carry_its_unit_or_be_hours_and_minutes(document, tmp_path, text,
                                                           value) -> None:
    line = only(preview(document, csv(tmp_path, ("CTR-INF", "SLA-02", "10/2026", text, ""))))
    assert (line.state, line.value) == (LineState.NEW, value)


def test_an_excel_duration_is_read_in_the_indicators_unit(document, tmp_path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"S": [
        ["Contrat", "Code", "Période", "Valeur"],
        ["CTR-INF", "SLA-02", "10/2026", dt.timedelta(hours=3, minutes=30)],  # 3:30 in h
        ["CTR-INF", "SLA-01", "10/2026", dt.timedelta(hours=3)],  # a duration for a %
    ]}, formats={"D2": "[h]:mm", "D3": "[h]:mm"})
    hours, percent = preview(document, path).lines
    assert (hours.state, hours.value) == (LineState.NEW, 3.5)
    assert percent.state is LineState.REFUSED
    assert "est une durée ; l'indicateur SLA-01 se mesure en %" in percent.reason
