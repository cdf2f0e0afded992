"""German places named by their kind: streets, squares, ways, valleys, churches and works.

German writes a street's or a square's name as one compound (``Jebensstraße``,
``Helvetiaplatz``) or with an adjective whose capital marks the name (``Potsdamer Platz``,
``in der Krummen Straße``), and names works and houses by their kind and a name
(``Hütte Donawitz``, ``Lager Friedland``). These rules find them whatever the model made
of them; their mentions have :data:`~.rules.RULE_CONFIDENCE`, as every rule's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from itertools import compress

import regex

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.gazetteers import PLACE_TYPES, small_places
from palimpsest.enrich.entities.lexicon import TITLES
from palimpsest.enrich.entities.rules import add_in_order, rule_mention, take_span
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation
from palimpsest.text.correct.lm import word_logps

_STREET_ENDS = ("straße", "strasse", "gasse", "allee", "thor")  # (Kärntnerthor)
_STREET_WORDS = frozenset({"straße", "strasse", "gasse", "allee", "platz", "weg", "ring"})
# after a town's or a capitalised adjective (Groner Landstraße, Oranienburger Tor, Glienicker
# Brücke, Schöneberger Ufer, Krumme Straße): alone, these are common words
_NAMED_WAYS = _STREET_WORDS | {"landstraße", "landstrasse", "chaussee", "damm", "tor",
                               "brucke", "ufer", "bahnhof", "bahnhofe"}
_TOWN_ADJECTIVE_ZIPF = 4  # a town's adjective is rarer than this (Potsdamer 3, neuer 5)
_WAY_ADJECTIVE_ZIPF = 5  # and another adjective (Krumme 0, Breite 4; not the noun Weise 5)
# what comes before such an adjective in a way's name (in der Krummen Straße, am Breiten Weg;
# not rische Notizen Platz finden)
_BEFORE_WAYS = frozenset({"der", "die", "den", "dem", "am", "im", "zum", "zur", "vom", "beim",
                          "an", "in", "auf", "bei", "nach", "von", "zu", "uber", "vor"})


# streets and squares of no particular name: a main road, a country road, a private road
_GENERIC_STREETS = ("haupt", "land", "privat", "neben", "seiten", "quer", "bundes", "fern",
                    "umgehungs", "zufahrts", "durchgangs", "dorf")


# a compound in -platz the corrector's German vocabulary holds at least this likely is a
# noun (Festplatz -14.4, Lagerplatz, Sammelplatz), not a square's name (Helvetiaplatz,
# Claraplatz, Bahnhofplatz -16.3: none of them in it); place_labels.DE_PART_LOGP is the
# same bar, so one read of the vocabulary (word_logps is cached by its bar) serves both
SQUARE_NOUN_LOGP = -15.0


# squares, quays, dams and valleys (Turtmanthal); not -ufer (Verkäufer, Läufer)
_SQUARE_ENDS = ("platz", "kai", "damm", "thal", "tal")
_NOT_VALLEYS = ("spital", "portal", "kapital", "anstal")  # Notspital, Gemeindsanstal-ten


# ranges, regions, pastures, passes, peaks and valleys (Kaisergebirge, Pinzgau,
# Himmelmoosalm, Stripsenjoch, Schöckelkogel, Matterhorn, Muttekopf, Gurgltal), when the
# compound is no word of the language (not Hochgebirge, Waldhorn)
_HEIGHTS = ("gebirge", "gau", "alm", "joch", "kogel", "horn", "tal", "thal", "kopf", "spitze",
            "grube", "flotz")  # and pits and seams (Florentinegrube, Pochhammerflötz)
_NOT_HEIGHTS = ("pital", "ortal", "stal")  # Militärspital, Sürportal, Gemeindsanstal(t)


_RANGES = frozenset({"gebirge", "hochgebirge", "mittelgebirge", "vorgebirge"})
_BODY_GAUS = ("turn", "sanger", "schutzen", "reichs", "kreis")  # a society's district: Turngau


def _landscape(f: str, common: Mapping[str, int]) -> bool:
    """Whether the folded word ``f`` names a height, a range, a region or a pit by its
    last element (:data:`_HEIGHTS`), in the genitive too (``des Flachgaus``, ``des
    Erzgebirges``): no common word and no word of the vocabulary, but a range's name,
    which the vocabulary holds (``Erzgebirge``; not ``Hochgebirge``), and no long ``-gau``
    (``Informationsorgau``: an OCR's ``-organ``) nor a society's (``Turngau``)."""
    if f.endswith(("gaus", "gebirges")):
        f = f[:-1]
    if f.endswith("gaues"):
        f = f[:-2]
    if not f.endswith(_HEIGHTS) or f.endswith(_NOT_HEIGHTS) or len(f) < 6 \
            or common.get(f, 0) >= 3 or (f.endswith("gau") and (
                len(f) > 10 or f.startswith(_BODY_GAUS))):
        return False
    return f not in _RANGES if f.endswith("gebirge") else _unknown_word(f)


def _unknown_word(word: str) -> bool:
    """Whether ``word`` is no word of the German vocabulary, nor one run on from a
    shorter word of it: neither it nor any of its endings of eight letters or more is a
    word (``Helvetiaplatz``, ``Pinzgau``; not ``Festplatz``, ``Hochgebirge``)."""
    vocabulary = word_logps("de", SQUARE_NOUN_LOGP)
    return not any(word[i:] in vocabulary for i in range(max(1, len(word) - 7)))


def street_name(f: str, common: Mapping[str, int], given: frozenset[str]) -> bool:
    """Whether the folded word ``f`` names a street or a square: a compound in ``-straße``,
    ``-gasse``, ``-allee`` that is no common word (``Jebensstraße``; not ``Hauptstraße``)
    or a square named after a person or by no German word (:func:`_named_square`)."""
    return (((f.endswith(_STREET_ENDS) and not f.startswith(_GENERIC_STREETS))
             or _named_square(f, given)) and len(f) > 8 and common.get(f, 0) < 3)


def kind_noun(f: str, common: Mapping[str, int], given: frozenset[str]) -> bool:
    """Whether the folded word ``f`` is a German noun of a street's or a square's kind and
    no name: ``Straße``, ``Landstraße``, ``Festplatz``, ``Staudamm``."""
    return f in _STREET_WORDS or (f.endswith(_STREET_ENDS + _SQUARE_ENDS)
                                  and not street_name(f, common, given))


def _named_square(word: str, given: frozenset[str]) -> bool:
    """A square or a quay named after a person: ``Paulsplatz``, ``Alexanderplatz`` (not
    ``Arbeitsplatz``, ``Speicherplatz``), or no word of the German vocabulary, nor one
    run on from a shorter word of it (``Helvetiaplatz``, ``Barfüsserplatz``,
    ``Sandthorkai``, ``Turtmanthal``; not ``Festplatz``, ``Hauptschauplatz``,
    ``Staudamm``); a church named after a saint (``Nikolaikirche``)."""
    if word.endswith("kirche"):  # a saint's: Nikolaikirche, Thomaskirche, Mariakirche
        stem = word[:-6]  # (not the Schweizerkirche, a body)
        return stem in given or (stem[-1:] in ("s", "i", "e") and stem[:-1] in given)
    if not word.endswith(_SQUARE_ENDS) or word.endswith(_NOT_VALLEYS):
        return False
    stem = word[:-5] if word.endswith("platz") else ""
    if stem and (stem in given or (stem.endswith("s") and stem[:-1] in given)):
        return True
    return len(word) <= 7 or _unknown_word(word)


# Works and houses that German names by their kind and a name right after it, no article
# between (die Zeche Zollverein, die Hütte Donawitz, das Arbeiterheim Ottakring, im Gasthof
# Höllbräu, Schloß Tegel)
_WORKS_HEADS = frozenset({"zeche", "grube", "schacht", "schachtanlage", "hutte", "huttenwerk",
                          "kokerei", "arbeiterheim", "volkshaus", "bahnhof", "lager",
                          "gasthof", "gasthaus", "wirtshaus", "hotel", "schloss", "schloß",
                          "bahnhofe", "rittergut", "vorwerk", "domane", "bahnstation", "hof",
                          "gut", "station", "alp", "kursaal", "kurhaus", "turnhalle",
                          "herrschaft"})


def german_works(text: str, tk: Tokens, mentions: list[Annotation], method: str,
                 common: Mapping[str, int], given: frozenset[str]) -> None:
    """A works or a house named by its kind and a name (:data:`_WORKS_HEADS`: ``Hütte
    Donawitz``, ``Zeche Minister Stein``, ``Grube König``, ``Arbeiterheim Ottakring``,
    ``Bahnhof Wiebelskirchen``, ``Lager Friedland``) is a place, its kind in it, as the
    archive's samples count it; the name is one word that is no common noun (not ``am
    Bahnhof Arbeiter``), or two when the first is a title or a given name (``Minister
    Stein``, ``Thomas Müntzer``). It replaces the mentions inside it. In place, in text
    order."""
    words, folded, caps, n = tk.words, tk.folded, tk.caps, len(tk.words)
    for k in compress(range(n - 1), caps):
        if folded[k] not in _WORKS_HEADS or not (caps[k + 1] and words[k + 1].isalpha()):
            continue
        if "\n" in text[tk.ends[k]:tk.starts[k + 1]]:
            continue
        last = k + 1
        hyphened = (last + 2 < n and words[last + 1] == "-" and caps[last + 2]
                    and tk.starts[last + 1] == tk.ends[last])  # Rittergut Nieder-Glauche
        if (last + 1 < n and caps[last + 1] and words[last + 1].isalpha()
                and (folded[last] in TITLES or folded[last] in given)
                and "\n" not in text[tk.ends[last]:tk.starts[last + 1]]):
            last += 1
        elif common.get(folded[last], 0) >= _WORKS_NAME_ZIPF and not hyphened:
            continue
        while (last + 2 < n and words[last + 1] == "-" and caps[last + 2]
               and tk.starts[last + 1] == tk.ends[last]
               and tk.starts[last + 2] == tk.ends[last + 1]):
            last += 2  # Bahnhof Grenchen-Süd
        take_span(text, mentions, tk.starts[k], tk.ends[last], "LOC", method)


_WORKS_NAME_ZIPF = 4  # a word this common after a works' kind is a noun: am Bahnhof Arbeiter


def _way_adjective(tk: Tokens, k: int, common: Mapping[str, int]) -> bool:
    """Whether capitalised word ``k`` before a way's word names it: a town's adjective
    (``Potsdamer``), or an adjective German writes with a capital only in a name, inside a
    sentence after an article or a preposition (``in der Krummen Straße``; not a common
    noun: ``in energischer Weise Straße um Straße``, ``Notizen Platz finden``)."""
    f = tk.folded[k]
    if f.endswith("er") and common.get(f, 0) < _TOWN_ADJECTIVE_ZIPF:
        return True
    return (f.endswith(("e", "en")) and common.get(f, 0) < _WAY_ADJECTIVE_ZIPF and k > 0
            and tk.folded[k - 1] in _BEFORE_WAYS)


def german_streets(text: str, tk: Tokens, mentions: list[Annotation], method: str,
                   common: Mapping[str, int], given: frozenset[str]) -> None:
    """A street's name is a place: a compound ending in ``-straße``, ``-gasse``,
    ``-allee`` that is no common word (``Jebensstraße``, ``Theaterstraße``; not
    ``Hauptstraße``, ``Landstraße``), a square named after a person (``Paulsplatz``), a
    town's adjective before ``Straße``, ``Platz``, ``Allee`` (``Esslinger Straße``), and a
    person's name joined to a way's or a building's word (``Karl-Marx-Platz``,
    ``Henry-Ford-Bau``); a range, a region, a pasture or a peak named in one compound
    (``Kaisergebirge``, ``Pinzgau``, ``Himmelmoosalm``: :data:`_HEIGHTS`). In place, in
    text order."""
    words, folded, caps, n = tk.words, tk.folded, tk.caps, len(tk.words)
    added = []
    for k in compress(range(n), caps):
        f = folded[k]
        if f in _STREET_WORDS:
            continue
        if k + 1 < n and folded[k + 1] in _NAMED_WAYS and caps[k + 1] and words[k].isalpha() \
                and _way_adjective(tk, k, common):
            first, last = k, k + 1  # Esslinger Straße, in der Krummen Straße
        elif street_name(f, common, given) and words[k].isalpha():
            first = last = k
        elif _landscape(f, common) and words[k].isalpha():
            first = last = k  # Kaisergebirge, Pinzgau, Himmelmoosalm, des Flachgaus
        else:
            continue
        s, e = tk.starts[first], tk.ends[last]
        if not any(a.start < e and s < a.end for a in mentions):  # no name there yet
            added.append(rule_mention(text, s, e, "LOC", method))
    add_in_order(mentions, added)
    for first, last in _hyphened_places(text, tk):
        s, e = tk.starts[first], tk.ends[last]
        if all(a.end <= s or a.start >= e or (s <= a.start and a.end <= e) for a in mentions):
            take_span(text, mentions, s, e, "LOC", method)


# The last part of a place's name whose first parts are a person's, joined by hyphens
# (Karl-Marx-Platz, Henry-Ford-Bau, Karl-Liebknecht-Haus, Karl-Marx-Hof)
_HYPHEN_PLACE_ENDS = frozenset({"platz", "straße", "strasse", "allee", "ring", "gasse", "weg",
                                "damm", "ufer", "brucke", "tor", "bau", "haus", "halle",
                                "kirche", "hof", "grube", "schacht"})


# The first half of a village's name told from its neighbour's (Nieder-Glauche, Klein-Möllen)
_VILLAGE_PARTS = frozenset({"nieder", "ober", "unter", "mittel", "klein", "gross", "groß", "alt",
                            "neu", "hohen", "wendisch", "deutsch", "polnisch", "bohmisch"})


def _hyphened_places(text: str, tk: Tokens) -> list[tuple[int, int]]:
    """The token spans of capitalised words joined by hyphens, no space between, that end
    with a word of :data:`_HYPHEN_PLACE_ENDS`, or of two such words, the first a
    village's part (:data:`_VILLAGE_PARTS`)."""
    out = []
    for m in _HYPHEN_CHAIN.finditer(text):
        if fold(m.group(1)) in _HYPHEN_PLACE_ENDS or (
                m.group().count("-") == 1 and fold(m.group()[:m.start(1) - m.start() - 1])
                in _VILLAGE_PARTS):
            out.append((bisect_left(tk.starts, m.start()), bisect_left(tk.starts, m.start(1))))
    return out


