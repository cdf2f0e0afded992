"""The OCR channel: how likely the OCR is to print ``observed`` when the page says ``intended``.

Learned from aligned (OCR, ground truth) text (:func:`learn_channel`): words are
aligned, then the characters of each misread word; every maximal stretch of changed
characters (at most 3 on either side) is a *segment* ``intended -> observed`` such as
``m -> rn``, ``h -> li``, ``c -> e``, ``s -> f`` (long s), ``e -> ""``. A segment's
probability is its count over the count of its intended string in the ground truth;
unchanged characters cost ``log(1 - error rate)``. Word breaks are two more events: a
space the OCR dropped (``split``) and one it added (``merge``).

:class:`Channel` scores a candidate (``log P(observed | intended)``) from a fast
character alignment, and proposes candidates by undoing learned segments.
"""

from __future__ import annotations

import copy
import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

from palimpsest.text.correct.tokens import GUILLEMETS

__all__ = ["Channel", "learn_channel"]

MAX_SEG = 3
_STRIP = "\"'.,;:!?()[]{}«»„“”‘’‚*-—–_~|/\\<>"
_DEFAULT = math.log(2e-4)  # a change no data speaks for, per character
ACCENT_LOGP = math.log(2e-2)
_ACCENTS = [(c, base) for base, marked in (("a", "àâäá"), ("e", "éèêë"), ("i", "îïí"), ("o", "ôöó"),
            ("u", "ùûüú"), ("c", "ç"), ("n", "ñ")) for c in marked]  # fmt: skip
# Marked letters the OCR reads as two (Compafieros, Perii, fiir): meant, read. The English
# training data has no marked letters, so none of these could be learned from it.
_SPLIT_MARKS = [("ñ", "fi"), ("ñ", "ii"), ("ñ", "fl"), ("ú", "ii"), ("ü", "ii"), ("ü", "li")]
# A guillemet glued to an English word is a misread letter or a speck (the tokenizer keeps
# it in the word in English only): ``»as`` was, ``ha«`` has, ``th«`` the, ``the»`` the.
_GUILLEMET_READINGS = [(a, m) for m in GUILLEMETS for a in ("s", "w", "e", "a", "")]


def _core(tok: str) -> str:
    return tok.strip(_STRIP).lower()


def segments(intended: str, observed: str) -> Iterator[tuple[str, str]]:
    """The maximal changed stretches of an alignment of ``intended`` to ``observed``."""
    gi = -1
    g0 = o0 = 0
    for op in Levenshtein.opcodes(intended, observed):
        if op.tag == "equal":
            if gi >= 0:
                yield intended[g0 : op.src_start], observed[o0 : op.dest_start]
                gi = -1
            continue
        if gi < 0:
            gi, g0, o0 = 1, op.src_start, op.dest_start
    if gi >= 0:
        yield intended[g0:], observed[o0:]


SHORT_MISREAD = 0.6  # see learn_channel
MIN_DROP = 0.2  # a lone letter is kept as a possible speck when read as one this often


def _glued(read: str, meant: str) -> bool:
    """Whether ``read`` is ``meant`` with another word run onto it (``tothe`` for ``to
    the``): the word alignment pairs it with one of the two words, but it is a split."""
    return len(read) - len(meant) >= 2 and (read.startswith(meant) or read.endswith(meant))


def learn_channel(
    pairs: Iterable[tuple[str, str]], *, min_count: int = 2, lang: str = "en",
    trained_on: str = "BLN600 data_train.csv",
) -> dict[str, Any]:
    """Learn the channel from ``(ocr, truth)`` text pairs in ``lang``; a JSON-able model."""
    seg: Counter[tuple[str, str]] = Counter()
    grams: Counter[str] = Counter()
    chars = changed = positions = spaces = 0
    splits = merges = 0
    seen: Counter[str] = Counter()  # OCR words (lowercase cores) as read
    misread: Counter[tuple[str, str]] = Counter()  # (read, meant) for whole words
    lone: Counter[str] = Counter()  # lone lowercase letters as read
    dropped: Counter[str] = Counter()  # ... that stand for nothing in the truth
    for ocr, truth in pairs:
        o, g = ocr.split(), truth.split()
        spaces += len(g)
        for op in Levenshtein.opcodes(o, g):
            n, m = op.src_end - op.src_start, op.dest_end - op.dest_start
            ows, gws = o[op.src_start : op.src_end], g[op.dest_start : op.dest_end]
            for ow in ows:
                if len(ow) == 1 and ow.islower():
                    lone[ow] += 1
                    dropped[ow] += op.tag == "delete"
            if op.tag == "equal" or (op.tag == "replace" and n == m):
                for ow, gw in zip(ows, gws, strict=True):
                    oc, gc = _core(ow), _core(gw)
                    seen[oc] += 1
                    if not gc:
                        continue
                    if (
                        oc != gc
                        and oc.isalpha()
                        and gc.isalpha()
                        and Levenshtein.distance(oc, gc, score_cutoff=2) <= 2
                        and not _glued(oc, gc)
                    ):
                        misread[oc, gc] += 1
                    chars += len(gc)
                    positions += len(gc) + 1
                    for k in range(1, MAX_SEG + 1):
                        grams.update(gc[i : i + k] for i in range(len(gc) - k + 1))
                    if oc != gc and oc and Levenshtein.normalized_distance(oc, gc) <= 0.5:
                        for a, b in segments(gc, oc):
                            changed += max(len(a), 1)
                            if len(a) <= MAX_SEG and len(b) <= MAX_SEG:
                                seg[a, b] += 1
        for a, b in segments(" ".join(g), " ".join(o)):
            splits += a == " " and b == ""  # the OCR ran two words together
            merges += a == "" and b == " "  # the OCR broke a word
    rules = {}
    for (a, b), c in seg.items():
        if c < min_count:
            continue
        denom = grams[a] if a else positions
        if denom >= 20 and (a.isalpha() or not a) and (b or len(a) == 1):
            rules[f"{a}\t{b}"] = round(math.log(min(0.5, c / denom)), 3)
    words: dict[str, dict[str, float]] = {}
    for (oc, gc), c in misread.items():
        p = c / (seen[oc] + 2)  # smoothed: a word never seen right is still not sure
        # two edits in a word of two letters (lie for he, ott for on) only when the
        # reading is mostly wrong: every "its" or "air" would be checked for "in", "mr"
        short = Levenshtein.distance(oc, gc) >= len(gc)
        if c >= min_count + 1 and (not short or p >= SHORT_MISREAD):
            words.setdefault(oc, {})[gc] = round(math.log(p), 3)
    # a lone letter that mostly stands for nothing: a speck or the end of a broken word
    drops = {
        w: round(math.log(c / (lone[w] + 2)), 3)
        for w, c in dropped.items()
        if c >= min_count + 1 and c / (lone[w] + 2) >= MIN_DROP
    }
    return {
        "words": words,
        "drops": drops,
        "keep": round(math.log(1 - changed / max(chars, 1)), 5),
        "split": round(math.log(max(splits, 1) / max(spaces, 1)), 3),
        "merge": round(math.log(max(merges, 1) / max(spaces, 1)), 3),
        "default": _DEFAULT,
        "rules": rules,
        "lang": lang,
        "trained_on": trained_on,
    }


