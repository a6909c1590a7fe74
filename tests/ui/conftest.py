"""GUI fixtures: a main window on a fresh client file, questions answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.document import create, open_file


@pytest.fixture(autouse=True)
def application(qapp):
    """The application set up as `vigie` sets it up: French, Vigie's style sheet, garbage
    collected on the GUI thread. Every GUI test sees the same one, whatever ran before."""
    from app.ui.application import create_application

    return create_application()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict:
    """Replies to the questions the UI asks, and a record of what it said."""
    from app.ui.dialogs import messages

    record: dict = {"choices": [], "errors": [], "confirm": True, "choice": None,
                    "texts": [], "text": ""}

    def ask_choice(_parent, _title, text, choices, informative=""):
        record["choices"].append((text, [key for key, _label in choices]))
        choice = record["choice"]  # a list answers the questions in turn
        if isinstance(choice, list):
            return choice.pop(0) if choice else None
        return choice

    def show_error(_parent, _title, text):
        record["errors"].append(text)

    def ask_text(_parent, title, _label, text="", accept="OK"):
        record["texts"].append((title, text))
        return record["text"] if record["text"] is not None else None

    monkeypatch.setattr(messages, "ask_choice", ask_choice)
    monkeypatch.setattr(messages, "ask_text", ask_text)
    monkeypatch.setattr(messages, "show_error", show_error)
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: record["confirm"])
    return record


@pytest.fixture
def window(qtbot, answers) -> Iterator:
    """The main window with no file open."""
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow

    create_application()
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


@pytest.fixture
def client_path(tmp_path: Path) -> Path:
    """A saved client file, closed, ready to be opened by the window."""
    path = tmp_path / "documents" / "acme.vigie"
    path.parent.mkdir(exist_ok=True)
    create(path, "ACME Industrie").close()
    return path


@pytest.fixture
def filled_path(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """The client file of tests.ui.contracts_support.filled_file, with the ids it holds."""
    from tests.ui.contracts_support import filled_file

    return filled_file(tmp_path)


@pytest.fixture
def setup(qtbot, filled_path, answers):
    """The Contrats page on the filled file, and the ids of what it holds."""
    from tests.ui.contracts_support import build_page

    path, ids = filled_path
    document = open_file(path)
    page = build_page(qtbot, document)
    yield page, ids
    page.workspace.undo_stack.clear()
    document.close(save=False)
