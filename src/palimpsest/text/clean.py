"""First-pass text cleaning, expressed as standoff edits over the OCR text.

Every change is an :class:`Edit` with a ``rule`` (``unicode``, ``noise-line``,
``hyphenation``, ``paragraph``, ``whitespace``) and a ``confidence``, so a
curator can see and undo why the clean text differs. Spelling (``ſ``, quotes,
misread words) is left to a later correction stage. The text is cut into lines
once; a kept line's interior gets inline edits and each gap between two kept
lines (line breaks, blank and noise lines) one separator: edits never overlap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from palimpsest.model import PAGE_SEPARATOR, Edit
from palimpsest.text.edits import CleanText, apply_edits, sort_edits
from palimpsest.text.noise import SENTENCE_END, Line, find_noise
from palimpsest.text.spacing import letter_gaps

__all__ = ["METHOD", "Cleaning", "NoiseLine", "clean"]

METHOD = "palimpsest.clean@0.1.8"

_WS = "\t\x0b\r \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_ZW = "".join(map(chr, [*range(9), *range(0x0E, 0x20), 0x7F])) + "\u200b\u200c\u200d\u2060\ufeff"
_STRIP = _WS + _ZW  # what line stripping removes; all of it is "whitespace" here
_STRIP_SHY = _STRIP + "\u00ad"
_BAD = re.escape(_STRIP.replace(" ", "") + "\u00ad")  # to fix even when alone
_INLINE = re.compile(f"[ {_BAD}]{{2,}}|[{_BAD}\ufb00-\ufb06]")
# Spaces this many or more inside a line part two columns of text set side by side (a
# letterhead's left and right, two signatures, a table's cells): one space, like any run
# of spaces, but its edit says "column", so readers of lines read two lines there.
COLUMN_GAP = 5
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "ſt", "\ufb06": "st"}  # fmt: skip
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_SKIP_NFC = "\u00ad" + "".join(_LIGATURES)  # handled by their own edits
_HYPHENS = "-\u2010\u00ac\u00ad"
# Fraktur's double hyphen ⸗, which OCR also reads as "=" (and, in German, as a dash):
# marks that stand for a line-end hyphen and are replaced by "-" where one is kept.
_MARKED_HYPHENS = "\u00ac\u2e17="
_GERMAN_DASHES = "\u2014\u2013"  # Wor—|te: a dash glued to a word never ends a German line
_LIST_START = re.compile(r"(?:\d{1,3}[.)]|[a-z][.)]|[-•*–—])(?:\s|$)")
_LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}|_{4,}")  # dots leading the eye to a table's figure
# A line that opens with a label: "Present:", "Apologies:", "Anwesend:", "Presentes:".
_FIELD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{3,15}\s?:\s")
# A dateline on a line of its own: "Leeds, 3 November 1936", "Lima, 5 de agosto de 1983",
# "Paris, le 10 mai 1968", "Düsseldorf, im April 1955".
_DATELINE = re.compile(
    r"[^\W\d_][^\d,\n]{1,40},\s*(?:(?:le|den|am|im|el|en|the|in)\s+)?"
    r"(?:\d{1,2}(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+|of\s+)?)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?"
    r"\d{4}\.?"
)
_LANG3 = {"eng": "en", "spa": "es", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de",
          "ita": "it", "por": "pt", "nld": "nl", "dut": "nl"}  # fmt: skip
_Sep = tuple[int, str, str, float]  # a gap's first piece: start, replacement, rule, confidence
_KEEP_PREFIX = frozenset(["self", "well", "half", "quasi", "vice"])  # self-reliance, not selfish
_KEEP_SECOND = frozenset(["même", "mêmes", "ci", "là", "t", "être", "dire", "à"])  # French


@dataclass(frozen=True, slots=True)
class NoiseLine:
    """A line deleted as noise: its stripped text and span in the original."""

    start: int
    end: int
    text: str
    reason: str  # garbage | page-number | running-head | running-foot | ornament
    confidence: float


@dataclass(slots=True)
class Cleaning:
    """The outcome of :func:`clean`: edits over ``original`` and what was dropped."""

    original: str
    edits: list[Edit]
    noise_lines: list[NoiseLine]

    def apply(self) -> CleanText:
        """The clean text with its offset map (recomputed on each call)."""
        return apply_edits(self.original, self.edits)

    @property
    def text(self) -> str:
        """The clean text."""
        return self.apply().text


def _edit(start: int, end: int, repl: str, rule: str, conf: float) -> Edit:
    return Edit(start, end, repl, rule, METHOD, round(conf, 3))


def _split_lines(text: str, line_conf: Mapping[int, float] | None) -> list[Line]:
    """Non-blank lines with their content spans, page numbers and blank-line flags."""
    lines: list[Line] = []
    pos = 0
    pages = text.split(PAGE_SEPARATOR)
    for pno, page in enumerate(pages):
        raws = page.split("\n")
        blank = False
        for raw in raws:
            lead = raw.lstrip(_STRIP_SHY)
            content = lead.rstrip(_STRIP)
            if content[-1:] == "\u00ad" and (len(content) < 2 or content[-2] in _STRIP_SHY):
                content = content.rstrip(_STRIP_SHY)  # a soft hyphen only counts after a letter
            if content:
                cs = pos + len(raw) - len(lead)
                conf = None
                if line_conf is not None:
                    conf = line_conf.get(pos, line_conf.get(cs))
                ce = cs + len(content)
                lines.append(Line(pos, pos + len(raw), cs, ce, content, pno, blank, conf))
                blank = False
            else:
                blank = True
            pos += len(raw) + 1  # the "\n" or, after a page's last line, the "\f"
    return lines


def _nfc_edits(text: str, lo: int, hi: int) -> Iterator[Edit]:
    """NFC edits for [lo, hi): one per base character + combining marks that changes."""
    for m in _NON_ASCII.finditer(text, lo, hi):
        s, e = max(lo, m.start() - 1), m.end()
        if unicodedata.is_normalized("NFC", text[s:e]):
            continue
        i = s
        while i < e:
            j = i + 1
            while j < e and unicodedata.combining(text[j]):
                j += 1
            seg = text[i:j]
            if seg[0] not in _STRIP and seg[0] not in _SKIP_NFC:
                norm = unicodedata.normalize("NFC", seg)
                if norm != seg:
                    yield _edit(i, j, norm, "unicode", 1.0)
            i = j


def _inline_edits(text: str, lo: int, hi: int, nfc: bool, out: list[Edit]) -> None:
    """Unicode and whitespace edits inside one line's content [lo, hi)."""
    for m in _INLINE.finditer(text, lo, hi):
        run = m.group()
        lig = _LIGATURES.get(run)
        if lig is not None:
            out.append(_edit(m.start(), m.end(), lig, "unicode", 1.0))
        elif len(run) >= COLUMN_GAP and run.strip(" ") == "" and lo < m.start() and m.end() < hi:
            out.append(_edit(m.start(), m.end(), " ", "column", 0.9))  # two columns' texts
        else:
            rule = "whitespace" if run.strip(" \t") == "" else "unicode"
            repl = " " if run.strip(_ZW + "\u00ad") else ""
            out.append(_edit(m.start(), m.end(), repl, rule, 1.0))
    if nfc:
        out.extend(_nfc_edits(text, lo, hi))
    out.extend(_edit(i, i + 1, "", "letter-spacing", 0.9) for i in letter_gaps(text, lo, hi))


