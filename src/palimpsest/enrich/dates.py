"""Printed dates: find and normalise dates in text, and tell the document's own date.

A date is anchored on a year-like token (``1983``, OCR-damaged ``l983``/``19S3``);
the words before it are read back for a month (in English, Spanish, French or
German, abbreviated, or misspelt by one letter: ``agosto``→``agoslo``, ``rnai``)
and a day. Each :class:`DateMention` is a *document* date when it stands as a
dateline — a short line near the top or the bottom, alone or after a place
(``Lima, 5 de agosto de 1983``, ``Paris, le 10 mai 1968``, ``Düsseldorf, im April
1955``) — and *mentioned* otherwise (a founding year, a past event in a sentence).
Only the text around year-like tokens is examined, so this runs in well under a
millisecond per page.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

import regex
from rapidfuzz.distance import Levenshtein

from palimpsest.enrich.date_words import find_word_dates
from palimpsest.model import Annotation, Evidence

METHOD = "palimpsest.dates@0.1.6"

Role = Literal["document", "mentioned"]
Precision = Literal["day", "month", "year", "decade"]

_MONTHS: dict[int, str] = {  # en fr es de, then it and pt (named, not read further)
    1: "january jan janvier janv enero ene januar jänner janner gennaio janeiro",
    2: "february feb février fevrier févr fevr febrero februar febr febbraio fevereiro",
    3: "march mar mars marzo märz marz mrz março",
    4: "april apr avril avr abril abr aprile",
    5: "may mai mayo maggio maio",
    6: "june jun juin junio juni giugno junho",
    7: "july jul juillet juil julio juli luglio julho",
    8: "august aug août aout agosto ago",
    9: "september sep sept septembre septiembre setiembre set settembre setembro",
    10: "october oct octobre octubre oktober okt ottobre outubro",
    11: "november nov novembre noviembre novembro",
    12: "december dec décembre decembre déc diciembre dic dezember dez dicembre dezembro",
}


def _plain(word: str) -> str:
    """Lower-case, without accents or a final period."""
    s = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in s if not unicodedata.combining(c)).rstrip(".")


def _fold(word: str) -> str:
    """:func:`_plain`, with common OCR letter confusions undone."""
    return _plain(word).replace("rn", "m").replace("vv", "w").replace("0", "o").replace("1", "l")


_MONTH_EXACT: dict[str, int] = {_fold(n): m for m, names in _MONTHS.items() for n in names.split()}
# Long names only may be matched with one edit: short ones collide (juni/juli, mar/mai).
_MONTH_FUZZY: list[tuple[str, int]] = [(n, m) for n, m in _MONTH_EXACT.items() if len(n) >= 5]
def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_NOT_MONTHS = _words(
    "mayor mayos junior julia julie julian juliet marco marcos mario maria marta junta "
    "avrie octavo"
)


def month_number(word: str) -> tuple[int, bool] | None:
    """The month a (possibly damaged) word names, and whether it needed repair."""
    f = _fold(word)
    plain = _plain(word)
    if f in _MONTH_EXACT:
        return _MONTH_EXACT[f], f != plain
    if len(f) < 5 or f in _NOT_MONTHS:
        return None
    hits = {m for n, m in _MONTH_FUZZY if Levenshtein.distance(f, n, score_cutoff=1) <= 1}
    if len(hits) == 1:
        return hits.pop(), True
    return None


_DIGIT_FIX = str.maketrans({"l": "1", "I": "1", "i": "1", "O": "0", "o": "0", "S": "5",
                            "B": "8", "Z": "2", "G": "6"})
_YEAR = regex.compile(
    r"(?<![\w,£$€#¥])(?<!No\. )(?<!N°\s)([12lI][0-9lIiOoSBZG]{3})(s|'s|’s)?(?![\w])(?![.,]\d)"
)
_ISO_TAIL = regex.compile(r"-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d])")
_NUM = r"[0-9lIO]{1,2}"
_BEFORE = {
    # day month [de|of] — "5 de agosto de", "le 10 mai", "14th of March,", "1. Mai"; an
    # ordinal's letters misread ("12u1 June")
    "dmy": regex.compile(
        rf"(?<![\w])(?P<day>{_NUM})(?:\s?(?:\.|st|nd|rd|th|er|º|°|o\b)|[a-z][a-z0-9]{{1,2}}(?=\s))?"
        r"\s*(?:de\s+|of\s+)?"
        r"(?P<month>\p{L}[\p{L}0-9]{2,11})\.?\s*,?\s*(?:de\s+|del\s+)?$"
    ),
    # month day, — "March 14, "
    "mdy": regex.compile(
        rf"(?<![\w])(?P<month>\p{{L}}[\p{{L}}0-9]{{2,11}})\.?\s+(?P<day>{_NUM})"
        r"(?:st|nd|rd|th)?\s*,?\s*$"
    ),
    # month — "April ", "agosto de ", "im April "
    "my": regex.compile(r"(?<![\w])(?P<month>\p{L}[\p{L}0-9]{2,11})\.?\s*,?\s*(?:de\s+|del\s+)?$"),
    # numeric — "5.8.", "14/3/", "3-11-"
    "num": regex.compile(r"(?<![\w.])(?P<a>\d{1,2})\s?[./-]\s?(?P<b>\d{1,2})\s?[./-]\s?$"),
}
_CAP = r"\p{Lu}[\p{L}'’.-]*"
_PLACE = (rf"{_CAP}(?:[ -]+(?:{_CAP}|de|del|la|le|sur|am|an|en|upon|on|bei|d'|do|da|dos|das"
          r"|di))" + "{0,4}")  # São Bernardo do Campo, Reggio di Calabria
_PLACE_PREFIX = regex.compile(
    r"^(?:(?i:fait|donn[ée]|given|geschrieben|dado|hecho|written|submitted|presented"
    r"|adopt[ée]e?|approuv[ée]e?|aprobad[oa]|signed|firmad[oa]|sign[ée]e?|beschlossen)\b.{0,40}?)?"
    rf"(?:{_PLACE}(?:\s*,\s*{_PLACE}){{0,2}})?\s*[,.;:—–-]?\s*"
    r"(?:(?i:le|ie|1e|el|den|am|im|a|à|this|the|on|en|dated?|datum|fecha|date)\b"
    r"|[^\w\s,.]{1,2}(?=\s))?\s*"  # or the smudge a particle leaves in OCR: '" for le
    r"(?:(?i:\p{L}+(?:day|dag|tag|di|dì)|lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
    r"\b,?)?[\s,.]*$"
)
# The opening of a Spanish act, declaration or minutes: "En Santiago de Chile, a 14 de
# septiembre de 1976, comparece…", "En la ciudad de Lima, a los 5 días…": the act's date.
_ACT_OPENING = regex.compile(
    r"^\s*(?i:en)\s+(?:(?i:la\s+ciudad|el\s+pueblo|la\s+villa)\s+de\s+)?"
    rf"{_PLACE}(?:\s*,\s*{_PLACE})?\s*,?\s*(?i:a|el\s+d[ií]a|a\s+los|hoy)\s*$"
)
_PARTICLES = frozenset(["le", "el", "den", "am", "im", "ce"])
# Words before a date that make it a past (or coming) event rather than the writing date.
_EVENT_WORDS = frozenset(
    ["since", "after", "before", "from", "until", "till", "depuis", "après", "avant", "dès",
     "jusqu", "desde", "después", "antes", "hasta", "seit", "nach", "vor", "bis", "ab"]
)
_TRAILER = regex.compile(r"^\s*[.,;:)\]]?\s*$")
# Words before a bare year that make it a year (rather than a count of things).
_YEAR_WORDS = _words(
    "in of since until till by from to after before during year years since early late "
    "en de del desde hasta año años antes después durante para "
    "depuis jusqu jusqu'en en année avant après dès pendant vers "
    "im jahre jahr seit bis von vor nach ab um anno und and et y"
)
# Words before a bare number, or units after it, that make it a count, not a year:
# "annähernd 2000 Fr.", "some 1500 men", "environ 1200 francs", "1800 DM"
_COUNT_BEFORE = _words(
    "about approximately some nearly over almost circa ca environ près quelque quelques "
    "unos unas cerca aproximadamente casi etwa rund ungefähr annähernd fast über gegen")
_UNITS = _words(
    "fr frs fcs fs mk rm dm pf kr fl ptas $ £ francs franken mark marks pfennig dollars pounds "
    "livres pesos pesetas lire kronen schilling gulden men women hommes femmes personnes "
    "personas hombres mujeres mann personen tonnes tons toneladas tonnen km acres hectares")
_WORD_BEFORE = regex.compile(r"(\p{L}+)['’]?\s*$")
_WORD_AFTER = regex.compile(r"\s*(\p{L}+|[$£])")  # matched at a position: no ^


@dataclass(slots=True)
class DateMention:
    """A date printed in the text, normalised to ISO 8601 at its own precision."""

    start: int
    end: int
    text: str
    value: str  # "1983-08-05", "1955-04", "1921", "196X"
    year: int
    precision: Precision
    role: Role
    confidence: float
    repaired: bool = False  # OCR damage was read through (l983, agoslo, rnai)
    context: str = ""  # the word before the date, lower-cased ("since", "by", "depuis")


# After a heading's date, where the meeting was held: "im Saalbau", "at the Miners' Hall".
_HEADING_PLACE = regex.compile(
    r"\s*,?\s*(?:im|in|in\s+der|in\s+den|auf\s+dem|at|in\s+the|en|en\s+el|en\s+la"
    r"|en\s+los|à|au|aux|dans)\s[^.,!?;:\n]{1,40}",  # no stop or comma: a heading
    regex.IGNORECASE,
)


# a word of the hundreds or thousands in one of the four languages: dates in words may be here
_NUMBER_KEYS = ("hundred", "thousand", " mil ", "cientos", "hundert", "tausend", " cent ",
                " cents ", " mille ", "Mil ")


def _positions(text: str, key: str) -> Iterator[int]:
    i = text.find(key)
    while i >= 0:
        yield i
        i = text.find(key, i + 1)


def _year_of(token: str) -> tuple[int, bool] | None:
    digits = token.translate(_DIGIT_FIX)
    if not digits.isdigit() or sum(c.isdigit() for c in token) < 2:
        return None
    year = int(digits)
    if not 1400 <= year <= 2099:
        return None
    return year, digits != token


def _int_of(token: str) -> int:
    return int(token.translate(_DIGIT_FIX))


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, (len(text) if le < 0 else le)


def _role(text: str, start: int, end: int, precision: str) -> tuple[Role, float]:
    """Document (a dateline or a dated heading) or mentioned, with a weight for the choice."""
    ls, le = _line_bounds(text, start, end)
    prefix, suffix = text[ls:start], text[end:le]
    if not _TRAILER.match(suffix):
        if (precision in ("day", "month") and le - ls <= 80 and "," not in prefix
                and len(suffix.split()) <= 5 and _HEADING_PLACE.fullmatch(suffix)
                and not _running(text, ls)
                and _dated_heading(text, start, ls, le, text.count("\n", 0, ls),
                                   text.count("\n", le))):
            return "document", 0.7  # "am 3. Oktober 1959 im Saalbau": where it was held
        if precision == "day" and _act_opening(text, start):
            return "document", 0.8
        return "mentioned", 1.0  # the sentence goes on after the date
    n_before, n_after = text.count("\n", 0, ls), text.count("\n", le)
    running = _running(text, ls)
    lead = prefix.strip().split(" ", 1)[0]
    dateline = (len(prefix) <= (25 if precision == "year" else 60) and not running
                and (not lead[:1].islower() or lead in _PARTICLES)
                and _PLACE_PREFIX.match(prefix) is not None)
    if dateline and precision == "year" and (not prefix.strip() or min(n_before, n_after) > 4):
        dateline = False  # a bare year alone on a line, or far from the edges
    if dateline:
        near = n_before <= 30 or n_after <= 20 or ls < 1500 or len(text) - le < 800
        return "document", 1.0 if near else 0.6
    # A full date ending a heading line ("Minutes of the meeting held on 4th May 1915",
    # "Réunion du conseil du 6 juin 1955") dates the document, less surely.
    if precision in ("day", "month") and _dated_heading(text, start, ls, le, n_before, n_after):
        return "document", 0.75
    return "mentioned", 1.0


def _act_opening(text: str, start: int) -> bool:
    """Whether the date at ``start`` is in an act's opening formula (:data:`_ACT_OPENING`)
    at the head of a paragraph near the top of the text."""
    gap = text.rfind("\n\n", 0, start)
    para = gap + 2 if gap >= 0 else 0  # 0: the first paragraph
    return (start - para <= 120 and text.count("\n\n", 0, para) <= 6
            and _ACT_OPENING.match(text[para:start].replace("\n", " ")) is not None)


def _running(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` continues the previous one: running text (a sentence, a
    narrow column)."""
    prev = text[text.rfind("\n", 0, max(ls - 1, 0)) + 1:max(ls - 1, 0)].split()
    return bool(prev) and (prev[-1][-1] in ",;-¬"
                           or (prev[-1].islower() and prev[-1][-1].isalpha()))


