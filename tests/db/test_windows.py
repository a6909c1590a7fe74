"""Windows' behaviour, simulated on Linux: what made every save fail there, and what a
Windows machine does to files that Linux does not (no Windows machine runs these here;
the CI workflow .github/workflows/windows.yml runs the whole suite on one)."""

from __future__ import annotations

import ctypes
import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from app.storage import files, paths, process
from app.storage.document import IfRecoverable, create, open_file
from app.storage.errors import SaveFailed
from tests.db.helpers import ROOT, add_supplier, sha256, supplier_names

# -- 1. FlushFileBuffers needs a handle opened for writing ----------------------------------


@pytest.fixture
def windows_fsync(monkeypatch):
    """os.fsync as on Windows: `_commit` refuses a descriptor opened read-only (EBADF)."""
    if os.name == "nt":
        return  # the real thing
    import fcntl

    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def test_create_save_copy_and_demo_work_with_windows_fsync(windows_fsync, tmp_path) -> None:
    document = create(tmp_path / "client.vigie", "Client")
    add_supplier(document, "Atos")
    document.save()
    document.save_copy_as(tmp_path / "copie.vigie")
    document.close()
    files.fsync_file(document.path)
    assert supplier_names(document.path) == supplier_names(tmp_path / "copie.vigie") == ["Atos"]

    from app.cli import main

    assert main(["demo", str(tmp_path / "demo.vigie")]) == 0


# -- 2. URIs that Windows' SQLite accepts ---------------------------------------------------


@pytest.mark.parametrize(("path", "uri"), [
    (PureWindowsPath(r"C:\Users\Marie\Clients\ACME.vigie"),
     "file:///C:/Users/Marie/Clients/ACME.vigie"),
    (PureWindowsPath(r"\\serveur\partage\DSI\Client #2 (copie).vigie"),
     "file:////serveur/partage/DSI/Client%20%232%20%28copie%29.vigie"),
    (PureWindowsPath(r"\\?\C:\très\long\chemin\client.vigie"),
     "file:///C:/tr%C3%A8s/long/chemin/client.vigie"),
    (PureWindowsPath(r"\\?\UNC\serveur\partage\client.vigie"),
     "file:////serveur/partage/client.vigie"),
    (PurePosixPath("/media/clé usb/50% ?.vigie"), "file:///media/cl%C3%A9%20usb/50%25%20%3F.vigie"),
])
def test_sqlite_uris_for_drives_shares_and_long_paths(path, uri) -> None:
    assert paths.sqlite_uri(path) == uri
    assert paths.sqlite_uri(path, mode="ro") == uri + "?mode=ro"


def test_a_file_whose_name_looks_like_a_uri_opens(tmp_path: Path) -> None:
    folder = tmp_path / "50% #1 ?"
    folder.mkdir()
    document = create(folder / "Client & fils.vigie", "Client")
    add_supplier(document, "Atos")
    document.close()
    reopened = open_file(document.path)
    assert supplier_names(reopened.working_path) == ["Atos"]
    reopened.close()
    from app.cli import main

    assert main(["check", str(document.path)]) == 0
    assert main(["report", str(document.path)]) == 0


# -- 3. Sharing violations: an antivirus or a sync client holds the file a moment -----------


def refuse_replace(monkeypatch, target: Path, times: int) -> list[int]:
    """os.replace onto `target` fails `times` times with WinError 32 (a PermissionError)."""
    calls: list[int] = []
    real_replace = os.replace

    def replace(source, destination):
        if Path(destination) == target:
            calls.append(1)
            if len(calls) <= times:
                raise PermissionError(13, "Le processus ne peut pas accéder au fichier car ce "
                                          "fichier est utilisé par un autre processus")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    return calls


def test_a_file_held_a_moment_is_saved_after_a_few_tries(client_file, monkeypatch) -> None:
    calls = refuse_replace(monkeypatch, client_file.path, times=3)
    add_supplier(client_file, "Atos")
    client_file.save()
    assert len(calls) == 4
    assert supplier_names(client_file.path) == ["Atos"]
    assert not client_file.dirty
    assert not list(client_file.path.parent.glob("~*"))


