"""Passes that tell a name from a word or a kind: a person's mention that is a body
(``Mesa Representativa de la C.N.T.``, ``Yorkshire Area``), bodies in the plural
(``Affiliated Organisations``), a common word that opens a sentence (``Concerts``), a
word printed with the long s (``Parifh``), a people in the plural (``Americans``); and
a name the gazetteer knows longer than the mention (``Front de libération nationale``).

Each takes the text's mentions and mends them in place, after the model and the label
rules chose them (as :mod:`.rules_text`'s passes do).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import replace
from itertools import compress
from operator import gt

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.gazetteers import BIG_PLACES, PLACE_TYPES, name_key, phrase_heads
from palimpsest.enrich.entities.lexicon import (
    ES_PEOPLE_OF,
    ES_PLACE_ONLY_OF,
    ORG_HEADS,
    ORG_WORDS,
    POLICE_RANKS,
    TITLES,
)
from palimpsest.enrich.entities.rules import add_in_order, inside, rule_mention
from palimpsest.enrich.entities.rules_text import SURE_NAME
from palimpsest.enrich.entities.tokens import Tokens, folded
from palimpsest.model import Annotation

# bodies in the plural: a kind of body, no body's name (Local Groups and Affiliated
# Organisations, Trade Unions); a name has them after "of" (Federation of Trade Unions)
_PLURAL_BODIES = frozenset([
    "organisations", "organizations", "groups", "unions", "committees", "societies",
    "associations", "federations", "branches", "parties", "councils"])
_OF = frozenset(["of", "de", "del", "des", "du", "der", "von"])


def plural_bodies(mentions: list[Annotation], curated: str) -> None:
    """Drop the mentions that end in a word for bodies in the plural and hold no ``of``
    (:data:`_PLURAL_BODIES`): ``Local Groups and Affiliated Organisations`` is a kind of
    body, not one. A curator's (method ``curated``) stay. In place."""
    def kind(a: Annotation) -> bool:
        text = a.value["text"]
        if a.method == curated or text[-1:] != "s":
            return False
        words = text.lower().split()
        return len(words) > 1 and words[-1] in _PLURAL_BODIES and _OF.isdisjoint(words)
    mentions[:] = [a for a in mentions if not kind(a)]


# A body's organ named by its kind alone, which a text says of the body it speaks for
# (el Comité de Huelga, la Junta Directiva, le Comité central, el Consejo Federal): no
# name, by the archive's samples' convention (folded words)
_ORGAN_HEADS = frozenset({"comite", "consejo", "junta", "mesa", "secretariado", "comision",
                          "directorio", "conseil", "bureau", "commission"})
_ORGAN_WORDS = frozenset({"central", "ejecutivo", "ejecutiva", "federal", "directiva",
                          "directivo", "provincial", "representativa", "local", "permanente",
                          "directeur", "executif", "confederal", "de", "d'",
                          "huelga", "greve", "administracion", "administration", "gobierno",
                          "lucha", "general", "accionistas"})
# (not Junta: la Junta is the Junta de Andalucía, a name, in AnCora and CoNLL-2002: −0.0003,
# −0.0013)
_GENERIC_BODIES = frozenset({"sociedad", "cooperativa", "asociacion", "entidad", "institucion",
                             "compania", "consejo", "alcaldia", "directorio", "gremio"})


def organ_names(mentions: list[Annotation], curated: str) -> None:
    """Drop the organisations named by an organ's kind alone (:data:`_ORGAN_HEADS` and
    :data:`_ORGAN_WORDS`: ``Comité de Huelga``, ``Junta Directiva``, ``Consejo Federal``,
    ``Comité central``) or by a body's kind in one word (``la Sociedad``:
    :data:`_GENERIC_BODIES`): the samples count them as no name, a generic word for the
    body the text speaks for. A curator's stay. In place."""
    def organ(a: Annotation) -> bool:
        if a.value["type"] != "ORG" or a.method == curated:
            return False
        words = [fold(w) for w in a.value["text"].replace("'", "' ").split()]
        if len(words) == 1 and words[0] in _GENERIC_BODIES:
            return True  # la Sociedad: the body the text is about, by its kind
        return (len(words) >= 2 and words[0] in _ORGAN_HEADS
                and all(w in _ORGAN_WORDS for w in words[1:]))
    mentions[:] = [a for a in mentions if not organ(a)]


