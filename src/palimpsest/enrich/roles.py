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

from bisect import bisect_left
from collections.abc import Sequence

import regex

from palimpsest.enrich import roles_lexicon as lx
from palimpsest.enrich import roles_text as tx
from palimpsest.enrich.roles_address import addressee
from palimpsest.enrich.roles_genre import GENRES, guess_genre
from palimpsest.enrich.roles_lines import Line, is_upper, letters, line_breaks, read_page
from palimpsest.model import Annotation, Evidence

__all__ = ["GENRES", "METHOD", "describe", "line_breaks"]

METHOD = "palimpsest.roles@0.1.11"


def _strip_article(s: str) -> str:
    m = lx.ARTICLE.match(s)
    return s[m.end() :] if m and len(s) > m.end() + 3 else s


def _tidy(s: str) -> str:
    return s.strip(" ,;:.-–—·*_").strip()


def _ann(kind: str, value: str, conf: float, src: list[Line]) -> Annotation:
    ev = [Evidence(text=ln.text, start=ln.start, end=ln.end) for ln in src]
    return Annotation(kind, src[0].start, src[-1].end, value, METHOD, round(conf, 2), ev)


def _continues(a: Line, b: Line) -> bool:
    """Whether heading line ``b`` carries on heading line ``a``."""
    if b.kind not in ("heading", "org", "address", "dateline", "genre", "contact") or b.words > 16:
        return False
    low = b.text.lower()
    if low.startswith(("from ", "de parte", "de la part", "von der ", "vom ")):
        return False
    if lx.NUMBERED.search(a.text):
        return False  # "Circular N° 12" is whole
    if b.para != a.para and lx.ENGLISH_ARTICLE_HEAD.match(b.text):
        return False  # "VOTES FOR WOMEN / (blank) / A GREAT PUBLIC MEETING": two headings
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


def _title(head: list[Line]) -> tuple[Line, list[Line], str] | None:
    """The title's first line, all its lines, and its text."""
    first: Line | None = None
    pub = max((i for i, ln in enumerate(head) if ln.kind == "publication"), default=-1)
    for kind in ("genre", "subject", "heading"):
        for i, ln in enumerate(head):
            if ln.kind == "salutation" and kind == "heading" and ln.text[-1] != "!":
                break
            if i <= pub and kind != "subject":
                continue
            ok = ln.kind == kind or (kind == "heading" and ln.kind == "org")
            if kind == "heading" and ln.text[-1] in ".,":
                continue  # "Mr. A. Wilson," in an address block; a sentence
            if ok and letters(ln.text) >= (0.4 if kind == "genre" else 0.6):
                first = ln
                break
        if first is not None:
            break
    if first is None:  # "Dear Sir and Brother, / Unemployment in the Foundry Trade"
        first = _after_salutation(head)
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
    return first, parts, _tidy(text) if not text.endswith(("!", "?")) else text.strip()


def _headline_over_byline(head: list[Line], first: Line) -> Line:
    """An article's headline is the heading right above its byline (``THE GUARDIAN /
    LABOUR SPLIT ON THE BOMB / From our Political Correspondent``): a heading above that
    one names the paper."""
    k = head.index(first)
    b = next((i for i, ln in enumerate(head) if ln.kind == "byline"), -1)
    if b >= k + 2 and first.kind == "heading" and head[b - 1].kind == "heading":
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


_NAME_LINK = r"(?:de|del|de\s+la|de\s+los|des|du|of|of\s+the|der)"  # inside a body's name


