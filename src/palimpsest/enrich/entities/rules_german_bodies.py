"""German bodies: one-word names of bodies, leagues' and institutions' compounds with their
complement or town (``Caritasverband der Diözese Regensburg``, ``Polizeidepartement des
Kantons St. Gallen``, ``Kantonspolizei Zürich``), unions named by their members, and a
body's word after a name's or a town's adjective (``Sozialdemokratische Partei``,
``Königliches Amtsgericht``, ``Wiener Gemeinderat``). German capitalises every noun, so a
body's word alone says little; these say where the text names one. Their mentions have
:data:`~.rules.RULE_CONFIDENCE`, as every rule's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from itertools import compress
from operator import and_

import regex
from rapidfuzz.distance import Levenshtein

from palimpsest.enrich.entities.gazetteers import BIG_PLACES, PLACE_TYPES
from palimpsest.enrich.entities.lexicon import DE_BODIES, FELLOWS
from palimpsest.enrich.entities.rules import add_in_order, inside, rule_mention, take_span
from palimpsest.enrich.entities.rules_german import DE_INFLECTED
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation

_DE_ENDINGS = ("", "s", "es", "e", "en", "n")  # what German adds to a noun's singular
_BODY_FORMS = frozenset(b + e for b in DE_BODIES for e in _DE_ENDINGS)
_LONG_FORMS_BY_START: dict[str, list[str]] = {}
for _form in _BODY_FORMS:
    if len(_form) >= 8:
        _LONG_FORMS_BY_START.setdefault(_form[:2], []).append(_form)


# A ministry of the Reich, the Federation, a Land or a state, named by its field in one
# compound (Bundesverkehrsministerium, Reichsinnenministeriums, Landwirtschaftsministerium
# is no state's: a common noun)
_STATE_MINISTRY = re.compile(r"(?:bundes|reichs|landes|staats)\w*ministeri(?:um|ums|en)")


def _is_body(word: str) -> bool:
    """``word`` (folded) is one of :data:`DE_BODIES`, inflected, or an OCR misreading of
    one, a letter off, when it is long (``Westmüchte``), or a state's ministry
    (:data:`_STATE_MINISTRY`)."""
    if word in _BODY_FORMS or _STATE_MINISTRY.fullmatch(word):
        return True
    if len(word) < 8:
        return False
    return any(abs(len(form) - len(word)) <= 1
               and Levenshtein.distance(word, form, score_cutoff=1) <= 1
               for form in _LONG_FORMS_BY_START.get(word[:2], ()))


# A league's compound named by its members or its cause (Caritasverband,
# Bergarbeiterverband, Arbeitgeberverband): a body; not a unit of one (Kreisverband)
_LEAGUE_ENDS = ("verband", "verbandes", "verbands", "verein", "vereins", "gesellschaft", "zunft")
# a public institution's compound, whatever its first part (Polizeidepartement,
# Kantonspolizei, Kreissparkasse), or the police's (Polizeikommando, Polizeidirektion)
_INSTITUTION_ENDS = ("departement", "departements", "polizei", "sparkasse")
_POLICE_OFFICES = frozenset({"polizeikommando", "polizeikommandos", "polizeidirektion"})
_UNIT_PREFIXES = ("kreis", "landes", "orts", "bezirks", "bundes", "unter", "dach", "spitzen",
                  "gesamt", "haupt", "regional", "fach", "berufs", "zweck", "stadt", "gau",
                  "partei", "regiments")
_INDEFINITE = frozenset({"ein", "eines", "einem", "einen", "einer", "jeder", "jedes", "jedem"})
_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})  # (Der | Bremer Ruderverein)
# an administration, a council or a committee is a body when its seat's territory follows
# in the genitive (Polizeiverwaltung der Stadt Greifswald, Regierungsrat des Kantons St.
# Gallen, Landesausschuß des Herzogtums Salzburg); alone, an organ or a title
_SEATED_ENDS = ("verwaltung", "ausschuß", "ausschuss", "ausschusses", "regierungsrat",
                "regierungsrates", "regierungsrath", "sparkasse")  # Sparkasse der Stadt Iglau
_TERRITORIES = frozenset({"stadt", "kantons", "herzogtums", "erzherzogtums", "kreises",
                          "landes", "provinz", "konigreichs", "bezirks", "gemeinde", "grafschaft"})


def _seat_follows(tk: Tokens, k: int) -> bool:
    """Whether a territory and its name follow word ``k`` in the genitive (``der Stadt
    Greifswald``, ``des Kantons Graubünden``)."""
    return (k + 3 < len(tk.words) and tk.folded[k + 1] in ("der", "des")
            and tk.folded[k + 2] in _TERRITORIES and tk.caps[k + 3])


def _town_adjective_before(tk: Tokens, k: int) -> bool:
    """Whether a town's adjective stands before word ``k`` (``Bremer | Ruderverein``)."""
    return k > 0 and tk.caps[k - 1] and tk.folded[k - 1].endswith("er") and len(
        tk.words[k - 1]) >= 5 and tk.words[k - 1].isalpha()