def _is_heading(s: str) -> bool:
    return len(s) >= 4 and s.isupper()  # all cased characters are capitals


def _line_end_marks(text: str, lang: str | None) -> str:
    """The hyphen marks ending ``text`` after a letter (``-``, ``¬``, ``⸗``, in German a
    dash; OCR doubles them, ``-—``, or sets a stray dot before one, ``distribu.¬``), or ""."""
    k = len(text)
    while k > 0 and len(text) - k < 2 and (
        text[k - 1] in _HYPHENS or text[k - 1] in _MARKED_HYPHENS or text[k - 1] in _GERMAN_DASHES
    ):
        k -= 1
    marks = text[k:]
    stray = k > 1 and text[k - 1] in ".," and text[k - 2].isalpha()
    if stray and marks and marks[-1] in _MARKED_HYPHENS:  # an explicit mark: the dot is OCR's
        k -= 1
        marks = text[k:]
    while k > 0 and unicodedata.combining(text[k - 1]):  # aͤ: the mark rides on a letter
        k -= 1
    if not marks or k == 0 or not text[k - 1].isalnum():
        return ""
    if any(c in _GERMAN_DASHES for c in marks) and (lang != "de" or not text[k - 1].isalpha()):
        return ""
    return marks


def _hyphen_join(a: Line, b: Line, lang: str | None) -> tuple[str, int, float] | None:
    """How to join a line ending in a hyphen with the next: (replacement, how many
    characters of the marks it replaces, confidence)."""
    if len(a.text) < 2 or not b.text[0].isalnum():
        return None
    marks = _line_end_marks(a.text, lang)
    if not marks:
        return None
    after, before = b.text[0], a.text[-len(marks) - 1]
    if not after.islower() and (marks[0] in ".," or any(c in _GERMAN_DASHES for c in marks)):
        return None  # Wor—|te, distribu.¬|ted; but before a capital: a dash, an abbreviation
    if marks == "\u00ad":
        return "", 1, 0.95
    plain = marks in ("-", "\u2010")
    keep, eat = ("", 0) if plain else ("-", len(marks))  # a plain hyphen stays as printed
    if before.isdigit() or after.isdigit():
        return keep, eat, 0.8
    m = re.match(r"[^\W\d_]+", b.text)
    second = m.group() if m else ""
    if after.isupper() and (before.islower() or not second.isupper()):
        return keep, eat, 0.8  # Marxist-Leninist, SPD-Vorsitzender; but COMMU-NIST
    frag = a.text[: -len(marks)].rsplit(None, 1)[-1].rsplit("-", 1)[-1].lower()
    second = second.lower()
    compound = frag in _KEEP_PREFIX and not second.startswith(("ish", "less", "same"))
    if compound or (lang in (None, "fr") and second in _KEEP_SECOND):
        return keep, eat, 0.6
    return "", len(marks), 0.9 if len(frag) >= 2 and after.islower() else 0.75


