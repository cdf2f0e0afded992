"""How two names are compared: their keys, words and similarities.

A name's key (:func:`name_key`) folds case and accents, drops titles and honorifics in
four languages, possessive ``'s``, leading articles and hyphens at line ends, and folds the
OCR's confusions and transliterations; people are compared surname first
(:func:`person_score`), organisations by their acronyms too (:func:`acronym`), German
genitives by the nominatives they stand for (:func:`german_nominatives`). The
:class:`~.resolve.Resolver` decides with these which mentions name one entity.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.lexicon import CONNECTORS, LEADING_DROP, NAME_PARTICLES, TITLES

ACRONYM_SKIP = CONNECTORS | {"für", "fur", "a", "au", "aux", "en", "à"}
_OCR = [("ſ", "s"), ("rn", "m"), ("vv", "w"), ("ae", "a"), ("oe", "o"), ("ue", "u"),
        ("ß", "ss"), ("ii", "u"), ("0", "o"), ("1", "l"), ("5", "s"), ("ph", "f"), ("th", "t"),
        ("ck", "k"), ("y", "i")]
ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "sta": "santa",
                 "sto": "santo", "bros": "brothers", "co": "company", "assn": "association"}
_HYPHEN_BREAK = re.compile(r"[-¬]\s*\n\s*")
_NON_WORD = re.compile(r"[^\w\s-]+|_")
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)


def strip_titles(words: list[str], typ: str = "PER") -> list[str]:
    """Leading (and trailing) titles, honorifics and articles off a folded word list;
    articles only for organisations and places (``St. Louis`` keeps its ``St``)."""
    titles = TITLES if typ == "PER" else frozenset()
    i = 0
    while i < len(words) - 1 and (
        words[i] in titles or (len(words[i]) > 1 and words[i] in LEADING_DROP)
    ):
        i += 1
    words = words[i:]
    while len(words) > 1 and words[-1] in titles:  # "Smith Esq"
        words = words[:-1]
    return words


def words_of(name: str, typ: str = "PER") -> list[str]:
    return list(_words_of(name, typ))


@lru_cache(maxsize=65536)
def _words_of(name: str, typ: str) -> tuple[str, ...]:
    """Folded words of a name, hyphenation at line ends joined, punctuation dropped."""
    text = _HYPHEN_BREAK.sub("", name)
    text = _POSSESSIVE.sub("", text)
    text = _NON_WORD.sub(" ", fold(text).replace("-", " "))
    words = text.split()
    if typ != "PER":
        words = [ABBREVIATIONS.get(w, w) for w in words]
    return tuple(strip_titles(words, typ))


def display_name(text: str, typ: str = "PER") -> str:
    """A name as shown: line-end hyphenation joined, leading titles and articles off (a
    person's particle stays: ``de Gaulle``, ``von Papen``)."""
    words = _HYPHEN_BREAK.sub("", text).split()
    titles = TITLES if typ == "PER" else frozenset()
    particles = NAME_PARTICLES if typ == "PER" else frozenset()
    i = 0
    while i < len(words) - 1 and (
        fold(words[i]).rstrip(".") in titles
        or (fold(words[i]) in LEADING_DROP and fold(words[i]) not in particles)
    ):
        i += 1
    return " ".join(words[i:])


@lru_cache(maxsize=65536)
def ocr_fold(word: str) -> str:
    """``word`` with the OCR's usual confusions folded (``rn`` → ``m``, ``ſ`` → ``s``)."""
    for a, b in _OCR:
        word = word.replace(a, b)
    return word


@lru_cache(maxsize=65536)
def name_key(name: str, typ: str = "PER") -> str:
    """The comparison key of a name: folded, titles off, OCR confusions folded."""
    return " ".join(ocr_fold(w) for w in _words_of(name, typ))


def mention_key(text: str, type: str | None = None) -> str:
    """The exact-match key of a mention or alias (``name_key`` with the type's rules;
    people's rules when the type is unknown): equal keys name the same entity."""
    return name_key(text, type or "PER")


def acronym(name: str) -> str:
    """Initials of the content words, folded (``National Union of Mineworkers`` → ``num``)."""
    return "".join(w[0] for w in words_of(name, "ORG") if w not in ACRONYM_SKIP and w[0].isalpha())


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def similarity(a: str, b: str, at_least: float = 0.0) -> float:
    """Edit similarity of two strings; with ``at_least``, any similarity well under it is
    given as 0 (those are not worked out: a faster comparison)."""
    if at_least <= 0.0:
        return 1.0 - Levenshtein.normalized_distance(a, b)
    return 1.0 - Levenshtein.normalized_distance(a, b, score_cutoff=1.01 - at_least)


def person_score(a: list[str], b: list[str]) -> float:
    """How alike two people's names are (keys as word lists), 0 when incompatible."""
    if not a or not b:
        return 0.0
    best = 0.0
    for sa, sb in itertools.product(a[-2:] if len(a) > 2 else a[-1:],
                                    b[-2:] if len(b) > 2 else b[-1:]):
        best = max(best, similarity(sa, sb, 0.8))
    if best < 0.8:
        return 0.0
    ga, gb = a[:-1], b[:-1]
    if not ga or not gb:
        return best - 0.1
    g = max(given_score(ga[0], gb[0]),
            0.9 if ga[0] in gb[1:] or gb[0] in ga[1:] else 0.0)  # Largo Caballero
    return (best + g) / 2 if g else 0.0


def given_score(x: str, y: str) -> float:
    """Given names: equal, alike, an initial or an abbreviation (``Thos`` of ``Thomas``)."""
    if len(x) == 1 or len(y) == 1:
        return 0.9 if x[0] == y[0] else 0.0
    short, long_ = sorted((x, y), key=len)
    if len(short) <= 4 and short[0] == long_[0] and _subsequence(short, long_):
        return 0.9
    g = similarity(x, y, 0.75)
    return g if g >= 0.75 else 0.0


_ADJECTIVE_ENDS = ("er", "e", "es")  # deutschen -> deutscher, deutsche, deutsches


def german_nominatives(key: str) -> list[str]:
    """:func:`_nominatives`, as a list."""
    return list(_nominatives(key))


@lru_cache(maxsize=65536)
def _nominatives(key: str) -> tuple[str, ...]:
    """The nominatives a German genitive name's key may stand for (``deutschen
    gewerkschaftsbundes`` → ``deutscher gewerkschaftsbund``, …): the last word as it is
    and without its ``-es``/``-s``, each adjective in ``-en`` before it in the three
    genders. Up to three adjectives; nothing for a key that is no genitive."""
    words = key.split()
    last = words[-1]
    heads = [last]  # Partei Deutschlands: the genitive is the name's own
    if len(last) > 5 and last.endswith("es"):
        heads += [last[:-2], last[:-1]]
    elif len(last) > 4 and last.endswith("s"):
        heads += [last[:-1]]
    adjectives = [k for k, w in enumerate(words[:-1]) if len(w) > 4 and w.endswith("en")]
    if (len(heads) == 1 and not adjectives) or len(adjectives) > 3:
        return ()
    out = []
    for head in heads:
        for ends in itertools.product(_ADJECTIVE_ENDS, repeat=len(adjectives)):
            w = list(words[:-1])
            for k, end in zip(adjectives, ends, strict=True):
                w[k] = w[k][:-2] + end
            out.append(" ".join([*w, head]))
    return tuple(out)


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(c in it for c in short)
