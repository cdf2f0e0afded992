"""Marks glued to a word's edge that the OCR read from a letter.

Tesseract's Spanish reads the *l* of *el*, *del*, *las* as ``!`` or ``¡`` (``de!``,
``¡as``), the *d* of *de* as ``«`` and the *n* of *en* as ``:`` — marks that Spanish
also prints as punctuation (``¡Basta!``, ``«la casa»``, ``dijo:``). So a glued mark is
weighed like a word: read as the letter it most often stands for, the word it makes
and its context against the word as printed with the mark as punctuation, and the rates
come from aligned text (:func:`learn_marks`), side by side: ``:`` ends many words as
punctuation and begins almost none.

A channel that knows no marks (BLN600's) reads none: English keeps its guillemet
readings (:mod:`.channel`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from rapidfuzz.distance import Levenshtein

from palimpsest.text.correct.tokens import Tok

__all__ = [
    "Glued", "MarkContext", "MarkReadings", "add_readings", "could_win", "learn_marks",
    "read_key", "word_after",
]

Side = Literal["lead", "trail"]
MIN_COUNT = 3  # readings seen fewer times are not learned
MAX_MARKS = 2  # the longest run of glued marks weighed (``«¿esde``: two for one letter)
MAX_LETTERS = 2  # the most letters a run of marks is read as
# A run of the languages' punctuation is punctuation at least this often at a word's edge
# (log per word: one word in a thousand): the aligned text a channel learns from may print
# few of them (AnCora's news has no «» and few ¡!), a leaflet many.
PUNCTUATION = "\"'.,;:!?¡¿«»“”‘’()"
PUNCTUATION_FLOOR = math.log(1e-3)


def _is_mark(c: str) -> bool:
    return not c.isalnum() and not c.isspace() and c not in "-–—/"


def _split(word: str) -> tuple[str, str, str]:
    """``(lead marks, core, trail marks)`` of a whitespace-delimited word."""
    i, j = 0, len(word)
    while i < j and _is_mark(word[i]):
        i += 1
    while j > i and _is_mark(word[j - 1]):
        j -= 1
    return word[:i], word[i:j], word[j:]


def learn_marks(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Per side and run of marks: how often the run is punctuation, a speck, or a letter.

    Over ``(ocr, truth)`` pairs aligned word by word: a run of marks glued to an OCR word
    is *punctuation* when the truth word has it too, a *speck* when the truth word is the
    same without it, and letters ``x`` when the truth word is ``x`` and the OCR word's
    core. Punctuation and specks are rates per word; a letter reading is the rate at which
    words beginning (ending) with ``x`` are read so. A JSON-able model."""
    seen: dict[Side, Counter[tuple[str, str]]] = {"lead": Counter(), "trail": Counter()}
    edges: dict[Side, Counter[str]] = {"lead": Counter(), "trail": Counter()}
    words = 0
    for ocr, truth in pairs:
        o, g = ocr.split(), truth.split()
        for op in Levenshtein.opcodes(o, g):
            n, m = op.src_end - op.src_start, op.dest_end - op.dest_start
            if op.tag not in ("equal", "replace") or n != m:
                continue
            for ow, gw in zip(o[op.src_start:op.src_end], g[op.dest_start:op.dest_end],
                              strict=True):
                words += 1
                _count(ow, gw, seen, edges)
    model: dict[str, Any] = {}
    for side in ("lead", "trail"):
        runs: dict[str, dict[str, float]] = {}
        for (run, reading), c in seen[side].items():
            if c < MIN_COUNT:
                continue
            if reading in ("", "\x00"):  # punctuation, speck: per word
                lp = math.log(c / max(words, 1))
            else:
                lp = math.log(min(0.5, c / max(edges[side][reading], 20)))
            runs.setdefault(run, {})["" if reading == "\x00" else reading or "="] = round(lp, 3)
        model[side] = {r: v for r, v in runs.items() if any(k not in ("", "=") for k in v)}
    return model


