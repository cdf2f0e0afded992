"""A person's name found again after an honorific: ``Die Generalleitung: Mady
Reuter-Schmit`` under a letter, ``Die Leitung hat Frau Mady Reuter-Schmit`` in it. An
honorific before the same words says person whatever the model read there, however
unsure it was of the name where it found it.
"""

from __future__ import annotations

import regex

from palimpsest.enrich.entities.rules import add_in_order, rule_mention, take_span
from palimpsest.model import Annotation

# the honorifics that make the words after them a person's (case as printed)
_HONORIFIC = regex.compile(
    r"(?<![\w.])(?:Herrn?|Frau|Fräulein|Frl\.|M\.|Mme|Mlle|Mr\.?|Mrs\.?|Miss|Señor|Señora"
    r"|señor|señora|don|doña|Don|Doña)[^\S\n]+")
# the honorifics a name's mention may already open with (nothing to take in then)
_OWN_HONORIFICS = frozenset({"Herr", "Herrn", "Frau", "M", "Mme", "Mr", "Mrs"})


def names_again_after_honorifics(text: str, mentions: list[Annotation], method: str) -> None:
    """Each person's mention of two words or more whose words stand again right after an
    honorific (``Frau Mady Reuter-Schmit``) gives a mention there, the honorific in it:
    outside every mention, or in place of that name's mention without it. In place, in
    text order."""
    names = sorted({a.value["text"] for a in mentions
                    if a.value["type"] == "PER" and " " in a.value["text"]
                    and "\n" not in a.value["text"]
                    and a.value["text"].split()[0].rstrip(".") not in _OWN_HONORIFICS},
                   key=len, reverse=True)
    if not names:
        return
    added: list[Annotation] = []
    for h in _HONORIFIC.finditer(text):
        name = next((x for x in names if text.startswith(x, h.end())), None)
        end = h.end() + len(name) if name is not None else -1
        if name is None or (end < len(text) and (text[end].isalnum() or text[end] == "-")):
            continue
        inside = [a for a in (*mentions, *added) if a.start < end and h.start() < a.end]
        if not inside:
            added.append(rule_mention(text, h.start(), end, "PER", method))
        elif (len(inside) == 1 and inside[0].value["type"] == "PER"
              and inside[0].end == end and inside[0].start == h.end()):
            a = inside[0]  # found again without its honorific: the honorific goes in
            a.start = h.start()
            a.value = {**a.value, "text": text[a.start:a.end]}
    if added:
        add_in_order(mentions, added)


# a signature's line: initials and a surname in capitals, alone on their line (A. VIALARD.,
# É. VIAL, Ch. BENTZ., A. BEN HASSINE)
_CAPITAL_SIGNATURE = regex.compile(
    r"(?m)^[^\S\n]*(?P<name>(?:(?!No\.|Nr\.|St\.)\p{Lu}\p{Ll}?\.(?:-\p{Lu}\.)?[^\S\n]?){1,3}"
    r"(?![IVXLCDM]+\b)\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:[^\S\n]+\p{Lu}[\p{Lu}'’-]*\p{Lu})?)"
    r"[^\S\n]*[.,]?[^\S\n]*$")


_INITIAL_CAPITALS = regex.compile(r"\p{Lu}\p{Ll}?\.[^\S\n]?\p{Lu}[\p{Lu}'’-]*\p{Lu}")


def capital_signatures(text: str, mentions: list[Annotation], curated: str,
                       method: str) -> None:
    """A line that holds only initials and a surname in capitals (``A. VIALARD.``, ``É.
    VIAL``) is a signature, a person, initials in, in place of the surname alone or the
    body the model read there. Not over a curator's name. In place."""
    if not _INITIAL_CAPITALS.search(text):
        return  # (most texts hold no initial before a surname in capitals)
    for m in _CAPITAL_SIGNATURE.finditer(text):
        s, e = m.span("name")
        if any((a.method == curated and a.start < e and s < a.end)
               or (a.value["type"] == "PER" and a.start <= s and e <= a.end) for a in mentions):
            continue  # (a person's longer mention holds it: ATTORNEY / C. E. THOMPSON)
        if not any(a.start == s and a.end == e and a.value["type"] == "PER" for a in mentions):
            take_span(text, mentions, s, e, "PER", method)
