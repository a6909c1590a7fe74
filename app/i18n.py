"""Translation hook for the Qt-free layers.

The core (storage, services, exports) must not import Qt, yet its messages reach the user.
Its French source strings go through `tr(context, text)`, which is the identity until the
GUI installs Qt's translator with `install(QCoreApplication.translate)`.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda _context, text: text  # noqa: E731


def tr(context: str, text: str) -> str:
    """Translate `text` in `context` with the installed translator."""
    return _translate(context, text)


def install(translate: Callable[[str, str], str]) -> None:
    """Route `tr` through `translate` (the GUI passes QCoreApplication.translate)."""
    global _translate
    _translate = translate
