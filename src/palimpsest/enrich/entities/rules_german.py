"""Rules over the model's labels for German: what German's own shape says about a name.

German capitalises every noun, so a capitalised run there is no sign of a name: these
rules say where the text does (an article or a genitive of a place, a place's kind or a
title before names, a one-word name of a body). Labels and mentions they make have
:data:`~.rules.RULE_CONFIDENCE`, as every rule's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from itertools import compress

import regex

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.gazetteers import BIG_PLACES, PLACE_TYPES
from palimpsest.enrich.entities.lexicon import (
    DE_ARTICLE_PLACES,
    DE_NOT_ADJECTIVES,
    DE_PLACE_HEADS,
    DE_UNIT_HEADS,
    FELLOWS,
    TITLES,
)
from palimpsest.enrich.entities.rules import (
    RULE_CONFIDENCE,
    RULE_GAIN,
    Label,
    add_in_order,
    inside,
    is_title,
    rule_mention,
    take_span,
)
from palimpsest.enrich.entities.rules_edges import title_genitive
from palimpsest.enrich.entities.rules_text import SURE_NAME
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation


def german_noun_label(
    tk: Tokens, k: int, label: Label
) -> Label:
    """German capitalises every noun: one word after an inflected adjective or determiner
    (``im ersten Quartal``, ``vollen Lohnausgleich``, ``die königliche Hoheit``) is a noun,
    not a name, unless the gazetteer or a curator says otherwise."""
    if k == 0:
        return label
    prev = tk.words[k - 1]
    adjective = (
        len(prev) >= 4
        and prev.isalpha()
        and prev.islower()
        and prev.endswith(DE_INFLECTED)
        and not prev.endswith(("te", "ten"))  # sagte Müller, erklärten: verbs
        and prev not in DE_NOT_ADJECTIVES
    )
    return ("O", 0.0, 0.0) if adjective else label


DE_INFLECTED = ("e", "en", "em", "er", "es")
_DE_ARTICLES = frozenset({"der", "die", "des", "dem", "den"})


def de_article_place(word: str) -> bool:
    """Whether German names the place ``word`` (folded) with an article: ``die Schweiz``,
    ``das Ruhrgebiet`` (:data:`DE_ARTICLE_PLACES`), names in -ei (``die Türkei``) and
    -gau (``der Aargau``)."""
    return word.replace("ß", "ss") in DE_ARTICLE_PLACES or word.endswith(("ei", "gau"))


def german_place_label(
    tk: Tokens, k: int, place: bool, genitive: bool, label: Label, country: bool = False
) -> Label:
    """German capitalises every noun, so a capital says little there. A larger place of
    the gazetteer is a place in the genitive (``Frankreichs``, ``Zürichs``: the place with
    an ``s``); after an article when German names it with one (``der Schweiz``, ``die
    Türkei``, ``den Aargau``: :data:`DE_ARTICLE_PLACES`); and a ``country`` (the gazetteer's
    largest, five letters or more) without one: ``Italien``, but not ``die Polen`` (the
    Poles)."""
    if label[0] != "O":
        return label
    word = tk.folded[k]
    if word in DE_PLACE_HEADS or word[:-1] in DE_PLACE_HEADS:  # Kanton (also a city in China)
        return label
    with_article = de_article_place(word)
    after_article = k > 0 and tk.folded[k - 1] in _DE_ARTICLES
    if genitive or (place and with_article and after_article) or (
            country and not with_article and not after_article and len(word) >= 5):
        return "LOC", RULE_CONFIDENCE, RULE_GAIN
    return label


def german_big_places(text: str, tk: Tokens, mentions: list[Annotation], method: str,
                      gazetteer: Mapping[str, str]) -> None:
    """One of the largest places (``P1``: a country, a city of a million; five letters or
    more) without an article (``die Polen`` are the Poles), or a larger place in the
    genitive (``Deutschlands``, ``Rußlands``), that no mention took is a place, inside a
    run of nouns too (``aus allen Theilen Deutschlands``): German capitalises the noun
    next to it, so the run is one atom that the model rarely calls a place; the word
    alone, typed otherwise without confidence (``Berlins`` as a person), is retyped. In
    place, in text order."""
    taken = sorted((a.start, a.end) for a in mentions)
    by_span = {(a.start, a.end): a for a in mentions}
    added: list[Annotation] = []
    for k in compress(range(len(tk.words)), tk.caps):
        f = tk.folded[k]
        if len(f) < 5:
            continue
        rank = gazetteer.get(f)
        if rank == "P1":
            if k and tk.folded[k - 1] in _DE_ARTICLES:
                continue  # die Polen: the Poles
        elif f[-1] != "s" or rank is not None or gazetteer.get(f[:-1]) not in BIG_PLACES:
            continue
        s, e = tk.starts[k], tk.ends[k]
        if inside(taken, s, e):
            a = by_span.get((s, e))  # the word alone, taken for a person: Berlins
            if a is not None and a.value["type"] != "LOC" and a.confidence < SURE_NAME:
                a.value = {**a.value, "type": "LOC"}
            continue
        added.append(rule_mention(text, s, e, "LOC", method))
    add_in_order(mentions, added)


def _names_after(tk: Tokens, first: int, last: int, min_len: int = 1) -> bool:
    """Whether the words after ``first`` up to ``last`` are all names: capitalised words of
    letters (``min_len`` or more), no title or function (``Herr Oberkreisdirektor``) and no
    German word for a place's kind."""
    words, folded, caps = tk.words, tk.folded, tk.caps
    return all(caps[k] and words[k].isalpha() and len(words[k]) >= min_len
               and not is_title(folded[k]) and folded[k] not in DE_PLACE_HEADS
               for k in range(first + 1, last + 1))


