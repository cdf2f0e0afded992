"""Title, genre, issuer and addressee of a document, read from the layout of its page.

The clean text (paragraphs split by blank lines) is cut into *lines*: paragraphs,
further cut at the original line breaks when the caller passes them (see
:func:`line_breaks`). Only the *head* (lines before the first line of prose) and the
*tail* (the signature block after the last line of prose) are read, so the cost does
not grow with the document. Each head and tail line gets one kind (masthead
organisation, genre heading, subject line, address, salutation, dateline, byline,
contact, "issued by", closing formula, heading, prose); the four values are then
chosen from those kinds by a short, ordered list of rules, each with its confidence.
Every value carries the line(s) it came from as :class:`Evidence`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from palimpsest.enrich import roles_lexicon as lx
from palimpsest.enrich import roles_text as tx
from palimpsest.enrich.roles_address import addressee
from palimpsest.enrich.roles_genre import GENRES, guess_genre
from palimpsest.enrich.roles_issuer import issuer, named_in_full
from palimpsest.enrich.roles_lines import Line, is_upper, line_breaks, read_page
from palimpsest.enrich.roles_title import paper_over, read_title
from palimpsest.model import Annotation, Evidence

__all__ = ["GENRES", "METHOD", "describe", "line_breaks"]

METHOD = "palimpsest.roles@0.1.49"


def _ann(kind: str, value: str, conf: float, src: list[Line]) -> Annotation:
    ev = [Evidence(text=ln.text, start=ln.start, end=ln.end) for ln in src]
    return Annotation(kind, src[0].start, src[-1].end, value, METHOD, round(conf, 2), ev)


def _mark_masthead(head: list[Line]) -> None:
    """Give kind "masthead" to an organisation's name (and sub-unit) atop the page."""
    lines = [ln for ln in head if ln.kind not in ("garbage", "spaced", "unreadable", "letterhead")]
    for i, ln in enumerate(lines[:3]):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if ln.kind == "publication" and nxt is not None and nxt.kind == "org":
            m = lx.PUBLICATION.match(ln.text)
            if m is not None and m.end() == len(ln.text):
                nxt.kind = "publisher"  # "BOLETÍN INFORMATIVO / Sindicato de ..."
            return
        if ln.kind in ("contact", "dateline"):
            continue
        if (ln.kind == "heading" and ln.words <= 3 and ln.toks[-1:] == ["of"]
                and nxt is not None and nxt.kind == "org"):
            ln.kind = "contact"  # "OFFICE OF / HURDMAN, McCLYMONT & CO.,": the firm's office
            continue
        if ln.kind == "heading" and ln.words <= 10 and (tx.is_org_fuzzy(ln.toks)
                                                       or tx.known_org(ln.text)):
            ln.org, ln.kind = True, "org"  # "Verbancl der Drahtzieher ...", "MADRES DE …"
        elif ln.kind == "heading" and ln.words <= 4 and _over_subunit(ln, nxt):
            ln.org, ln.kind = True, "org"  # "AMNESTY INTERNATIONAL / International Secretariat"
        if ln.kind != "org" or (ln.text[:1].islower() and lx.GENITIVE_LEAD.match(ln.text)):
            return  # "des Parteivorstandes der KPD …" goes on from a heading above it
        ln.kind = "masthead"
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and nxt.kind == "heading" and lx.SEAT_LINE.fullmatch(nxt.text):
            nxt.kind = "contact"  # "Johannisloge „Zur Treue“ / im Orient Heilbronn": its seat
            return
        after = lines[i + 2] if i + 2 < len(lines) else None
        then = lines[i + 3] if i + 3 < len(lines) else None
        if (nxt is not None and nxt.kind == "heading" and nxt.words <= 5 and after is not None
                and not tx.is_subunit(nxt.toks)
                and (after.kind == "contact" or lx.STREET_ADDRESS.fullmatch(after.text)
                     or (after.kind == "heading" and after.words <= 6 and after.text[-1] in ".)"
                         and then is not None and then.kind == "dateline"))):
            nxt.kind = after.kind = "contact"  # a firm's trade over its address or town
            return
        if (
            nxt is not None
            and nxt.words <= 8
            and (
                nxt.kind == "org"
                or (nxt.kind == "heading" and tx.is_subunit(nxt.toks))
                or (nxt.kind == "heading" and ln.toks[-1] in lx.OPEN_END)
                or (nxt.kind == "heading" and is_upper(nxt.text) and is_upper(ln.text)
                    and (lx.GENITIVE_LEAD.match(nxt.text) is not None
                         or lx.PURPOSE_LEAD.match(nxt.text) is not None))
            )
        ):
            nxt.kind = "masthead"  # "CONFEDERACION GENERAL DEL TRABAJO / DE LA REPUBLICA …"
        return


def _over_subunit(ln: Line, nxt: Line | None) -> bool:
    """A name in capitals right over an organisation's sub-unit: the organisation's
    name, though it holds no word that says so."""
    return (nxt is not None and nxt.kind == "org" and tx.is_subunit(nxt.toks)
            and is_upper(ln.text))


