"""What each column of a report is, and which contract and indicator each line is about.

Headers are compared without regard to case, accents, spacing or punctuation, with their
usual French names (Contrat / Référence contrat; Code / Code indicateur / Indicateur;
Période / Mois / Date; Valeur / Résultat / Mesure; Commentaire), and with the names a user
mapped for a supplier before (remembered in the client file). Indicator codes repeat across
contracts (every contract has its SLA-01): a code is looked up within the line's contract,
and a code found in several contracts without one is refused.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.i18n import tr
from app.imports.reports import CellRange, ReportRow
from app.models.enums import Direction, Frequency, LabeledEnum
from app.services.text import fold


class Role(LabeledEnum):
    """What a column of a report holds."""

    CONTRACT = "contract", "Contrat"
    CODE = "code", "Code indicateur"
    NAME = "name", "Nom de l'indicateur"
    PERIOD = "period", "Période"
    VALUE = "value", "Valeur"
    COMMENT = "comment", "Commentaire"
    IGNORE = "ignore", "Ignorée"


#: Usual header names (as `header_key` writes them), their role and rank: where two
#: columns claim a role, the lower rank wins (« Code » over « Indicateur »).
SYNONYMS: dict[str, tuple[Role, int]] = {
    **dict.fromkeys(("contrat", "reference contrat", "ref contrat", "numero contrat",
                     "num contrat", "n contrat", "no contrat", "contrat reference",
                     "id contrat", "marche", "reference marche"), (Role.CONTRACT, 0)),
    **dict.fromkeys(("code", "code indicateur", "indicateur code", "code kpi", "code sla",
                     "reference indicateur", "ref indicateur", "id indicateur",
                     "identifiant indicateur", "code mesure", "ref kpi", "reference kpi",
                     "id kpi", "ref sla", "reference sla"), (Role.CODE, 0)),
    **dict.fromkeys(("indicateur", "kpi", "sla"), (Role.CODE, 1)),
    **dict.fromkeys(("libelle", "libelle indicateur", "nom indicateur", "intitule",
                     "intitule indicateur", "nom"), (Role.NAME, 0)),
    **dict.fromkeys(("periode", "periode mesure", "periode concernee", "periode reference"),
                    (Role.PERIOD, 0)),
    **dict.fromkeys(("mois", "mois mesure", "mois concerne", "mois reference", "trimestre",
                     "semaine"), (Role.PERIOD, 1)),
    **dict.fromkeys(("date", "date mesure"), (Role.PERIOD, 2)),
    **dict.fromkeys(("valeur", "resultat", "mesure", "valeur mesuree", "valeur constatee",
                     "resultat mesure", "realise", "valeur realisee"), (Role.VALUE, 0)),
    **dict.fromkeys(("score", "taux"), (Role.VALUE, 2)),
    **dict.fromkeys(("commentaire", "commentaires", "remarque", "remarques", "observation",
                     "observations", "explication", "justification", "analyse", "notes"),
                    (Role.COMMENT, 0)),
    **dict.fromkeys(("cible", "objectif", "seuil", "seuil alerte", "statut", "unite",
                     "ecart", "penalite", "penalites", "tendance", "prestataire",
                     "fournisseur"), (Role.IGNORE, 0)),
}
#: Roles a report needs to be read (an indicator is named by its code or its name).
NEEDED = (Role.PERIOD, Role.VALUE)
_STOP_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "en", "a"})
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^]]*\]")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(text: str) -> str:
    """A header as it is compared: « Référence du contrat (réf.) » → « reference contrat »."""
    words = _NOT_ALNUM.sub(" ", _PARENTHESES.sub(" ", fold(text))).split()
    return " ".join(word for word in words if word not in _STOP_WORDS)


def code_key(text: str) -> str:
    """A code or reference as it is compared: « sla 01 », « SLA-01 » and « SLA01 » agree."""
    return _NOT_ALNUM.sub("", fold(text))


@dataclass(frozen=True)
class Header:
    """The header line of a report and the role of each of its columns."""

    line: int  # the row's number in the file
    index: int  # its position among the report's rows
    titles: tuple[str, ...]
    roles: tuple[Role | None, ...]  # None: a column nobody recognised
    merged_problem: str | None = None  # a header merged across columns

    def column(self, role: Role) -> int | None:
        """The column holding `role`, if one does."""
        return next((i for i, r in enumerate(self.roles) if r is role), None)

    def title(self, column: int) -> str:
        """A column's header, or « colonne C » when it has none."""
        text = self.titles[column] if column < len(self.titles) else ""
        return text or tr("matching", "colonne {letter}").format(letter=column_letter(column))

    @property
    def missing(self) -> list[Role]:
        """The roles still to map before the report can be read."""
        missing = [role for role in NEEDED if self.column(role) is None]
        if self.column(Role.CODE) is None and self.column(Role.NAME) is None:
            missing.insert(0, Role.CODE)
        return missing

    @property
    def width(self) -> int:
        """How many columns the table has: up to its last titled or mapped column."""
        used = [i for i, (t, r) in enumerate(zip(self.titles, self.roles, strict=True))
                if t or r is not None]
        return max(used, default=-1) + 1


