"""The preview of an import: every line of a report, what it will do, or why it is refused.

Pure: `build_plan` takes the report, the client file's catalogue and a way to read the
stored measurements, and decides each line. Nothing is written until the plan can be
imported, which needs every refused line excluded by the user and every conflicting value
decided (overwrite or keep): `ImportPlan.blockers` says what remains.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from app.i18n import tr
from app.imports.matching import (
    Catalog,
    ContractRef,
    Header,
    IndicatorRef,
    NotFound,
    Role,
    read_header,
)
from app.imports.periods import parse_period
from app.imports.reports import EMPTY, Cell, Report, ReportRow
from app.models.enums import LabeledEnum, MeasurementSource
from app.services import rules
from app.services.formatting import format_value, plural
from app.services.measurement_store import Key, MeasureWrite, StoredMeasure
from app.services.parsing import parse_french_number
from app.services.text import fold

#: What a cell holds when the supplier has no figure for the line.
MISSING_MARKERS = frozenset({"nc", "na", "nd", "so", "sansobjet", "nonconcerne",
                             "nonapplicable", "nondisponible"})
_SAME = 1e-9
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"(\d+):([0-5]\d)(?::([0-5]\d))?")
#: Seconds in each unit of time an indicator may be measured in.
_SECONDS = {"h": 3600, "heure": 3600, "heures": 3600, "min": 60, "mn": 60, "minutes": 60,
            "s": 1, "j": 86400, "jour": 86400, "jours": 86400}


class LineState(LabeledEnum):
    """What importing a line will do."""

    NEW = "new", "Nouvelle mesure"
    UPDATE = "update", "Commentaire mis à jour"
    SAME = "same", "Déjà enregistrée"
    CONFLICT = "conflict", "Valeur différente déjà enregistrée"
    OVERWRITE = "overwrite", "Écrasera la valeur enregistrée"
    KEEP = "keep", "Valeur enregistrée conservée"
    EMPTY = "empty", "Sans valeur"
    REFUSED = "refused", "Refusée"
    EXCLUDED = "excluded", "Exclue"

    @property
    def writes(self) -> bool:
        """True when the line will write a value."""
        return self in (LineState.NEW, LineState.UPDATE, LineState.OVERWRITE)


@dataclass(frozen=True)
class ImportOptions:
    """What the user decided around a report."""

    contract: str | None = None  # the reference of the contract every line is read for
    columns: Mapping[int, Role] = field(default_factory=dict)  # column → role, by the user
    excluded: frozenset[int] = frozenset()  # lines the user excluded
    decisions: Mapping[int, bool] = field(default_factory=dict)  # line → overwrite (or keep)
    overwrite: bool = False  # overwrite every conflicting value (the command line's option)


@dataclass(frozen=True)
class PlanLine:
    """A line of the report and what importing it will do."""

    line: int
    texts: Mapping[Role, str]  # the cells as written, by role
    state: LineState
    reason: str = ""  # why it is refused (kept when the user excludes it)
    contract: ContractRef | None = None
    indicator: IndicatorRef | None = None
    period: dt.date | None = None
    value: float | None = None
    comment: str | None = None  # None: no comment in the report (a stored one is kept)
    stored: StoredMeasure | None = None  # the measurement already in the file
    status: rules.MeasureStatus | None = None  # the value's status against its target

    @property
    def key(self) -> Key | None:
        if self.indicator is None or self.period is None:
            return None
        return (self.indicator.id, self.period)

    def value_text(self) -> str:
        """The value as Vigie will show it, with its unit."""
        if self.value is None or self.indicator is None:
            return self.texts.get(Role.VALUE, "")
        return format_value(self.value, self.indicator.unit)


@dataclass(frozen=True)
class ImportPlan:
    """Every line of a report and what importing it would do."""

    report: Report
    header: Header
    lines: tuple[PlanLine, ...]
    contract: ContractRef | None = None  # the contract chosen for every line
    problem: str | None = None  # why no line can be read (columns to map, merged header…)
    #: the lines as read, before duplicates and the user's decisions, and the measurements
    #: stored for them: what `redecided` needs to apply other decisions without reading again
    read: tuple[PlanLine, ...] = ()
    stored: Mapping[Key, StoredMeasure] = field(default_factory=dict)

    def redecided(self, options: ImportOptions) -> ImportPlan:
        """The same report and contract with other exclusions and decisions."""
        return _decided(self, options)

    def count(self, *states: LineState) -> int:
        return sum(1 for line in self.lines if line.state in states)

    @property
    def writes(self) -> list[MeasureWrite]:
        """The measurements the import will store."""
        return [MeasureWrite(line.indicator.id, line.period, line.value, line.comment,
                             MeasurementSource.IMPORTED)
                for line in self.lines
                if line.state.writes and line.indicator is not None and line.period]

    @property
    def supplier_ids(self) -> set[int]:
        """The suppliers whose contracts the report's lines are about."""
        found = {line.contract.supplier_id for line in self.lines if line.contract}
        return found or ({self.contract.supplier_id} if self.contract else set())

    @property
    def blockers(self) -> list[str]:
        """Why the report cannot be imported yet (empty when it can)."""
        if self.problem:
            return [self.problem]
        reasons = []
        refused = self.count(LineState.REFUSED)
        if refused:
            reasons.append(tr("plan", "{lines} : excluez-les une à une ou corrigez le "
                                      "fichier").format(lines=plural(refused, "ligne refusée",
                                                                     "lignes refusées")))
        conflicts = self.count(LineState.CONFLICT)
        if conflicts:
            reasons.append(tr("plan", "{values} : choisissez d'écraser ou de conserver "
                                      "l'existante").format(values=plural(
                conflicts, "valeur différente déjà enregistrée",
                "valeurs différentes déjà enregistrées")))
        if not reasons and not any(line.state.writes for line in self.lines):
            reasons.append(tr("plan", "Rien à importer : aucune ligne n'apporte de valeur "
                                      "nouvelle."))
        return reasons

    @property
    def can_import(self) -> bool:
        return not self.blockers