def _league(tk: Tokens, k: int, gazetteer: Mapping[str, str]) -> bool:
    """Whether word ``k`` is a league's compound (:data:`_LEAGUE_ENDS`), no unit's, no
    indefinite one (``außerhalb eines Parteiverbandes``), and no kind before a name in
    quotes (``Männergesangverein „Liederkranz"``); or a body seated in its territory
    (:data:`_SEATED_ENDS`, :func:`_seat_follows`), or a district's government (``Regierung
    von Oberbayern``; not a country's, ``Regierung von Nicaragua``, which HIPE-2020 leaves
    the country)."""
    word = tk.folded[k]
    if word.endswith(_SEATED_ENDS) and _seat_follows(tk, k):
        return tk.words[k].isalpha()  # Polizeiverwaltung der Stadt Greifswald
    if word == "regierung" and k + 2 < len(tk.words) and tk.folded[k + 1] == "von" \
            and tk.caps[k + 2]:  # Königliche Regierung von Schwaben und Neuburg; not a
        return gazetteer.get(tk.folded[k + 2]) != "P1"  # country's: Regierung von Nicaragua
    if len(word) < 11:
        return False  # shorter than any (the common case, at once)
    institution = word in _POLICE_OFFICES or (word.endswith(_INSTITUTION_ENDS) and any(
        word.endswith(e) and len(word) - len(e) >= 4 for e in _INSTITUTION_ENDS))
    return ((institution or (
                (len(word) >= 12 or _town_adjective_before(tk, k))  # Bremer Ruderverein
                and word.endswith(_LEAGUE_ENDS)
                and any(word.endswith(e) and len(word) - len(e) >= 4 for e in _LEAGUE_ENDS)
                and not word.startswith(_UNIT_PREFIXES)))
            and tk.words[k].isalpha()
            and not (k and tk.folded[k - 1] in _INDEFINITE)
            and not (k + 1 < len(tk.words) and tk.words[k + 1] in _QUOTES))


_QUOTES = frozenset('„"“«»‚\'')