def _dated_heading(text: str, start: int, ls: int, le: int, n_before: int, n_after: int) -> bool:
    """Whether the date at ``start`` stands in a heading line near the top."""
    return (n_before <= 8 and ls < 600 and n_after >= 3 and le - ls <= 120
            and _context(text, start) not in _EVENT_WORDS)


def with_line_breaks(text: str, line_breaks: Iterable[int] | None) -> str:
    """``text`` with the spaces at ``line_breaks`` (offsets where cleaning joined the
    original's lines, ``roles.line_breaks``) turned back into newlines; same length."""
    if not line_breaks:
        return text
    n = len(text)
    cuts = sorted({i for i in line_breaks if 0 <= i < n and text[i] == " "})
    if not cuts:
        return text
    # the pieces between the breaks joined by newlines: no list of every character
    return "\n".join([text[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, n], strict=True)])


def find_dates(
    text: str, lang: str | None = None, line_breaks: Iterable[int] | None = None
) -> list[DateMention]:
    """Every date with a year in ``text``, in order, with its role and confidence.

    Roles read the line structure; pass ``line_breaks`` when ``text`` is clean text
    whose paragraphs were run into one line. Offsets are ``text``'s either way.
    """
    text = with_line_breaks(text, line_breaks)
    out: list[DateMention] = []
    for m in _YEAR.finditer(text):
        got = _year_of(m.group(1))
        if got is None:
            continue
        year, repaired = got
        ys, ye = m.start(), m.end()
        if m.group(2):
            decade = year - year % 10
            out.append(DateMention(ys, ye, m.group(), f"{decade // 10}X", decade, "decade",
                                   "mentioned", 0.7, repaired, _context(text, ys)))
            continue
        window = text[max(0, ys - 40): ys]
        base = ys - len(window)
        iso = _ISO_TAIL.match(text, ye)
        if iso:
            ye = iso.end()
            found: tuple[int, str, Precision, bool] | None = (
                len(window), f"{year:04d}-{iso.group(1)}-{iso.group(2)}", "day", False)
        else:
            found = _read_back(window, year, lang)
        if found is not None:
            rel, value, precision, fixed = found
            start = base + rel
        else:
            start, value, precision, fixed = ys, f"{year:04d}", "year", False
        repaired = repaired or fixed
        role, weight = _role(text, start, ye, precision)
        conf = {"day": 0.95, "month": 0.9, "year": 0.75}[precision] * weight
        if repaired:
            conf *= 0.9
        ctx = _context(text, start)
        if precision == "year":
            after = _WORD_AFTER.match(text, ye, min(len(text), ye + 30))
            if ctx not in _YEAR_WORDS and (
                    ctx in _COUNT_BEFORE or (after and after.group(1).lower() in _UNITS)):
                conf *= 0.4  # "1500 francs", "2000 men", "annähernd 2000 Fr.": a count
                # (not any lower-case word after: "the 1981 budget" is a year)
            elif ctx not in _YEAR_WORDS and year % 100 == 0:
                conf *= 0.6  # a round 1800/1900/2000 alone: often an amount
            if repaired:
                conf *= 0.6
        out.append(DateMention(start, ye, text[start:ye], value, year, precision, role,
                               round(conf, 3), repaired, ctx))
    return _with_word_dates(text, out)


