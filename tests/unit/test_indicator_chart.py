"""An indicator's chart and a contract's budget chart: what is drawn, read from the figure,
and real PNGs of the asked size."""

from __future__ import annotations

import datetime as dt
import io
import math

import pytest
from PIL import Image

from app.charts.budget import draw_contract_budget
from app.charts.indicator import (
    axis_label,
    draw_indicator,
    hover_text,
    nearest_point,
    render_indicator_png,
)
from app.models import Direction, Frequency, Side
from app.services.formatting import NNBSP
from app.services.invoices import BudgetSummary, MonthBudget
from app.services.measurements import IndicatorSeries, SeriesPoint
from app.services.rules import MeasureStatus, measure_status
from app.services.rules_adapter import Budget
from tests.unit.test_charts import by_gid, drawn, texts

D = dt.date
MET, WARNING, BREACHED, MISSING = (MeasureStatus.MET, MeasureStatus.WARNING,
                                   MeasureStatus.BREACHED, MeasureStatus.MISSING)


def series(values: list[float | None], *, unit: str = "%", direction=Direction.HIGHER_IS_BETTER,
           target: float = 99.0, threshold: float | None = 98.0,
           frequency=Frequency.MONTHLY, flagged: tuple[int, ...] = ()) -> IndicatorSeries:
    """Monthly values from 01/2026, statuses by the rules, a gap where None."""
    points = []
    for n, value in enumerate(values):
        period = D(2026 + n // 12, n % 12 + 1, 1)
        status = MISSING if value is None else measure_status(value, target, threshold,
                                                               direction)
        points.append(SeriesPoint(period, value, status, f"note {n}" if n == 1 else "",
                                  n in flagged))
    return IndicatorSeries(1, "SLA-01", "Disponibilité", unit, direction, target, threshold,
                           frequency, Side.SUPPLIER, tuple(points))


def y_span(figure, gid: str) -> tuple[float, float]:
    """The values a tinted zone covers, read back from where it is drawn."""
    (zone,) = by_gid(figure, gid)
    ax = figure.axes[0]
    corners = zone.get_transform().transform(zone.get_path().vertices)
    ys = [ax.transData.inverted().transform(corner)[1] for corner in corners]
    return round(min(ys), 6), round(max(ys), 6)


def offsets(figure, gid: str) -> list[tuple[float, float]]:
    return [tuple(xy) for artist in by_gid(figure, gid) for xy in artist.get_offsets()]


def test_values_target_and_threshold_are_drawn() -> None:
    figure = drawn(draw_indicator, series([99.5, 98.5, 96.0, 99.2]))
    (line,) = by_gid(figure, "values")
    assert list(line.get_ydata()) == [99.5, 98.5, 96.0, 99.2]
    (target,) = by_gid(figure, "target")
    (threshold,) = by_gid(figure, "threshold")
    assert target.get_ydata()[0] == 99.0 and threshold.get_ydata()[0] == 98.0
    assert texts(by_gid(figure, "target_label")) == [f"Objectif\n≥ 99{NNBSP}%"]
    assert texts(by_gid(figure, "threshold_label")) == [f"Seuil\n98{NNBSP}%"]


def test_each_point_is_coloured_by_its_status_and_breaches_are_marked() -> None:
    figure = drawn(draw_indicator, series([99.5, 98.5, 96.0, 99.2]))
    assert offsets(figure, "met") == [(0, 99.5), (3, 99.2)]
    assert offsets(figure, "warning") == [(1, 98.5)]
    assert offsets(figure, "breached") == [(2, 96.0)]


def test_missing_periods_are_gaps_in_the_line_with_a_cross_under_the_axis() -> None:
    figure = drawn(draw_indicator, series([99.5, None, None, 99.2]))
    (line,) = by_gid(figure, "values")
    assert [math.isnan(y) for y in line.get_ydata()] == [False, True, True, False]
    assert [x for x, _y in offsets(figure, "missing")] == [1, 2]


def test_lower_is_better_tints_the_zone_above_its_threshold() -> None:
    figure = drawn(draw_indicator, series([3.0, 7.0, 5.0], unit="h",
                                          direction=Direction.LOWER_IS_BETTER, target=4.0,
                                          threshold=6.0))
    ax = figure.axes[0]
    assert y_span(figure, "breach_zone") == (6.0, round(ax.get_ylim()[1], 6))
    assert y_span(figure, "warning_zone") == (4.0, 6.0)
    labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert labels and all(label.endswith(f"{NNBSP}h") for label in labels)
    assert offsets(figure, "breached") == [(1, 7.0)]


def test_higher_is_better_tints_the_zone_below_its_threshold() -> None:
    figure = drawn(draw_indicator, series([99.5, 96.0]))
    assert y_span(figure, "breach_zone") == (round(figure.axes[0].get_ylim()[0], 6), 98.0)
    assert y_span(figure, "warning_zone") == (98.0, 99.0)


@pytest.mark.parametrize(("value", "unit", "text"), [
    (98.0, "%", f"98{NNBSP}%"),
    (4.0, "h", f"4{NNBSP}h"),
    (2.5, "j", f"2,5{NNBSP}j"),
    (4.0, "/5", "4/5"),
    (250_000.0, "€", f"250{NNBSP}k€"),
    (12.0, "", "12"),
])
def test_units_show_on_the_value_axis(value, unit, text) -> None:
    assert axis_label(value, unit) == text


def test_a_percent_axis_stops_near_100() -> None:
    figure = drawn(draw_indicator, series([99.9, 99.8, 100.0]))
    assert figure.axes[0].get_ylim()[1] <= 100.2


def test_breaches_to_read_with_the_clients_inputs_are_ringed() -> None:
    figure = drawn(draw_indicator, series([99.5, 96.0], flagged=(1,)))
    assert offsets(figure, "with_client") == [(1, 96.0)]


def test_nothing_measured_says_so() -> None:
    figure = drawn(draw_indicator, series([None, None]))
    assert not figure.axes and texts(by_gid(figure, "no_data")) == ["Aucune donnée"]


def test_five_years_of_months_are_named_sparingly() -> None:
    figure = drawn(draw_indicator, series([99.0 + (n % 3) / 10 for n in range(60)]))
    labels = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert 4 <= len(labels) <= 9
    assert labels[-1].startswith("déc.")  # the latest period is named
    assert sum("\n" in label for label in labels) >= 4  # the year when it changes


def test_the_tooltip_gives_period_value_status_and_comment() -> None:
    data = series([99.5, 96.0, None], flagged=(1,))
    figure = drawn(draw_indicator, data)
    ax = figure.axes[0]
    x, y = ax.transData.transform((1, 96.0))
    assert nearest_point(figure, data, x + 3, y) == 1
    assert hover_text(data, 1) == (f"02/2026\n96{NNBSP}% — Non atteint\n"
                                   "À lire avec les indicateurs client\nnote 1")
    x_gap, _ = ax.transData.transform((2, 0))
    assert hover_text(data, nearest_point(figure, data, x_gap, y)) == "03/2026\nNon renseigné"
    assert nearest_point(figure, data, 1, 1) is None  # outside the axes


def test_the_png_for_the_minutes_has_the_asked_size_and_a_title() -> None:
    data = series([99.5, 98.5, 96.0])
    image = Image.open(io.BytesIO(render_indicator_png(data, 800, 360)))
    assert image.size == (800, 360)
    assert len(image.convert("RGB").getcolors(maxcolors=1_000_000)) > 20
    figure = drawn(draw_indicator, data, titled=True)
    assert texts(by_gid(figure, "title")) == ["SLA-01 — Disponibilité"]


# -- the budget chart ---------------------------------------------------------------------------


APRIL = D(2026, 4, 15)


def budget(months: list[tuple[float, float]], planned: float = 120_000.0,
           at: dt.date = APRIL) -> BudgetSummary:
    figures = Budget(planned, 0.0, 0.0, 0.0, None, None, None, None)
    rows = tuple(MonthBudget(D(2026, n + 1, 1), consumed, disputed, planned * (n + 1) / 12)
                 for n, (consumed, disputed) in enumerate(months))
    return BudgetSummary(2026, "CTR-A", False, figures, 0.0, rows, at)


def test_budget_bars_cumulate_up_to_the_current_month() -> None:
    months = [(10_000.0, 0.0), (10_000.0, 2_000.0), (-1_000.0, 0.0), (9_000.0, 0.0)] + \
        [(0.0, 0.0)] * 8
    figure = drawn(draw_contract_budget, budget(months))
    heights = [bar.get_height() for bar in by_gid(figure, "consumed")]
    assert heights == [10_000.0, 20_000.0, 19_000.0, 28_000.0]  # January to April only
    disputed = by_gid(figure, "disputed")
    assert [bar.get_height() for bar in disputed] == [0.0, 2_000.0, 2_000.0, 2_000.0]
    assert disputed[1].get_y() == 20_000.0  # stacked on what was consumed
    (expected,) = by_gid(figure, "expected")
    assert list(expected.get_ydata())[-1] == pytest.approx(120_000.0)
    assert texts(by_gid(figure, "planned_label")) == [f"Prévu\n120{NNBSP}k€"]


def test_an_empty_budget_says_so() -> None:
    figure = drawn(draw_contract_budget, budget([(0.0, 0.0)] * 12, planned=0.0))
    assert texts(by_gid(figure, "no_data")) == ["Aucune donnée"]


def test_the_budget_legend_stays_below_the_axes_off_the_planned_line() -> None:
    # a full year consumed as planned: bars and the « Attendu » line climb to the top left
    # corner's opposite, the « Prévu » line runs along the top — the legend used to sit on it
    months = [(10_000.0, 500.0)] * 12
    figure = drawn(draw_contract_budget, budget(months, at=D(2026, 12, 15)))
    (legend,) = figure.legends
    assert texts(legend.get_texts()) == ["Facturé cumulé", "Contesté", "Attendu"]
    renderer = figure.canvas.get_renderer()
    box = legend.get_window_extent(renderer)
    axes_box = figure.axes[0].get_window_extent(renderer)
    assert box.y1 <= axes_box.y0  # wholly under the plotting area (display y grows upward)
    tick_labels = [t.get_window_extent(renderer) for t in figure.axes[0].get_xticklabels()]
    assert all(box.y1 <= label.y0 for label in tick_labels)  # and under the month letters
