"""The archive's curated names, looked for as they are written (``CuratedNames``).

A curator's confirmed entity is found in every document, now and in later ingests: the
recogniser looks for its names here beside the model's candidates, and
:func:`palimpsest.linking.name_occurrences` looks for them in the documents stored before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.gazetteers import name_key
from palimpsest.enrich.entities.name_keys import is_acronym


class CuratedNames:
    """Curated names (and their types) looked for as they are written, so that lower-case
    words (Confédération générale du travail) and acronyms are found wherever they stand:
    acronyms with their capitals, other names with case and accents folded."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        pairs = list(pairs)
        self.types = {name_key(n): t for n, t in pairs}
        self._exact = _alternation([n for n, _ in pairs if is_acronym(n)])
        self._folded = _alternation([fold(n) for n, _ in pairs if not is_acronym(n)])

    def __bool__(self) -> bool:
        return self._exact is not None or self._folded is not None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, type) of every curated name in ``text``, in order; they may overlap."""
        found: list[tuple[int, int]] = []
        for rx, hay in ((self._exact, text), (self._folded, fold(text))):
            if rx is not None:
                found += [(m.start(), m.end()) for m in rx.finditer(hay)]
        out = []
        for start, end in sorted(found):
            typ = self.types.get(name_key(text[start:end]))
            if typ is not None:
                out.append((start, end, typ))
        return out


def _alternation(names: list[str]) -> re.Pattern[str] | None:
    names = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
