"""Run the built program as a user would, in a fresh folder: every step must pass.

    uv run python installer/smoke_test.py [dist/Vigie]

- `vigie demo`, `check`, `report` (text and JSON) and, when `vigie --help` lists it,
  `export-minutes` on a new client file; a file that is not Vigie's refused in one line;
- the GUI (offscreen) opens a client file, shows its window and closes cleanly on SIGTERM,
  its lock released; a second `vigie-gui OTHER.vigie` meanwhile hands OTHER to the first
  process and exits (the first one's window title then names OTHER);
- matplotlib's font cache lands in the user cache directory (kept between launches);
- on Linux, install.sh installs into a scratch home (menu entry, icons, MIME type) and
  uninstalls; where GLib's `gio` is found, a client file without its extension is
  recognised as application/x-vigie by its content alone.

Exits 1 at the first failure, saying which. Nothing is written outside a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 120


class Failure(Exception):
    """A step of the smoke test that did not pass."""


class Smoke:
    """The built program in `folder`, run against a scratch folder `scratch`."""

    def __init__(self, folder: Path, scratch: Path) -> None:
        self.folder = folder
        self.scratch = scratch
        suffix = ".exe" if sys.platform == "win32" else ""
        self.cli = folder / f"vigie{suffix}"
        self.gui_program = folder / f"vigie-gui{suffix}"
        self.env = {**os.environ, "VIGIE_DATA_DIR": str(scratch / "data"),
                    "XDG_CACHE_HOME": str(scratch / "cache"), "QT_QPA_PLATFORM": "offscreen",
                    "PYTHONUTF8": "1", "COLUMNS": "1000"}  # --help's list of commands unwrapped
        self.env.pop("MPLCONFIGDIR", None)

    def run(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess:
        """Run `vigie ARGS`; with `ok`, fail unless it exits 0."""
        done = subprocess.run([str(self.cli), *args], cwd=self.scratch, env=self.env,
                              capture_output=True, text=True, encoding="utf-8",
                              timeout=TIMEOUT_S)
        if ok and done.returncode != 0:
            raise Failure(f"vigie {' '.join(args)} → {done.returncode}\n{done.stderr}")
        return done

    def commands(self) -> None:
        """The command line on a fresh demo file, and a refusal."""
        assert_in("demo", self.run("--help").stdout + self.run("demo", "--help").stdout)
        assert_in("Fichier de démonstration créé", self.run("demo", "Client.vigie").stdout)
        assert_in("Intégrité : ok", self.run("check", "Client.vigie").stdout)
        assert_in("tableau de bord", self.run("report", "Client.vigie").stdout)
        data = json.loads(self.run("report", "Client.vigie", "--json").stdout)
        if not data:
            raise Failure("vigie report --json printed an empty object")
        (self.scratch / "notes.txt").write_text("pas une base", encoding="utf-8")
        refused = self.run("check", "notes.txt", ok=False)
        if refused.returncode == 0 or len(refused.stderr.strip().splitlines()) != 1:
            raise Failure(f"a text file was not refused in one line: {refused.stderr!r}")

    def export_minutes(self) -> str:
        """`vigie export-minutes` of the demo's first committee, if this build has it."""
        if "export-minutes" not in self.run("--help").stdout:
            return "skipped: this build has no export-minutes command"
        listed = self.run("export-minutes", "Client.vigie", "--list").stdout.split()
        if not listed:
            raise Failure("vigie export-minutes --list listed no committee")
        out = self.scratch / "CR.docx"
        self.run("export-minutes", "Client.vigie", "--committee", listed[0], "--out", str(out))
        with zipfile.ZipFile(out) as docx:
            if "word/document.xml" not in docx.namelist():
                raise Failure("the exported minutes are not a Word document")
        return f"CR.docx, {out.stat().st_size // 1024} KB"

    def gui(self) -> str:
        """The GUI on a file, a second launch handing another file over, a clean close."""
        self.run("demo", "Autre.vigie", "--seed", "7")
        env = {**self.env, "VIGIE_SMOKE_QUIT_MS": str(TIMEOUT_S * 1000)}
        started = time.perf_counter()
        first = subprocess.Popen([str(self.gui_program), "Client.vigie"], cwd=self.scratch, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 encoding="utf-8")
        lines = Lines(first)
        try:
            lines.wait_for("vigie-smoke: shown", "the window was not shown")
            shown_s = time.perf_counter() - started
            lines.wait_for("Client.vigie", "the window did not open its file")
            if not (self.scratch / "Client.vigie.lock").exists():
                raise Failure("the open file has no lock beside it")
            self.wait_for_font_cache()  # the dashboard's charts loaded matplotlib
            second = subprocess.run([str(self.gui_program), "Autre.vigie"], cwd=self.scratch,
                                    env=self.env, capture_output=True, timeout=TIMEOUT_S)
            if second.returncode != 0:
                raise Failure(f"the second launch exited {second.returncode}")
            lines.wait_for("Autre", "the running Vigie did not open the handed-over file")
            # The polite kill comes while the handed-over file's page may still be being
            # built: Vigie finishes it first, then closes (tests/ui/test_crash.py).
            if sys.platform == "win32":  # no polite kill there: the handover is what counts
                return f"window shown {shown_s:.1f} s after launch"
            first.send_signal(signal.SIGTERM)
            code = first.wait(timeout=TIMEOUT_S)
        finally:
            if first.poll() is None:
                first.kill()
                first.wait()
        errors = lines.stderr()
        if code != 0 or "Traceback" in errors:
            raise Failure(f"the GUI exited {code}: {errors}")
        left = sorted(p.name for p in self.scratch.glob("*.lock"))
        if left:
            raise Failure(f"locks left after closing: {left}")
        return f"window shown {shown_s:.1f} s after launch"

    def wait_for_font_cache(self) -> Path:
        """matplotlib's font list, written to the user cache directory once the GUI drew
        its first chart: kept there, it is not rebuilt at the next launch."""
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            kept = list((self.scratch / "cache").rglob("fontlist-*.json"))
            if kept:
                return kept[0]
            time.sleep(0.1)
        raise Failure("no matplotlib font cache in the user cache directory")

    def font_cache(self) -> str:
        """Where the GUI step found matplotlib's font cache."""
        return str(self.wait_for_font_cache().relative_to(self.scratch))

    def install_linux(self) -> str:
        """install.sh into a scratch home, then --uninstall."""
        home = self.scratch / "home"
        env = {**self.env, "HOME": str(home)}
        env.pop("XDG_DATA_HOME", None)
        script = self.folder / "install.sh"
        subprocess.run(["sh", str(script)], env=env, check=True, capture_output=True,
                       timeout=TIMEOUT_S)
        share = home / ".local" / "share"
        entry = (share / "applications" / "vigie.desktop").read_text(encoding="utf-8")
        program = Path(next(line for line in entry.splitlines()
                            if line.startswith("Exec=")).split()[0].removeprefix("Exec="))
        for needed in (program, share / "mime" / "packages" / "vigie-mime.xml",
                       share / "icons" / "hicolor" / "48x48" / "mimetypes" /
                       "application-x-vigie.png", home / ".local" / "bin" / "vigie"):
            if not needed.exists():
                raise Failure(f"install.sh did not install {needed}")
        checked = subprocess.run([str(home / ".local" / "bin" / "vigie"), "check",
                                  "Client.vigie"], cwd=self.scratch, env=env,
                                 capture_output=True, timeout=TIMEOUT_S)
        if checked.returncode != 0:
            raise Failure("the installed vigie does not run")
        subprocess.run(["sh", str(script), "--uninstall"], env=env, check=True,
                       capture_output=True, timeout=TIMEOUT_S)
        if program.exists() or (share / "applications" / "vigie.desktop").exists():
            raise Failure("install.sh --uninstall left the program or its menu entry")
        return "installed, ran, uninstalled"

    def mime_magic(self) -> str:
        """A client file without its extension, typed by its content (gio, shared-mime-info)."""
        if not (shutil.which("gio") and shutil.which("update-mime-database")):
            return "skipped: gio or update-mime-database missing"
        share = self.scratch / "share"
        (share / "mime" / "packages").mkdir(parents=True)
        shutil.copy(ROOT / "installer" / "linux" / "vigie-mime.xml", share / "mime" / "packages")
        subprocess.run(["update-mime-database", str(share / "mime")], check=True,
                       capture_output=True)
        shutil.copy(self.scratch / "Client.vigie", self.scratch / "sans-extension")
        env = {**self.env, "XDG_DATA_HOME": str(share)}
        found = {}
        for name in ("sans-extension", "Client.vigie"):
            info = subprocess.run(["gio", "info", "-a", "standard::content-type", name],
                                  cwd=self.scratch, env=env, capture_output=True, text=True)
            found[name] = info.stdout.rsplit(":", 1)[-1].strip()
        if set(found.values()) != {"application/x-vigie"}:
            raise Failure(f"content types: {found}")
        return "by name and by content: application/x-vigie"


