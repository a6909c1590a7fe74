"""How client files are named: the suffix appended only when missing, versions kept beside."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import paths


@pytest.mark.parametrize(("typed", "written"), [
    ("Dupont.Fils", "Dupont.Fils.vigie"),
    ("Client v1.2", "Client v1.2.vigie"),
    ("ACME", "ACME.vigie"),
    ("ACME.vigie", "ACME.vigie"),
    ("ACME.VIGIE", "ACME.VIGIE"),
    ("notes.txt", "notes.txt.vigie"),
])
def test_the_suffix_is_appended_only_when_missing(typed: str, written: str) -> None:
    assert paths.with_suffix(Path("/clients") / typed) == Path("/clients") / written


def test_another_version_goes_beside_under_a_free_name(tmp_path: Path) -> None:
    original = tmp_path / "Client v1.2.vigie"
    first = paths.beside(original, "ma version du 24-11-2026 10h32")
    assert first.name == "Client v1.2 (ma version du 24-11-2026 10h32).vigie"
    first.touch()
    assert paths.beside(original, "ma version du 24-11-2026 10h32").name == \
        "Client v1.2 (ma version du 24-11-2026 10h32) 2.vigie"


def test_one_file_has_one_id_whatever_the_name_leading_to_it(tmp_path: Path) -> None:
    real = tmp_path / "client.vigie"
    real.touch()
    link = tmp_path / "lien.vigie"
    try:
        link.symlink_to(real)
    except OSError:
        pytest.skip("no symbolic links here")
    assert paths.file_id(link) == paths.file_id(real)
    assert paths.file_id(tmp_path / "." / "client.vigie") == paths.file_id(real)
