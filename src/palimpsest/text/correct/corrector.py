"""The noisy-channel word corrector: which words to doubt, and the edits it makes.

The pass over a text (:meth:`Corrector.correct`): stray marks go first (:mod:`.junk`);
then each word that could be an OCR error (an unknown word, a word with digits or marks
inside, a known word the OCR often misreads or a rare one out of its context; never a
number, a trusted word or an older spelling) is scored with its candidates
(:class:`.scorer.WordScorer`), and two adjacent halves may join into one word
(:mod:`.joins`). The posterior of the best hypothesis is the edit's confidence;
``applied`` above ``apply_at``, ``suggested`` above ``suggest_at``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from functools import cache

from palimpsest.model import Edit, EditStatus
from palimpsest.text.correct.adapt import MAX_LOGP
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
from palimpsest.text.correct.lm import LanguageModel
from palimpsest.text.correct.marks import Glued, could_win, read_key
from palimpsest.text.correct.period import period_variant
from palimpsest.text.correct.scorer import WordScorer
from palimpsest.text.correct.settings import LANG_SETTINGS, Settings
from palimpsest.text.correct.shapes import WordShapes
from palimpsest.text.correct.tokens import Tok, recase, recase_word, tokenize
from palimpsest.text.correct.vocab import learn_vocabulary
from palimpsest.text.edits import apply_edits, map_edit_to_original, merge_edits
from palimpsest.text.titles import TITLES

__all__ = ["METHOD", "RULE", "Corrector", "Settings"]

VERSION = "0.2.20"
METHOD = f"palimpsest.correct@{VERSION}"
ADAPTED = "+collection-channel"  # the method's suffix where a collection's channel decided
LONG_S = "+long-s"  # ... and where a page's long s read as f decided
LONG_S_WORDS = 3  # a page reads long s as f: this many unknown words are known with s
LONG_S_SHARE = 0.15  # ... and this share of its unknown words
RULE = "ocr-correction"


class Corrector(WordScorer):
    """A loaded corrector for one language (use :meth:`load`: cached per process)."""

    def __init__(
        self, lm: LanguageModel, channel: Channel, settings: Settings | None = None,
        shapes: WordShapes | None = None,
    ):
        super().__init__(lm, channel, settings, shapes)
        # provenance: METHOD, + "+<engine>-channel" with an OCR engine's own channel, +
        # ADAPTED with a collection's
        self.method = METHOD
        self._long_s_twin: Corrector | None = None  # read at the first long-s page
        self._long_s_mode = False  # this corrector reads a long-s page (the twin)

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

    # --- the pass over a text -------------------------------------------------

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
        if self._long_s_mode and "f" in tok.low and self._long_s(tok.low, self.lm.logp[i]):
            return True  # on a long-s page: find, feiner, ift (sind, seiner, ist)
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

    def _long_s(self, low: str, above: float = -math.inf) -> bool:
        """Whether ``low`` reads as a known word likelier than ``above`` with its ``f``
        taken for a long s (``Verfammlung``, ``Vereinshaufes``; ``fs`` for ``ss`` or ``ß``:
        ``mufsten``): a misreading that recurs wherever the word does, so its recurring
        proves nothing."""
        if "f" not in low:
            return False
        variants = [low.replace("f", "s"), *(low[:k] + "s" + low[k + 1:]
                                            for k, c in enumerate(low) if c == "f")]
        if "fs" in low:
            variants += [low.replace("fs", "ss"), low.replace("fs", "ß")]
        lm = self.lm
        return any(lm.unigram(v) > above for v in variants if v in lm.ids)

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
        if self._long_s_page(toks):
            return self._long_s_reader()._read_words(text, toks, word_conf, trusted)
        return self._read_words(text, toks, word_conf, trusted)

    def _long_s_page(self, toks: list[Tok]) -> bool:
        """Whether the page reads long s as ``f`` throughout (Fraktur, or an 18th-century
        face, read by a model that knows no long s): :data:`LONG_S_WORDS` unknown words
        or more, and :data:`LONG_S_SHARE` of the page's, are known words with their ``f``
        read for an ``s`` (:meth:`_long_s`)."""
        unknown = [t.low for t in toks if t.kind == "word" and t.low not in self.lm.ids]
        if len(unknown) < LONG_S_WORDS:
            return False
        hits = sum(map(self._long_s, unknown))
        return hits >= LONG_S_WORDS and hits >= LONG_S_SHARE * len(unknown)

    def _long_s_reader(self) -> Corrector:
        """This corrector with ``f`` read for ``s`` (and ``fs`` for ``ß``) as likely as the
        channel allows: on a long-s page that is the page's commonest misreading."""
        if self._long_s_twin is None:
            rules = {("s", "f"): MAX_LOGP, ("ß", "fs"): MAX_LOGP}
            twin = self.with_channel(self.channel.with_rules(rules))
            twin.method, twin._long_s_mode = self.method + LONG_S, True
            self._long_s_twin = twin
        return self._long_s_twin

    def _read_words(
        self, text: str, toks: list[Tok], word_conf: Mapping[int, float] | None,
        trusted: Collection[str],
    ) -> list[Edit]:
        trust = {w.lower() for w in trusted}
        caps = Counter(  # a name recurring in the text: mid-sentence, not a known misreading
            t.low
            for t in toks
            if t.text[:1].isupper()
            and not t.sent_start
            and t.low not in self.lm.ids
            and t.low not in self._words
            and not self._long_s(t.low)
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