def _with_word_dates(text: str, out: list[DateMention]) -> list[DateMention]:
    """``out`` and the dates written in words (:mod:`.date_words`), in text order. A full
    date in words near the top is the record's own (``En Vitarte, a los doce días del mes
    de julio de mil novecientos sesenta y ocho, se reunió ...``); elsewhere, mentioned."""
    if not any(k in text for k in _NUMBER_KEYS):  # the common case, at C speed
        return out
    hits = sorted(i for k in _NUMBER_KEYS for i in _positions(text, k))
    windows: list[list[int]] = []  # around each hundred/thousand word, merged
    for i in hits:
        lo, hi = max(0, i - 120), i + 90
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    taken = [(d.start, d.end) for d in out]
    found = [w for lo, hi in windows for w in find_word_dates(text, _MONTH_EXACT, lo, hi)]
    for w in found:
        if any(s < w.end and w.start < e for s, e in taken):
            continue
        precision: Precision = "day" if w.day else "month" if w.month else "year"
        value = f"{w.year:04d}" + (f"-{w.month:02d}" if w.month else "") + (
            f"-{w.day:02d}" if w.day else "")
        top = text.count("\n", 0, w.start) <= 8 and w.start < 800
        role: Role = "document" if top and precision != "year" else "mentioned"
        conf = {"day": 0.95, "month": 0.9, "year": 0.75}[precision] * (0.7 if top else 1.0)
        out.append(DateMention(w.start, w.end, text[w.start:w.end], value, w.year, precision,
                               role, round(conf, 3), False, _context(text, w.start)))
    return sorted(out, key=lambda d: d.start)