def _dateline(s: str) -> bool:
    """Whether line ``s`` is a dateline (it ends with a year: checked first, it is cheap)."""
    return s.rstrip(".")[-4:].isdigit() and "," in s and _DATELINE.fullmatch(s) is not None


# Words no sentence ends with (articles, prepositions, conjunctions): a line ending in one
# goes on, whatever the next line's first letter.
_RUN_ON_WORDS = frozenset({
    "the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "by", "for", "with", "from",
    "that", "le", "la", "les", "de", "des", "du", "et", "à", "au", "aux", "un", "une", "el",
    "lo", "los", "las", "y", "del", "al", "con", "por", "para", "que", "der", "die", "das",
    "den", "dem", "und", "ein", "eine", "einer", "eines", "zu", "von", "mit", "im", "am",
})


def _runs_on(a: Line, b: Line, width: float) -> bool:
    """Whether ``b`` goes on with ``a``'s sentence across a blank line: ``a`` is a full
    line that ends in a letter, a comma or a hyphen, and ``b`` starts with a lower-case
    letter, or ``a`` ends with a word no sentence ends with (``resolved that the /
    Secretary write``). Tesseract sets blank lines between the lines of one paragraph on
    a poor scan; a heading's short line before its lower-case second part ("MOTION /
    adoptée par ...") stays apart."""
    last = a.text[-1]
    if not b.text[0].islower():
        full = width >= 30 and len(a.text) >= 0.8 * width
        return full and b.text[0].isalpha() and a.text.rsplit(None, 1)[-1] in _RUN_ON_WORDS
    if last in "-¬\u00ad" and len(a.text) > 1 and a.text[-2].isalpha():
        return True  # a word broken at the line's end: the line was full
    return width >= 30 and len(a.text) >= 0.8 * width and (last.isalpha() or last in ",;")


def _runs_on_word(s: str) -> bool:
    """Whether line ``s`` ends with a word no sentence ends with (``the``, ``de``, ``der``)."""
    return s.rsplit(None, 1)[-1].lower() in _RUN_ON_WORDS