def german_head_label(tk: Tokens, first: int, last: int, label: Label) -> Label:
    """A German word for a place's kind and one or two names after it are one place:
    ``Kanton Zürich``, ``Kirchgemeinde Enge``, ``Herzogthum Lüttich`` (:data:`DE_PLACE_HEADS`),
    and a town's title ending in ``-stadt``: ``Lutherstadt Eisleben``, ``Hansestadt
    Hamburg`` (not ``Hauptstadt Moskau``: "the capital", which HIPE leaves out)."""
    head = tk.folded[first]
    if label[2] >= RULE_GAIN or not 0 < last - first <= 2 or not (
            head in DE_PLACE_HEADS or (len(head) > 6 and head.endswith("stadt")
                                       and not head.endswith("hauptstadt"))):
        return label  # Lutherstadt Eisleben, Hansestadt Hamburg; not die Hauptstadt Moskau
    return ("LOC", RULE_CONFIDENCE, RULE_GAIN) if _names_after(tk, first, last) else label


# How the name of a German group ends, as the head of a compound or alone: the group of
# a town is named by the two (Friedensinitiative Tübingen, Bürgerinitiative Wyhl,
# Sängerbund Stuttgart, Landsmannschaft Schlesien); so is a chamber or an authority of one
# (Handelskammer Apenrade, Oberfinanzdirektion Kiel).
_DE_GROUP_ENDS = ("initiative", "verein", "gewerkschaft", "partei", "komitee", "ausschuss",
                  "ausschuß", "bewegung", "vereinigung", "kartell", "gruppe", "genossenschaft",
                  "verband", "aktion", "union", "akademie", "musik", "organisation", "bund",
                  "landsmannschaft", "universitat", "hochschule", "gesellschaft", "chor",
                  "kammer", "direktion", "direction", "amt", "amte", "stift", "sparkasse",
                  "hauptmannschaft")


def german_group_label(tk: Tokens, first: int, last: int, label: Label) -> Label:
    """A German word for a group and one or two names after it are an organisation:
    ``Friedensinitiative Tübingen``, ``Bürgerinitiative Wyhl``, ``Volkszählungsboykott-
    Initiative Freiburg`` (:data:`_DE_GROUP_ENDS`);
    not a union's or party's unit (:data:`DE_UNIT_HEADS`), whose place is the name."""
    h = first  # the head word's last part: Volkszählungsboykott-Initiative
    while (h + 2 < last and tk.words[h + 1] == "-" and tk.starts[h + 1] == tk.ends[h]
           and tk.starts[h + 2] == tk.ends[h + 1]):
        h += 2
    if label[2] >= RULE_GAIN or not 0 < last - h <= 2:
        return label
    head = tk.folded[h]
    if not head.endswith(_DE_GROUP_ENDS) or not tk.caps[first] or head in DE_UNIT_HEADS:
        return label  # Ortsgruppe Hamburg: a union's unit, named by its place
    return ("ORG", RULE_CONFIDENCE, RULE_GAIN) if _names_after(tk, h, last, 2) else label


