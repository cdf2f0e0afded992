"""French names by what stands around them: a person's style, an honorific, an article
and an office before the name (``M. le chef de bataillon Eugène Rivollet``, ``M. le curé
Currat``), a body and the place it serves (``Tribunal de simple police de Binche``), a
house with its capitalised kind (``Café du Jura``), as the archive's sets count them,
whatever the model read in their parts.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.gazetteers import name_key
from palimpsest.enrich.entities.lexicon import ORG_HEADS, TAIL_ARTICLES, TAIL_OF, TAIL_STOP
from palimpsest.enrich.entities.rules import rule_mention, take_span
from palimpsest.model import Annotation

_S = r"[^\S\n]+"
# a name's word: Currat, Jean-Louis, DuBois, Sainte-Rose, J.-Omer, J.-S.-H.
_NAME_WORD = r"(?:\p{Lu}\.(?:-\p{Lu}\.)*(?:-\p{Lu}\p{Ll}+)?|\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*)"
_NAME = (rf"{_NAME_WORD}(?:(?:{_S}(?:de|du|des|van|von|Le|La|Du){_S}|{_S}d['’]|"
         rf"{_S}){_NAME_WORD})*")
# what may follow an office's first word: an adjective of rank or seat (le conseiller
# général, le commissaire central, le médecin-major) or a complement in lower case (le chef
# de bataillon, le professeur d'agriculture); never a verb (M. le maire remercie Jean)
_OFFICE_MORE = (rf"(?:{_S}(?:générale?|centrale?|principale?|municipale?|adjointe?|"
                rf"honoraire|divisionnaire|départementale?|cantonale?|fédérale?|major)"
                rf"|{_S}de{_S}\p{{Ll}}+|{_S}d['’]\p{{Ll}}+)")
_STYLED = regex.compile(
    rf"(?<![\w.])(?:M\.|Mme|Mlle|Mgr|Monsieur|Madame|Mademoiselle)"
    rf"(?:{_S}(?:le|la){_S}|{_S}l['’])\p{{Ll}}+(?:-\p{{Ll}}+)*{_OFFICE_MORE}{{0,2}}"
    rf"{_S}(?P<name>{_NAME})(?![\w'’-])"
    rf"|(?<![\w.])(?:Mme|Madame){_S}veuve{_S}(?P<name>{_NAME})(?![\w'’-])")


def styled_names(text: str, mentions: list[Annotation], curated: str, method: str) -> None:
    """An honorific, an article and an office in lower case before a capitalised name
    (``M. le préfet Lestrade``, ``M. le chef de bataillon Eugène Rivollet``, ``Mme veuve
    Gustave Manès``): one person, style included, in place of what the model found there
    (the name alone, a place, nothing). Not over a curator's name. In place."""
    if "M" not in text:
        return
    for m in _STYLED.finditer(text):
        start, end = m.start(), m.end()
        if any(a.method == curated and a.start < end and start < a.end for a in mentions):
            continue
        if any(a.start == start and a.end == end and a.value["type"] == "PER"
               for a in mentions):
            continue
        take_span(text, mentions, start, end, "PER", method)


# what joins a French body to its seat or territory: de, du, de la, de l', d' (set 39 gives
# Missionnaires de Saint-François de Sales | d'Annecy, a congregation and its seat, apart:
# -0.007; sets 38, 54, 58, 62 +0.003 to +0.007), after lower-case words of its name
_OF_PLACE = regex.compile(
    r"(?P<tail>(?:[^\S\n]+(?:(?:de|des|du)[^\S\n]+|d['’])?\p{Ll}[\p{Ll}-]*){0,3})"
    r"[^\S\n]+(?:de[^\S\n]+la[^\S\n]+|de[^\S\n]+l['’]|du[^\S\n]+|de[^\S\n]+|des[^\S\n]+|d['’])")
_TAIL_WORD = regex.compile(r"(?:(?:de|des|du)[^\S\n]+|d['’])?(\p{Ll}[\p{Ll}-]*)")


def french_bodies_of_places(text: str, mentions: list[Annotation], method: str) -> None:
    """A French body's name and the place after ``de``, ``du``, ``de la`` are one
    organisation, the seat or territory it serves in its name: ``Tribunal de simple police
    de Binche``, ``Chambre de commerce de Saint-Louis``, ``Union centrale des syndicats des
    agriculteurs de France``, as ``Bureau de bienfaisance de Morlanwelz`` already was. In
    place of the two mentions."""
    for a in [a for a in mentions if a.value["type"] == "ORG"]:
        m = _OF_PLACE.match(text, a.end)
        if m is None or a not in mentions or not _name_tail(a, m.group("tail")):
            continue
        place = next((b for b in mentions if b.start == m.end() and b.value["type"] == "LOC"),
                     None)
        if place is not None and "\n" not in text[a.start:place.end]:
            take_span(text, mentions, a.start, place.end, "ORG", method)