def _count(ow: str, gw: str, seen: Mapping[Side, Counter[tuple[str, str]]],
           edges: Mapping[Side, Counter[str]]) -> None:
    olead, ocore, otrail = _split(ow)
    glead, gcore, gtrail = _split(gw)
    if not gcore or not gcore.isalpha():
        return
    low, gl = ocore.lower(), gcore.lower()
    for k in range(1, MAX_LETTERS + 1):
        edges["lead"][gl[:k]] += 1
        edges["trail"][gl[-k:]] += 1
    if olead and len(olead) <= MAX_MARKS:
        if glead.endswith(olead):
            seen["lead"][olead, ""] += 1  # punctuation, as printed
        elif gl == low:
            seen["lead"][olead, "\x00"] += 1  # a speck
        elif low and gl.endswith(low) and 0 < len(gl) - len(low) <= MAX_LETTERS:
            seen["lead"][olead, gl[: len(gl) - len(low)]] += 1
    if otrail and len(otrail) <= MAX_MARKS:
        if gtrail.startswith(otrail):
            seen["trail"][otrail, ""] += 1
        elif gl == low:
            seen["trail"][otrail, "\x00"] += 1
        elif low and gl.startswith(low) and 0 < len(gl) - len(low) <= MAX_LETTERS:
            seen["trail"][otrail, gl[len(low):]] += 1


@dataclass(frozen=True, slots=True)
class Glued:
    """A run of marks glued to a word's edge, and what it may be read as."""

    side: Side
    run: str
    start: int  # where the run stands in the text
    end: int
    punctuation: float  # log-rate of the run as punctuation (or a speck) at that edge
    letters: Mapping[str, float]  # letters it may stand for -> log P(run | letters)


class MarkReadings:
    """A channel's learned mark readings (:func:`learn_marks`), for one language."""

    def __init__(self, model: Mapping[str, Mapping[str, Mapping[str, float]]]) -> None:
        self._runs: dict[Side, dict[str, tuple[float, dict[str, float]]]] = {}
        for side in ("lead", "trail"):
            table: dict[str, tuple[float, dict[str, float]]] = {}
            for run, readings in model.get(side, {}).items():
                as_is = [lp for k, lp in readings.items() if k in ("", "=")]
                # a run never seen as punctuation or speck: as rare as one seen once
                kept = math.log(sum(math.exp(x) for x in as_is)) if as_is else -12.0
                if all(c in PUNCTUATION for c in run):
                    kept = max(kept, PUNCTUATION_FLOOR)
                table[run] = (kept, {k: lp for k, lp in readings.items() if k not in ("", "=")})
            self._runs[side] = table
        self.chars = frozenset(c for t in self._runs.values() for run in t for c in run)

    def __bool__(self) -> bool:
        return bool(self.chars)

    def glued(self, text: str, start: int, end: int) -> list[Glued]:
        """The runs of known marks glued to the word at ``text[start:end]``."""
        out: list[Glued] = []
        i = start
        while i > 0 and start - i < MAX_MARKS and text[i - 1] in self.chars:
            i -= 1
        j = end
        while j < len(text) and j - end < MAX_MARKS and text[j] in self.chars:
            j += 1
        spans: tuple[tuple[Side, int, int], ...] = (("lead", i, start), ("trail", end, j))
        for side, s, e in spans:
            got = self._runs[side].get(text[s:e]) if e > s else None
            if got is not None and got[1]:
                out.append(Glued(side, text[s:e], s, e, got[0], got[1]))
        return out


MARK_KEY = "\x01"  # joins a word read with a mark as a letter to the mark's side


def reading_key(word: str, g: Glued) -> str:
    """The hypothesis key of ``word`` read with ``g`` as its letters."""
    return f"{word}{MARK_KEY}{g.side}"


def read_key(key: str) -> tuple[str, Side] | None:
    """``(word, side)`` of a :func:`reading_key`; ``None`` for a plain hypothesis."""
    word, sep, side = key.partition(MARK_KEY)
    return (word, side) if sep else None  # type: ignore[return-value]


