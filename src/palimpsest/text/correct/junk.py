"""Stray marks: characters the OCR reads from specks and rules that no page printed.

``~ | • ■ ^ ¡ \\ # * _`` and the like almost never occur in the ground truth of the
evaluation sets (BLN600 train: ``~`` 539 times in the OCR, never in the truth), yet they
split words (``constab~le``) and hide them from the word corrector. Each run of them
becomes a deletion edit; a lone run between spaces goes with one of the spaces. A
Unicode replacement character before a digit is a pound sign lost to a bad encoding
(``�20`` → ``£20``).

A lone full stop between two lowercase words (``where a sale was . taking place``), and
outside German a lone capital letter or dash there (``asked her mistress what P had
become``, ``noticed at - once``), is a speck: of 274 in BLN600 train's OCR its truth
keeps 23 and drops 141 (the rest stand in garbled stretches). Not a capital beside
``and`` or ``or`` (``between A and B``), and not in German, where the dash is printed and
a capital may be a noun's. Each goes with a space.

In English, a mark glued to a function word where it cannot belong is a speck too: a full
stop, comma or apostrophe after *the* or *an*, an apostrophe after *a, of, and, to, was*,
before a lowercase word (``the. prisoner``, ``to' the``), and an apostrophe before a
function word (``'the man``) unless a closing quote follows in the line (``'by subtle
magic poised'``). BLN600 train's OCR holds 291 of these, its truth 1.

A lone lowercase letter between words may be a speck too (``made him d angry``), or a
word (``f`` for ``of``): the corrector weighs its deletion against its readings
(:func:`speck` says when it may; ``Channel.drops`` how often it was one).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence

from palimpsest.model import Edit
from palimpsest.text.correct.tokens import Tok

__all__ = ["JUNK", "junk_edits", "speck", "with_a_space"]

JUNK = "~|•■□▪▫●◆♦❖★►▼▲©®¡\\^#*_"
_RUN = re.compile(f"[{re.escape(JUNK)}\ufffd]+")
_RUN_ES = re.compile(f"[{re.escape(JUNK.replace('¡', ''))}\ufffd]+")  # ¡Viva!: Spanish prints it
_LEAD_MARKS = frozenset("'‘-")
_WORD = re.compile(r"[a-z]*")
_RULE_LINE = re.compile(r"[_*#~=-]{4,}")  # a drawn rule or a separator: leave it
# a lone full stop, capital (not A, I, O) or dash between lowercase words: a speck
# (a capital beside "and", "or", "nor" names something: "between A and B")
_LONE = re.compile(r"(?<=[a-z] )(?:[.\-–—]|(?<!\band )(?<!\bor )(?<!\bnor )[B-HJ-NP-Z]"
                   r"(?! (?:and|or|nor)\b))(?= [a-z])")
_LONE_DE = re.compile(r"(?<=[a-z] )\.(?= [a-z])")
# a hyphen or apostrophe glued to the front of a lowercase word (" -acoiant", " 'ai"):
# 293 and 543 times in BLN600 train's OCR, 3 and 7 times in its truth
_LEAD = re.compile(r"(?:(?<=\s)|^)['‘-](?=[a-z])(?!(?:tis|twas|twere|twould|em|neath|gainst)\b)")
# English: a mark glued to a function word where it cannot belong, before a lowercase word
_FUNCTION = "the|a|an|of|and|to|was|his|her|that|with|for|by|from|he|she|in|on|at|had|is|it"
_GLUED_EN = re.compile(
    r"\b(?:[Tt]he|an)(?P<after>[.,'])(?= [a-z])"  # the. prisoner, an, old
    r"|\b(?:a|of|to|and|was)(?P<apostrophe>')(?= [a-z])"  # to' the
    rf"|(?:(?<=\s)|^)(?P<before>')(?=(?:{_FUNCTION}) [a-z])"  # 'the man, but not a quote:
    r"(?![^'\n]*[a-z][,.!?;]?'(?!\w))"  # 'by subtle magic poised'
)


def junk_edits(
    text: str,
    rule: str,
    method: str,
    *,
    lang: str = "en",
    confidence: float = 0.8,
    common: Callable[[str], bool] = lambda w: False,
) -> list[Edit]:
    """Deletion edits for the stray marks in ``text``.

    A mark glued to the front of a ``common`` word (`` -and``, `` -the``) is left: that
    is more often a dash than a speck.
    """
    out: list[Edit] = []
    n = len(text)
    last = 0  # end of the previous edit: edits never overlap
    marks = _RUN_ES if lang == "es" else _RUN
    lone = _LONE_DE if lang == "de" else _LONE
    glued = [m.span(m.lastgroup or 0) for m in _GLUED_EN.finditer(text)] if lang == "en" else []
    runs = sorted([*((*m.span(), m.group()) for rx in (marks, _LEAD, lone)
                     for m in rx.finditer(text)),
                   *((s, e, "") for s, e in glued)])  # "": a mark glued to a function word
    glued_at = {s for s, _ in glued}
    for s, e, run in runs:
        if run and s in glued_at:  # the same mark, taken as glued
            continue
        if not run:  # glued: the mark alone goes
            if s >= last:
                out.append(Edit(s, e, "", rule, method, confidence, note="stray mark"))
                last = e
            continue
        if run in _LEAD_MARKS and common(_WORD.match(text, e).group()):  # type: ignore[union-attr]
            continue
        if _RULE_LINE.fullmatch(run):
            continue
        if run == "\ufffd" and e < n and text[e].isdigit():
            if lang == "en":
                out.append(Edit(s, e, "£", rule, method, confidence, note="lost pound sign"))
            continue
        before = text[s - 1] if s > 0 else " "
        after = text[e] if e < n else " "
        if before.isspace() and after.isspace() and e < n and after == " ":
            e += 1  # a lone run between spaces: take one space with it
        elif before == " " and after.isspace() and s - 1 >= last:
            s -= 1
        s = max(s, last)
        last = e
        out.append(Edit(s, e, "", rule, method, confidence, note="stray mark"))
    return out


def speck(toks: Sequence[Tok], i: int, text: str, known: Container[str]) -> bool:
    """Word ``i`` stands alone between ``known`` words, not beside the rest of a broken
    word (``drawi g``) that it belongs to."""
    tok = toks[i]
    if not (text[tok.start - 1 : tok.start] or " ").isspace():
        return False
    if not (text[tok.end : tok.end + 1] or " ").isspace():
        return False
    return all(toks[k].low in known for k in (i - 1, i + 1) if 0 <= k < len(toks))


def with_a_space(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a word to delete, with the space after it (else the one before)."""
    if text[end : end + 1] == " ":
        return start, end + 1
    if text[start - 1 : start] == " ":
        return start - 1, end
    return start, end
