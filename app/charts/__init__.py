"""Charts as pure drawing functions over a matplotlib `Figure`; no Qt, no pyplot.

matplotlib is heavy: nothing here imports it at module level. `prepare()` points its cache
at Vigie's data directory before the first import; `render_png` draws a chart function to
PNG bytes for the Word minutes (and the tests), with the same code the screen uses.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from typing import Any

#: The size a chart is drawn at when it is not on screen (inches at `DPI`): ~500 x 280 px.
PNG_SIZE = (5.0, 2.8)
DPI = 100


def prepare() -> None:
    """Give matplotlib a writable cache folder of Vigie's own (before it is first imported)."""
    if "MPLCONFIGDIR" in os.environ:
        return
    from app.storage.paths import data_dir

    folder = data_dir() / "cache" / "matplotlib"
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["MPLCONFIGDIR"] = str(folder)


def render_png(
    draw: Callable[..., None],
    data: Any,
    *,
    size: tuple[float, float] = PNG_SIZE,
    dpi: int = DPI,
    **options: Any,
) -> bytes:
    """Draw `draw(figure, data, **options)` on an off-screen figure and return the PNG."""
    prepare()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(figure)
    draw(figure, data, **options)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
