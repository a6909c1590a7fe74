"""The two launchers: `vigie` (a console script) and `vigie-gui` (no console, Windows'
pythonw), which has no stderr to write a refusal on and says it in a message box."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from app import cli

ROOT = Path(__file__).resolve().parents[2]


def test_the_gui_has_a_launcher_without_a_console() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["vigie"] == "app.cli:main"
    assert project["gui-scripts"]["vigie-gui"] == "app.cli:gui_main"


def test_without_a_console_a_refusal_is_a_message_box(answers, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sys, "stderr", None)  # pythonw: no console at all
    monkeypatch.setattr(sys, "stdout", None)
    assert cli.gui_main([str(tmp_path / "absent.vigie")]) == 2
    assert answers["errors"] == [f"le fichier « {tmp_path / 'absent.vigie'} » est introuvable."]
