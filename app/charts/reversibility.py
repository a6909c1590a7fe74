"""The timeline of a reversibility plan: planned against actual bars per milestone.

`draw_timeline(figure, data)` reads an `app.services.reversibility_status.Timeline` (or
anything with `today`, `milestones` and `title`; each milestone with its phase, title,
planned and actual dates, status, slip, lateness and PV). One row per milestone, in plan
order from the top: the planned span as a pale bar, the actual span as a narrow bar over
it (blue; red while it runs past its planned end), the days past the planned end of a
milestone not even started hatched in red, a green diamond on the day the PV was signed,
the slip written after the bar (red while late, amber once finished), and today as a
dashed line.
`timeline_png` renders it for the committee minutes. matplotlib is imported inside.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from app.charts import DPI, render_png
from app.charts.dashboard import (
    _MONTHS,
    ACCENT,
    CRITICAL,
    FONT_SIZE,
    MUTED,
    OK,
    PLANNED,
    TEXT,
    WARNING,
    _axes,
    _no_data,
)
from app.i18n import tr
from app.models.enums import MilestoneStatus
from app.services.formatting import format_number
from app.services.reversibility_status import milestone_name

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

PLANNED_EDGE = "#9db7d6"
CANCELLED = "#eef1f4"
#: Longer labels are cut with « … » on the chart's axis.
LABEL_CHARS = 26
#: Inches of PNG per milestone row, and for the axis, legend and margins around them.
ROW_INCHES, FRAME_INCHES, PNG_WIDTH = 0.3, 1.05, 6.3
_SHORT_SPAN_DAYS = 75  # below this the axis is graduated in weeks, not months


def timeline_size(count: int) -> tuple[float, float]:
    """The size (inches) of a timeline PNG of `count` milestones: each row keeps its height."""
    return PNG_WIDTH, FRAME_INCHES + ROW_INCHES * max(count, 3)


def timeline_png(data: Any, *, dpi: int = DPI) -> bytes:
    """The timeline as PNG bytes, sized for its number of milestones (for the minutes)."""
    return render_png(draw_timeline, data, size=timeline_size(len(data.milestones)), dpi=dpi)


def draw_timeline(figure: Figure, data: Any) -> None:
    """Planned against actual bars per milestone, today marked, late ones in colour, PV
    signed marked (see the module's text)."""
    milestones = list(data.milestones)
    if not milestones:
        _no_data(figure)
        return
    from matplotlib.dates import date2num

    ax = _axes(figure, grid_axis="x")
    ys = range(len(milestones))
    for y, milestone in zip(ys, milestones, strict=True):
        _planned(ax, y, milestone, date2num)
        _actual(ax, y, milestone, data.today, date2num)
        _slip(ax, y, milestone, data.today, date2num)
    _pv_markers(ax, milestones, date2num)
    today = ax.axvline(date2num(data.today), color=TEXT, linestyle=(0, (4, 3)), linewidth=1,
                       zorder=5, gid="today")
    ax.annotate(tr("charts", "Aujourd'hui"), xy=(date2num(data.today), 1),
                xycoords=("data", "axes fraction"), xytext=(0, 2), textcoords="offset points",
                ha="center", va="bottom", fontsize=FONT_SIZE - 0.5, color=TEXT,
                gid="today_label")
    _rows(ax, milestones)
    _date_axis(ax, _span(milestones, data.today), date2num)
    _legend(figure, ax, today)


def _planned(ax: Axes, y: int, milestone: Any, date2num: Any) -> None:
    cancelled = milestone.status is MilestoneStatus.CANCELLED
    ax.barh(y, (milestone.planned_end - milestone.planned_start).days + 1,
            left=date2num(milestone.planned_start), height=0.64, align="center",
            color=CANCELLED if cancelled else PLANNED, edgecolor=PLANNED_EDGE, linewidth=0.6,
            hatch="////" if cancelled else None, zorder=2, gid="planned")


def _actual_colour(milestone: Any) -> str:
    return CRITICAL if milestone.late else ACCENT


def _actual(ax: Axes, y: int, milestone: Any, today: dt.date, date2num: Any) -> None:
    """The actual span over the planned one; a late milestone not started: its overrun."""
    if milestone.status is MilestoneStatus.CANCELLED:
        return
    start = milestone.actual_start
    if start is None:
        if milestone.late:
            ax.barh(y, (today - milestone.planned_end).days, height=0.3,
                    left=date2num(milestone.planned_end + dt.timedelta(days=1)),
                    color="none", edgecolor=CRITICAL, hatch="////", linewidth=0.8, zorder=3,
                    gid="overrun")
        return
    end = milestone.actual_end or max(today, start)
    ax.barh(y, (end - start).days + 1, left=date2num(start), height=0.3,
            color=_actual_colour(milestone), zorder=3, gid="actual")


def _slip(ax: Axes, y: int, milestone: Any, today: dt.date, date2num: Any) -> None:
    """« +12 j » after a milestone that ended, or is running, past its planned end (and
    after its PV's diamond)."""
    if milestone.slip_days <= 0:
        return
    end = max(d for d in (milestone.actual_end or today, milestone.planned_end,
                          milestone.pv_signed_on) if d is not None)
    ax.annotate(f"+{format_number(milestone.slip_days, 0)}\u202fj",
                xy=(date2num(end + dt.timedelta(days=1)), y),
                xytext=(7 if milestone.pv_signed else 3, 0), textcoords="offset points",
                va="center", ha="left", fontsize=FONT_SIZE - 0.5, fontweight="bold",
                color=CRITICAL if milestone.late else WARNING, gid="slip")


def _pv_markers(ax: Axes, milestones: Sequence[Any], date2num: Any) -> None:
    signed = [(y, m.pv_signed_on or m.actual_end) for y, m in enumerate(milestones)
              if m.pv_signed and (m.pv_signed_on or m.actual_end)]
    if signed:
        ax.scatter([date2num(day) + 0.5 for _y, day in signed], [y for y, _day in signed],
                   marker="D", s=34, color=OK, edgecolors="white", linewidths=0.8, zorder=6,
                   gid="pv", label=tr("charts", "PV signé"))


def _rows(ax: Axes, milestones: Sequence[Any]) -> None:
    """One row per milestone from the top, named by its phase (its title when a phase
    comes twice), in red when late, grey when cancelled."""
    labels = [_short(milestone_name(m, milestones)) for m in milestones]
    ax.set_yticks(range(len(milestones)), labels)
    for tick, milestone in zip(ax.get_yticklabels(), milestones, strict=True):
        if milestone.late:
            tick.set_color(CRITICAL)
        elif milestone.status is MilestoneStatus.CANCELLED:
            tick.set_color(MUTED)
    ax.set_ylim(len(milestones) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def _span(milestones: Sequence[Any], today: dt.date) -> tuple[dt.date, dt.date]:
    days = [today]
    for m in milestones:
        days += [d for d in (m.planned_start, m.planned_end, m.actual_start, m.actual_end,
                             m.pv_signed_on) if d is not None]
    return min(days), max(days)


def _date_axis(ax: Axes, span: tuple[dt.date, dt.date], date2num: Any) -> None:
    """Mondays (dd/mm) for a short plan, first days of months (« janv. ») for a longer one,
    the year under the first tick and under each January; room on the right for slips."""
    first, last = span
    days = max((last - first).days, 1)
    low, high = first - dt.timedelta(days=days * 0.02 + 1), last + dt.timedelta(
        days=days * 0.1 + 2)
    ax.set_xlim(date2num(low), date2num(high))
    ticks = _week_ticks(low, high, days) if days < _SHORT_SPAN_DAYS else _month_ticks(
        low, high, days)
    labels, year = [], None
    for tick in ticks:
        text = f"{tick:%d/%m}" if days < _SHORT_SPAN_DAYS else _MONTHS[tick.month - 1]
        labels.append(text + (f"\n{tick.year}" if tick.year != year else ""))
        year = tick.year
    ax.set_xticks([date2num(t) for t in ticks], labels)
    ax.tick_params(axis="x", length=0, pad=3)


def _week_ticks(low: dt.date, high: dt.date, days: int) -> list[dt.date]:
    step = max(1, days // 42)  # at most about six ticks
    monday = low + dt.timedelta(days=-low.weekday() % 7)
    return [monday + dt.timedelta(weeks=n) for n in range(0, (high - monday).days // 7 + 1,
                                                         step)]


def _month_ticks(low: dt.date, high: dt.date, days: int) -> list[dt.date]:
    step = max(1, round(days / 30 / 7))  # at most about seven ticks
    month = dt.date(low.year + low.month // 12, low.month % 12 + 1, 1)  # the first after low
    ticks = []
    while month <= high:
        ticks.append(month)
        index = month.month - 1 + step
        month = dt.date(month.year + index // 12, index % 12 + 1, 1)
    return ticks


def _legend(figure: Figure, ax: Axes, today: Any) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=PLANNED, edgecolor=PLANNED_EDGE, label=tr("charts", "Prévu")),
               Patch(facecolor=ACCENT, label=tr("charts", "Réalisé")),
               Patch(facecolor=CRITICAL, label=tr("charts", "En retard")),
               *[h for h in ax.collections if h.get_gid() == "pv"],
               today]
    labels = [h.get_label() for h in handles[:-1]] + [tr("charts", "Aujourd'hui")]
    figure.legend(handles, labels, ncols=len(handles), loc="outside lower center",
                  frameon=False, fontsize=FONT_SIZE - 0.5, handlelength=1.2,
                  columnspacing=1.2)
