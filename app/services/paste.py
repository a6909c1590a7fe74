"""A block copied from Excel or LibreOffice, and where it lands in a grid, as Excel does it.

What a spreadsheet puts on the clipboard as text: rows ended by a new line (CRLF from
Excel, every row including the last), cells separated by tabs, a cell holding a tab, a new
line or a quote written between quotes. Only one final line end is dropped — never a
strip(): an empty first or last cell is data, and losing it would shift the block.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

Cell = tuple[int, int]  # (row, column)


def parse_block(text: str) -> list[list[str]]:
    """The rows of cells of a tab-separated block (empty list for an empty text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quotechar='"'))
    width = max(len(row) for row in rows)
    return [row + [""] * (width - len(row)) for row in rows]


def block_text(rows: Iterable[Iterable[str]]) -> str:
    """Cells as a spreadsheet reads them from the clipboard (tabs, a new line per row)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", quotechar='"', lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()


def place_block(block: list[list[str]], selected: list[Cell], current: Cell,
                size: tuple[int, int]) -> tuple[dict[Cell, str], int]:
    """Where each pasted cell goes in a grid of `size` (rows, columns), and how many fell
    outside it. One value fills every selected cell; a block fits a selection that is an
    exact multiple of it by repeating; otherwise it goes once from the top-left cell of the
    selection (when it is one rectangle holding the current cell), else from the current
    cell."""
    if not block:
        return {}, 0
    height, width = len(block), len(block[0])
    if height == width == 1 and len(selected) > 1:
        return {cell: block[0][0] for cell in selected}, 0
    rectangle = _rectangle(selected) if current in selected else None
    top, left = current
    if rectangle is not None:
        top, left, rows, columns = rectangle
        if (rows, columns) != (height, width) and rows % height == 0 and columns % width == 0:
            return {(top + r, left + c): block[r % height][c % width]
                    for r in range(rows) for c in range(columns)}, 0
    placed, clipped = {}, 0
    for r, row in enumerate(block):
        for c, text in enumerate(row):
            target = (top + r, left + c)
            if target[0] < size[0] and target[1] < size[1]:
                placed[target] = text
            else:
                clipped += 1
    return placed, clipped


def _rectangle(selected: list[Cell]) -> tuple[int, int, int, int] | None:
    """(top, left, rows, columns) when the selected cells form one full rectangle."""
    if not selected:
        return None
    rows = [r for r, _c in selected]
    columns = [c for _r, c in selected]
    top, left = min(rows), min(columns)
    height, width = max(rows) - top + 1, max(columns) - left + 1
    return (top, left, height, width) if len(set(selected)) == height * width else None
