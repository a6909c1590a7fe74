"""Helpers for storage tests: hashes, raw reads, read-only folders."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def add_supplier(document, name: str) -> None:
    """Add a supplier to an open client file, committed at once."""
    from app.models import Supplier

    with document.session() as session:
        session.add(Supplier(name=name))


@contextlib.contextmanager
def small_file_system(folder: Path, size: str) -> Iterator[Path]:
    """A real little file system (tmpfs) mounted at `folder`, when this machine lets the
    tests mount one (root on Linux); skips the test otherwise."""
    folder.mkdir(exist_ok=True)
    if os.name == "nt" or os.system(f"mount -t tmpfs -o size={size} tmpfs '{folder}' "
                                    "2>/dev/null"):
        pytest.skip("mounting a small file system needs root on Linux")
    try:
        yield folder
    finally:
        os.system(f"umount -l '{folder}' 2>/dev/null")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def supplier_names(path: Path) -> list[str]:
    """Supplier names read straight from a database file, bypassing Vigie."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM supplier ORDER BY id")]
    finally:
        connection.close()


def read_rows(path: Path, sql: str) -> list[tuple]:
    """The rows a query gives, read straight from a database file, bypassing Vigie."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


@contextlib.contextmanager
def unwritable(path: Path) -> Iterator[None]:
    """Make a file or folder unwritable, even for root (immutable attribute) and on Windows
    (a folder's read-only attribute does not stop writes there: an ACL denying them does)."""
    if os.name == "nt":  # not run here: written for the Windows CI job
        deny = "(OI)(CI)(WD,AD,WA,WEA)" if path.is_dir() else "(WD,AD,WA,WEA)"
        subprocess.run(["icacls", str(path), "/deny", f"*S-1-1-0:{deny}"], check=True,
                       capture_output=True)
        try:
            yield
        finally:
            subprocess.run(["icacls", str(path), "/remove:d", "*S-1-1-0"], check=True,
                           capture_output=True)
    elif os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("cannot make a path immutable here (chattr)")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def simulate_crash(document) -> None:
    """The process dies here: no save, no close; its working copy and lock stay behind
    (the lock is removed, as a dead process's is treated as stale)."""
    from app.storage import lock, paths, recovery

    document.engine.dispose()
    recovery.LIVE.discard(document.working_path)
    lock.lock_path(paths.real(document.path)).unlink()


ROOT = Path(__file__).resolve().parents[2]


class Driver:
    """Another Vigie process, driven through `app.storage` as the GUI drives it."""

    def __init__(self, path: Path, data_dir: Path, *, hostname: str | None = None) -> None:
        import sys

        env = os.environ | {"VIGIE_DATA_DIR": str(data_dir)}
        if hostname:
            env["VIGIE_TEST_HOSTNAME"] = hostname
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.db.driver", str(path)], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "ready"

    @property
    def pid(self) -> int:
        return self.process.pid

    def send(self, command: str) -> str:
        """Run one command in the other process; its answer line."""
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def ok(self, command: str) -> str:
        """Run a command that must succeed; what follows its `ok`."""
        answer = self.send(command)
        assert answer.startswith("ok"), answer
        return answer[3:]

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()

    def quit(self) -> None:
        self.send("quit")
        self.process.wait(timeout=30)
