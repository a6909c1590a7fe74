"""`vigie export-minutes` and `vigie export-deadlines`: the minutes and the deadlines'
calendar from the command line. The client file is opened read-only and left untouched
(the GUI, not a script, marks a committee « compte rendu envoyé »)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

COMMANDS = ("export-minutes", "export-deadlines")


class ExportError(Exception):
    """A user error of these commands, printed as one line."""


def add_parsers(sub: Any) -> None:
    """Declare the two commands on the `vigie` parser's sub-parsers."""
    minutes = sub.add_parser("export-minutes", help="écrit le compte rendu Word d'un comité")
    minutes.add_argument("file", type=Path)
    minutes.add_argument("--committee", type=int, metavar="N°",
                         help="numéro du comité (voir --list)")
    minutes.add_argument("--out", type=Path, metavar="CR.docx", help="document à écrire")
    minutes.add_argument("--template", type=Path, metavar="MODÈLE.docx",
                         help="modèle Word (par défaut : celui du fichier, sinon celui de Vigie)")
    minutes.add_argument("--list", action="store_true", help="liste les comités et leur n°")
    minutes.add_argument("--today", metavar="AAAA-MM-JJ", help="date du compte rendu")
    deadlines = sub.add_parser("export-deadlines",
                               help="écrit les dates limites de dénonciation en .ics")
    deadlines.add_argument("file", type=Path)
    deadlines.add_argument("--out", type=Path, required=True, metavar="DATES.ics")
    deadlines.add_argument("--today", metavar="AAAA-MM-JJ", help="date de référence")


def run(options: argparse.Namespace) -> int:
    """Run the command `options` holds."""
    today = _day(options.today)
    if options.command == "export-deadlines":
        return _with_file(options.file, lambda s: _deadlines(s, options, today))
    if options.list:
        return _with_file(options.file, _list)
    if options.committee is None or options.out is None:
        raise ExportError("indiquez --committee N° et --out CR.docx (--list donne les n°).")
    template = _template(options.template)
    return _with_file(options.file, lambda s: _minutes(s, options, today, template))


def _day(text: str | None) -> dt.date:
    from app import clock

    try:
        return dt.date.fromisoformat(text) if text else clock.today()
    except ValueError:
        raise ExportError(f"--today attend une date AAAA-MM-JJ, pas « {text} ».") from None


def _template(path: Path | None) -> tuple[str, bytes] | None:
    if path is None:
        return None
    from app.export.minutes_template import TemplateError, read_template_file

    try:
        return path.name, read_template_file(path)
    except TemplateError as error:
        raise ExportError(str(error)) from None


def _with_file(path: Path, work: Callable[[Any], int]) -> int:
    from app.storage.document import open_file

    document = open_file(path, read_only=True)
    try:
        with document.session() as session:
            return work(session)
    finally:
        document.close()


def _list(session: Any) -> int:
    from app.export.minutes_source import committee_list

    for number, day, title, status in committee_list(session):
        print(f"{number:>6}  {day:%d/%m/%Y}  {title}  ({status})")
    return 0


def _minutes(session: Any, options: argparse.Namespace, today: dt.date,
             template: tuple[str, bytes] | None) -> int:
    from app.export.minutes import TemplateError
    from app.export.minutes_source import minutes_for

    try:
        document = minutes_for(session, options.committee, today, template)
    except LookupError:
        raise ExportError(f"le comité n° {options.committee} n'existe pas dans ce fichier "
                          "(--list donne les n°).") from None
    except TemplateError as error:
        raise ExportError(str(error)) from None
    _write(options.out, document.save)
    print(f"Compte rendu écrit : {options.out}")
    return 0


def _deadlines(session: Any, options: argparse.Namespace, today: dt.date) -> int:
    from app import clock
    from app.export.calendar_source import notice_deadlines
    from app.export.invitations import deadlines_ics
    from app.export.minutes_source import client_name

    deadlines = notice_deadlines(session, today)
    data = deadlines_ics(deadlines, client_name(session), clock.now())
    _write(options.out, lambda stream: stream.write(data))
    from app.services.formatting import plural

    count = plural(len(deadlines), "date limite", "dates limites")
    print(f"{count} de dénonciation dans {options.out}")
    return 0


def _write(path: Path, write: Callable[[Any], Any]) -> None:
    from app.export.files import WriteError, write_atomically

    try:
        write_atomically(path, write)
    except WriteError as error:
        raise ExportError(str(error)) from None
