"""The noisy-channel word corrector: candidates, scores, decisions, edits.

For each word that could be an OCR error (an unknown word, a word with digits or marks
inside, a known word the OCR often misreads; never a number, a trusted word or an older
spelling), candidates come from undoing one learned OCR confusion
(:meth:`Channel.proposals`), from a SymSpell lookup within two edits
(:meth:`LanguageModel.near`), and from splitting a run-together pair; two adjacent
halves may also join into one word (:mod:`.joins`), and stray marks go first
(:mod:`.junk`). Each hypothesis ``c`` for
observed word ``o`` scores ``log P(o | c) + log P(c | prev) + log P(next | c)``; the
observed word itself competes as a hypothesis (an unknown word gets a small prior: it
may be a name or a period spelling). The posterior of the best hypothesis is the edit's
confidence; ``applied`` above ``apply_at``, ``suggested`` above ``suggest_at``.
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Container, Iterable, Mapping
from functools import cache

from palimpsest.model import Edit, EditStatus
from palimpsest.text.correct.channel import Channel
from palimpsest.text.correct.context import (
    capitalised_after,
    capitalised_known,
    compound_head,
    confirm_repeated,
    in_capitals,
    misspells_sibling,
    unaccented,
)
from palimpsest.text.correct.engines import data_dir, engine_channel
from palimpsest.text.correct.joins import hyphen_join, merge_across_mark, merge_halves
from palimpsest.text.correct.junk import junk_edits, speck, with_a_space
from palimpsest.text.correct.known import out_of_context, rare_known, spares_acronym
from palimpsest.text.correct.lm import OOV_LOGP, LanguageModel
from palimpsest.text.correct.marks import (
    Glued,
    MarkContext,
    MarkReadings,
    add_readings,
    could_win,
    read_key,
    word_after,
)
from palimpsest.text.correct.period import ize, period_variant
from palimpsest.text.correct.reach import MAX_SURPRISE, MIN_LETTERS, FarCandidates
from palimpsest.text.correct.runs import RunTogether
from palimpsest.text.correct.settings import LANG_SETTINGS, Settings
from palimpsest.text.correct.shapes import WordShapes
from palimpsest.text.correct.tokens import GUILLEMETS, Tok, recase, recase_word, tokenize
from palimpsest.text.correct.vocab import learn_vocabulary
from palimpsest.text.edits import apply_edits, map_edit_to_original, merge_edits
from palimpsest.text.titles import TITLES

__all__ = ["METHOD", "RULE", "Corrector", "Settings"]

VERSION = "0.2.19"
METHOD = f"palimpsest.correct@{VERSION}"
ADAPTED = "+collection-channel"  # the method's suffix where a collection's channel decided
RULE = "ocr-correction"


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


class Corrector:
    """A loaded corrector for one language (use :meth:`load`: cached per process)."""

    def __init__(
        self, lm: LanguageModel, channel: Channel, settings: Settings | None = None,
        shapes: WordShapes | None = None,
    ):
        self.lm = lm
        self.channel = channel
        # provenance: METHOD, + "+<engine>-channel" with an OCR engine's own channel, +
        # ADAPTED with a collection's
        self.method = METHOD
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

    @staticmethod
    def load(lang: str, engine: str | None = "") -> Corrector:
        """The corrector for ``lang`` (``en``, ``es``, ``fr``, ``de``) and text read by
        ``engine`` (:func:`ocr_engine`: its own channel, where one ships), loaded once."""
        return _load(lang, engine or "")  # one key however it is asked: load("en", "")

    @staticmethod
    def _load_uncached(lang: str, engine: str) -> Corrector:
        path = data_dir() / f"lm-{lang}.npz"
        if not path.is_file():
            raise LookupError(f"no language model for {lang!r} ({path})")
        if engine:  # the language's model and shapes are shared, the channel is the engine's
            base = _load(lang, "")
            channel = engine_channel(lang, engine)
            if channel is base.channel:
                return base
            own = Corrector(base.lm, channel, base.settings, base.shapes)
            own.method = f"{METHOD}+{engine}-channel"  # provenance: whose misreadings it knew
            return own
        shapes = data_dir() / f"shapes-{lang}.npz"
        return Corrector(LanguageModel.load(path), engine_channel(lang, ""),
                         LANG_SETTINGS.get(lang),
                         WordShapes.load(shapes) if shapes.is_file() else None)

    def with_channel(self, channel: Channel) -> Corrector:
        """This corrector with another channel (:mod:`.adapt`: a collection's own)."""
        if channel is self.channel:
            return self
        adapted = Corrector(self.lm, channel, self.settings, self.shapes)
        adapted.method = self.method.removesuffix(ADAPTED) + ADAPTED
        # what does not hang on the channel carries over: the far lookup, the run cutter,
        # the older spellings, and the candidates of words no changed reading touches
        adapted._far, adapted._runs, adapted._older = self._far, self._runs, self._older
        old = self.channel.undo
        changed = [b for b, lst in channel.undo.items() if lst is not old.get(b)]
        if "" not in changed:
            adapted._cands = {k: v for k, v in self._cands.items()
                              if not any(b in k[0] for b in changed)}
        return adapted

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
        out = [c for c in found if logp[ids[c]] >= floor]
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
            cands = list({*cands, *(c for c in confusable if c in lm.ids)})
        if len(cands) > 3 * s.max_scored:  # the commonest first: channel scores cost
            bare = unaccented(o)  # but a word the OCR only took a mark off stays: conges
            by_rank = sorted(cands, key=lm.ids.__getitem__)  # the vocabulary's commonest first
            kept = {*by_rank[: 3 * s.max_scored],
                    *(c for c in cands if (c if c.isascii() else unaccented(c)) == bare)}
            if any(m in o for m in self._letter_marks):  # Hocking«: its readings stay
                kept.update(lm.ids.keys() & ch.proposals(o, min_logp=s.rule_min_logp))
            cands = list(kept)
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

    def _rank(self, hyps: dict[str, float]) -> list[tuple[str, float]]:
        s = self.settings
        if len(hyps) == 1:
            return [(next(iter(hyps)), 1.0)]
        top = max(hyps.values())
        z = sum(math.exp(v - top) for v in hyps.values())
        ranked = sorted(((w, math.exp(v - top) / z) for w, v in hyps.items()), key=lambda x: -x[1])
        return ranked[: s.max_candidates]

    # --- the pass over a text -------------------------------------------------

    def _common(self, word: str) -> bool:
        i = self.lm.ids.get(word)
        return i is not None and self.lm.logp[i] >= _COMMON

    def _page_bias(self, toks: list[Tok]) -> float:
        """Log-odds that a word is right on this page, from its share of unknown words.

        A clean page (few unknown words) makes an error in any one word less likely;
        the estimate is smoothed toward ``base_noise`` so a short text says little.
        """
        st = self.settings
        words = [t for t in toks if t.kind == "word"]
        oov = sum(t.low not in self.lm.ids for t in words)
        mixed = sum(t.kind == "mixed" for t in toks)
        a = 30.0
        noise = (oov + mixed + a * st.base_noise) / (len(words) + mixed + a)
        return st.noise_weight * max(-1.0, min(3.0, math.log(st.base_noise / noise)))

    def _needs_check(self, tok: Tok, trusted: Collection[str], name: bool) -> bool:
        if tok.kind == "skip" or tok.broken or tok.low in trusted:
            return False
        if len(tok.text) == 1 and tok.text.isupper():
            return False  # an initial, a numeral, a lone capital: nothing to read into it
        if tok.kind == "mixed":
            return True
        i = self.lm.ids.get(tok.low)
        if i is None:
            return not self._older_spelling(tok.low)
        if name:
            return False  # a known word written with a capital: leave it
        if (
            self._splits
            and self.lm.logp[i] < self.settings.glued_logp
            and tok.kind == "word"
            and self._split_points(tok.low)
        ):
            return True  # withthe: known to the corpora, but as OCR glued it
        if tok.low in self._words or tok.text in self._drops:
            return True
        return self.lm.logp[i] < self.settings.common_logp

    def _older_spelling(self, low: str) -> bool:
        """Whether unknown ``low`` is an older spelling of a known word (``againe``,
        ``hee``) and not rather a misread much commoner word one edit away: ``thie`` is
        *thy* by a period rewrite but far likelier *the*, ``himn`` no *hymn* but *him*."""
        known = self._older.get(low)
        if known is not None:
            return known
        variant = period_variant(low, self.lang, self._frequent)
        lm = self.lm
        floor = lm.unigram(variant) + self.settings.period_rival if variant else 0.0
        known = variant is not None and (
            floor > lm.logp[0]  # no word is that much commoner
            or not any(lm.unigram(c) >= floor for c in lm.near(low, 1) if c != variant))
        if len(self._older) > 50_000:
            self._older.clear()
        self._older[low] = known
        return known

    def _real_word_suspect(
        self, toks: list[Tok], i: int, trusted: Collection[str], name: bool
    ) -> bool:
        """A rare known word out of its context (:mod:`.known`); never a name, a trusted
        word or half of a word broken at a line end. Its context is read only then."""
        tok = toks[i]
        if name or tok.broken or tok.low in trusted:
            return False
        if not rare_known(self.lm, tok, self.settings.rare_logp):
            return False
        prev, nxt = self._ctx(toks, i)
        return out_of_context(self.lm, tok, prev, nxt, lang=self.lang, frequent=self._frequent)

    def _edit(self, s: int, e: int, repl: str, post: float, cands: list[tuple[str, float]]) -> Edit:
        status: EditStatus = "applied" if post >= self.settings.apply_at else "suggested"
        return Edit(s, e, repl, RULE, self.method, round(post, 4), status,
                    [(w, round(p, 4)) for w, p in cands])  # fmt: skip

    def learn_vocabulary(
        self, texts: Iterable[str], *, min_count: int = 3, ratio: float = 0.1
    ) -> set[str]:
        """Words a collection vouches for: unknown (or often-misread) words that recur.

        A word seen ``min_count`` times or more is trusted unless the collection holds
        a likelier candidate for it far more often (``bad`` beside ``had``: an OCR
        error; ``hee`` beside ``he`` in a 17th-century book: the period's spelling).
        """
        return learn_vocabulary(self, texts, min_count=min_count, ratio=ratio)

    def correct(
        self,
        text: str,
        *,
        word_conf: Mapping[int, float] | None = None,
        trusted: Collection[str] = (),
    ) -> list[Edit]:
        """Edits over ``text`` offsets for the words judged to be OCR errors.

        ``word_conf`` maps a word's start offset to the OCR engine's confidence (0-100);
        ``trusted`` words (any case) are never changed. Capitalised unknown words that
        recur in ``text`` are trusted too. Stray marks (:mod:`.junk`) are deleted first
        and the words corrected in what remains; a word edit that spans a deletion
        supersedes it (the deletion comes back ``rejected``, see :func:`merge_edits`).
        """
        junk = (
            junk_edits(text, RULE, METHOD, lang=self.lang, common=self._common)
            if self.settings.junk
            else []
        )
        if not junk:
            return self._correct_words(text, word_conf, trusted)
        ct = apply_edits(text, junk)
        conf = None
        if word_conf:
            conf = {ct.to_clean(k, k)[0]: v for k, v in word_conf.items() if 0 <= k <= len(text)}
        words = [map_edit_to_original(e, ct) for e in self._correct_words(ct.text, conf, trusted)]
        return merge_edits(junk, words, supersede=True)

    def _correct_words(
        self, text: str, word_conf: Mapping[int, float] | None, trusted: Collection[str]
    ) -> list[Edit]:
        toks = tokenize(text, elision=self._elision, letter_marks=self._letter_marks)
        trust = {w.lower() for w in trusted}
        caps = Counter(  # a name recurring in the text: mid-sentence, not a known misreading
            t.low
            for t in toks
            if t.text[:1].isupper()
            and not t.sent_start
            and t.low not in self.lm.ids
            and t.low not in self._words
        )
        trust.update(w for w, n in caps.items() if n >= 2)
        bias = self._page_bias(toks)
        edits: list[Edit] = []
        doubted: list[tuple[str, Edit]] = []  # real words whose correction awaits more
        cased: dict[tuple[str, str], bool] | None = None  # read at the first need
        siblings: set[str] | None = None  # likewise
        skip_next = False
        for i, tok in enumerate(toks):
            if skip_next:
                skip_next = False
                continue
            name = tok.text[:1].isupper() and not tok.sent_start and not tok.text.isupper()
            if name and self.settings.sibling_names and tok.low not in self.lm.ids:
                if siblings is None:
                    siblings = capitalised_known(toks, self.lm.ids)
                name = not misspells_sibling(tok.low, siblings)
            if i + 1 < len(toks) and text[tok.end : tok.end + 1] == "-":
                joined = hyphen_join(self, toks, i, text)
                if joined is not None:
                    edits.append(joined)
                    skip_next = joined.end > tok.end + 1
                    if skip_next:
                        continue
            if (
                self.settings.merge_words
                and i + 1 < len(toks)
                and (
                    tok.low not in self.lm.ids
                    or toks[i + 1].low not in self.lm.ids
                    or tok.low + toks[i + 1].low in self.lm.ids  # after wards, dis played
                )
            ):
                merged = merge_halves(self, toks, i, text)
                if merged is not None:
                    edits.append(merged)
                    skip_next = True
                    continue
            if self._marks is not None and toks[i + 1:] and toks[i + 1].low not in self.lm.ids:
                merged = merge_across_mark(self, toks, i, text)
                if merged is not None:  # s: permercados
                    edits.append(merged)
                    skip_next = True
                    continue
            real_word = False
            if len(tok.low) >= 4 and tok.low in self.lm.ids and compound_head(toks, i, text):
                continue  # anti-terrorist: a known word heading a compound is meant
            marks = self._marks.glued(text, tok.start, tok.end) if self._marks else []
            if marks and not could_win(tok.low, marks, self._mark_context(toks, i, marks, text),
                                       self.lm.ids):
                marks = []
            if not marks and not self._needs_check(tok, trust, name):
                real_word = self._real_word_suspect(toks, i, trust, name)
                if not real_word:
                    continue
            conf = word_conf.get(tok.start) if word_conf else None
            edit = self._word_edit(toks, i, name, conf, bias, text=text, marks=marks,
                                   close=real_word)
            if edit is None or spares_acronym(toks, i, edit):
                continue
            if real_word and edit.confidence < self.settings.real_word_apply_at:
                edit.status = "suggested"  # a real word replaced: surer evidence to apply
                if edit.confidence >= self.settings.apply_at:
                    doubted.append((tok.low, edit))
            if (i and toks[i - 1].text[:1].isupper() and edit.replacement.isalpha()
                    and edit.replacement.islower()):
                if cased is None:
                    cased = capitalised_after(toks)
                if cased.get((toks[i - 1].low, edit.replacement)):
                    edit.replacement = edit.replacement.capitalize()  # Communist arty: Party
            if edits and edit.start < edits[-1].end:  # two specks in a row share a space
                edit.start = edits[-1].end
            edits.append(edit)
        if doubted:
            confirm_repeated(doubted, edits, toks)
        return edits

    def _word_edit(
        self,
        toks: list[Tok],
        i: int,
        name: bool,
        conf: float | None,
        bias: float,
        lows: Mapping[int, str] | None = None,
        text: str = "",
        marks: list[Glued] | None = None,
        close: bool = False,
    ) -> Edit | None:
        tok = toks[i]
        prev, nxt = self._ctx(toks, i, lows)
        lone = tok.text in self._drops and speck(toks, i, text, self.lm.ids)
        titled = name and i > 0 and unaccented(toks[i - 1].low) in TITLES
        ctx = self._mark_context(toks, i, marks, text, lows) if marks else None
        ranked = self.score_word(tok, prev, nxt, conf, name, bias, lone=lone, titled=titled,
                                 marks=marks, mark_context=ctx, close=close)
        best, post = ranked[0]
        if best == tok.low or post < self.settings.suggest_at:
            return None
        read = read_key(best) if marks else None
        if marks:  # the hypotheses as words (a mark read as a letter: its word)
            ranked = [((read_key(w) or (w, ""))[0], p) for w, p in ranked]
        if read is not None and marks:  # de! → del: the edit takes the mark in
            g = next(g for g in marks if g.side == read[1])
            cands = [(self._cased(tok, w), p) for w, p in ranked]
            s, e = (g.start, tok.end) if g.side == "lead" else (tok.start, g.end)
            return self._edit(s, e, cands[0][0], post, cands)
        if not best:  # a speck: the letter goes, with a space beside it
            s, e = with_a_space(text, tok.start, tok.end)
            return self._edit(s, e, "", post, [(recase(tok.text, w), p) for w, p in ranked])
        capitals = in_capitals(toks, i)
        cands = [(self._cased(tok, w, capitals), p) for w, p in ranked]
        return self._edit(tok.start, tok.end, cands[0][0], post, cands)

    def _cased(self, tok: Tok, word: str, capitals: bool = False) -> str:
        """``word`` in place of ``tok``, written as it stood (:func:`recase_word`; not in
        German, whose nouns are capitalised: „gieb after a colon). Of a split, only the
        first part keeps a capital. ``capitals``: the word stands in a line of capitals
        (a headline), and is written so (``TREATMENT OF A`` after ``INiIUmAN``)."""
        parts = word.split(" ")
        if capitals:
            return word.upper()
        if len(parts) == 1 and self.lang != "de":
            return recase_word(tok, word, self._common(word))
        return " ".join(recase(tok.text if k == 0 else "x", p) for k, p in enumerate(parts))


@cache
def _load(lang: str, engine: str) -> Corrector:
    return Corrector._load_uncached(lang, engine)


# An OCR word confidence (0-100) as evidence for the word as read: log-odds
# (conf - CONF_MID) / CONF_SCALE, at most CONF_CAP either way. Tesseract gives its right
# words 95-97: a word it read at 84 is no better than even (sixteenth session, on rendered
# pages with their confidences: midpoint 75 / 85 / 90 read −17.0 / −18.6 / −18.6 % CER on
# half a of the Spanish, −13.9 / −15.3 / −16.2 % on half b, −23.4 / −24.0 / −24.3 % on
# half b of the English)
CONF_MID, CONF_SCALE, CONF_CAP = 90.0, 8.0, 3.0
_NO_WORD = "\x00"  # a word no vocabulary holds: the context's score of an unknown word
