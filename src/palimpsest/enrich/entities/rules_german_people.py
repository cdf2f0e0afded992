"""German people and what stands around their names: Austria's imperial marks and a
priest's style before an honorific, a mention that opens with ``Herr`` or ``Frau``, an
honorific and calling the model took apart from the name, initials and a surname, firms
named after people (``Buchdruckerei Rudolf Hawel``, ``Julius Bartsch Nachf.``) and a sum's
currency after a name. Their mentions have :data:`~.rules.RULE_CONFIDENCE`, as every
rule's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import regex

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.gazetteers import PLACE_TYPES, small_places
from palimpsest.enrich.entities.lexicon import (
    DE_BODIES,
    GIVEN_ABBREVIATIONS,
    LEADING_DROP,
    TITLES,
)
from palimpsest.enrich.entities.rules import (
    add_in_order,
    inside,
    join_persons,
    open_earlier,
    rule_mention,
    take_span,
)
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation

# Austria's imperial and royal mark before an office (k. k. Handelsministerium, k. u. k.
# Kriegsministerium, k.k. Bezirkshauptmannschaft Imst)
_IMPERIAL = re.compile(r"(?<!\w)(?:[kK]\.[^\S\n]?(?:u\.[^\S\n]?)?k\.|Kgl\.)[^\S\n]+$")


def imperial_marks(text: str, mentions: list[Annotation]) -> None:
    """An organisation's mention opens with the ``k. k.`` (``k. u. k.``) or the Bavarian
    ``Kgl.`` before it, as the held-out sets count it (``k. k. Bezirkshauptmannschaft
    Imst``, ``Kgl. Bezirksamt Pirmasens``). In place."""
    if "k." in text or "Kgl." in text:
        open_earlier(text, mentions, "ORG", _IMPERIAL, 12)
        open_earlier(text, mentions, "PER", _HONORIFIC_IMPERIAL, 20)


# the mark between an honorific and an office kept with the name (Herr k. k. Bezirksrichter
# Dr. Leopold Feichtinger)
_HONORIFIC_IMPERIAL = re.compile(
    r"(?<!\w)(?:Herrn?|Frau)[^\S\n]+(?:[kK]\.[^\S\n]?(?:u\.[^\S\n]?)?k\.|Kgl\.)[^\S\n]+$")


def hyphened_degrees(text: str, mentions: list[Annotation]) -> None:
    """A degree of two abbreviations (``Dipl.-Ing.``, ``Dr.-Ing.``) that the model cut at
    its hyphen joins the person's two mentions (``Herr Dipl`` | ``Ing. Hinrich
    Wübbenhorst``). In place."""
    if ".-" in text:
        join_persons(text, mentions, lambda a, b: text[a.end:b.start] == ".-"
                     and a.value["text"].endswith(("Dipl", "Dr")))


# A priest's style before his honorific (des hochw. Herrn Pfarrers, der hochwürdigste Herr Abt)
_REVEREND = re.compile(
    r"(?<!\w)(?:hochw\.|hochwürdigste[nr]?|(?:hoch|wohl)?(?:ehr)?würdige[nr]?|wohlehrw\.)[^\S\n]+$",
    re.IGNORECASE)


def reverend_styles(text: str, mentions: list[Annotation]) -> None:
    """A person's mention opens with a priest's style before it (``hochw. Herrn Pfarrers
    Johann Bapt. Gschwendtner``, ``hochwürdigste Herr Abt Bernhard Pöll``), as the
    held-out sets count it. In place."""
    if "ochw" in text:
        open_earlier(text, mentions, "PER", _REVEREND, 20)


_PERSON_FIRST = frozenset({"herr", "herrn", "frau", "fraulein"})


_FIRM_OF = frozenset({"buchdruckerei", "druckerei", "verlag", "buchhandlung", "bankhaus",
                      "verlagsbuchhandlung", "kunstanstalt", "generalagentur", "offizin"})
# the trades' words of a house named by its owner, any before a person's whole name
# (``Holzhandlung Wilhelm Hauck``, ``Schuhfabrik Hans Brüllmann``, ``Sägerei Fritz Karlen``,
# ``Orgelbauanstalt Ernst Schmeißer``): the sets tag 78 such houses whole, none apart
_FIRM_ENDS = ("handlung", "fabrik", "erei", "anstalt", "geschaft", "werkstatte")


def _firm_of(word: str, person: Annotation) -> bool:
    w = fold(word)
    return w in _FIRM_OF or (w.endswith(_FIRM_ENDS) and person.value["type"] == "PER"
                             and " " in person.value["text"].strip())


def firms_of_persons(text: str, mentions: list[Annotation]) -> None:
    """A printer's, publisher's or bank's house named by its owner (``Buchdruckerei Rudolf
    Hawel``, ``Verlag Hermann Costenoble``, ``Buchdruckerei Gebr. Seraphin``) is one
    organisation, its kind's word in; so is a firm of a man's successors (``Julius Bartsch
    Nachf.``). In place."""
    out: list[Annotation] = []
    for a in mentions:
        prev = out[-1] if out else None
        if (prev is not None and a.value["type"] == "PER" and prev.end == a.start - 1
                and text[prev.end] == " " and _firm_of(prev.value["text"], a)):
            out[-1] = rule_mention(text, prev.start, a.end, "ORG", a.method)
            continue
        m = _FIRM_BEFORE.search(text, max(0, a.start - 30), a.start)
        if a.value["type"] in ("PER", "ORG") and m is not None and _firm_of(m.group(1), a):
            a = rule_mention(text, m.start(1), a.end, "ORG", a.method)  # Buchdruckerei Gebr. …
        n = _SUCCESSORS.match(text, a.end)
        if a.value["type"] in ("PER", "ORG") and n is not None:  # Julius Bartsch Nachf.
            a = rule_mention(text, a.start, n.end(), "ORG", a.method)
        elif a.value["text"].endswith(" Nachf"):  # the model's Julius Bartsch Nachf
            end = a.end + (text[a.end:a.end + 1] == ".")
            a = rule_mention(text, a.start, end, "ORG", a.method)
        out.append(a)
    mentions[:] = out


_SUCCESSORS = regex.compile(r"[^\S\n]+Nachf(?:\.|olger)(?!\w)")  # a firm's successors


# a sum after a name: the currency's abbreviation is no part of it (Amriswil | Fr. 20.—)
_CURRENCY_TAIL = regex.compile(r"[^\S\n]+(?:Fr|Frs|Mk|Kr|fl|Pf)$")
_SUM_AFTER = regex.compile(r"\.?[^\S\n]*\d")  # Fr. 20, Mk 5


def without_currencies(text: str, mentions: list[Annotation]) -> None:
    """A mention that ends with a currency's abbreviation before its sum (``Thurgauische
    Kantonalbank Fr. 50``, ``Amriswil Fr. 20``) ends before it. In place."""
    for a in mentions:
        m = _CURRENCY_TAIL.search(a.value["text"])
        if m is None or not _SUM_AFTER.match(text, a.end, a.end + 4):
            continue
        a.end = a.start + m.start()
        a.value = {**a.value, "text": text[a.start:a.end]}


_FIRM_BEFORE = regex.compile(r"(?<![\w-])(\p{Lu}\p{Ll}+)[^\S\n]$")


def titled_halves(text: str, mentions: list[Annotation]) -> None:
    """A person's honorific and calling the model took apart from the name right after it
    (``Herrn Tuchfabrikanten | Karl Löw``, ``hochw. Herr Dechant | Wilhelm Tenhagen``), or
    titles that end in a degree (``Herrn Landeshauptmann Dr. | Josef Schlegel``: no name
    ends so) are one person's mention. In place."""
    out: list[Annotation] = []
    for a in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.value["type"] == "PER" and a.value["type"] == "PER"
                and text[prev.end:a.start] == " " and (
                    prev.value["text"].endswith((" Dr.", " Prof.")) or _styled_calling(
                        prev.value["text"].split()))):
            prev.end = a.end
            prev.value = {**prev.value, "text": text[prev.start:prev.end]}
            continue
        out.append(a)
    mentions[:] = out