StoredLoader = Callable[[Iterable[int]], Mapping[Key, StoredMeasure]]


def build_plan(report: Report, catalog: Catalog, load_stored: StoredLoader,
               options: ImportOptions, today: dt.date,
               remembered: Mapping[str, Role] | None = None) -> ImportPlan:
    """Decide every line of `report` (see the module's docstring)."""
    header = read_header(report.rows, remembered or {}, options.columns, report.merged)
    chosen = catalog.contract(options.contract) if options.contract else None
    problem = header.merged_problem or _mapping_problem(header)
    if options.contract and chosen is None:
        problem = tr("plan", "Le contrat « {reference} » n'existe pas dans ce fichier "
                             "client.").format(reference=options.contract)
    if problem:
        return ImportPlan(report, header, (), chosen, problem)
    reader = _LineReader(header, catalog, chosen, today)
    read = tuple(reader.read(row) for row in report.rows[header.index + 1:] if not row.empty)
    keys = {line.indicator.id for line in read if line.indicator is not None}
    stored = load_stored(keys) if keys else {}
    return _decided(ImportPlan(report, header, (), chosen, read=read, stored=stored), options)


def _decided(plan: ImportPlan, options: ImportOptions) -> ImportPlan:
    """`plan`'s lines as read, decided: duplicates, stored values, the user's choices."""
    if plan.problem:
        return plan
    lines = _refuse_duplicates(list(plan.read), options.excluded)
    lines = [_decide(line, plan.stored, options) for line in lines]
    return replace(plan, lines=tuple(lines))


def _mapping_problem(header: Header) -> str | None:
    missing = header.missing
    if not missing:
        return None
    return tr("plan", "Colonnes à associer : {roles} (en-têtes lus ligne {line} : "
                      "{titles}).").format(
        roles=", ".join(tr("roles", role.label) for role in missing), line=header.line,
        titles=", ".join(f"« {t} »" for t in header.titles if t) or "—")