_JUDGED = frozenset({"heading", "org", "spaced", "publication"})  # read as names, titles


def _firm(ln: Line) -> bool:
    """Whether a line names a firm by its partners (``HURDMAN, McCLYMONT & CO.``): names,
    which need not read as words of the language."""
    return ln.kind == "org" and "&" in ln.toks


def _starts_in(offsets: Sequence[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``offsets`` lies in ``[start, end)``."""
    i = bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end


_POSTCODE = re.compile(r"\s+\d{4,5}(?:-\d{4})?\s*$")  # California 93531


def describe(
    text: str, lang: str | None = None, *, line_breaks: Sequence[int] | None = None,
    doubtful: Sequence[int] = (),
) -> list[Annotation]:
    """Title, genre, issuer and addressee of a clean text, as annotations.

    ``line_breaks`` (sorted clean-text offsets of spaces that joined two lines
    of the original, see :func:`line_breaks`) lets headings be read line by
    line; without it each paragraph is one line. ``lang`` breaks ties only:
    the keyword lexicons cover en, es, fr and de at once. ``doubtful``: sorted
    clean-text offsets where lines the OCR read with little confidence begin (a smudged
    masthead's junk, ``DP Sch cette bap tip``): no title or name is read from those.
    """
    lines, head, tail = read_page(text, line_breaks or ())
    for ln in head:
        if ln.kind in _JUDGED and ((not tx.readable(ln.text, lang) and not _firm(ln))
                                   or _starts_in(doubtful, ln.start, ln.end)):
            ln.kind = "unreadable"  # "RREEREFTRALETCTUTTR el ABEENWIERKE": a smudged heading
        elif ln.kind == "heading" and (lx.ISSUE_LINE.fullmatch(ln.text)
                                       or lx.PRICE_LINE.fullmatch(ln.text)
                                       or lx.DEED_NUMBER.fullmatch(ln.text)):
            ln.kind = "issue"  # "Año II — Nº 14", "One Penny": a periodical's, no title
        if ln.kind in ("heading", "org") and lx.STATE_HEAD.fullmatch(ln.text):
            ln.kind = "letterhead"  # "RÉPUBLIQUE FRANÇAISE": the state's, no title
        elif ln.kind in ("heading", "org") and lx.LEGAL_FORM.match(ln.text):
            ln.kind = "contact"  # "Société anonyme — Siège social : 3, boulevard …": its seat
        elif ln.kind == "dateline" and ln.words <= 12 and lx.NEWSPAPER_LINE.match(ln.text):
            ln.kind = "publication"  # "THE DAILY HERALD, TUESDAY, MAY 4, 1926.": the paper's
        elif ln.kind == "heading" and (
                (ln.words <= 2 and tx.known_place(ln.text))
                or (ln.words <= 5 and "," in ln.text
                    and tx.known_place(_POSTCODE.sub("", ln.text.rsplit(",", 1)[1])))):
            ln.kind = "contact"  # "París", "Keene, California 93531": its seat
    for i, (ln, nxt) in enumerate(pairwise(head)):
        if (ln.kind == "heading" and nxt.kind == "dateline" and ln.words <= 5
                and lx.NEWSPAPER_NAME.fullmatch(ln.text)):
            ln.kind = "publication"  # "THE BOMBAY CHRONICLE" over "Bombay, Thursday, …"
        elif (i == 0 and ln.kind in ("heading", "org") and ln.words <= 4
              and lx.PRESS_SUBTITLE.match(nxt.text)):
            ln.kind, nxt.kind = "paper", "publication"  # "LE TRAVAIL / Quotidien socialiste"
        elif i == 0 and ln.kind == "heading" and paper_over(ln, nxt):
            ln.kind = "paper"  # "LE DEVOIR / Montréal, mardi 7 juin 1949"
    _mark_masthead(head)
    title = read_title(head)
    genre, gconf, gsrc = guess_genre(text[:1500], head, tail, title[1] if title else [], lang)
    if not head and tail and tail[0] is lines[0]:  # only signatures: a last page, of any genre
        genre, gconf, gsrc = "other", 0.3, []
    out: list[Annotation] = []
    if title is not None and title[2]:
        conf = {"genre": 0.9, "subject": 0.85}.get(title[0].kind, 0.7)
        out.append(_ann("title", title[2], conf, title[1]))
    gsrc = gsrc or (title[1][:1] if title else head[:1] or lines[:1])
    if gsrc:  # with no cue, the genre rests on the first line, weakly
        out.append(_ann("genre", genre, gconf, gsrc))
    who = issuer(head, tail, title, genre, lines, lang)
    if who is not None:
        read = "\n".join(ln.text for ln in lines)  # the lines read: the cost stays bounded
        own = [ln.text for ln in head if ln.kind in ("org", "masthead")]
        out.append(_ann("issuer", named_in_full(who[0], read, own), *who[1:]))
    to = addressee(head, title, genre)
    if to is not None:
        out.append(_ann("addressee", *to))
    return out
