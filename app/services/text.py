"""Text as a French user searches and sorts it: accents and case ignored, numbers by value."""

from __future__ import annotations

import re
import unicodedata

#: Combining marks (accents, cedillas…) left apart by Unicode decomposition.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_NUMBER = re.compile(r"\d+")


def fold(text: str) -> str:
    """Lower case without accents, for finding "Société" by typing "societe"."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _MARKS.sub("", unicodedata.normalize("NFKD", folded))


def natural_key(text: str) -> str:
    """Folded text whose numbers sort by value ("Lot 9" before "Lot 10")."""
    return _NUMBER.sub(lambda found: found.group().zfill(12), fold(text))


def search_words(text: str) -> list[str]:
    """The folded words of a search, each of which a row must contain."""
    return fold(text).split()