@dataclass
class _LineReader:
    """Reads a line of the report against the catalogue: contract, indicator, period,
    value; a line that fails comes back refused with the reason."""

    header: Header
    catalog: Catalog
    chosen: ContractRef | None
    today: dt.date
    _columns: dict[Role, int] = field(init=False)

    def __post_init__(self) -> None:
        self._columns = {role: column for column, role in enumerate(self.header.roles)
                         if role not in (None, Role.IGNORE)}

    def read(self, row: ReportRow) -> PlanLine:
        texts = {role: row.cell(column).text() for role, column in self._columns.items()}
        try:
            return self._read(row, texts)
        except ValueError as error:
            return PlanLine(row.line, texts, LineState.REFUSED, str(error).rstrip("."))

    def _read(self, row: ReportRow, texts: dict[Role, str]) -> PlanLine:
        if any(not cell.empty for cell in row.cells[self.header.width:]):
            raise ValueError(_too_many(len(row.cells) - _trailing_empty(row), self.header))
        named = texts.get(Role.CODE) or texts.get(Role.NAME) or ""
        if is_missing(self._cell(row, Role.VALUE)):
            return PlanLine(row.line, texts, LineState.EMPTY)  # nothing to import, whatever
        if not named:
            raise ValueError(tr("plan", "indicateur manquant"))
        contract = self._contract(texts.get(Role.CONTRACT, ""))
        try:
            indicator = self.catalog.indicator(named, contract)
        except NotFound as error:
            raise ValueError(str(error)) from None
        contract = contract or self.catalog.contracts[indicator.contract_id]
        period = self._period(self._cell(row, Role.PERIOD), indicator)
        value = read_value(self._cell(row, Role.VALUE), indicator)
        status = rules.measure_status(value, indicator.target, indicator.alert_threshold,
                                      indicator.direction)
        return PlanLine(row.line, texts, LineState.NEW, contract=contract, indicator=indicator,
                        period=period, value=value, comment=self._comment(texts),
                        status=status)

    def _cell(self, row: ReportRow, role: Role) -> Cell:
        column = self._columns.get(role)
        return row.cell(column) if column is not None else EMPTY

    def _contract(self, text: str) -> ContractRef | None:
        if not text:
            return self.chosen
        named = self.catalog.contract(text)
        if named is None:
            title = self.header.title(self.header.column(Role.CONTRACT) or 0)
            raise ValueError(tr("plan", "contrat « {text} » inconnu dans ce fichier client (si "
                                        "la colonne « {title} » porte la référence du "
                                        "prestataire, ignorez-la et choisissez le contrat)")
                             .format(text=text, title=title))
        if self.chosen is not None and named.id != self.chosen.id:
            raise ValueError(tr("plan", "ligne du contrat {named}, pas du contrat {chosen} "
                                        "choisi").format(named=named.reference,
                                                         chosen=self.chosen.reference))
        return named

    def _period(self, cell: Cell, indicator: IndicatorRef) -> dt.date:
        if cell.formula is not None and cell.value is None:
            raise ValueError(_formula(cell))
        value = cell.value
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(int(value)) if float(value).is_integer() else str(value)
        if not isinstance(value, str | dt.date):
            value = cell.text()
        period = parse_period(value).for_frequency(indicator.frequency)
        if period > self.today:
            raise ValueError(tr("plan", "période {period} à venir : elle n'a pas encore "
                                        "commencé").format(period=cell.text()))
        return period

    def _comment(self, texts: dict[Role, str]) -> str | None:
        """The line's comment; None when it has none (a stored comment is then kept)."""
        return texts.get(Role.COMMENT) or None


def is_missing(cell: Cell) -> bool:
    """True for a cell saying there is no figure: empty, « - », « NC », « N/A », « S.O. »…"""
    if cell.formula is not None or not isinstance(cell.value, str | None):
        return False
    text = cell.text()
    if not text.strip("-–— "):
        return True
    if _DIGIT.search(text):  # a figure, however badly written: not a « no figure » marker
        return False
    return "".join(ch for ch in fold(text) if ch.isalnum()) in MISSING_MARKERS


def read_value(cell: Cell, indicator: IndicatorRef) -> float:
    """The number a value cell holds, in the indicator's unit; raises ValueError (French)."""
    value = cell.value
    if cell.formula is not None and value is None:
        raise ValueError(_formula(cell))
    if isinstance(value, dt.timedelta):  # an Excel duration ([h]:mm) for a delay
        return _duration(value.total_seconds(), cell, indicator)
    if isinstance(value, bool | dt.date | dt.time):
        raise ValueError(_not_a_number(cell))
    if isinstance(value, int | float):
        number, percent = (round(value * 100, 9), True) if cell.percent else (value, False)
    else:
        text = _without_unit(str(value), indicator.unit)
        clock = _CLOCK.fullmatch(text.strip())
        if clock:  # « 3:30 » for a delay in hours
            hours, minutes, seconds = (int(part or 0) for part in clock.groups())
            return _duration(hours * 3600 + minutes * 60 + seconds, cell, indicator)
        parsed = parse_french_number(text)
        number, percent = float(parsed), parsed.percent
    if not math.isfinite(number):
        raise ValueError(_not_a_number(cell))
    if percent and indicator.unit.strip() != "%":
        raise ValueError(tr("plan", "« {text} » est un pourcentage ; l'indicateur {code} se "
                                    "mesure en {unit}").format(
            text=cell.text(), code=indicator.code, unit=indicator.unit or "nombre"))
    return float(number)