def _named_in_full(who: str, text: str) -> str:
    """A body signed by one word (``Por la Comunidad:``) as the text names it in full
    (``Comunidad Campesina de Huayopampa``, ``Strike Committee``): of the names that word
    opens or ends there, the last named (nearest the signature), or a longer one that
    holds it."""
    if " " in who or who.lower() not in lx.ORG_WORDS:
        return who
    word = regex.escape(who)
    names = [_strip_article(m.group()) for m in regex.finditer(
        rf"(?:\p{{Lu}}[\w'-]*[^\S\n]+)*\b{word}(?:[^\S\n]+(?:{_NAME_LINK}[^\S\n]+)?\p{{Lu}}[\w-]*)*",
        text)]
    names = [n for n in names if n != who]
    if not names:
        return who
    return max((n for n in names if names[-1] in n), key=len)


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
        if ln.kind == "heading" and ln.words <= 10 and (tx.is_org_fuzzy(ln.toks)
                                                       or tx.known_org(ln.text)):
            ln.org, ln.kind = True, "org"  # "Verbancl der Drahtzieher ...", "MADRES DE …"
        elif ln.kind == "heading" and ln.words <= 4 and _over_subunit(ln, nxt):
            ln.org, ln.kind = True, "org"  # "AMNESTY INTERNATIONAL / International Secretariat"
        if ln.kind != "org" or (ln.text[:1].islower() and lx.GENITIVE_LEAD.match(ln.text)):
            return  # "des Parteivorstandes der KPD …" goes on from a heading above it
        ln.kind = "masthead"
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            nxt is not None
            and nxt.words <= 8
            and (
                nxt.kind == "org"
                or (nxt.kind == "heading" and tx.is_subunit(nxt.toks))
                or (nxt.kind == "heading" and ln.toks[-1] in lx.OPEN_END)
                or (nxt.kind == "heading" and is_upper(nxt.text) and is_upper(ln.text)
                    and lx.GENITIVE_LEAD.match(nxt.text) is not None)
            )
        ):
            nxt.kind = "masthead"  # "CONFEDERACION GENERAL DEL TRABAJO / DE LA REPUBLICA …"
        return


def _over_subunit(ln: Line, nxt: Line | None) -> bool:
    """A name in capitals right over an organisation's sub-unit: the organisation's
    name, though it holds no word that says so."""
    return (nxt is not None and nxt.kind == "org" and tx.is_subunit(nxt.toks)
            and is_upper(ln.text))


def _masthead(head: list[Line], stop: int) -> tuple[str, list[Line]] | None:
    src = [ln for ln in head[:stop] if ln.kind == "masthead"]
    if not src:
        return None
    value = _masthead_name(src[0].text)
    for x in src[1:]:
        of = lx.GENITIVE_LEAD.match(x.text) is not None
        sep = " " if src[0].toks[-1] in lx.OPEN_END or of else ", "
        value += sep + _masthead_name(x.text)
    return value, src


def _masthead_name(s: str) -> str:
    # "Coopérative « L'Avenir » – Montbrac-sur-Loire": drop a trailing place after a dash;
    # "UNION LOCALE CFDT DE NANTES — Rapport d'activité 1978   1" (a running head): the
    # document's name and the page number after it.
    for dash in (" – ", " — ", " - "):
        head, sep, rest = s.rpartition(dash)
        if sep and head and ((len(rest.split()) <= 3 and not tx.is_org(tx.tokens(rest)))
                             or lx.GENRE_HEAD.match(rest)):
            s = head
    return _tidy(s)


