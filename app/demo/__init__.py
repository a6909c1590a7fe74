"""The demo client file builder: above storage and services, it creates files.

`generate(path)` writes a realistic, deterministic client file (see `app.demo.builder`).
"""

from app.demo.builder import MEASUREMENTS_PER_COPY, count_rows, generate, scale_for

__all__ = ["MEASUREMENTS_PER_COPY", "count_rows", "generate", "scale_for"]
