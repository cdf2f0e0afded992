"""German bodies the model leaves in pieces: a body's word no mention took before its
seat (``Darlehenskasse Lustenau``, ``Magistrat der Stadt Saalfeld``, ``Amtsgerichts
Gengenbach``), and a body's name that shares the end of a word with the next one
(``Spar- und Darlehenskasse``, ``Verband für Siedlungs- und Kleingartenwesen``).

``CONVENTIONS.md`` reads a German institution with its seat as one organisation; the
sets read every such name whole.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.gazetteers import PLACE_TYPES, small_places
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
    r"(?:[^\S\n]+(?:der|des)[^\S\n]+(?:Stadt|Gemeinde|Marktgemeinde|Stadtgemeinde"
    r"|Landeshauptstadt))?"
    r"[^\S\n]+$")
_SEAT_BODY_ENDS = (*ZU_BODY_ENDS, "gerichtes", "stadtgemeinde", "marktgemeinde",
                   "ortsgemeinde", "kurverwaltung", "stift", "stiftes", "armenpflege",
                   "behörde", "kommission", "interessentschaft", "genossame", "chor", "chors",
                   "deichacht", "sielacht", "anwaltschaft")

# a canton's or district's name in the genitive, its word read into the place's mention,
# and the body of it before (die Forstdirektion des | Kantons Bern)
_LAND_WORD = regex.compile(r"(?:Kantons|Bezirkes|Bezirks|Kreises|Amtsbezirks)[^\S\n]+\p{Lu}")
_BODY_BEFORE_LAND = regex.compile(r"(?<![\w-])(?P<body>(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}+)"
                                  r"[^\S\n]+des[^\S\n]+$")
# many bodies (die Schulen Winterthurs), or a district (Oberamt Kirchheim, Königreich
# Württemberg: a place's description)
_NOT_SEATED = ("schulen", "kassen", "gesellschaften", "oberamt")


def bodies_before_seats(text: str, mentions: list[Annotation], method: str) -> None:
    """A body's word no mention took, right before its seat's place mention
    (``Spar- und Darlehenskasse Lustenau``, ``Magistrat der Stadt Saalfeld``,
    ``Kurverwaltung Bad Harzburg``): one organisation, in place of the place. Not a
    branch's word (``Bezirksverein Sonneberg`` gives the town). In place."""
    for place in [b for b in mentions if b.value["type"] == "LOC"]:
        if _LAND_WORD.match(place.value["text"]):  # (Forstdirektion des) Kantons Bern
            m = _BODY_BEFORE_LAND.search(text, max(0, place.start - 60), place.start)
        else:
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


# a body's word before the cause it serves: Verein für Socialpolitik, Gesellschaft zur
# Rettung Schiffbrüchiger, Kammer für Arbeiter und Angestellte für Niederösterreich
_CAUSE_BODY_ENDS = ("verein", "vereins", "vereines", "gesellschaft", "verband", "verbandes",
                    "verbands", "bund", "bundes", "kammer", "institut", "instituts",
                    "institutes", "akademie", "ministerium", "ministeriums", "anstalt",
                    "komitee", "komitees", "ausschuss", "ausschusses", "ausschuß",
                    "ausschußes", "liga", "kommission", "stiftung", "hilfswerk",
                    "hilfswerkes", "bank", "kasse", "zentrale", "vereinigung", "schulrat",
                    "statthalterei", "regierung", "amt", "amtes", "amts")
# a body's word right before für or zur: the pages worth the long pattern (most hold none)
_CAUSE_CUE = regex.compile(rf"(?:{'|'.join(_CAUSE_BODY_ENDS)})[^\S\n]+(?:für|zur)[^\S\n]",
                           regex.IGNORECASE)
_ITEM = (r"(?:\p{Ll}+(?:e|en|er|es)[^\S\n]+|\p{Lu}\p{Ll}+(?:e|en|er|es)[^\S\n]+)?"
         r"(?:\p{Lu}\p{Ll}+-[^\S\n]+(?:und|u\.)[^\S\n]+)?\p{Lu}[\p{L}-]*\p{Ll}")
_BODY_FOR_CAUSE = regex.compile(
    rf"(?<![\w-])(?P<mark>[kK]\.[^\S\n]?(?:u\.[^\S\n]?)?k\.[^\S\n]+)?(?P<shared>{_SHARED})?"
    rf"(?:(?!{ARTICLES}[^\S\n])(?P<adj>\p{{Lu}}\p{{Ll}}+(?:e|en|er|es))[^\S\n]+)?"
    r"(?P<body>\p{Lu}[\p{L}-]*\p{Ll})[^\S\n]+(?:für|zur(?=[^\S\n]+\p{Lu}\p{Ll}+ung\b))"
    r"[^\S\n]+(?:(?:den|die|das|dem|der)[^\S\n]+)?(?P<cause>\p{L}+)"
    rf"(?<=\p{{Ll}})(?:[^\S\n]+\p{{Lu}}[\p{{L}}-]*\p{{Ll}})?"  # (für soziale | Fürsorge)
    rf"(?:(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:und|sowie)[^\S\n]+){_ITEM})*"
    rf"(?:[^\S\n]+(?:der|des)[^\S\n]+{_ITEM})?"  # zur Hebung der Volksbildung
    r"(?P<tail>[^\S\n]+(?:zu|im|für|des)[^\S\n]+(?:(?:Gerichtsbezirke|Bezirke|Kantons"
    r"|Kreises|Bezirkes)[^\S\n]+)?(?P<seat>\p{Lu}[\p{L}-]*\p{Ll}))?(?![\w-])")