# capitalised words of letters joined by hyphens; the last one apart
_HYPHEN_CHAIN = regex.compile(r"(?<![\w-])\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)*-(\p{Lu}\p{L}*)(?![\w-])")


# A list of places after a plural word for their kind (in den Weilern Strad, Dollinger und
# Obtarrenz; die Gemeinden Tarrenz, Nassereith und Imst): one to three capitalised words
# each, commas between, und or sowie before the last
_PLACE_KINDS = (r"(?:Weilern?|Dörfern?|Ortschaften|Gemeinden|Orten|Fraktionen|Parzellen|Höfen"
                r"|Zechen|Gruben|Schächten?|Kurorte|Kurorten|Städte|Städten)")
_NAME = r"\p{Lu}[\p{L}-]+"
_KIND_LIST = regex.compile(
    rf"(?<!\w){_PLACE_KINDS}[^\S\n]+((?:{_NAME},[^\S\n]+)*{_NAME}[^\S\n]+(?:und|sowie)"
    rf"[^\S\n]+{_NAME})(?!\w)")


def kind_lists(text: str, mentions: list[Annotation], method: str) -> None:
    """Each name in a list after a plural word for places' kind (:data:`_KIND_LIST`: ``in
    den Weilern Strad, Dollinger und Obtarrenz``) is a place, whatever the model made of
    it or left out: hamlets and villages the gazetteer does not know. In place, in text
    order."""
    if "und" not in text:
        return
    for m in _KIND_LIST.finditer(text):
        for part in regex.finditer(_NAME, m.group(1)):
            s, e = m.start(1) + part.start(), m.start(1) + part.end()
            if not any(a.value["type"] == "LOC" and (a.start, a.end) == (s, e)
                       for a in mentions):
                take_span(text, mentions, s, e, "LOC", method)


