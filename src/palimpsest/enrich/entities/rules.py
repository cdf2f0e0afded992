"""Rules over the model's labels: what the text's own shape says about a name.

The model scores each candidate from its words and context; these rules correct its label
where the text says more than the features do (headings: :mod:`.headings`): a place after
a preposition of place, a person after an honorific or a given name. A label a rule sets
has :data:`RULE_CONFIDENCE`, and its gain :data:`RULE_GAIN` wins over the spans within it.
Rules over a text's mentions once they are chosen are in :mod:`.rules_text`; English's
and German's own in :mod:`.rules_english` and :mod:`.rules_german`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence

from palimpsest.enrich.entities.lexicon import (
    AND_WORDS,
    CALENDAR,
    CALENDAR_ABBREVIATIONS,
    DE_FUNCTION_ENDS,
    DE_FUNCTION_WORDS,
    DE_PLACE_HEADS,
    EN_PLACE_TAILS,
    FEASTS,
    FELLOWS,
    FR_PLACE_OF,
    INDUSTRY_HEADS,
    NAME_PARTICLES,
    ORG_HEADS,
    ORG_WORDS,
    PARTICLE_TITLES,
    PERSON_HONORIFICS,
    PLACE_ARTICLES,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    TITLES,
)
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation

RULE_GAIN = 500.0  # a rule's name (see PlaceLabels.tail_label) wins over the spans within it
RULE_CONFIDENCE = 0.75
Label = tuple[str, float, float]  # (type or "O", confidence, gain)
NOT_SURNAMES = ORG_HEADS | TITLES | EN_PLACE_TAILS | DE_PLACE_HEADS

DATE_WORDS = (CALENDAR | CALENDAR_ABBREVIATIONS | FEASTS) - {"may"}  # May: a surname too
NAMED_PLACES = frozenset({"P1", "PER", "ORG", "LOC"})  # not a town of 100,000 called Nov


def inside(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies in one of ``taken`` (sorted, not overlapping)."""
    i = bisect_left(taken, (end, end)) - 1
    return i >= 0 and taken[i][1] > start


def lines_with(text: str, marks: tuple[str, ...]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line of ``text`` holding one of ``marks``, in order:
    where a one-line rule's pattern that needs one of them can match, so that it is tried
    there only and not at every capital of the text."""
    spans: set[tuple[int, int]] = set()
    for mark in marks:
        k = text.find(mark)
        while k >= 0:
            start = text.rfind("\n", 0, k) + 1
            end = text.find("\n", k)
            end = len(text) if end < 0 else end
            spans.add((start, end))
            k = text.find(mark, end)
    return sorted(spans)


def rule_mention(text: str, start: int, end: int, typ: str, method: str,
                 confidence: float = RULE_CONFIDENCE) -> Annotation:
    """The mention a rule adds (with :data:`RULE_CONFIDENCE` unless told otherwise)."""
    return Annotation("mention", start, end, {"type": typ, "text": text[start:end]}, method,
                      confidence)


def take_span(text: str, mentions: list[Annotation], start: int, end: int, typ: str,
              method: str) -> None:
    """A rule's one name over ``[start, end)``, in place of the mentions inside it."""
    mentions[:] = [a for a in mentions if a.end <= start or a.start >= end]
    add_in_order(mentions, [rule_mention(text, start, end, typ, method)])


def join_persons(text: str, mentions: list[Annotation],
                 joins: Callable[[Annotation, Annotation], bool]) -> None:
    """Join each person's mention to the person's mention before it when ``joins(before,
    it)`` says they are one name. In place."""
    out: list[Annotation] = []
    for a in mentions:
        prev = out[-1] if out else None
        if (prev is not None and a.value["type"] == "PER" and prev.value["type"] == "PER"
                and joins(prev, a)):
            prev.end = a.end
            prev.value = {**prev.value, "text": text[prev.start:prev.end]}
            prev.confidence = max(prev.confidence, a.confidence)
            continue
        out.append(a)
    mentions[:] = out


def open_earlier(text: str, mentions: list[Annotation], typ: str, before: re.Pattern[str],
                 reach: int) -> None:
    """Start each mention of type ``typ`` where ``before`` (a pattern anchored at its end
    with ``$``) matches in the ``reach`` characters before it: a style, a mark or initials
    that belong to the name. In place."""
    for a in mentions:
        if a.value["type"] != typ:
            continue
        m = before.search(text, max(0, a.start - reach), a.start)
        if m:
            a.start = m.start()
            a.value = {**a.value, "text": text[a.start:a.end]}


def add_in_order(mentions: list[Annotation], added: list[Annotation]) -> None:
    """Add a rule's mentions to ``mentions``, which stay in text order."""
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda a: a.start)


