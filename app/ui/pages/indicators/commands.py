"""The undo command of the grids: a block of cells written in one session, one undo step.

A typed value, a paste, a Delete over a selection or a comment is one `WriteCells`: its
service writes every cell at once and returns what they held, which the undo writes back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlmodel import Session

from app.ui.commands import RecordCommand
from app.ui.workspace import Workspace

Write = Callable[[Session, Mapping[Any, Any]], dict[Any, Any]]


class WriteCells(RecordCommand):
    """Write `changes` (key → new state, None to clear) with `write`; undo writes back the
    states `write` returned."""

    def __init__(self, workspace: Workspace, text: str, table: str, write: Write,
                 changes: Mapping[Any, Any]) -> None:
        super().__init__(workspace, text, table)
        self._write = write
        self.changes = dict(changes)
        self.previous: dict[Any, Any] = {}

    def apply(self, session: Session) -> None:
        self.previous = self._write(session, self.changes)

    def revert(self, session: Session) -> None:
        self._write(session, self.previous)
