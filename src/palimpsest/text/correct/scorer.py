"""Scoring one word's readings by the noisy channel: its candidates and their posteriors.

Candidates for an observed word ``o`` come from undoing one learned OCR confusion
(:meth:`Channel.proposals`), from a SymSpell lookup within two edits
(:meth:`LanguageModel.near`; three for a long word unlike any of the language's,
:mod:`.reach`), and from splitting a run-together pair or run (:mod:`.runs`). Each
hypothesis ``c`` scores ``log P(o | c) + log P(c | prev) + log P(next | c)``; the observed
word itself competes as a hypothesis (an unknown word gets a small prior: it may be a name
or a period spelling), and :meth:`WordScorer.score_word` turns the scores into posteriors.
The pass over a text that decides which words to score is :class:`.corrector.Corrector`.
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left
from collections.abc import Container, Mapping

from palimpsest.text.correct.channel import Channel
from palimpsest.text.correct.context import unaccented
from palimpsest.text.correct.lm import OOV_LOGP, LanguageModel
from palimpsest.text.correct.marks import (
    Glued,
    MarkContext,
    MarkReadings,
    add_readings,
    word_after,
)
from palimpsest.text.correct.period import ize
from palimpsest.text.correct.reach import MAX_SURPRISE, MIN_LETTERS, FarCandidates
from palimpsest.text.correct.runs import RunTogether
from palimpsest.text.correct.settings import Settings
from palimpsest.text.correct.shapes import WordShapes
from palimpsest.text.correct.tokens import GUILLEMETS, Tok

__all__ = ["CONF_CAP", "CONF_MID", "CONF_SCALE", "WordScorer"]

_COMMON = math.log(3e-4)  # the few hundred commonest words
_FUNCTION = math.log(2.5e-3)  # the few dozen commonest: articles, prepositions, auxiliaries
_PERIOD = math.log(2e-6)
_MARKS = re.compile(r"[^\w']|\d|_")
_ODD_SHORT = -2.0  # surprise below which a four-letter word is looked up two edits out
_FAR_VOCABULARY = 30_000  # the commonest words, where a word three edits out is looked for
_MARK_READING_LOGP = math.log(1e-5)  # rarest learned reading of a mark that is proposed


class _Prefix(Container[str]):
    """The words among the ``n`` commonest (the vocabulary is sorted by frequency)."""

    def __init__(self, ids: Mapping[str, int], n: int) -> None:
        self.ids, self.n = ids, n

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.ids.get(word, self.n) < self.n


class WordScorer:
    """One language's candidates and scores for a word in its context (the corrector's
    model; :class:`.corrector.Corrector` adds the pass over a text)."""

    def __init__(
        self, lm: LanguageModel, channel: Channel, settings: Settings | None = None,
        shapes: WordShapes | None = None,
    ):
        self.lm = lm
        self.channel = channel
        self.settings = settings or Settings()
        self.shapes = shapes  # how word-like an unknown word is (none: all alike)
        self._far: FarCandidates | None = None
        self._runs: RunTogether | None = None  # built at the first need
        self._older: dict[str, bool] = {}  # unknown word -> whether an older spelling
        self.lang = lm.lang
        self._cands: dict[tuple[str, bool, bool], list[str]] = {}
        # words an older spelling may stand for: real words, not wordfreq's debris (tb, tli)
        self._frequent = _Prefix(lm.ids, bisect_left([-x for x in lm.logp[:100_000]], -_PERIOD))
        # whole-word misreadings are words of the channel's language: for that language
        # only (and only where a misreading is not vanishingly rare: checking every "a" costs)
        own = channel.lang == lm.lang
        self._words: dict[str, dict[str, float]] = {
            w: alts
            for w, alts in (channel.words.items() if own else ())
            if sum(math.exp(v) for v in alts.values()) >= self.settings.min_misread
        }
        # lone letters read from specks (like the misreadings, the channel language's;
        # "v" stays: the versus of law reports, "Smith v Jones")
        drops = channel.drops if own else {}
        self._drops = {k: v for k, v in drops.items() if k != "v"}
        self._splits = lm.lang != "de"  # German compounds are words, not run-together pairs
        self._elision = lm.lang == "fr"
        self._letter_marks = GUILLEMETS if lm.lang == "en" else ""  # quotes elsewhere
        self._inline_join = lm.lang != "de"  # German hyphenates compounds: Arbeiter-Partei
        # marks glued to words that the OCR reads from letters, where the channel knows them
        self._marks = MarkReadings(channel.marks) if own and channel.marks else None

    # --- candidates -------------------------------------------------------

    def candidates(self, low: str, *, generic: bool = True, close: bool = False) -> list[str]:
        """Vocabulary words that ``low`` could be a misreading of.

        Undoing one learned confusion (any word), or within two edits (one for short
        words) of a frequent word; a word with stray marks inside (``kno*n``,
        ``tha8``) is also looked up without them. ``close``: one edit only (a known word
        weighed out of its context: ``arty``, ``cad``).
        """
        cached = self._cands.get((low, generic, close))
        if cached is not None:
            return cached
        lm, st = self.lm, self.settings
        keys = lm.ids.keys()
        found = keys & self.channel.proposals(low, min_logp=st.rule_min_logp)
        if generic and len(low) >= 2:
            found.update(lm.near(low, 1 if close else self._reach(low)))
            bare = _MARKS.sub("", low)
            if bare != low and len(bare) >= 2:
                found.update(lm.near(bare, 1 if len(bare) <= st.short_word else 2))
                # a mark inside a word is surely misread: any learned reading of it (Sa!ford)
                found.update(keys & self.channel.proposals(low, min_logp=_MARK_READING_LOGP))
        if generic and not close and self._reaches_far(low):
            found.update(self._far_candidates()(low))
        found.discard(low)
        logp, ids, floor = lm.logp, lm.ids, st.min_cand_logp
        out = sorted(c for c in found if logp[ids[c]] >= floor)  # not the set's order: ties
        if len(self._cands) > 50_000:
            self._cands.clear()
        self._cands[low, generic, close] = out
        return out

    def _reach(self, low: str) -> int:
        """Edits a candidate may be from ``low``: one for a short word, unless it is as long
        as the longest short words and reads less like a word than most (``hsve``, ``wbcn``
        are garbage, ``bent`` a word); not in German (DTA l0's CER rose above the OCR's)."""
        st = self.settings
        if len(low) > st.short_word:
            return 2
        odd = (len(low) == st.short_word and self.shapes is not None and self.lang != "de"
               and self._surprise(low) < _ODD_SHORT)
        return 2 if odd else 1

    def _reaches_far(self, low: str) -> bool:
        """Whether ``low`` is looked up three edits out (:mod:`.reach`): a long word
        unlike any of the language's; not German, whose long compounds are words."""
        return (self.shapes is not None and self.lang != "de" and len(low) >= MIN_LETTERS
                and low.isalpha() and self._surprise(low) < MAX_SURPRISE)

    def _surprise(self, low: str, name: bool = False) -> float:
        """How little ``low`` reads like a word of the language (:mod:`.shapes`). English
        reads a ``name`` without its marks: an accented letter there is a foreign name's
        (``Belaúnde``), and no English word teaches the model what follows it."""
        assert self.shapes is not None
        if name and self.lang == "en" and not low.isascii():
            low = unaccented(low)
        return self.shapes.surprise(low)

    def _far_candidates(self) -> FarCandidates:
        if self._far is None:  # built at the first need (~40 ms)
            self._far = FarCandidates(self.lm.words[:_FAR_VOCABULARY])
        return self._far

    # --- scoring -------------------------------------------------------------

    def _ctx(
        self, toks: list[Tok], i: int, lows: Mapping[int, str] | None = None
    ) -> tuple[str | None, str | None]:
        """The neighbours of word ``i`` (as corrected in ``lows``), within its clause."""
        get = lows.get if lows else (lambda k, d: d)
        prev = get(i - 1, toks[i - 1].low) if i > 0 and not toks[i - 1].ends_clause else None
        nxt = None
        if i + 1 < len(toks) and not toks[i].ends_clause:
            nxt = get(i + 1, toks[i + 1].low)
        if nxt is not None and nxt not in self.lm.ids:
            nxt = None
        return prev, nxt

    def _lm(self, prev: str | None, words: list[str], nxt: str | None) -> float:
        lm = self.lm
        total = 0.0
        for w in words:
            total += lm.bigram(prev, w)
            prev = w
        if nxt is not None:
            total += lm.bigram(prev, nxt)
        return total

    def score_word(
        self,
        tok: Tok,
        prev: str | None,
        nxt: str | None,
        conf: float | None,
        name: bool,
        bias: float = 0.0,
        lone: bool = False,
        titled: bool = False,
        marks: list[Glued] | None = None,
        mark_context: MarkContext | None = None,
        close: bool = False,
    ) -> list[tuple[str, float]]:
        """``[(hypothesis, posterior), ...]`` best first; the observed word included.

        ``lone``: the word stands alone between spaces (a lone letter may be a speck;
        the hypothesis ``""`` is then its deletion). ``titled``: a name after a title
        (``Mr. Mawzi``), whose letters need not read like the language's words.
        ``marks``: glued to the word, read as letters too (:mod:`.marks`) in
        ``mark_context``."""
        s, ch, lm = self.settings, self.channel, self.lm
        o = tok.low
        hyps: dict[str, float] = {}
        own = len(o) * ch.keep + self._lm(prev, [o], nxt)
        if tok.kind == "mixed":  # digits or marks inside letters: rarely what was printed
            own += s.oov_logp + s.mixed_penalty - OOV_LOGP
        elif o not in lm.ids:  # an unknown word: a name, a spelling, or an error
            own += (s.name_logp if name else s.oov_logp) - OOV_LOGP
            if self.shapes is not None and not titled:  # the less word-like, the less likely
                own += s.shape_weight * min(0.0, self._surprise(o, name) + s.shape_margin)
        if conf is not None:
            own += max(-CONF_CAP, min(CONF_CAP, (conf - CONF_MID) / CONF_SCALE))
        own += bias
        hyps[o] = own
        confusable = self._words.get(o)
        drop = self._drops.get(tok.text) if lone else None
        if (confusable is not None or drop is not None) and o in lm.ids:
            # a real word the OCR often misreads, or a lone letter it often reads from a
            # speck: P(meant | read) from the training counts, times how well each fits here
            readings = confusable or {}
            p_wrong = sum(math.exp(v) for v in readings.values())
            if drop is not None:
                p_wrong += math.exp(drop)
                hyps[""] = drop + self._lm(prev, [], nxt)  # the neighbours without it
            hyps[o] = math.log(max(1e-6, 1.0 - p_wrong)) + own - len(o) * ch.keep - lm.unigram(o)
            for c, lp in readings.items():
                if c in lm.ids:
                    hyps[c] = lp + self._lm(prev, [c], nxt) - lm.unigram(c)
            self._add_splits(hyps, tok, prev, nxt)  # tothe: the training read it as "the"
            return self._rank(self._with_marks(hyps, o, marks, mark_context))
        own_ize = ize(o)
        cands = [c for c in self.candidates(o, close=close) if ize(c) != own_ize]  # not -ise/-ize
        if confusable is not None:
            cands = sorted({*cands, *(c for c in confusable if c in lm.ids)})
        if len(cands) > 3 * s.max_scored:  # the commonest first: channel scores cost
            bare = unaccented(o)  # but a word the OCR only took a mark off stays: conges
            by_rank = sorted(cands, key=lm.ids.__getitem__)  # the vocabulary's commonest first
            kept = {*by_rank[: 3 * s.max_scored],
                    *(c for c in cands if (c if c.isascii() else unaccented(c)) == bare)}
            if any(m in o for m in self._letter_marks):  # Hocking«: its readings stay
                kept.update(lm.ids.keys() & ch.proposals(o, min_logp=s.rule_min_logp))
            cands = sorted(kept)
        if len(cands) > s.max_scored:  # keep the likeliest out of context, then ask the context
            cands = heapq.nlargest(s.max_scored, cands, key=lambda c: ch.logp(o, c) + lm.unigram(c))
        for c in cands:
            hyps[c] = ch.logp(o, c) + self._lm(prev, [c], nxt)
        if name and tok.kind == "mixed" and self._letter_marks:
            bare = o.strip(self._letter_marks)  # Hocking«: a name (rare word or none), a speck
            if bare != o and bare.isalpha():
                as_name = self._lm(prev, [_NO_WORD], nxt) + s.name_logp - OOV_LOGP
                if bare in lm.ids:
                    as_name = max(as_name, self._lm(prev, [bare], nxt))
                hyps[bare] = ch.logp(o, bare) + as_name + bias
        self._add_splits(hyps, tok, prev, nxt)
        return self._rank(self._with_marks(hyps, o, marks, mark_context))

    def _mark_context(self, toks: list[Tok], i: int, marks: list[Glued], text: str,
                      lows: Mapping[int, str] | None = None) -> MarkContext:
        prev, nxt = self._ctx(toks, i, lows)
        return MarkContext(prev, nxt, word_after(toks, i, marks, text, self.lm.ids),
                           lambda p, w, n: self._lm(p, [w], n), self.lm.unigram)

    def _with_marks(self, hyps: dict[str, float], o: str, marks: list[Glued] | None,
                    ctx: MarkContext | None) -> dict[str, float]:
        if marks and ctx is not None:
            add_readings(hyps, o, marks, ctx, self.lm.ids, self.channel.keep)
        return hyps

    def _add_splits(
        self, hyps: dict[str, float], tok: Tok, prev: str | None, nxt: str | None
    ) -> None:
        """The hypotheses that ``tok`` is two words the OCR ran together, or (unknown) three
        or more (:mod:`.runs`)."""
        o, ch = tok.low, self.channel
        if not (self._splits and tok.kind == "word" and len(o) >= 4):
            return
        for a, b in self._split_points(o):
            lp = ch.split + len(o) * ch.keep
            if max(self.lm.unigram(a), self.lm.unigram(b)) < _FUNCTION:
                lp += self.settings.content_split  # railwaymen, coalowners: compounds, often
            hyps[f"{a} {b}"] = lp + self._lm(prev, [a, b], nxt)
        if o not in self.lm.ids:
            if self._runs is None:
                self._runs = RunTogether(self.lm)
            pieces = self._runs(o)
            if pieces is not None:
                lp = self._runs.spaces_logp(pieces, ch.split) + len(o) * ch.keep
                hyps[" ".join(pieces)] = lp + self._lm(prev, list(pieces), nxt)

    def _split_points(self, o: str) -> list[tuple[str, str]]:
        """Two words ``o`` may be, run together: both common enough, of two letters or more.

        A known word is split only when it is rare and the pair is a seen bigram: the
        corpora hold OCR's glued words too (``ofthe``, ``withthe``), rarely.
        """
        lm = self.lm
        i = lm.ids.get(o)
        if i is not None and lm.logp[i] >= self.settings.glued_logp:
            return []
        out = []
        for k in range(2, len(o) - 1):
            a, b = o[:k], o[k:]
            if (
                a in lm.ids
                and b in lm.ids
                and min(lm.unigram(a), lm.unigram(b)) >= math.log(1e-6)
                and (i is None or lm.has_bigram(a, b))
            ):
                out.append((a, b))
        return out

    def _common(self, word: str) -> bool:
        i = self.lm.ids.get(word)
        return i is not None and self.lm.logp[i] >= _COMMON

    def _rank(self, hyps: dict[str, float]) -> list[tuple[str, float]]:
        s = self.settings
        if len(hyps) == 1:
            return [(next(iter(hyps)), 1.0)]
        top = max(hyps.values())
        z = sum(math.exp(v - top) for v in hyps.values())
        ranked = sorted(((w, math.exp(v - top) / z) for w, v in hyps.items()),
                        key=lambda x: (-x[1], x[0]))  # ties by word: the same order every run
        return ranked[: s.max_candidates]


# words 95-97: a word it read at 84 is no better than even (sixteenth session, on rendered
# pages with their confidences: midpoint 75 / 85 / 90 read −17.0 / −18.6 / −18.6 % CER on
# half a of the Spanish, −13.9 / −15.3 / −16.2 % on half b, −23.4 / −24.0 / −24.3 % on
# half b of the English)
CONF_MID, CONF_SCALE, CONF_CAP = 90.0, 8.0, 3.0
_NO_WORD = "\x00"  # a word no vocabulary holds: the context's score of an unknown word
