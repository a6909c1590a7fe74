"""Undoable changes of several rows: a service function run once over a ChangeSet, then
undone and redone from the rows it recorded (the meeting sheet and the action plan).

Text typed in the meeting sheet is saved every few seconds of typing: consecutive saves of
the same field merge into one undo step while the user keeps typing in it, so that
Édition ▸ Annuler takes back the paragraph, not the last word.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import Any

from sqlmodel import Session

from app.services.changes import ChangeSet
from app.ui.commands import RecordCommand
from app.ui.workspace import Workspace

#: Saves of one field further apart than this are separate undo steps.
MERGE_WINDOW_S = 60.0
_MERGING_ID = 0x7669  # any id shared by mergeable commands only ("vi")


class ChangeCommand(RecordCommand):
    """Run `work(session, changes)` once; undo and redo replay the rows it wrote.

    `merge_key` (e.g. ("agenda_item", 12, "notes")) lets the next save of the same field
    fold into this step; `result` is what `work` returned the first time.
    """

    def __init__(self, workspace: Workspace, text: str, table: str,
                 work: Callable[[Session, ChangeSet], Any],
                 merge_key: Hashable | None = None) -> None:
        super().__init__(workspace, text, table)
        self._work = work
        self._changes: ChangeSet | None = None
        self.result: Any = None
        self.merge_key = merge_key
        self._last_edit = time.monotonic()

    def apply(self, session: Session) -> None:
        if self._changes is None:
            changes = ChangeSet()
            self.result = self._work(session, changes)  # raises: nothing is kept
            self._changes = changes
        else:
            self._changes.redo(session)

    def revert(self, session: Session) -> None:
        assert self._changes is not None
        self._changes.undo(session)

    def id(self) -> int:
        return _MERGING_ID if self.merge_key is not None else -1

    def mergeWith(self, other: Any) -> bool:
        if not isinstance(other, ChangeCommand) or other.merge_key != self.merge_key:
            return False
        if other._last_edit - self._last_edit > MERGE_WINDOW_S:
            return False
        assert self._changes is not None and other._changes is not None
        self._changes.merge(other._changes)
        self._last_edit = other._last_edit
        return True


def run_change(workspace: Workspace, text: str, table: str,
               work: Callable[[Session, ChangeSet], Any],
               merge_key: Hashable | None = None) -> Any:
    """Apply a change and push it on the undo stack; returns what `work` returned.
    Raises ValidationError (nothing changed) when the change is refused."""
    command = ChangeCommand(workspace, text, table, work, merge_key)
    command.execute()
    return command.result