def _issuer(
    head: list[Line],
    tail: list[Line],
    title: tuple[Line, list[Line], str] | None,
    genre: str,
    lines: list[Line],
    lang: str | None = None,
) -> tuple[str, float, list[Line]] | None:
    imprint: tuple[str, float, list[Line]] | None = None
    for ln in [*tail[::-1], *head]:
        if ln.kind == "issued":
            m = lx.ISSUED_BY.match(tx.ocr_letters(ln.text))
            value = _tidy(lx.ISSUER_STOP.sub("", ln.text[m.end() :])) if m else ""
            value = value or _body_named(ln.text, lang) or ""  # "Flugblatt der SPD ..."
            if value and tx.person_name(value) and imprint is None:
                imprint = tx.person_name(value) or value, 0.5, [ln]  # "Published by H. Bramley"
            elif value:
                return _strip_article(value), 0.9, [ln]
    stop = head.index(title[0]) if title else len(head)
    mast = _masthead(head, stop)
    if mast is not None:
        return _strip_article(mast[0]), 0.85, mast[1]
    for i, ln in enumerate(head):
        if ln.kind == "publisher":
            value = _tidy(lx.PUBLICATION_TAIL.sub("", ln.text))
            return _strip_article(value), 0.75, [head[i - 1], ln]
        if ln.kind == "publication":
            src = ln.text if lx.PUBLICATION.match(ln.text) else tx.repair_lead(ln.text) or ""
            m = lx.PUBLICATION.match(src)
            value = _tidy(lx.PUBLICATION_TAIL.sub("", src[m.end() :])) if m else ""
            if value:
                return _strip_article(value), 0.8, [ln]
    for ln in head:
        if ln.kind == "byline":
            continue  # "From our Political Correspondent": an article's, no issuer
        m = lx.MEMO_FROM.match(ln.text)
        if m is not None and ln.words <= 12:
            return _strip_article(_tidy(ln.text[m.end() :])), 0.75, [ln]
        low = ln.text.lower()
        if low.startswith(("from ", "de parte de ", "de la part de ", "von der ", "vom ")):
            value = _tidy(ln.text.split(None, 1)[1] if low.startswith("from ") else ln.text)
            if low.startswith(("de ", "von ")):
                value = _tidy(ln.text.split(" ", 3 if low.startswith("de la") else 2)[-1])
            k = head.index(ln)
            if ln.toks[-1] in lx.OPEN_END and k + 1 < len(head):  # "... of the / Ashton ..."
                value = f"{value} {_tidy(head[k + 1].text)}"
                return _strip_article(value), 0.8, [ln, head[k + 1]]
            return _strip_article(value), 0.8, [ln]
    if title is not None and genre not in ("letter", "article"):
        who = _body_named(title[2], lang)
        if who:
            return who, 0.75, title[1]
    below = _body_below_title(head, title, lang) if genre not in ("letter", "article") else None
    if below is not None:
        return below
    if title is not None and genre not in ("letter", "article"):
        # "Minutes / Meeting of the X held ...", "Ordre du jour / adopté par le Congrès de X"
        k = head.index(title[1][-1]) + 1
        nxt = (
            head[k]
            if k < len(head)
            else next((x for x in lines if x.start > title[1][-1].end), None)
        )
        if nxt is not None and (genre == "minutes" or lx.SUBTITLE.match(nxt.text)):
            para = " ".join(x.text for x in lines if x.para == nxt.para)
            who = _body_named(para, lang) or (_met_in(para) if genre == "minutes" else None)
            if who:
                return who, 0.6, [nxt]
    orgs = [ln for ln in tail if ln.kind in ("org", "closing") and ln.org]
    if orgs:
        named = [ln for ln in orgs if ln.kind == "org" and ln.words >= 3 and ":" not in ln.text]
        best = (named or orgs)[-1]  # the signature is at the bottom
        k = tail.index(best)
        if k and tx.is_subunit(best.toks) and tail[k - 1].kind == "org":
            top = tail[k - 1]  # "Confederación de Trabajadores / Secretaría de Organización"
            value = f"{_strip_article(_tidy(top.text))}, {_tidy(best.text)}"
            return value, 0.65, [top, best]
        text = lx.ISSUER_STOP.sub("", best.text)
        if best.kind == "closing":
            m = lx.CLOSING.match(text)
            text = text[m.end() :] if m else text
        text = lx.ROLE_OF.sub("", _tidy(text))
        return _strip_article(_tidy(text)), 0.65 if best.words >= 3 else 0.5, [best]
    for ln in tail:
        name = tx.person_name(ln.text) if ln.kind in ("heading", "org", "contact") else None
        if name:
            return name, 0.55, [ln]
    if genre == "article":
        return imprint  # an article's first sentence names its news's subject, no issuer
    return imprint or _sentence_subject(lines, head)


def _body_below_title(
    head: list[Line], title: tuple[Line, list[Line], str] | None, lang: str | None = None
) -> tuple[str, float, list[Line]] | None:
    """A body's name on the line under the title, before the salutation: "APPEL AUX
    ÉTUDIANTS / Le Comité d'action de la Sorbonne / Camarades,"."""
    if title is None or title[0].org or title[0].kind not in ("genre", "heading", "subject"):
        return None  # a body's name as title: the line under it is one of its parts
    k = head.index(title[1][-1]) + 1
    if k >= len(head):
        return None
    ln = head[k]
    if ln.kind != "org" or not ln.org or ln.words > 16 or ln.text[-1] in ",:!":
        return None
    m = lx.GENITIVE_LEAD.match(ln.text)
    value = _strip_article(_tidy(ln.text[m.end() :] if m else ln.text))
    if lang == "de" and m and m.group().lower().startswith("des "):
        value = _nominative(value)
    return (value, 0.7, [ln]) if value else None


def _met_in(para: str) -> str | None:
    """The body an act's opening says met (``En la Comunidad Campesina de Sarhua, a los
    veinte días …``, ``Dans la section de …, le …``)."""
    m = lx.ACT_OPENING_BODY.match(para)
    if m is None or not tx.is_org(tx.tokens(m.group("who"))):
        return None
    return _strip_article(_tidy(m.group("who")))