def test_a_file_held_too_long_keeps_everything(client_file, monkeypatch) -> None:
    client_file.save()
    before = sha256(client_file.path)
    calls = refuse_replace(monkeypatch, client_file.path, times=100)
    add_supplier(client_file, "Atos")
    with pytest.raises(SaveFailed, match="utilisé par un autre processus"):
        client_file.save()
    assert len(calls) == len(files.SHARING_DELAYS) + 1, "about a second of tries"
    assert sha256(client_file.path) == before and client_file.dirty
    assert not list(client_file.path.parent.glob("~*")), "no temporary file left"
    monkeypatch.undo()
    client_file.save()
    assert supplier_names(client_file.path) == ["Atos"]


def test_metadata_that_cannot_be_written_is_no_false_change(client_file, monkeypatch) -> None:
    real_write = files.atomic_write_text

    def refuse_meta(path: Path, text: str) -> None:
        if path.suffix == ".json":
            raise PermissionError(13, "Accès refusé")
        real_write(path, text)

    monkeypatch.setattr(files, "atomic_write_text", refuse_meta)
    for name in ("Atos", "Capgemini"):
        add_supplier(client_file, name)
        client_file.save()  # the second would say « modifié sur le disque » if it trusted it
    assert supplier_names(client_file.path) == ["Atos", "Capgemini"]


CRASH_AFTER_REPLACE = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from app.models import Supplier
    from app.storage import files
    from app.storage.document import open_file

    target = Path(sys.argv[1])
    real_replace = files.replace

    def replace_then_die(source, destination):
        real_replace(source, destination)
        if Path(destination) == target:
            os._exit(9)  # the process dies between the replace and the metadata

    document = open_file(target)
    with document.session() as session:
        session.add(Supplier(name="Atos"))
    files.replace = replace_then_die
    document.save()
""")


def test_a_crash_between_the_replace_and_the_metadata(client_file, data_dir) -> None:
    client_file.close()
    result = subprocess.run([sys.executable, "-c", CRASH_AFTER_REPLACE, str(client_file.path)],
                            cwd=ROOT, env=os.environ | {"VIGIE_DATA_DIR": str(data_dir)})
    assert result.returncode == 9
    assert supplier_names(client_file.path) == ["Atos"], "the replace had landed"

    document = open_file(client_file.path, if_recoverable=IfRecoverable.RECOVER)
    add_supplier(document, "Capgemini")
    document.save()  # not « modifié sur le disque »: the pending hash is known
    document.close()
    assert supplier_names(client_file.path) == ["Atos", "Capgemini"]


def test_a_working_copy_held_at_close_is_removed_after_a_moment(client_file, monkeypatch):
    held = {"times": 2}
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == client_file.working_path and held["times"]:
            held["times"] -= 1
            raise PermissionError(13, "Accès refusé")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    client_file.close()
    assert not client_file.working_path.exists()


# -- 4. Is the process of a lock alive? -----------------------------------------------------


class FakeKernel32:
    """kernel32 as Windows answers for one process: its handle, exit code, start time."""

    def __init__(self, *, opens: bool = True, error: int = 0, exit_code: int = 259,
                 created: int = 133_000_000_000_000_000) -> None:
        self.opens, self.error, self.exit_code, self.created = opens, error, exit_code, created
        self.closed = 0

    def OpenProcess(self, _access, _inherit, _pid):
        return 1234 if self.opens else 0

    def GetExitCodeProcess(self, _handle, code):
        code._obj.value = self.exit_code
        return 1

    def GetProcessTimes(self, _handle, created, *_others):
        created._obj.low = self.created & 0xFFFFFFFF
        created._obj.high = self.created >> 32
        return 1

    def CloseHandle(self, _handle):
        self.closed += 1
        return 1


@pytest.mark.parametrize(("kernel32", "token", "alive"), [
    (FakeKernel32(), None, True),
    (FakeKernel32(), "win:133000000000000000", True),
    (FakeKernel32(created=133_000_000_500_000_000), "win:133000000000000000", False),
    (FakeKernel32(exit_code=0), None, False),  # exited, a handle still held by someone
    (FakeKernel32(opens=False, error=5), None, True),  # access denied: another user's
    (FakeKernel32(opens=False, error=87), None, False),  # invalid parameter: no such pid
])
def test_windows_process_liveness(kernel32, token, alive) -> None:
    assert process.windows_alive(4321, token, kernel32, lambda: kernel32.error) is alive
    if kernel32.opens:
        assert kernel32.closed == 1, "the handle is closed"


def test_the_windows_token_is_the_creation_time() -> None:
    kernel32 = FakeKernel32(created=(7 << 32) | 9)
    assert process.windows_token(ctypes.c_void_p(1), kernel32) == f"win:{(7 << 32) | 9}"
