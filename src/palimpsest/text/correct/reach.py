"""Candidates three edits away, for long words that read like no word at all.

SymSpell lookup (:meth:`~palimpsest.text.correct.lm.LanguageModel.near`) reaches two
edits; a badly printed long word is often three from what was printed (``reaclhing``,
``vwhiteivash``, ``Pieasury``). Searching three edits out for every unknown word would
propose too many rivals to words that are right, and cost too much; so only a word of
:data:`MIN_LETTERS` or more that :class:`~palimpsest.text.correct.shapes.WordShapes`
finds unlike any word of the language (:data:`MAX_SURPRISE`) is looked up, among the
language's commonest words. A 27-bit mask of each word's letters narrows the search
(three edits change at most a few of them) before the edit distances are counted.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

__all__ = ["MAX_SURPRISE", "MIN_LETTERS", "FarCandidates"]

MIN_LETTERS = 7
MAX_SURPRISE = -8.0  # nats below a typical word of its length (see WordShapes.surprise)
MAX_EDITS = 3
MAX_FOUND = 8  # the nearest, for the context to weigh
_MASK_SLACK = 4  # letters the two words' letter sets may differ by (of up to 6)


def _mask(word: str) -> int:
    m = 0
    for ch in word:
        k = ord(ch) - 97
        m |= 1 << (k if 0 <= k < 26 else 26)  # a-z, and one bit for any other letter
    return m


class FarCandidates:
    """Words of ``vocabulary`` within :data:`MAX_EDITS` edits of a query."""

    def __init__(self, vocabulary: Sequence[str]) -> None:
        words = sorted(vocabulary, key=len)
        self.words = np.array(words, dtype=object)  # picked by index arrays, in C
        self.lengths = np.array([len(w) for w in words])
        self.masks = np.array([_mask(w) for w in words], dtype=np.uint32)

    def __call__(self, word: str) -> list[str]:
        lo, hi = np.searchsorted(self.lengths, [len(word) - MAX_EDITS, len(word) + MAX_EDITS + 1])
        differ = np.bitwise_count(self.masks[lo:hi] ^ np.uint32(_mask(word)))
        pool = self.words[lo:hi][differ <= _MASK_SLACK]
        found = process.extract(word, pool, scorer=Levenshtein.distance,
                                score_cutoff=MAX_EDITS, limit=MAX_FOUND)
        return [w for w, _d, _i in found]
