"""German bodies the model leaves in pieces: a body's word no mention took before its
seat (``Darlehenskasse Lustenau``, ``Magistrat der Stadt Saalfeld``, ``Amtsgerichts
Gengenbach``), and a body's name that shares the end of a word with the next one
(``Spar- und Darlehenskasse``, ``Verband für Siedlungs- und Kleingartenwesen``).

``CONVENTIONS.md`` reads a German institution with its seat as one organisation; the
sets read every such name whole.
"""

from __future__ import annotations

import regex

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.rules import take_span
from palimpsest.enrich.entities.rules_german_seats import ARTICLES, ZU_BODY_ENDS, is_branch
from palimpsest.model import Annotation

# a word's first half that shares its end with the next word: "Spar- und ", "Eisenbahn- u. "
_SHARED = r"\p{Lu}\p{Ll}+-[^\S\n]+(?:und|u\.|oder|bzw\.)[^\S\n]+"
_SHARED_BEFORE = regex.compile(rf"(?<![\w-]){_SHARED}$")
_SHARED_AFTER = regex.compile(r"-[^\S\n]+(?:und|u\.|oder|bzw\.)[^\S\n]+\p{Lu}[\p{L}-]*\p{Ll}"
                              r"(?![\w-])")
# a body's word (a capitalised adjective and a shared half before it allowed), the town's
# own word between (der Stadt, der Stadtgemeinde), right before its seat
_BODY_BEFORE_SEAT = regex.compile(
    rf"(?<![\w-])(?:{_SHARED})?(?:(?!{ARTICLES}[^\S\n])\p{{Lu}}\p{{Ll}}+(?:e|en|er|es)[^\S\n]+)?"
    r"(?P<body>(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}+)"
    r"(?:[^\S\n]+(?:der|des)[^\S\n]+(?:Stadt|Gemeinde|Marktgemeinde|Stadtgemeinde))?"
    r"[^\S\n]+$")
_SEAT_BODY_ENDS = (*ZU_BODY_ENDS, "gerichtes", "stadtgemeinde", "marktgemeinde",
                   "ortsgemeinde", "kurverwaltung", "stift", "stiftes")

# many bodies (die Schulen Winterthurs), or a district (Oberamt Kirchheim, Königreich
# Württemberg: a place's description)
_NOT_SEATED = ("schulen", "kassen", "gesellschaften", "oberamt")


def bodies_before_seats(text: str, mentions: list[Annotation], method: str) -> None:
    """A body's word no mention took, right before its seat's place mention
    (``Spar- und Darlehenskasse Lustenau``, ``Magistrat der Stadt Saalfeld``,
    ``Kurverwaltung Bad Harzburg``): one organisation, in place of the place. Not a
    branch's word (``Bezirksverein Sonneberg`` gives the town). In place."""
    for place in [b for b in mentions if b.value["type"] == "LOC"]:
        m = _BODY_BEFORE_SEAT.search(text, max(0, place.start - 90), place.start)
        if m is None or place not in mentions:
            continue
        body = fold(m.group("body"))
        if not body.endswith(_SEAT_BODY_ENDS) or body.endswith(_NOT_SEATED) or is_branch(body):
            continue
        if any(b.start < place.start and m.start() < b.end for b in mentions):
            continue  # a mention holds the body or part of it
        take_span(text, mentions, m.start(), place.end, "ORG", method)


def shared_word_halves(text: str, mentions: list[Annotation], method: str) -> None:
    """A body's mention takes the half-word that shares its end (``Spar- und`` before
    ``Leihkasse zu Eckernförde``, ``- und Kleingartenwesen`` after ``Verband für
    Siedlungs``). In place."""
    for a in [a for a in mentions if a.value["type"] == "ORG"]:
        start, end = a.start, a.end
        m = _SHARED_BEFORE.search(text, max(0, start - 40), start)
        if m is not None:
            start = m.start()
        if a.value["text"][-1:].isalpha():
            m2 = _SHARED_AFTER.match(text, end)
            if m2 is not None:
                end = m2.end()
        if (start, end) != (a.start, a.end) and a in mentions and not any(
                b is not a and b.start < end and start < b.end for b in mentions):
            take_span(text, mentions, start, end, "ORG", method)