def _league_end(tk: Tokens, k: int, mentions: list[Annotation],
                gazetteer: Mapping[str, str]) -> int:
    """The last token of a league's name that opens at ``k``: its genitive complement
    (``Caritasverband der Diözese Regensburg``, ``Arbeitgeberverband der
    Metallindustrie``, ``Zentralverbandes deutscher Konsumvereine``) or the place after it
    (``Arbeitgeberverband Hamburg-Altona``)."""
    n = len(tk.words)
    if tk.folded[k] == "regierung" and k + 2 < n and tk.folded[k + 1] == "von":
        end = k + 2  # Regierung von Oberbayern, von Schwaben und Neuburg
        if end + 2 < n and tk.folded[end + 1] == "und" and tk.caps[end + 2]:
            end += 2
        return end
    if (k + 3 < n and tk.folded[k + 1] in ("der", "des") and tk.words[k + 2].isalpha()
            and tk.words[k + 2].islower() and tk.folded[k + 2].endswith(("en", "er"))
            and tk.caps[k + 3] and tk.words[k + 3].isalpha()):
        return k + 3  # Reichsverbandes der deutschen Mietervereine
    if k + 2 < n and tk.folded[k + 1] in ("der", "des") and tk.caps[k + 2] \
            and tk.words[k + 2].isalpha():
        end = k + 2
        while end + 1 < n and end < k + 4 and tk.caps[end + 1] and tk.words[end + 1].isalpha():
            end += 1
        if (end + 2 < n and tk.folded[end] == "st" and tk.words[end + 1] == "."
                and tk.caps[end + 2]):
            end += 2  # des Kantons St. Gallen
        return end
    if k + 2 < n and tk.folded[k + 1].endswith("er") and not tk.caps[k + 1] \
            and tk.caps[k + 2] and tk.words[k + 2].isalpha():
        return k + 2  # Zentralverbandes deutscher Konsumvereine
    at = k + 2 if k + 2 < n and tk.folded[k + 1] == "zu" else k + 1  # Kreissparkasse zu
    place = next((a for a in mentions if at < n and a.start == tk.starts[at]
                  and a.value["type"] == "LOC"), None)
    if place is not None:
        end = bisect_left(tk.starts, place.end) - 1
    elif (at < n and tk.caps[at] and tk.words[at].isalpha()
          and gazetteer.get(tk.folded[at]) in BIG_PLACES):
        end = at  # Kantonspolizei Zürich, the model's one run
    else:
        return k
    while (end + 2 < n and tk.words[end + 1] == "-" and tk.caps[end + 2]
           and tk.ends[end] == tk.starts[end + 1] == tk.ends[end + 1] - 1
           and tk.ends[end + 1] == tk.starts[end + 2]):
        end += 2  # a hyphened place: Hamburg-Altona
    return end


def german_bodies(text: str, tk: Tokens, mentions: list[Annotation], method: str,
                  gazetteer: Mapping[str, str]) -> None:
    """A German one-word name of a body (:data:`DE_BODIES`: ``Bundesrath``, ``Reichstag``,
    ``Westmächte``) that no mention took is an organisation; right before a person's
    mention it is the person's title (``Bundesrath Welti``) and is left alone. So is a
    league's compound (:func:`_league`), with its complement or place. HIPE-2020
    German: dev 0.533 → 0.553 strict F1, the train set (unseen by the model) 0.550 →
    0.556. In place, in text order."""
    taken = sorted((a.start, a.end) for a in mentions)
    person_at = {a.start for a in mentions if a.value["type"] == "PER"}
    added: list[Annotation] = []
    n = len(tk.words)
    leagues = []
    for k in compress(range(n), tk.caps):
        if _league(tk, k, gazetteer):
            leagues.append(k)
            continue
        if not _is_body(tk.folded[k]):
            continue
        s, e = tk.starts[k], tk.ends[k]
        if k + 1 < n and tk.starts[k + 1] in person_at:
            continue  # a title
        if not inside(taken, s, e):
            added.append(rule_mention(text, s, e, "ORG", method))
    add_in_order(mentions, added)
    for k in leagues:
        first = k
        if _town_adjective_before(tk, k) and (k < 2 or not tk.words[k - 2].isalpha()
                                               or tk.words[k - 2].islower()
                                               or tk.folded[k - 2] in _ARTICLES):
            first = k - 1  # a town's adjective: die Zürcher Kunstgesellschaft
        s = tk.starts[first]
        over = next((a for a in mentions if a.start <= tk.starts[k] < a.end), None)
        if over is not None and over.value["type"] == "ORG" and over.end == tk.ends[k] \
                and tk.folded[k] == "regierung":
            s, over = over.start, None  # the model's Königliche Regierung | von Schwaben
        if over is None:
            end = _purpose(text, tk, _league_end(tk, k, mentions, gazetteer), both=True)
            if _founded(tk, end):
                end += 2  # its founding year: Bremer Ruderverein von 1882
            take_span(text, mentions, s, tk.ends[end], "ORG", method)
        elif over.value["type"] == "ORG" and over.end == tk.ends[k] and _founded(tk, k):
            over.end = tk.ends[k + 2]  # the model's Bremer Ruderverein | von 1882
            over.value = {**over.value, "text": text[over.start:over.end]}


def _founded(tk: Tokens, k: int) -> bool:
    """Whether ``von`` and a year follow word ``k``: a club's founding year."""
    return (k + 2 < len(tk.words) and tk.folded[k + 1] == "von"
            and tk.words[k + 2].isdigit() and len(tk.words[k + 2]) == 4)