# the last word of a body's local unit: Yorkshire Area, Bristol Branch, Lodge
_UNIT_ENDS = frozenset(["area", "branch", "district", "lodge", "chapel"])


def bodies_not_persons(mentions: list[Annotation], given: frozenset[str], curated: str) -> None:
    """A person's mention of two words or more that opens with a word for a body
    (:data:`~.lexicon.ORG_HEADS`: ``Mesa Representativa de la C.N.T.``, ``Comité
    Central``) and no given name, or that ends with a word for a body's local unit
    (``Yorkshire Area``), or with a word for a body and opens with no given name or title
    (``Relief Fund`` in ``Margaret Dunne, Relief Fund Secretary``; not ``Frederic
    Church``), is the body's. A curator's (method ``curated``) stay. In place."""
    for k, a in enumerate(mentions):
        if a.value["type"] != "PER" or a.method == curated or " " not in a.value["text"]:
            continue
        first, _, rest = a.value["text"].partition(" ")
        head, end = folded(first), folded(rest.rsplit(None, 1)[-1])
        if folded(rest.split(None, 1)[0]).rstrip(".") in POLICE_RANKS:
            continue  # Police Constable W. Hall: the force's rank, a person
        if (head in ORG_HEADS and head not in given) or end in _UNIT_ENDS or (
                end in ORG_WORDS and head not in given and head.rstrip(".") not in TITLES):
            mentions[k] = replace(a, value={**a.value, "type": "ORG"})


def body_kinds_alone(mentions: list[Annotation], curated: str) -> None:
    """Drop a one-word mention that is a word for a body's kind alone (``la Agencia``, ``la
    Policía``, ``the Society``: :data:`~.lexicon.ORG_HEADS`): a back-reference to a body
    named before, or a common noun. A state's own bodies stay (``el Gobierno``, ``el
    Congreso``, ``the Army``: the one of its kind, which AnCora and the sets count), as do
    short capitals (``CGT``: an acronym) and a curator's. In place."""
    def kind_alone(a: Annotation) -> bool:
        text = a.value["text"]
        f = folded(text)
        return (a.method != curated and " " not in text and f in ORG_HEADS
                and f not in _STATE_BODIES and not (text.isupper() and len(text) <= 4))
    mentions[:] = [a for a in mentions if not kind_alone(a)]


# the bodies a state has one of, named alone by their kind (el Gobierno, the Senate)
_STATE_BODIES = frozenset({
    "gobierno", "government", "gouvernement", "regierung", "congreso", "congress", "congres",
    "kongress", "senado", "senate", "ejercito", "army", "armee", "navy", "parliament",
    "reichstag", "bundestag", "landtag", "vicaria"})


OPENING_WORD_ZIPF = 3  # a word this common opening a sentence is more likely the word


def opening_words(
    text: str, tk: Tokens, mentions: list[Annotation], method: str,
    common: Mapping[str, int], given: frozenset[str], gazetteer: Mapping[str, str],
) -> None:
    """Drop a person the model made of one word that opens a sentence or a line and is a
    word of the language (Zipf ≥ :data:`OPENING_WORD_ZIPF`: ``Concerts``, ``Leaflets``,
    ``Rejoignez``), no given name and no name the gazetteer knows: there its capital
    says nothing. In place."""
    starts = tk.starts
    def plain(a: Annotation) -> bool:
        if a.value["type"] != "PER" or a.method != method or " " in a.value["text"]:
            return False
        k = bisect_left(starts, a.start)
        if k >= len(starts) or starts[k] != a.start or tk.ends[k] != a.end:
            return False
        f = tk.folded[k]
        if common.get(f, 0) < OPENING_WORD_ZIPF or f in given or f in gazetteer:
            return False
        return k == 0 or tk.words[k - 1] in ".!?:;" or "\n" in text[tk.ends[k - 1]:a.start]
    mentions[:] = [a for a in mentions if not plain(a)]


