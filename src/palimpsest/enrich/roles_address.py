"""The addressee of a document, read from the head of its page (see :mod:`.roles`)."""

from __future__ import annotations

import regex

from palimpsest.enrich import roles_lexicon as lx
from palimpsest.enrich import roles_text as tx
from palimpsest.enrich.roles_lines import Line


def addressee(
    head: list[Line], title: tuple[Line, list[Line], str] | None, genre: str
) -> tuple[str, float, list[Line]] | None:
    """Whom the document is to, with a confidence and the lines that say so: an address
    line (``To the members of …``, ``An den Vorstand / der …``), an address block
    (``Señor / Presidente … / Presente``), a letter's inside address, the salutation, or
    a message's or a statement's heading (``Message to …``, ``Denuncia al pueblo de …``),
    in that order."""
    in_title = set(map(id, title[1])) if title else set()
    for i, ln in enumerate(head):
        if id(ln) in in_title:
            continue
        if ln.kind == "address":
            src = [ln]
            for nxt in head[i + 1 : i + 3]:
                if src[-1].text.endswith("!"):
                    break  # "An das arbeitende Volk der Schweiz!" ends the address
                first = nxt.text[:1]
                if nxt.kind == "address-cont" or (
                    nxt.kind in ("heading", "org", "unreadable")
                    and (
                        first.islower()
                        or (lx.CONTINUES.match(nxt.text) and not first.isupper())
                        or lx.ENDS_OPEN.search(src[-1].text)
                    )
                    and (nxt.kind != "unreadable" or lx.ENDS_OPEN.search(src[-1].text))
                ) or _capitals_go_on(src[-1], nxt):
                    # "An den Vorstand der / Hibernia AG": a name the reader did not know
                    src.append(nxt)
                else:
                    break
            value = _tidy_addr(" ".join(x.text for x in src))
            value = lx.MEMO_TO.sub("", lx.PRESENTED.sub("", value), count=1)
            return value, 0.85, src
        if ln.kind == "address-open" and i + 1 < len(head) and head[i + 1].kind != "prose":
            src = [ln, head[i + 1]]
            return _tidy_addr(" ".join(x.text for x in src)), 0.75, src
    inside = _inside_address(head) if genre == "letter" else None
    if inside is not None:
        return inside
    for ln in head:
        if ln.kind == "salutation":
            return ln.text, 0.8, [ln]
    if title is not None and genre in ("message", "appeal", "letter", "statement", "leaflet"):
        m = lx.HEADING_TO.search(title[2])
        before = title[2][:m.start()].split()[-1:] if m else []
        if m and not (before and before[0].lower().strip("!¡,") in _SLOGAN_WORDS):
            to = regex.split(r"(?<=[!?])\s|(?<=\w\w\.)\s", m.group("to"), maxsplit=1)[0]
            return _tidy_addr(to), 0.6, title[1]  # to its sentence's end
    return None


def _capitals_go_on(line: Line, nxt: Line) -> bool:
    """Whether an address in capitals goes on on the next line in capitals: after a comma,
    or with ``AND``, ``OF`` (``TO HIS EXCELLENCY …, / GOVERNOR AND COMMANDER-IN-CHIEF OF
    THE GOLD COAST COLONY / AND ITS DEPENDENCIES.``)."""
    return (nxt.kind in ("heading", "org") and line.text.isupper() and nxt.text.isupper()
            and (line.text.endswith(",") or lx.CONTINUES.match(nxt.text) is not None))


# "Non aux cadences", "No a la guerra", "Nein zur …": a slogan's object, no addressee.
_SLOGAN_WORDS = frozenset({"non", "no", "nein", "pas", "oui", "sí", "si", "yes", "contre", "contra",
                           "gegen", "vive", "viva", "hoch"})


_INSIDE = frozenset({"heading", "org", "contact"})  # kinds of an inside address's lines


def _inside_address(head: list[Line]) -> tuple[str, float, list[Line]] | None:
    """A letter's inside address, the block of short lines just above the salutation
    (``The Secretary, / National Union of Mineworkers, / Yorkshire Area, / Barnsley.``):
    whom it names, its first line and the organisation's lines after it (not the town)."""
    s = next((i for i, ln in enumerate(head) if ln.kind == "salutation"), -1)
    k = s
    while k > 0 and head[k - 1].kind in _INSIDE and head[k - 1].words <= 8 \
            and head[k - 1].text[-1] in ",.":
        k -= 1
    if s - k < 2 or head[k].kind == "contact" or head[k].text[-1] != ",":
        return None
    src = [head[k]]
    for ln in head[k + 1:s]:
        if ln.kind != "org" and not tx.is_subunit(ln.toks):  # Yorkshire Area: the union's
            break
        src.append(ln)
    return _tidy_addr(" ".join(x.text for x in src).rstrip(",")), 0.7, src


def _tidy_addr(s: str) -> str:
    return s.strip(" ;.!-–—")