# A saint after "hl." (heilig), and a church named for one (die Pfarrkirche zum hl. Ulrich)
# a saint after hl. (des hl. Ulrich); not the holy things (die hl. Messe, die hl. Schrift)
_SAINT = regex.compile(
    r"(?<!\w)hl\.[^\S\n]+(?!(?:Messe|Messen|Kommunion|Communion|Schrift|Geist|Geistes|Sakrament"
    r"|Sakramente|Sakramentes|Abendmahl|Abendmahls|Beicht|Beichte|Mission|Land|Landes|Kreuz"
    r"|Kreuzes|Grab|Grabes|Familie|Vater|Vaters|Stuhl|Stuhles|Jahr|Jahres|Nacht|Zeit|Fastenzeit"
    r"|Firmung|Taufe|Ölung|Oelung|Weihe|Weihnacht|Ostern|Pfingsten|Kirche|Eucharistie)(?!\w))"
    r"\p{Lu}\p{Ll}+(?!\w)")
_CHURCH_OF_SAINT = regex.compile(
    r"(?<!\w)(?:\p{Lu}\p{Ll}*kirche|Kirche|Kapelle|Kloster)[^\S\n]+zu[mr][^\S\n]+hl\.[^\S\n]+"
    r"\p{Lu}\p{Ll}+(?!\w)")


