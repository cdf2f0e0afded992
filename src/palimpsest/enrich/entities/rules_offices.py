"""Offices and roles: where a title names an office, not a person (``Area Secretary``,
``M. le Ministre de l'Intérieur``), the office of a body leaves the body a name
(``Secretario General del | SUTEP``), and an office under a signature is no part of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Mapping

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.lexicon import ORG_HEADS, ORG_WORDS, TITLES
from palimpsest.enrich.entities.rules import (
    RULE_CONFIDENCE,
    RULE_GAIN,
    Label,
    add_in_order,
    rule_mention,
    take_span,
)
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation


def _title_word(f: str) -> bool:
    return f in TITLES or (f.endswith("ies") and f[:-3] + "y" in TITLES) or (
        f.endswith("s") and f[:-1] in TITLES)


def _office_word(f: str) -> bool:
    """A title's or an office's word (folded): ``Secretary``, ``Treasurer``, ``notaire``."""
    return _title_word(f) or f in _OFFICES


def signed_office_label(
    tk: Tokens, first: int, last: int, given: Collection[str], label: Label
) -> Label:
    """A name and the office after it in one run, which the model read as no name (``J.
    Taylor General Secretary`` under a letter): a person, whose office the passes then
    take off (:func:`without_roles`), when the name holds an initial or a given name; a
    body, when it ends in a body's word (``Relief Fund Secretary``: the passes keep
    ``Relief Fund``, :func:`bodies_without_offices`). Every word is capitalised."""
    if label[0] != "O" or last - first < 2:
        return label
    words = [k for k in range(first, last + 1) if tk.words[k] != "."]
    end = len(words)
    while (end > 1 and len(tk.words[words[end - 1]]) > 2
           and _office_word(tk.folded[words[end - 1]]) and tk.caps[words[end - 1]]):
        end -= 1
    name = words[:end]
    if (end == len(words) or len(name) < 2 or not all(tk.caps[k] for k in name)
            or all(len(tk.words[k]) == 1 for k in name)):
        return label
    if tk.folded[name[-1]] in ORG_WORDS:
        return "ORG", RULE_CONFIDENCE, RULE_GAIN
    if not any(len(tk.words[k]) == 1 or tk.folded[k] in given for k in name[:-1]):
        return label
    return "PER", RULE_CONFIDENCE, RULE_GAIN


def role_only(
    tk: Tokens, a: Annotation, gazetteer: Mapping[str, str], given: Collection[str]
) -> bool:
    """Whether a person's mention of two words or more names a role, not a person: it
    ends with a title (``Area Secretary``, ``Branch Secretaries``, ``General Secretary``)
    and holds no initial, given name or name the gazetteer knows (``Robert Brothers``,
    ``W. Stallings, Esq.`` are people); or it is a French or Spanish form of address to an
    office (``M. le Ministre de l'Intérieur``, ``Señor Ministro de Agricultura``); or all
    its words are an office's (:data:`_OFFICES`), a title's or their fillers
    (``Administrador``, ``Escribano Público``, ``Señor Gobernador Provincial``); a ruler
    alone stays a person (``the King``)."""
    if a.value["type"] != "PER":
        return False
    k, end = bisect_left(tk.starts, a.start), bisect_left(tk.starts, a.end)
    words = [f for f in tk.folded[k:end] if f.isalpha()]
    if _named_after(tk, k, end, given):
        return False  # M. l'inspecteur des forêts Edmond Thiriet: the office's holder
    if (len(words) >= 3 and words[0] in _ADDRESS_FORMS and words[1] in ("le", "la", "el")
            and _title_word(words[2]) and (len(words) == 3 or words[3] in _OFFICE_OF)):
        return True  # not M. le Président Coty
    if _office_link(words, [w for w in tk.words[k:end] if w.isalpha()]) >= 0:
        return True
    if len(words) == 1 and _title_word(words[0]) and words[0] in _OFFICES:
        return True  # Presidente, Chairman, Secretary alone: an office under a signature
    if (2 < len(words) <= 5 and words[0] in _OFFICES and words[1] == "de"
            and not any(f in given or gazetteer.get(f) == "PER" for f in words[2:])):
        return True  # a union's office: Secretario de Conflictos, Secretaria de Actas
    if any(len(f) == 1 or f in given or gazetteer.get(f) == "PER" for f in words):
        return False
    return (len(words) >= 2 and _office_word(words[-1])) or (
        any(f in _OFFICES for f in words)
        and all(_office_word(f) or f in _OFFICE_FILLERS for f in words))


def _named_after(tk: Tokens, k: int, end: int, given: Collection[str]) -> bool:
    """Whether the mention's tokens ``k:end`` end with a person's name after lower-case
    words: a given name and a capitalised word or more (``... des forêts Edmond
    Thiriet``)."""
    j = end
    while j > k and tk.caps[j - 1] and tk.words[j - 1].isalpha():
        j -= 1
    return (end - j >= 2 and j > k and not tk.caps[j - 1] and tk.folded[j] in given
            and tk.words[j - 1].isalpha())


def without_roles(text: str, tk: Tokens, mentions: list[Annotation], method: str,
                  keep: str, gazetteer: Mapping[str, str], given: Collection[str]) -> None:
    """Drop the persons' mentions that name a role (:func:`role_only`); of an office of a
    body, the body stays a name (``Alcalde-Presidente del | Ayuntamiento de Madrid``,
    ``Secretario General del | SUTEP``: :func:`office_body`). Mentions by ``keep`` (the
    curated names) stay. In place, in text order."""
    out: list[Annotation] = []
    bodies: list[Annotation] = []
    for a in mentions:
        if a.method == keep or not role_only(tk, a, gazetteer, given):
            out.append(a)
            continue
        body = office_body(tk, a, gazetteer, given)
        if body is not None:
            bodies.append(rule_mention(text, body, a.end, "ORG", method))
    mentions[:] = out
    add_in_order(mentions, bodies)


def office_body(tk: Tokens, a: Annotation, gazetteer: Mapping[str, str],
                given: Collection[str]) -> int | None:
    """Where the body starts in a mention of an office of a body (:func:`_office_link`),
    when the body is a name: an acronym (``SUTEP``), the gazetteer's organisation, or two
    words or more (``Ayuntamiento de Madrid``; not ``la République``, a word), and no
    person's (a given name first); not in a heading's capitals (``LES COSAQUES DU DON DE
    SERGE JAROFF``)."""
    k, end = bisect_left(tk.starts, a.start), bisect_left(tk.starts, a.end)
    at = [j for j in range(k, end) if tk.folded[j].isalpha()]
    words = [tk.folded[j] for j in at]
    n = -1 if a.value["text"].isupper() else _office_link(words, [tk.words[j] for j in at])
    if n < 0:
        return None  # no office of a body; in a heading's capitals no word reads as an acronym
    b = n + 2 if (words[n], words[n + 1]) in _LINK_ARTICLES else n + 1
    if b >= len(words) or not tk.caps[at[b]] or words[b] in given:
        return None
    first = at[b]
    name = " ".join(words[b:])
    if len(words) - b >= 2 or tk.words[first].isupper() or gazetteer.get(name) == "ORG":
        return tk.starts[first]
    return None


_LINK_ARTICLES = frozenset({("de", "la"), ("de", "las"), ("de", "los"), ("de", "l"),
                            ("of", "the")})


def _office_link(words: list[str], surface: list[str]) -> int:
    """Where titles and the body they serve meet: the index of the ``de``/``del``/``du``/
    ``des`` after the titles (``Secretario General del SUTEP``, ``Président de la
    République``, ``secrétaire général de la CGT``), or of the ``of`` after an office
    (``Chairman of S.N.C.C.``), or -1; not a name's particle (``Général de Gaulle``) nor a
    peer's title (``Duke of York``)."""
    n = 0
    while n < len(words) and _title_word(words[n]):
        n += 1
    if n == 0 or n + 1 >= len(words):
        return -1
    link, nxt = words[n], words[n + 1]
    if link in ("del", "du", "des") or (link == "de" and (
            nxt in ("la", "las", "los", "l") or (surface[n + 1].isupper() and len(nxt) >= 2))):
        return n
    if link == "of" and words[n - 1] in _OFFICES and (nxt == "the" or surface[n + 1][0].isupper()):
        return n  # President of the Southern Christian Leadership Conference; not Duke of York
    return -1


_ADDRESS_FORMS = frozenset({"m", "monsieur", "mme", "madame", "senor", "senora", "sr", "sra"})
_OFFICE_OF = frozenset({"de", "du", "des", "d", "del"})
# Offices (not ranks or forms of address, which a name may follow on the next line)
_OFFICES = frozenset({"president", "presidente", "chairman", "secretary", "secretario",
                      "secretaria", "secretaire", "treasurer", "tesorero", "tresorier",
                      "vice-president", "vicepresidente", "vorsitzender", "sec", "secy",
                      "master", "manager", "clerk", "escribano", "gerente", "administrador",
                      "officer", "aktuar", "kassier", "obmann", "inspector", "commissioner",
                      "surveyor", "collector", "registrar", "visitador", "jefe", "arcipreste",
                      "srio", "regidor", "sindico", "contador", "cajero", "vocal", "apoderado",
                      "gobernador", "superintendente", "superintendent"})
# Words that stand in an office's name beside its titles (Escribano Público, Gobernador
# Provincial, Jefe Político y Comandante, Jefe de la Brigada)
_OFFICE_FILLERS = frozenset({"de", "del", "la", "el", "los", "las", "y", "of", "the", "and",
                             "general", "publico", "provincial", "politico", "municipal",
                             "interino", "accidental"})


# Words that qualify an office, no name (First Vice President, Deputy General Secretary)
_OFFICE_QUALIFIERS = frozenset({"first", "second", "third", "vice", "deputy", "assistant",
                                "acting", "joint", "executive", "honorary", "hon"})


def without_offices(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A person's name with the office the next words give it (``Juan Lechín Secretario
    de Actas``, ``J. Taylor General Secretary``, a signature's lines joined) ends before
    the office. In place."""
    starts = tk.starts
    for a in mentions:
        if a.value["type"] != "PER":
            continue
        k, end = bisect_left(starts, a.start), bisect_left(starts, a.end)
        names = 0
        for j in range(k, end):
            f = tk.folded[j]
            if f in _OFFICES or (f == "general" and j + 1 < end and tk.folded[j + 1] in _OFFICES):
                if names >= 2 and tk.caps[j]:
                    a.end = tk.ends[j - 1] if tk.words[j - 1] != "," else tk.ends[j - 2]
                    a.value = {**a.value, "text": text[a.start:a.end]}
                break
            if tk.words[j].isalpha() and tk.caps[j] and not _title_word(f) and (
                    f not in _OFFICE_QUALIFIERS):
                names += 1


_BODY_OFFICES = _OFFICES | {"correspondent", "organiser", "organizer", "delegate", "agent"}
_BEFORE_OFFICE = _OFFICE_QUALIFIERS | {"general"}  # Deputy General | Secretary
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def names_body(words: Iterable[str]) -> bool:
    """Whether one of ``words`` is a word for a body (:data:`ORG_HEADS`: ``Committee``,
    ``Fund``, ``Sindicato``), as written (folded here)."""
    return not ORG_HEADS.isdisjoint(map(fold, words))


def bodies_without_offices(text: str, mentions: list[Annotation], keep: str) -> None:
    """An organisation's mention that ends in an office (``Relief Fund Secretary``, ``our
    Housing Correspondent``) names the office, not the body: it ends before the office
    when a word for a body stays (``Relief Fund``), else it goes. Mentions by ``keep``
    (the curated names) stay as they are. In place."""
    out = []
    for a in mentions:
        words = list(_WORD.finditer(a.value["text"]))
        if a.value["type"] != "ORG" or a.method == keep or len(words) < 2 \
                or words[-1].group().lower() not in _BODY_OFFICES:
            out.append(a)
            continue
        rest = words[:-1]
        while rest and rest[-1].group().lower() in _BEFORE_OFFICE:
            rest.pop()
        if rest and names_body(w.group() for w in rest):
            a.end = a.start + rest[-1].end()
            a.value = {**a.value, "text": text[a.start:a.end]}
            out.append(a)
    mentions[:] = out


def roles_over_names(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A person's mention that runs from a line of two titles or more alone onto the next
    line (``Secretario General`` / ``Irineo Pimentel``: a signature's lines) is the name
    on the second line (``President`` / ``Wilson`` is one mention, as HIPE has it). In
    place."""
    for a in mentions:
        cut = text.rfind("\n", a.start, a.end)
        if a.value["type"] != "PER" or cut < 0:
            continue
        k, end = bisect_left(tk.starts, a.start), bisect_left(tk.starts, cut)
        words = [f for f in tk.folded[k:end] if f.isalpha()]
        line_start = text.rfind("\n", 0, a.start) + 1
        if (len(words) >= 2 and text[line_start:a.start].strip()[-1:] in ("", ",")
                and all(_title_word(f) or f == "general" for f in words)):
            a.start = tk.starts[end]
            a.value = {**a.value, "text": text[a.start:a.end]}


# Offices of a town or a see, whose holder is named by the place alone (the Vicar of
# Bowes, l'Évêque de Saint-Flour, el Alcalde de Villaviciosa); not peers' titles, which are
# the person's name (the Duke of Cleveland)
_LOCAL_OFFICES = frozenset({"vicar", "rector", "curate", "dean", "archdeacon", "bishop",
                            "archbishop", "mayor", "provost", "eveque", "archeveque", "cure",
                            "maire", "prefet", "alcalde", "obispo", "arzobispo", "cura"})
_PLACE_LINKS = frozenset({"of", "de", "du", "d"})
_EXCELLENCIES = frozenset({"excmo", "excma", "ilmo", "ilma", "rvdo", "rdo", "mgr", "monseigneur",
                           "right", "rev", "revd", "reverend", "the", "lord"})


def office_places(text: str, tk: Tokens, mentions: list[Annotation], keep: str,
                  given: Collection[str]) -> None:
    """A person's mention that is a town's or a see's office (:data:`_LOCAL_OFFICES`) and
    its place names the place: ``Vicar of Bowes`` and ``Évêque de Saint-Flour`` give the
    place; ``Sr. Alcalde Constitucional`` before ``de Villaviciosa`` goes. Mentions by
    ``keep`` (the curated names) stay. In place."""
    starts, folded = tk.starts, tk.folded
    out: list[Annotation] = []
    for i, a in enumerate(mentions):
        if a.value["type"] != "PER" or a.method == keep:
            out.append(a)
            continue
        k, end = bisect_left(starts, a.start), bisect_left(starts, a.end)
        j = k
        while j < end and (folded[j] in _ADDRESS_FORMS or folded[j] in _EXCELLENCIES
                           or tk.words[j] == "."):
            j += 1
        if j >= end or folded[j] not in _LOCAL_OFFICES or not tk.caps[j]:
            out.append(a)
            continue
        link = next((x for x in range(j + 1, end) if folded[x] in _PLACE_LINKS), end)
        if not all(tk.caps[x] and folded[x] not in given for x in range(j + 1, link)):
            out.append(a)  # Bishop John Smith: a person
        elif link < end and link + 1 < end and tk.caps[link + 1] and not any(
                folded[x] in given for x in range(link + 1, end)):
            a.start = starts[link + 1]
            a.value = {**a.value, "type": "LOC", "text": text[a.start:a.end]}
            out.append(a)  # the Vicar of | Bowes
        elif not (link == end and end + 1 < len(tk.words) and folded[end] in _PLACE_LINKS
                  and i + 1 < len(mentions) and mentions[i + 1].start == starts[end + 1]
                  and mentions[i + 1].value["type"] == "LOC"):
            out.append(a)  # (Sr. Alcalde Constitucional | de Villaviciosa: no person)
    mentions[:] = out


# A signature: initials, a surname, a comma and the signer's office, on a line's start
# (L. FAURE, notaire.; J. H. Wright, Secretary.)
_INITIALS = r"(?:[A-ZÀ-ÖØ-Þ]\.[ \t]*){1,3}[A-ZÀ-ÖØ-Þ]"  # a surname's capital after them
_SIGNED = re.compile(
    rf"(?m)^[ \t]*({_INITIALS}[\w'’-]*),[ \t]+"
    r"([^\W\d_][\w-]+)[ \t]*[.,]?[ \t]*$")
_INITIAL_OPENS_LINE = re.compile(r"(?m)^[ \t]*[A-ZÀ-ÖØ-Þ]\.")  # what _SIGNED needs first


def signed_offices(text: str, mentions: list[Annotation], method: str) -> None:
    """A signature of initials and a surname over its office on one line (``L. FAURE,
    notaire.``, ``J. H. Wright, Secretary.``) is a person, which the model, seeing a
    surname in capitals or a lone surname, may miss. In place of the mentions inside
    it."""
    if _INITIAL_OPENS_LINE.search(text) is None:
        return  # most texts: no line opens with an initial
    for m in _SIGNED.finditer(text):
        if _office_word(fold(m.group(2))):
            _signer(text, mentions, m.start(1), m.end(1), method)


def _signer(text: str, mentions: list[Annotation], s: int, e: int, method: str) -> None:
    """Take ``[s, e)`` as the person who signs, unless a person's mention holds it."""
    if not any(a.start <= s and e <= a.end and a.value["type"] == "PER" for a in mentions):
        take_span(text, mentions, s, e, "PER", method)


# An office's label at a line's start, a colon or a comma, and initials and a surname: a
# signature in minutes and notices (Der Präsident: J. Eugster, Pfr.; Der Aktuar: E. Rohner.;
# Le Secrétaire, A. Moser.)
_LABELLED = re.compile(
    r"(?m)^[ \t]*(?:(?:Der|Die|Le|La|El|The)[ \t]+)?([^\W\d_][\w-]+)[ \t]*[:,][ \t]*"
    rf"({_INITIALS}[\w'’-]+)(?=[ \t]*(?:[.,;]|$))")


def labelled_signatures(text: str, mentions: list[Annotation], method: str) -> None:
    """Initials and a surname after an office's label on a line's start (``Der Präsident:
    J. Eugster, Pfr.``, ``Der Aktuar: E. Rohner.``, ``Le Secrétaire, A. Moser.``) are the
    person who signs, which the model, seeing one initial and a surname that is a common
    noun too (``J. Müller``), may miss. In place of the mentions inside it."""
    if ":" not in text and "," not in text:
        return
    for m in _LABELLED.finditer(text):
        if _office_word(fold(m.group(1))):
            _signer(text, mentions, m.start(2), m.end(2), method)



# plural titles before the first of several names (CONVENTIONS.md: Messrs. out): Messrs.
# Bronson and Hotchkiss, Councillors W. H. Tolley and J. Smith, Aldermen Brown and Green
_PLURAL_TITLE = re.compile(r"(?:Messrs\.?|MESSRS\.?|Councillors|Aldermen|Drs\.|Revs\.)[^\S\n]+"
                           r"(?=[A-Z])")


def without_plural_titles(text: str, mentions: list[Annotation]) -> None:
    """A person's mention that opens with a plural title starts at the name (``Messrs.`` |
    ``Bronson``, ``Councillors`` | ``W. H. Tolley``): the title is the list's, not the
    first name's. A firm's (``Messrs. Naylor, Harvey and Co.``) is no person's. In
    place."""
    for a in mentions:
        if a.value["type"] != "PER":
            continue
        m = _PLURAL_TITLE.match(a.value["text"])
        if m is not None and m.end() < len(a.value["text"]):
            a.start += m.end()
            a.value = {**a.value, "text": text[a.start:a.end]}
