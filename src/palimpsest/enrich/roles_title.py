"""A document's title, read from the kinds of its head lines (:mod:`roles_lines`).

The title is the first genre heading, subject line or heading that is not the issuer's
name, a paper's name, an address or a sentence; then the lines that carry it on.
"""

from __future__ import annotations

from palimpsest.enrich import roles_lexicon as lx
from palimpsest.enrich import roles_text as tx
from palimpsest.enrich.date_words import WEEKDAYS
from palimpsest.enrich.roles_lines import Line, is_upper, letters

__all__ = ["paper_over", "read_title"]


def _continues(a: Line, b: Line) -> bool:
    """Whether heading line ``b`` carries on heading line ``a``."""
    if b.kind not in ("heading", "org", "address", "dateline", "genre", "contact") or b.words > 16:
        return False
    if b.kind == "address" and a.text.endswith("."):
        return False  # "GENERAL STRIKE. / TO ALL WORKERS IN MOTHERWELL": whom it calls
    low = b.text.lower()
    if low.startswith(("from ", "de parte", "de la part", "von der ", "vom ")):
        return False
    if lx.NUMBERED.search(a.text):
        return False  # "Circular N° 12" is whole
    if b.para != a.para and lx.ENGLISH_ARTICLE_HEAD.match(b.text):
        return False  # "VOTES FOR WOMEN / (blank) / A GREAT PUBLIC MEETING": two headings
    # "MASS MEETING TONIGHT / (blank) / at Brown Chapel": its details; a genre's word goes
    # on ("MESSAGE / (blank) / to the Fifth Congress of ...")
    if b.para != a.para and a.kind != "genre" and is_upper(a.text) and not is_upper(b.text):
        return False
    if a.text.endswith(("!", "?")) and not is_upper(a.text):
        return False  # "Aufruf / an das Volk der Schweiz! / der Bundesrat hat …": prose
    if b.org and is_upper(a.text) and not is_upper(b.text) and lx.GENITIVE_LEAD.match(b.text):
        return False  # "COMUNICADO AL PUEBLO / del Comité Ejecutivo ...": its issuer
    if a.toks and a.toks[-1] in lx.OPEN_END and (
            b.para == a.para or is_upper(a.text) == is_upper(b.text)):
        return True  # "Solidaridad con la huelga de / Hilanderías del Rímac" (not "GOES ON")
    if not (b.text[0].islower() or (is_upper(a.text) and is_upper(b.text))):
        return False  # a new heading, not the rest of this one
    m = lx.CONTINUES.match(b.text)
    if m is None:
        return False
    participle = low[:4] in ("adop", "pres", "prés", "held")
    return b.para == a.para or not participle


def read_title(head: list[Line]) -> tuple[Line, list[Line], str] | None:
    """The title's first line, all its lines, and its text."""
    bulletin = _bulletin(head)
    if bulletin:  # "Mitteilungsblatt für den Bezirk Oberpullendorf / Folge 10 · Oktober 1931"
        return bulletin[0], bulletin, tx.tidy(" ".join(ln.text for ln in bulletin))
    first: Line | None = None
    pub = max((i for i, ln in enumerate(head) if ln.kind in ("publication", "paper")),
              default=-1)
    if 0 <= pub < len(head) - 1 and head[pub + 1].kind == "dateline":
        pub += 1  # THE PITTSBURG DISPATCH. / PITTSBURG, THURSDAY, JULY 7, 1892. / headline
    for kind in ("genre", "subject", "heading"):
        for i, ln in enumerate(head):
            if ln.kind == "salutation" and kind == "heading" and ln.text[-1] != "!":
                break
            if i <= pub and kind != "subject":
                continue
            ok = ln.kind == kind or (kind == "heading" and ln.kind == "org"
                                     and not _opens_with_body(ln))
            if kind == "heading" and ln.text[-1] in ".," and not _headline(ln, i, pub) \
                    and not _first_heading_with_stop(head, ln):
                continue  # "Mr. A. Wilson," in an address block; a sentence
            if kind == "heading" and ln.text[:1] == "(" and ln.text[-1:] == ")":
                continue  # "(Adherido a la Confederación Nacional del Trabajo)": a note
            if ok and letters(ln.text) >= (0.4 if kind == "genre" else 0.6):
                first = ln
                break
        if first is not None:
            break
    if first is None:  # "Dear Sir and Brother, / Unemployment in the Foundry Trade"
        first = _after_salutation(head)
    if first is None:  # nothing else heads it: a bulletin's name and number is its title
        first = next((ln for ln in head if ln.kind == "publication"
                      and (lx.NUMBERED.search(ln.text) or head.index(ln) == 0)), None)
    if first is None:  # "¡A NUESTROS SUSCRIPTORES Y A LOS OBREROS DE GRAN CANARIA!"
        first = _call_in_capitals(head)
    if first is None:
        return None
    first = _headline_over_byline(head, _below_masthead(head, first))
    subject = next((ln for ln in head if ln.kind == "subject"), None)
    if first.kind == "genre" and first.words == 1 and subject is not None:
        first = subject  # "MEMORANDUM ... Subject: Recruitment drive"
    parts = [first]
    k = head.index(first)
    while k + 1 < len(head) and len(parts) < 4 and _continues(parts[-1], head[k + 1]):
        k += 1
        parts.append(head[k])
    text = " ".join(ln.reads or ln.text for ln in parts)  # NOTION, as OCR read MOTION
    if first.kind == "subject":
        m = lx.SUBJECT.match(text)
        text = text[m.end() :] if m else text
    text = lx.TRAILING_DATELINE.sub("", text)
    return first, parts, tx.tidy(text) if not text.endswith(("!", "?")) else text.strip()