# a time (des Verwaltungsausschusses für das Jahr 1908) or a phrase (zur Verfügung), no cause
_NO_CAUSES = frozenset({"jahr", "jahre", "monat", "monate", "zeit", "woche", "wochen", "tag",
                        "tage", "sommer", "winter", "halbjahr", "quartal", "verfugung",
                        "kenntnis", "vorlage", "beratung", "abstimmung", "erledigung",
                        "genehmigung", "prufung", "verhandlung", "durchfuhrung", "sitzung",
                        "versammlung", "zahlung", "ausstellung", "eroffnung"})
_INDEFINITE = regex.compile(r"(?<![\w-])(?:ein|eine|eines|einer|einem|einen)[^\S\n]+$",
                            regex.IGNORECASE)


def bodies_for_causes(text: str, mentions: list[Annotation], gazetteer: Mapping[str, str],
                      method: str) -> None:
    """A body's word, the cause it serves after ``für`` or ``zur`` and its seat (``Verein
    für Thüringische Geschichte und Altertumskunde``, ``Bundesministerium für Handel,
    Gewerbe und Industrie``, ``Verein für Entlassenenfürsorge im Gerichtsbezirke
    Voitsberg``): one organisation, where no mention reaches past it. The seat is taken
    when it is a place's mention or one the gazetteer knows. In place."""
    if _CAUSE_CUE.search(text) is None:
        return
    for m in _BODY_FOR_CAUSE.finditer(text):
        cause = fold(m.group("cause"))
        if (not fold(m.group("body")).endswith(_CAUSE_BODY_ENDS) or cause in _NO_CAUSES
                or (m.group("cause")[0].islower() and m.group(0).count(" ") < 3)):
            continue
        start = m.start(next(g for g in ("mark", "shared", "adj", "body")
                             if m.group(g) is not None))
        if _INDEFINITE.search(text, max(0, start - 8), start):
            continue  # eine Kranken- und Invalidenkasse für …: a body to come, unnamed
        end = m.end()
        if m.group("seat") is not None and not _placed(
                m.group("seat"), m.start("seat"), mentions, gazetteer):
            end = m.start("tail")
        comma = text.rfind(",", start, end)  # (Ostbank für Handel und Gewerbe, Insterburg)
        if comma > 0 and _placed(text[comma + 1:end].strip(), end - len(
                text[comma + 1:end].strip()), mentions, gazetteer):
            end = comma
        if any(a.start < end and start < a.end and (a.start < start or a.end > end)
               for a in mentions):
            continue  # a mention reaches past it: a longer name, or another's
        take_span(text, mentions, start, end, "ORG", method)


def _placed(word: str, start: int, mentions: list[Annotation],
            gazetteer: Mapping[str, str]) -> bool:
    """Whether ``word`` at ``start`` is a place: a place's mention, or one the gazetteer
    or its smaller places know, or the lands abroad (Verein für das Deutschtum im
    Ausland)."""
    key = fold(word)
    return (any(a.start == start and a.value["type"] == "LOC" for a in mentions)
            or gazetteer.get(key) in PLACE_TYPES or key.replace("ß", "ss") in small_places()
            or key == "ausland")


# a German company's legal form after its name: A.-G., AG, G. m. b. H., e. V.
_LEGAL_FORM = regex.compile(
    r"(?:\.-G\.|[^\S\n]+(?:A\.-G\.|A\.[^\S\n]?G\.|AG|G\.[^\S\n]?m\.[^\S\n]?b\.[^\S\n]?H\.|GmbH"
    r"|e\.[^\S\n]?V\.))(?![\w-])")


def german_legal_forms(text: str, mentions: list[Annotation]) -> None:
    """A body's mention takes its legal form after it, or the rest of it where the model
    stopped inside (``Niederlausitzer Kohlenwerke A`` | ``.-G.``). In place."""
    for a in mentions:
        if a.value["type"] != "ORG":
            continue
        m = _LEGAL_FORM.match(text, a.end)
        if m is None or (m.group().startswith(".") != a.value["text"].endswith(" A")):
            continue
        if not any(b is not a and a.end <= b.start < m.end() for b in mentions):
            a.end = m.end()
            a.value = {**a.value, "text": text[a.start:a.end]}
