"""Searching and sorting text as a French user expects."""

from __future__ import annotations

from app.services.text import fold, natural_key, search_words


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Société Générale") == "societe generale"
    assert fold("ÉLODIE Prévôt") == "elodie prevot"
    assert fold("Façade ÇA") == "facade ca"
    assert fold("Plain ASCII 42") == "plain ascii 42"


def test_fold_keeps_letters_that_are_not_accented_ones() -> None:
    assert fold("Œuvre") == "œuvre"  # a ligature, not an accent: typed as such
    assert fold("Straße") == "strasse"  # casefold, as German users type it
    assert fold("Lot n° 3 – 12 €") == "lot n° 3 – 12 €"


def test_natural_key_sorts_numbers_by_value() -> None:
    lots = ["Lot 10", "lot 9", "Lot 1", "Lot 2 bis"]
    assert sorted(lots, key=natural_key) == ["Lot 1", "Lot 2 bis", "lot 9", "Lot 10"]


def test_search_words_are_folded_and_split() -> None:
    assert search_words("  Armor   INFOGÉRANCE ") == ["armor", "infogerance"]
    assert search_words("") == []