class Channel:
    """``log P(observed | intended)`` and candidate proposals from a learned model."""

    def __init__(self, model: dict[str, Any]) -> None:
        self.keep: float = model["keep"]
        self.split: float = model["split"]
        self.merge: float = model["merge"]
        self.default: float = model["default"]
        self.rules: dict[tuple[str, str], float] = {}
        self.undo: dict[str, list[tuple[str, float]]] = {}
        rules = dict(model["rules"])
        for a, b in _ACCENTS:  # a mark lost or misread either way: not in English data
            for key in (f"{a}\t{b}", f"{b}\t{a}"):
                rules.setdefault(key, ACCENT_LOGP)
        for a, b in _SPLIT_MARKS + _GUILLEMET_READINGS:
            rules.setdefault(f"{a}\t{b}", ACCENT_LOGP)
        for key, lp in rules.items():
            a, b = key.split("\t")
            self.rules[a, b] = lp
            self.undo.setdefault(b, []).append((a, lp))
        for b, lst in self.undo.items():
            lst.sort(key=lambda x: -x[1])
            del lst[6 if b else 4 :]  # the likeliest readings of each observed segment
        self._cache: dict[tuple[str, str], float] = {}
        # whole words the OCR read as another word: read -> {meant: log P(meant | read)}
        self.words: dict[str, dict[str, float]] = model.get("words", {})
        # lone lowercase letters the OCR read from specks: letter -> log P(nothing | read)
        self.drops: dict[str, float] = model.get("drops", {})
        # the language of the text it was learned from: its whole-word misreadings and
        # specks are that language's words
        self.lang: str = model.get("lang", "en")
        # marks glued to words that the OCR read from letters (:mod:`.marks`)
        self.marks: dict[str, dict[str, dict[str, float]]] = model.get("marks", {})

    @classmethod
    def load(cls, path: Path) -> Channel:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def with_rules(self, rules: dict[tuple[str, str], float]) -> Channel:
        """A copy with ``rules`` (``(intended, observed) -> log P``) set; this one is
        unchanged (the loaded channel is shared)."""
        new = copy.copy(self)
        new.rules = {**self.rules, **rules}
        new.undo = dict(self.undo)
        for (a, b), lp in rules.items():
            lst = [x for x in new.undo.get(b, []) if x[0] != a] + [(a, lp)]
            lst.sort(key=lambda x: -x[1])
            new.undo[b] = lst[: 6 if b else 4]
        new._cache = {}
        return new

    def _segment(self, a: str, b: str) -> float:
        lp = self.rules.get((a, b))
        if lp is not None:
            return lp
        if len(a) == len(b) and len(a) > 1:  # piecewise substitutions
            pairs = zip(a, b, strict=True)
            return sum(self._segment(x, y) if x != y else self.keep for x, y in pairs)
        return self.default * max(len(a), len(b), 1)

    def logp(self, observed: str, intended: str) -> float:
        """log P(observed | intended), both lowercase."""
        key = (observed, intended)
        got = self._cache.get(key)
        if got is not None:
            return got
        total = 0.0
        same = len(intended)
        for a, b in segments(intended, observed):
            same -= len(a)
            total += self._segment(a, b)
        total += same * self.keep
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = total
        return total

    def proposals(self, observed: str, *, min_logp: float = -9.0) -> set[str]:
        """Strings one learned segment away from ``observed`` (undoing that segment)."""
        out: set[str] = set()
        n = len(observed)
        undo = self.undo
        for i in range(n + 1):
            for k in range(0, MAX_SEG + 1):
                if i + k > n:
                    break
                for a, lp in undo.get(observed[i : i + k], ()):
                    if lp < min_logp:
                        break
                    out.add(observed[:i] + a + observed[i + k :])
        out.discard(observed)
        return out