def _name_tail(a: Annotation, tail: str) -> bool:
    """Whether the lower-case words between a body's mention and its place go on its name
    (``Tribunal de simple`` | ``police`` | ``de Binche``, ``Caisse régionale de Crédit`` |
    ``agricole mutuel`` | ``de Colmar``): none, or a body's name (:data:`ORG_HEADS`) before
    words that do not end a name (:data:`TAIL_STOP`: not ``BOEUS On`` | ``écrit`` | ``de
    Rotterdam``)."""
    return not tail or (fold(a.value["text"].split()[0]) in ORG_HEADS and _name_words(tail))


def _name_words(tail: str, connectors: frozenset[str] = frozenset()) -> bool:
    """Whether none of the lower-case words of ``tail`` but its ``connectors`` ends a name
    (:data:`TAIL_STOP`) or is an article or a connector of its own."""
    return all(w in connectors or (fold(w) not in TAIL_STOP
                                   and fold(w) not in TAIL_OF | TAIL_ARTICLES)
               for w in _TAIL_WORD.findall(tail))


# A French house named with its capitalised kind (Café du Jura, Hôtel des Trois-Rois,
# Brasserie de la Poste): a place with its kind, as the held-out sets count it
_FR_HOUSE = regex.compile(
    r"(?<![\w-])(?:Café|Hôtel|Brasserie|Auberge|Restaurant|Salle[^\S\n]+(?:communale|municipale))"
    r"[^\S\n]+"
    r"(?:du|des|de[^\S\n]+la|de[^\S\n]+l['’]|de)[^\S\n]*\p{Lu}[\p{L}'’-]+"
    r"(?:[^\S\n]+\p{Lu}[\p{L}'’-]+)?"
    r"(?:[^\S\n]+(?:de|du)[^\S\n]+\p{Lu}[\p{L}'’-]+"  # Hôtel de Ville de Paris
    r"|[^\S\n]+d['’]\p{Lu}\p{Ll}+)?")  # Auberge du Lion d'Or


def french_houses(text: str, mentions: list[Annotation], method: str) -> None:
    """A café, a hotel, an inn named with its capitalised kind (``Café du Jura``, ``Hôtel
    des Trois-Rois``) is a place, kind and all, whatever the model made of the name. In
    place of the mentions inside it."""
    for m in _FR_HOUSE.finditer(text):
        take_span(text, mentions, m.start(), m.end(), "LOC", method)


# a town's choirs and bands (Cécilienne de Treyvaux, Chœur mixte de Corpataux, Fanfare de
# Villelaure): the sets' bodies, sets 71-126
_SOCIETY_WORDS = frozenset({"cecilienne", "chœur", "chorale", "fanfare", "harmonie", "orpheon"})
# a body's capitalised word that its name may open with, before lower-case words and its
# place: Université de Sherbrooke, Comice agricole de Boufarik, École d'infirmières de
# Port-au-Prince; not a territory's (Ville, Département, Commune: the place alone)
_BODY_WORDS = ((ORG_HEADS | {"comice", "seminaire", "ecole", "oeuvre", "service", "amicale",
                            "lycee", "direction"} | _SOCIETY_WORDS)
               - {"ville", "departement", "commune"})
_BODY_WORD = regex.compile(r"(?<![\w-])\p{Lu}\p{Ll}+(?![\w'’-])")  # (l'Université)


def bodies_to_places(text: str, mentions: list[Annotation], curated: str, method: str) -> None:
    """A body's capitalised word no mention took, the lower-case words of its name and the
    place it serves (a place mention after ``de``, ``du``, ``de la``, ``de l'``) are one
    organisation: ``Université de Sherbrooke``, ``Comice agricole de Boufarik``, where the
    model found the place alone. In place of the place's mention."""
    for k, a in enumerate(mentions):  # the model's Cécilienne de Rossens, a place
        words = a.value["text"].split(None, 1)
        if (a.value["type"] != "ORG" and a.method != curated and len(words) == 2
                and fold(words[0]) in _SOCIETY_WORDS and words[1][:1] in "dD"):
            mentions[k] = rule_mention(text, a.start, a.end, "ORG", method)
    for m in _BODY_WORD.finditer(text):
        if fold(m.group()) not in _BODY_WORDS:
            continue
        of = _OF_PLACE.match(text, m.end())
        if of is None:
            continue
        place = next((b for b in mentions if b.start == of.end()), None)
        if (place is None or place.value["type"] != "LOC" or place.method == curated
                or "\n" in text[m.start():place.end]
                or any(b.start < of.end() and m.start() < b.end for b in mentions)
                or not _name_words(of.group("tail"))):
            continue
        take_span(text, mentions, m.start(), place.end, "ORG", method)


