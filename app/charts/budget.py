"""A contract's budget over a year: consumed to date against planned.

`draw_contract_budget(figure, summary)` reads a `BudgetSummary` of
`app.services.invoices` (or anything shaped like it): the invoices consumed, cumulated month
by month (bars), the disputed ones stacked apart (hatched), what was expected to date (a
dashed line) and the year's planned budget (a line named in the margin).
"""

from __future__ import annotations

from itertools import accumulate
from typing import TYPE_CHECKING, Any

from app.charts.dashboard import (
    ACCENT,
    FONT_SIZE,
    MUTED,
    TEXT,
    WARNING,
    _axes,
    _formatter,
    _no_data,
    format_euros,
)
from app.i18n import tr

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_MONTHS = ("J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D")


def draw_contract_budget(figure: Figure, summary: Any) -> None:
    """Cumulated consumption month by month against expected and planned (see the module)."""
    months = list(summary.months)
    planned = summary.figures.planned
    if not planned and not any(m.consumed or m.disputed for m in months):
        _no_data(figure)
        return
    ax = _axes(figure)
    xs = range(len(months))
    # months to come have no bar: what is cumulated stops at the month of `at`
    shown = [n for n, m in enumerate(months) if m.month <= summary.at]
    consumed = list(accumulate(m.consumed for m in months))
    disputed = list(accumulate(m.disputed for m in months))
    ax.bar(shown, [consumed[n] for n in shown], width=0.62, color=ACCENT, zorder=3,
           gid="consumed", label=tr("charts", "Facturé cumulé"))
    if any(disputed[n] for n in shown):
        ax.bar(shown, [disputed[n] for n in shown], bottom=[consumed[n] for n in shown],
               width=0.62, color="white", edgecolor=WARNING, hatch="////", linewidth=0.8,
               zorder=3, gid="disputed", label=tr("charts", "Contesté"))
    ax.plot(xs, [m.expected for m in months], color=TEXT, linestyle=(0, (4, 3)),
            linewidth=1.2, zorder=4, gid="expected", label=tr("charts", "Attendu"))
    if planned:
        ax.axhline(planned, color=MUTED, linewidth=1.2, zorder=2, gid="planned")
        ax.annotate(tr("charts", "Prévu\n{0}").format(format_euros(planned)), xy=(1, planned),
                    xycoords=("axes fraction", "data"), xytext=(4, 0),
                    textcoords="offset points", color=MUTED, fontsize=FONT_SIZE - 0.5,
                    va="center", ha="left", linespacing=1.1, gid="planned_label")
    top = max([planned, *(c + d for c, d in zip(consumed, disputed, strict=True))])
    ax.set_ylim(min(0.0, min(consumed)), top * 1.12 or 1.0)
    ax.set_xlim(-0.6, len(months) - 0.4)
    ax.set_xticks(list(xs), list(_MONTHS[: len(months)]))
    ax.tick_params(axis="x", length=0)
    ax.yaxis.set_major_formatter(_formatter(format_euros))
    # below the axes, never over the bars or the « Prévu » line at the top of a full year
    handles, labels = ax.get_legend_handles_labels()  # the line first, then the bars
    handles, labels = handles[1:] + handles[:1], labels[1:] + labels[:1]
    figure.legend(handles, labels, ncols=len(handles), loc="outside lower center",
                  frameon=False, fontsize=FONT_SIZE - 0.5, handlelength=1.4,
                  columnspacing=1.2)