def worth_reading(core: str, marks: Iterable[Glued], known: Container[str]) -> bool:
    """Whether a glued mark read as its letters makes a known word of ``core``."""
    return any((x + core if g.side == "lead" else core + x) in known
               for g in marks for x in g.letters)


def word_after(toks: Sequence[Tok], i: int, marks: Iterable[Glued], text: str,
               known: Container[str]) -> str | None:
    """The known word right after word ``i``'s closing marks (``de! sindicato``): the
    context of a closing mark read as a letter."""
    if i + 1 == len(toks):
        return None
    end = max([g.end for g in marks if g.side == "trail"], default=toks[i].end)
    nxt = toks[i + 1]
    return nxt.low if not text[end:nxt.start].strip() and nxt.low in known else None


Score = Callable[[str | None, str, str | None], float]  # LM log-prob of a word in context


@dataclass(frozen=True, slots=True)
class MarkContext:
    """What a word's glued marks are weighed in: the words before and after it within its
    clause (``prev``, ``nxt``), the word after its closing mark (``after``), and the
    language model's ``score`` and ``unigram``."""

    prev: str | None
    nxt: str | None
    after: str | None
    score: Score
    unigram: Callable[[str], float]

    def printed(self, marks: Sequence[Glued]) -> float:
        """What the word as printed owes its marks: their rates as punctuation, and the
        word after a closing mark that ends the clause, which begins anew."""
        kept = sum(g.punctuation for g in marks)
        if self.after is not None and self.nxt is None and any(g.side == "trail" for g in marks):
            kept += self.unigram(self.after)
        return kept

    def reading(self, word: str, g: Glued, lp: float, marks: Sequence[Glued]) -> float:
        """``word``, made by reading ``g`` as letters at log-rate ``lp``, in its context (the
        other marks as punctuation)."""
        right = self.after if g.side == "trail" and self.after else self.nxt
        rest = sum(m.punctuation for m in marks if m is not g)
        return lp + self.score(self.prev, word, right) + rest


def _readings(core: str, marks: Sequence[Glued], known: Container[str]
              ) -> Iterator[tuple[str, Glued, float]]:
    for g in marks:
        for x, lp in g.letters.items():
            word = x + core if g.side == "lead" else core + x
            if word in known:
                yield word, g, lp


def could_win(core: str, marks: Sequence[Glued], ctx: MarkContext, known: Container[str],
              margin: float = 3.0) -> bool:
    """Whether a glued mark read as letters could win, by a cheap first look: the word it
    makes in its context within ``margin`` nats of the word as printed (a comma after *lo*
    makes *los*, but rarely where *lo* stands: most marks are not weighed at all)."""
    printed = ctx.printed(marks) + ctx.score(ctx.prev, core, ctx.nxt)
    return any(ctx.reading(word, g, lp, marks) > printed - margin
               for word, g, lp in _readings(core, marks, known))


def add_readings(hyps: dict[str, float], core: str, marks: Sequence[Glued], ctx: MarkContext,
                 known: Container[str], keep: float) -> None:
    """Weigh ``marks`` into ``hyps`` (the hypotheses for ``core``, marks left aside).

    The word as printed keeps its marks as punctuation (:meth:`MarkContext.printed`).
    Each mark read as letters makes a hypothesis of its own: its reading's rate, the
    core's letters kept, the word it makes in context. A word that is both a correction
    of the core and a reading of a mark is the reading (``¡os``: *los*, its ``¡`` the
    *l*)."""
    kept = ctx.printed(marks)
    for k in hyps:
        hyps[k] += kept
    for word, g, lp in _readings(core, marks, known):
        score = ctx.reading(word, g, lp, marks) + len(core) * keep
        plain = hyps.pop(word, None)
        if plain is not None:
            score = max(score, plain) + math.log1p(math.exp(-abs(score - plain)))
        hyps[reading_key(word, g)] = score
