"""Words broken apart: two halves separated by a space, a hyphen, or a hyphen and a space."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from palimpsest.model import Edit
from palimpsest.text.correct.lm import OOV_LOGP
from palimpsest.text.correct.tokens import Tok, recase

if TYPE_CHECKING:
    from palimpsest.text.correct.corrector import Corrector

__all__ = ["hyphen_join", "merge_across_mark", "merge_halves"]


def merge_halves(c: Corrector, toks: list[Tok], i: int, text: str) -> Edit | None:
    """Join toks[i] and toks[i+1] when they are the two halves of one word."""
    a, b = toks[i], toks[i + 1]
    if a.kind != "word" or b.kind != "word" or a.broken or b.broken or a.ends_clause:
        return None
    if text[a.end : b.start] != " " or (b.text[:1].isupper() and not a.text.isupper()):
        return None
    lm, ch = c.lm, c.channel
    both_known = a.low in lm.ids and b.low in lm.ids
    if both_known and lm.unigram(a.low) > math.log(1e-3):
        return None  # to day, any thing, every one: older texts wrote them apart
    prev = toks[i - 1].low if i > 0 and not toks[i - 1].ends_clause else None
    nxt = toks[i + 2].low if i + 2 < len(toks) and not b.ends_clause else None
    if nxt is not None and nxt not in lm.ids:
        nxt = None
    m = a.low + b.low
    if m not in lm.ids or lm.unigram(m) < math.log(1e-5 if both_known else 1e-7):
        return None
    joined = ch.merge + c._lm(prev, [m], nxt)
    apart = c._lm(prev, [a.low, b.low], nxt)
    for t in (a, b):
        if t.low not in lm.ids:
            apart += c.settings.oov_logp - OOV_LOGP
    post = 1.0 / (1.0 + math.exp(min(50.0, apart - joined)))
    if post < (0.9 if both_known else c.settings.suggest_at):  # two words: need more
        return None
    repl = recase(a.text, m) if not a.text.isupper() else m.upper()
    cands = [(repl, post), (f"{a.text} {b.text}", 1 - post)]
    return c._edit(a.start, b.end, repl, post, cands)


def hyphen_join(c: Corrector, toks: list[Tok], i: int, text: str) -> Edit | None:
    """``com- mercial`` -> ``commercial``: a word broken by a hyphen and a space.

    Joined when the whole is a known word likelier than its halves one after the other;
    ``police- court`` (two words) keeps its hyphen and loses the space.
    """
    a, b = toks[i], toks[i + 1]
    gap = text[a.end : b.start]
    if a.kind != "word" or b.kind != "word" or gap not in ("- ", "-"):
        return None
    if not b.text[:1].islower():
        return None
    ids = c.lm.ids
    whole = a.low + b.low
    if gap == "-":  # direc-tion, ap-pris: a line-end hyphen left inside the line
        if not c._inline_join or whole not in ids or c.lm.has_bigram(a.low, b.low):
            return None
        if a.low in ids and b.low in ids and not _whole_likelier(c, a.low, b.low, whole):
            return None
        return c._edit(a.start, b.end, a.text + b.text, 0.8,
                          [(a.text + b.text, 0.8), (f"{a.text}-{b.text}", 0.2)])  # fmt: skip
    if whole in ids and not (a.low in ids and b.low in ids and len(b.low) > 3
                             and not _whole_likelier(c, a.low, b.low, whole)):
        return c._edit(a.start, b.end, a.text + b.text, 0.9,
                          [(a.text + b.text, 0.9), (f"{a.text}- {b.text}", 0.1)])  # fmt: skip
    if a.low in ids and b.low in ids and len(a.low) > 2 and len(b.low) > 2:
        return c._edit(a.end + 1, b.start, "", 0.7, [(f"{a.text}-{b.text}", 0.7)])
    return None


def _whole_likelier(c: Corrector, a: str, b: str, whole: str) -> bool:
    """The joined word is likelier than its two halves one after the other: ``con-
    sequence``, ``docu- ments`` (``ments`` and ``con`` are in the vocabulary too). A
    compound the vocabulary lacks whole keeps its hyphen (``police- court``)."""
    return c.lm.unigram(a) + c.lm.unigram(b) <= c.lm.unigram(whole)


def merge_across_mark(c: Corrector, toks: list[Tok], i: int, text: str) -> Edit | None:
    """``s: permercados`` → ``supermercados``: one word that the OCR broke at a letter it
    read as a mark (:mod:`.marks`), glued to the first half; the whole is a known word
    read with the mark as that letter, against the halves apart, the mark a punctuation."""
    if c._marks is None or i + 1 >= len(toks):
        return None
    a, b = toks[i], toks[i + 1]
    if a.kind != "word" or b.kind != "word" or not b.text[:1].islower():
        return None
    trail = [g for g in c._marks.glued(text, a.start, a.end) if g.side == "trail"]
    if not trail or text[trail[0].end:b.start] not in ("", " "):
        return None
    g = trail[0]
    ids = c.lm.ids
    found = [(a.low + x + b.low, lp) for x, lp in g.letters.items() if a.low + x + b.low in ids]
    if not found:
        return None
    prev = toks[i - 1].low if i > 0 and not toks[i - 1].ends_clause else None
    nxt = toks[i + 2].low if i + 2 < len(toks) and not b.ends_clause else None
    if nxt is not None and nxt not in ids:
        nxt = None
    apart = g.punctuation + c._lm(prev, [a.low], None) + c._lm(None, [b.low], nxt)
    for t in (a, b):
        if t.low not in ids:
            apart += c.settings.oov_logp - OOV_LOGP
    hyps = {w: lp + c.channel.merge + c._lm(prev, [w], nxt) for w, lp in found}
    hyps[""] = apart
    top = max(hyps.values())
    z = sum(math.exp(v - top) for v in hyps.values())
    best = max(found, key=lambda f: hyps[f[0]])[0]
    post = math.exp(hyps[best] - top) / z
    if post < c.settings.apply_at:
        return None
    repl = recase(a.text, best)
    cands = [(recase(a.text, w), round(math.exp(hyps[w] - top) / z, 4)) for w, _ in found]
    cands.append((text[a.start:b.end], round(math.exp(apart - top) / z, 4)))
    return c._edit(a.start, b.end, repl, post, sorted(cands, key=lambda x: -x[1]))
