"""The lines of a page for :mod:`palimpsest.enrich.roles`, and the kind of each.

The clean text is cut into paragraphs, and paragraphs at the line breaks cleaning
joined (:func:`line_breaks`). Only the *head* (lines before the first line of
prose) and the *tail* (the lines after the last one) are classified: masthead
organisation, genre heading, subject line, address, salutation, dateline, byline,
contact, "issued by", closing formula, printer, garbage, heading or prose.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from palimpsest.enrich import roles_lexicon as lx
from palimpsest.enrich import roles_text as tx
from palimpsest.enrich.date_words import WEEKDAYS
from palimpsest.text.edits import CleanText

HEAD_CHARS = 2500  # the head is read from this much text at most
TAIL_CHARS = 1200
MAX_HEAD = 16  # lines
MAX_TAIL = 9


@dataclass(slots=True, eq=False)
class Line:
    """A line of the clean text: its span, text, paragraph number and kind."""

    start: int
    end: int
    text: str
    para: int
    kind: str = ""
    words: int = 0
    runs_on: bool = False  # the next line, same paragraph, starts in lower case
    org: bool = False  # names an organisation
    toks: list[str] = field(default_factory=list)
    reads: str = ""  # the text with its misread keyword repaired ("NOTION" -> "MOTION")


_LINE_RULES = frozenset({"paragraph", "column"})
_COLUMN_RULES = frozenset({"column"})


def line_breaks(clean: CleanText) -> list[int]:
    """Clean-text offsets of the spaces that were line breaks in the original, or gaps
    between two columns set side by side on one line (``Erich Wolters      Fritz Henke``).

    Cleaning joins the lines of a paragraph with a space; headings set on lines
    of their own are easier to read when those joins are known.
    """
    return _joins(clean, _LINE_RULES)


def column_breaks(clean: CleanText) -> list[int]:
    """Of :func:`line_breaks`, the gaps between two columns (``Erich Wolters      Fritz
    Henke``): two texts, whatever their case."""
    return _joins(clean, _COLUMN_RULES)


def _joins(clean: CleanText, rules: frozenset[str]) -> list[int]:
    """Clean-text offsets of the single spaces that edits of ``rules`` left."""
    out: list[int] = []
    for e in clean.edits:
        if e.rule in rules and e.replacement == " " and e.start < e.end:
            s, t = clean.to_clean(e.start, e.end)
            if t - s == 1 and clean.text[s] == " ":
                out.append(s)
    return out


def split_lines(text: str, lo: int, hi: int, breaks: Sequence[int], para0: int) -> list[Line]:
    out: list[Line] = []
    para = para0
    pos = lo
    while pos < hi:
        nl = text.find("\n\n", pos, hi)
        pend = hi if nl < 0 else nl
        seg_start = pos
        i = bisect_right(breaks, seg_start)
        while seg_start < pend:
            cut = breaks[i] if i < len(breaks) and breaks[i] < pend else pend
            s, e = seg_start, cut
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                if out and out[-1].para == para and text[s].islower():
                    out[-1].runs_on = True
                out.append(Line(s, e, text[s:e], para))
            seg_start, i = cut + 1, i + 1
        para += 1
        pos = pend + 2 if nl >= 0 else hi
        while pos < hi and text[pos] == "\n":
            pos += 1
    return out


def letters(s: str) -> float:
    return sum(map(str.isalpha, s)) / max(1, len(s) - s.count(" "))


def _cased_as(fixed: str, read: str) -> str:
    """``fixed`` in the case ``read`` was set in (capitals, or a first capital)."""
    if read.isupper():
        return fixed.upper()
    if read[:1].isupper() and fixed[:1].islower():
        return fixed[:1].upper() + fixed[1:]
    return fixed


_LEGAL_FORM_END = re.compile(r"\bS\.\s?A\.?$")  # BANCO … DE LA LAGUNA, S. A.: no open "a"


def classify(ln: Line, prev: Line | None) -> str:
    t = ln.text
    toks = ln.toks = tx.tokens(t)
    n = ln.words = len(toks) or 1
    if n >= 6 and list(map(len, toks)).count(1) >= 0.7 * n:
        return "spaced"  # letter-spaced, word breaks lost: "F E D E R A C I O N O B R E R A"
    partners = n <= 6 and lx.PARTNERS_LINE.fullmatch(t) is not None  # HIRST & FEARNLEY.
    ln.org = partners or tx.is_org(toks)
    m = tx.lead(t)
    if m is None and any(map(str.isdigit, t[:12])):
        m = tx.lead(tx.ocr_letters(t))  # "Comrad3s and friends,"
    if m is None and not lx.YEAR.search(t) and (  # (not a dateline: Briey is no Brief)
            n <= 6 or t[-1] in ",:!" or t.isupper() or tx.misread_al(t)):
        fixed = tx.repair_lead(t)  # "Chcrs camarades,", "STATEMEMT ON THE"
        m = tx.lead(fixed) if fixed else None
        if m is not None and fixed:
            t = ln.reads = _cased_as(fixed, t)
    lead = m.lastgroup if m is not None else None
    if lead is None and lx.BARE_RE.match(t):
        lead = "subject"
    if lead is None and n <= 25 and is_upper(t) and lx.EXCELLENCY_HEAD.match(t):
        return "address"
    if lead is not None:
        kind = _lead_kind(lead, t, n, ln.org)
        if kind:
            return kind
    if t[:1] == "(" and t.rstrip(" .").endswith(")") and 60 <= len(t) <= 220 and not ln.runs_on:
        return "contact"  # a letterhead's note in brackets: (Behördlich genehmigt mit Erlaß …)
    if (n >= 7 and toks[-1] in lx.OPEN_END and not _LEGAL_FORM_END.search(t)) or (
            ln.runs_on and len(t) >= 52 and not is_upper(t) and not (ln.org and n <= 8)):
        return "prose"  # (a body's long name that runs on to its seat is its letterhead)
    digits = any(map(str.isdigit, t))
    if (
        digits
        and ((n <= 10 and len(t) <= 70)  # or a paper's date with its year and number:
             or (n <= 16 and len(t) <= 90 and lx.ISSUE_MARK.search(t)))  # … — Año IX — Núm. 648
        and t[-1] != "!"
        and not ln.org
        and (lx.YEAR.search(t) or "," in t)
        and lx.DATE.search(t)
    ):  # a sitting's date heads its minutes: "Séance du 7 mars 1889"
        if (toks[0] in lx.MEETING_WORDS and n <= 6) or _heading_with_year(t):
            return "heading"
        return "dateline"
    if n <= 12 and letters(t) < 0.55:
        return "garbage"
    if n <= 14 and (digits or ":" in t or ("," in t and t[-1] != "!")) and tx.is_contact(toks):
        return "contact"
    if n <= 8 and lx.REFERENCE.match(t):
        return "contact"  # a file reference (Our Ref: AS/JM) goes with the sender's details
    if n <= 8 and lx.OFFICE_HEAD.match(t):
        return "org"  # "LE CURÉ DE GRUYÈRES": whose letterhead, no title
    if n <= 14 and ln.org and (t[-1] != "." or len(toks[-1]) <= 4 or partners
                               or tx.name_line(t)) \
            and not (t[-1] == "!" and t.count("!") >= 2):
        return "org"  # (not slogans: "¡Viva la unión de los torcedores! ¡Abajo las rebajas!")
    if n <= 16 and not is_upper(t) and lx.OFFICER_LINE.match(t):
        return "contact"  # "Medical Officers: Dr. W. Wilson Smith and Dr. R. A. Wright."
    if n >= 18 or len(t) >= 100 or (n >= 11 and not is_upper(t)):
        return "prose"
    if prev is not None and prev.kind == "contact" and n <= 3 and (
            prev.para == ln.para or not is_upper(t)):
        return "contact"  # (not a heading in capitals after a blank line: SHARPEVILLE: …)
    if prev is not None and prev.kind == "org" and n <= 4 and lx.SEAT_LINE.fullmatch(t):
        return "contact"  # "CONSULAT DE FRANCE / À VALPARAISO": the body's seat, no title
    if n <= 2 and lx.ADDRESS_CLOSE.match(t):
        return "address-close"  # "Presente", under a Spanish address block
    return "heading"


_MONTH_OR_DAY = regex.compile(rf"\b(?:{lx.MONTHS}|{'|'.join(WEEKDAYS)})\b", regex.I)


def _heading_with_year(t: str) -> bool:
    """A heading in capitals that names its year, no dateline: ``CAMP DE VACANCES 1924``,
    ``CHIEF ENGINEER'S REPORT FOR 1868.`` (two words before the number, no comma, no
    month, weekday or large place: not ``PARIS LE 5 MAI 1968``)."""
    if "," in t or not is_upper(t):
        return False
    before = t[: next(i for i, c in enumerate(t) if c.isdigit())]
    words = [w for w in before.split() if sum(map(str.isalpha, w)) >= 2]
    if len(words) < 2 or _MONTH_OR_DAY.search(before):
        return False
    return not (tx.known_place(words[0]) or tx.known_place(" ".join(words[:2])))


def _lead_kind(lead: str, t: str, n: int, org: bool) -> str:
    """The kind a line-start keyword gives, when the rest of the line agrees."""
    if lead == "subject":  # not a file reference: "Ref. GHC/LM 22nd June 1962"
        wordy = sum(1 for w in t.split()[1:] if len(w) >= 3 and w.isalpha())
        colon = ":" in t[:12]  # "Betr.: Tarifverhandlungen": one word after a colon will do,
        worded = sum(1 for w in t.split()[1:] if sum(map(str.isalpha, w)) >= 3)  # 45-Stunden-Woche
        return "subject" if n <= 40 and (wordy >= 2 or (colon and worded >= 1)) else ""
    if lead == "genre":
        g = lx.GENRE_HEAD.match(t)
        if org and g is not None and g.group("leaflet") and n <= 12:
            return "issued"  # "Flugblatt der SPD Unterbezirk Dortmund"
        if g is not None and g.group("minutes") and n <= 30 and t[-1] in ".,":
            return "genre"  # "Minutes of the Branch Meeting held at …, on Tuesday, 14th March."
            # (or its first line: "MINUTES OF QUARTERLY MEETING OF MEMBERS,")
        if g is not None and g.group("report") and n <= 12 and t[-1] in ".," and is_upper(t):
            return "genre"  # "THIRTY-SECOND ANNUAL REPORT OF THE LIBRARIAN." (or ",")
        if g is not None and g.group("leaflet") and n <= 12 and t[-1] == "." and is_upper(t):
            return "genre"  # "NOTICE TO ALL MEMBERS AND TO ALL BUSHMEN."
        if g is not None and "etition" in g.group(0) and n <= 30 and t[-1] == ",":
            return "genre"  # "The Humble Petition of the undersigned Chiefs, … of Cape Coast,"
        if n <= 6 and t[-1] == "." and t.count(".") == 1 and t[:1].isupper():
            return "genre"  # a heading of its own with its stop: "Ankündigung der … Mission."
        return "genre" if n <= 3 or (n <= 22 and t[-1] not in ".,") else ""
    if lead == "publication":
        return "publication" if n <= 25 else ""
    if lead == "issued":
        return "issued"
    if lead == "byline":
        return "byline" if n <= 8 else ""
    if lead == "closing":
        if n > (30 if lx.LONG_CLOSING.match(t) else 8):
            return ""  # (Veuillez agréer, Monsieur le Secrétaire général, nos salutations …)
        return "closing" if t[:1].lower() not in "fp" or (org and (t[-1] in ",:" or n <= 4)) else ""
    if lead == "printer":
        return "printer" if n <= 12 else ""
    if lead == "address":
        if t[-1] in ",:" and n <= 9 and lx.SALUTATION.match(t):
            return "salutation"  # "Monsieur le Président,": greets (its address has no comma)
        if t[-1] == "!" and not lx.VOCATIVE.search(t) and not lx.GERMAN_ADDRESS.match(t):
            return ""  # a slogan: "¡A la huelga general!" (German "An die ...!" addresses)
        stop = t[-1] == ";" or (t[-1] == "." and not is_upper(t)  # A Messieurs les … .
                                and not lx.FORMAL_ADDRESS.match(t) and not lx.PRESENTED.match(t)
                                and not (n <= 12 and lx.GERMAN_ADDRESS.match(t))  # An die … .
                                and not _title_cased(t))  # To the Ratepayers of the Parish …
        return "address" if n <= 25 and not stop else ""  # "TO THE WORKING MEN OF LEEDS."
    if lead == "address_open":
        return "address-open" if n <= 2 else ""
    if n <= 9 and t.rstrip("—–- ")[-1:] in (",", ":", "!"):
        return "salutation"  # (also "Gentlemen,—", "Mates,—")
    # a vocative alone, its comma lost to the OCR ("Camarades"): greets all the same
    return "salutation" if n <= 3 and lx.VOCATIVE.fullmatch(t.strip()) else ""


def _title_cased(s: str) -> bool:
    """Whether every word of four letters or more after the first is capitalised, as in
    an address line (``To the Ratepayers of the Parish of Ardnamurchan.``), not a sentence."""
    long = [w for w in s.split()[1:] if sum(map(str.isalpha, w)) >= 4]
    return bool(long) and all(w[:1].isupper() for w in long)


def is_upper(s: str) -> bool:
    """Set in capitals, allowing a few small letters ("XVIIIe", OCR slips)."""
    if s.isupper():
        return True
    low = sum(map(str.islower, s))
    up = sum(map(str.isupper, s))
    return up >= 2 and low <= 0.15 * (up + low)


# a salutation that names its person (an address block's first line), not "Monsieur le
# Président,": an honorific and two capitalised names or more
_NAMED_SALUTATION = regex.compile(
    r"(?:Monsieur|Madame|Mademoiselle|Herrn?|Frau|Señora?|Don|Doña|Mr\.?|Mrs\.?)"
    r"(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){2,4},")


def _address_goes_on(prev: Line, ln: Line) -> bool:
    """Whether ``ln`` carries on the address block that ``prev`` belongs to."""
    if prev.kind == "address-open":  # "An die / löbliche k. k. Local-Commission für …"
        return ln.kind != "prose" or ln.words <= 12
    if ln.kind == "prose" and prev.kind == "address" and prev.text[-1:].isalpha():
        return ln.text[0].islower() and ln.words <= 16  # "Monsieur le Président / de l'…,"
    if ln.kind == "prose":  # "A Monsieur L. Jeanneret, / gérant de la Société …,"
        if prev.text[-1:] != "," or ln.words > 16:
            return False
        if prev.kind in ("address", "address-cont"):
            return ln.text[0].islower() or ln.text[-1:] == ","
        # "Monsieur Arthur Henderson, / Président de la Conférence pour …,": a person's name
        # read as a salutation, then the office that ends with its comma
        return (prev.kind == "salutation" and ln.text[-1:] == ","
                and _NAMED_SALUTATION.fullmatch(prev.text) is not None)
    if ln.kind not in ("heading", "org") or ln.words > 8 or prev.text[-1] in ",.;":
        return False
    if prev.kind == "address" and prev.text.endswith("&"):
        return True  # "An die … Bosch, Daimler und Werner &" / "Pfleiderer!"
    short = prev.words <= 3 if prev.kind == "address" else prev.kind == "address-cont"
    return short and prev.words <= 8


def read_page(text: str, breaks: Sequence[int]) -> tuple[list[Line], list[Line], list[Line]]:
    """The lines read, the head (before the first prose line) and the tail (after the last)."""
    n = len(text)
    hi = min(n, HEAD_CHARS)
    if hi < n:  # end the head at a paragraph break
        cut = text.rfind("\n\n", 0, hi)
        hi = cut if cut > 0 else hi
    lines = split_lines(text, 0, hi, breaks, 0)
    head: list[Line] = []
    prev: Line | None = None
    for ln in lines:
        ln.kind = classify(ln, prev)
        if (
            ln.kind == "prose"
            and prev is not None
            and (prev.kind == "genre" or (prev.kind == "heading" and prev.para != ln.para))
            and ((ln.text[0].islower()
                  and ln.words <= (24 if is_upper(prev.text) else 16))  # GRAN CONCIERTO / que …
                 or (prev.kind == "genre" and is_upper(ln.text) and ln.words <= 25))
            and len(head) <= 6
        ):
            ln.kind = "heading"  # "Niederschrift / über die Sitzung des Ortsvorstandes ...",
            # "APPEAL / ON BEHALF OF THE WIDOWS AND ORPHANS OF THE MEN KILLED IN …"
        if prev is not None and _address_goes_on(prev, ln):
            ln.kind = "address-cont"  # "Señor / Secretario General de ...", "Al compañero / ..."
        if prev is not None and ln.kind == "address-close" and prev.kind in ("heading", "org"):
            prev.kind = "address"  # "Señor Intendente de la Provincia / Presente"
        prev = ln
        if ln.kind == "prose" or len(head) >= MAX_HEAD:
            break
        head.append(ln)
    if head and head[0].kind == "closing" and len(head) == len(lines) and hi == n:
        return lines, [], head  # a last page that holds only the signatures: all tail
    lo = max(hi, n - TAIL_CHARS)
    if lo > hi:
        cut = text.find("\n\n", lo)
        lo = cut + 2 if 0 <= cut < n - 2 else lo
        tail_lines = split_lines(text, lo, n, breaks, 10_000)
    else:
        tail_lines = lines[len(head) :] + split_lines(text, hi, n, breaks, 10_000)
    tail: list[Line] = []
    seen = {id(ln) for ln in head}
    for ln in reversed(tail_lines):
        if not ln.kind:
            ln.kind = classify(ln, None)
        if ln.kind == "prose" or len(tail) >= MAX_TAIL or id(ln) in seen:
            tail = [x for x in tail if x.para != ln.para]  # the end of a prose paragraph
            break
        tail.append(ln)
    tail.reverse()
    return lines, head, tail