def _styled_calling(words: list[str]) -> bool:
    """Whether ``words`` are an honorific and a calling, no name: ``Herrn Tuchfabrikanten``,
    ``hochw. Herr Dechant`` (a priest's style before the honorific)."""
    if len(words) == 3 and fold(words[0]).rstrip(".") in ("hochw", "hochwurdige", "hochwurdiger"):
        words = words[1:]
    return len(words) == 2 and fold(words[0]) in _PERSON_FIRST and words[1][:1].isupper()


def honorific_persons(text: str, mentions: list[Annotation]) -> None:
    """A German mention that opens with ``Herr``, ``Herrn``, ``Frau`` is a person's, what
    else the model or a rule made of its title (``Herrn Sanitätsraths Dr. Reich``, read as
    a council); not a firm's (``& Co.``). In place."""
    for k, a in enumerate(mentions):
        words = a.value["text"].split()
        if (a.value["type"] != "PER" and len(words) > 1 and fold(words[0]) in _PERSON_FIRST
                and "&" not in a.value["text"]):
            mentions[k] = rule_mention(text, a.start, a.end, "PER", a.method)


_NOT_INITIALS = frozenset("IVXS")  # Roman numerals (I. Klasse, V. Bezirk); S. for Seine, Seite
# after the name: a firm's partner (u. Cie., & Co., et fils), or a dot before a closing
# bracket or a small letter (an abbreviation: D. Red.)
_FIRM_OR_ABBREVIATION = regex.compile(
    r"[^\S\n]*(?:(?:u\.|&|et|und)[^\S\n]*(?:Cie|Co|Comp|fils|Söhne|Sohn)\b"
    r"|\.[^\S\n]*(?:\)|\p{Ll}))")


