"""The dashboard's charts: SLA compliance over twelve months, budget consumed vs planned.

Each function draws on a blank `Figure` (screen or PNG alike) and reads plain values:
`(month, percent)` pairs and `(reference, planned, invoiced, expected, disputed)` lines, as
`app.services.dashboard` returns them. matplotlib is imported inside the functions.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from app.i18n import tr
from app.services.formatting import NNBSP, format_number, format_percent

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: The share of measurements meeting their target that the client aims for, in percent.
SLA_TARGET = 90.0
#: Contracts shown on the budget chart (the largest budgets) when there are more.
BUDGET_LIMIT = 8
#: The budget chart keeps room for this many bars, so that one or two are not drawn fat.
BUDGET_SLOTS = 5
#: Longer contract references are cut (with « … ») on the budget chart's axis.
REFERENCE_CHARS = 18

ACCENT = "#1f5fae"
OK = "#2e7d32"
WARNING = "#b26a00"
CRITICAL = "#c62828"
MUTED = "#6b7785"
TEXT = "#1d2a3a"
GRID = "#e6eaef"
PLANNED = "#dbe5f1"
FONT_SIZE = 8

_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
           "oct.", "nov.", "déc.")


class _Point(NamedTuple):
    month: dt.date
    percent: float | None


class _Line(NamedTuple):
    reference: str
    planned: float
    invoiced: float
    expected: float
    disputed: float = 0.0


def month_label(month: dt.date) -> str:
    """« nov. 2026 »."""
    return f"{_MONTHS[month.month - 1]} {month.year}"


def format_euros(amount: float) -> str:
    """An axis label in euros: « 2 500 € », « 250 k€ », « 1,5 M€ »."""
    size = abs(amount)
    if size >= 1_000_000:
        return f"{format_number(amount / 1_000_000, None)}{NNBSP}M€"
    if size >= 10_000:
        return f"{format_number(amount / 1_000, 0)}{NNBSP}k€"
    return f"{format_number(amount, 0)}{NNBSP}€"


# -- SLA compliance ---------------------------------------------------------------------------


def draw_sla_compliance(figure: Figure, data: Sequence[Any], *, target: float = SLA_TARGET
                        ) -> None:
    """Percent of measurements meeting their target per month, against `target`."""
    points = [_Point(*point) for point in data]
    if all(p.percent is None for p in points):
        _no_data(figure)
        return
    ax = _axes(figure)
    xs = range(len(points))
    ys = [math.nan if p.percent is None else p.percent for p in points]
    ax.fill_between(xs, ys, 0, color=ACCENT, alpha=0.07, linewidth=0)
    ax.plot(xs, ys, color=ACCENT, linewidth=2, marker="o", markersize=4, zorder=3,
            gid="compliance")
    low = [(x, y) for x, y in zip(xs, ys, strict=True) if y < target]
    if low:
        ax.scatter(*zip(*low, strict=True), s=30, color=CRITICAL, zorder=4, gid="below_target")
    _target_line(ax, target, len(points))
    _last_value(ax, xs, ys, target)
    _month_axis(ax, [p.month for p in points])
    known = [y for y in ys if not math.isnan(y)]
    bottom = max(0.0, math.floor((min([*known, target]) - 8) / 10) * 10)
    ax.set_ylim(bottom, 104)
    ax.yaxis.set_major_formatter(_formatter(lambda v: format_percent(v, 0)))


def _target_line(ax: Axes, target: float, count: int) -> None:
    """The dashed target line, named in the right margin where no point can hide it."""
    ax.axhline(target, color=OK, linestyle=(0, (5, 3)), linewidth=1.2, zorder=2, gid="target")
    label = tr("charts", "Objectif\n{0}").format(format_percent(target, 0))
    ax.annotate(label, xy=(1, target), xycoords=("axes fraction", "data"), xytext=(4, 0),
                textcoords="offset points", color=OK, fontsize=FONT_SIZE - 0.5, va="center",
                ha="left", linespacing=1.1, gid="target_label")
    ax.set_xlim(-0.4, count - 0.6)


def _last_value(ax: Axes, xs: range, ys: list[float], target: float) -> None:
    """The latest known value, written beside its point."""
    known = [(x, y) for x, y in zip(xs, ys, strict=True) if not math.isnan(y)]
    x, y = known[-1]
    falling = len(known) > 1 and known[-2][1] > y  # keep the label off the incoming line
    ax.annotate(format_percent(y, 0), xy=(x, y), xytext=(-4, -8 if falling else 7),
                textcoords="offset points", ha="center", va="top" if falling else "bottom",
                fontsize=FONT_SIZE, fontweight="bold", gid="last_value",
                color=CRITICAL if y < target else OK)


def _month_axis(ax: Axes, months: list[dt.date]) -> None:
    """Every other month named, ending on the latest; the year under the first of each year."""
    last = len(months) - 1
    named = [n for n in range(len(months)) if (last - n) % 2 == 0]
    labels, year = [], None
    for n in named:
        month = months[n]
        labels.append(_MONTHS[month.month - 1] + (f"\n{month.year}" if month.year != year else ""))
        year = month.year
    ax.set_xticks(named, labels)
    ax.set_xticks(range(len(months)), minor=True)
    ax.tick_params(axis="x", which="both", length=0, pad=4)


# -- budget -----------------------------------------------------------------------------------


def draw_budget(figure: Figure, data: Sequence[Any], *, limit: int = BUDGET_LIMIT) -> None:
    """Per contract: the year's planned budget, what was invoiced, and what was expected."""
    lines = [_Line(*line) for line in data]
    lines = [line for line in lines if line.planned > 0 or line.invoiced or line.disputed]
    if not lines:
        _no_data(figure)
        return
    shown = sorted(lines, key=lambda line: (-line.planned, line.reference))[:limit]
    ax = _axes(figure, grid_axis="x")
    ys = range(len(shown))
    planned = ax.barh(ys, [line.planned for line in shown], height=0.7, color=PLANNED,
                      gid="planned", label=tr("charts", "Budget prévu"))
    invoiced = ax.barh(ys, [line.invoiced for line in shown], height=0.38, zorder=3,
                       gid="invoiced", color=[_consumption_colour(line) for line in shown],
                       label=tr("charts", "Facturé"))
    artists = [planned, invoiced]
    if any(line.disputed > 0 for line in shown):
        # disputed invoices apart, after what is consumed: not counted, but not forgotten
        artists.append(ax.barh(ys, [max(0.0, line.disputed) for line in shown], height=0.38,
                               left=[max(0.0, line.invoiced) for line in shown], zorder=3,
                               color="white", edgecolor=WARNING, hatch="////", linewidth=0.8,
                               gid="disputed", label=tr("charts", "Contesté")))
    # nothing is expected of a contract without a budget: no marker (NaN is not drawn)
    expected = ax.scatter([line.expected if line.planned else math.nan for line in shown], ys,
                          marker="|", s=160, linewidths=2, color=TEXT, zorder=4, gid="expected",
                          label=tr("charts", "Attendu à date"))
    _percent_labels(ax, shown)
    ax.set_yticks(ys, [_short(line.reference) for line in shown])
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(max(len(shown), BUDGET_SLOTS) - 0.5, -0.5)  # top down, bars of a steady size
    right = max(max(line.planned, line.invoiced + max(0.0, line.disputed), line.expected)
                for line in shown)
    ax.set_xlim(0, right * 1.16)
    ax.xaxis.set_major_formatter(_formatter(format_euros))
    ax.xaxis.set_major_locator(_max_ticks(5))
    _budget_legend(figure, ax, [*artists, expected], len(shown), len(lines))


