"""German bodies by what stands around them: an office's or a firm's word in a person's
mention (``Katholisches Pfarramt Nenzing``), a body with its district (``für Annaberg,
Buchholz und Umgegend``) or its seat after it (``Großherzogliche Bezirksamt Triberg``,
``Handelskammer zu Schweidnitz``), a branch by its town, which gives the town
(``Bezirksverein Sonneberg``), a society by its town (``Liederkranzes Bregenz``), the
crosses' societies (``des Blauen Kreuzes``), regiments by their number, the GDR's people's
works and state bodies (``VEB Möbelkombinat Zeulenroda``, ``Staatsbank der DDR``) and
ministries by their remit. Their mentions have :data:`~.rules.RULE_CONFIDENCE`, as every
rule's.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.gazetteers import PLACE_TYPES
from palimpsest.enrich.entities.rules import rule_mention, take_span
from palimpsest.model import Annotation

# the ends of the words for an office or a firm, which no German name has
_BODY_ENDS = ("amt", "amtes", "werke", "werk", "fabrik", "fabriken", "brauerei", "druckerei",
              "handlung", "konsulat", "verein", "vereins", "zunft", "kasse", "feuerwehr",
              "direktion")
# (Vizekonsulat, Fischerzunft, Ortskrankenkasse, Freiwillige Feuerwehr)


def offices_not_persons(mentions: list[Annotation], curated: str) -> None:
    """A mention the model called a person that holds a public office's or a firm's word
    (``-amt``, ``-werke``, ``-fabrik``: ``Katholisches Pfarramt Nenzing``, ``Oderkalkwerke
    Wilhelm Przybilla``) is the office or the firm, an organisation: no German name ends
    so; not one that opens with an honorific (``unter Hrn. J. Wydlers Direktion``). A
    curator's stay. In place."""
    for a in mentions:
        words = a.value["text"].split()
        if a.value["type"] == "PER" and a.method != curated and any(
                len(w) > 6 and w.lower().rstrip(".,").endswith(_BODY_ENDS) for w in words) \
                and fold(words[0]).rstrip(".") not in ("herr", "herrn", "hrn", "hr", "frau"):
            a.value = {**a.value, "type": "ORG"}


# a body's district after its town: für Leoben und Umgebung, für Annaberg, Buchholz und
# Umgegend
_SURROUNDINGS = regex.compile(
    r"(?:,[^\S\n]+\p{Lu}[\p{L}-]+)*[^\S\n]+und[^\S\n]+(?:Umgebung|Umgegend)(?!\w)")


# a body's compound, für and a town, which _SURROUNDINGS may follow (Gewerkschaftskartell für
# Annaberg)
_BODY_FOR = regex.compile(
    r"(?<![\w-])(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}*(?:kartell|verein|verband|bund|genossenschaft"
    r"|kasse|gewerkschaft|komitee|ausschuß|ausschuss)[^\S\n]+für[^\S\n]+\p{Lu}[\p{L}-]+")
_HYPHENED_HALF = regex.compile(r"(?<![\w-])\p{Lu}\p{Ll}+-$")


def bodies_with_surroundings(text: str, mentions: list[Annotation], method: str = "") -> None:
    """A body named for a town goes on with the town's neighbours and surroundings
    (``Arbeiter-Konsumverein für Leoben und Umgebung``, ``Gewerkschaftskartell für
    Annaberg, Buchholz und Umgegend``, ``Konsumverein Wald und Umgebung``): one
    organisation, in place of the places after it; a compound the model read as a
    person's is the body's too; and a body's compound, ``für``, a town and its
    surroundings where the model found no body is one (``method``'s). In place."""
    if "Umgeb" not in text and "Umgegend" not in text:
        return
    for body in _BODY_FOR.finditer(text):
        tail = _SURROUNDINGS.match(text, body.end())
        if tail is not None and not any(a.value["type"] == "ORG" and a.start <= body.start()
                                        and body.end() <= a.end for a in mentions):
            take_span(text, mentions, body.start(), tail.end(), "ORG", method)
    for a in list(mentions):
        if a.value["type"] != "ORG" and " für " not in a.value["text"]:
            continue  # (a place's own surroundings: Wald und Umgebung)
        m = _SURROUNDINGS.match(text, a.end)
        if m is None:
            continue
        end = m.end()
        mentions[:] = [b for b in mentions if b is a or not (a.end <= b.start < end)]
        before = _HYPHENED_HALF.search(text, max(0, a.start - 40), a.start)
        if before is not None:
            a.start = before.start()  # Arbeiter-Konsumverein: the compound's first half
        a.end = end
        a.value = {**a.value, "type": "ORG", "text": text[a.start:end]}


