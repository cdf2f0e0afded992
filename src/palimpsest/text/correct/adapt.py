"""What a collection teaches the channel: the misreadings its own confident corrections show.

The shipped channel was learned from one newspaper collection (BLN600). Another
collection's OCR has its own habits: the Sydney Morning Herald's reads *e* as *o*
(`tbo`, `woro`, `aro`) 1,421 times among Overproof's confident corrections, a rate
the shipped channel puts at 0.2 %. Counting the letter changes inside a collection's
confident corrections and blending them with the shipped rates (a prior of
:data:`PRIOR` letters) gives a channel for that collection; only confusions it shows
more often than the shipped channel expects are raised, none is lowered.

:class:`ChannelTeacher` does this as a collection is corrected, document after document,
again each time the characters it has seen double, so that nothing is read twice.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from palimpsest.model import Edit
from palimpsest.text.correct.channel import Channel, segments

if TYPE_CHECKING:
    from palimpsest.text.correct.corrector import Corrector

__all__ = ["ChannelTeacher", "adapt_channel", "confusions"]

MIN_CONFIDENCE = 0.9  # the corrections a collection's rates are counted from
MIN_COUNT = 5  # a confusion seen fewer times teaches nothing
PRIOR = 2000.0  # the shipped rate weighs as much as this many letters of the collection
MIN_GAIN = 0.3  # nats a confusion's rate must rise by to be changed
MAX_LOGP = math.log(0.1)  # no confusion becomes likelier than this
FIRST_LESSON = 25_000  # characters seen before the first adaptation


def confusions(pairs: Iterable[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """``(meant letter, read)`` counts in ``(read word, meant word)`` pairs: one letter
    meant, at most two read (``e``→``o``, ``m``→``rn``); a stretch of substitutions
    letter by letter, as the channel scores it (``tbo`` for *the*: ``h``→``b``, ``e``→``o``)."""
    out: Counter[tuple[str, str]] = Counter()
    for read, meant in pairs:
        for a, b in segments(meant, read):
            if len(a) == len(b) > 1:  # the channel reads these letter by letter (the: tbo)
                out.update((x, y) for x, y in zip(a, b, strict=True) if x != y)
            elif len(a) == 1 and len(b) <= 2:
                out[a, b] += 1
    return out


def adapt_channel(
    channel: Channel, counts: Counter[tuple[str, str]], letters: Counter[str]
) -> dict[tuple[str, str], float]:
    """The rules to raise: ``(meant, read) -> log P(read | meant)`` for this collection."""
    out: dict[tuple[str, str], float] = {}
    for (a, b), n in counts.items():
        if n < MIN_COUNT:
            continue
        base = channel.rules.get((a, b), channel.default * max(len(a), len(b), 1))
        rate = (n + PRIOR * math.exp(base)) / (letters.get(a, 0) + PRIOR)
        new = min(MAX_LOGP, math.log(rate))
        if new > base + MIN_GAIN:
            out[a, b] = new
    return out


@dataclass
class ChannelTeacher:
    """A corrector that learns a collection's misreadings while correcting it.

    Call :meth:`observe` with each text and its edits, and correct the next text with
    :attr:`corrector`: the base corrector until :data:`FIRST_LESSON` characters have been
    seen, then one whose channel is adapted to what was seen, again at each doubling.
    """

    base: Corrector
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    letters: Counter[str] = field(default_factory=Counter)
    seen: int = 0
    next_lesson: int = FIRST_LESSON
    corrector: Corrector = field(init=False)

    def __post_init__(self) -> None:
        self.corrector = self.base

    def observe(self, text: str, edits: Sequence[Edit]) -> None:
        """Count ``text``'s letters and the letter changes of its confident corrections."""
        self.letters.update(text.lower())
        words = ((text[e.start:e.end], e.replacement) for e in edits
                 if e.status == "applied" and e.confidence >= MIN_CONFIDENCE)
        self.counts.update(confusions(
            (read.lower(), meant.lower()) for read, meant in words
            if meant and " " not in meant and " " not in read
        ))  # fmt: skip
        self.seen += len(text)
        if self.seen >= self.next_lesson:
            while self.next_lesson <= self.seen:
                self.next_lesson *= 2
            rules = adapt_channel(self.base.channel, self.counts, self.letters)
            self.corrector = self.base.with_channel(self.base.channel.with_rules(rules))
