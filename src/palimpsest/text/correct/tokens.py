"""Words of a text for correction: their spans, shapes and sentence context."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["GUILLEMETS", "Tok", "recase", "recase_word", "tokenize", "word_lows"]

_RAW = re.compile(r"[^\s\-–—/]+")
GUILLEMETS = "«»"  # quotes in French and German; in English OCR, misread letters
_EDGE = "\"'.,;:!?¡¿()[]{}«»„“”‘’‚*_~|<>•·^`´"
_SENT_END = frozenset(".!?:;")
_CLAUSE_END = frozenset(".!?:;,()")
_HYPHEN_CHARS = "-–—¬⸗="
_GLUES = ("-", "/", "–")  # what joins a word to the one before it
_LINE_BREAK_HYPHEN = re.compile(r"[-–—¬⸗=][ \t]*\r?\n")
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NUMBERISH = re.compile(
    r"[$€£]?\d[\d.,:/]*(?:[a-zº°ª]{1,3}\.?|%)?|[ivxlcdmIVXLCDM]+",
    re.I,  # 2nd, 8vo, 10s
)


@dataclass(slots=True)
class Tok:
    """One word: its core span in the text (edge punctuation left out) and shape."""

    start: int
    end: int
    text: str  # the core as written
    low: str
    kind: str  # "word" (letters), "mixed" (letters with digits/symbols), "skip"
    sent_start: bool  # first word of a sentence (capital says nothing)
    glued_left: bool  # joined to the previous word by a hyphen or slash
    broken: bool  # part of a word broken at a line end (hyphen, ¬)
    ends_clause: bool  # punctuation after it ends the bigram context


def _fold(low: str) -> str:
    """Typographic variants a vocabulary spells one way: ’ -> ', a/o/u + e above -> ä/ö/ü,
    long s -> s (``ſix`` is the word six as printed, not a misread ``dix``)."""
    low = low.replace("’", "'").replace("ſ", "s")
    if "\u0364" in low:
        low = low.replace("a\u0364", "ä").replace("o\u0364", "ö").replace("u\u0364", "ü")
    return low


def _kind(core: str) -> str:
    if "\u0364" in core:
        core = core.replace("\u0364", "")
    if core.isalpha() or _LETTERS.fullmatch(core):
        return "word"
    if _NUMBERISH.fullmatch(core) or _ABBREV.fullmatch(core):
        return "skip"
    letters = sum(c.isalpha() for c in core)
    if letters >= 2 and letters >= len(core) - 2 and len(core) >= 3:
        return "mixed"
    return "skip"


_ABBREV = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{0,3}")  # p.m, e.g, U.S.A, Bd.II

_ELISION = re.compile(r"(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=[^\W\d_])", re.I)


def tokenize(text: str, *, elision: bool = False, letter_marks: str = "") -> list[Tok]:
    """The words of ``text`` in order.

    With ``elision`` (French), an elided article or pronoun (``l'``, ``d'``, ``qu'``)
    is left out of the word that follows it. ``letter_marks`` glued to a word stay in it,
    as misread letters (English OCR's guillemets: ``»as`` for *was*, ``ha«`` for *has*).
    """
    toks: list[Tok] = []
    prev_end_punct = True
    prev_end = -1
    pending = False
    for m in _RAW.finditer(text):
        raw = m.group()
        start, end = m.span()
        if raw.isalpha():  # the common case: a plain word, nothing around it
            gap = text[prev_end:start] if prev_end >= 0 else ""
            broken, pending = pending, False
            if text[end : end + 1] in _HYPHEN_CHARS and _LINE_BREAK_HYPHEN.match(text, end):
                broken = pending = True
            toks.append(Tok(start, end, raw, _low(raw), "word", prev_end_punct or "\n\n" in gap,
                            gap in _GLUES, broken, False))
            prev_end_punct = False
            prev_end = end
            continue
        found = _core(raw, elision, letter_marks)
        if found is None:
            prev_end_punct = prev_end_punct or any(c in _SENT_END for c in raw)
            continue
        lead, core = found
        s = start + lead
        broken, pending = pending, False  # the second half of a word broken at a line end
        e = s + len(core)
        glued = prev_end >= 0 and text[prev_end:start] in _GLUES
        for at in (e, end):  # "Schwe¬\n", "Schwe—\n": the word goes on on the next line
            if text[at : at + 1] in _HYPHEN_CHARS and _LINE_BREAK_HYPHEN.match(text, at):
                broken = pending = True
        trail = text[e:end]
        if prev_end >= 0 and "\n\n" in text[prev_end:start]:
            prev_end_punct = True  # a paragraph's first word: a heading, "Chers camarades,"
        toks.append(
            Tok(
                start=s,
                end=e,
                text=core,
                low=_low(core),
                kind="word" if core.isalpha() else _kind(core),
                sent_start=prev_end_punct,
                glued_left=glued,
                broken=broken,
                ends_clause=bool(trail) and any(c in _CLAUSE_END for c in trail),
            )
        )
        prev_end_punct = (
            bool(trail) and any(c in _SENT_END for c in trail) and not _abbreviation(core, trail)
        )
        prev_end = end
    return toks


def word_lows(text: str, *, elision: bool = False, letter_marks: str = "") -> Iterator[str]:
    """The lowercase forms of :func:`tokenize`'s words (kind ``word``) and nothing else it
    reads: what a collection's word counts need, at a third of the cost."""
    for raw in _RAW.findall(text):
        if raw.isalpha():
            yield _low(raw)
            continue
        found = _core(raw, elision, letter_marks)
        if found is not None and found[1] and (found[1].isalpha() or _kind(found[1]) == "word"):
            yield _low(found[1])


def _core(raw: str, elision: bool, letter_marks: str = "") -> tuple[int, str] | None:
    """Where the word of a raw token starts in it, and the word: edge marks off (but
    ``letter_marks`` next to it), a French elided article off (with ``elision``), a
    line-end hyphen mark off (the word may then be empty); ``None`` when the token is
    marks only."""
    core = raw.strip(_EDGE)
    if not core:
        return None
    lead = len(raw) - len(raw.lstrip(_EDGE))
    if letter_marks:
        end = lead + len(core)
        while lead and raw[lead - 1] in letter_marks:
            lead -= 1
        while end < len(raw) and raw[end] in letter_marks:
            end += 1
        core = raw[lead:end]
    if elision and ("'" in core or "’" in core) and (el := _ELISION.match(core)):
        core = core[el.end() :]
        lead += el.end()
    return lead, core.rstrip("¬⸗=")  # a line-end hyphen mark, Fraktur's ⸗ as OCR reads it


def _low(word: str) -> str:
    return word.lower() if word.isascii() else _fold(word.lower())


# Titles and abbreviations whose dot ends no sentence: the capital after them is a name's.
_ABBREVIATIONS = frozenset([
    "mr", "mrs", "messrs", "dr", "st", "rev", "hon", "col", "capt", "gen", "lieut", "sgt",
    "prof", "esq", "jun", "sen", "mm", "mme", "mlle", "herr", "hr", "fr", "frl", "sr", "sra",
    "srta", "dn", "dña", "vd",
])  # fmt: skip


def _abbreviation(core: str, trail: str) -> bool:
    """``Mr.``, ``M.``, an initial ``J.``: the dot abbreviates, it ends no sentence."""
    if not trail.startswith(".") or trail.startswith(".."):
        return False
    return (len(core) == 1 and core.isupper()) or core.lower() in _ABBREVIATIONS


def recase(like: str, word: str) -> str:
    """``word`` in the case pattern of ``like`` (UPPER, Title or lower)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def recase_word(tok: Tok, word: str, common: bool) -> str:
    """``word`` written as the misread ``tok`` stood for it. A word of four letters or
    more, over three quarters capitals, is in capitals (``LONDONr``, ``ROBBsRY``). A
    capital that the correction changes mid-sentence was a misread lowercase letter when
    the word is ``common`` (``conspiracy Nvith a man`` → ``with``, ``died Irom`` →
    ``from``); otherwise as :func:`recase`."""
    like = tok.text.strip(GUILLEMETS) or tok.text  # an English guillemet's case says nothing
    letters = [c for c in like if c.isalpha()]
    if len(letters) >= 4 and 4 * sum(c.isupper() for c in letters) > 3 * len(letters):
        return word.upper()
    if like[:1].lower() == word[:1] or not like[:1].isalpha() or not word[:1].isalpha():
        return recase(like, word)
    if like[:1].isupper() and not tok.sent_start and common and not like.isupper():
        return word
    return recase(like, word)