def _long_s(word: str) -> str:
    """``word`` with each ``f`` after its first letter read as the long s the OCR took
    for it (``Congrefs`` → ``congress``, ``Parifh`` → ``parish``): folded."""
    return word[0] + word[1:].replace("f", "s") if "f" in word[1:] else word


def long_s_words(
    mentions: list[Annotation], method: str, common: Mapping[str, int], given: frozenset[str],
    gazetteer: Mapping[str, str],
) -> None:
    """Drop a one-word mention the model made of a common word printed with the long s
    and read as ``f`` (``Parifh``, ``Publifhed``, ``Englifh``): a word, not a name
    (Zipf ≥ 3 once read with an s, and no word read as it stands); a name so read stays
    (``Ruffia``: Russia). In place."""
    def word(a: Annotation) -> bool:
        text = a.value["text"]
        if a.method != method or "f" not in text[1:] or " " in text:
            return False
        f = folded(text)
        s = _long_s(f)
        return (s != f and common.get(s, 0) >= 3 and common.get(f, 0) == 0
                and s not in given and s not in gazetteer)
    mentions[:] = [a for a in mentions if not word(a)]


_DEMONYM_ENDS = ("ans", "ains", "iens", "aines", "iennes")  # Americans, Prussiens, Italiennes

# A body's organ named by its kind alone, no body's name: HIPE-2020 French leaves them
# unmarked (Assemblée générale, Conseil général: 5 times in its dev set), and so do the
# held-out sets (Conseil d'administration), except set 5's one Conseil général
_FR_ORGANS = frozenset({"conseil d'administration", "conseil d’administration",
                        "assemblee generale", "assemblee generale ordinaire",
                        "assemblee generale extraordinaire", "conseil general",
                        "conseil municipal", "conseil communal", "comite directeur",
                        "commission administrative"})


def french_organs(mentions: list[Annotation], curated: str) -> None:
    """Drop the organisations that are a body's organ named by its kind alone
    (:data:`_FR_ORGANS`: ``Conseil d'administration``, ``ASSEMBLÉE GÉNÉRALE``). In place."""
    mentions[:] = [a for a in mentions if a.method == curated or a.value["type"] != "ORG"
                   or " ".join(folded(a.value["text"]).split()) not in _FR_ORGANS]


# "de" and a one-word name after a person or a list of places: where the person is from
# (M. Jean-Louis Cherpillod, de Chesalles, pour; de Wasmes et de Hornu)
_ORIGIN_AFTER_NAME = re.compile(r",[^\S\n]+de[^\S\n]+$")
_ORIGIN_IN_LIST = re.compile(r"(?:,|[^\S\n]+(?:et|y))[^\S\n]+de[^\S\n]+")


def origins(text: str, mentions: list[Annotation], curated: str) -> None:
    """A one-word person's name after ``, de`` that follows a person's or a body's name
    (``M. Jean-Louis Cherpillod, de Chesalles,``), or after ``et de`` that follows a place
    with its ``de`` (``de Wasmes et de Hornu``), is the place they are from: French and
    Spanish write origins so, and the model reads ``de`` as a name's particle. In
    place."""
    for k in range(1, len(mentions)):
        a, before = mentions[k], mentions[k - 1]
        if (a.value["type"] != "PER" or a.method == curated or " " in a.value["text"]
                or not a.value["text"][:1].isupper()):
            continue
        gap = text[before.end:a.start]
        if ((before.value["type"] in ("PER", "ORG") and _ORIGIN_AFTER_NAME.fullmatch(gap))
                or (before.value["type"] == "LOC" and _ORIGIN_IN_LIST.fullmatch(gap)
                    and text[max(0, before.start - 3):before.start] in ("de ", " à "))):
            mentions[k] = replace(a, value={**a.value, "type": "LOC"})


