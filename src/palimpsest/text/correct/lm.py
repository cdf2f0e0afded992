"""A compact word n-gram language model: unigram log-probabilities and bigram counts.

Loaded from ``lm-<lang>.npz`` (see :mod:`palimpsest.text.correct.build`). Bigrams use
stupid backoff: ``P(w | v) = c(v, w) / c(v)`` when the pair was seen, else
``0.4 * P(w)``. Words are lowercased; unknown words get ``OOV_LOGP``.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract

__all__ = [
    "BIGRAM_SHIFT", "MAX_NEAR_LEN", "OOV_LOGP", "WORD_RE", "LanguageModel", "common_words",
    "deletes",
]

BIGRAM_SHIFT = 20  # bigram key = id(v) << 20 | id(w): up to ~1M words
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
OOV_LOGP = math.log(1e-8)
_BACKOFF = math.log(0.4)


MAX_NEAR_LEN = 16
COMMON_LOGP = -10.0  # about the 2,000 commonest words of a language


@cache
def common_words(lang: str, min_logp: float = COMMON_LOGP) -> frozenset[str]:
    """The words of ``lang``'s model more probable than ``min_logp``, read without the
    rest of the model (fast enough for a search to ask); empty for a language without one."""
    return frozenset(word_logps(lang, min_logp))


@cache
def word_logps(lang: str, min_logp: float = COMMON_LOGP) -> dict[str, float]:
    """``word → log P`` for the words of ``lang``'s model more probable than ``min_logp``,
    read without the rest of the model (~0.1 s for German's 91,000 above -15); empty for
    a language without one. Shared: do not change it."""
    path = Path(str(resources.files("palimpsest") / "data" / f"lm-{lang}.npz"))
    if not path.is_file():
        return {}
    with np.load(path) as z:
        words = z["vocab"].tobytes().decode("utf-8").split("\n")
        logp = z["logp"].tolist()
    return {w: p for w, p in zip(words, logp, strict=True) if p > min_logp}


def deletes(word: str, depth: int = 2) -> set[str]:
    """``word`` and every string 1..``depth`` character deletions away from it."""
    out = {word}
    edge = {word}
    for _ in range(depth):
        edge = {w[:i] + w[i + 1 :] for w in edge for i in range(len(w))}
        out |= edge
    return out


class LanguageModel:
    """Vocabulary, unigram log-probabilities and bigram counts of one language."""

    def __init__(
        self,
        words: list[str],
        logp: np.ndarray,
        count: np.ndarray,
        bigram_keys: np.ndarray,
        bigram_count: np.ndarray,
        lang: str = "",
        near_hash: np.ndarray | None = None,
        near_id: np.ndarray | None = None,
    ) -> None:
        self._near_hash = near_hash if near_hash is not None else np.zeros(0, np.int64)
        self._near_id = near_id if near_id is not None else np.zeros(0, np.uint16)
        self.lang = lang
        self.words = words
        self.ids: dict[str, int] = {w: i for i, w in enumerate(words)}
        self.logp: list[float] = logp.tolist()
        self.count: list[int] = count.tolist()
        self.bigrams: dict[int, int] = dict(
            zip(bigram_keys.tolist(), bigram_count.tolist(), strict=True)
        )
        freq: dict[str, int] = {}
        for w in words[:20_000]:
            for c in set(w):
                freq[c] = freq.get(c, 0) + 1
        self.alphabet = "".join(sorted(c for c, n in freq.items() if n >= 100 and c.isalpha()))

    @classmethod
    def load(cls, path: Path) -> LanguageModel:
        with np.load(path) as z:
            words = z["vocab"].tobytes().decode("utf-8").split("\n")
            keys = np.cumsum(z["bigram_delta"].astype(np.int64))
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
            near = np.cumsum(z["near_delta"].astype(np.int64))  # int64: no cast per lookup
            return cls(words, z["logp"], z["count"], keys, z["bigram_count"], meta["lang"],
                       near, z["near_id"])  # fmt: skip

    def near(self, word: str, max_dist: int = 2) -> list[str]:
        """Frequent words within ``max_dist`` edits of ``word`` (SymSpell lookup), nearest
        first."""
        if not 2 <= len(word) <= MAX_NEAR_LEN or not self._near_hash.size:
            return []
        q = np.fromiter((zlib.crc32(d.encode()) for d in deletes(word, max_dist)), np.int64)
        bounds = np.searchsorted(self._near_hash, np.concatenate([q, q + 1])).tolist()
        n = q.size
        ids = self._near_id
        found: set[int] = set()
        for a, b in zip(bounds[:n], bounds[n:], strict=True):
            if b > a:
                found.update(ids[a:b].tolist())
        words = self.words
        return [w for w, _, _ in extract(word, [words[i] for i in found],
                                         scorer=Levenshtein.distance, score_cutoff=max_dist,
                                         limit=None)]

    def __contains__(self, word: str) -> bool:
        return word in self.ids

    def unigram(self, word: str) -> float:
        """log P(word), ``OOV_LOGP`` when unknown."""
        i = self.ids.get(word)
        return OOV_LOGP if i is None else self.logp[i]

    def has_bigram(self, prev: str, word: str) -> bool:
        """Whether the corpus holds ``prev word`` (seen at least twice)."""
        i, j = self.ids.get(word), self.ids.get(prev)
        return i is not None and j is not None and (j << BIGRAM_SHIFT) | i in self.bigrams

    def bigram(self, prev: str | None, word: str) -> float:
        """log P(word | prev) with stupid backoff (``prev=None``: the unigram)."""
        i = self.ids.get(word)
        if i is None:
            return OOV_LOGP
        if prev is not None:
            j = self.ids.get(prev)
            if j is not None:
                c = self.bigrams.get((j << BIGRAM_SHIFT) | i)
                if c:
                    return math.log(c / max(self.count[j], c))
        return _BACKOFF + self.logp[i] if prev is not None else self.logp[i]