def _spanish_place_of(tk: Tokens, j: int, k: int) -> bool:
    """Whether the lower-case ``de`` at ``j`` makes word ``k`` after it a place where the
    model found no name (``los metalúrgicos de Avilés``): not after a capitalised word
    (``Sama de Langreo``), not before another ``de`` that goes on with the name (``Palma de
    Mallorca``, ``Santiago de las Vegas``), and no acronym (``la solidez de BCR``)."""
    if (tk.words[j] not in ("de", "del") or (j and (tk.caps[j - 1] or tk.words[j - 1].isdigit()))
            or tk.words[k].isupper()):
        return False
    n = k + 1
    return not (n + 1 < len(tk.words) and tk.folded[n] in ("de", "del") and (
        tk.caps[n + 1] or tk.folded[n + 1] in ("la", "las", "los", "el")))


def preposition_label(
    tk: Tokens, k: int, label: Label, lang: str | None = None
) -> Label:
    """A place of the gazetteer right after a preposition of place (an article between
    allowed) is a place: ``in Baltimore``, ``nach Italien``, ``in der Schweiz``; and so is
    the second of two names after one (``in Aarau und Bern``). In French, ``de`` too
    (:data:`FR_PLACE_OF`); in Spanish a lower-case ``de`` (:func:`_spanish_place_of`):
    where the model found no name, no person's (``el gobierno de Aznar`` is the model's)."""
    j = k - 1
    if j > 0 and tk.folded[j] in PLACE_ARTICLES:
        j -= 1
    if j >= 0 and (tk.folded[j] in PLACE_PREPOSITIONS
                   or (lang == "fr" and tk.folded[j] in FR_PLACE_OF
                       and not (j and tk.caps[j - 1]))  # not a particle: Barbey d'Echallens
                   or (lang == "es" and _spanish_place_of(tk, j, k))):
        return "LOC", RULE_CONFIDENCE, RULE_GAIN
    if (j >= 2 and tk.folded[j] in AND_WORDS and tk.caps[j - 1]
            and tk.folded[j - 2] in PLACE_PREPOSITIONS):
        return "LOC", RULE_CONFIDENCE, RULE_GAIN
    return label


_NOT_ACRONYMS = re.compile(r"[IVXLCDM]+|HH")  # Roman numerals; die HH. (die Herren)


def acronym_label(tk: Tokens, k: int, lang: str | None, label: Label) -> Label:
    """An organisation for word ``k`` that the model found no name, when it is an acronym
    after an article (``the NUR``, ``die GSW``, ``des FDGB``, ``la CGT``): two to six
    capitals in running text (a heading's capitals are re-cased). Not in Spanish, whose
    AnCora gold holds most of them as other things (``la ESO``, a school level; ``el PGOU``,
    a plan): 3 of 8 were organisations there."""
    w = tk.words[k]
    if (label[0] == "O" and lang != "es" and k > 0 and 2 <= len(w) <= 6 and w.isalpha()
            and w.isupper() and not _NOT_ACRONYMS.fullmatch(w)
            and (tk.folded[k - 1] in PLACE_ARTICLES
                 or (lang == "de" and tk.folded[k - 1] == "des"))
            and not tk.words[k - 1].isupper()):
        return "ORG", RULE_CONFIDENCE, RULE_GAIN
    return label


def honorific_ends(
    tk: Tokens, atoms: Sequence[tuple[int, int]], a: int, b: int, label: Label
) -> Label:
    """No name for atoms ``[a, b)`` when the first is a person with an honorific and a
    connector other than a name's particle joins the next: ``Mr. Thomas Selby of the
    Co-operative Union`` is a person and an organisation, not one organisation. A
    particle goes on with the name (``M. Jean de La Fontaine``), as does an honorific
    alone (``M. | de Gaulle``)."""
    first, last = atoms[a]
    if b <= a + 1 or label[0] == "O" or tk.folded[first] not in PERSON_HONORIFICS:
        return label
    if not any(tk.caps[k] and tk.words[k] != "." for k in range(first + 1, last + 1)):
        return label
    for x in range(a, b - 1):
        between = range(atoms[x][1] + 1, atoms[x + 1][0])
        if any(tk.folded[k] not in NAME_PARTICLES for k in between):
            return "O", 0.0, 0.0
    return label


