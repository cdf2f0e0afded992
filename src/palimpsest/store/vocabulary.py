"""Near spellings of a word among the terms an index holds: OCR-damage tolerance.

The terms load lazily, once, the first time a fuzzy term is looked up (a store
reloads them after documents are added), grouped by length so that a lookup
compares the word only with terms that could be within reach.

OCR damages long words more than one edit at a time (``ricliardaon``), so the reach
grows with the word's length. Common words of the archive's languages are never
offered as variants: ``times`` in a text is the word *times*, not a misreading of
*hides*, and letting it in buries the one document where OCR really did misread
the query word (``bench/findability.py`` measures this). OCR also breaks words in two
(``respecta ely``) and runs words together (``waswearing``): a word is also looked for
as two adjacent terms whose join is within reach (a phrase), and inside terms that hold
it between common words.
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


SPLITS = 5  # split readings offered beside the near terms
MIN_PART = 2  # the shortest part of a split word
MERGES = 5  # merged readings offered beside the near terms
MIN_MERGED = 5  # the shortest word looked for inside merged terms
MERGED_LETTERS = 12  # the most letters of common words run together with a word
MAX_COMMON = 12  # letters of the longest common word looked for in a merged term


class Vocabulary:
    """The index's terms, for fuzzy lookup; ``common`` holds (folded) common words of
    the archive's languages, which are never variants of another word; ``known`` the
    words of their dictionaries, variants less likely to be a misreading than others."""

    def __init__(
        self,
        load: Callable[[], list[tuple[str, int]]],
        limit: int = 20,
        common: Collection[str] = frozenset(),
        known: Collection[str] = frozenset(),
    ) -> None:
        self._load = load
        self._by_length: dict[int, tuple[list[str], np.ndarray]] | None = None
        self._docs: dict[str, int] = {}
        self.limit = limit
        self.common = common
        self.known = known

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
        most common; common words of the archive's languages left out. Then a few
        pairs of terms that join to within reach of the word, as phrases (``"a b"``), and
        a few terms that hold it run together with common words."""
        word = fold(word)
        d = max_distance(word)
        if d == 0:
            return []
        found = [(dist, -self._docs[t], t) for t, dist in self._within(word, d)
                 if t != word and t not in self.common]
        near = [t for _, _, t in sorted(found)[: self.limit]]
        return near + self._splits(word, d) + self._merges(word)

    def misreadings(self, variants: list[str]) -> list[str]:
        """The ``variants`` (from :meth:`near`) that are no word of the dictionaries:
        ``hcaring`` is a misread *hearing*; ``bearing`` is more likely the word itself."""
        return [t for t in variants if t not in self.known]

    def _within(self, word: str, d: int) -> list[tuple[str, int]]:
        """(term, distance) for the terms within ``d`` edits of ``word``."""
        index = self._index()
        mask = np.uint32(letter_mask(word))
        out: list[tuple[str, int]] = []
        for length in range(len(word) - d, len(word) + d + 1):
            if length not in index:
                continue
            terms, masks = index[length]
            # an edit adds or removes at most two letters of the word's set of letters
            near_masks = np.flatnonzero(np.bitwise_count(masks ^ mask) <= 2 * d)
            candidates = [terms[i] for i in near_masks.tolist()]
            out += [(term, int(dist)) for term, dist, _ in extract(
                word, candidates, scorer=Levenshtein.distance, score_cutoff=d, limit=None)]
        return out

    def _splits(self, word: str, d: int) -> list[str]:
        """``"a b"`` for adjacent-looking terms a, b whose join is within ``d`` of ``word``
        (the OCR broke it in two: ``respecta ely``), at least one of them no common word."""
        found: list[tuple[int, int, str]] = []
        for k in range(MIN_PART, len(word) - MIN_PART + 1):
            head, tail = word[:k], word[k:]
            heads = self._part(head)
            tails = self._part(tail) if heads else []
            for a in heads:
                for b in tails:
                    if a in self.common and b in self.common:
                        continue
                    dist = Levenshtein.distance(a + b, word, score_cutoff=d)
                    if dist <= d:
                        found.append((dist, -min(self._docs[a], self._docs[b]), f"{a} {b}"))
        found.sort()
        return list(dict.fromkeys(t for _, _, t in found))[:SPLITS]

    def _merges(self, word: str) -> list[str]:
        """Terms that hold ``word`` run together with common words (``waswearing``,
        ``isnotsurprising``: the OCR lost the spaces), the fewest extra letters first."""
        if len(word) < MIN_MERGED:  # short words hide in too many merged terms
            return []
        index = self._index()
        mask = np.uint32(letter_mask(word))
        found: list[tuple[int, int, str]] = []
        for length in range(len(word) + 2, len(word) + MERGED_LETTERS + 1):
            if length not in index:
                continue
            terms, masks = index[length]
            for i in np.flatnonzero((masks & mask) == mask).tolist():
                term = terms[i]
                at = term.find(word)
                if at >= 0 and self._common_run(term[:at]) and self._common_run(
                        term[at + len(word):]):
                    found.append((length, -self._docs[term], term))
        return [t for _, _, t in sorted(found)[:MERGES]]

    def _common_run(self, letters: str) -> bool:
        """Whether ``letters`` are common words run together (or nothing)."""
        ends = {0}
        for i in range(1, len(letters) + 1):
            if any(i - j > 1 and letters[j:i] in self.common for j in ends if i - j <= MAX_COMMON):
                ends.add(i)
        return len(letters) in ends

    def _part(self, part: str) -> list[str]:
        """Terms that could be ``part`` of a split word: itself, or one edit off when long."""
        if len(part) < 4:
            return [part] if part in self._docs else []
        return [t for t, _ in self._within(part, 1)]


def letter_mask(word: str) -> int:
    """The set of a word's letters as bits: a-z one each, anything else in six shared bits."""
    m = 0
    for c in word:
        k = ord(c) - 97
        m |= 1 << (k if 0 <= k < 26 else 26 + ord(c) % 6)
    return m
