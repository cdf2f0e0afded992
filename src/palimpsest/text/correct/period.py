"""Older spellings: an unknown word that is a period form of a known one is left alone.

Early modern English (``againe``, ``hee``, ``haue``, ``souldier``), 19th-century German
(``seyn``, ``Thür``, ``worinn``) and French (``départemens``, ``connoître``) print words
a modern vocabulary does not hold. A correction there is a false one, so a word that one
of these rewrites maps onto a known word is treated as known.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

__all__ = ["ize", "period_variant"]

_ISE_SUFFIX = r"(e|es|ed|ing|ation|ations)$"  # organise, -d, -ing, organisation
_ISE = re.compile("is" + _ISE_SUFFIX)


@lru_cache(maxsize=1 << 16)
def ize(word: str) -> str:
    """``organise`` and ``organize`` alike: a spelling, never an OCR error to correct."""
    return _ISE.sub(r"iz\1", word)

# (pattern, replacement) applied one at a time to the lowercase word
_RULES: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "en": [
        (re.compile(p), r)
        for p, r in [
            (r"(?<!e)e$", ""),  # againe, keepe, halfe (but magistratee is a misreading)
            (r"^(\w{1,3})ee$", r"\1e"),  # hee, mee, wee, shee: short words only
            (r"(.)\1e$", r"\1"),  # shoppe, sonne
            (r"ie$", "y"),  # courtesie, countrie
            (r"ey$", "y"),  # countrey
            (r"u", "v"),  # haue, giue
            (r"v", "u"),  # vnto, vs
            (r"y", "i"),  # hyred, tyme
            (r"i", "y"),
            (r"ll$", "l"),  # devill
            (r"l$", "ll"),  # untill
            (r"our$", "or"),
            (r"ick$", "ic"),  # publick
            (r"ed$", "d"),
            (r"'d$", "ed"),  # call'd
            (r"au", "a"),  # commaunded, dauncing
            (r"oo", "o"),
            (r"ou", "o"),
            (r"j", "i"),  # iust
            ("is" + _ISE_SUFFIX, r"iz\1"),  # British -ise, American -ize:
            ("iz" + _ISE_SUFFIX, r"is\1"),  # spellings, not misreadings
            (r"or$", "our"),
            (r"es$", "s"),  # dayes, wordes, bookes
            (r"^i(?=[aeiou])", "j"),  # ioy, iourney, iudgement
        ]
    ],
    "de": [
        (re.compile(p), r)
        for p, r in [
            (r"y", "i"),  # seyn, bey, zweyte
            (r"th", "t"),  # Thür, thun, Muth
            (r"nn$", "n"),  # worinn
            (r"ss", "ß"),
            (r"ß", "ss"),
            (r"c", "k"),  # Casse, Punct
            (r"c", "z"),  # Medicin
            (r"ä", "e"),  # gränzen
            (r"iren$", "ieren"),  # regiren
            (r"irt$", "iert"),
            (r"e$", ""),
            (r"es$", "s"),  # unterweges
            (r"et$", "t"),  # verwirret
            (r"dt", "t"),
            (r"ey", "ei"),
        ]
    ],
    "fr": [
        (re.compile(p), r)
        for p, r in [
            (r"ens$", "ents"),  # départemens, argumens
            (r"ans$", "ants"),  # suppléans
            (r"oi", "ai"),  # connoître, j'avois
            (r"ois$", "ais"),
            (r"oit$", "ait"),
            (r"oient$", "aient"),
            (r"^ecr", "écr"),
            (r"^et", "ét"),
            (r"ê", "es"),
            (r"û", "u"),
            (r"y", "i"),
        ]
    ],
    "es": [
        (re.compile(p), r)
        for p, r in [
            (r"á$", "a"),  # old accents: á, é, ó on single words
            (r"ó$", "o"),
            (r"é$", "e"),
            (r"x", "j"),  # dixo, Mexico
            (r"y", "i"),  # reyna, muy
            (r"ge", "je"),
            (r"gi", "ji"),
        ]
    ],
}


# Older spellings that the corpora hold as (rare) words of their own: busines, kitchin,
# weekes, comming, maister, heere, shewn. Too loose to excuse an unknown word (``comming``
# and a misread ``lettters`` look alike), they keep a known one from being "corrected"
# for want of context (:func:`period_variant` with ``known=True``).
_KNOWN_RULES: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "en": [
        (re.compile(p), r)
        for p, r in [
            (r"nes$", "ness"), (r"in$", "en"), (r"es$", "s"), (r"([bdgmnprt])\1", r"\1"),
            (r"ai", "a"), (r"ee", "e"), (r"ew", "ow"), (r"ie", "y"),
        ]
    ],
}


_ALL_RULES = {lang: rules + _KNOWN_RULES.get(lang, []) for lang, rules in _RULES.items()}


def period_variant(
    word: str, lang: str, vocab: Container[str], *, known: bool = False
) -> str | None:
    """The known word that ``word`` (lowercase) is an older spelling of, if any
    (``known``: ``word`` is a known word too, and looser rules apply)."""
    for pat, repl in (_ALL_RULES if known else _RULES).get(lang, ()):
        cand, n = pat.subn(repl, word, count=1)
        if n and cand != word and len(cand) >= 2 and cand in vocab:
            return cand
    return None