def _context(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m.group(1).lower() if m else ""


def _read_back(window: str, year: int, lang: str | None) -> tuple[int, str, Precision, bool] | None:
    """Month and day printed before a year: (start in window, ISO value, precision, repaired)."""
    for kind in ("dmy", "mdy", "my"):
        m = _BEFORE[kind].search(window)
        if not m:
            continue
        mon = month_number(m.group("month"))
        if mon is None:
            continue
        month, fixed = mon
        if kind == "my":
            return m.start(), f"{year:04d}-{month:02d}", "month", fixed
        day_tok = m.group("day")
        if not any(c.isdigit() for c in day_tok):
            continue
        day = _int_of(day_tok)
        if not 1 <= day <= 31:
            return m.start("month"), f"{year:04d}-{month:02d}", "month", fixed
        fixed = fixed or not day_tok.isdigit()
        return m.start(), f"{year:04d}-{month:02d}-{day:02d}", "day", fixed
    m = _BEFORE["num"].search(window)
    if m:
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (b, a) if (lang == "en" and b > 12) or a > 31 else (a, b)
        if lang == "en" and a <= 12 < b:
            day, month = b, a
        if 1 <= month <= 12 and 1 <= day <= 31:
            return m.start(), f"{year:04d}-{month:02d}-{day:02d}", "day", False
    return None


def document_date(
    text: str, lang: str | None = None, mentions: list[DateMention] | None = None,
    line_breaks: Iterable[int] | None = None,
) -> Annotation | None:
    """The document's own printed date (dateline, signature date), or ``None``.

    ``mentions`` are :func:`find_dates`' answer for ``text`` when the caller has it.
    """
    best: DateMention | None = None
    for d in find_dates(text, lang, line_breaks) if mentions is None else mentions:
        if d.role != "document":
            continue
        if best is None or d.confidence > best.confidence:
            best = d
    if best is None:
        return None
    return Annotation(
        kind="date", start=best.start, end=best.end,
        value={"value": best.value, "earliest": best.year, "latest": best.year,
               "best": best.year, "printed": True},
        method=METHOD, confidence=best.confidence,
        evidence=[Evidence(text=best.text, start=best.start, end=best.end, source="dateline")],
    )