def _not_a_number(cell: Cell) -> str:
    return tr("plan", "« {text} » n'est pas un nombre").format(text=cell.text())


def _without_unit(text: str, unit: str) -> str:
    """« 3,5 h » read as 3,5 for an indicator in h (« % » and « € » are the parser's)."""
    unit = unit.strip()
    stripped = text.strip()
    if unit and unit not in ("%", "€") and fold(stripped).endswith(fold(unit)):
        return stripped[:-len(unit)]
    return text


def _duration(seconds: float, cell: Cell, indicator: IndicatorRef) -> float:
    """A duration in the indicator's unit of time; refused for an indicator of another unit."""
    per = _SECONDS.get(fold(indicator.unit.strip()))
    if per is None:
        raise ValueError(tr("plan", "« {text} » est une durée ; l'indicateur {code} se mesure "
                                    "en {unit}").format(text=cell.text(), code=indicator.code,
                                                        unit=indicator.unit or "nombre"))
    return round(seconds / per, 9)


def _formula(cell: Cell) -> str:
    return tr("plan", "{ref} : la formule {formula} n'a pas de résultat enregistré ; ouvrez "
                      "le fichier dans Excel ou LibreOffice, enregistrez-le, puis importez-le "
                      "à nouveau").format(ref=cell.ref, formula=cell.formula)


def _trailing_empty(row: ReportRow) -> int:
    count = 0
    for cell in reversed(row.cells):
        if not cell.empty:
            break
        count += 1
    return count


def _too_many(width: int, header: Header) -> str:
    return tr("plan", "{found} valeurs pour {expected} colonnes d'en-tête (une virgule "
                      "décimale dans un fichier séparé par des virgules ? mettez la valeur "
                      "entre guillemets)").format(found=width, expected=header.width)


def _refuse_duplicates(lines: list[PlanLine], excluded: frozenset[int]) -> list[PlanLine]:
    """Every line naming the same indicator and period as another is refused (which one is
    right, only the user knows): excluding all but one resolves it."""
    by_key: dict[Key, list[int]] = defaultdict(list)
    for line in lines:
        if line.state is LineState.NEW and line.line not in excluded:
            by_key[(line.indicator.id, line.period)].append(line.line)
    twice = {key: numbers for key, numbers in by_key.items() if len(numbers) > 1}
    if not twice:
        return lines
    result = []
    for line in lines:
        numbers = twice.get(line.key) if line.line not in excluded else None
        if numbers:
            others = ", ".join(str(n) for n in numbers if n != line.line)
            line = replace(line, state=LineState.REFUSED, reason=tr(
                "plan", "période {period} en double pour {code} (aussi ligne {others})").format(
                period=line.texts.get(Role.PERIOD, ""), code=line.indicator.code,
                others=others))
        result.append(line)
    return result


def _decide(line: PlanLine, stored: Mapping[Key, StoredMeasure], options: ImportOptions
            ) -> PlanLine:
    """The line against what the file holds, then the user's exclusion and decisions."""
    if line.state is LineState.NEW and line.key is not None:
        old = stored.get(line.key)
        if old is not None:
            line = replace(line, stored=old, state=_against(line, old, options))
    if line.line in options.excluded:
        line = replace(line, state=LineState.EXCLUDED)
    return line


def _against(line: PlanLine, old: StoredMeasure | None, options: ImportOptions) -> LineState:
    if old is None:
        return LineState.NEW
    assert line.value is not None
    if abs(old.value - line.value) <= _SAME:
        changed = line.comment is not None and line.comment != old.comment
        return LineState.UPDATE if changed else LineState.SAME
    decision = options.decisions.get(line.line, True if options.overwrite else None)
    if decision is None:
        return LineState.CONFLICT
    return LineState.OVERWRITE if decision else LineState.KEEP