def _consumption_colour(line: _Line) -> str:
    if line.planned and line.invoiced > line.planned:
        return CRITICAL
    if line.expected and line.invoiced > line.expected * 1.05:
        return WARNING
    return ACCENT


def _short(reference: str) -> str:
    return reference if len(reference) <= REFERENCE_CHARS else reference[:REFERENCE_CHARS - 1] + "…"


def _percent_labels(ax: Axes, lines: list[_Line]) -> None:
    """The share of the planned budget already invoiced, at the end of each bar."""
    for y, line in enumerate(lines):
        if line.planned:
            text = format_percent(line.invoiced / line.planned * 100, 0)
            colour = _consumption_colour(line) if line.invoiced > line.expected else MUTED
        else:
            text, colour = tr("charts", "sans budget"), WARNING
        end = max(line.planned, line.invoiced + max(0.0, line.disputed))
        ax.annotate(text, xy=(end, y), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=FONT_SIZE - 0.5,
                    color=colour, gid="share")


def _budget_legend(figure: Figure, ax: Axes, artists: list[Any], shown: int, total: int
                   ) -> None:
    tight = len(artists) > 3  # « Contesté » too: the legend still holds in a narrow card
    figure.legend(artists, [artist.get_label() for artist in artists], ncols=len(artists),
                  loc="outside lower center", frameon=False, fontsize=FONT_SIZE - 0.5,
                  handlelength=0.9 if tight else 1.2, handletextpad=0.4 if tight else 0.8,
                  columnspacing=0.8 if tight else 1.2)
    others = total - shown
    if others:
        text = (tr("charts", "Les {0} plus gros budgets ; 1 autre contrat non affiché")
                if others == 1 else
                tr("charts", "Les {0} plus gros budgets ; {1} autres contrats non affichés"))
        ax.set_title(text.format(shown, format_number(others, 0)), fontsize=FONT_SIZE - 0.5,
                     color=MUTED, loc="right", gid="others")


# -- shared -----------------------------------------------------------------------------------


def _axes(figure: Figure, grid_axis: str = "y") -> Axes:
    figure.set_layout_engine("constrained")
    ax = figure.add_subplot()
    ax.set_facecolor("white")
    figure.set_facecolor("white")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#c9d2dc")
    ax.grid(axis=grid_axis, color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.tick_params(labelsize=FONT_SIZE, colors="#33404f")
    return ax


def _no_data(figure: Figure) -> None:
    """A calm « Aucune donnée » instead of an empty frame."""
    figure.set_facecolor("white")
    figure.text(0.5, 0.5, tr("charts", "Aucune donnée"), ha="center", va="center",
                fontsize=FONT_SIZE + 2, color=MUTED, gid="no_data")


def _formatter(function: Any) -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _position: function(value))


def _max_ticks(count: int) -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(nbins=count, min_n_ticks=3)