# Compounds sharing their last part, set out with a suspended hyphen, that end in a
# council or a body: Arbeiter-, Soldaten- und Bauernrat, Metall- und Elektroverband
_COORDINATED_BODY = regex.compile(
    r"(?<!\w)(?:(?!(?:Die|Der|Des|Den|Dem|Das|Eine|Einer|Eines)\s)\p{Lu}\p{Ll}+(?:e|en|er|es)"
    r"[^\S\n]+(?=\p{Lu}\p{Ll}+-))?"  # a capitalised adjective: Hanseatische, Deutschen
    r"(?:\p{Lu}\p{Ll}+-,\s+)*(?:\p{Lu}\p{Ll}+-)+\s+(?:und|oder)\s+\p{Lu}[\p{L}-]*?"
    r"(?i:rat|räte|rates|rats|verband|verbandes|bund|bundes|verein|vereins|komitee|komitees"
    r"|ausschuss|ausschuß|ausschusses|partei|gewerkschaft|kartell|genossenschaft|kammer|bank"
    r"|schule|gesellschaft)(?!\w)")  # (not kasse: die Witwen- und Waisenkasse, a fund)


# An industrial union named as IG and its industries: IG Metall, IG Druck und Papier,
# IG Bergbau und Energie, IG Chemie-Papier-Keramik
_IG_UNION = regex.compile(
    r"(?<!\w)IG\.?[^\S\n]+\p{Lu}[\p{L}-]+(?:(?:[^\S\n]+und|,)[^\S\n]+\p{Lu}[\p{L}-]+){0,2}(?!\w)")


# A union named by its members: Gewerkschaft der Eisenbahner Deutschlands, Gewerkschaft
# der Metall- und Bergarbeiter, Gewerkschaft der Privatangestellten
# ``Gewerkschaft der`` / ``Verband der`` and its members (``Metall- und Bergarbeiter``,
# ``Drahtzieher und Metallarbeiter``), then its country or its region after ``am``
_UNION_OF = regex.compile(
    r"(?<!\w)(?:Gewerkschaft|Verband)[^\S\n]+der[^\S\n]+(?:\p{Lu}\p{Ll}+-,?[^\S\n]+)*"
    r"(?:\p{Lu}\p{Ll}+-[^\S\n]+(?:und|oder)[^\S\n]+)?\p{Lu}\p{Ll}+"
    r"(?:[^\S\n]+und[^\S\n]+\p{Lu}\p{Ll}*(?:arbeiter|angestellte|beamte)n?)?"
    r"(?:[^\S\n]+(?:Deutschlands|Österreichs|der[^\S\n]+Schweiz"
    r"|am[^\S\n]+\p{Lu}\p{Ll}+))?(?!\w)")


def german_industrial_unions(text: str, mentions: list[Annotation], method: str) -> None:
    """``IG`` and the industries after it name an industrial union (``IG Druck und
    Papier``), and so do ``Gewerkschaft der`` and ``Verband der`` and their members
    (``Gewerkschaft der Metall- und Bergarbeiter``, ``Verband der Hafenarbeiter``): one
    organisation, the mentions inside it replaced. In place, in order."""
    if "IG" in text:
        for m in _IG_UNION.finditer(text):
            take_span(text, mentions, m.start(), _before_a_person(mentions, m), "ORG", method)
    if "Gewerkschaft der" in text or "Verband der" in text:
        for m in _UNION_OF.finditer(text):
            take_span(text, mentions, *m.span(), "ORG", method)


_LISTED = regex.compile(r"(?:,|[^\S\n]+und)[^\S\n]+")  # between the parts of a union's name


def _before_a_person(mentions: list[Annotation], m: regex.Match[str]) -> int:
    """Where the union's name matched by ``m`` ends: before a listed part that opens a
    person's mention or a fellow's form of address (``IG Metall, Kollege Walter Kaminski``:
    the name ends at ``Metall``), else at the match's end (``IG Bau, Steine, Erden``)."""
    persons = {a.start for a in mentions if a.value["type"] == "PER"}
    for sep in _LISTED.finditer(m.string, m.start(), m.end()):
        if sep.end() in persons or _FELLOW.match(m.string, sep.end()):
            return sep.start()
    return m.end()


