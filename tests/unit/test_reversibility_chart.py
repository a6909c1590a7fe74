"""The timeline of a reversibility plan: what is drawn where, checked on a hand-made plan."""

from __future__ import annotations

import datetime as dt
import io

from matplotlib.colors import to_hex
from PIL import Image

from app.charts.reversibility import draw_timeline, timeline_png, timeline_size
from app.models.enums import MilestoneStatus, ReversibilityPhase, Side
from app.services.reversibility_status import MilestoneRow, Timeline
from app.services.rules import MilestoneFacts
from tests.unit.test_charts import by_gid, drawn, is_no_data, texts

D = dt.date
TODAY = D(2026, 11, 24)
P, S = ReversibilityPhase, MilestoneStatus


def row(phase: P, start: dt.date, end: dt.date, status: S = S.PLANNED, *,
        actual: tuple[dt.date | None, dt.date | None] = (None, None), pv: dt.date | None = None,
        title: str = "") -> MilestoneRow:
    """A milestone with its slip and lateness computed as the rules do, by hand here."""
    open_ = status in (S.PLANNED, S.IN_PROGRESS)
    late = open_ and end < TODAY
    slip = 0 if status is S.CANCELLED else max(0, ((actual[1] or TODAY) - end).days) if (
        actual[1] or open_) else 0
    facts = MilestoneFacts(end, status, actual[1], pv is not None, phase)
    return MilestoneRow(0, 1, phase, title or phase.label, "", None, "", Side.CLIENT, start,
                        end, actual[0], actual[1], status, pv is not None, pv, "", 0, slip,
                        late, facts)


PLAN = Timeline(TODAY, (
    # done two days late (16/09 for 14/09), PV signed on 18/09
    row(P.PREPARATION, D(2026, 9, 1), D(2026, 9, 14), S.DONE,
        actual=(D(2026, 9, 1), D(2026, 9, 16)), pv=D(2026, 9, 18)),
    # running since 21/10, planned to end on 02/11: 22 days late on 24/11
    row(P.SHADOWING, D(2026, 10, 13), D(2026, 11, 2), S.IN_PROGRESS,
        actual=(D(2026, 10, 21), None)),
    # never started, planned to end on 20/11: 4 days late
    row(P.DOCUMENTATION, D(2026, 11, 9), D(2026, 11, 20)),
    row(P.CUTOVER, D(2026, 12, 1), D(2026, 12, 7)),
    row(P.ACCEPTANCE, D(2026, 12, 8), D(2026, 12, 21), S.CANCELLED),
), "CTR-A — WMS")


def num(day: dt.date) -> float:
    from matplotlib.dates import date2num

    return float(date2num(day))


def bars(figure, gid: str) -> list[tuple[float, float, str]]:
    """(left, width, colour) of the bars of a kind, top row first."""
    found = [(p.get_y(), p.get_x(), p.get_width(), to_hex(p.get_facecolor()))
             for p in by_gid(figure, gid) if hasattr(p, "get_width")]
    return [(x, width, colour) for _y, x, width, colour in sorted(found)]


def test_planned_bars_span_their_days() -> None:
    figure = drawn(draw_timeline, PLAN)
    planned = bars(figure, "planned")
    assert len(planned) == 5
    # 01/09 to 14/09 inclusive is 14 days; 13/10 to 02/11 is 21 days.
    assert planned[0][:2] == (num(D(2026, 9, 1)), 14)
    assert planned[1][:2] == (num(D(2026, 10, 13)), 21)
    assert planned[4][2] == "#eef1f4"  # the cancelled acceptance is greyed


def test_actual_bars_late_ones_in_red() -> None:
    figure = drawn(draw_timeline, PLAN)
    actual = bars(figure, "actual")
    # Préparation: 01/09 to 16/09, 16 days, finished: blue. Shadowing: 21/10 to today
    # (24/11), 35 days, still running past its end: red.
    assert actual == [(num(D(2026, 9, 1)), 16, "#1f5fae"), (num(D(2026, 10, 21)), 35, "#c62828")]
    # Documentation never started: its 4 days past 20/11 are hatched from 21/11.
    (overrun,) = [p for p in by_gid(figure, "overrun") if hasattr(p, "get_width")]
    assert (overrun.get_x(), overrun.get_width()) == (num(D(2026, 11, 21)), 4)
    assert texts(by_gid(figure, "slip")) == ["+2\u202fj", "+22\u202fj", "+4\u202fj"]


def test_today_and_signed_pvs_are_marked() -> None:
    figure = drawn(draw_timeline, PLAN)
    (today,) = by_gid(figure, "today")
    assert list(today.get_xdata()) == [num(TODAY)] * 2
    assert texts(by_gid(figure, "today_label")) == ["Aujourd'hui"]
    (pv,) = by_gid(figure, "pv")
    assert [tuple(point) for point in pv.get_offsets()] == [(num(D(2026, 9, 18)) + 0.5, 0)]


def test_rows_are_the_phases_late_ones_in_red_with_french_months() -> None:
    figure = drawn(draw_timeline, PLAN)
    (ax,) = figure.axes
    labels = ax.get_yticklabels()
    assert texts(labels) == ["Préparation", "Shadowing", "Documentation", "Bascule",
                             "Recette / PV"]
    assert [to_hex(label.get_color()) for label in labels[1:3]] == ["#c62828", "#c62828"]
    months = texts(ax.get_xticklabels())
    assert months[0] == "sept.\n2026" and "déc." in months  # the year under the first month
    legend = texts(figure.legends[0].get_texts())
    assert legend == ["Prévu", "Réalisé", "En retard", "PV signé", "Aujourd'hui"]


def test_a_phase_twice_is_named_by_its_titles() -> None:
    data = Timeline(TODAY, (
        row(P.DOCUMENTATION, D(2027, 1, 4), D(2027, 1, 8), title="Dossier d'exploitation"),
        row(P.DOCUMENTATION, D(2027, 1, 11), D(2027, 1, 15),
            title="Procédures de sauvegarde et de restauration des bases"),
    ))
    figure = drawn(draw_timeline, data)
    assert texts(figure.axes[0].get_yticklabels()) == [
        "Dossier d'exploitation", "Procédures de sauvegarde…"]
    assert texts(figure.axes[0].get_xticklabels())[0].endswith("\n2026")  # weeks: dd/mm


def test_an_empty_plan_says_so() -> None:
    assert is_no_data(drawn(draw_timeline, Timeline(TODAY, ())))


def test_the_png_for_the_minutes_keeps_a_height_per_milestone() -> None:
    image = Image.open(io.BytesIO(timeline_png(PLAN)))
    width, height = timeline_size(5)
    assert image.format == "PNG" and image.size == (round(width * 100), round(height * 100))
    assert len(image.convert("RGB").getcolors(maxcolors=1_000_000)) > 20
    assert timeline_size(12)[1] > timeline_size(5)[1] > timeline_size(1)[1] == timeline_size(3)[1]