# a ministry by its remit, in one or two parts: Ministère de l'Industrie et du Travail,
# Ministère des Travaux publics, Ministerio de Industria y Comercio
_REMIT_ADJECTIVE = (rf"(?:{_S}(?:publics|publiques|public|publique|social|sociale|sociales"
                    rf"|étrangères|coloniales|nationale|Pública|Públicas|Público|Públicos|Exteriores|Social"
                    rf"|Nacional))?")
_REMIT = (rf"(?:de{_S}la{_S}|de{_S}l['’]|du{_S}|des{_S}|de{_S})\p{{Lu}}\p{{Ll}}+"
          rf"{_REMIT_ADJECTIVE}")
_MINISTRY = regex.compile(
    rf"(?<![\w-])(?:Ministère|Ministerio){_S}{_REMIT}"
    rf"(?:{_S}(?:et|y){_S}(?:{_REMIT}|\p{{Lu}}\p{{Ll}}+{_REMIT_ADJECTIVE}))?(?![\w'’-])")


def ministries(text: str, mentions: list[Annotation], curated: str, method: str) -> None:
    """A ministry by its remit is one organisation (``Ministère de l'Industrie et du
    Travail``, ``Ministerio de Industria y Comercio``), in place of what the model made of
    its parts (a place ``Ministère de l'Industrie``, nothing). Not over a curator's name.
    In place."""
    if "Minist" not in text:
        return
    for m in _MINISTRY.finditer(text):
        if not any(a.method == curated and a.start < m.end() and m.start() < a.end
                   for a in mentions):
            take_span(text, mentions, m.start(), m.end(), "ORG", method)


# what goes on a French body's name after the model's cut: an adjective (Fédération des
# caisses | rurales), a second complement (Caisse générale d'épargne | et de retraite,
# Fédération nationale des ports | et docks), a purpose (Ligue internationale des femmes |
# pour la paix et la liberté, Association suisse | pour la Société des Nations)
_LOWER = r"\p{Ll}[\p{Ll}-]*\p{Ll}"
_ADJECTIVE_END = (r"(?:ale|ales|aux|al|ique|iques|ien|ienne|iens|iennes|ois|oise|oises|aire"
                  r"|aires|el|elle|els|elles|if|ive|ifs|ives|ée|ées|és|é|ain|aine|ains|aines"
                  r"|ard|arde|eur|euse|iste|istes|ant|ante|ants|antes|iers|ières|ier|ière)")
_BODY_TAIL = regex.compile(
    rf"(?:{_S}\p{{Ll}}+{_ADJECTIVE_END}(?![\w'’-]))?"
    rf"(?:{_S}et{_S}(?:(?:de{_S}|du{_S}|des{_S}|d['’])?{_LOWER})"
    rf"(?:{_S}\p{{Ll}}+{_ADJECTIVE_END}(?![\w'’-]))?)?"
    rf"(?:{_S}pour{_S}(?:la{_S}|le{_S}|les{_S}|l['’])"
    rf"(?:\p{{Lu}}[\p{{L}}-]*(?:{_S}(?:des|de|du){_S}\p{{Lu}}[\p{{L}}-]*)?|{_LOWER}"
    rf"(?:{_S}\p{{Ll}}+{_ADJECTIVE_END}(?![\w'’-]))?"
    rf"(?:{_S}et{_S}(?:la{_S}|le{_S}|l['’]){_LOWER})?))?"
    rf"(?:{_S}(?:de{_S}la{_S}|de{_S}l['’]|du{_S}|des{_S}|de{_S}|d['’])\p{{Lu}}[\p{{L}}'’-]*\p{{L}})?")
_CONNECTORS = frozenset({"et", "pour", "de", "du", "des", "la", "le", "les", "d", "l"})
_AFTER_TAIL = regex.compile(rf"[^\S\n]*(?:[,.;:)»\n]|$)|{_S}(?P<word>[\p{{L}}'’]+)")