# a fellow named next: IG Metall, Kollege …
_FELLOW = regex.compile(rf"(?i:{'|'.join(sorted(FELLOWS, key=len, reverse=True))})\b")


def german_coordinated_bodies(text: str, mentions: list[Annotation], method: str) -> None:
    """A body named by compounds that share their last part (``Arbeiter-, Soldaten- und
    Bauernrat``: the councils of 1918; ``Handels- und Gewerbekammer``, ``Hanseatische
    Lombard- und Wechselbank``) is one organisation: the model reads the parts apart, or
    none. It replaces the mentions inside it. In place, in text order."""
    if "- " not in text:
        return
    for m in _COORDINATED_BODY.finditer(text):
        take_span(text, mentions, *m.span(), "ORG", method)


# A capitalised adjective before a body's word: German writes adjectives in lower case
# unless they are part of a name (die Sozialdemokratische Partei, der Deutsche
# Gewerkschaftsbund, die Revolutionäre Gewerkschafts-Opposition, das Deutsche Rote Kreuz,
# die Kasernierte Volkspolizei).
_DE_NAME_ADJECTIVE = regex.compile(
    r"(?:isch|lich|ig|al|är|ar|iv|iert|rot|deutsch|frei|neu|vereinigt|[a-zäöü]ersch)"
    r"(?:e|er|es|en|em)$")
# the body's word, alone or as the head of a compound, in the singular (a feminine body
# keeps its form; a masculine or neuter one takes -s or -es in the genitive)
_DE_BODY_HEAD = regex.compile(
    r"(?:partei|gewerkschaft|kirche|opposition|union|front|vereinigung|gesellschaft"
    r"|genossenschaft|internationale|jugend|bewegung|akademie|hochschule|universitat|liga"
    r"|bund|verband|verein|ausschuss|ausschuß|rat|komitee|kongress|kongreß|kartell"
    r"|(?:bund|verband|verein|rat|kartell)e?s|(?:ausschuss|ausschuß|kongress|kongreß)es"
    r"|komitees|kreuz|hilfe|hilfswerk|polizei|wehr|armee|marine|legion"
    r"|gerichte?s?|bank|kasse|casse|magistrate?s?|regierung|direktion|kammer|amte?s?|bahn|bahnen)")


def german_adjective_bodies(text: str, tk: Tokens, mentions: list[Annotation],
                            method: str, gazetteer: Mapping[str, str]) -> None:
    """A capitalised adjective and a body's word after it (:data:`_DE_NAME_ADJECTIVE`,
    :data:`_DE_BODY_HEAD`) are an organisation, whatever the model made of them, unless
    a longer mention holds them: ``Sozialdemokratische Partei``, ``Deutscher
    Metallarbeiter-Verband``, a town's (``Wiener Gemeinderat``). Plurals (``Christliche
    Gewerkschaften``) name kinds, not a body. In place, in text order."""
    words, folded, caps = tk.words, tk.folded, tk.caps
    for k in compress(range(len(words) - 1), map(and_, caps, caps[1:])):
        if not _name_adjective(tk, k) and not _town_adjective(tk, k, gazetteer):
            continue
        last = k + 1  # the head's last part: Metallarbeiter-Verband
        while (last + 2 < len(words) and words[last + 1] == "-" and caps[last + 2]
               and tk.starts[last + 1] == tk.ends[last]):
            last += 2
        head = folded[last]
        if not _body_head(head) or (head.endswith(_NOT_TOWN_BODIES) and not _name_adjective(tk, k)):
            continue  # (die Stuttgarter Regierung: HIPE's gold no name)
        first = k - 1 if k and caps[k - 1] and _name_adjective(tk, k - 1) else k
        if first >= 2 and words[first - 1] == "." and folded[first - 2] in ("st", "ste"):
            first -= 2  # der St. Gallischen Kantonalbank
        if (first >= 2 and words[first - 1] == "-" and caps[first - 2]
                and tk.ends[first - 2] == tk.starts[first - 1]):
            first -= 2  # Christlich-Demokratische Union
        last = _purpose(text, tk, last)
        if head.endswith("kirche"):
            last = _region(tk, last)
        if (last + 2 < len(words) and len(folded[last + 1]) >= 8
                and folded[last + 1][-2:] == "er" and words[last + 1].isalpha()
                and words[last + 1].islower() and caps[last + 2] and words[last + 2].isalpha()
                and "\n\n" not in text[tk.ends[last]:tk.starts[last + 2]]):
            last += 2  # its members in the genitive: … Landesverband landwirtschaftlicher
            # Darlehenskassenvereine, as a league's (_league_end: deutscher Konsumvereine)
        elif last + 2 < len(words) and folded[last + 1] == "zu" and caps[last + 2]:
            place = next((a for a in mentions if a.start == tk.starts[last + 2]
                          and a.value["type"] == "LOC"), None)
            if place is not None:  # Königliche Oberbergamt zu Dortmund: its seat
                last = bisect_left(tk.starts, place.end) - 1
        start, end = tk.starts[first], tk.ends[last]
        if any(a.start <= start and end <= a.end and (a.start, a.end) != (start, end)
               and a.value["type"] == "ORG" for a in mentions):
            continue  # inside a longer organisation's name
        if any(a.start < start < a.end or a.start < end < a.end for a in mentions):
            continue  # across another name's edge
        take_span(text, mentions, start, end, "ORG", method)


