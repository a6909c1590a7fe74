"""Importing a supplier's report: the preview dialog, its undo command and where it starts
(the menu entry and a dropped file). The dialog is imported when first used."""

from app.ui.dialogs.report_import.entry import ReportImportEntry

__all__ = ["ReportImportEntry"]
