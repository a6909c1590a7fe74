"""The body of the minutes, section by section, with the template's styles.

Every heading is a real « Heading n » paragraph (the navigation pane, the PDF bookmarks and a
restyling follow them), every table uses « Vigie Tableau » with its header row repeated on
each page and rows that do not split, and a status says its word in a coloured cell (the
minutes are printed in black and white too). A section with nothing to say says so.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from docx.document import Document
from docx.shared import Cm, Emu, Length
from docx.table import Table

from app.export import docx_parts
from app.export import minutes_text as text
from app.export.minutes_data import (
    ActionEntry,
    Chart,
    MinutesData,
    ReversibilityEntry,
    ReviewRow,
)
from app.i18n import tr
from app.models.enums import ActionStatus, Attendance, Side
from app.services.formatting import (
    format_date,
    format_long_date,
    format_money,
    format_percent,
    plural,
)
from app.services.rules import MeasureStatus

#: The styles the body uses; a template lacking one gets it from the shipped template.
STYLES = ("Title", "Subtitle", "Heading 1", "Heading 2", "Caption", "Vigie Remarque",
          "Vigie Cellule", "Vigie En-tête de tableau", "Vigie Tableau")

#: Cell fills of statuses (light, so that black text stays readable when printed).
GREEN, AMBER, RED, GREY = "D8EFD9", "FFEFC7", "F9D3D0", "E4E8ED"
STATUS_FILL = {MeasureStatus.MET: GREEN, MeasureStatus.WARNING: AMBER,
               MeasureStatus.BREACHED: RED, MeasureStatus.MISSING: GREY}
ACTION_FILL = {ActionStatus.DONE: GREEN, ActionStatus.CANCELLED: GREY}

#: Widths of the short columns, room for their longest word in a 9 pt serif font too.
NUMBER, SIDE, DATE, STATUS = Cm(1.7), Cm(2.2), Cm(2.35), Cm(2.6)

#: Charts are laid out two by two, each this share of the text width: half of it less the
#: cell's margins (LibreOffice cuts a wider picture at the cell's edge).
CHART_WIDTH = 0.46


def _tr(message: str) -> str:
    return tr("minutes", message)


class BodyWriter:
    """Writes the minutes' body at the end of `document`'s body."""

    def __init__(self, document: Document, data: MinutesData) -> None:
        self.document = document
        self.data = data
        self.styles = {name: document.styles[name] for name in STYLES}
        # python-docx's `paragraph.style = …` looks for the default style among them all at
        # every call (a third of an export's time): paragraphs get their style's id directly
        self.ids = {name: style.style_id for name, style in self.styles.items()}
        section = document.sections[-1]
        self.width = Emu(section.page_width - section.left_margin - section.right_margin)
        #: a template whose headings number themselves gets no « 3. » typed before them
        self.self_numbered = {level: numbers_itself(self.styles[f"Heading {level}"])
                              for level in (1, 2)}
        self._section = 0

    def write(self) -> None:
        """Every section, in the order of a French committee's minutes."""
        self._title()
        self._participants()
        self._agenda()
        if self.data.committee.review_period is not None or self.data.review:
            self._review()
        self._decisions()
        self._actions()
        if self.data.reversibility:
            self._reversibility()
        self._next_meeting()

    # -- building blocks --------------------------------------------------------------------

    def heading(self, title: str, level: int = 1, number: str = "") -> None:
        """A « Heading 1 » numbered in order (« 3. Décisions »), or a « Heading 2 » with
        the `number` given (« 2.1 »), unless the template's style numbers it itself."""
        if level == 1:
            self._section += 1
            number = f"{self._section}."
        if number and not self.self_numbered[level]:
            title = f"{number} {title}"
        self.paragraph(title, f"Heading {level}")

    def paragraph(self, content: str, style: str | None = None, container=None) -> Any:
        """A paragraph of body text (or of `style`), in the body or in `container`."""
        paragraph = (container or self.document).add_paragraph(text.xml_safe(content))
        if style:
            self.set_style(paragraph, style)
        return paragraph

    def set_style(self, paragraph, style: str) -> None:
        """Give a paragraph one of STYLES."""
        paragraph._p.get_or_add_pPr().style = self.ids[style]

    def remark(self, content: str) -> None:
        """What a section says when it has nothing to show."""
        self.paragraph(content, "Vigie Remarque")

    def notes(self, content: str, empty: str) -> None:
        """Notes typed in the meeting: a paragraph per line, or `empty` when there are none."""
        lines = [line.strip() for line in text.xml_safe(content).splitlines() if line.strip()]
        if not lines:
            self.remark(empty)
        for line in lines:
            self.document.add_paragraph(line)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float | Length]) -> Table:
        """A « Vigie Tableau » table, its header row repeated across pages; `widths` are
        fixed lengths (short columns: dates, statuses) or shares of the width left."""
        table = self.document.add_table(rows=len(rows) + 1, cols=len(headers))
        table._tbl.tblStyle_val = self.ids["Vigie Tableau"]
        docx_parts.set_table_look(table, first_row=True)
        self._fill_row(table.rows[0], headers, "Vigie En-tête de tableau")
        docx_parts.repeat_as_header(table.rows[0])
        for row, values in zip(table.rows[1:], rows, strict=True):
            self._fill_row(row, values, "Vigie Cellule")
        docx_parts.set_column_widths(table, self._widths(widths))
        return table

    def key_values(self, pairs: Sequence[tuple[str, str]]) -> Table:
        """A two-column table of labels and values (the cartouche), labels shaded."""
        table = self.document.add_table(rows=len(pairs), cols=2)
        table._tbl.tblStyle_val = self.ids["Vigie Tableau"]
        docx_parts.set_table_look(table, first_row=False, first_column=True)
        for number, (row, pair) in enumerate(zip(table.rows, pairs, strict=True), start=1):
            self._fill_row(row, pair, "Vigie Cellule")
            if number < len(pairs):  # a short table reads whole: each row keeps with the next
                for cell in row.cells:
                    cell.paragraphs[-1].paragraph_format.keep_with_next = True
        docx_parts.set_column_widths(table, self._widths((Cm(3.7), 1.0)))
        return table

    def _fill_row(self, row, values: Sequence[str], style: str) -> None:
        for cell, value in zip(row.cells, values, strict=True):
            paragraph = cell.paragraphs[0]
            self.set_style(paragraph, style)
            paragraph.add_run(text.xml_safe(value))
        docx_parts.keep_row_on_one_page(row)

    def _widths(self, widths: Sequence[float | Length]) -> list[Length]:
        """Column widths: a Length as it is, a float as a share of what the lengths leave
        (so that a date column stays one line on a narrower page or in a wider font)."""
        fixed = sum(w for w in widths if isinstance(w, Length))
        shares = sum(w for w in widths if not isinstance(w, Length))
        left = max(self.width - fixed, 0)
        return [w if isinstance(w, Length) else Emu(int(left * w / shares)) for w in widths]

    def picture(self, png: bytes, width: Length, description: str, paragraph=None) -> None:
        """A picture with its alt text, in `paragraph` or a new one."""
        paragraph = paragraph if paragraph is not None else self.document.add_paragraph()
        shape = paragraph.add_run().add_picture(io.BytesIO(png), width=width)
        docx_parts.set_alt_text(shape, text.xml_safe(description))

    # -- the sections ----------------------------------------------------------------------------

    def _title(self) -> None:
        header = self.data.committee
        self.paragraph(header.title, "Title")
        self.paragraph(_tr("Compte rendu du comité du {date}").format(
            date=format_date(header.starts_at.date())), "Subtitle")
        pairs = [(_tr("Instance"), _tr(header.kind.label)), (_tr("Date"), text.when(header)),
                 (_tr("Lieu"), header.place or "—"),
                 (_tr("Prestataire"), header.supplier or "—")]
        if header.contracts:
            pairs.append((_tr("Contrats") if len(header.contracts) > 1 else _tr("Contrat"),
                          "\n".join(header.contracts)))
        if header.review_period is not None:
            pairs.append((_tr("Période revue"), text.period(header)))
        pairs.append((_tr("Compte rendu du"), format_date(self.data.written_on)))
        self.key_values(pairs)

    def _participants(self) -> None:
        self.heading(_tr("Participants"))
        people = sorted(self.data.participants, key=lambda p: p.side is not Side.CLIENT)
        if not people:
            self.remark(_tr("Aucun participant n'est enregistré pour ce comité."))
            return
        self.paragraph(_attendance_summary([p.attendance for p in people]))
        rows = [(p.name + (_tr(" (président de séance)") if p.chair else ""), p.role,
                 p.organisation or _tr(p.side.label), _tr(p.attendance.label)) for p in people]
        self.table([_tr("Nom"), _tr("Fonction"), _tr("Organisation"), _tr("Présence")], rows,
                   (0.3, 0.38, 0.32, Cm(2.0)))

    def _agenda(self) -> None:
        self.heading(_tr("Ordre du jour"))
        if not self.data.agenda:
            self.remark(_tr("L'ordre du jour de ce comité est vide."))
            return
        for number, item in enumerate(self.data.agenda, start=1):
            self.heading(item.title, 2, f"{self._section}.{number}")
            self.notes(item.notes, _tr("Pas de note sur ce point."))

    def _review(self) -> None:
        period = text.period(self.data.committee)
        self.heading(_tr("Revue des indicateurs — {period}").format(period=period) if period
                     else _tr("Revue des indicateurs"))
        rows = self.data.review
        if not rows:
            self.remark(_tr("Aucun indicateur n'est suivi sur les contrats de ce comité pour "
                            "cette période."))
        else:
            self.paragraph(_review_summary(rows))
        self._penalties()
        several = len({row.contract for row in rows}) > 1
        for client_side, title in ((False, _tr("Engagements du prestataire")),
                                   (True, _tr("Entrants du client"))):
            part = [row for row in rows if row.client_side is client_side]
            if part:
                self.heading(title, 2)
                self._review_table(part, several)
        if self.data.charts:
            self.heading(_tr("Graphiques de la période"), 2)
            self._charts(self.data.charts)

    def _review_table(self, rows: Sequence[ReviewRow], several: bool) -> None:
        cells = [(f"{row.code} — {row.name}" + (f"\n{row.contract}" if several else ""),
                  text.value(row), text.target(row), _status_word(row.status),
                  format_money(row.penalty) if row.priced else "—", row.comment)
                 for row in rows]
        table = self.table([_tr("Indicateur"), _tr("Valeur"), _tr("Objectif"), _tr("Statut"),
                            _tr("Pénalité"), _tr("Commentaire")], cells,
                           (0.55, Cm(1.9), Cm(1.9), STATUS, Cm(2.2), 0.45))
        for table_row, row in zip(table.rows[1:], rows, strict=True):
            if row.status in STATUS_FILL:
                docx_parts.shade_cell(table_row.cells[3], STATUS_FILL[row.status])

    def _penalties(self) -> None:
        owed = [p for p in self.data.penalties if p.amount > 0]
        if not owed:
            return
        parts = [f"{p.contract} : {format_money(p.amount)}"
                 + (_tr(" (plafonnées)") if p.capped else "") for p in owed]
        self.paragraph(_tr("Pénalités de la période : {list}.").format(list=" ; ".join(parts)))

    def _charts(self, charts: Sequence[Chart]) -> None:
        """Two charts a row, each with its caption, in a borderless table."""
        table = self.document.add_table(rows=(len(charts) + 1) // 2, cols=2)
        width = Emu(int(self.width * CHART_WIDTH))
        for index, chart in enumerate(charts):
            row = table.rows[index // 2]
            cell = row.cells[index % 2]
            self.picture(chart.png, width, chart.title, cell.paragraphs[0])
            self.paragraph(chart.title, "Caption", cell)
            docx_parts.keep_row_on_one_page(row)
        docx_parts.set_column_widths(table, self._widths((0.5, 0.5)))

    def _decisions(self) -> None:
        self.heading(_tr("Décisions"))
        if not self.data.decisions:
            self.remark(_tr("Aucune décision n'a été prise lors de ce comité."))
            return
        self.table([_tr("N°"), _tr("Décision")],
                   [(d.number, d.text) for d in self.data.decisions], (Cm(1.5), 1.0))

    def _actions(self) -> None:
        self.heading(_tr("Plan d'actions"))
        new, carried = self.data.new_actions, self.data.carried_actions
        self.paragraph(_actions_summary(new, carried))
        self.heading(_tr("Actions décidées lors de ce comité"), 2)
        if new:
            self._action_table(new, with_follow_up=False)
        else:
            self.remark(_tr("Aucune nouvelle action."))
        self.heading(_tr("Suivi des actions des comités précédents"), 2)
        if carried:
            self._action_table(carried, with_follow_up=True)
        else:
            self.remark(_tr("Aucune action en cours n'est reportée des comités précédents."))

    def _action_table(self, actions: Sequence[ActionEntry], *, with_follow_up: bool) -> None:
        headers = [_tr("N°"), _tr("Action"), _tr("Porteur"), _tr("Côté"), _tr("Échéance"),
                   _tr("Statut")]
        rows = [[a.number, a.title, a.owner or "—", _tr(a.side.label), text.due(a.due_date),
                 text.action_status(a)] for a in actions]
        widths: tuple[float | Length, ...] = (NUMBER, 0.65, 0.35, SIDE, DATE, STATUS)
        if with_follow_up:
            headers.append(_tr("Suivi"))
            for row, action in zip(rows, actions, strict=True):
                row.append(_follow_up(action))
            widths = (NUMBER, 0.42, 0.25, SIDE, DATE, STATUS, 0.33)
        table = self.table(headers, rows, widths)
        for table_row, action in zip(table.rows[1:], actions, strict=True):
            fill = RED if action.days_late > 0 else ACTION_FILL.get(action.status)
            if fill:
                docx_parts.shade_cell(table_row.cells[5], fill)

    def _reversibility(self) -> None:
        self.heading(_tr("Réversibilité"))
        for entry in self.data.reversibility:
            self.heading(entry.contract, 2)
            self.key_values(_plan_figures(entry))
            if entry.timeline_png:
                caption = _tr("Plan de réversibilité — {contract}").format(
                    contract=entry.contract)
                self.picture(entry.timeline_png, self.width, caption)
                self.paragraph(caption, "Caption")

    def _next_meeting(self) -> None:
        self.heading(_tr("Prochain comité"))
        meeting = self.data.next_meeting
        if meeting is None:
            self.remark(_tr("Le prochain comité n'est pas encore planifié."))
            return
        line = (f"{format_long_date(meeting.starts_at.date())}, "
                f"{text.format_time(meeting.starts_at)}")
        self.paragraph(line[0].upper() + line[1:] + (f" — {meeting.place}" if meeting.place
                                                     else "") + ".")


def numbers_itself(style) -> bool:
    """True when a paragraph style, or one it is based on, carries a list numbering."""
    while style is not None:
        properties = style.element.pPr
        if properties is not None and properties.numPr is not None:
            return True
        style = style.base_style
    return False


def _status_word(status: MeasureStatus | None) -> str:
    return _tr(status.label) if status is not None else "—"


def _follow_up(action: ActionEntry) -> str:
    parts = [action.follow_up] if action.follow_up else []
    if action.origin:
        parts.append(action.origin[:1].upper() + action.origin[1:])
    return "\n".join(parts)


_REVIEW_WORDS = {MeasureStatus.MET: ("atteint", "atteints"),
                 MeasureStatus.WARNING: ("en alerte", "en alerte"),
                 MeasureStatus.BREACHED: ("non atteint", "non atteints"),
                 MeasureStatus.MISSING: ("non renseigné", "non renseignés"),
                 None: ("à mesurer, période en cours", "à mesurer, période en cours")}


def _review_summary(rows: Sequence[ReviewRow]) -> str:
    """« 12 indicateurs revus : 7 atteints, 1 en alerte, 3 non atteints, 1 non renseigné. »"""
    statuses = [row.status for row in rows]
    parts = [plural(n, _tr(one), _tr(many)) for status, (one, many) in _REVIEW_WORDS.items()
             if (n := statuses.count(status))]
    return _tr("{count} : {parts}.").format(
        count=plural(len(rows), _tr("indicateur revu"), _tr("indicateurs revus")),
        parts=", ".join(parts))


def _attendance_summary(attendances: Sequence[Attendance]) -> str:
    words = {Attendance.PRESENT: ("présent", "présents"), Attendance.EXCUSED: ("excusé",
             "excusés"), Attendance.ABSENT: ("absent", "absents"),
             Attendance.INVITED: ("invité sans réponse", "invités sans réponse")}
    parts = [plural(n, _tr(one), _tr(many)) for status, (one, many) in words.items()
             if (n := attendances.count(status))]
    return ", ".join(parts) + "."


def _actions_summary(new: Sequence[ActionEntry], carried: Sequence[ActionEntry]) -> str:
    """« 2 nouvelles actions et 12 actions suivies des comités précédents, dont 4 en
    retard. »"""
    late = sum(1 for a in (*new, *carried) if a.days_late > 0)
    summary = _tr("{new} et {carried} des comités précédents").format(
        new=plural(len(new), _tr("nouvelle action"), _tr("nouvelles actions")),
        carried=plural(len(carried), _tr("action suivie"), _tr("actions suivies")))
    if late:
        summary += _tr(", dont {late} en retard").format(late=late)
    return summary + "."


def _plan_figures(entry: ReversibilityEntry) -> list[tuple[str, str]]:
    """The plan's key figures, as the Réversibilité page shows them."""
    late = (plural(entry.late_milestones, _tr("jalon en retard"), _tr("jalons en retard"))
            if entry.late_milestones else _tr("aucun jalon en retard"))
    pairs = [
        (_tr("Niveau de préparation"), _tr("{value} (jalons et check-list)").format(
            value=format_percent(entry.readiness, 0))),
        (_tr("Avancement"), _tr("{done} / {count} jalons terminés").format(
            done=entry.milestones_done, count=entry.milestones_counted)),
        (_tr("Glissement"), f"{plural(entry.slip_days, _tr('jour'))} — {late}"),
        (_tr("Prochaine phase"), _tr("{name}, à partir du {date}").format(
            name=entry.next_phase, date=text.due(entry.next_phase_start))
         if entry.next_phase else _tr("toutes les phases ont démarré")),
        (_tr("Bascule prévue"), text.due(entry.switch_over)),
        (_tr("Check-list"), _tr("{done} / {count} éléments faits").format(
            done=entry.checklist_done, count=entry.checklist_counted)),
    ]
    if entry.next_phase:
        pairs.append((_tr("Avant « {name} »").format(name=entry.next_phase),
                      "\n".join(entry.blockers) or _tr("rien ne bloque")))
    return pairs