# A pronoun or a particle elided before a lower-case word: J'ai, C'est, N'importe, S'il
_ELIDED_WORD = re.compile(r"[JCNSMTQ]u?['’][a-zàâäéèêëîïôöùûüç]+")


def elided_words(mentions: list[Annotation], curated: str) -> None:
    """No name is a French word with its elided pronoun or particle (``J'ai``, ``C'est``,
    ``Qu'il``), which the model may take for one at a sentence's start. In place."""
    mentions[:] = [a for a in mentions
                   if a.method == curated or not _ELIDED_WORD.fullmatch(a.value["text"])]


def demonyms(mentions: list[Annotation], method: str, common: Mapping[str, int]) -> None:
    """Drop a one-word mention the model made of a people's name in the plural
    (``Americans``, ``Europeans``, ``Prussiens``: its singular a word of the language,
    Zipf ≥ 3): an adjective's plural, not a place, a body or a person; so is one of a
    nation in one word (``Scotchman``, ``Englishmen``). In place."""
    def plural(a: Annotation) -> bool:
        text = a.value["text"]
        if a.method != method or text[-1:] != "s" or " " in text:
            return False
        f = folded(text)
        return f.endswith(_DEMONYM_ENDS) and common.get(f[:-1], 0) >= 3
    mentions[:] = [a for a in mentions if not plural(a) and not _national(a, method)]


# One of a nation, in one word (a Scotchman, the Englishmen, a Frenchwoman): no name
_NATIONAL = re.compile(r"(?:english|scotch|scots|irish|welsh|cornish|french|dutch|china|norse"
                       r"|manx)(?:man|men|woman|women)")


def _national(a: Annotation, method: str) -> bool:
    return a.method == method and _NATIONAL.fullmatch(folded(a.value["text"])) is not None


def known_tails(text: str, tk: Tokens, mentions: list[Annotation],
                gazetteer: Mapping[str, str]) -> None:
    """A mention the gazetteer knows longer, by one or two lower-case words after it, goes
    on to them (``Front de libération`` + ``nationale``, ``Comité national d'action`` +
    ``laïque``): the name as the chronology or a curator has it. In place."""
    starts, n = tk.starts, len(tk.words)
    for k, a in enumerate(mentions):
        last = bisect_left(starts, a.end) - 1
        if last < 0 or tk.ends[last] != a.end:
            continue
        key = " ".join(f for f in tk.folded[bisect_left(starts, a.start):last + 1] if f != ".")
        for more in (1, 2):
            j = last + more
            if j >= n or not tk.words[j].isalpha() or tk.caps[j] or "\n" in text[
                    tk.ends[j - 1]:tk.starts[j]]:
                break
            key = f"{key} {tk.folded[j]}"
            if gazetteer.get(key) in ("ORG", "LOC", "PER"):
                end = tk.ends[j]
                mentions[k] = replace(a, end=end, value={**a.value, "text": text[a.start:end]})
                break


_PLACE_PARTICLES = frozenset({"am", "an", "ob", "im", "in", "bei", "upon", "on", "sur",
                              "en", "de", "del", "der"})


def place_particle_tails(text: str, tk: Tokens, mentions: list[Annotation],
                         gazetteer: Mapping[str, str]) -> None:
    """A place that the gazetteer knows longer by a particle and a name after it goes on
    to them: ``Frankfurt`` + ``am Main``, ``Halle an der Saale``, ``Stratford upon
    Avon``. In place."""
    starts, n = tk.starts, len(tk.words)
    for k, a in enumerate(mentions):
        if a.value["type"] != "LOC":
            continue
        last = bisect_left(starts, a.end) - 1
        if last < 0 or tk.ends[last] != a.end or last + 2 >= n or (
                tk.folded[last + 1] not in _PLACE_PARTICLES):
            continue
        j = last + 2 if tk.caps[last + 2] else last + 3  # an der Saale
        if j >= n or not tk.caps[j] or "\n" in text[a.end:tk.starts[j]]:
            continue
        first = bisect_left(starts, a.start)
        key = " ".join(f for f in tk.folded[first:j + 1] if f != ".")
        if gazetteer.get(key) in PLACE_TYPES and not any(
                b.start < tk.ends[j] and b.end > a.end for b in mentions[k + 1:k + 2]):
            mentions[k] = replace(a, end=tk.ends[j], value={**a.value,
                                                            "text": text[a.start:tk.ends[j]]})


