"""A Vigie process that tests drive line by line through `app.storage`, as the GUI does.

    python -m tests.db.driver FILE            (commands on stdin, one answer line each)

Commands: `open [ask|read_only|anyway] [recover|discard]`, `add NAME`, `save`,
`copy PATH`, `names`, `recoverable`, `close`, `quit`. Every answer is one line: `ok …` or
`error ClassName: message`. `VIGIE_TEST_HOSTNAME` makes the process believe it runs on
another machine (two laptops sharing a network folder).
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

if os.environ.get("VIGIE_TEST_HOSTNAME"):
    socket.gethostname = lambda: os.environ["VIGIE_TEST_HOSTNAME"]  # type: ignore[assignment]


def main() -> None:
    from app.storage.errors import StorageError

    path = Path(sys.argv[1])
    state: dict = {"document": None}
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        try:
            answer = run(command, argument, path, state)
        except StorageError as error:
            answer = f"error {type(error).__name__}: {error.message}"
        print(answer, flush=True)
        if command == "quit":
            return


def run(command: str, argument: str, path: Path, state: dict) -> str:
    from app.models import Supplier
    from app.storage.document import IfLocked, IfRecoverable, find_recoverable, open_file

    document = state["document"]
    if command == "open":
        words = argument.split()
        locked = {"ask": IfLocked.ASK, "read_only": IfLocked.READ_ONLY,
                  "anyway": IfLocked.OPEN_ANYWAY}[words[0] if words else "ask"]
        recover = {"recover": IfRecoverable.RECOVER, "discard": IfRecoverable.DISCARD}.get(
            words[1] if len(words) > 1 else "", IfRecoverable.ASK)
        state["document"] = open_file(path, if_locked=locked, if_recoverable=recover)
        return f"ok {state['document'].working_path}"
    if command == "add":
        with document.session() as session:
            session.add(Supplier(name=argument))
        return "ok"
    if command == "save":
        document.save()
        return "ok"
    if command == "copy":
        document.save_copy_as(Path(argument))
        return "ok"
    if command == "names":
        with document.session() as session:
            rows = session.connection().exec_driver_sql("SELECT name FROM supplier ORDER BY id")
            return "ok " + ",".join(row[0] for row in rows)
    if command == "recoverable":
        return "ok " + ",".join(str(r.path) for r in find_recoverable())
    if command in ("close", "quit") and document is not None:
        document.close()
        state["document"] = None
    return "ok"


if __name__ == "__main__":
    main()
