"""An indicator's chart: its values over time against its target and alert threshold.

`draw_indicator(figure, series)` draws on a blank `Figure`, screen or PNG alike, from an
`IndicatorSeries` of `app.services.measurements` (or anything shaped like it): the values
as a line broken where a period is missing (a grey cross marks it under the axis), each
point coloured by its status, the breached ones larger, the target and the threshold as
lines named in the right margin, the zones beyond them tinted so that lower-is-better and
higher-is-better read alike, and the unit on the value axis. `render_indicator_png` gives
the PNG the committee minutes use; `nearest_point` and `hover_text` serve the tooltip.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from app.charts import DPI, render_png
from app.charts.dashboard import (
    CRITICAL,
    FONT_SIZE,
    MUTED,
    OK,
    WARNING,
    _axes,
    _formatter,
    _no_data,
    format_euros,
)
from app.i18n import tr
from app.models.enums import Direction, Frequency
from app.services.formatting import NNBSP, format_number, format_period, format_value

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

LINE = "#1f5fae"
CLIENT_MARK = "#6a3d9a"
BREACH_ZONE = "#fdecea"
WARNING_ZONE = "#fff4e0"
STATUS_COLOURS = {"met": OK, "warning": WARNING, "breached": CRITICAL}
#: At most this many period labels under the chart.
MAX_LABELS = 9
#: How close (in pixels, along the time axis) the mouse must be to a point for its tooltip.
HOVER_PIXELS = 14

_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
           "oct.", "nov.", "déc.")


def draw_indicator(figure: Figure, series: Any, *, titled: bool = False,
                   highlight: dt.date | None = None) -> None:
    """The series' values over time against its target and threshold (see the module)."""
    points = list(series.points)
    if not any(p.value is not None for p in points):
        _no_data(figure)
        return
    ax = _axes(figure)
    xs = list(range(len(points)))
    ys = [math.nan if p.value is None else p.value for p in points]
    low, high = _value_range(series, ys)
    _zones(ax, series, low, high)
    _reference_lines(ax, series)
    ax.plot(xs, ys, color=LINE, linewidth=1.6, zorder=3, gid="values")
    _status_markers(ax, points, xs, ys)
    _missing_marks(ax, points, xs)
    if highlight is not None:
        _highlight(ax, points, highlight)
    ax.set_ylim(low, high)
    ax.set_xlim(-0.6, len(points) - 0.4)
    _period_axis(ax, [p.period for p in points], series.frequency)
    ax.yaxis.set_major_formatter(_formatter(lambda v: axis_label(v, series.unit)))
    if titled:
        ax.set_title(f"{series.code} — {series.name}", fontsize=FONT_SIZE + 1, loc="left",
                     color="#1d2a3a", gid="title")


def render_indicator_png(series: Any, width_px: int = 640, height_px: int = 300, *,
                         titled: bool = True) -> bytes:
    """The chart as PNG bytes of this size in pixels (for the Word minutes); no Qt needed."""
    return render_png(draw_indicator, series, size=(width_px / DPI, height_px / DPI),
                      titled=titled)


# -- parts ----------------------------------------------------------------------------------


def _value_range(series: Any, ys: Sequence[float]) -> tuple[float, float]:
    """The value axis: the values, target and threshold, with a margin; a « % » axis stops
    at 100 when nothing goes past it."""
    known = [y for y in ys if not math.isnan(y)]
    references = [series.target] + ([series.alert_threshold]
                                     if series.alert_threshold is not None else [])
    low, high = min(known + references), max(known + references)
    span = (high - low) or max(abs(high) * 0.1, 1.0)
    low, high = low - span * 0.18, high + span * 0.22
    if min(known + references) >= 0:
        low = max(low, 0.0)
    if series.unit.strip() == "%" and max(known + references) <= 100:
        high = min(high, 100 + span * 0.05)
    return low, high


def _zones(ax: Axes, series: Any, low: float, high: float) -> None:
    """Tint the warning band (between target and threshold) and the breach zone beyond."""
    target, threshold = series.target, series.alert_threshold
    edge = target if threshold is None else threshold
    if series.direction is Direction.HIGHER_IS_BETTER:
        ax.axhspan(low, edge, color=BREACH_ZONE, linewidth=0, zorder=0, gid="breach_zone")
        if threshold is not None:
            ax.axhspan(threshold, target, color=WARNING_ZONE, linewidth=0, zorder=0,
                       gid="warning_zone")
    else:
        ax.axhspan(edge, high, color=BREACH_ZONE, linewidth=0, zorder=0, gid="breach_zone")
        if threshold is not None:
            ax.axhspan(target, threshold, color=WARNING_ZONE, linewidth=0, zorder=0,
                       gid="warning_zone")


def _reference_lines(ax: Axes, series: Any) -> None:
    """The target (dashed, green) and threshold (dotted, orange), named in the margin: each
    name on the side of its line away from the other, so that close lines keep them apart."""
    sign = "≥" if series.direction is Direction.HIGHER_IS_BETTER else "≤"
    higher = series.direction is Direction.HIGHER_IS_BETTER
    lines = [(series.target, OK, (0, (5, 3)), "target", "bottom" if higher else "top",
              tr("charts", "Objectif {0} {1}").format(sign, format_value(series.target,
                                                                         series.unit)))]
    if series.alert_threshold is not None:
        lines.append((series.alert_threshold, WARNING, (0, (1.5, 2)), "threshold",
                      "top" if higher else "bottom",
                      tr("charts", "Seuil {0}").format(format_value(series.alert_threshold,
                                                                    series.unit))))
    for value, colour, style, gid, side, label in lines:
        ax.axhline(value, color=colour, linestyle=style, linewidth=1.2, zorder=2, gid=gid)
        ax.annotate(label.replace(" ", "\n", 1), xy=(1, value),
                    xycoords=("axes fraction", "data"),
                    xytext=(4, 1 if side == "bottom" else -1), textcoords="offset points",
                    color=colour, fontsize=FONT_SIZE - 0.5, va=side, ha="left",
                    linespacing=1.05, gid=f"{gid}_label")