# the last word of a body's name that its seat may follow (Bezirksamt Triberg, Männerverein
# Triberg, Fischerzunft Lindau)
_SEATED_BODY_ENDS = ("amt", "amte", "amtes", "verein", "zunft", "kasse", "genossenschaft",
                     "gesellschaft", "feuerwehr", "pastorat", "schule", "konsistorium",
                     "konsistoriums", "direktion", "gericht", "gerichte", "verwaltung",
                     "kammer")


def bodies_with_seats(text: str, mentions: list[Annotation],
                      gazetteer: Mapping[str, str]) -> None:
    """A German body's mention followed at once by its town's (``Großherzogliche
    Bezirksamt | Triberg``, ``Katholische Männerverein | Triberg``), or by a town the
    gazetteer knows that no mention took or one took for a person (``Für die Fischerzunft |
    Lindau:``), is one organisation with its seat, as
    ``CONVENTIONS.md`` says of German institutions. In place."""
    out: list[Annotation] = []
    for a in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.value["type"] == "ORG"
                and text[prev.end:a.start] in (" ", " zu ") and " " not in a.value["text"]
                and (a.value["type"] == "LOC"
                     or gazetteer.get(fold(a.value["text"])) in PLACE_TYPES)
                and (_seated(prev) if text[prev.end:a.start] == " " else _zu_seated(prev))):
            prev.end = a.end
            prev.value = {**prev.value, "text": text[prev.start:prev.end]}
            continue
        out.append(a)
    mentions[:] = out
    for a in mentions:
        if a.value["type"] != "ORG" or not _seated(a):
            continue
        m = _NEXT_WORD.match(text, a.end)
        if m is None or gazetteer.get(fold(m.group(1))) not in PLACE_TYPES:
            continue
        if not any(b.start < m.end() and m.start(1) < b.end for b in mentions):
            a.end = m.end()
            a.value = {**a.value, "text": text[a.start:a.end]}


_NEXT_WORD = regex.compile(r" (\p{Lu}\p{Ll}+)(?![\w-])")

# the capitalised words before a body that are no adjective of its name (Die, Seine)
ARTICLES = (r"(?:Die|Der|Des|Den|Dem|Das|Eine|Einer|Eines|Im|Am|Vom|Zum|Beim|Jene|Diese"
             r"|Dieser|Dieses|Seine|Ihre|Unsere)")
# a body's word with its seat after zu, where no mention took the body: Handelskammer zu
# Schweidnitz, Bäcker-Innung zu Rostock, Allgemeinen Knappschafts-Vereins zu Bochum; a
# capitalised adjective may stand before it (Königliche, Allgemeinen), no article
_ZU_SEAT = regex.compile(
    rf"(?<![\w-])(?:(?!{ARTICLES}[^\S\n])(?P<adj>\p{{Lu}}\p{{Ll}}+(?:e|en|er|es))[^\S\n]+)?"
    r"(?P<body>(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}+)[^\S\n]+zu[^\S\n]+(?P<seat>\p{Lu}\p{Ll}+)"
    r"(?![\w-])")
ZU_BODY_ENDS = (*_SEATED_BODY_ENDS, "kammer", "innung", "vereins", "magistrat",
                 "regierung", "seminar", "seminars", "konsistoriums", "gerichts",
                 "amts", "kassen", "gesellschaften", "schulen", "akademie", "universität")