def particle_surname_label(tk: Tokens, k: int, given: frozenset[str], label: Label) -> Label:
    """No place for the one word ``k`` after a name's particle that follows a given name
    (``M. Paul de | Cassagnac``, ``Jean de | Vienne``): the surname of the person the run
    names whole, which the model, reading ``de X``, took for a place."""
    if (label[0] == "LOC" and label[2] < RULE_GAIN and k >= 2 and not tk.caps[k - 1]
            and tk.folded[k - 1] in NAME_PARTICLES and tk.caps[k - 2]
            and tk.folded[k - 2] in given):
        return "O", 0.0, 0.0
    return label


def honorific_label(tk: Tokens, first: int, last: int, label: Label) -> Label:
    """An honorific with a capital and a name after it is a person: ``Herr Karl Müller``,
    ``Hr. Neef``, ``Mme Curie``, ``Genosse Thälmann``, whatever the model makes of names
    that are also common words. Not when a title follows it (``Herr Präsident``), unless
    a name follows the title (``Herr Dr. Klaus Ritter``)."""
    if label[0] == "PER" or not tk.caps[first] or tk.folded[first] not in PERSON_HONORIFICS:
        return label
    rest = [k for k in range(first + 1, last + 1) if tk.words[k] != "."]
    while len(rest) > 1 and is_title(tk.folded[rest[0]]):
        rest = rest[1:]  # Herr Dr. | Klaus Ritter, Herr Stadtpfarrer | Christian Römer
    if (
        any(len(tk.words[k]) > 1 for k in rest)  # a name, not initials alone (M.P.)
        and all(tk.caps[k] and not is_title(tk.folded[k]) for k in rest)
    ):
        return "PER", RULE_CONFIDENCE, RULE_GAIN
    return label


def is_title(folded: str) -> bool:
    """A title, or a German compound naming a function (``Oberkreisdirektor``), or its
    feminine (``Oberlehrerin``, ``Direktorin``): no name after an honorific (``Sehr
    geehrter Herr Oberkreisdirektor!``)."""
    if folded.endswith("in") and len(folded) > 7 and folded[:-2].endswith(DE_FUNCTION_ENDS):
        return True
    return folded in TITLES or folded in DE_FUNCTION_WORDS or (
        len(folded) > 6 and folded.endswith(DE_FUNCTION_ENDS))


def _capitals_name(tk: Tokens, first: int, last: int) -> bool:
    """Whether tokens ``[first, last]`` are two or three words in capitals, no body's word
    among them: a signature (``MABEL TUKE``), which capitals make the model read as a
    body."""
    words = [k for k in range(first, last + 1) if tk.words[k].isalpha()]
    return (2 <= len(words) <= 3 and all(tk.words[k].isupper() for k in words)
            and ORG_WORDS.isdisjoint(tk.folded[k] for k in words))


def double_given(tk: Tokens, k: int, given: frozenset[str]) -> bool:
    """Whether two given names joined by a hyphen open at token ``k`` (``Jean-Louis``)."""
    return (k + 2 < len(tk.words) and tk.words[k + 1] == "-" and tk.folded[k] in given
            and tk.folded[k + 2] in given and tk.caps[k + 2] and tk.caps[k])