def known_phrases(text: str, tk: Tokens, mentions: list[Annotation], method: str,
                  gazetteer: Mapping[str, str]) -> None:
    """A capitalised word and one or two lower-case words after it that the gazetteer
    knows as one organisation or place, where no mention is (``Secours populaire``): its
    first word, a common one, was no candidate alone, so :func:`known_tails` had nothing
    to extend. In place, in text order."""
    words, folded, caps, n = tk.words, tk.folded, tk.caps, len(tk.words)
    taken: list[tuple[int, int]] | None = None
    added = []
    heads = phrase_heads()
    for k in compress(range(n - 1), map(gt, caps, caps[1:])):  # a capital, then none
        if folded[k] not in heads:
            continue
        for j in (k + 2, k + 1):
            if j >= n:
                continue
            typ = gazetteer.get(" ".join(folded[k:j + 1]))
            if typ not in ("ORG", "LOC") or not all(
                    words[i].isalpha() and not caps[i] for i in range(k + 1, j + 1)):
                continue
            s, e = tk.starts[k], tk.ends[j]
            if "\n" in text[s:e] or (j + 1 < n and words[j + 1] == "-") or (
                    k and caps[k - 1] and words[k - 1].isalpha()):
                break
            if taken is None:
                taken = sorted((a.start, a.end) for a in mentions)
            if not inside(taken, s, tk.ends[k]) and not inside(taken, tk.starts[j], e):
                added.append(rule_mention(text, s, e, typ, method))
            break
    add_in_order(mentions, added)


_ARTICLES = frozenset({"la", "le", "les", "los", "las", "el", "den", "the"})


def article_places(text: str, tk: Tokens, mentions: list[Annotation], method: str,
                   gazetteer: Mapping[str, str], smaller: bool = False) -> None:
    """A place whose name opens with its article (``La Paz``, ``Le Havre``, ``Los
    Angeles``, ``Den Haag``), the article capitalised, is the place whole: after a comma
    or at a line's start the article was read apart and the name alone was no place
    (``Casilla 5480, La Paz``). A larger place always; a smaller one (``La Louvière``,
    ``La Chaux-de-Fonds``) only where the name after the article was found a place
    already (not ``La Unión``, "the union"), with ``smaller`` (French and Spanish, whose
    towns' names open with an article). In place, in text order."""
    folded, caps, n = tk.folded, tk.caps, len(tk.words)
    added = []
    for k in compress(range(n - 1), map(_ARTICLES.__contains__, folded)):
        if not caps[k] or not caps[k + 1] or "\n" in text[tk.ends[k]:tk.starts[k + 1]]:
            continue
        s = tk.starts[k]
        inner = [a for a in mentions if a.start < tk.ends[k + 1] and s < a.end]
        name = inner[0] if len(inner) == 1 and inner[0].start == tk.starts[k + 1] else None
        if smaller and name is not None and name.value["type"] == "LOC":  # named with it
            last = bisect_left(tk.starts, name.end)
            if gazetteer.get(" ".join(folded[k:last])) in PLACE_TYPES:
                mentions[mentions.index(name)] = replace(
                    name, start=s, value={"type": "LOC", "text": text[s:name.end]})
                continue
        if gazetteer.get(f"{folded[k]} {folded[k + 1]}") not in BIG_PLACES:  # not La Unión
            continue
        e = tk.ends[k + 1]
        if not inner:
            added.append(rule_mention(text, s, e, "LOC", method))
        elif name is not None and name.end == e:  # the name alone, without its article
            mentions[mentions.index(name)] = replace(name, start=s, value={"type": "LOC",
                                                                           "text": text[s:e]})
    add_in_order(mentions, added)


