"""The issuer of a document, read from its page (see :mod:`.roles`): an imprint
(``Issued by …``), a masthead, a publication line, a memo's ``From:``, a body named in
the title or under it, a minutes' opening, the signature block, or the subject of the
first sentence, in that order."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from palimpsest.enrich import roles_lexicon as lx
from palimpsest.enrich import roles_text as tx
from palimpsest.enrich.roles_lines import Line, is_upper

_NAME_LINK = r"(?:de|del|de\s+la|de\s+los|des|du|of|of\s+the|der)"  # inside a body's name


# A body's organs, which sign for the body (By order of the Board, Der Vorstand)
_ORGANS = frozenset({"board", "directors", "council", "committee", "vorstand", "direktion",
                     "directiva",
                     "verwaltungsrat", "aufsichtsrat", "consejo", "conseil"})


def named_in_full(who: str, text: str, own: Sequence[str] = ()) -> str:
    """A body signed by one word (``Por la Comunidad:``) as the text names it in full
    (``Comunidad Campesina de Huayopampa``, ``Strike Committee``): the body heading the
    page whose name ends or opens with that word (``own``: ``GORBALS TENANTS'
    ASSOCIATION`` over ``Published by the Association``, ``BOARD OF SCHOOL TRUSTEES OF THE
    CITY OF NELSON.`` over ``By order of the Board``), else of the names that word opens
    or ends in the text, the last named (nearest the signature), or a longer one that
    holds it. A body's organ (:data:`_ORGANS`: ``By order of the Board``) signs for the
    body heading the page, else signs as itself, with its article (``Der Vorstand``)."""
    if " " in who or who.lower() not in lx.ORG_WORDS:
        return who
    low = who.lower()
    if low in _ORGANS and own:  # By order of the Board: the company heading the page
        return tx.strip_article(tx.tidy(own[0]))
    heading = next((h for h in own if (toks := tx.tokens(h))[-1:] == [low]
                    or (len(toks) > 2 and toks[0] == low and toks[1] == "of")), None)
    if heading is not None:
        return tx.strip_article(tx.tidy(heading))
    word = regex.escape(who)
    names = [tx.strip_article(m.group()) for m in regex.finditer(
        rf"(?:\p{{Lu}}[\w'-]*[^\S\n]+)*\b{word}(?:(?:[^\S\n]+(?:{_NAME_LINK}[^\S\n]+)?\p{{Lu}}[\w-]*)+"
        rf"|[^\S\n]+{_NAME_LINK}[^\S\n]+\p{{Ll}}{{3,}}(?=[,;:.][^\S\n]|[^\S\n]+\p{{Ll}}))?",
        text)]
    names = [n for n in names if n != who]
    if not names and low in _ORGANS:  # no body heads the page nor is named: the organ as
        named = regex.search(  # the text names it, with its article (Der Vorstand)
            rf"\b(?:[Tt]he|[Dd]er|[Dd]ie|[Ee]l|[Ll]a|[Ll]e)[^\S\n]+{word}\b", text)
        return who if named is None else named.group()
    if not names:
        return who
    return max((n for n in names if names[-1] in n), key=len)


def _masthead(head: list[Line], stop: int) -> tuple[str, list[Line]] | None:
    src = [ln for ln in head[:stop] if ln.kind == "masthead"]
    if not src:
        return None
    value = _masthead_name(src[0].text)
    for x in src[1:]:
        of = lx.GENITIVE_LEAD.match(x.text) is not None or lx.PURPOSE_LEAD.match(x.text) is not None
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
    return tx.tidy(s)


def issuer(
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
            value = tx.tidy(lx.ISSUER_STOP.sub("", ln.text[m.end() :])) if m else ""
            value = value or _body_named(ln.text, lang) or ""  # "Flugblatt der SPD ..."
            if value and tx.person_name(value) and imprint is None:
                imprint = tx.person_name(value) or value, 0.5, [ln]  # "Published by H. Bramley"
            elif value:
                return tx.strip_article(value), 0.9, [ln]
    stop = head.index(title[0]) if title else len(head)
    mast = _masthead(head, stop)
    if mast is not None:
        return tx.strip_article(mast[0]), 0.85, mast[1]
    for i, ln in enumerate(head):
        if ln.kind == "paper":  # "LE TRAVAIL / Quotidien socialiste": a paper's own name
            return ln.text.rstrip("."), 0.8, [ln]
        if ln.kind == "publisher":
            value = tx.tidy(lx.PUBLICATION_TAIL.sub("", ln.text))
            return tx.strip_article(value), 0.75, [head[i - 1], ln]
        if ln.kind == "publication":
            paper = lx.NEWSPAPER_LINE.match(ln.text)
            if paper is not None:  # "THE DAILY HERALD, TUESDAY, MAY 4, 1926."
                return tx.strip_article(paper.group("name")), 0.8, [ln]
            if lx.NEWSPAPER_NAME.fullmatch(ln.text):  # "THE BOMBAY CHRONICLE" over its date
                return tx.strip_article(ln.text.rstrip(".")), 0.8, [ln]
            src = ln.text if lx.PUBLICATION.match(ln.text) else tx.repair_lead(ln.text) or ""
            m = lx.PUBLICATION.match(src)
            value = tx.tidy(lx.PUBLICATION_TAIL.sub("", src[m.end() :])) if m else ""
            if value and i > 0 and is_upper(head[i - 1].text) and not tx.is_org(
                    tx.tokens(value)):  # LE PEUPLE / Organe … de la démocratie socialiste
                return head[i - 1].text.rstrip("."), 0.8, [head[i - 1], ln]
            if value:
                return tx.strip_article(value), 0.8, [ln]
    for ln in head:
        if ln.kind == "byline":
            continue  # "From our Political Correspondent": an article's, no issuer
        m = lx.MEMO_FROM.match(ln.text)
        if m is not None and ln.words <= 12:
            return tx.strip_article(tx.tidy(ln.text[m.end() :])), 0.75, [ln]
        low = ln.text.lower()
        if low.startswith(("from ", "de parte de ", "de la part de ", "von der ", "vom ")):
            value = tx.tidy(ln.text.split(None, 1)[1] if low.startswith("from ") else ln.text)
            if low.startswith(("de ", "von ")):
                value = tx.tidy(ln.text.split(" ", 3 if low.startswith("de la") else 2)[-1])
            k = head.index(ln)
            if ln.toks[-1] in lx.OPEN_END and k + 1 < len(head):  # "... of the / Ashton ..."
                value = f"{value} {tx.tidy(head[k + 1].text)}"
                return tx.strip_article(value), 0.8, [ln, head[k + 1]]
            return tx.strip_article(value), 0.8, [ln]
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
        if k and _opens_with_subunit(best) and tail[k - 1].kind == "org":
            top = tail[k - 1]  # "Confederación de Trabajadores / Secretaría de Organización"
            value = f"{tx.strip_article(tx.tidy(top.text))}, {tx.tidy(best.text)}"
            return value, 0.65, [top, best]
        text = lx.ISSUER_STOP.sub("", best.text)
        if best.kind == "closing":
            m = lx.CLOSING.match(text)
            text = text[m.end() :] if m else text
        text = lx.ROLE_OF.sub("", tx.tidy(text))
        return tx.strip_article(tx.tidy(text)), 0.65 if best.words >= 3 else 0.5, [best]
    for ln in tail:
        name = tx.person_name(ln.text) if ln.kind in ("heading", "org", "contact") else None
        if name:
            return name, 0.55, [ln]
    for before, ln in pairwise(tail):  # "Der Oberbürgermeister. / Wachsmann."
        if _OFFICE_LINE.fullmatch(before.text) and _SURNAME_LINE.fullmatch(ln.text):
            return ln.text.strip(" ."), 0.5, [before, ln]
    for before, ln in pairwise(tail):  # "Tu hijo, / Jorge": a family's letter
        if before.kind == "closing" and _first_name(ln.text):
            return ln.text.strip(" ."), 0.5, [ln]
    if genre == "article":
        return imprint  # an article's first sentence names its news's subject, no issuer
    return imprint or _notary(lines) or _sentence_subject(lines, head)


# an office alone on its line, with its article, over the surname that signs for it
_OFFICE_LINE = regex.compile(r"(?:Der|Die|El|La|Le|The)[^\S\n]+\p{L}+\.?")
_SURNAME_LINE = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\.?")


# A notary's deed: "Vor mir, Dr. Friedrich Schiel, königlichem öffentlichem Notar",
# "Ante mí: Manuel Iparraguirre, Escribano Público", "Par-devant Me Louis Faure, notaire"
_BEFORE_ME = regex.compile(
    r"(?:Vor\s+mir|Ante\s+m[ií]|Par-devant|Pardevant|Before\s+me)\s*[,:]?\s*"
    r"(?P<who>(?:(?:Dr\.|don|Don|Me|Maître|Mr\.)\s+)?\p{Lu}[\p{L}.'’-]*"
    r"(?:\s+(?:de\s+(?:la\s+|los\s+)?|del\s+|y\s+|von\s+)?\p{Lu}[\p{L}.'’-]*){0,4})")


def _notary(lines: list[Line]) -> tuple[str, float, list[Line]] | None:
    """The notary before whom a deed is made (:data:`_BEFORE_ME`), who issues it."""
    for ln in lines:
        m = _BEFORE_ME.search(ln.text)
        if m is not None:
            return tx.tidy(m.group("who")).rstrip(".,"), 0.55, [ln]
    return None


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
    by = _MADE_BY.match(ln.text)
    if by is not None:  # PROGRAMME DES FÊTES / arrêté par le Comité des fêtes, d'accord avec …
        value = tx.strip_article(tx.tidy(ln.text[by.end():].split(",")[0]))
        return (value, 0.7, [ln]) if value else None
    m = lx.GENITIVE_LEAD.match(ln.text)
    value = tx.strip_article(tx.tidy(ln.text[m.end() :] if m else ln.text))
    if lang == "de" and m and m.group().lower().startswith("des "):
        value = _nominative(value)
    return (value, 0.7, [ln]) if value else None


# a participle and "by" opening the line under a title: who made what it heads
_MADE_BY = regex.compile(r"(?:arr[eê]t[eé]e?s?|adopt[eé]e?s?|approuv[eé]e?s?|[eé]tabli[es]{0,2}"
                         r"|approved|adopted|drawn\s+up|aprobad[oa]s?|acordad[oa]s?)"
                         r"\s+(?:par|by|por)\s+", regex.IGNORECASE)


def _met_in(para: str) -> str | None:
    """The body an act's opening says met (``En la Comunidad Campesina de Sarhua, a los
    veinte días …``, ``Dans la section de …, le …``), or in whose premises (``se reúnen en
    el local del Sindicato de Luz y Fuerza, …``)."""
    for m in (lx.ACT_OPENING_BODY.match(para), lx.ACT_PREMISES_BODY.search(para, 0, 600)):
        if m is not None and tx.is_org(tx.tokens(m.group("who"))):
            return tx.strip_article(tx.tidy(m.group("who")))
    return None


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
                return tx.strip_article(tx.tidy(" ".join(words[:k]))), 0.45, [first]
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
        bare = tx.strip_article(tx.tidy(who))
        if not bare[:1].isupper() and lx.YEAR.search(bare):
            continue  # a date, not a body: la noche del | jueves 14 de mayo de 1896, a ...
        if toks and not _meeting(toks[:4]) and tx.is_org(toks):
            return bare
    return None


def _meeting(toks: list[str]) -> bool:
    """A meeting, not a body: ``meeting``, ``sesión``, and German compounds
    (``Mitgliederversammlung``, ``Vorstandssitzung``)."""
    return not lx.MEETING_WORDS.isdisjoint(toks) or any(
        t.endswith(lx.MEETING_ENDINGS) for t in toks)


def _first_name(line: str) -> bool:
    """Whether a signature line is a first name alone (``Jorge``, ``Marie``)."""
    word = line.strip(" .")
    return 2 <= len(word) <= 15 and word.isalpha() and word[0].isupper() and (
        word[1:].islower())


def _opens_with_subunit(ln: Line) -> bool:
    """Whether a line opens with a sub-unit's word (an article before it allowed):
    ``Secretaría de Organización`` goes with the body above it; ``Der
    Bergarbeiterverband, Bezirk Ruhr`` is a body of its own."""
    toks = [t for t in ln.toks if t.isalpha()]
    if toks and lx.ARTICLE.fullmatch(toks[0] + " "):
        toks = toks[1:]
    return bool(toks) and tx.is_subunit(toks[:1])