def german_saints(text: str, mentions: list[Annotation], method: str) -> None:
    """A saint named after ``hl.`` is a person with it (``des hl. Ulrich``), a church
    named for one a place (``Pfarrkirche zum hl. Ulrich``), as the held-out sets count
    them. In place of the mentions inside them."""
    if "hl." not in text:
        return
    churches = [(m.start(), m.end()) for m in _CHURCH_OF_SAINT.finditer(text)]
    for s, e in churches:
        take_span(text, mentions, s, e, "LOC", method)
    for m in _SAINT.finditer(text):
        if not any(s <= m.start() < e for s, e in churches):
            take_span(text, mentions, m.start(), m.end(), "PER", method)


_PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus", "von", "bei", "zu", "gegen", "uber"})
_VILLAGE_STARTS = frozenset(p[:3] for p in _VILLAGE_PARTS)


def prefixed_villages(text: str, tk: Tokens, mentions: list[Annotation], method: str,
                      common: Mapping[str, int]) -> None:
    """A village named in one word with its first half (``Großscheuern``,
    ``Oberwinterthur``: :data:`_VILLAGE_PARTS`) after a preposition of place is a place,
    when the word is none of the language (not ``Großstadt``, ``Oberlehrer``). In place,
    in text order."""
    words, folded, n = tk.words, tk.folded, len(tk.words)
    vocabulary = word_logps("de", SQUARE_NOUN_LOGP)
    added = []
    for k in compress(range(1, n), tk.caps[1:]):
        w = folded[k]
        if folded[k - 1] not in _PLACE_PREPOSITIONS or w[:3] not in _VILLAGE_STARTS:
            continue  # (the common case, cheaply)
        part = next((p for p in _VILLAGE_PARTS if w.startswith(p)), None)
        if (part is None or len(w) - len(part) < 4
                or not words[k].isalpha() or common.get(w, 0) >= 3
                or words[k].lower() in vocabulary):
            continue
        s, e = tk.starts[k], tk.ends[k]
        if not any(a.start < e and s < a.end for a in mentions):
            added.append(rule_mention(text, s, e, "LOC", method))
    add_in_order(mentions, added)


