"""A text's tokens, as the candidates and their features see them.

Words (with inner apostrophes: ``O'Brien``), French elided articles on their own
(``d'|Italie``) and punctuation, found in one pass over the text; each word's folded form
(:func:`~palimpsest.enrich.chronology.fold`), capital and shape are kept in caches shared
by every text, since the same words come back again and again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import sub

from palimpsest.enrich.chronology import fold

# words (with inner apostrophes: O'Brien, aujourd'hui), French elided articles on their own
# (d'|Italie, l'|Europe, Conseil d'|Etat: the name is the word after them), punctuation
TOKEN = re.compile(r"[dDlL](?<!\w[dDlL])['’](?=\w)|\w+(?:['’](?![sS]\b)\w+)*|[^\w\s]")


# a token with the white space before it; the token is the same as TOKEN's (possessive
# quantifiers: no backtracking, the same matches)
_SPACED_TOKEN = re.compile(
    r"\s*+(?:[dDlL](?<!\w[dDlL])['’](?=\w)|\w++(?:['’](?![sS]\b)\w++)*+|[^\w\s])")


def tokenise(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


@dataclass(frozen=True, slots=True)
class Tokens:
    """A text's tokens as parallel lists: offsets, words, folded words (:func:`fold`),
    and whether each starts with a capital."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    folded: list[str]
    caps: list[bool]

    @classmethod
    def of(cls, text: str) -> Tokens:
        """The tokens of :func:`tokenise`, found in one pass and folded in one call."""
        chunks = _SPACED_TOKEN.findall(text.rstrip())  # no trailing space: no rescans
        words = list(map(str.lstrip, chunks))  # str.lstrip strips what \s matches
        ends = list(accumulate(map(len, chunks)))
        starts = list(map(sub, ends, map(len, words)))
        return cls._build(starts, ends, words)

    @classmethod
    def from_tuples(cls, toks: Sequence[tuple[int, int, str]]) -> Tokens:
        return cls._build([t[0] for t in toks], [t[1] for t in toks], [t[2] for t in toks])

    @classmethod
    def _build(cls, starts: list[int], ends: list[int], words: list[str]) -> Tokens:
        if len(_FOLDED) > CACHE_WORDS:
            _FOLDED.clear()
            _CAPS.clear()
            SHAPES.clear()
        return cls(starts, ends, words, list(map(_FOLDED.__getitem__, words)),
                   list(map(_CAPS.__getitem__, words)))


class _Folded(dict[str, str]):
    """word → :func:`fold` (word), filled as words are met."""

    def __missing__(self, word: str) -> str:
        folded = self[word] = fold(word)
        return folded


class _Caps(dict[str, bool]):
    """word → whether it starts with a capital."""

    def __missing__(self, word: str) -> bool:
        cap = self[word] = word[0].isupper()
        return cap


def _shape(word: str) -> str:
    if word.isupper():
        return "U" if len(word) > 1 else "I"
    if word[0].isupper():
        return "C" if word[1:].islower() or len(word) == 1 else "M"
    return "d" if word[0].isdigit() else "l"


class _Shapes(dict[str, str]):
    """word → :func:`_shape` (word)."""

    def __missing__(self, word: str) -> str:
        shape = self[word] = _shape(word)
        return shape


CACHE_WORDS = 1 << 16  # the caches are emptied when they grow past this many words
_FOLDED = _Folded()
_CAPS = _Caps()
SHAPES = _Shapes()


def folded(word: str) -> str:
    """:func:`fold` of one word, from the cache the tokens share."""
    return _FOLDED[word]