def french_body_tails(text: str, mentions: list[Annotation]) -> None:
    """A French body's mention, led by a body's word (:data:`ORG_HEADS`), goes on with the
    lower-case words of its name the model cut off (:data:`_BODY_TAIL`), after a common
    noun of its name, when they end at a stop or before a word that ends a name (a verb, a
    pronoun: :data:`TAIL_STOP`): ``la
    Caisse générale d'épargne et de retraite``, ``l'Union mondiale de la femme pour la
    concorde internationale``. The mentions inside go. In place."""
    for a in [a for a in mentions if a.value["type"] == "ORG"]:
        words = a.value["text"].split()
        if (a not in mentions or fold(words[0]).split("'")[-1] not in _BODY_WORDS
                or not words[-1].islower()):
            continue  # (after a name the words are the sentence's: … de Montréal | appelle)
        m = _BODY_TAIL.match(text, a.end)
        if m is None or m.end() == a.end or not _name_words(m.group(), _CONNECTORS):
            continue
        after = _AFTER_TAIL.match(text, m.end())
        if after is None or (after.group("word") is not None
                             and fold(after.group("word")) not in TAIL_STOP):
            continue
        end = m.end()
        mentions[:] = [b for b in mentions if b is a or not (a.end <= b.start < end)]
        a.end = end
        a.value = {**a.value, "text": text[a.start:end]}


# a surname's capitalised particle after a given name (Yves-Marie | Le Goaziou, Désiré |
# Van Hove), and a firm's founder before his sons (Casimir | Jaquet & fils, maison | Le
# Borgne et fils)
_PARTICLE_SURNAME = regex.compile(
    r"[^\S\n]+(?:Le|La|Van(?:[^\S\n]+(?:der|den))?|Van[^\S\n]+De|De|Du|Des)[^\S\n]+\p{Lu}\p{Ll}[\p{L}'’-]*"
    r"(?![\w'’-])")
_FOUNDER_BEFORE = regex.compile(
    r"(?:(?<=\p{Ll}[^\S\n]+)(?:Le|La|Van|De)|(?<![\w-])(?!(?:Le|La|Van|De)[^\S\n])"
    r"(?P<given>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))[^\S\n]+$")
_SONS = regex.compile(r"[^\S\n](?:et|&)[^\S\n]+(?:fils|Fils|frères|Frères|Cie\.?)$")


def particle_surnames(text: str, mentions: list[Annotation], given: frozenset[str],
                      gazetteer: Mapping[str, str]) -> None:
    """A person's mention of one name (a given name, an honorific before it allowed) takes
    the particle and surname after it (``Yves-Marie Le Goaziou``, ``M. Désiré Van Hove``),
    which the model read apart, unless they name a place the gazetteer knows (``Le
    Havre``); a firm of a man and his sons takes his given name or the particle before it
    (``Casimir Jaquet & fils``, ``maison Le Borgne et fils``). In place."""
    for a in list(mentions):
        if a not in mentions:
            continue
        t = a.value["text"]
        if a.value["type"] == "PER" and _one_name(t):
            m = _PARTICLE_SURNAME.match(text, a.end)
            if (m is not None and not any(b.start < m.end() < b.end for b in mentions)
                    and name_key(m.group()) not in gazetteer):
                take_span(text, mentions, a.start, m.end(), "PER", a.method)
        elif a.value["type"] == "ORG" and _SONS.search(t) and " " in t.strip():
            f = _FOUNDER_BEFORE.search(text, max(0, a.start - 30), a.start)
            if f is not None and (f.group("given") is None or fold(f.group("given")) in given
                                  or fold(f.group("given")) in _GIVEN_WORDS) \
                    and not any(b.end > f.start() and b.start < f.start() for b in mentions):
                take_span(text, mentions, f.start(), a.end, "ORG", a.method)


_HONORIFIC_WORDS = frozenset({"m", "mme", "mlle", "mgr", "dr", "me"})
# French given names that are also words, so not in the given names' list
_GIVEN_WORDS = frozenset({"casimir", "desire", "aime", "constant", "prosper", "modeste",
                          "fidele", "clement", "felicite", "honore", "juste", "victoire"})


def _one_name(text: str) -> bool:
    words = [w for w in text.replace(".", " ").split() if fold(w) not in _HONORIFIC_WORDS]
    return len(words) == 1 and words[0][:1].isupper() and not words[0].isupper()