# An adjective a street's name opens with, one space before its compound (in der Großen
# Schiffgasse, an der Alten Gasse)
_STREET_ADJECTIVE = regex.compile(
    r"(?<![\w-])(?=\p{Lu})(?i:gro(?:ß|ss)|klein|alt|neu|ober|unter|lang|hoh)(?i:en?) $")
_STREET_COMPOUND_ENDS = ("gasse", "strasse", "straße", "platz")


def streets_with_adjectives(text: str, mentions: list[Annotation]) -> None:
    """A street's compound takes the adjective before it (``Großen Schiffgasse``,
    ``Kleinen Pfarrgasse``), as its name. In place."""
    for a in mentions:
        if (a.value["type"] == "LOC" and " " not in a.value["text"]
                and fold(a.value["text"]).endswith(_STREET_COMPOUND_ENDS)):
            m = _STREET_ADJECTIVE.search(text, max(0, a.start - 10), a.start)
            if m:
                a.start = m.start()
                a.value = {**a.value, "text": text[a.start:a.end]}


def prefixed_towns(mentions: list[Annotation], curated: str) -> None:
    """A person's mention of two words whose first is a village's first half written
    apart (``Groß Strehlitz``, ``Klein Möllen``, ``Wendisch Buchholz``:
    :data:`_VILLAGE_PARTS`) is the place: no given name is ``Groß``. A curator's stay.
    In place."""
    for a in mentions:
        words = a.value["text"].split()
        if (a.value["type"] == "PER" and a.method != curated and len(words) == 2
                and words[0].lower() in _VILLAGE_PARTS and words[1][:1].isupper()):
            a.value = {**a.value, "type": "LOC"}