def bodies_before_zu(text: str, mentions: list[Annotation], gazetteer: Mapping[str, str],
                     method: str) -> None:
    """A body's word no mention took, ``zu`` and a town (``Handelskammer zu
    Schweidnitz``, ``Magistrat zu Bochum``): one organisation with its seat, as the sets
    read every German body before ``zu`` (:func:`_zu_seated`); the town a place mention
    or one the gazetteer knows. In place."""
    if " zu " not in text:
        return
    for m in _ZU_SEAT.finditer(text):
        body = fold(m.group("body"))
        if not body.endswith(ZU_BODY_ENDS) or is_branch(body):
            continue
        seat_s, seat_e = m.span("seat")
        if not any(a.start == seat_s and a.end == seat_e and a.value["type"] == "LOC"
                   for a in mentions) and gazetteer.get(fold(m.group("seat"))) not in PLACE_TYPES:
            continue
        start = m.start("adj") if m.group("adj") is not None else m.start("body")
        if any(a.start < seat_s and start < a.end for a in mentions):
            continue  # a mention holds the body (bodies_with_seats' work) or part of it
        take_span(text, mentions, start, seat_e, "ORG", method)


def _seated(a: Annotation) -> bool:
    """Whether ``a`` ends in a body's word its seat may follow, no branch's (a
    ``Bezirksverein`` by its town gives the town: :func:`branches_by_towns`)."""
    last = fold(a.value["text"].split()[-1])
    return last.endswith(_SEATED_BODY_ENDS) and not is_branch(last)


def _zu_seated(a: Annotation) -> bool:
    """Whether ``a`` may take a seat after ``zu``: any body but a branch's, as the sets
    read all 27 of theirs (``Knappschafts-Lazareth zu Königshütte``, ``Verein der Hafen- und
    Speicherarbeiter zu Wismar``, ``Kaiserlichen Bezirkspräsidiums zu Metz``)."""
    return not is_branch(fold(a.value["text"].split()[-1]))


def is_branch(word: str) -> bool:
    """A branch's or a section's word (folded): ``Bezirksverein``, ``Ortsgruppe``."""
    return word in ("ortsgruppe", "sektion", "zweigverein", "bezirksgruppe", "zahlstelle",
                    "filiale") or (
        word.startswith(("bezirks", "orts", "zweig", "kreis")) and word.endswith(
            ("verein", "vereins", "verband", "verbandes", "gruppe")))


def branches_by_towns(text: str, mentions: list[Annotation], curated: str) -> None:
    """A branch named by its town gives the town, as ``CONVENTIONS.md`` reads ``AGHAMORE
    BRANCH``: ``Bezirksverein Sonneberg``, ``Ortsgruppe Triberg`` give the town, a place.
    In place."""
    for k, a in enumerate(mentions):
        words = a.value["text"].split()
        if (a.method == curated or a.value["type"] == "LOC" or len(words) != 2
                or not is_branch(fold(words[0])) or not words[1][:1].isupper()):
            continue
        s = a.end - len(words[1])
        mentions[k] = rule_mention(text, s, a.end, "LOC", a.method)


# The crosses' societies: das Blaue Kreuz (temperance), das Rote Kreuz, des Blauen Kreuzes
_CROSS = regex.compile(
    r"(?<![\w-])(?:Blau|Rot|Weiß|Weiss|Grün)e[nrs]?[^\S\n]+Kreuz(?:es)?(?![\w-])")


def cross_societies(text: str, mentions: list[Annotation], method: str) -> None:
    """The Blue and the Red Cross by their colour and ``Kreuz`` are organisations
    (``Protokoll … des Blauen Kreuzes``, ``vom Roten Kreuz``). In place."""
    if "Kreuz" not in text:
        return
    for m in _CROSS.finditer(text):
        if not any(a.start <= m.start() and m.end() <= a.end for a in mentions):
            take_span(text, mentions, m.start(), m.end(), "ORG", method)