def _salutation(s: str) -> bool:
    """Whether line ``s`` reads as a salutation or vocative: a few words that start with a
    capital and end with a comma, colon or exclamation mark (``Comrades,``, ``Dear Sir,``,
    ``Estimados camaradas:``, ``¡Compañeros!``)."""
    return (
        len(s) <= 40
        and s[-1] in ",:!"
        and (s[0].isupper() or (s[0] in "¡" and s[1:2].isupper()))
        and s.count(" ") <= 4
        and not any(c.isdigit() for c in s)
    )


def _separator(
    a: Line, b: Line, between: list[Line], width: float, head: bool = False,
    tail: bool = False,
) -> tuple[str, float]:
    """The text that replaces the gap between two kept lines, with a confidence."""
    if a.page != b.page:
        last = a.text[-1]
        if (last.isalnum() or last in ",;") and b.text[0].islower():
            return " ", 0.7  # the sentence runs on across the page break
        return "\n\n", 0.8
    if b.blank_before or any(x.blank_before for x in between):
        if _runs_on(a, b, width):
            return " ", 0.8  # OCR set a blank line inside a sentence: "will\n\nnot break"
        return "\n\n", 1.0
    if any(x.reason == "ornament" for x in between):
        return "\n\n", 0.9
    if _LIST_START.match(a.text) and len(a.text) <= 4:
        return " ", 0.8  # a bare list number: its item follows on the next line
    if _LIST_START.match(b.text) or _is_heading(a.text) != _is_heading(b.text):
        return "\n\n", 0.6
    if _LEADER.search(a.text) or _LEADER.search(b.text):
        return "\n\n", 0.7  # a table's row: "Dinnington Labour Club ........ £25.00"
    if _FIELD.match(b.text) and not _runs_on_word(a.text):
        return "\n\n", 0.6  # a field of minutes or a form: "Entschuldigt: Kollege Nowak"
    if width >= 30 and len(a.text) >= 0.8 * width and _runs_on_word(a.text):
        return " ", 0.8  # no sentence ends so: "comuna de La / Florida, quien expone:"
    if _dateline(b.text) or _dateline(a.text):
        return "\n\n", 0.7  # a dateline stands on its own
    if width >= 30 and len(b.text) < 0.5 * width and _salutation(b.text):
        return "\n\n", 0.7  # so does a salutation: "Comrades," after the sender's line
    if (head and width >= 30 and b.text[0].isupper() and not a.text.isupper()
            and not b.text.isupper()):
        return "\n\n", 0.6  # above the first full line, a line is a heading's, a sender's
    if tail and width >= 30 and SENTENCE_END.search(a.text) and b.text[0].isupper():
        return "\n\n", 0.6  # below the last full line after a sentence: a signature
    if b.cs - b.start >= 2 and b.cs - b.start > a.cs - a.start + 1:
        return "\n\n", 0.6  # indented first line
    if width >= 30:
        ratio = len(a.text) / width
        if ratio < 0.7 and SENTENCE_END.search(a.text):
            return "\n\n", 0.6
        if ratio < 0.5 and (b.text[0].isupper() or b.text[0] in '¡¿"«“0123456789'):
            return "\n\n", 0.6
    return " ", 0.9


def _gap(text: str, lo: int, hi: int, noise: list[Line], first: _Sep | None) -> list[Edit]:
    """Edits for the gap [lo, hi): noise lines go, the rest becomes one separator.

    ``first`` = (start, replacement, rule, confidence) for the first piece (its
    start may reach back to eat a hyphen); later pieces are deleted.
    """
    pieces: list[tuple[int, int]] = []
    out: list[Edit] = []
    pos = lo
    for n in noise:
        if n.start > pos:
            pieces.append((pos, n.start))
        end = min(n.end + 1, len(text))
        out.append(_edit(n.start, end, "", "noise-line", n.confidence))
        pos = end
    if hi > pos:
        pieces.append((pos, hi))
    for i, (s, e) in enumerate(pieces):
        piece = text[s:e]
        rule = "paragraph" if ("\n" in piece or PAGE_SEPARATOR in piece) else "whitespace"
        repl, conf = "", 1.0
        if i == 0 and first is not None:
            s, repl, first_rule, conf = first
            rule = first_rule if first_rule == "hyphenation" else rule
        if text[s:e] != repl:
            out.append(_edit(s, e, repl, rule, conf))
    return out


