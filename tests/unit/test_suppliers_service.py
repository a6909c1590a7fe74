"""The suppliers service: the list's figures in one query, the detail, contacts and checks."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from app.models import Contact, Contract, ContractKind, ContractStatus, Side, Supplier
from app.services import suppliers
from app.services.text import natural_key, search_words
from app.services.validation import ValidationError

TODAY = dt.date(2026, 11, 24)  # the day the contracts' activity is judged on
SIREN = "552100554"  # a valid SIREN
SIRET = "55210055400013"  # a valid SIRET of that SIREN


def _contract(supplier_id: int, reference: str, amount: float, **fields) -> Contract:
    return Contract(supplier_id=supplier_id, reference=reference, title=f"Contrat {reference}",
                    kind=ContractKind.TMA, start_date=dt.date(2025, 1, 1),
                    annual_amount=amount, **fields)


@pytest.fixture
def session(client_file):
    """A session on a file with two suppliers, their contracts and contacts."""
    with client_file.session() as session:
        armor = Supplier(name="Armor Infogérance", siren=SIREN, siret=SIRET,
                         address="12 rue de la Paix, 35000 Rennes",
                         certifications="ISO 9001, ISO 27001")
        nova = Supplier(name="Nova Régie", address="3 quai Perrache\n69002 Lyon")
        session.add_all([armor, nova])
        session.flush()
        session.add_all([
            _contract(armor.id, "INF-1", 100_000.0),
            _contract(armor.id, "INF-2", 20_000.0, status=ContractStatus.RENEWAL_DUE),
            _contract(armor.id, "INF-3", 5_000.0, status=ContractStatus.ENDED),
            _contract(armor.id, "INF-4", 7_000.0, ended_on=dt.date(2025, 6, 30)),
            Contact(supplier_id=armor.id, name="Élodie Martin", role="Service Delivery Manager"),
            Contact(supplier_id=armor.id, name="Paul Durand"),
            Contact(supplier_id=None, name="Claire Petit", role="DSI", side=Side.CLIENT),
        ])
        session.flush()
        yield session


def test_the_list_counts_contracts_and_sums_the_active_ones(session: Session) -> None:
    rows = {row.name: row for row in suppliers.list_suppliers(session, TODAY)}
    armor, nova = rows["Armor Infogérance"], rows["Nova Régie"]
    assert (armor.contracts, armor.active_contracts, armor.annual_amount) == (4, 2, 120_000.0)
    assert (nova.contracts, nova.active_contracts, nova.annual_amount) == (0, 0, 0.0)
    assert armor.contacts == 2 and nova.contacts == 0
    assert armor.siren == "552 100 554"
    assert (armor.city, nova.city) == ("Rennes", "Lyon")


def test_the_search_text_holds_siret_city_certifications_and_contacts(session: Session) -> None:
    armor = next(r for r in suppliers.list_suppliers(session, TODAY) if r.siren)
    for typed in ("rennes", "27001", SIRET, "elodie", "ARMOR infogerance"):
        assert all(word in armor.haystack for word in search_words(typed)), typed


def test_client_contacts_are_those_without_supplier(session: Session) -> None:
    count, haystack = suppliers.client_contact_summary(session)
    assert count == 1 and "claire" in haystack and "contacts cote client" in haystack
    client = suppliers.list_contacts(session, None)
    assert [c.name for c in client] == ["Claire Petit"]
    assert client[0].side is Side.CLIENT
    armor_id = next(r.id for r in suppliers.list_suppliers(session, TODAY) if r.siren)
    names = [c.name for c in suppliers.list_contacts(session, armor_id)]
    assert sorted(names) == ["Paul Durand", "Élodie Martin"]


def test_detail_has_the_fields_and_the_contracts(session: Session) -> None:
    armor_id = next(r.id for r in suppliers.list_suppliers(session, TODAY) if r.siren)
    detail = suppliers.supplier_detail(session, armor_id, TODAY)
    assert detail is not None
    assert detail.siret == "552 100 554 00013"
    assert detail.form_values()["certifications"] == "ISO 9001, ISO 27001"
    active = {c.reference: c.active for c in detail.contracts}
    assert active == {"INF-1": True, "INF-2": True, "INF-3": False, "INF-4": False}
    assert suppliers.supplier_detail(session, 9999, TODAY) is None


def test_contact_supplier(session: Session) -> None:
    client = suppliers.list_contacts(session, None)[0]
    assert suppliers.contact_supplier(session, client.id) == (True, None)
    assert suppliers.contact_supplier(session, 9999) == (False, None)


def test_a_valid_supplier_is_cleaned_for_storage(session: Session) -> None:
    values = {"name": "  Cloudélia ", "siren": "", "siret": "552 100 554 00013",
              "address": "", "website": "https://cloudelia.fr", "certifications": "HDS",
              "notes": ""}
    cleaned = suppliers.validate_supplier(session, values)
    assert cleaned["name"] == "Cloudélia"
    assert cleaned["siret"] == SIRET
    assert cleaned["siren"] == SIREN  # taken from the SIRET
    assert suppliers.validate_supplier(session, {"name": "X", "siren": ""})["siren"] is None


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"name": ""}, "name", "obligatoire"),
    ({"name": "X", "siren": "552100555"}, "siren", "clé de contrôle"),
    ({"name": "X", "siren": "1234"}, "siren", "9 chiffres"),
    ({"name": "X", "siret": "55210055400014"}, "siret", "clé de contrôle"),
    ({"name": "X", "siren": "732829320", "siret": SIRET}, "siret", "commencer par le SIREN"),
    ({"name": "armor infogérance"}, "name", "déjà"),
])
def test_wrong_suppliers_say_why(session: Session, values: dict, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        suppliers.validate_supplier(session, values)
    assert words in caught.value.errors[field]


def test_a_supplier_keeps_its_own_name(session: Session) -> None:
    armor_id = next(r.id for r in suppliers.list_suppliers(session, TODAY) if r.siren)
    assert suppliers.validate_supplier(session, {"name": "Armor Infogérance"}, armor_id)


def test_a_contact_is_cleaned_and_its_phone_formatted() -> None:
    cleaned = suppliers.validate_contact(
        {"name": " Jean Roux ", "role": "DSI", "email": "jean.roux@acme.fr",
         "phone": "+33612345678", "side": Side.SUPPLIER}, 3)
    assert cleaned["name"] == "Jean Roux"
    assert cleaned["phone"] == "06 12 34 56 78"
    assert cleaned["supplier_id"] == 3 and cleaned["side"] is Side.SUPPLIER
    assert suppliers.validate_contact({"name": "A"}, None)["side"] is Side.CLIENT


def test_wrong_contacts_say_why() -> None:
    with pytest.raises(ValidationError) as caught:
        suppliers.validate_contact({"name": "", "email": "jean@", "phone": "12"}, 1)
    assert set(caught.value.errors) == {"name", "email", "phone"}
    with pytest.raises(ValidationError) as caught:
        suppliers.validate_contact({"name": "A", "side": Side.SUPPLIER}, None)
    assert "prestataire" in caught.value.errors["side"]


@pytest.mark.parametrize(("address", "city"), [
    ("1350 avenue Albert Einstein, 34000 Montpellier", "Montpellier"),
    ("Tour Alto\n4 place des Saisons\n92400 Courbevoie", "Courbevoie"),
    ("5 rue X, 75008 Paris, France", "Paris"),
    ("", ""),
])
def test_city_of(address: str, city: str) -> None:
    assert suppliers.city_of(address) == city


def test_two_queries_for_the_list_whatever_its_length(session: Session) -> None:
    # the suppliers with their contacts, then the terms of every contract (whether a
    # contract is active depends on today, computed by the rules in Python)
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    engine = session.get_bind()
    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        suppliers.list_suppliers(session, TODAY)
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)
    assert len(statements) == 2


def test_names_sort_naturally() -> None:
    names = ["Cloudélia 10", "cloudelia 9", "Cloudélia", "Armor 2"]
    assert sorted(names, key=natural_key) == [
        "Armor 2", "Cloudélia", "cloudelia 9", "Cloudélia 10"]
