"""An indicator's definition checked as its form types it, and the values a cell accepts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.models import Direction, Frequency, IndicatorCategory, PenaltyKind, Side
from app.services import indicator_definitions as definitions
from app.services.indicator_values import Bounds, ValueContext, bounds, check_value, out_of
from app.services.validation import ValidationError
from app.storage.document import open_file
from tests.indicators_scenario import scenario_file

D = dt.date
TODAY = D(2026, 11, 24)
UP, DOWN = Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER
SL = IndicatorCategory.SERVICE_LEVEL


def values(**changes) -> dict:
    return definitions.default_values(1) | {"code": "SLA-09", "name": "Disponibilité",
                                            "target": 99.0} | changes


# -- bounds and typed values --------------------------------------------------------------------


@pytest.mark.parametrize(("unit", "category", "direction", "target", "threshold", "expected"), [
    ("%", SL, UP, 99.0, 98.0, Bounds(0.0, 100.0)),
    # budget consumption: 106 % of the plan is a breach that must be recordable
    ("%", IndicatorCategory.BUDGET, DOWN, 100.0, 103.0, Bounds(0.0, None)),
    ("%", SL, DOWN, 100.0, None, Bounds(0.0, None)),  # lower is better from 100 % up
    ("%", SL, UP, 100.0, None, Bounds(0.0, 100.0)),  # 100 % of backups is the ceiling
    ("/5", IndicatorCategory.SATISFACTION, UP, 4.0, 3.5, Bounds(0.0, 5.0)),
    ("/10", IndicatorCategory.SATISFACTION, UP, 7.0, 6.0, Bounds(0.0, 10.0)),
    ("h", SL, DOWN, 4.0, 6.0, Bounds(0.0, None)),
    ("€", IndicatorCategory.BUDGET, DOWN, 610.0, 630.0, Bounds(0.0, None)),
    ("points", SL, UP, 3.0, None, Bounds()),
])
def test_bounds_by_unit(unit, category, direction, target, threshold, expected) -> None:
    assert bounds(unit, category, direction, target, threshold) == expected


def test_out_of_reads_marks() -> None:
    assert (out_of("/5"), out_of(" / 10 "), out_of("/2,5"), out_of("%")) == (5.0, 10.0, 2.5,
                                                                             None)


PERCENT = ValueContext("%", SL, UP, 99.0, 98.0, Frequency.MONTHLY, D(2025, 1, 1))
HOURS = ValueContext("h", SL, DOWN, 4.0, 6.0, Frequency.MONTHLY, D(2025, 1, 1))


@pytest.mark.parametrize(("text", "context", "value"), [
    ("98,5", PERCENT, 98.5),
    ("98,5 %", PERCENT, 98.5),  # the sign a French sheet writes
    ("100", PERCENT, 100.0),
    ("0,5", HOURS, 0.5),
])
def test_a_typed_value_is_read_the_french_way(text, context, value) -> None:
    assert check_value(text, context, D(2026, 10, 1), TODAY) == value


@pytest.mark.parametrize(("text", "context", "period", "reason"), [
    ("abc", PERCENT, D(2026, 10, 1), "« abc » n'est pas un nombre."),
    ("101", PERCENT, D(2026, 10, 1), "Une valeur en % ne peut pas dépasser 100."),
    ("-1", HOURS, D(2026, 10, 1), "Une valeur en h ne peut pas être inférieure à 0."),
    ("4 %", HOURS, D(2026, 10, 1), "Cet indicateur se mesure en h, pas en %."),
    ("98", PERCENT, D(2026, 12, 1), "La période 12/2026 n'a pas commencé"),
    ("98", PERCENT, D(2024, 12, 1), "Le contrat n'avait pas commencé en 12/2024"),
])
def test_a_refused_value_says_why(text, context, period, reason) -> None:
    with pytest.raises(ValueError, match=reason):
        check_value(text, context, period, TODAY)


def test_the_running_period_may_be_measured_but_not_the_next_one() -> None:
    quarterly = ValueContext("/5", IndicatorCategory.SATISFACTION, UP, 4.0, 3.5,
                             Frequency.QUARTERLY)
    assert check_value("4,2", quarterly, D(2026, 10, 1), TODAY) == 4.2  # Q4 has begun
    with pytest.raises(ValueError, match="T1 2027 n'a pas commencé"):
        check_value("4,2", quarterly, D(2027, 1, 1), TODAY)


# -- the definition ----------------------------------------------------------------------------


def test_a_complete_definition_has_no_error() -> None:
    assert definitions.indicator_errors(values()) == {}


@pytest.mark.parametrize(("changes", "field", "reason"), [
    ({"contract_id": None}, "contract_id", "Choisissez le contrat"),
    ({"code": "  "}, "code", "obligatoire"),
    ({"code": "X" * 31}, "code", "30 caractères au plus"),
    ({"name": ""}, "name", "obligatoire"),
    ({"target": 120.0}, "target", "ne peut pas dépasser 100"),
    # a threshold on the wrong side of the target could never warn
    ({"alert_threshold": 99.5}, "alert_threshold", "sous l'objectif"),
    ({"direction": DOWN, "target": 4.0, "unit": "h", "alert_threshold": 3.0},
     "alert_threshold", "au-dessus de l'objectif"),
    ({"contractual": True, "penalty_kind": PenaltyKind.FIXED}, "penalty_amount",
     "montant dû par manquement"),
    ({"contractual": True, "penalty_kind": PenaltyKind.PERCENT, "penalty_percent": 150.0},
     "penalty_percent", "ne peut pas dépasser 100 %"),
])
def test_each_wrong_field_says_why(changes, field, reason) -> None:
    errors = definitions.indicator_errors(values(**changes))
    assert reason in errors.get(field, ""), errors


def test_stored_values_keep_only_the_penalty_of_their_kind() -> None:
    cleaned = definitions.cleaned(values(code=" SLA-09 ", contractual=True,
                                         penalty_kind=PenaltyKind.FIXED, penalty_amount=500.0,
                                         penalty_percent=2.0))
    assert (cleaned["code"], cleaned["penalty_amount"], cleaned["penalty_percent"]) == (
        "SLA-09", 500.0, None)
    not_contractual = definitions.cleaned(values(penalty_kind=PenaltyKind.FIXED,
                                                 penalty_amount=500.0))
    assert (not_contractual["penalty_kind"], not_contractual["penalty_amount"]) == (
        PenaltyKind.NONE, None)


@pytest.fixture
def scenario(tmp_path: Path):
    path, ids = scenario_file(tmp_path / "documents")
    document = open_file(path)
    yield document, ids
    document.close(save=False)


def test_a_code_is_unique_within_its_contract_only(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        with pytest.raises(ValidationError) as refused:
            definitions.validate_indicator(session, values(contract_id=ids["a"], code="disp"))
        assert "déjà un indicateur disp" in refused.value.errors["code"]
        stored = definitions.validate_indicator(session, values(contract_id=ids["b"],
                                                                code="DISP"))
    assert stored["contract_id"] == ids["b"]


def test_a_measured_indicator_keeps_its_frequency(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        detail = definitions.indicator_detail(session, ids["disp"])
        with pytest.raises(ValidationError) as refused:
            definitions.validate_indicator(
                session, detail.values() | {"frequency": Frequency.QUARTERLY}, ids["disp"])
        # its other fields may change
        definitions.validate_indicator(session, detail.values() | {"target": 99.5}, ids["disp"])
    assert refused.value.errors["frequency"].startswith("L'indicateur a déjà 4 mesures")


def test_a_copy_on_another_contract_keeps_the_definition(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        copy = definitions.duplicate_values(session, ids["disp"], ids["b"])
        with pytest.raises(ValidationError, match="CTR-A a déjà un indicateur DISP"):
            definitions.duplicate_values(session, ids["disp"], ids["a"])
    assert (copy["contract_id"], copy["code"], copy["target"], copy["penalty_percent"],
            copy["measured_side"]) == (ids["b"], "DISP", 99.0, 1.0, Side.SUPPLIER)


def test_contract_choices_carry_the_penalty_clause(scenario) -> None:
    document, _ids = scenario
    with document.session() as session:
        choices = {c.reference: c for c in definitions.contract_choices(session)}
    assert choices["CTR-A"].has_penalty_clause and not choices["CTR-B"].has_penalty_clause
    assert choices["CTR-A"].label == "CTR-A — Infogérance"