def _join(
    a: Line, b: Line, between: list[Line], lang: str | None, width: float, head: bool = False,
    tail: bool = False,
) -> _Sep:
    """(start, replacement, rule, confidence) for the gap between kept lines a and b."""
    para = a.page == b.page and (b.blank_before or any(x.blank_before for x in between))
    hy = None if para and not _runs_on(a, b, width) else _hyphen_join(a, b, lang)
    if hy is not None:
        repl, eat, conf = hy
        return a.ce - eat, repl, "hyphenation", conf
    sep, conf = _separator(a, b, between, width, head, tail)
    return a.ce, sep, "paragraph", conf


def _page_widths(kept: list[Line]) -> dict[int, float]:
    """Typical full line length per page (whole document for pages of < 4 lines): the
    upper quartile, so that a letter's many short head lines (sender, date, address,
    salutation) do not pass for the width of its text."""
    by_page: dict[int, list[int]] = {}
    for ln in kept:
        by_page.setdefault(ln.page, []).append(len(ln.text))
    every = [n for lens in by_page.values() for n in lens]
    overall = _upper_quartile(every) if len(every) >= 4 else 0.0
    return {p: _upper_quartile(lens) if len(lens) >= 4 else overall
            for p, lens in by_page.items()}


def _tails(kept: list[Line], full: set[int]) -> set[int]:
    """The lines below the last full-width line of their page (``full``: ids of the
    full-width lines)."""
    out: set[int] = set()
    closed: set[int] = set()  # pages whose last full line has been met, reading upwards
    for ln in reversed(kept):
        if id(ln) in full:
            closed.add(ln.page)
        elif ln.page not in closed:
            out.add(id(ln))
    return out


def _upper_quartile(lens: list[int]) -> float:
    return float(sorted(lens)[(3 * len(lens)) // 4])


def _norm_lang(lang: str | None) -> str | None:
    code = (lang or "").lower().replace("_", "-").split("-")[0]
    return _LANG3.get(code, code[:2]) or None


def clean(
    original: str, lang: str | None = None, line_conf: Mapping[int, float] | None = None
) -> Cleaning:
    """Compute the cleaning edits for an OCR text (pages joined by ``\\f``).

    ``lang`` (ISO 639-1 or Tesseract code) tunes word-shape and hyphenation
    checks; ``line_conf`` maps a line's start offset (of the line or of its
    first non-space character) to the OCR mean word confidence, 0-100.
    """
    code = _norm_lang(lang)
    lines = _split_lines(original, line_conf)
    find_noise(lines, code, original.count(PAGE_SEPARATOR) + 1)
    kept = [ln for ln in lines if not ln.reason]
    widths = _page_widths(kept)
    nfc = not unicodedata.is_normalized("NFC", original)
    out: list[Edit] = []
    noise_lines = [NoiseLine(ln.cs, ln.ce, ln.text, ln.reason, ln.confidence)
                   for ln in lines if ln.reason]  # fmt: skip
    k = 0  # index into lines of the next unvisited line
    prev: Line | None = None
    bodied: set[int] = set()  # pages whose first full-width line is passed (no head below)
    full_lines = {id(ln) for ln in kept if len(ln.text) >= 0.8 * widths[ln.page]}
    tails = _tails(kept, full_lines)  # ids of the lines below their page's last full line
    for b in [*kept, None]:
        between: list[Line] = []  # the noise lines between prev and b
        while k < len(lines) and lines[k] is not b:
            if lines[k].reason:
                between.append(lines[k])
            k += 1
        k += 1
        first = None
        if prev is not None and b is not None:
            if id(prev) in full_lines:
                bodied.add(prev.page)
            first = _join(prev, b, between, code, widths[b.page], b.page not in bodied,
                          id(b) in tails)
        if prev is not None:
            _inline_edits(original, prev.cs, first[0] if first else prev.ce, nfc, out)
        out += _gap(original, prev.ce if prev else 0, b.cs if b else len(original), between, first)
        prev = b
    return Cleaning(original, sort_edits(out), noise_lines)
