"""Undoable edits: every change of the UI is one of these commands on the workspace's stack.

A command runs once before it is pushed (so that a refused change — a validation or
integrity error — never reaches the stack), then Undo / Redo replay it through the
services in `app.services.records`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from app.services import records
from app.services.validation import ValidationError
from app.storage.errors import StorageError
from app.ui.workspace import Workspace


class RecordCommand(QUndoCommand):
    """Base of the undoable commands: runs its steps in one session, then says what changed."""

    def __init__(self, workspace: Workspace, text: str, table: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.table = table
        self._first = True

    def execute(self) -> None:
        """Apply the change once and push it on the undo stack; raises ValidationError."""
        self._run(self.apply)
        self.workspace.undo_stack.push(self)

    def redo(self) -> None:  # Qt calls it on push: the first time, the work is already done
        if self._first:
            self._first = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def apply(self, session: Session) -> None:
        raise NotImplementedError

    def revert(self, session: Session) -> None:
        raise NotImplementedError

    def _run(self, step: Callable[[Session], None]) -> None:
        try:
            self.workspace.query(step)
        except IntegrityError as error:
            raise ValidationError({"": _integrity_message(error)}) from error
        except StorageError as error:  # a full disk under the working copy: said in the form
            raise ValidationError({"": error.message}) from error
        self.workspace.data_changed.emit(self.table)


class CreateRecord(RecordCommand):
    """Create a row; undo deletes it (and what was added to it since), redo puts it back."""

    def __init__(
        self, workspace: Workspace, text: str, model: type[SQLModel], values: dict[str, Any]
    ):
        super().__init__(workspace, text, model.__tablename__)  # type: ignore[arg-type]
        self.model = model
        self.values = values
        self.row_id: int | None = None
        self._snapshot: records.Snapshot | None = None

    def apply(self, session: Session) -> None:
        if self._snapshot is None:
            self.row_id = records.create(session, self.model, self.values)
        else:
            records.restore(session, self._snapshot)

    def revert(self, session: Session) -> None:
        assert self.row_id is not None
        self._snapshot = records.delete(session, self.model, self.row_id)


class UpdateRecord(RecordCommand):
    """Change some fields of a row; undo puts the previous values back."""

    def __init__(
        self, workspace: Workspace, text: str, model: type[SQLModel], row_id: int,
        values: dict[str, Any],
    ):
        super().__init__(workspace, text, model.__tablename__)  # type: ignore[arg-type]
        self.model = model
        self.row_id = row_id
        self.values = values
        self._previous: dict[str, Any] = {}

    def apply(self, session: Session) -> None:
        self._previous = records.update(session, self.model, self.row_id, self.values)

    def revert(self, session: Session) -> None:
        records.update(session, self.model, self.row_id, self._previous)


class DeleteRecord(RecordCommand):
    """Delete a row with what depends on it; undo restores all of it."""

    def __init__(self, workspace: Workspace, text: str, model: type[SQLModel], row_id: int):
        super().__init__(workspace, text, model.__tablename__)  # type: ignore[arg-type]
        self.model = model
        self.row_id = row_id
        self._snapshot: records.Snapshot | None = None

    def apply(self, session: Session) -> None:
        self._snapshot = records.delete(session, self.model, self.row_id)

    def revert(self, session: Session) -> None:
        assert self._snapshot is not None
        records.restore(session, self._snapshot)


class CreateRecords(RecordCommand):
    """Create several rows at once (a plan's milestones and checklist…); one undo deletes
    them all, redo puts them back."""

    def __init__(self, workspace: Workspace, text: str,
                 rows: list[tuple[type[SQLModel], dict[str, Any]]]) -> None:
        tables = {model.__tablename__ for model, _values in rows}  # type: ignore[misc]
        super().__init__(workspace, text, tables.pop() if len(tables) == 1 else "*")
        self.rows = rows
        self.row_ids: list[int] = []
        self._snapshots: list[records.Snapshot] = []

    def apply(self, session: Session) -> None:
        if not self._snapshots:
            self.row_ids = [records.create(session, model, values)
                            for model, values in self.rows]
            return
        for snapshot in self._snapshots:
            records.restore(session, snapshot)

    def revert(self, session: Session) -> None:
        self._snapshots = [records.delete(session, model, row_id) for (model, _values), row_id
                           in reversed(list(zip(self.rows, self.row_ids, strict=True)))]
        self._snapshots.reverse()


class DeleteRecords(RecordCommand):
    """Delete several rows with what depends on them (a whole plan…); undo restores all."""

    def __init__(self, workspace: Workspace, text: str,
                 rows: list[tuple[type[SQLModel], int]]) -> None:
        tables = {model.__tablename__ for model, _id in rows}  # type: ignore[misc]
        super().__init__(workspace, text, tables.pop() if len(tables) == 1 else "*")
        self.rows = rows
        self._snapshots: list[records.Snapshot] = []

    def apply(self, session: Session) -> None:
        self._snapshots = [records.delete(session, model, row_id) for model, row_id in self.rows]

    def revert(self, session: Session) -> None:
        for snapshot in reversed(self._snapshots):
            records.restore(session, snapshot)


def _integrity_message(error: IntegrityError) -> str:
    text = str(error.orig)
    if "UNIQUE" in text:
        message = "Cette valeur existe déjà ; elle doit être unique."
    elif "CHECK" in text:
        message = "Une valeur est hors des limites permises."
    elif "FOREIGN KEY" in text:
        message = "Cet élément est lié à un élément qui n'existe plus."
    else:
        message = "La modification a été refusée par la base."
    return QCoreApplication.translate("commands", message)