def _bulletin(head: list[Line]) -> list[Line]:
    """A bulletin's name over its number is its title, whatever heading follows (a
    newsletter's, not a daily's: ``BOLETÍN MENSUAL / Año IV — … — Núm. 38 / LOS SUELDOS
    ATRASADOS``): its line(s), or none. Its body's name below it goes with it
    (``CLUBNACHRICHTEN / des Ruderclubs Tribschen / Nr. 2 · Juni 1957``)."""
    for i, ln in enumerate(head[:5]):
        if ln.kind not in _BULLETIN_KINDS or ln.words > 8 or not lx.BULLETIN_NAME.match(ln.text):
            continue
        parts = [ln]
        if lx.ISSUE_NUMBER.search(ln.text) is None:
            if i + 1 < len(head) and head[i + 1].text[:1].islower() and head[i + 1].words <= 8:
                parts.append(head[i + 1])  # "der Neuen Volksbühne Charlottenburg."
            k = i + len(parts)
            if k >= len(head) or head[k].words > 14 or not lx.ISSUE_NUMBER.search(head[k].text):
                return []
            parts_end = k + 1
        else:
            parts_end = i + 1
        below = next((h for h in head[parts_end:] if h.kind in ("heading", "genre", "org")), None)
        if below is not None and below.words >= 4 and below.text[-1] != ".":
            return []  # an article's headline: "Rents, Repairs and the Council"
        return parts
    return []


_BULLETIN_KINDS = frozenset({"heading", "publication", "unreadable", "dateline", "genre", "org"})


def _call_in_capitals(head: list[Line]) -> Line | None:
    """With no heading, a call in capitals atop the page heads it (``¡CAMPESINOS DE ANTA Y
    DE LIMATAMBO!``); an address does not (``A LOS TRABAJADORES DE TODA ESPAÑA``)."""
    ln = next((h for h in head if h.kind not in _ABOVE_TITLE and h.kind != "dateline"), None)
    if ln is not None and ln.kind == "salutation" and ln.words >= 3 \
            and is_upper(ln.text):
        return ln
    return None


def _headline(ln: Line, i: int, pub: int) -> bool:
    """A paper's headline may end with a stop (``Der Generalstreik in Basel.``): a short
    heading right under the paper's name and what it says of itself (line ``pub``)."""
    return 0 <= pub == i - 1 and ln.words <= 8 and ln.text.endswith(".") \
        and ln.text.count(".") == 1