def german_title_label(tk: Tokens, first: int, last: int, label: Label) -> Label:
    """A German title and the names after it are a person, the title in the mention as
    German writes and counts it: ``Oberst Pestalozzi``, ``Professor Vogt``, ``des
    Generals Patton``, ``Kaiser Franz Joseph``. (Titles after titles, ``Vizepräsident
    Dr. Hoffmann``, and compounds ending in one, ``Oberrichter``, measured worse.)"""
    if label[2] >= RULE_GAIN or not 0 < last - first <= 3:
        return label
    head = tk.folded[first]
    if head in FELLOWS or (head not in TITLES and not (head[-1:] == "s" and head[:-1] in TITLES)
                            and not _weak_genitive(head)
                            and not (head.endswith(_MINISTERS) and len(head) > 9)):
        return label
    k = first  # the last title: Gouverneur Admiral | Souchon
    while k + 1 < last and tk.folded[k + 1] in TITLES and tk.caps[k + 1]:
        k += 1
        if k + 1 < last and tk.words[k + 1] == ".":
            k += 1  # its dot: Bundesverkehrsminister Dr. | Seebohm
    return ("PER", RULE_CONFIDENCE, RULE_GAIN) if _names_after(tk, k, last, 2) else label



def after_title_label(tk: Tokens, k: int, label: Label) -> Label:
    """A German name the model did not take, alone after a title's weak genitive, which the
    run left out as a common word: ``des Genossen | Bebel``, a person (the title joins it
    in the passes: :func:`~.rules_edges.with_titles`)."""
    if (label[0] != "O" or k == 0 or not tk.caps[k - 1] or not tk.words[k].isalpha()
            or not _weak_genitive(tk.folded[k - 1]) or not tk.caps[k]):
        return label
    return "PER", RULE_CONFIDENCE, RULE_GAIN


def _weak_genitive(folded: str) -> bool:
    """Whether ``folded`` is a title's weak genitive: ``des Genossen``, ``des
    Präsidenten`` (not a fellow's: ``des Kollegen``)."""
    return len(folded) > 4 and title_genitive(folded) and folded[:-1] not in FELLOWS


# A minister's or a president's compound title (Verteidigungsminister, Reichsarbeitsminister,
# Polizeipräsident): a title whatever its office (other compounds, Oberrichter, measured
# worse)
_MINISTERS = ("minister", "ministers", "kanzler", "kanzlers", "prasident", "prasidenten")


# A company's name: capitalised words, one pair of compounds sharing their last part, and
# its legal form (Vereinigte Österreichische Eisen- und Stahlwerke AG)
_COMPANY = regex.compile(
    r"(?<![\p{L}-])"
    r"((?:(?!(?:Die|Der|Das|Den|Dem|Des|Firma)\b)\p{Lu}[\p{L}&]*[^\S\n]+){0,4}"
    r"\p{Lu}\p{Ll}+-[^\S\n]+(?:und|&)[^\S\n]+"
    r"\p{Lu}[\p{L}-]*[^\S\n]+(?:AG|GmbH|KG|KGaA))(?!\w)")


def german_acronym_compounds(text: str, mentions: list[Annotation], method: str,
                             gazetteer: Mapping[str, str]) -> None:
    """An acronym that opens a German compound is the body (or the state) it names, the
    compound's other part left out: ``SED-Bezirksleitung``, ``SPD-Fraktion``,
    ``VÖEST-Arbeiter``, ``DDR-Bürger`` (a place when the gazetteer says so). In place, in
    text order."""
    added = []
    for m in _ACRONYM_COMPOUND.finditer(text):
        s, e = m.span(1)
        if not any(a.start < e and s < a.end for a in mentions):
            typ = "LOC" if gazetteer.get(fold(m.group(1))) in PLACE_TYPES else "ORG"
            added.append(rule_mention(text, s, e, typ, method))
    add_in_order(mentions, added)


# two to six capitals, then a hyphen and a word in lower case after its capital
_ACRONYM_COMPOUND = regex.compile(r"(?<![\w-])(\p{Lu}{2,6})-(?=\p{Lu}\p{Ll})")


def german_companies(text: str, mentions: list[Annotation], method: str) -> None:
    """A company named with two compounds sharing their last part and its legal form
    (``Vereinigte Österreichische Eisen- und Stahlwerke AG``) is one organisation: the
    model reads ``Stahlwerke AG`` alone. In place, in text order."""
    if "- " not in text:
        return
    for m in _COMPANY.finditer(text):
        take_span(text, mentions, *m.span(1), "ORG", method)