def given_name_label(tk: Tokens, first: int, last: int, given: frozenset[str],
                     label: Label) -> Label:
    """A given name and one to three capitalised names after it (name particles and the
    dots of initials between) are a person, whatever the model made of them: ``Karl
    Müller``, ``Ludwig van Beethoven``, ``Martin Luther King``. Not when the model or a
    rule saw an organisation or a place, nor over a word of organisations, titles or
    places' kinds (``Charles River``, ``Victoria Street``). Two given names joined by a
    hyphen first (``Jules-Samuel Pasche``) make it a person over a place too."""
    double = first + 2 < last and double_given(tk, first, given)
    if label[2] >= RULE_GAIN or tk.folded[first] in FELLOWS or (
            label[0] == "LOC" and not double) or (
            label[0] == "ORG" and not _capitals_name(tk, first, last)):
        return label  # (Kollege Heinrich Gutermuth: the name alone is the person)
    start = first
    while start < last and tk.folded[start] in TITLES and tk.caps[start]:
        start += 1  # Brother Stanley Wozniak: a title first, the mention's too
        if start < last and tk.words[start] == "." and tk.folded[start + 1] not in TITLES:
            start += 1  # (Prof. Helmut Gollwitzer; not Hr. Hauptmann Senn von Liestal)
    if tk.folded[start] not in given or not tk.caps[start]:
        return label
    names = [k for k in range(start + 1, last + 1)
             if tk.words[k] != "." and tk.folded[k] not in NAME_PARTICLES
             and not (double and k == first + 1)]
    if 1 <= len(names) <= 3 and all(
        tk.caps[k] and tk.words[k].isalpha() and tk.folded[k] not in NOT_SURNAMES
        for k in names
    ):
        return "PER", RULE_CONFIDENCE, RULE_GAIN
    return label


COMPANY_SUFFIXES = frozenset({"gmbh", "ag", "kg", "ohg", "kgaa", "mbh", "ltd", "plc", "inc",
                              "sarl", "cie", "spa"})
COMPANY_WORDS = frozenset({"firma", "messrs", "maison", "casa", "handlungshaus", "bankhaus",
                           "handelshaus"})  # before a company's name
# A family's firm, named by its sons or brothers: Prendes Hermanos, Asmussen & Sohn,
# Schneider Frères, Lever Brothers (the words end the name, capitalised)
FAMILY_FIRMS = frozenset({"hermanos", "hnos", "hijos", "freres", "fils", "brothers", "bros",
                          "sons", "sohn", "sohne"})


def company_label(
    tk: Tokens, first: int, last: int, label: Label, given: Collection[str] = ()
) -> Label:
    """A name ending with a company's legal form is an organisation: ``Krupp GmbH``,
    ``Frankfurter Societäts-Druckerei GmbH``, ``Hoesch AG`` (:data:`COMPANY_SUFFIXES`),
    or with its family (``Prendes Hermanos``, ``Asmussen & Sohn``: :data:`FAMILY_FIRMS`;
    ``Firma Gebrüder Wimmer``);
    ``Firma`` before it (:data:`COMPANY_WORDS`) is then left out by the caller."""
    if last > first and tk.folded[last] in COMPANY_SUFFIXES and tk.caps[last - 1]:
        return "ORG", RULE_CONFIDENCE, max(label[2], RULE_GAIN)
    if (last > first and tk.folded[last] in FAMILY_FIRMS and tk.caps[last]
            and all(tk.caps[k] or tk.words[k] in ("&", ".") for k in range(first, last))
            and tk.folded[first] not in given):  # Robert Brothers: a man so named
        return "ORG", RULE_CONFIDENCE, max(label[2], RULE_GAIN)  # (Werft von: not in)
    head = first + 1  # Firma Gebrüder Wimmer (not die Gebrüder Grimm, who are brothers)
    if (tk.folded[first] in COMPANY_WORDS and 0 < last - head <= 3
            and tk.folded[head] in ("gebruder", "gebr")
            and all(tk.caps[k] or tk.words[k] == "." for k in range(head + 1, last + 1))):
        return "ORG", RULE_CONFIDENCE, max(label[2], RULE_GAIN)  # Gebrüder Wimmer
    return label


def rank_label(tk: Tokens, first: int, last: int, ranks: frozenset[str], label: Label) -> Label:
    """A name right after a lower-case rank (:data:`FR_RANKS`, :data:`ES_RANKS`: ``le
    général Van der Smissen``, ``el general López Ochoa``) is a person, when it is
    capitalised words and a name's particles, and not one word the model read as a place
    (``maréchal de France``); so is one after such a rank and a particle (``le général de
    Gaulle``: :data:`PARTICLE_TITLES`), which the passes then join to it."""
    rank = first - 1
    if (first >= 2 and tk.folded[rank] in NAME_PARTICLES and not tk.caps[rank]
            and tk.folded[first - 2] in PARTICLE_TITLES):
        rank = first - 2
    if (label[0] == "PER" or label[2] >= RULE_GAIN or first == 0 or tk.caps[rank]
            or tk.folded[rank] not in ranks or not tk.caps[first]):
        return label
    names = [k for k in range(first, last + 1) if tk.folded[k] not in NAME_PARTICLES]
    if names and all(tk.caps[k] and tk.words[k].isalpha() for k in names) and (
            label[0] != "LOC" or len(names) > 1):
        return "PER", RULE_CONFIDENCE, RULE_GAIN
    return label


