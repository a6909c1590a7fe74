"""One Vigie per user: a second `vigie [FILE]` hands its file to the running one and exits.

As KeePassXC does: the first Vigie of a user holds a `QLockFile` in the user data directory
and listens on a `QLocalServer`; a later one fails to take the lock, connects, sends the
path it was given (or none) and exits. The running Vigie opens that path, or brings its
window forward if the file is already open there. Any path is accepted, so that double-
clicking a second `.vigie` in the file manager opens it in the running instance.

The lock decides who serves, not the socket: a socket alone is racy when two Vigies start
at once (QMapShack #1036). A lock whose process died is stale (QLockFile checks the pid);
a lock whose owner never answers is given up after a few tries and this Vigie runs alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMainWindow

from app.storage import paths

CONNECT_TRIES = 10  #: about 3 s for a first Vigie still starting up
PAUSE_S = 0.3
TIMEOUT_MS = 3000

_state: dict[str, object] = {}  # the lock and the server of this process, kept alive


def server_name() -> str:
    """The socket's name: one per user data directory, hence per user."""
    digest = hashlib.sha256(str(paths.data_dir()).encode("utf-8")).hexdigest()[:16]
    return f"vigie-{digest}"


def claim(path: Path | None) -> bool:
    """True when this process is the Vigie of its user (it must then `serve`); False when
    a running Vigie took `path` (or just came forward): this process should exit."""
    lock = QLockFile(str(paths.data_dir() / "instance.lock"))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    for _try in range(CONNECT_TRIES):
        if lock.tryLock(0):
            _state["lock"] = lock
            return True
        if hand_over(path):
            return False
        time.sleep(PAUSE_S)
    return True  # a lock nobody answers for: run alone rather than not at all


def hand_over(path: Path | None) -> bool:
    """Send `path` to the running Vigie; True when it acknowledged it."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(TIMEOUT_MS // 3):
        return False
    _allow_foreground()
    message = {"open": str(paths.absolute(path)) if path is not None else None}
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    socket.flush()
    answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll()).strip() == b"ok"
    socket.disconnectFromServer()
    return answered


def serve(window: QMainWindow) -> QLocalServer | None:
    """Listen for later Vigies of this user and do what they ask in `window`."""
    name = server_name()
    QLocalServer.removeServer(name)  # a socket file left by a crash
    server = QLocalServer(window)
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(name):
        return None
    server.newConnection.connect(lambda: _accept(server, window))
    _state["server"] = server
    return server


def _accept(server: QLocalServer, window: QMainWindow) -> None:
    socket = server.nextPendingConnection()
    if socket is None:
        return
    socket.readyRead.connect(lambda: _read(socket, window))
    socket.disconnected.connect(socket.deleteLater)


def _read(socket: QLocalSocket, window: QMainWindow) -> None:
    if not socket.canReadLine():
        return
    try:
        message = json.loads(bytes(socket.readLine()).decode("utf-8"))
        target = message.get("open")
    except (ValueError, AttributeError):
        return
    socket.write(b"ok\n")
    socket.flush()
    # After the answer: opening may ask questions (a lock, a recovery) in modal dialogs.
    QTimer.singleShot(0, lambda: deliver(window, Path(target) if target else None))


def deliver(window: QMainWindow, path: Path | None) -> None:
    """Bring the window forward, and open `path` in it unless it is already open there."""
    bring_forward(window)
    if path is None:
        return
    workspace = getattr(window, "workspace", None)
    if workspace is not None and paths.real(workspace.path) == paths.real(path):
        return
    window.open_path(path)  # type: ignore[attr-defined]
    bring_forward(window)


def bring_forward(window: QMainWindow) -> None:
    """Show the window on top of the others (restored if it was minimised)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def _allow_foreground() -> None:
    """Windows lets only the foreground process give the foreground away: this one (just
    started by the user) allows the running Vigie to come forward."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes

        with contextlib.suppress(AttributeError, OSError):
            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY


def release() -> None:
    """Stop serving and let go of the lock (at exit)."""
    server = _state.pop("server", None)
    if isinstance(server, QLocalServer):
        server.close()
    lock = _state.pop("lock", None)
    if isinstance(lock, QLockFile):
        lock.unlock()