def _first_heading_with_stop(head: list[Line], ln: Line) -> bool:
    """A page's first line, of three words at most with its one stop at the end, is its
    heading (``Zwangsversteigerung.``, ``Kantonaler Polizei-Anzeiger.``), not a
    sentence."""
    if not ln.text.endswith(".") or ln.text.count(".") != 1 or "," in ln.text:
        return False
    first = next((h for h in head if h.kind not in ("garbage", "spaced")), None)
    if ln is first and ln.words <= 3:
        return True
    # in capitals, under the issuer's name and seat: "MOTHERWELL AND WISHAW TRADES AND
    # LABOUR COUNCIL. / Office: 27 Merry Street, Motherwell. / GENERAL STRIKE."
    k = head.index(ln)
    nxt = head[k + 1].kind if k + 1 < len(head) else ""  # not its sub-unit over headings
    return k > 0 and ln.words <= 6 and is_upper(ln.text) and head[0].kind == "masthead" \
        and all(h.kind in _ABOVE_TITLE for h in head[:k]) and nxt not in ("heading", "genre")


_ABOVE_TITLE = frozenset({"garbage", "spaced", "masthead", "contact", "letterhead", "unreadable"})


def paper_over(ln: Line, nxt: Line) -> bool:
    """Whether the first line names a paper by what follows it: a name in capitals of
    three words at most over a dateline with its weekday (``LE DEVOIR`` / ``Montréal,
    mardi 7 juin 1949``: letters date without one), or a paper's name over who issues it
    or its number (``THE STRIKE BULLETIN`` / ``Issued by the Central Strike
    Committee``)."""
    if nxt.kind == "dateline":
        return ln.words <= 3 and is_upper(ln.text) and not WEEKDAYS.keys().isdisjoint(nxt.toks)
    return nxt.kind in ("issued", "issue") and ln.words <= 5 \
        and lx.NEWSPAPER_NAME.fullmatch(ln.text) is not None


def _opens_with_body(ln: Line) -> bool:
    """Whether a line naming an organisation opens with the word for its kind of body
    (an article before it allowed): ``SINDICATO MINERO DE NERVA``, ``Comité de grève de
    la Régionale``: the issuer's name, no title; ``Rents, Repairs and the Council`` is
    one."""
    toks = ln.toks[1:] if ln.toks[:1] and lx.ARTICLE.fullmatch(ln.toks[0] + " ") else ln.toks
    return bool(toks) and tx.is_org(toks[:1])


def _headline_over_byline(head: list[Line], first: Line) -> Line:
    """An article's headline is the heading right above its byline (``THE GUARDIAN /
    LABOUR SPLIT ON THE BOMB / From our Political Correspondent``): a heading above that
    one names the paper."""
    k = head.index(first)
    b = next((i for i, ln in enumerate(head) if ln.kind == "byline"), -1)
    named = any(ln.kind == "publication" for ln in head[:k])  # the paper named above it
    if b >= k + 2 and first.kind == "heading" and head[b - 1].kind == "heading" and not named:
        return head[b - 1]
    return first


def _below_masthead(head: list[Line], first: Line) -> Line:
    """The heading under a newspaper's name: ``LE PEUPLE / La victoire ouvrière``. A
    heading of one to three words in capitals, followed by a heading in lower case (not a
    sentence, not an address or salutation), names the paper; the article's title is the
    second. So is a heading under the paper's name and its dateline."""
    k = head.index(first)
    if first.kind != "heading" or first.words > 3 or not is_upper(first.text) \
            or k + 1 >= len(head):
        return first
    nxt = head[k + 1]
    if nxt.kind == "heading" and not is_upper(nxt.text) and nxt.words <= 12 \
            and nxt.text[-1] not in ".,;:" and letters(nxt.text) >= 0.6:
        return nxt
    if nxt.kind == "dateline" and k + 2 < len(head):  # EL SIGLO / Santiago, martes 12 de…
        line = head[k + 2]
        if line.kind == "heading" and 3 <= line.words <= 14 and line.text[-1] not in ".,;:" \
                and letters(line.text) >= 0.6:
            return line
    return first


def _after_salutation(head: list[Line]) -> Line | None:
    """A short heading right after the salutation, before the prose (British letters)."""
    for i, ln in enumerate(head[:-1]):
        if ln.kind == "salutation":
            nxt = head[i + 1]
            ok = nxt.kind in ("heading", "dateline", "org") and nxt.words <= 10
            if ok and nxt.text[-1] not in ".,:;" and letters(nxt.text) >= 0.6:
                return nxt
            return None
    return None