_WORD_DE = re.compile(r"(\w+)\s+(?:de|del)\s+$")  # "vecinos de " before a name


def places_of_people(text: str, mentions: list[Annotation], method: str,
                     gazetteer: Mapping[str, str]) -> None:
    """A place for a person the model found whose name the gazetteer knows as a place,
    after a Spanish word for a place's people, workers or bodies and ``de``
    (:data:`~.lexicon.ES_PEOPLE_OF`: ``los vecinos de Montoro``, ``la asamblea comarcal de
    Andújar``, ``las madres de Palomeras Bajas``); and any one-word "person" the gazetteer
    does not know after a word only a place follows (:data:`~.lexicon.ES_PLACE_ONLY_OF`:
    ``natural de Trujillo``, ``las minas de Miribilla``). Spanish, whose people bear places' names
    (``el gobierno de Aznar``): the word before ``de`` says which. In place."""
    for k, a in enumerate(mentions):
        if a.method != method or a.value["type"] != "PER":
            continue
        m = _WORD_DE.search(text, max(0, a.start - 40), a.start)
        if m is None:
            continue
        word = m.group(1).lower()
        if gazetteer.get(name_key(a.value["text"])) not in PLACE_TYPES and not (
                word in ES_PLACE_ONLY_OF and " " not in a.value["text"]
                and name_key(a.value["text"]) not in gazetteer):
            continue
        if word in ES_PEOPLE_OF or word in ES_PLACE_ONLY_OF:
            mentions[k] = replace(a, value={**a.value, "type": "LOC"})



_COMPASS_BOUND = re.compile(
    r"(?<!\w)al\s+(?:Norte|Sur|Este|Oeste|Poniente|Levante|Mediodía|Oriente)$")


def compass_bounds(text: str, mentions: list[Annotation], curated: str) -> None:
    """A compass point after ``al`` is a direction, no place: a deed's bounds (``linda al
    Norte con …, al Sur con …``). Spanish; AnCora and CoNLL-2002 have the points only in
    names (``Corea del Sur``, ``Carolina del Norte``). A curator's stay. In place."""
    mentions[:] = [a for a in mentions
                   if a.method == curated or a.value["type"] != "LOC"
                   or not _COMPASS_BOUND.search(text, max(0, a.start - 4), a.end)]


def places_after_a(tk: Tokens, mentions: list[Annotation], method: str,
                   given: frozenset[str]) -> None:
    """French: a one-word "person" right after ``à`` (``instituteur à Soulan``, ``à
    Massat``), no given name and found unsurely, is a place (a person there has his title
    or his given name: ``à M. Galy``); so is the same word alone elsewhere in the text,
    as unsure (``l'école de Massat``). In place."""
    starts = tk.starts
    places: set[str] = set()
    for a in mentions:
        if (a.method != method or a.value["type"] != "PER" or " " in a.value["text"]
                or a.confidence >= SURE_NAME):
            continue
        k = bisect_left(starts, a.start)
        if k > 0 and tk.words[k - 1] in ("à", "À") and tk.folded[k] not in given:
            places.add(tk.folded[k])
    if not places:
        return
    for a in mentions:
        if (a.method == method and a.value["type"] == "PER" and " " not in a.value["text"]
                and a.confidence < SURE_NAME
                and tk.folded[bisect_left(starts, a.start)] in places):
            a.value = {**a.value, "type": "LOC"}


# what makes a line one of accounts or prices: a leader of dots before an amount
# (Socorros por enfermedad ...... 900,00), or a price in its currency (Märzenbier das
# Hektoliter 28 Mk.)
_PRICE = re.compile(r"\d[\d.,]*[ \t]*(?:Mk|M|Fr|Frs|francs|pesos|pesetas|ptas|Kr|fl|Pf|Pfg)\b")
_LEADERS = ("....", "……")  # and on to the last dot


