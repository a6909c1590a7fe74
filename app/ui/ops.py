"""The op helper (after Anki): widgets hand it a function of a session, never open one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from sqlmodel import Session

from app.services.validation import ValidationError
from app.storage.errors import StorageError
from app.ui.workspace import Workspace

T = TypeVar("T")


class Op(Generic[T]):
    """Run `work(session)` on the workspace and hand its result to `success`.

    Reads are quick on a local working copy, so they run on the GUI thread; the helper is
    the one place to change if some ever need a worker thread. A user error (validation,
    storage) goes to `failure` when given; anything else is a bug and propagates.
    """

    def __init__(self, workspace: Workspace, work: Callable[[Session], T]) -> None:
        self._workspace = workspace
        self._work = work
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[Exception], Any] | None = None

    def success(self, callback: Callable[[T], Any]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], Any]) -> Op[T]:
        self._failure = callback
        return self

    def run(self) -> None:
        try:
            result = self._workspace.query(self._work)
        except (ValidationError, StorageError) as error:
            if self._failure is None:
                raise
            self._failure(error)
            return
        if self._success is not None:
            self._success(result)