def _body_head(word: str) -> bool:
    """Whether ``word`` (folded) is a body's word or a compound ending in one, in the
    singular (``gewerkschaftsbund``, ``metallarbeiter-verband``'s last part); not a
    democrat (``-krat``) nor the Swiss state."""
    if word.endswith(("krat", "eidgenossenschaft")):
        return False
    return any(_DE_BODY_HEAD.fullmatch(word[i:]) for i in range(len(word) - 2))


_NOT_TOWN_BODIES = ("regierung", "jugend")  # a town's adjective before these names no body


def _town_adjective(tk: Tokens, k: int, gazetteer: Mapping[str, str]) -> bool:
    """Whether word ``k`` is a town's adjective (``Wiener``, ``Berliner``: a place the
    gazetteer knows and -er)."""
    word = tk.folded[k]
    return (len(word) > 5 and word.endswith("er") and tk.words[k].isalpha()
            and gazetteer.get(word[:-2]) in PLACE_TYPES)


def _name_adjective(tk: Tokens, k: int) -> bool:
    return tk.words[k].isalpha() and _DE_NAME_ADJECTIVE.search(tk.folded[k]) is not None


_PURPOSE = frozenset({"für", "gegen"})
_PURPOSE_LINKS = frozenset({"den", "die", "das", "dem", "der"})


def _purpose(text: str, tk: Tokens, last: int, both: bool = False) -> int:
    """The end of a body's name that goes on with its purpose: ``Verein für freies
    Christentum``, ``Ausschuß gegen den Atomtod`` (a lower-case article or adjective, then
    one noun; ``both``: a league's may have the two, ``Volksverein für das katholische
    Deutschland``, where a body's thanks ``für die großherzige Stiftung``)."""
    k, n = last + 1, len(tk.words)
    if k >= n or tk.words[k] not in _PURPOSE:
        return last
    k += 1
    linked = k < n and tk.words[k] in _PURPOSE_LINKS
    k += linked
    if (not linked or both) and k < n and tk.words[k].islower() \
            and tk.words[k].endswith(DE_INFLECTED):
        k += 1  # (``both``, a league's: Volksverein für das katholische Deutschland)
    if k < n and tk.caps[k] and tk.words[k].isalpha() and (
            k + 1 >= n or not tk.caps[k + 1] or "\n" in text[tk.ends[k]:tk.starts[k + 1]]):
        return k
    return last


def _region(tk: Tokens, last: int) -> int:
    """The end of a church's name that goes on with its region: ``Evangelische Kirche im
    Rheinland``, ``Evangelische Kirche in Hessen und Nassau``."""
    k, n = last + 1, len(tk.words)
    if k + 1 >= n or tk.words[k] not in ("in", "im") or not tk.caps[k + 1]:
        return last
    end = k + 1
    if end + 2 < n and tk.words[end + 1] == "und" and tk.caps[end + 2]:
        end += 2
    return end