def _amounts(text: str) -> list[tuple[int, int]]:
    """Where each leader of dots (``.{4,}``, ``…{2,}``) and each price is, in order and
    not overlapping, as one pattern of the three would find them; the leaders found by
    ``str.find``, which is some ten times quicker over text full of stops."""
    found = [(m.start(), m.end()) for m in _PRICE.finditer(text)]
    for leader in _LEADERS:
        k = text.find(leader)
        while k >= 0:
            end = k + len(leader)
            while text.startswith(leader[0], end):
                end += 1
            found.append((k, end))
            k = text.find(leader, end)
    found.sort()
    out: list[tuple[int, int]] = []
    for s, e in found:  # a price may hold a leader (12.....Mk)
        if not out or s >= out[-1][1]:
            out.append((s, e))
    return out
_ITEM_LINE = 120  # characters: a longer line is running text (a paper's run-on column)
_FIRST_WORD = re.compile(r"[ \t]*(\w+)")


def _item_starts(text: str) -> set[int]:
    """Where the first word of each line of accounts or prices starts."""
    out: set[int] = set()
    seen: set[int] = set()  # the lines looked at
    for start, end in _amounts(text):
        lo = text.rfind("\n", 0, start) + 1
        dots = text[start] in ".…"
        hi = text.find("\n", end) if dots else end
        hi = len(text) if hi < 0 else hi
        if lo in seen or hi - lo > _ITEM_LINE:
            continue
        seen.add(lo)
        if dots and not text[lo:hi].rstrip()[-1:].isdigit():
            continue  # a leader of dots goes on to an amount at the line's end
        first = _FIRST_WORD.match(text, lo)
        if first is not None:
            out.add(first.start(1))
    return out


def account_items(text: str, mentions: list[Annotation], method: str,
                  common: Mapping[str, int], german: bool = False) -> None:
    """Drop a one-word mention opening a line of accounts or prices that is a word of the
    language, in the plural too, or (``german``) a compound of one (``Socorros por
    enfermedad ...... 900,00``, ``Impresos y sellos ……``, ``Märzenbier das Hektoliter 28
    Mk.``): an item, not a name. In place."""
    items = _item_starts(text)
    if not items:
        return

    def item(a: Annotation) -> bool:
        if a.method != method or a.start not in items or " " in a.value["text"]:
            return False
        f = folded(a.value["text"])
        if any(common.get(w, 0) >= 3 for w in (f, f[:-1], f[:-2]) if len(w) >= 4):
            return True
        return german and any(common.get(f[i:], 0) >= 4 for i in range(3, len(f) - 3))
    mentions[:] = [a for a in mentions if not item(a)]


# the last words of Spanish places' names (Lota Alto, Sabana Grande); not Blanco, a
# surname as often (Carrero Blanco)
_ES_PLACE_LAST = frozenset({"alto", "alta", "bajo", "baja", "grande", "chico", "chica",
                            "nuevo", "nueva", "viejo", "vieja", "hondo", "honda", "arriba",
                            "abajo"})


def spanish_place_ends(mentions: list[Annotation], method: str,
                       given: frozenset[str]) -> None:
    """Spanish: a name of two or three words the model took for a person whose last word
    says where or what the place is (``Lota Alto``, ``Sabana Grande``: :data:`_ES_PLACE_LAST`)
    and whose first is no given name is a place; not a body's (``la Casa Blanca``, ``la
    Cámara Alta``). In place."""
    for a in mentions:
        words = a.value["text"].split()
        if (a.method == method and a.value["type"] == "PER" and 2 <= len(words) <= 3
                and folded(words[-1]) in _ES_PLACE_LAST and words[-1][:1].isupper()
                and folded(words[0]) not in given):
            a.value = {**a.value, "type": "LOC"}