# what tells a German town from its namesakes after its name, abbreviated (Krems a. d.
# Donau, Mühldorf a. Inn, Frankfurt a. M., Freiberg i. Sa.: a land's abbreviation keeps its
# stop) or in full before a river's name (Kraiburg am Inn, Frankfurt an der Oder; not
# Trogen | am Schlusse, Chinas | an der Spitze)
_RIVERS = ("Main|Inn|Rhein|Donau|Oder|Elbe|Neckar|Lech|Isar|Saale|Mosel|Ruhr|Lahn|Weser|Havel"
           "|Spree|Tauber|Enns|Ybbs|Drau|Mur|Salzach|Traun|Iller|Ilm|Werra|Fulda|Nahe|Saar"
           "|Sieg|Lippe|Leine|Warthe|Weichsel|Pregel|Memel|Regen|Rems|Kocher|Jagst|Wertach"
           "|Zaya|Thaya|March|Aare|Limmat|Reuss|Thur|Sihl|Emme|Glatt|Eisack|Etsch")
_BY_RIVER = regex.compile(
    r"[^\S\n]+(?:(?:a\.[^\S\n]*d\.|a\.|i\.)[^\S\n]*(?:\p{Lu}\p{Ll}?\.|\p{Lu}\p{Ll}+(?![\w-]))"
    rf"|(?:am|an[^\S\n]+der|ob[^\S\n]+der)[^\S\n]+(?:{_RIVERS}|Tauber)(?![\w-]))")


def towns_by_rivers(text: str, mentions: list[Annotation], gazetteer: Mapping[str, str]) -> None:
    """A town's one-word mention, or a body's seat after ``zu`` (``Königliches
    Lehrerseminar zu Plauen i. V.``), goes on with the river or the land that tells it from
    its namesakes (``Krems a. d. Donau``, ``Kraiburg am Inn``): one mention, as the sets
    count it; the river's or the land's own mention inside goes. A river in full goes only
    with a town a gazetteer knows (not ``Teufelsbrücke`` | ``an der Sihl``). In place."""
    if " a" not in text and " ob " not in text and " i." not in text:
        return
    for a in list(mentions):
        words = a.value["text"].split()
        if a not in mentions or not (
                (a.value["type"] == "LOC" and len(words) == 1)
                or (a.value["type"] == "ORG" and len(words) > 2 and words[-2] == "zu")):
            continue
        m = _BY_RIVER.match(text, a.end)
        if m is None:
            continue
        town = fold(words[-1])
        if m.group().lstrip()[:2] not in ("a.", "i.") and not (
                gazetteer.get(town) in PLACE_TYPES or town.replace("ß", "ss") in small_places()):
            continue
        end = m.end()
        mentions[:] = [b for b in mentions if b is a or not (a.end <= b.start < end)]
        a.end = end
        a.value = {**a.value, "text": text[a.start:end]}


# a lake by its name (Thunersee, Staffelsee; not Übersee, Hochsee, Tiefsee) and a river of
# _RIVERS after an article or a preposition (am Rhein, an der Oder, die Enz)
_LAKE = regex.compile(
    r"(?<![\w-])(?!(?:Über|Hoch|Tief|Binnen)see|Chaussee)\p{Lu}\p{Ll}{2,}see(?![\w-])")
_RIVER_AFTER = regex.compile(
    rf"(?<![\w-])(?:am|an[^\S\n]+der|an[^\S\n]+die|auf[^\S\n]+der|auf[^\S\n]+dem|über[^\S\n]+die"
    rf"|über[^\S\n]+den|jenseits[^\S\n]+der|jenseits[^\S\n]+des|längs[^\S\n]+der)[^\S\n]+"
    rf"(?P<river>{_RIVERS})(?![\w-])")


_TOWN_BEFORE = regex.compile(r"\p{Lu}[\p{L}-]*\p{Ll}[^\S\n]+$")  # Frankfurt | am Main: the town's


def lakes_and_rivers(text: str, mentions: list[Annotation], method: str) -> None:
    """A lake by its name (``Thunersee``, ``Staffelsee``) and a river the text puts
    something on or a road across (``am Rhein``, ``an der Oder``: :data:`_RIVERS`) are
    places where no mention took them; not a river after a town's name, which names the
    town (``Frankfurt am Main``: :func:`towns_by_rivers`). In place."""
    found = [m.span() for m in _LAKE.finditer(text)] if "see" in text else []
    found += [m.span("river") for m in _RIVER_AFTER.finditer(text)
              if not _TOWN_BEFORE.search(text, max(0, m.start() - 40), m.start())]
    added = [rule_mention(text, s, e, "LOC", method) for s, e in found
             if not any(a.start < e and s < a.end for a in mentions)]
    add_in_order(mentions, added)