# a regiment or a battalion by its arm and number: 3. Infanterie-Regiments, Pionier-Bataillons
# Nr. 2, 1. Badischen Feld-Artillerie-Regiments Nr. 14, Füsilierbataillon 75; a division
# by its number before it (28. Division)
_UNIT = (r"(?:(?:\p{Lu}\p{Ll}+-)+(?:Regiment|Bataillon)|\p{Lu}\p{Ll}+(?:regiment|bataillon))"
         r"(?:s|es)?")  # its arm named: not a bare Regiment (des 25. Regimentes, HIPE-2020)
_LAND_ADJECTIVE = r"(?:\p{Lu}\p{Ll}+(?:en|er|es|e)[^\S\n]+)?"  # Badischen, Königlich
_NUMBERED_UNIT = regex.compile(
    rf"(?<![\w.-])(?:\d{{1,3}}\.[^\S\n]+{_LAND_ADJECTIVE}(?:{_UNIT}|Division)"
    rf"(?:[^\S\n]+Nr\.[^\S\n]*\d+)?"
    rf"|{_UNIT}[^\S\n]+(?:Nr\.[^\S\n]*\d+|\d{{1,3}}(?!\d|\.\d)))(?![\w-])")


def numbered_units(text: str, mentions: list[Annotation], method: str) -> None:
    """A regiment or a battalion by its number, before or after it (``2.
    Jäger-Bataillons``, ``Infanterieregiments Nr. 27``), is an organisation, number in, in
    place of what the model made of it; a longer mention that holds it stays (``k. u. k.
    Infanterie-Regiments Nr. 92``), and one it makes opens with the ``k. u. k.`` before
    it. In place."""
    if "egiment" not in text and "ataillon" not in text and "Division" not in text:
        return
    for m in _NUMBERED_UNIT.finditer(text):
        if not any(a.value["type"] == "ORG" and a.start <= m.start() and m.end() <= a.end
                   for a in mentions):
            mark = _IMPERIAL_BEFORE.search(text, max(0, m.start() - 12), m.start())
            take_span(text, mentions, mark.start() if mark else m.start(), m.end(), "ORG",
                      method)


_IMPERIAL_BEFORE = regex.compile(r"(?<!\w)[kK]\.[^\S\n]?(?:u\.[^\S\n]?)?k\.[^\S\n]+$")  # k. u. k.


# the ends of a society's word that its town may follow (Männergesangvereins Feldkirch,
# Sängerbundes Bludenz, Liederkranz Lindau, Bürgerkapelle Freistadt)
_CLUB_ENDS = ("verein", "vereins", "vereines", "bund", "bundes", "kranz", "kranzes", "chor",
              "chors", "kapelle", "liedertafel", "gesellschaft", "genossenschaft", "innung",
              "kartell", "schule", "pflege")
_CLUB_TOWN = regex.compile(
    r"(?<![\w-])(\p{Lu}[\p{L}-]*\p{Ll})[^\S\n]+((?:St\.[^\S\n]*)?\p{Lu}\p{Ll}+)(?![\w-])")


def societies_of_towns(text: str, mentions: list[Annotation], gazetteer: Mapping[str, str],
                       curated: str, method: str) -> None:
    """A society's word and its town (``Männergesangvereins Feldkirch``, ``Liederkranzes
    Bregenz``) are the society, an organisation, whether the model read the two as a place,
    the town alone or nothing (the town then one the gazetteer knows or the text names as a
    place elsewhere); not a branch's, which gives the town (:func:`branches_by_towns`). In
    place."""
    for a in list(mentions):
        words = a.value["text"].split()
        if a.value["type"] == "LOC" and a.method != curated and len(words) > 1:
            first = fold(words[0])
            if first.endswith(_CLUB_ENDS) and not is_branch(first) and words[1][:1].isupper():
                mentions[mentions.index(a)] = rule_mention(text, a.start, a.end, "ORG", method)
    for m in _CLUB_TOWN.finditer(text):
        word = fold(m.group(1))
        if not word.endswith(_CLUB_ENDS) or is_branch(word):
            continue
        inside = [b for b in mentions if b.start < m.end() and m.start() < b.end]
        town_s, town_e = m.span(2)
        if inside and not (len(inside) == 1 and inside[0].value["type"] == "LOC"
                           and inside[0].start == town_s and inside[0].end == town_e
                           and inside[0].method != curated):
            continue
        town = m.group(2)
        if inside or gazetteer.get(fold(town)) in PLACE_TYPES or any(
                b.value["type"] == "LOC" and b.value["text"] == town for b in mentions):
            take_span(text, mentions, m.start(), town_e, "ORG", method)


