"""The dashboard charts: real PNGs for every shape of data, French labels, what is drawn."""

from __future__ import annotations

import datetime as dt
import io
import math

import numpy
import pytest
from PIL import Image

from app.charts import DPI, PNG_SIZE, render_png
from app.charts.dashboard import (
    BUDGET_LIMIT,
    SLA_TARGET,
    draw_budget,
    draw_sla_compliance,
    format_euros,
    month_label,
)
from app.services.dashboard import BudgetLine, CompliancePoint
from app.services.formatting import NNBSP

D = dt.date
#: Twelve months, December 2025 to November 2026.
MONTHS = [D(2025, 12, 1)] + [D(2026, month, 1) for month in range(1, 12)]
PERCENTS = [95.0, 92.0, 88.0, 91.0, 97.0, 99.0, 85.0, 93.0, 90.0, 94.0, 80.0, 96.0]


def sla(percents: list[float | None], months: list[dt.date] = MONTHS) -> list[CompliancePoint]:
    return [CompliancePoint(m, p) for m, p in zip(months, percents, strict=False)]


def budget(count: int) -> list[BudgetLine]:
    """`count` contracts, the n-th with a planned budget of n × 10 000 €."""
    return [BudgetLine(f"CTR-{n:03d}", n * 10_000.0, n * 7_000.0, n * 8_000.0)
            for n in range(1, count + 1)]


def png(draw, data) -> Image.Image:
    """The chart as PNG, read back: a real image of the expected size, not a blank one."""
    data_bytes = render_png(draw, data)
    assert data_bytes.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(data_bytes))
    image.load()
    assert image.format == "PNG"
    assert image.size == (round(PNG_SIZE[0] * DPI), round(PNG_SIZE[1] * DPI))
    colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert len(colours) > 20  # text and lines were drawn, not an empty white frame
    return image


