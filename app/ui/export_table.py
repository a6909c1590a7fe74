"""Fichier ▸ Exporter le tableau (Excel)… and the « Exporter » buttons of the pages.

A page offers its main table as (title, model) through `Page.table_for_export()`. The model
is either a proxy over a `RowsTableModel` (its rows as filtered and sorted on screen, each
column's typed `value` and `kind`), or any model with an `export_table()` method giving
the columns and rows itself (the measurement grid, the invoices).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from app import clock
from app.export.excel import ExportColumn
from app.ui.dialogs import messages
from app.ui.table_models import Column, RowsTableModel

ExportedTable = tuple[list[ExportColumn], list[list[Any]]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("export", text)


def exported_table(model: QAbstractItemModel) -> ExportedTable:
    """The columns and the rows of `model` as shown, with typed values."""
    if hasattr(model, "export_table"):
        return model.export_table()
    if isinstance(model, QSortFilterProxyModel):
        source = model.sourceModel()
        rows = model.shown_rows() if hasattr(model, "shown_rows") else source.rows()
    else:
        source, rows = model, model.rows()
    if not isinstance(source, RowsTableModel):
        raise TypeError(f"cannot export a {type(source).__name__}")
    return rows_table(source.columns(), rows)


def rows_table(columns: Sequence[Column], rows: Iterable[Any]) -> ExportedTable:
    """Rows under table columns, each cell its typed `value` (or its text without one)."""
    return ([ExportColumn(c.header, c.kind) for c in columns],
            [[c.value(row) if c.value else c.text(row) for c in columns] for row in rows])


def ask_export_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to write the workbook (a GUI test replaces this function)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Exporter le tableau (Excel)"), str(suggested),
        _tr("Classeur Excel (*.xlsx)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def suggested_name(title: str, day: dt.date) -> str:
    """« Indicateurs 2026-11-24.xlsx »: the table's title and the day (sorts by date)."""
    cleaned = "".join(ch if ch.isalnum() or ch in " -_'" else " " for ch in title)
    return f"{' '.join(cleaned.split())} {day.isoformat()}.xlsx"


def export_page_table(parent: QWidget, page: Any, folder: Path | None = None) -> Path | None:
    """Export the page's table to a workbook the user names; returns where it went (None
    when there was nothing to export, the user cancelled, or it could not be written)."""
    found = page.table_for_export() if page is not None else None
    if found is None:
        messages.show_error(parent, _tr("Exporter le tableau"),
                            _tr("Cette page n'a pas de tableau à exporter."))
        return None
    title, model = found
    suggested = (folder or Path.home()) / suggested_name(title, clock.today())
    path = ask_export_path(parent, suggested)
    if path is None:
        return None
    columns, rows = exported_table(model)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        from app.export.excel import write_table

        write_table(path, title, columns, rows)
    except OSError as error:
        messages.show_error(parent, _tr("Export impossible"), _tr(
            "Le classeur n'a pas pu être écrit dans {0} ({1}).").format(
            path, error.strerror or error))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(_tr("Tableau exporté : {0}").format(path), 8000)
    return path