def column_letter(column: int) -> str:
    """A 0-based column as a spreadsheet names it: 0 → A, 27 → AB."""
    letters = ""
    column += 1
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def recognised(title: str, remembered: Mapping[str, Role]) -> tuple[Role, int] | None:
    """The role a header names, and its rank (a remembered name ranks first)."""
    key = header_key(title)
    if key in remembered:
        return remembered[key], -1
    return SYNONYMS.get(key)


def find_header(rows: Sequence[ReportRow], remembered: Mapping[str, Role] | None = None
                ) -> int | None:
    """The index of the first row (among the first 30) naming at least two roles."""
    remembered = remembered or {}
    for index, row in enumerate(rows[:30]):
        known = {recognised(cell.text(), remembered) for cell in row.cells if not cell.empty}
        if len({found[0] for found in known if found is not None}) >= 2:
            return index
    return None


def read_header(rows: Sequence[ReportRow], remembered: Mapping[str, Role],
                overrides: Mapping[int, Role], merged: Sequence[CellRange] = ()) -> Header:
    """The header of a report: the recognised row, else its first row with text; roles
    from the names, then the user's `overrides` (column → role)."""
    index = find_header(rows, remembered)
    if index is None:
        index = next((i for i, row in enumerate(rows) if not row.empty), 0)
    row = rows[index]
    titles = tuple(cell.text() for cell in row.cells)
    width = max([len(titles), *(c + 1 for c in overrides)])
    titles += ("",) * (width - len(titles))
    roles = assign_roles(titles, remembered, overrides)
    return Header(row.line, index, titles, roles, _merged_problem(row.line, titles, merged))


def assign_roles(titles: Sequence[str], remembered: Mapping[str, Role],
                 overrides: Mapping[int, Role]) -> tuple[Role | None, ...]:
    """Each column's role: one column per role, the best-ranked name winning; a second
    « Indicateur » beside a « Code » names the indicator."""
    found = {i: recognised(t, remembered) for i, t in enumerate(titles) if t}
    roles: list[Role | None] = [None] * len(titles)
    taken: set[Role] = {role for role in overrides.values() if role is not Role.IGNORE}
    claims = sorted((hit[1], i, hit[0]) for i, hit in found.items() if hit is not None)
    for _rank, i, role in claims:
        if i in overrides:
            continue
        if role is not Role.IGNORE and role in taken:
            role = Role.NAME if role is Role.CODE and Role.NAME not in taken else Role.IGNORE
        roles[i] = role
        if role is not Role.IGNORE:
            taken.add(role)
    for i, role in overrides.items():
        roles[i] = role
    return tuple(roles)


