"""Noise-line detection: which OCR lines are not text of the document.

OCR output carries lines that no reader wants in the clean text: garbage read from
images, stains, rules and bleed-through; page numbers; running heads and feet (masthead
residue repeated page after page); ornaments. :func:`find_noise` marks them on the
:class:`Line` records that :mod:`palimpsest.text.clean` cuts the text into, and the
cleaner deletes them as ``noise-line`` edits. It lives apart from the cleaner because it
is a self-contained heuristic with its own tuning tables (word shapes, consonant runs,
page-number patterns), and is tuned and tested on its own terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["SENTENCE_END", "Line", "find_noise"]

SENTENCE_END = re.compile(r"[.!?:][\"'»”’)\]]*$")
_MAX_CONS = {"de": 8, "nl": 7, "pl": 8, "cs": 8, "en": 6, "fr": 6, "es": 5, "it": 5, "pt": 5}


@dataclass(slots=True)
class Line:
    """A non-blank line: line and content spans in the original, page, verdict."""

    start: int
    end: int  # before the terminator
    cs: int
    ce: int
    text: str  # the stripped content
    page: int
    blank_before: bool  # a blank line separates it from the previous line on its page
    conf: float | None
    reason: str = ""
    confidence: float = 0.0


_PUNCT = ".,;:!?¡¿'\"()[]«»„“”‘’‚‹›-–—…*/"
_ODD = re.compile(r"[|~=_^\\<>{}\[\]#@`¦¤]")
_PUNCT_RUN = re.compile(r"[^\w\s]{3,}")
_NONLETTER = re.compile(r"[\W\d_]+")
_DIGIT = re.compile(r"\d")
_NUMERIC = re.compile(r"[$€£]?\d+(?:[.,:/-]\d+)*(?:%|st|nd|rd|th|º|ª|e|er|o|a|h)?")
_NEUTRAL = frozenset(["&", "%", "§", "+", "°", "№", "=", "/"])
_PART_SPLIT = re.compile(r"['’.\-]")
_WORD_SHAPE = re.compile(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?")
_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ")
_REPEAT = re.compile(r"(.)\1\1")
_SINGLE = frozenset(["a", "A", "I", "y", "Y", "o", "O", "e", "E", "u", "U", "à", "À", "é", "ó"])
_GLYPHS = re.compile(r"[Iil1|!]+")
_GLYPH_WORDS = frozenset(["I", "i", "Il", "il", "Ill", "ill", "II", "III", "li", "Li", "Ii"])
_CONS_RUN = {n: re.compile(f"[bcdfghjklmnpqrstvwxzßç]{{{n + 1}}}") for n in range(5, 9)}
_GOOD_RUN = re.compile(r"(?:[^\W\d_][a-zß-öø-ÿ]+[,.;:!?]?\s+){3}")  # three plain words in a row
_ORNAMENT = re.compile(r"(?:[*·•~=_\-–—#+]\s*){3,}")
_PAGE_NO = re.compile(
    r"[-–—=~*·•\s]*\d{1,3}[-–—=~*·•\s]*|[\[(]\s*\d{1,3}\s*[\])]|\d{1,3}\s*/\s*\d{1,3}"
    r"|(?:page|pag|pág|página|pagina|seite|s|p|pp|feuille|folio|fol|f|blatt|bl)\.?\s*"
    r"\d{1,4}(?:\s*(?:of|de|von|sur|/)\s*\d{1,4})?",
    re.IGNORECASE,
)
_ROMAN = re.compile(
    r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})", re.I
)


def _case_ok(part: str) -> bool:
    if part.islower() or part.isupper():
        return True
    rest = part[1:]
    return part[0].isupper() and rest[:1].islower() and sum(c.isupper() for c in rest) <= 1


def _wordlike(tok: str, core: str, max_cons: int) -> bool:
    """Whether a token looks like a word in some Latin-script language."""
    if _GLYPHS.fullmatch(core):
        return core in _GLYPH_WORDS  # l/I/1/| confusions: "lIl", "Iil"
    if len(core) == 1:
        return core in _SINGLE or (core.isalpha() and core.isupper() and tok.endswith("."))
    if not _WORD_SHAPE.fullmatch(core) or not all(map(_case_ok, _PART_SPLIT.split(core))):
        return False
    letters = _NONLETTER.sub("", core)
    if letters.isupper() and len(letters) <= 5:
        return True  # acronym: PCP, KPD, URSS
    low = letters.lower()
    if not any(c in _VOWELS for c in low):
        # Sr., Dr., Nr. -- or a script without Latin vowels
        return (tok.endswith(".") and len(core) <= 4 and core[0].isupper()) or any(
            ord(c) > 0x24F for c in low
        )
    return not (_CONS_RUN[max_cons].search(low) or _REPEAT.search(low))


def _garbage(ln: Line, max_cons: int) -> tuple[float, str]:
    """A garbage score in [0, 1] for a line, and the reason if it should go."""
    s = ln.text
    if _ORNAMENT.fullmatch(s):
        return 0.9, "ornament"
    if not _ODD.search(s) and _GOOD_RUN.search(s + " ") and (ln.conf is None or ln.conf > 30):
        return 0.0, ""  # fast path: three plain words in a row
    toks = s.split()
    n = sum(map(len, toks))
    words = junk = 0
    for t in toks:
        core = t.strip(_PUNCT)
        if core in _NEUTRAL or (core and _NUMERIC.fullmatch(core)):
            continue
        if core and _wordlike(t, core, max_cons):
            if len(core) > 1:  # "a", "y", "I" alone vouch for nothing among stray marks
                words += 1
        else:
            junk += 1
    total = words + junk
    share = words / total if total else 1.0
    alnum = (len(_NONLETTER.sub("", s)) + 0.5 * len(_DIGIT.findall(s))) / n
    runs = sum(len(r) for r in _PUNCT_RUN.findall(s) if r.strip("."))
    sym = min(1.0, 2 * (len(_ODD.findall(s)) + runs) / n)
    score = 0.4 * (1 - alnum) + 0.4 * (1 - share) + 0.2 * sym
    if words == 0 and junk and n <= 12:
        score = max(score, 0.65)  # a few stray marks or letters, no word among them
    elif total == 0 and n <= 3 and not any(c.isalnum() for c in s):
        score, share = max(score, 0.65), 0.0  # a lone "&" or "%": a speck, nothing printed
    if ln.conf is not None:
        score = min(1.0, max(0.0, score + 0.5 * (0.5 - max(0.0, min(100.0, ln.conf)) / 100)))
    return score, ("garbage" if score >= 0.6 and share <= 0.34 else "")


def _fragment(s: str) -> bool:
    """Bare letters in ones and twos, five at most (``E IR``, ``AR``): what a smudged
    masthead leaves. Not a list mark or numbered heading (``a)``, ``A.``, ``II.``)."""
    toks = s.split()
    return 0 < sum(map(len, toks)) <= 5 and all(t.isalpha() and len(t) <= 2 for t in toks)


def _head_like(s: str) -> bool:
    """Short enough for a running head, and not a line of prose."""
    return len(s) <= 40 or (len(s) <= 70 and not SENTENCE_END.search(s) and s[-1] not in ",;")


def _zones(lines: list[Line]) -> dict[int, list[Line]]:
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        if not ln.reason:
            by_page.setdefault(ln.page, []).append(ln)
    return by_page


def find_noise(lines: list[Line], lang: str | None, n_pages: int) -> None:
    """Set ``reason``/``confidence`` on lines that are garbage or page furniture."""
    max_cons = _MAX_CONS.get(lang or "", 8)
    for ln in lines:
        score, reason = _garbage(ln, max_cons)
        if reason:
            ln.reason, ln.confidence = reason, score
            if _PAGE_NO.fullmatch(ln.text):
                ln.reason, ln.confidence = "page-number", max(score, 0.9)
    for page in _zones(lines).values():
        for ln in page:  # a smudged masthead: letters of it left, above the page's text
            if not _fragment(ln.text):
                break
            ln.reason, ln.confidence = "garbage", 0.7
        for i, ln in enumerate(page):
            if i < 2 or i >= len(page) - 2:  # head and foot zones
                core = ln.text.strip(" -–—·•")  # "II." with a period is a section number
                roman = _ROMAN.fullmatch(core) and (core.islower() or i >= len(page) - 2)
                if _PAGE_NO.fullmatch(ln.text) or (roman and len(core) <= 8):
                    ln.reason, ln.confidence = "page-number", 0.9
    if n_pages < 2:
        return
    zones = _zones(lines)
    for where in ("running-head", "running-foot"):
        seen: dict[str, list[Line]] = {}
        for page in zones.values():
            for ln in page[:2] if where == "running-head" else page[2:][-2:]:
                key = _NONLETTER.sub("", ln.text.lower())
                if len(key) >= 4 and _head_like(ln.text):
                    seen.setdefault(key, []).append(ln)
        for group in seen.values():
            pages = {ln.page for ln in group}
            if len(pages) < 2:
                continue
            for ln in group:
                if where == "running-head" and ln.page == 0:
                    continue  # on the first page it is more likely the title
                ln.reason, ln.confidence = where, min(0.95, 0.75 + 0.05 * len(pages))
