"""What a spreadsheet puts on the clipboard, where a pasted block lands, and months as
French offices write them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.parsing import parse_month
from app.services.paste import block_text, parse_block, place_block

D = dt.date


def test_an_excel_block_with_crlf_and_a_last_line_end() -> None:
    # Excel ends every row with CRLF, the last one included: no empty row comes of it
    assert parse_block("98,5\t99,1 %\r\n97\t\r\n") == [["98,5", "99,1 %"], ["97", ""]]


def test_empty_cells_at_the_edges_are_kept() -> None:
    # a strip() would lose the leading empty cell and shift the block left
    assert parse_block("\t98\n") == [["", "98"]]
    assert parse_block("98\t\n") == [["98", ""]]


def test_quoted_cells_hold_tabs_and_new_lines() -> None:
    assert parse_block('"a\tb"\t"deux\nlignes"\n') == [["a\tb", "deux\nlignes"]]


def test_ragged_rows_are_filled_and_an_empty_text_is_no_block() -> None:
    assert parse_block("1\t2\n3\n") == [["1", "2"], ["3", ""]]
    assert parse_block("") == [] and parse_block("\n") == []


def test_copied_cells_paste_back_the_same() -> None:
    rows = [["98,5", "a\tb"], ["", "97"]]
    assert parse_block(block_text(rows)) == rows


def test_a_block_goes_once_from_the_top_left_and_what_falls_outside_is_counted() -> None:
    block = [["1", "2"], ["3", "4"]]
    placed, clipped = place_block(block, [(2, 4)], (2, 4), (3, 5))
    assert placed == {(2, 4): "1"} and clipped == 3


def test_one_value_fills_the_selection() -> None:
    selected = [(0, 0), (0, 1), (1, 0), (1, 1), (2, 1)]
    placed, clipped = place_block([["97"]], selected, (0, 0), (5, 5))
    assert placed == dict.fromkeys(selected, "97") and clipped == 0


def test_a_block_is_repeated_over_a_selection_that_is_a_multiple_of_it() -> None:
    selected = [(r, c) for r in range(2) for c in range(4)]
    placed, _ = place_block([["a", "b"]], selected, (0, 0), (5, 5))
    assert [placed[0, c] for c in range(4)] == ["a", "b", "a", "b"]
    assert placed[1, 3] == "b"


def test_a_selection_not_a_multiple_takes_the_block_once_from_its_top_left() -> None:
    selected = [(r, c) for r in range(1, 4) for c in range(1, 4)]
    placed, _ = place_block([["a", "b"]], selected, (2, 2), (5, 5))
    assert placed == {(1, 1): "a", (1, 2): "b"}


def test_a_scattered_selection_pastes_at_the_current_cell() -> None:
    placed, _ = place_block([["a", "b"]], [(0, 4), (2, 4)], (2, 4), (5, 6))
    assert placed == {(2, 4): "a", (2, 5): "b"}


@pytest.mark.parametrize(("text", "month"), [
    ("10/2026", D(2026, 10, 1)),
    ("1/2026", D(2026, 1, 1)),
    ("10/26", D(2026, 10, 1)),
    ("2026-10", D(2026, 10, 1)),
    ("2026-10-31", D(2026, 10, 1)),
    ("31/10/2026", D(2026, 10, 1)),  # day first, always
    ("oct. 2026", D(2026, 10, 1)),
    ("Octobre 2026", D(2026, 10, 1)),
    ("févr. 2026", D(2026, 2, 1)),
    ("fevrier 2026", D(2026, 2, 1)),
    ("août 2026", D(2026, 8, 1)),
    ("déc 2026", D(2026, 12, 1)),
    ("1er mars 2026", D(2026, 3, 1)),
    ("oct-26", D(2026, 10, 1)),
])
def test_months_as_french_offices_write_them(text, month) -> None:
    assert parse_month(text) == month


@pytest.mark.parametrize(("text", "reason"), [
    ("13/2026", "n'est pas une date valide"),
    ("31/02/2026", "n'est pas une date valide"),
    ("T3 2026", "n'est pas un mois"),
    ("brumaire 2026", "n'est pas un mois"),
    ("", "n'est pas un mois"),
])
def test_what_is_not_a_month_says_so(text, reason) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_month(text)
