"""What a collection teaches: the words it vouches for (names, places, its spellings)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from palimpsest.text.correct.period import period_variant
from palimpsest.text.correct.tokens import word_lows

if TYPE_CHECKING:
    from palimpsest.text.correct.corrector import Corrector

__all__ = ["learn_vocabulary"]


def learn_vocabulary(
    c: Corrector, texts: Iterable[str], *, min_count: int = 3, ratio: float = 0.1
) -> set[str]:
    """See :meth:`Corrector.learn_vocabulary`."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(word_lows(text, elision=c._elision, letter_marks=c._letter_marks))
    ids, words = c.lm.ids, c._words
    out: set[str] = set()
    for w, n in counts.items():
        if n < min_count or len(w) < 3 or (w in ids and w not in words):
            continue
        period = period_variant(w, c.lang, c._frequent) is not None
        if period and w not in words:
            out.add(w)  # againe, souldier: a recurring older spelling
            continue
        if w in words:  # a known misreading (bad, tlie, hee): judged by its target,
            # which must be rarer, or 10x at most as common for an older spelling (hee)
            rivals = [(r, ratio if period else 1.0) for r in words[w]]
        else:  # a rival of the same length (a substitution, the commonest OCR error)
            rivals = [(r, 1.0 if len(r) == len(w) else ratio) for r in c.candidates(w)]
        if all(n >= need * counts.get(r, 0) for r, need in rivals):
            out.add(w)
    return out