def _merged_problem(line: int, titles: Sequence[str], merged: Sequence[CellRange]
                    ) -> str | None:
    for block in merged:
        if block.min_row <= line <= block.max_row and block.max_col > block.min_col:
            first, last = column_letter(block.min_col - 1), column_letter(block.max_col - 1)
            title = titles[block.min_col - 1] if block.min_col <= len(titles) else ""
            return tr("matching", "L'en-tête « {title} » est fusionné sur les colonnes {first} "
                      "à {last} : défusionnez les cellules {first}{line}:{last}{line} pour "
                      "que chaque colonne ait son propre en-tête.").format(
                title=title, first=first, last=last, line=line)
    return None


# -- contracts and indicators ---------------------------------------------------------------


@dataclass(frozen=True)
class ContractRef:
    """A contract a report line may be about."""

    id: int
    reference: str
    title: str
    supplier_id: int
    supplier_name: str
    ended: bool


@dataclass(frozen=True)
class IndicatorRef:
    """An indicator a report line may be about, with what its status needs."""

    id: int
    contract_id: int
    code: str
    name: str
    unit: str
    direction: Direction
    target: float
    alert_threshold: float | None
    frequency: Frequency


class NotFound(LookupError):
    """A contract or indicator a line names that cannot be used, and why (in French)."""


@dataclass
class Catalog:
    """The contracts and indicators of a client file, looked up as reports name them."""

    contracts: dict[int, ContractRef]
    indicators: list[IndicatorRef]
    _by_reference: dict[str, ContractRef] = field(init=False)
    _by_code: dict[str, list[IndicatorRef]] = field(init=False)
    _by_name: dict[str, list[IndicatorRef]] = field(init=False)
    #: what each (text, contract) named: a report names the same few indicators many times
    _named: dict[tuple[str, int | None], IndicatorRef | str] = field(init=False)

    def __post_init__(self) -> None:
        self._named = {}
        self._by_reference = {code_key(c.reference): c for c in self.contracts.values()}
        self._by_code, self._by_name = defaultdict(list), defaultdict(list)
        for indicator in self.indicators:
            self._by_code[code_key(indicator.code)].append(indicator)
            self._by_name[header_key(indicator.name)].append(indicator)

    def contract(self, text: str) -> ContractRef | None:
        """The contract of that reference (case, spaces and dashes ignored)."""
        return self._by_reference.get(code_key(text))

    def indicator(self, text: str, contract: ContractRef | None) -> IndicatorRef:
        """The indicator a line names by code (or by name), within `contract` if given;
        raises NotFound with the reason."""
        key = (text, contract.id if contract else None)
        found = self._named.get(key)
        if found is None:
            try:
                found = self._look_up(text, contract)
            except NotFound as error:
                found = str(error)
            self._named[key] = found
        if isinstance(found, str):
            raise NotFound(found)
        return found

    def _look_up(self, text: str, contract: ContractRef | None) -> IndicatorRef:
        by_code = self._by_code.get(code_key(text), [])
        by_name = self._by_name.get(header_key(text), [])
        if contract is not None:
            mine = ([i for i in by_code if i.contract_id == contract.id]
                    or [i for i in by_name if i.contract_id == contract.id])
            if len(mine) == 1:
                return mine[0]
            raise NotFound(tr("matching", "indicateur « {code} » inconnu dans le contrat "
                              "{reference}").format(code=text, reference=contract.reference))
        found = by_code or by_name
        if not found:
            raise NotFound(tr("matching", "indicateur « {code} » inconnu").format(code=text))
        if len(found) > 1:
            references = sorted(self.contracts[i.contract_id].reference for i in found)
            raise NotFound(tr("matching", "le code « {code} » existe dans {count} contrats "
                              "({references}) : choisissez le contrat ou ajoutez une colonne "
                              "Contrat").format(code=text, count=len(found),
                                               references=", ".join(references)))
        return found[0]
