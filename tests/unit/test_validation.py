"""The reasons a user reads next to a wrong field."""

from __future__ import annotations

import pytest

from app.services.validation import (
    ValidationError,
    email_error,
    format_phone,
    phone_error,
    raise_if,
    siren_error,
    siret_error,
)


@pytest.mark.parametrize("value", ["", "732 829 320", "732829320"])
def test_valid_or_empty_siren_is_accepted(value: str) -> None:
    assert siren_error(value) is None


@pytest.mark.parametrize(
    ("value", "reason"),
    [("73282932", "9 chiffres"), ("732829321", "clé de contrôle"), ("ABCDEFGHI", "9 chiffres")],
)
def test_wrong_siren_says_why(value: str, reason: str) -> None:
    assert reason in (siren_error(value) or "")


def test_siret_must_be_valid_and_match_the_siren() -> None:
    assert siret_error("732 829 320 00074") is None
    assert "clé de contrôle" in (siret_error("73282932000075") or "")
    assert "14 chiffres" in (siret_error("7328293200007") or "")
    assert "commencer par le SIREN" in (siret_error("73282932000074", siren="552100554") or "")


def test_email_and_phone() -> None:
    assert email_error("jeanne.martin@atos.net") is None
    assert "e-mail invalide" in (email_error("jeanne.martin@") or "")
    assert phone_error("01 23 45 67 89") is None
    assert phone_error("+44 20 7946 0958") is None
    assert "téléphone invalide" in (phone_error("12 34") or "")
    assert format_phone("0123456789") == "01 23 45 67 89"


def test_raise_if_keeps_only_the_wrong_fields() -> None:
    raise_if({"email": None})
    with pytest.raises(ValidationError) as wrong:
        raise_if({"email": "bad", "phone": None})
    assert wrong.value.errors == {"email": "bad"}
