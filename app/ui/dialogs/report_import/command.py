"""The import as one undo step: redo writes the report's values, undo puts back what they
replaced (the measurements overwritten, none where there was none)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.imports import service
from app.imports.plan import ImportOptions
from app.imports.reports import Report
from app.services import measurement_store
from app.ui.commands import RecordCommand
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlmodel import Session


class ImportReportCommand(RecordCommand):
    """Import a report in one transaction; raises service.ImportRefused (nothing written,
    nothing pushed) when the report cannot be imported as it stands."""

    def __init__(self, workspace: Workspace, text: str, report: Report, options: ImportOptions,
                 today: dt.date) -> None:
        super().__init__(workspace, text, "measurement")
        self.report = report
        self.options = options
        self.today = today
        self.done: service.ImportDone | None = None
        self._replaced: measurement_store.Replaced | None = None

    def apply(self, session: Session) -> None:
        if self.done is None:
            self.done = service.import_report(session, self.report, self.options, self.today)
            self._replaced = self.done.replaced
        else:
            self._replaced = measurement_store.write_measures(session, self.done.writes)

    def revert(self, session: Session) -> None:
        assert self._replaced is not None
        measurement_store.restore_measures(session, self._replaced)
