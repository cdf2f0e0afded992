"""Known words the corrector weighs anyway, and words it leaves as written.

Most known words are taken as printed. Two exceptions go both ways: a rare known word
that its neighbours never stand beside (``Communist arty``) may be a misread common word,
so it is weighed in context; a short word in capitals among lower-case words (``the
teachers of SUTEP show``) is an acronym, which no vocabulary holds, so it keeps its
letters.
"""

from __future__ import annotations

from collections.abc import Container

from palimpsest.model import Edit
from palimpsest.text.correct.lm import LanguageModel
from palimpsest.text.correct.period import period_variant
from palimpsest.text.correct.tokens import Tok

__all__ = ["out_of_context", "rare_known", "spares_acronym"]


def rare_known(lm: LanguageModel, tok: Tok, rare_logp: float) -> bool:
    """Whether ``tok`` is a word the corpora know, but rarer than ``rare_logp``: the only
    known words :func:`out_of_context` weighs (a cheap test, first)."""
    k = lm.ids.get(tok.low)
    return k is not None and tok.kind == "word" and lm.logp[k] < rare_logp


def out_of_context(
    lm: LanguageModel,
    tok: Tok,
    prev: str | None,
    nxt: str | None,
    *,
    lang: str,
    frequent: Container[str],
) -> bool:
    """Whether rare known word ``tok`` (:func:`rare_known`) has never stood beside either
    neighbour (``prev``, ``nxt``: its context within the clause) in the corpora; an older
    spelling of a known word (``busines``, ``heere``) never is. A clause's first word, or
    one after an unknown word, is judged by its next word alone (``Cad vez``: *Cada*)."""
    if prev is not None and prev in lm.ids:
        if lm.has_bigram(prev, tok.low):
            return False
    elif nxt is None:
        return False  # no known neighbour: nothing to judge it by
    if nxt is not None and lm.has_bigram(tok.low, nxt):
        return False
    return period_variant(tok.low, lang, frequent, known=True) is None


def spares_acronym(toks: list[Tok], i: int, edit: Edit) -> bool:
    """Whether ``edit`` would rewrite an acronym: a short all-capital word between
    lower-case ones. It keeps its letters unless the edit swaps one misread letter in a
    word of four or more (``the TOURNAL of``; not ``ASLEF`` → ``ASKED``); in a run of
    capitals (a heading, an advertisement: ``LARGE CARPBTS``) it is an ordinary word and is
    read as one."""
    tok = toks[i]
    if not 2 <= len(tok.text) <= 7 or not tok.text.isupper() or tok.kind != "word":
        return False
    if i == 0 or i + 1 == len(toks) or toks[i - 1].text.isupper() or toks[i + 1].text.isupper():
        return False
    if len(tok.text) <= 3 or len(edit.replacement) != len(tok.text):
        return True
    swaps = sum(a != b for a, b in zip(tok.text.lower(), edit.replacement.lower(), strict=True))
    return swaps > 1  # ASLEF is no misread ASKED
