"""What the import dialog shows beside its widgets: reading a report with what the file
remembers, the busy cursor, the summary line, sample values of each column."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.imports import service
from app.imports.matching import Header
from app.imports.plan import ImportPlan, LineState
from app.imports.reports import Report, ReportRefused
from app.services.formatting import plural
from app.ui.ops import Op
from app.ui.workspace import Workspace

#: The filter of the table: its label and the states it keeps (None: every line).
FILTERS: tuple[tuple[str, tuple[LineState, ...] | None], ...] = (
    ("Toutes les lignes", None),
    ("À importer", (LineState.NEW, LineState.UPDATE, LineState.OVERWRITE)),
    ("Refusées", (LineState.REFUSED,)),
    ("À arbitrer", (LineState.CONFLICT,)),
    ("Exclues", (LineState.EXCLUDED,)),
    ("Sans effet", (LineState.SAME, LineState.EMPTY, LineState.KEEP)),
)
DECIDABLE = (LineState.CONFLICT, LineState.OVERWRITE, LineState.KEEP)


def read_in(workspace: Workspace, path: Path, sheet: str | None = None,
            contract: str | None = None) -> Report | ReportRefused:
    """Read a report with the header names the file remembers; the refusal if it is none."""
    def work(session) -> Report | ReportRefused:
        try:
            return service.read_for(session, path, sheet, contract)
        except ReportRefused as refusal:
            return refusal

    found: list[Report | ReportRefused] = []
    with busy():
        Op(workspace, work).success(found.append).run()
    return found[0]


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while a large report is read or previewed."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def samples(report: Report, header: Header, count: int = 3) -> list[str]:
    """A few values of each column under the header, to see what a column holds."""
    found: list[list[str]] = [[] for _ in range(header.width)]
    for row in report.rows[header.index + 1:header.index + 40]:
        for column in range(header.width):
            text = row.cell(column).text()
            if text and len(found[column]) < count and text not in found[column]:
                found[column].append(text)
    return [", ".join(values) for values in found]


def summary_text(plan: ImportPlan) -> str:
    """« 12 mesures à importer · 1 ligne refusée · 2 valeurs à arbitrer · … »"""
    parts = [plural(len(plan.writes), "mesure à importer", "mesures à importer")]
    for states, singular, several in (
        ((LineState.REFUSED,), "ligne refusée", "lignes refusées"),
        ((LineState.CONFLICT,), "valeur à arbitrer", "valeurs à arbitrer"),
        ((LineState.SAME, LineState.KEEP), "déjà enregistrée", "déjà enregistrées"),
        ((LineState.EMPTY,), "sans valeur", "sans valeur"),
        ((LineState.EXCLUDED,), "exclue", "exclues"),
    ):
        count = plan.count(*states)
        if count:
            parts.append(plural(count, singular, several))
    return " · ".join(parts)
