"""Checks of the values a user types, each returning the reason in French (or None)."""

from __future__ import annotations

from collections.abc import Mapping

from app.i18n import tr


class ValidationError(Exception):
    """Some fields are wrong; `errors` maps each field to the reason shown next to it."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = dict(errors)


def raise_if(errors: Mapping[str, str | None]) -> None:
    """Raise ValidationError with the fields whose check returned a reason."""
    wrong = {name: reason for name, reason in errors.items() if reason}
    if wrong:
        raise ValidationError(wrong)


def required(value: str) -> str | None:
    return tr("validation", "Ce champ est obligatoire.") if not value.strip() else None


def siren_error(value: str) -> str | None:
    """Why a SIREN (9 digits, Luhn key) is wrong; empty is allowed."""
    from stdnum.fr import siren as stdnum_siren  # its libraries load when a form checks

    compact = stdnum_siren.compact(value) if value else ""
    if not compact:
        return None
    if not compact.isdigit() or len(compact) != 9:
        return tr("validation", "Un SIREN compte 9 chiffres.")
    if not stdnum_siren.is_valid(compact):
        return tr("validation", "Ce SIREN n'est pas valide (clé de contrôle incorrecte).")
    return None


def siret_error(value: str, siren: str = "") -> str | None:
    """Why a SIRET (14 digits, Luhn key, starting with the SIREN) is wrong; empty is allowed."""
    from stdnum.fr import siren as stdnum_siren
    from stdnum.fr import siret as stdnum_siret

    compact = stdnum_siret.compact(value) if value else ""
    if not compact:
        return None
    if not compact.isdigit() or len(compact) != 14:
        return tr("validation", "Un SIRET compte 14 chiffres.")
    if not stdnum_siret.is_valid(compact):
        return tr("validation", "Ce SIRET n'est pas valide (clé de contrôle incorrecte).")
    siren_compact = stdnum_siren.compact(siren) if siren else ""
    if siren_compact and not compact.startswith(siren_compact):
        return tr("validation", "Le SIRET doit commencer par le SIREN de l'entreprise.")
    return None


def email_error(value: str) -> str | None:
    """Why an e-mail address is wrong (syntax only: Vigie works offline); empty is allowed."""
    if not value.strip():
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError:
        return tr("validation", "Adresse e-mail invalide (exemple : prenom.nom@societe.fr).")
    return None


def phone_error(value: str) -> str | None:
    """Why a phone number is wrong (French numbers by default); empty is allowed."""
    if not value.strip():
        return None
    import phonenumbers

    try:
        number = phonenumbers.parse(value, "FR")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        return tr("validation", "Numéro de téléphone invalide (exemple : 01 23 45 67 89).")
    return None


def format_phone(value: str) -> str:
    """A valid phone number written the French way (01 23 45 67 89, or +44 … abroad)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, "FR")
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(number):
        return value
    if number.country_code == 33:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def compact_digits(value: str) -> str | None:
    """A SIREN/SIRET as stored: digits only, or None when empty."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return digits or None
