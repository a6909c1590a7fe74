"""The built program's entry: `vigie` (the command line, and the GUI when given no command)
or `vigie-gui` (the GUI alone, a refusal said in a message box: shortcuts and file
associations start it). One program under two names: on Windows two executables (a
console one and a windowed one), elsewhere one executable and a link named vigie-gui."""

import sys
from pathlib import Path

from app import bundle

bundle.prepare()  # before anything imports matplotlib

from app import cli  # noqa: E402

GUI_NAME = "vigie-gui"

entry = cli.gui_main if Path(sys.argv[0]).stem.lower() == GUI_NAME else cli.main
raise SystemExit(entry())