def place_kinds_alone(mentions: list[Annotation], curated: str) -> None:
    """Drop a mention that is a German word for a place's kind alone (``Kanton``,
    ``Gemeinde``, ``Bezirk``: :data:`DE_PLACE_HEADS`), a common noun without the name
    after it. A curator's stay. In place."""
    mentions[:] = [a for a in mentions if a.method == curated
                   or fold(a.value["text"]) not in DE_PLACE_HEADS]


# The kinds of place that German writes before a town's or a land's name (der Stadt Krems,
# des Königreichs Württemberg, Oberamt Kirchheim): the sets give the name alone, as they
# give a Kreis's or a county's; HIPE-2020 counts them in (Stadt Zürich)
_KINDS_BEFORE = frozenset({"stadt", "konigreich", "konigreichs", "herzogtum", "herzogtums",
                           "erzherzogtum", "erzherzogtums", "oberamt", "oberamts", "kreis",
                           "kreises", "provinz", "bezirk", "bezirks", "gouvernement",
                           "gouvernements"})


def without_place_kinds(text: str, mentions: list[Annotation], curated: str) -> None:
    """A place's mention that opens with the word for its kind (:data:`_KINDS_BEFORE`:
    ``Stadt Krems``, ``Königreichs Württemberg``) starts at the name; a one-word name the
    model took with its kind for a body or a person is the place (``Gouvernement Samara``;
    not ``Stadt X``, a town's administration). In place."""
    for k, a in enumerate(mentions):
        if a.method == curated or " " not in a.value["text"]:
            continue
        first, rest = a.value["text"].split(" ", 1)
        if fold(first) not in _KINDS_BEFORE or not rest[:1].isupper():
            continue
        if a.value["type"] == "LOC":
            a.start = a.end - len(rest)
            a.value = {**a.value, "text": text[a.start:a.end]}
        elif fold(first) != "stadt" and " " not in rest:  # Gouvernement Samara as a body
            mentions[k] = rule_mention(text, a.end - len(rest), a.end, "LOC", a.method)


_COUNCILS = frozenset({"stadtrat", "stadtrath", "gemeinderat", "gemeinderath", "magistrat"})


def town_councils(tk: Tokens, mentions: list[Annotation], gazetteer: Mapping[str, str],
                  given: frozenset[str]) -> None:
    """A council's word before a town's name is the town's council, an organisation, not a
    councillor (``Stadtrat Traunstein``, ``Magistrat Wien``; ``Stadtrat Johann Obermaier``
    stays a person): the name one word the gazetteer knows as a place and no given name.
    In place."""
    for a in mentions:
        k = bisect_left(tk.starts, a.start)
        if (a.value["type"] == "PER" and tk.folded[k] in _COUNCILS and k + 1 < len(tk.words)
                and tk.ends[k + 1] == a.end and tk.folded[k + 1] not in given
                and gazetteer.get(tk.folded[k + 1]) in PLACE_TYPES):
            a.value = {**a.value, "type": "ORG"}


# A German paper named by its town or land and its kind: Chemnitzer Volksstimme, Appenzeller
# Zeitung, Groß Strehlitzer Kreisblatt, Leerer Anzeiger, der Obersteirischen Arbeiterzeitung
_PAPER_WORDS = ("zeitung|blatt|blattes|anzeiger|anzeigers|stimme|bote|boten|nachrichten|kurier"
                "|kuriers|courier|presse|post|wacht|chronik|rundschau")  # and genitives
_GERMAN_PAPER = regex.compile(
    r"(?<![\w-])((?:\p{Lu}\p{Ll}+[^\S\n]+)?\p{Lu}\p{Ll}+(?:er|ische[nrs]?)[^\S\n]+"
    rf"(?:\p{{Lu}}\p{{Ll}}+)?(?i:{_PAPER_WORDS}))(?!\w)")


def german_papers(text: str, mentions: list[Annotation], method: str) -> None:
    """A paper named by its town's or land's adjective and its kind (``Chemnitzer
    Volksstimme``, ``Appenzeller Zeitung``, ``Obersteirischen Arbeiterzeitung``) is an
    organisation, in place of the place the model may find in it. In place."""
    for m in _GERMAN_PAPER.finditer(text):
        s, e = m.span(1)
        words = m.group(1).split()
        if len(words) == 3 and words[0].lower() not in _PAPER_TOWN_FIRSTS:
            s = text.index(words[1], s)  # der Neue | Chemnitzer Zeitung: only the name's
        take_span(text, mentions, s, e, "ORG", method)


_PAPER_TOWN_FIRSTS = frozenset({"gross", "groß", "klein", "neu", "neue", "neuen", "neuer", "alt",
                                "bad", "st", "freie", "freien"})
