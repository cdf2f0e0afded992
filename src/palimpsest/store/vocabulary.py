"""Near spellings of a word among the terms an index holds: OCR-damage tolerance.

The terms load lazily, once, the first time a fuzzy term is looked up (a store
reloads them after documents are added), grouped by length so that a lookup
compares the word only with terms that could be within reach.

OCR damages long words more than one edit at a time (``ricliardaon``), so the reach
grows with the word's length. Common words of the archive's languages are never
offered as variants: ``times`` in a text is the word *times*, not a misreading of
*hides*, and letting it in buries the one document where OCR really did misread
the query word (``bench/findability.py`` measures this).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection

import numpy as np
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract


def fold(word: str) -> str:
    """Lowercase without diacritics, as the FTS5 tokenizer indexes words."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )


def max_distance(word: str) -> int:
    """Edits allowed: none for very short words, where anything is one edit away."""
    n = len(word)
    return 0 if n <= 3 else 1 if n == 4 else 2 if n <= 7 else 3


class Vocabulary:
    """The index's terms, for fuzzy lookup; ``common`` holds (folded) common words of
    the archive's languages, which are never variants of another word."""

    def __init__(
        self,
        load: Callable[[], list[tuple[str, int]]],
        limit: int = 10,
        common: Collection[str] = frozenset(),
    ) -> None:
        self._load = load
        self._by_length: dict[int, tuple[list[str], np.ndarray]] | None = None
        self._docs: dict[str, int] = {}
        self.limit = limit
        self.common = common

    def _index(self) -> dict[int, tuple[list[str], np.ndarray]]:
        """Terms by length, each with its letter mask (see :func:`letter_mask`)."""
        if self._by_length is None:
            by_length: dict[int, list[str]] = defaultdict(list)
            for term, docs in self._load():
                by_length[len(term)].append(term)
                self._docs[term] = docs
            self._by_length = {
                n: (terms, np.fromiter(map(letter_mask, terms), np.uint32, len(terms)))
                for n, terms in by_length.items()
            }
        return self._by_length

    def near(self, word: str) -> list[str]:
        """Indexed terms within :func:`max_distance` edits of ``word``, nearest first, then
        most common; common words of the archive's languages left out."""
        word = fold(word)
        d = max_distance(word)
        if d == 0:
            return []
        index = self._index()
        mask = np.uint32(letter_mask(word))
        found: list[tuple[int, int, str]] = []
        for length in range(len(word) - d, len(word) + d + 1):
            if length not in index:
                continue
            terms, masks = index[length]
            # an edit adds or removes at most two letters of the word's set of letters
            near_masks = np.flatnonzero(np.bitwise_count(masks ^ mask) <= 2 * d)
            candidates = [terms[i] for i in near_masks.tolist()]
            for term, dist, _ in extract(
                word, candidates, scorer=Levenshtein.distance, score_cutoff=d, limit=None
            ):
                if term != word and term not in self.common:
                    found.append((dist, -self._docs[term], term))
        return [t for _, _, t in sorted(found)[: self.limit]]


def letter_mask(word: str) -> int:
    """The set of a word's letters as bits: a-z one each, anything else in six shared bits."""
    m = 0
    for c in word:
        k = ord(c) - 97
        m |= 1 << (k if 0 <= k < 26 else 26 + ord(c) % 6)
    return m
