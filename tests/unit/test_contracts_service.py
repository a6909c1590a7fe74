"""The contracts and attachments services: the list in one query, its dates, the checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from app.models import Attachment, Contract, ContractKind, ContractStatus, Renewal, Supplier
from app.models.enums import DocumentKind
from app.services import attachments, contracts, records
from app.services.dashboard import Severity
from app.services.validation import ValidationError

TODAY = dt.date(2026, 11, 24)
D = dt.date


def _contract(session: Session, supplier_id: int, reference: str, **fields) -> int:
    values = {"supplier_id": supplier_id, "reference": reference,
              "title": f"Contrat {reference}", "kind": ContractKind.MANAGED_SERVICES,
              "start_date": D(2024, 4, 1), "initial_duration_months": 36,
              "notice_period_months": 3, "annual_amount": 120_000.0} | fields
    return records.create(session, Contract, values)


@pytest.fixture
def session(client_file):
    """A session on a file with two suppliers and contracts of every renewal case."""
    with client_file.session() as session:
        armor = records.create(session, Supplier, {"name": "armor Infogérance"})
        nova = records.create(session, Supplier, {"name": "Nova Régie"})
        # Term 01/04/2024 – 31/03/2027, notice before 31/12/2026: in 37 days.
        _contract(session, armor, "CTR-TACIT")
        # No renewal: ends 31/12/2026.
        _contract(session, armor, "CTR-NONE", renewal=Renewal.NONE, start_date=D(2024, 1, 1))
        # Express renewal whose time to decide (30/09/2026) is over.
        _contract(session, nova, "CTR-EXPRESS", renewal=Renewal.EXPRESS,
                  start_date=D(2024, 1, 1))
        _contract(session, nova, "CTR-ENDED", status=ContractStatus.ENDED)
        yield session


def _rows(session: Session) -> dict[str, contracts.ContractRow]:
    return {row.reference: row for row in contracts.list_contracts(session, TODAY)}


def test_the_list_gives_each_contract_its_supplier_and_dates(session) -> None:
    rows = _rows(session)
    assert list(rows) == ["CTR-ENDED", "CTR-EXPRESS", "CTR-NONE", "CTR-TACIT"]

    tacit = rows["CTR-TACIT"]
    assert tacit.supplier_name == "armor Infogérance"
    assert tacit.dates == contracts.ContractDates(D(2027, 3, 31), D(2026, 12, 31), None)
    assert tacit.notice_days == 37

    assert rows["CTR-NONE"].dates == contracts.ContractDates(D(2026, 12, 31), None, D(2026, 12, 31))
    assert rows["CTR-NONE"].notice_days is None

    express = rows["CTR-EXPRESS"]
    assert express.dates.notice_deadline == D(2026, 9, 30)  # missed: still shown
    assert express.notice_days == -55

    # marked ended, on no recorded day: no date, and ended
    assert rows["CTR-ENDED"].dates == contracts.ContractDates(None, None, None, ended=True)
    assert rows["CTR-ENDED"].status is ContractStatus.ENDED


def test_the_list_is_one_query_however_many_contracts(session) -> None:
    statements: list[str] = []
    engine = session.get_bind()
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    sa.event.listen(engine, "before_cursor_execute", listener)
    try:
        contracts.list_contracts(session, TODAY)
    finally:
        sa.event.remove(engine, "before_cursor_execute", listener)
    assert len(statements) == 1


def test_detail_holds_every_editable_field(session) -> None:
    contract_id = _rows(session)["CTR-TACIT"].id
    detail = contracts.contract_detail(session, contract_id)
    assert detail is not None
    assert detail.supplier_name == "armor Infogérance"
    editable = {c.name for c in Contract.__table__.columns} - {"id"}
    assert set(detail.values()) == editable == set(contracts.FIELDS)
    assert detail.renewal is Renewal.TACIT
    assert contracts.contract_detail(session, 9999) is None


def test_supplier_choices_are_sorted_without_regard_to_case(session) -> None:
    assert [name for _id, name in contracts.supplier_choices(session)] == [
        "armor Infogérance", "Nova Régie"]


def _values(session: Session, **changes) -> dict:
    supplier_id = contracts.supplier_choices(session)[0][0]
    return contracts.default_values(TODAY, supplier_id) | {
        "reference": "CTR-NEW", "title": "Nouveau contrat"} | changes


def test_valid_values_come_back_cleaned_with_enums(session) -> None:
    values = _values(session, reference="  CTR-NEW ", renewal="express", kind="tma")
    cleaned = contracts.validate_contract(session, values)
    assert cleaned["reference"] == "CTR-NEW"
    assert cleaned["renewal"] is Renewal.EXPRESS
    assert cleaned["kind"] is ContractKind.TMA
    assert set(cleaned) == set(contracts.FIELDS)


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"reference": " "}, "reference", "obligatoire"),
    ({"reference": "X" * 61}, "reference", "60 caractères"),
    ({"title": ""}, "title", "obligatoire"),
    ({"supplier_id": None}, "supplier_id", "prestataire"),
    ({"start_date": None}, "start_date", "date de début"),
    ({"initial_duration_months": 0}, "initial_duration_months", "au moins un mois"),
    ({"renewal_period_months": 0}, "renewal_period_months", "tacite reconduction"),
    ({"notice_period_months": 36}, "notice_period_months", "plus court"),
    ({"annual_amount": -1.0}, "annual_amount", "négatif"),
    ({"daily_rate": -650.0}, "daily_rate", "négatif"),
    ({"penalty_cap_percent": 150.0}, "penalty_cap_percent", "entre 0 et 100"),
    ({"ended_on": D(2020, 1, 1)}, "ended_on", "précéder"),
])
def test_each_wrong_value_has_its_reason(session, changes, field, words) -> None:
    with pytest.raises(ValidationError) as caught:
        contracts.validate_contract(session, _values(session, **changes))
    assert list(caught.value.errors) == [field]
    assert words in caught.value.errors[field]


def test_the_reference_must_be_unique_except_for_the_contract_itself(session) -> None:
    with pytest.raises(ValidationError) as caught:
        contracts.validate_contract(session, _values(session, reference="ctr-tacit"))
    assert "déjà" in caught.value.errors["reference"]
    own = _rows(session)["CTR-TACIT"].id
    assert contracts.validate_contract(session, _values(session, reference="CTR-TACIT"), own)


def test_express_renewal_without_period_is_allowed(session) -> None:
    values = _values(session, renewal=Renewal.NONE, renewal_period_months=0)
    assert contracts.validate_contract(session, values)["renewal_period_months"] == 0


def test_dates_from_form_values() -> None:
    values = contracts.default_values(TODAY) | {"start_date": D(2024, 4, 1)}
    assert contracts.dates_from_values(values, TODAY) == contracts.ContractDates(
        D(2027, 3, 31), D(2026, 12, 31), None)
    assert contracts.dates_from_values(values | {"initial_duration_months": 0}, TODAY) is None
    ending = contracts.dates_from_values(values | {"renewal": "none"}, TODAY)
    assert ending is not None and ending.contract_end == D(2027, 3, 31)


@pytest.mark.parametrize(("days", "severity"), [
    (None, None), (-5, Severity.CRITICAL), (0, Severity.CRITICAL), (30, Severity.CRITICAL),
    (31, Severity.WARNING), (90, Severity.WARNING), (91, None),
])
def test_notice_severity(days, severity) -> None:
    assert contracts.notice_severity(days) is severity


def test_days_text() -> None:
    assert contracts.days_text(37) == "dans 37 jours"
    assert contracts.days_text(1) == "demain"
    assert contracts.days_text(0) == "aujourd'hui"
    assert contracts.days_text(-1) == "dépassée depuis 1 jour"
    assert contracts.days_text(-5) == "dépassée depuis 5 jours"
    assert contracts.days_text(None) == ""


# -- attachments ------------------------------------------------------------------------------


def test_a_file_becomes_the_values_of_an_attachment(tmp_path: Path) -> None:
    path = tmp_path / "Contrat signé.pdf"
    path.write_bytes(b"%PDF-1.4 contenu")
    values = attachments.attachment_values(path, DocumentKind.CONTRACT, 7)
    assert values["name"] == "Contrat signé.pdf"
    assert values["media_type"] == "application/pdf"
    assert values["size"] == len(b"%PDF-1.4 contenu")
    assert values["data"] == b"%PDF-1.4 contenu"
    assert values["kind"] is DocumentKind.CONTRACT and values["contract_id"] == 7


def test_unknown_extension_is_octet_stream() -> None:
    assert attachments.media_type_of("notes.zzz-inconnu") == "application/octet-stream"


def test_a_file_too_large_is_refused_with_a_sentence(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(attachments, "MAX_SIZE", 1024)
    path = tmp_path / "gros.pdf"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(ValidationError) as caught:
        attachments.attachment_values(path, DocumentKind.OTHER)
    assert "« gros.pdf » fait 2 Ko" in caught.value.errors["file"]
    assert "ne peut pas dépasser 1 Ko" in caught.value.errors["file"]


def test_a_missing_file_is_refused_with_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        attachments.attachment_values(tmp_path / "absent.pdf", DocumentKind.OTHER)
    assert "Impossible de lire le fichier « absent.pdf »" in caught.value.errors["file"]


def test_list_without_blobs_and_data_on_demand(session, tmp_path: Path) -> None:
    contract_id = _rows(session)["CTR-TACIT"].id
    path = tmp_path / "PAQ.txt"
    path.write_bytes(b"Plan d'assurance qualite")
    first = records.create(session, Attachment, attachments.attachment_values(
        path, DocumentKind.PAQ, contract_id) | {"added_at": dt.datetime(2026, 1, 1, 9, 0)})
    second = records.create(session, Attachment, attachments.attachment_values(
        path, DocumentKind.OTHER, contract_id) | {"added_at": dt.datetime(2026, 2, 1, 9, 0)})
    rows = attachments.list_attachments(session, contract_id)
    assert [row.id for row in rows] == [second, first]  # newest first
    assert not hasattr(rows[0], "data")
    assert rows[1].kind is DocumentKind.PAQ and rows[1].size == 24
    assert attachments.attachment_data(session, first) == b"Plan d'assurance qualite"
    assert attachments.list_attachments(session, 9999) == []


@pytest.mark.parametrize(("size", "text"), [
    (812, "812 o"), (12 * 1024, "12 Ko"), (int(3.4 * 1024 * 1024), "3,4 Mo"),
])
def test_format_size(size, text) -> None:
    assert attachments.format_size(size) == text