class Lines:
    """A child's stdout read on a thread, so that a wait can time out."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process
        self.seen: list[str] = []
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.seen.append(line.rstrip("\n"))

    def wait_for(self, text: str, failure: str) -> None:
        """Wait until a line holds `text`; fail with `failure` after TIMEOUT_S."""
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            if any(text in line for line in self.seen):
                return
            if self.process.poll() is not None and not self._thread.is_alive():
                break
            time.sleep(0.05)
        raise Failure(f"{failure} (stdout: {self.seen}, stderr: {self.stderr()})")

    def stderr(self) -> str:
        """What the child wrote on stderr (once it has ended)."""
        if self.process.poll() is None or self.process.stderr is None:
            return "…"
        return self.process.stderr.read()[-2000:]


def assert_in(text: str, output: str) -> None:
    """Fail unless `text` is in `output`."""
    if text not in output:
        raise Failure(f"« {text} » missing from:\n{output[:2000]}")


def main() -> int:
    """Run every step; print each with its time and result."""
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "Vigie"
    if not (folder / "vigie").exists() and not (folder / "vigie.exe").exists():
        print(f"smoke test: no built program in {folder} (installer/build.py builds it)",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="vigie-smoke-") as scratch:
        smoke = Smoke(folder.resolve(), Path(scratch))
        steps = [("commands", smoke.commands), ("export-minutes", smoke.export_minutes),
                 ("GUI and second launch", smoke.gui), ("font cache", smoke.font_cache)]
        if sys.platform.startswith("linux"):
            steps += [("install.sh", smoke.install_linux), ("MIME type", smoke.mime_magic)]
        for name, step in steps:
            started = time.perf_counter()
            try:
                result = step()
            except (Failure, subprocess.SubprocessError, OSError) as error:
                print(f"FAILED {name}: {error}", file=sys.stderr)
                return 1
            took = time.perf_counter() - started
            print(f"ok  {name} ({took:.1f} s)" + (f": {result}" if result else ""))
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