def _nominative(who: str) -> str:
    """A German body's name after ``des`` as it is named on its own: ``Bundesvorstandes
    des DGB`` → ``Bundesvorstand des DGB``, ``Ortsvereins`` → ``Ortsverein``,
    ``Ausschusses`` → ``Ausschuss``, ``Zentralkomitees`` → ``Zentralkomitee``. Only a
    noun leading the name (an adjective's gender is unknown: ``Deutschen …`` stays)."""
    first, sep, rest = who.partition(" ")
    if len(first) <= 4 or not first[0].isupper() or not first.isalpha():
        return who
    if first.endswith("ees"):
        first = first[:-1]
    elif first.endswith("es") and first[-3] not in "aeiouäöüy":
        first = first[:-2]
    elif first.endswith("s") and first[-2] not in "su":
        first = first[:-1]
    else:
        return who
    return first + sep + rest


def _sentence_subject(lines: list[Line], head: list[Line]) -> tuple[str, float, list[Line]] | None:
    """The body named as subject of the first sentence: "La Fédération ... informe que"."""
    first = next((ln for ln in lines[len(head) : len(head) + 2] if ln.kind == "prose"), None)
    if first is None:
        return None
    words = first.text.split()[:16]
    for k, w in enumerate(words[1:], 1):
        if w.lower() in lx.SUBJECT_VERBS:
            toks = tx.tokens(" ".join(words[:k]))
            if 2 <= k <= 12 and tx.is_org(toks):
                return _strip_article(_tidy(" ".join(words[:k]))), 0.45, [first]
            return None
    return None


def _body_named(heading: str, lang: str | None = None) -> str | None:
    """The body in "Statement of the X on Y" / "Minutes of the meeting of the X held on ..."."""
    to = lx.HEADING_TO.search(heading)
    text = heading[: to.start() if to else None]
    for m in lx.HEADING_OF.finditer(text, overlapped=True):
        who = lx.DATED_TAIL.sub("", m.group("who"))
        if lang == "de" and m.group().lower().startswith("des "):
            who = _nominative(who)
        toks = tx.tokens(who)
        if toks and not _meeting(toks[:4]) and tx.is_org(toks):
            return _strip_article(_tidy(who))
    return None


def _meeting(toks: list[str]) -> bool:
    """A meeting, not a body: ``meeting``, ``sesión``, and German compounds
    (``Mitgliederversammlung``, ``Vorstandssitzung``)."""
    return not lx.MEETING_WORDS.isdisjoint(toks) or any(
        t.endswith(lx.MEETING_ENDINGS) for t in toks)


_JUDGED = frozenset({"heading", "org", "spaced", "publication"})  # read as names, titles


def _starts_in(offsets: Sequence[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``offsets`` lies in ``[start, end)``."""
    i = bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end


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
        if ln.kind in _JUDGED and (not tx.readable(ln.text, lang)
                                   or _starts_in(doubtful, ln.start, ln.end)):
            ln.kind = "unreadable"  # "RREEREFTRALETCTUTTR el ABEENWIERKE": a smudged heading
        elif ln.kind == "heading" and lx.ISSUE_LINE.fullmatch(ln.text):
            ln.kind = "issue"  # "Año II — Nº 14": a periodical's number, no title
        if ln.kind in ("heading", "org") and lx.STATE_HEAD.fullmatch(ln.text):
            ln.kind = "letterhead"  # "RÉPUBLIQUE FRANÇAISE": the state's, no title
    _mark_masthead(head)
    title = _title(head)
    genre, gconf, gsrc = guess_genre(text[:1500], head, tail, title[1] if title else [], lang)
    out: list[Annotation] = []
    if title is not None and title[2]:
        conf = {"genre": 0.9, "subject": 0.85}.get(title[0].kind, 0.7)
        out.append(_ann("title", title[2], conf, title[1]))
    gsrc = gsrc or (title[1][:1] if title else head[:1] or lines[:1])
    if gsrc:  # with no cue, the genre rests on the first line, weakly
        out.append(_ann("genre", genre, gconf, gsrc))
    who = _issuer(head, tail, title, genre, lines, lang)
    if who is not None:
        read = "\n".join(ln.text for ln in lines)  # the lines read: the cost stays bounded
        out.append(_ann("issuer", _named_in_full(who[0], read), *who[1:]))
    to = addressee(head, title, genre)
    if to is not None:
        out.append(_ann("addressee", *to))
    return out