def drawn(draw, data, **options):
    """The figure `draw` made, laid out and rendered (so that tick labels exist)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=PNG_SIZE, dpi=DPI)
    FigureCanvasAgg(figure)
    draw(figure, data, **options)
    figure.canvas.draw()
    return figure


def by_gid(figure, gid: str) -> list:
    return figure.findobj(lambda artist: artist.get_gid() == gid)


def texts(artists) -> list[str]:
    return [artist.get_text() for artist in artists if artist.get_text()]


def is_no_data(figure) -> bool:
    return not figure.axes and texts(by_gid(figure, "no_data")) == ["Aucune donnée"]


# -- labels in French -------------------------------------------------------------------------


def test_month_labels_and_euros_are_written_the_french_way() -> None:
    assert month_label(D(2026, 11, 1)) == "nov. 2026"
    assert month_label(D(2027, 2, 1)) == "févr. 2027"
    assert format_euros(0) == f"0{NNBSP}€"
    assert format_euros(2_500) == f"2{NNBSP}500{NNBSP}€"
    assert format_euros(250_000) == f"250{NNBSP}k€"
    assert format_euros(1_500_000) == f"1,5{NNBSP}M€"


# -- SLA compliance ---------------------------------------------------------------------------


def test_sla_chart_draws_a_year_of_compliance_against_the_target() -> None:
    png(draw_sla_compliance, sla(PERCENTS))
    figure = drawn(draw_sla_compliance, sla(PERCENTS))
    (ax,) = figure.axes
    (line,) = by_gid(figure, "compliance")
    assert list(line.get_ydata()) == PERCENTS
    (below,) = by_gid(figure, "below_target")
    assert sorted(y for _x, y in below.get_offsets()) == [80.0, 85.0, 88.0]
    assert texts(by_gid(figure, "target_label")) == [f"Objectif\n90{NNBSP}%"]
    assert texts(by_gid(figure, "last_value")) == [f"96{NNBSP}%"]
    labels = texts(ax.get_xticklabels())
    assert labels[-1] == "nov."  # the latest month is named
    assert "janv.\n2026" in labels  # the year under the first month of the year
    assert f"90{NNBSP}%" in texts(ax.get_yticklabels())


def test_sla_chart_says_when_there_is_no_data() -> None:
    png(draw_sla_compliance, [])
    assert is_no_data(drawn(draw_sla_compliance, []))
    assert is_no_data(drawn(draw_sla_compliance, sla([None] * 12)))


def test_sla_chart_of_a_single_month() -> None:
    data = sla([93.0], [D(2026, 10, 1)])
    png(draw_sla_compliance, data)
    figure = drawn(draw_sla_compliance, data)
    (ax,) = figure.axes
    assert texts(ax.get_xticklabels()) == ["oct.\n2026"]
    assert texts(by_gid(figure, "last_value")) == [f"93{NNBSP}%"]
    assert by_gid(figure, "below_target") == []
    low, high = ax.get_ylim()
    assert low < 93 < high and low < SLA_TARGET < high


def test_months_without_measurements_leave_a_gap() -> None:
    percents = [None, 81.0, 82.0, 83.0, None, None, 86.0, 87.0, 88.0, 89.0, 92.0, None]
    png(draw_sla_compliance, sla(percents))
    figure = drawn(draw_sla_compliance, sla(percents))
    (line,) = by_gid(figure, "compliance")
    ys = list(line.get_ydata())
    assert [math.isnan(y) for y in ys] == [p is None for p in percents]
    (below,) = by_gid(figure, "below_target")
    assert len(below.get_offsets()) == 7  # the gaps are not counted as below target
    assert texts(by_gid(figure, "last_value")) == [f"92{NNBSP}%"]  # the latest known


def test_a_low_compliance_stays_in_view() -> None:
    figure = drawn(draw_sla_compliance, sla([20.0 + 3 * n for n in range(12)]))
    low, high = figure.axes[0].get_ylim()
    assert low <= 20 and high >= 100
    (last,) = by_gid(figure, "last_value")
    assert last.get_color() == "#c62828"  # below target: in red


# -- budget -----------------------------------------------------------------------------------


def test_budget_chart_shows_each_contract_with_its_share_consumed() -> None:
    lines = [BudgetLine("CTR-A", 100_000.0, 50_000.0, 80_000.0),
             BudgetLine("CTR-B", 300_000.0, 330_000.0, 240_000.0)]
    png(draw_budget, lines)
    figure = drawn(draw_budget, lines)
    (ax,) = figure.axes
    assert texts(ax.get_yticklabels()) == ["CTR-B", "CTR-A"]  # the largest budget first
    assert texts(by_gid(figure, "share")) == [f"110{NNBSP}%", f"50{NNBSP}%"]
    bars = by_gid(figure, "invoiced")
    assert [bar.get_width() for bar in bars] == [330_000.0, 50_000.0]
    assert bars[0].get_facecolor()[:3] != bars[1].get_facecolor()[:3]  # over budget stands out
    legend = figure.legends[0]
    assert texts(legend.get_texts()) == ["Budget prévu", "Facturé", "Attendu à date"]
    assert by_gid(figure, "others") == []


def test_disputed_invoices_are_drawn_apart_after_what_is_consumed() -> None:
    # CTR-A: 50 000 € consumed and 20 000 € disputed, drawn from 50 000 to 70 000 €; its
    # share consumed stays 50 % (a disputed invoice is not consumed).
    lines = [BudgetLine("CTR-A", 100_000.0, 50_000.0, 80_000.0, 20_000.0),
             BudgetLine("CTR-B", 60_000.0, 30_000.0, 40_000.0)]
    png(draw_budget, lines)
    figure = drawn(draw_budget, lines)
    disputed = by_gid(figure, "disputed")
    assert [(bar.get_x(), bar.get_width()) for bar in disputed] == [
        (50_000.0, 20_000.0), (30_000.0, 0.0)]
    assert texts(by_gid(figure, "share")) == [f"50{NNBSP}%", f"50{NNBSP}%"]
    assert texts(figure.legends[0].get_texts()) == [
        "Budget prévu", "Facturé", "Contesté", "Attendu à date"]


def test_budget_axis_is_in_euros() -> None:
    figure = drawn(draw_budget, budget(5))
    labels = texts(figure.axes[0].get_xticklabels())
    assert labels[0] == f"0{NNBSP}€"
    assert all(label.endswith(f"{NNBSP}k€") for label in labels[1:])


def test_budget_chart_keeps_the_largest_contracts_and_counts_the_others() -> None:
    lines = budget(BUDGET_LIMIT + 5)
    png(draw_budget, lines)
    figure = drawn(draw_budget, lines)
    shown = texts(figure.axes[0].get_yticklabels())
    assert len(shown) == BUDGET_LIMIT
    assert shown[0] == f"CTR-{BUDGET_LIMIT + 5:03d}"
    assert "CTR-001" not in shown
    (note,) = texts(by_gid(figure, "others"))
    assert f"Les {BUDGET_LIMIT} plus gros budgets" in note
    assert "5 autres contrats non affichés" in note


def test_a_single_contract_left_out_is_said_in_the_singular() -> None:
    figure = drawn(draw_budget, budget(BUDGET_LIMIT + 1))
    assert texts(by_gid(figure, "others"))[0].endswith("1 autre contrat non affiché")


def test_zero_budgets_are_drawn_without_dividing_by_zero() -> None:
    lines = [BudgetLine("CTR-SANS-BUDGET", 0.0, 12_000.0, 0.0),
             BudgetLine("CTR-RIEN", 0.0, 0.0, 0.0),
             BudgetLine("CTR-PAS-FACTURE", 50_000.0, 0.0, 45_000.0)]
    png(draw_budget, lines)
    figure = drawn(draw_budget, lines)
    assert texts(figure.axes[0].get_yticklabels()) == ["CTR-PAS-FACTURE", "CTR-SANS-BUDGET"]
    assert texts(by_gid(figure, "share")) == [f"0{NNBSP}%", "sans budget"]
    (expected,) = by_gid(figure, "expected")
    xs = numpy.ma.masked_invalid(expected.get_offsets()[:, 0]).compressed()
    assert list(xs) == [45_000.0]  # no « expected » marker for a contract without budget


@pytest.mark.parametrize("lines", [[], [BudgetLine("CTR-RIEN", 0.0, 0.0, 0.0)]])
def test_budget_chart_says_when_there_is_no_data(lines) -> None:
    png(draw_budget, lines)
    assert is_no_data(drawn(draw_budget, lines))


def test_a_long_reference_is_cut() -> None:
    figure = drawn(draw_budget, [BudgetLine("CTR-2026-013-INFOGERANCE-SOCLE", 1.0, 1.0, 1.0)])
    (label,) = texts(figure.axes[0].get_yticklabels())
    assert label.startswith("CTR-2026-013") and label.endswith("…") and len(label) == 18
