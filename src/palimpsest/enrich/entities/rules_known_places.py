"""Towns of several words that a list knows whole: ``Tamarite de Litera``, ``Alcolea de
Cinca``, ``Tafí del Valle``, ``Sos del Rey Católico``, where the model read the last word
alone, or a person in the first.
"""

from __future__ import annotations

from collections.abc import Mapping

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.gazetteers import PLACE_TYPES, small_places
from palimpsest.enrich.entities.rules import take_span
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation

# the small words inside a town's name of several words
_INSIDE = frozenset({"de", "del", "la", "las", "los", "el", "du", "des", "le", "les", "es",
                     "sur", "sous", "en", "an", "der", "am", "im", "ob", "bei", "y", "di"})
_LONGEST = 6  # tokens


def known_long_places(text: str, tk: Tokens, mentions: list[Annotation], curated: str,
                      gazetteer: Mapping[str, str], method: str) -> None:
    """A run of capitalised words joined by a town's small words (:data:`_INSIDE`) that the
    gazetteer or the smaller places know whole is one place, in place of the mentions
    inside it (the last word as a place, the first as a person); not where an organisation
    or a curator's name holds part of it. In place."""
    words, folded, caps, starts, ends = tk.words, tk.folded, tk.caps, tk.starts, tk.ends
    small = small_places()
    n = len(words)
    k = 0
    while k < n:
        if not caps[k] or (k and folded[k - 1] in _INSIDE and caps[k - 1] is False
                           and k > 1 and caps[k - 2]):
            k += 1
            continue
        best = -1
        for last in range(min(n - 1, k + _LONGEST - 1), k, -1):
            if not caps[last] or not any(folded[j] in _INSIDE for j in range(k + 1, last)):
                continue
            if "\n" in text[starts[k]:ends[last]]:
                continue
            key = " ".join(f for f in folded[k:last + 1] if f != ".")
            if gazetteer.get(key) in PLACE_TYPES or key.replace("ß", "ss") in small:
                best = last
                break
        if best < 0:
            k += 1
            continue
        s, e = starts[k], ends[best]
        if k and caps[k - 1] and text[ends[k - 1]:s] == " ":
            k = best + 1  # a name goes on into it: señor Martínez | Vara de Rey
            continue
        inside = [a for a in mentions if a.start < e and s < a.end]
        if all(a.value["type"] != "ORG" and a.method != curated and s <= a.start
               and a.end <= e for a in inside) and not (
                len(inside) == 1 and (inside[0].start, inside[0].end) == (s, e)):
            take_span(text, mentions, s, e, "LOC", method)
        k = best + 1


_LINKS = frozenset({",", "y", "e", "o", "u", "et", "ou"})


def places_among_places(text: str, mentions: list[Annotation], given: frozenset[str]) -> None:
    """In a list of three one-word names or more (commas, ``y``, ``o``, ``et``: ``de
    Bolueta, Ocharcoaga y Santuchu``) of which at least half the others are places, a name
    the model read as a person that no given name names is a place too: lists keep to one
    kind of thing. French and Spanish; in place."""
    i, n = 0, len(mentions)
    while i < n:
        j = i + 1
        while j < n and mentions[j - 1].end < mentions[j].start and all(
                w in _LINKS for w in text[mentions[j - 1].end:mentions[j].start]
                .replace(",", " , ").split()) and "\n" not in text[mentions[j - 1].end:
                                                                    mentions[j].start]:
            j += 1
        run = mentions[i:j]
        places = sum(a.value["type"] == "LOC" for a in run)
        if len(run) >= 3 and places * 2 > len(run) - 1 and all(
                " " not in a.value["text"] for a in run) and not any(
                a.value["type"] == "ORG" for a in run):
            for a in run:
                if a.value["type"] == "PER" and fold(a.value["text"]) not in given:
                    a.value = {**a.value, "type": "LOC"}
        i = j