# a people's own works (Volkseigener Betrieb) by its name: VEB Stahl- und Walzwerk
# Hennigsdorf, VEB Chemiefaserwerk „Friedrich Engels“ Premnitz; at most five words after VEB
_VEB = regex.compile(
    r"(?<![\w-])VEB(?:[^\S\n]+(?:\p{Lu}[\p{L}-]*\p{L}|\p{Lu}\p{Ll}*-|und|„[^“\n]{1,40}“)){1,5}"
    r"(?![\w-])")
# a state's own body named for the state: Staatsbank der DDR, Solidaritätskomitee der DDR
_OF_STATE = regex.compile(r"[^\S\n]+der[^\S\n]+(?:DDR|BRD|UdSSR|Sowjetunion)(?![\w-])")
_STATE_BODY = regex.compile(
    r"(?<![\w-])\p{Lu}\p{Ll}*(?:komitee|komitees|bank|rat|rates|bund|bundes|verband|verbandes"
    r"|ministerium|ministeriums|akademie|kammer|gewerkschaft)(?=[^\S\n]+der[^\S\n])")


def state_bodies(text: str, mentions: list[Annotation], method: str) -> None:
    """A people's works by its name after ``VEB`` is one organisation, works, name and town
    (``VEB Möbelkombinat Zeulenroda``); a body named for its state, ``der DDR``, is one with
    it (``Staatsbank der DDR``, ``Deutschen Roten Kreuzes der DDR``), in place of the
    state's place mention. In place."""
    if "VEB" in text:
        for m in _VEB.finditer(text):
            take_span(text, mentions, m.start(), m.end(), "ORG", method)
    if not any(state in text for state in ("DDR", "BRD", "UdSSR", "Sowjetunion")):
        return
    for a in [a for a in mentions if a.value["type"] == "ORG"]:
        state = _OF_STATE.match(text, a.end)
        if state is not None and a in mentions:
            take_span(text, mentions, a.start, state.end(), "ORG", method)
    for b in _STATE_BODY.finditer(text):
        state = _OF_STATE.match(text, b.end())
        if state is not None and not any(a.start < b.end() and b.start() < a.end
                                         for a in mentions):
            take_span(text, mentions, b.start(), state.end(), "ORG", method)


# a German ministry by its remit, with the state's adjectives or k. k. before it: das
# Großherzogliche Ministerium des Innern, des k. k. Ministeriums für Kultus und Unterricht,
# des Bayerischen Staatsministeriums des Innern, Ministerium für soziale Fürsorge
_DE_MINISTRY = regex.compile(
    rf"(?<![\w.-])(?:k\.[^\S\n]*[ku]\.[^\S\n]*(?:k\.[^\S\n]+)?|(?:(?!{ARTICLES}[^\S\n])"
    r"\p{Lu}\p{Ll}+(?:e|en|er|es|lich)[^\S\n]+){1,2})?"
    r"\p{Lu}?\p{Ll}*[Mm]inisteriums?[^\S\n]+(?:des|der|für)[^\S\n]+(?:\p{Ll}+e[nr]?[^\S\n]+)?"
    r"\p{Lu}[\p{L}-]+(?:[^\S\n]+und[^\S\n]+(?:\p{Ll}+e[nr]?[^\S\n]+)?\p{Lu}[\p{L}-]+)?"
    r"(?![\w-])")


def german_ministries(text: str, mentions: list[Annotation], method: str) -> None:
    """A German ministry by its remit is one organisation, with the state's adjectives
    before it (``Großherzogliche Ministerium des Innern``, ``k. k. Ministeriums für Kultus
    und Unterricht``), in place of what the model made of its parts. In place."""
    if "inisterium" not in text:
        return
    for m in _DE_MINISTRY.finditer(text):
        take_span(text, mentions, m.start(), m.end(), "ORG", method)


