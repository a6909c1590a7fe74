"""Shipped resources are found from a checkout and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app import resources


def test_from_a_checkout_resources_sit_at_the_top_of_the_repository() -> None:
    path = resources.resource_path("minutes_template.docx")
    assert path == Path(__file__).resolve().parents[2] / "resources" / "minutes_template.docx"
    assert path.read_bytes()[:2] == b"PK"


def test_in_a_bundle_they_are_under_meipass(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "minutes_template.docx").write_bytes(b"bundled")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("minutes_template.docx").read_bytes() == b"bundled"


def test_a_missing_resource_names_itself(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(FileNotFoundError, match=r"absent\.docx"):
        resources.resource_path("absent.docx")