def firm_word_label(tk: Tokens, first: int, label: Label) -> Label:
    """A name right after a lower-case word for a firm or a works is the firm: ``la casa
    Vasena``, ``la maison Dupont``, ``la verrerie Baudoux``, ``les usines Renault``
    (:data:`COMPANY_WORDS`, :data:`INDUSTRY_HEADS`)."""
    if (label[2] < RULE_GAIN and first > 0 and not tk.caps[first - 1]
            and (tk.folded[first - 1] in COMPANY_WORDS or tk.folded[first - 1] in INDUSTRY_HEADS)):
        return "ORG", RULE_CONFIDENCE, RULE_GAIN
    return label


def body_head_label(tk: Tokens, first: int, label: Label) -> Label:
    """A French or Spanish organisation's name of two parts or more led by a capitalised
    body's word is the organisation whole, not the place that ends it: ``Corporación
    Minera de Bolivia``, ``Fédération des travailleurs du Québec`` (:data:`ORG_HEADS`);
    one led by a works' or a firm's word is one whatever the model saw in it
    (``Hilanderías del Rímac``, a person and a place to it: :data:`INDUSTRY_HEADS`)."""
    if label[2] >= RULE_GAIN or not tk.caps[first]:
        return label
    if tk.folded[first] in INDUSTRY_HEADS:
        return "ORG", max(label[1], RULE_CONFIDENCE), RULE_GAIN
    if tk.folded[first] not in ORG_HEADS and tk.folded[first] not in _INSTITUTIONS:
        return label
    if label[0] == "O" and _head_and_adjective(tk, first):
        return "ORG", RULE_CONFIDENCE, RULE_GAIN  # Liga Patriótica, Acción Católica
    if label[0] != "ORG":
        return label
    return "ORG", label[1], RULE_GAIN


def _head_and_adjective(tk: Tokens, first: int) -> bool:
    """Whether the body's word ``first`` is followed by one capitalised adjective (``-ico``,
    ``-ica``, ``-ista``...) that ends the name: ``la Liga Patriótica volvió``, ``Acción
    Católica``; not ``Liga Catalana`` (a sport's) nor ``Federación Regional de``. After an
    institution's word (:data:`_INSTITUTIONS`) any one word: ``Institut Pasteur``."""
    k = first + 1
    return (k < len(tk.words) and tk.caps[k] and tk.words[k].isalpha()
            and (tk.folded[k].endswith(_ADJECTIVE_ENDS) or tk.folded[first] in _INSTITUTIONS)
            and (k + 1 == len(tk.words) or tk.folded[k + 1] not in _NAME_GOES_ON))


_ADJECTIVE_ENDS = ("ica", "ico", "icas", "icos", "ique", "ista", "istas")
# institutions named by their kind and one word, any (Institut Pasteur, Corte Suprema)
_INSTITUTIONS = frozenset({"institut", "instituto", "musee", "museo", "universite",
                           "universidad", "academie", "academia", "corte", "tribunal",
                           "arzobispado", "obispado", "escuela", "colegio", "liceo", "ecole",
                           "lycee", "college"})
_NAME_GOES_ON = frozenset({"de", "del", "des", "du", "d'", "y", "e", "et"})


def place_head_label(tk: Tokens, first: int, last: int, label: Label) -> Label:
    """A French or Spanish name of two words or more led by a capitalised place word is a
    place, not a person: ``Île Seguin``, ``Quartier Latin``, ``Plaza Mayor``
    (:data:`PLACE_HEADS`)."""
    if label[0] != "PER" or last == first or label[2] >= RULE_GAIN:
        return label
    if tk.folded[first] in PLACE_HEADS and tk.caps[first] and tk.caps[last]:
        return "LOC", RULE_CONFIDENCE, label[2]
    return label
