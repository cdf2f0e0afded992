"""What the text around a word says of it: a headline's capitals, how the text writes a
word after a name's word, a capitalised word that misreads one the text writes elsewhere,
a word heading a hyphenated compound, a misreading the text repeats. Read by
:class:`~.corrector.Corrector`."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from palimpsest.model import Edit
from palimpsest.text.correct.tokens import Tok

SIBLING_MIN = 5  # letters: shorter names are too often one edit apart (Hart, Bart)


@lru_cache(maxsize=1 << 16)
def unaccented(word: str) -> str:
    """``word`` without its letters' marks (``congés`` → ``conges``)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def in_capitals(toks: list[Tok], i: int) -> bool:
    """Whether token ``i``, itself half capitals or more, stands between words in capitals
    (a headline: ``INiIUmAN TREATMENT OF A CHILD``): the word before and the word after,
    where there are such, are all capitals, and at least one of them has two letters."""
    letters = [c for c in toks[i].text if c.isalpha()]
    if len(letters) < 2 or 2 * sum(c.isupper() for c in letters) < len(letters):
        return False
    around = [t for t in (toks[i - 1] if i else None, toks[i + 1] if i + 1 < len(toks) else None)
              if t is not None and t.kind == "word"]
    return bool(around) and all(t.text.isupper() for t in around) and any(
        sum(c.isalpha() for c in t.text) >= 2 for t in around)


def capitalised_known(toks: list[Tok], known: Mapping[str, int]) -> set[str]:
    """The known words the text writes with a capital in mid-sentence (``Association``)."""
    return {t.low for t in toks
            if len(t.low) >= SIBLING_MIN and t.text[:1].isupper() and not t.sent_start
            and t.low in known}


def misspells_sibling(low: str, siblings: set[str]) -> bool:
    """Whether unknown ``low`` is one edit from a word the same text writes with a capital:
    ``Assocition`` beside ``Tenants' Association`` is that word misread, not a name."""
    n = len(low)
    return n >= SIBLING_MIN and any(
        abs(len(w) - n) <= 1 and Levenshtein.distance(low, w, score_cutoff=1) <= 1
        for w in siblings)


def capitalised_after(toks: list[Tok]) -> dict[tuple[str, str], bool]:
    """(previous word, word) → whether the text writes that word there with a capital
    only (``Communist Party`` in mid-sentence, never ``Communist party``): how a word the
    corrector restores after the same capitalised word is to be written (a name's)."""
    out: dict[tuple[str, str], bool] = {}
    for prev, tok in itertools.pairwise(toks):
        if tok.sent_start or prev.ends_clause or tok.kind != "word" or tok.text.isupper():
            continue
        key = (prev.low, tok.low)
        out[key] = tok.text[0].isupper() and out.get(key, True)
    return out


def compound_head(toks: list[Tok], i: int, text: str) -> bool:
    """Whether word ``i`` is glued by a hyphen to the next word (``anti-terrorist``)."""
    return (i + 1 < len(toks) and toks[i + 1].start == toks[i].end + 1
            and text[toks[i].end] == "-" and toks[i + 1].kind == "word")


REPEATED_NOTE = "the same misreading corrected with confidence elsewhere in the text"


def confirm_repeated(doubted: list[tuple[str, Edit]], edits: list[Edit], toks: list[Tok]) -> None:
    """Apply a doubted correction of a real word (``doubted``: the word as read, and its
    edit, only suggested for want of surer evidence) that the same text makes with
    confidence elsewhere: ``Labour arty`` (0.90) beside ``Communist arty`` (0.96), one
    misreading of *party* that the OCR repeated."""
    read = {t.start: t.low for t in toks}
    sure = {(read.get(e.start), e.replacement.lower()) for e in edits if e.status == "applied"}
    for low, edit in doubted:
        if (low, edit.replacement.lower()) in sure:
            edit.status, edit.note = "applied", REPEATED_NOTE