def _status_markers(ax: Axes, points: list[Any], xs: list[int], ys: list[float]) -> None:
    for status, colour in STATUS_COLOURS.items():
        chosen = [(x, y) for x, y, p in zip(xs, ys, points, strict=True)
                  if p.value is not None and p.status is not None and p.status.value == status]
        if chosen:
            size = 34 if status == "breached" else 16
            ax.scatter(*zip(*chosen, strict=True), s=size, color=colour, zorder=4,
                       edgecolors="white", linewidths=0.6, gid=status)
    flagged = [(x, y) for x, y, p in zip(xs, ys, points, strict=True)
               if getattr(p, "read_with_client", False)]
    if flagged:
        ax.scatter(*zip(*flagged, strict=True), s=110, facecolors="none",
                   edgecolors=CLIENT_MARK, linewidths=1.2, zorder=5, gid="with_client")


def _missing_marks(ax: Axes, points: list[Any], xs: list[int]) -> None:
    """A grey cross under the axis at each period over that has no value."""
    missing = [x for x, p in zip(xs, points, strict=True)
               if p.value is None and p.status is not None]
    if missing:
        ax.scatter(missing, [0.03] * len(missing), marker="x", s=18, color=MUTED,
                   transform=ax.get_xaxis_transform(), zorder=4, clip_on=False, gid="missing")


def _highlight(ax: Axes, points: list[Any], period: dt.date) -> None:
    index = next((n for n, p in enumerate(points) if p.period == period), None)
    if index is not None:
        ax.axvspan(index - 0.45, index + 0.45, color="#d6e6fa", zorder=1, linewidth=0,
                   gid="highlight")


def _period_axis(ax: Axes, periods: list[dt.date], frequency: Frequency) -> None:
    """At most MAX_LABELS periods named, ending on the latest; the year when it changes."""
    last = len(periods) - 1
    step = max(1, math.ceil(len(periods) / MAX_LABELS))
    if frequency is Frequency.MONTHLY and step > 1:
        step = next(s for s in (2, 3, 4, 6, 12, 24, 36, 60) if s >= step or s == 60)
    named = [n for n in range(len(periods)) if (last - n) % step == 0]
    labels, year = [], None
    for n in named:
        labels.append(period_label(periods[n], frequency, periods[n].year != year))
        year = periods[n].year
    ax.set_xticks(named, labels)
    ax.tick_params(axis="x", which="both", length=0, pad=4)


def period_label(period: dt.date, frequency: Frequency, with_year: bool) -> str:
    """« oct. » (and « 2026 » under it), « T3 », « 12/10 » for a week."""
    if frequency is Frequency.QUARTERLY:
        text = f"T{(period.month - 1) // 3 + 1}"
    elif frequency is Frequency.WEEKLY:
        text = f"{period.day:02d}/{period.month:02d}"
    else:
        text = _MONTHS[period.month - 1]
    return f"{text}\n{period.year}" if with_year else text


def axis_label(value: float, unit: str) -> str:
    """A value axis label with its unit: « 98 % », « 4 h », « 250 k€ », « 3 j », « 4/5 »."""
    unit = unit.strip()
    number = format_number(value, None)
    if unit == "€":
        return format_euros(value)
    if unit.startswith("/"):
        return f"{number}{unit}"
    return f"{number}{NNBSP}{unit}" if unit else number


# -- the tooltip ----------------------------------------------------------------------------


def nearest_point(figure: Figure, series: Any, x_px: float, y_px: float) -> int | None:
    """The index of the point (with a value) under the mouse at display coordinates
    (x_px, y_px), within HOVER_PIXELS along the time axis; None elsewhere."""
    if not figure.axes:
        return None
    ax = figure.axes[0]
    if not ax.bbox.contains(x_px, y_px):
        return None
    best, distance = None, HOVER_PIXELS
    for n, point in enumerate(series.points):
        if point.value is None and point.status is None:
            continue
        y = point.value if point.value is not None else ax.get_ylim()[0]
        x_display, _y = ax.transData.transform((n, y))
        if abs(x_display - x_px) <= distance:
            best, distance = n, abs(x_display - x_px)
    return best


def hover_text(series: Any, index: int) -> str:
    """What the tooltip says of a point: its period, value, status and comment."""
    point = series.points[index]
    lines = [format_period(point.period, series.frequency)]
    if point.value is None:
        lines.append(tr("charts", "Non renseigné"))
    else:
        status = point.status.label if point.status is not None else ""
        lines.append(f"{format_value(point.value, series.unit)} — {status}")
    if getattr(point, "read_with_client", False):
        lines.append(tr("charts", "À lire avec les indicateurs client"))
    if point.comment:
        lines.append(point.comment)
    return "\n".join(lines)