def initialled_surnames(text: str, tk: Tokens, mentions: list[Annotation], method: str,
                        gazetteer: Mapping[str, str]) -> None:
    """An initial and a surname (``J. Müller``, ``K. Bauer``) are a person, which the German
    model, seeing a common noun after a letter, leaves out: a capital letter with its dot
    right before a capitalised word of three letters or more that ends the name (no
    capitalised word after it), that the gazetteer knows as no place and is no body.
    Not a Roman numeral (``I. Klasse``) nor ``S.`` (``S. Majestät``). In place, in text
    order."""
    words, starts, ends, caps, n = tk.words, tk.starts, tk.ends, tk.caps, len(tk.words)
    taken = sorted((a.start, a.end) for a in mentions)
    added: list[Annotation] = []
    for k in range(n - 2):
        w = words[k]
        initial = (len(w) == 1 and w.isupper()) or (
            w[:1].isupper() and tk.folded[k] in GIVEN_ABBREVIATIONS)  # Ph. Wendling
        if (not initial or w in _NOT_INITIALS or words[k + 1] != "."
                or ends[k] != starts[k + 1] or (k > 0 and words[k - 1] in (".", "-"))
                or (k > 0 and len(words[k - 1]) == 1 and words[k - 1].isupper())):
            continue  # (not A.-G. Wallisellen, P G. Gihhs)
        j = k + 2
        name = words[j]
        if (not caps[j] or len(name) < 3 or not name.isalpha() or name.isupper()
                or "\n" in text[ends[k + 1]:starts[j]]
                or (j + 1 < n and caps[j + 1] and text[ends[j]:starts[j + 1]] == " ")):
            continue
        f = tk.folded[j]
        if gazetteer.get(f) in PLACE_TYPES or f in DE_BODIES or f in TITLES:
            continue
        if _FIRM_OR_ABBREVIATION.match(text, ends[j]) or (
                len(name) <= 5 and j + 2 < n and words[j + 1] == "." and caps[j + 2]
                and tk.folded[j + 2] not in LEADING_DROP  # (K. Bauer. Die …: a sentence's end)
                and "\n" not in text[ends[j]:starts[j + 2]]):
            continue  # J. Gerber u. Cie.; D. Red.); K. Bayer. Staatseisenbahnen
        s, e = starts[k], ends[j]
        surname = next((a for a in mentions if (a.start, a.end) == (starts[j], e)
                        and a.value["type"] == "PER"), None)
        if surname is not None and not any(ts < starts[j] and s < te for ts, te in taken):
            surname.start = s  # the model's surname alone: its initial goes in (A. Cloetta)
            surname.value = {**surname.value, "text": text[s:e]}
        elif not inside(taken, s, e) and not any(ts < e and s < te for ts, te in taken):
            added.append(rule_mention(text, s, e, "PER", method))
    add_in_order(mentions, added)


