"""How much a string reads like a word of its language: a character 4-gram model.

The corrector gave every unknown word one prior, yet an unknown word is a name, an
older spelling, or an OCR error, and its letters tell which: ``Mariátegui`` and
``Hibbert`` read like words of the language, ``cmorniink`` and ``vwhiteivash`` do not.
:class:`WordShapes` is a Witten-Bell smoothed character 4-gram model over the language
model's vocabulary, each word counted once (it models the shapes of words, not their
frequency in text). :meth:`WordShapes.surprise` is a word's log-probability against
that of a typical vocabulary word of its length: near 0 for a plausible word, -15 for
OCR garbage.

Built from the shipped vocabulary alone (``python -m palimpsest.text.correct.build
shapes``) and kept as ``shapes-<lang>.npz``: its n-gram counts and the typical
log-probability of a character.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np

__all__ = ["WordShapes"]

ORDER = 4
_START, _END = "\x02", "\x03"
_PAD = _START * (ORDER - 1)
_FLOOR = 1.0 / 64  # the probability of a character never seen at all
_KEPT_WORDS = 50_000  # surprises kept before the cache starts afresh
_SAMPLE = 4000  # vocabulary words whose mean log-probability a character is typical


class WordShapes:
    """Character n-gram probabilities of the words of one language."""

    def __init__(
        self, grams: Mapping[str, int], typical: float = 0.0,
        histories: Mapping[str, tuple[int, int]] | None = None,
    ) -> None:
        self._grams = dict(grams)
        if histories is None:  # history -> (its count, how many characters follow it)
            totals: Counter[str] = Counter()
            types: Counter[str] = Counter()
            for g, n in self._grams.items():
                totals[g[:-1]] += n
                types[g[:-1]] += 1
            histories = {h: (n, types[h]) for h, n in totals.items()}
        self._histories = dict(histories)
        self.typical = typical  # mean natural log-probability of a character (and end)
        self._seen: dict[str, float] = {}  # history + character -> its log-probability
        self._surprises: dict[str, float] = {}  # word -> surprise, see surprise()

    @classmethod
    def from_words(cls, words: Iterable[str]) -> WordShapes:
        """The model of ``words`` (those of letters only, each once)."""
        vocab = sorted({w for w in words if w.isalpha()})
        grams: Counter[str] = Counter()
        for w in vocab:
            s = _PAD + w + _END
            grams.update(s[i - k:i + 1] for i in range(ORDER - 1, len(s)) for k in range(ORDER))
        model = cls(grams)
        sample = vocab[:: max(1, len(vocab) // _SAMPLE)]
        model.typical = sum(map(model.logp, sample)) / max(1, sum(len(w) + 1 for w in sample))
        return model

    @classmethod
    def load(cls, path: Path) -> WordShapes:
        with np.load(path) as z:
            keys = z["grams"].tobytes().decode("utf-8").split("\n")
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
            histories = z["histories"].tobytes().decode("utf-8").split("\n")
            model = cls(dict(zip(keys, z["counts"].tolist(), strict=True)), meta["typical"],
                        dict(zip(histories, map(tuple, z["history_counts"].tolist()),
                                 strict=True)))
            windows = [k for k in keys if len(k) == ORDER]
            model._seen.update(zip(windows, z["window_logp"].tolist(), strict=True))
        return model

    def save(self, path: Path) -> Path:
        """Write the counts, and the log-probability of every window of ``ORDER``
        characters seen (what a lookup mostly needs: no smoothing to redo at load)."""
        keys = sorted(self._grams)
        windows = [k for k in keys if len(k) == ORDER]
        histories = sorted(self._histories)
        meta = json.dumps({"order": ORDER, "typical": self.typical})
        with path.open("wb") as f:
            np.savez_compressed(
                f, grams=np.frombuffer("\n".join(keys).encode("utf-8"), dtype=np.uint8),
                counts=np.array([self._grams[k] for k in keys], dtype=np.uint32),
                window_logp=np.array([math.log(self._interpolated(w[:-1], w[-1]))
                                      for w in windows], dtype=np.float64),
                histories=np.frombuffer("\n".join(histories).encode("utf-8"), dtype=np.uint8),
                history_counts=np.array([self._histories[h] for h in histories],
                                        dtype=np.uint32),
                meta=np.frombuffer(meta.encode("utf-8"), dtype=np.uint8),
            )
        return path

    def _interpolated(self, history: str, ch: str) -> float:
        p = _FLOOR
        for k in range(len(history) + 1):  # no history first, then longer ones
            h = history[len(history) - k:]
            counts = self._histories.get(h)
            if counts is None:
                break
            total, types = counts
            p = (self._grams.get(h + ch, 0) + types * p) / (total + types)
        return p

    def logp(self, word: str) -> float:
        """Natural log-probability of ``word`` (lowercase letters) and its end."""
        s = _PAD + word + _END
        seen = self._seen
        total = 0.0
        for i in range(ORDER, len(s) + 1):
            window = s[i - ORDER:i]  # a character and its history
            lp = seen.get(window)
            if lp is None:
                lp = seen[window] = math.log(self._interpolated(window[:-1], window[-1]))
            total += lp
        return total

    def surprise(self, word: str) -> float:
        """``word``'s log-probability less a typical word's of its length (negative: less
        word-like). A possessive ``'s`` and apostrophes are left out. Kept per word: the
        corrector asks it of one word for its prior and again for its candidates."""
        found = self._surprises.get(word)
        if found is None:
            core = word[:-2] if word.endswith(("'s", "’s")) else word
            core = core.replace("'", "").replace("’", "")
            found = self.logp(core) - self.typical * (len(core) + 1)
            if len(self._surprises) >= _KEPT_WORDS:
                self._surprises.clear()
            self._surprises[word] = found
        return found