# a land in the genitive after a body's name: Verband der Bergarbeiter Deutschlands,
# Reichsverband der Hebammen Österreichs, Gewerkschaft der Eisenbahner des Saargebietes
_LAND_BODY_ENDS = (*_SEATED_BODY_ENDS, *_CLUB_ENDS, "verband", "verbandes", "partei", "bundes",
                   "gewerkverein", "gewerkschaft", "kreuzes", "kommission", "ausschuss", "ausschuß",
                   "ausschusses", "rat", "rates", "föderation", "foderation")
_LAND_GENITIVE = regex.compile(r"[^\S\n]+(?:des[^\S\n]+)?(\p{Lu}[\p{L}-]*?)(?:e?s)(?![\w-])")


def bodies_of_lands(text: str, mentions: list[Annotation], gazetteer: Mapping[str, str],
                    method: str) -> None:
    """A body's mention and the land after it in the genitive (``Deutschlands``,
    ``Mährens``, ``des Saargebietes``) are one organisation, as the sets read all 44 of
    theirs; the land a place the gazetteer knows, or a region's word (``-gebiet``). In
    place of the land's own mention."""
    for a in [a for a in mentions if a.value["type"] == "ORG"]:
        m = _LAND_GENITIVE.match(text, a.end)
        if m is None or a not in mentions or not any(
                fold(w).endswith(_LAND_BODY_ENDS) for w in a.value["text"].split()):
            continue  # (a body's word in it: not the model's Alliirte | Rußlands)
        stem = fold(m.group(1))
        if not (gazetteer.get(stem) in PLACE_TYPES or stem.endswith("gebiet")):
            continue
        inside = [b for b in mentions if b is not a and a.end <= b.start < m.end()]
        if any(b.value["type"] != "LOC" or b.end > m.end() for b in inside):
            continue
        take_span(text, mentions, a.start, m.end(), "ORG", method)


# the territory a body serves, after its name: für den Pinzgau, für die Provinz Ostpreußen,
# für den Kreis Husum, der Provinz Pommern, des Kantons Aargau
_SERVES = (r"[^\S\n]+(?:für[^\S\n]+(?:den|die|das)(?:[^\S\n]+(?:Kreis|Bezirk|Provinz|Kanton))?"
           r"|der[^\S\n]+Provinz|des[^\S\n]+(?:Kantons|Kreises|Bezirkes|Bezirks))[^\S\n]+")
_TERRITORY = regex.compile(_SERVES)
_BODY_BEFORE_TERRITORY = regex.compile(  # a body's word no mention took, before it
    rf"(?<![\w-])(\p{{Lu}}[\p{{L}}-]*\p{{Ll}}){_SERVES}$")


def bodies_of_territories(text: str, mentions: list[Annotation], method: str) -> None:
    """A body's mention and the territory it serves after it (``Handwerkskammer für die
    Pfalz``, ``Pestalozzi-Verein der Provinz Pommern``, ``Erziehungsdirektion des Kantons
    Aargau``) are one organisation, as the sets read all 19 of theirs, in place of the
    territory's place mention; so are a body's word no mention took and its territory. In
    place."""
    for a in [a for a in mentions if a.value["type"] == "ORG"]:
        m = _TERRITORY.match(text, a.end)
        if m is None or a not in mentions:
            continue
        place = next((b for b in mentions if b.start == m.end() and b.value["type"] == "LOC"
                      and " " not in b.value["text"]), None)
        if place is not None:
            take_span(text, mentions, a.start, place.end, "ORG", method)
    for place in [b for b in mentions if b.value["type"] == "LOC" and " " not in b.value["text"]]:
        m = _BODY_BEFORE_TERRITORY.search(text, max(0, place.start - 80), place.start)
        if (m is not None and place in mentions and fold(m.group(1)).endswith(ZU_BODY_ENDS)
                and not any(b.start < place.start and m.start() < b.end for b in mentions)):
            take_span(text, mentions, m.start(), place.end, "ORG", method)