def from_honorifics(text: str, mentions: list[Annotation]) -> None:
    """A German person's mention that holds ``Herr``, ``Herrn``, ``Frau`` after its first
    word starts at the honorific (``Gäste`` | ``Herr Landrat Dr. Otto Rösch``,
    ``Redakteur`` | ``Herr Karel Šmejkal``), as the sets read every such name, unless a
    priest's style stands before it (``hochw. Herr Dekan Anton Fritz``, ``wohlehrwürdigen
    Herrn Rektor``). In place."""
    for a in mentions:
        words = a.value["text"].split(" ")
        if a.value["type"] != "PER" or len(words) < 3:
            continue
        k = next((i for i, w in enumerate(words[1:-1], 1) if fold(w) in _PERSON_FIRST), 0)
        if not k or fold(words[k - 1]).startswith(("hochw", "wohlehrw", "ehrw")):
            continue
        a.start += sum(len(w) + 1 for w in words[:k])
        a.value = {**a.value, "text": text[a.start:a.end]}


# two partners' names joined by "&", a given name or initials before the first allowed: Mohr
# & Federhaff, Bopp & Reuther, Franz Hrdlička & Sohn (Söhne, Sohn, Co. and Cie. are the
# other passes')
_PARTNERS = regex.compile(
    r"(?<![\w.&-])(?:(?P<given>\p{Lu}\p{Ll}+)[^\S\n]+|(?:\p{Lu}\.[^\S\n]*){1,3})?"
    r"(?P<first>\p{Lu}[\p{L}'’-]*\p{Ll})[^\S\n]+&[^\S\n]+(?P<second>\p{Lu}[\p{L}'’-]*\p{Ll})"
    r"(?![\w-]|[^\S\n]*&)")


def partner_firms(text: str, mentions: list[Annotation], gazetteer: Mapping[str, str],
                  common: Mapping[str, int], given: frozenset[str], method: str) -> None:
    """Two surnames joined by ``&`` are a firm (``Mohr & Federhaff``, ``Bopp & Reuther``),
    one organisation, with the first partner's given name or initials (``Franz Hrdlička &
    Sohn``); not places (``Vaud, Berne & Argovie``), not common words, not a given name
    (``Hans & Grete``). A longer body that holds it stays. German; in place."""
    if " & " not in text:
        return
    for m in _PARTNERS.finditer(text):
        first, second = fold(m.group("first")), fold(m.group("second"))
        named = m.group("given") is not None and fold(m.group("given")) in given
        if second in ("sohn", "sohne"):  # Franz Hrdlička & Sohn (without the given name:
            if not named:                # _AND_CO's)
                continue
        elif any(gazetteer.get(f) in PLACE_TYPES or common.get(f, 0) >= 4 or f in given
                 for f in (first, second)):
            continue
        start = m.start()
        if m.group("given") is not None and not named:
            start = m.start("first")  # (a word before it that is no given name: Firma)
        kind = _FIRM_BEFORE.search(text, max(0, start - 30), start)
        if kind is not None and fold(kind.group(1)) in _FIRM_OF:
            start = kind.start(1)  # Buchhandlung Gräfe & Unzer: the house's kind in
        if not any(a.value["type"] == "ORG" and a.start <= start and m.end() <= a.end
                   and (a.start, a.end) != (start, m.end()) for a in mentions):
            take_span(text, mentions, start, m.end(), "ORG", method)


# a noble's particle and house after a given name: "Rudolf | von Pirkenau", "Hans | von der
# Marwitz", "Karl | von und zu Franckenstein"
_NOBLE_PARTICLE = regex.compile(
    r"[^\S\n]+(?:von(?:[^\S\n]+(?:der|dem|und[^\S\n]+zu))?|zu)[^\S\n]+\p{Lu}\p{Ll}[\p{L}-]*"
    r"(?![\w-])")


def noble_houses(text: str, mentions: list[Annotation], given: frozenset[str],
                 gazetteer: Mapping[str, str]) -> None:
    """A person's mention that ends with a given name takes the particle and house after
    it (``Herr Oberstleutnant Rudolf von Pirkenau``, ``Frau Baronin Ottilie von
    Aichelburg``), a place or nothing to the model: the sets tag all 13 such names whole.
    Not a town the gazetteer knows (``Hr. Hauptmann Senn von Liestal``: where he is from).
    In place."""
    for a in [a for a in mentions if a.value["type"] == "PER"]:
        last = a.value["text"].rsplit(None, 1)[-1]
        if fold(last) not in given or a not in mentions:
            continue
        m = _NOBLE_PARTICLE.match(text, a.end)
        if m is None or any(b.start < m.end() and b.end > m.end() for b in mentions):
            continue
        house = fold(m.group().rsplit(None, 1)[-1])
        if house in gazetteer or house in small_places():
            continue
        take_span(text, mentions, a.start, m.end(), "PER", a.method)
