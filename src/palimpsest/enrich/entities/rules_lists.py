"""Names in a list: the neighbours of a name, joined to it by a comma or *and*, are
names of its kind when they look it.

The model reads a name beside its neighbours' words, and in a list those are a comma and
*und*: the German model, which has learnt that a capitalised word after *und* is mostly
a noun, let ``Kassel`` (in ``Darmstadt, Kassel und Wiesbaden``) and ``Heinrich Hansen``
(in ``Martin Niemöller und Heinrich Hansen``) go. A list is of one kind; a neighbour
that the gazetteer knows as a place beside a place, or a given name and surname beside a
person, is one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from itertools import compress

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.gazetteers import BIG_PLACES, PLACE_TYPES, small_places
from palimpsest.enrich.entities.lexicon import NAME_PARTICLES, PLACE_PREPOSITIONS, TITLES
from palimpsest.enrich.entities.rules import (
    DATE_WORDS,
    NOT_SURNAMES,
    add_in_order,
    rule_mention,
    take_span,
)
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation

HYPHENS = frozenset({"-", "¬", "–", "‐"})
COMMON_ZIPF = 5  # a word this common (wordfreq's Zipf scale) is a word first: Waren, Este
LIST_JOINS = frozenset({",", "und", "and", "et", "y", "e", "sowie", "ou", "oder", "or", "o"})
AND_JOINS = LIST_JOINS - {","}


def coordinated_names(
    text: str, tk: Tokens, mentions: list[Annotation], method: str,
    gazetteer: Mapping[str, str], given: frozenset[str], common: Mapping[str, int],
) -> None:
    """Add the unnamed neighbours of each place and person in a list (see the module);
    a name added can bring its own neighbour in (``Esslingen, Ulm und Heilbronn``). A
    neighbour after a comma only where *and* closes the list right after the two
    (``Lewiston, Idaho, through`` is a town and its state). In place, in text order."""
    todo = [a for a in mentions if a.value["type"] in ("LOC", "PER")]
    taken: set[int] | None = None  # the mentions' tokens, when a neighbour is looked at
    added: list[Annotation] = []
    placed_items: set[int] = set()  # the places added to a list a preposition of place opens
    while todo:
        a = todo.pop()
        typ = a.value["type"]
        first, last = _token_span(tk, a)
        after_place = _after_place_word(tk, first)
        opened = after_place or id(a) in placed_items
        # after "de" a retyped word must follow "and" (not obras de Turina, Brotons y
        # Chaikovski; but nach Nürnberg, Bamherg und Erlangen)
        commas = after_place and tk.folded[first - 1] not in _OF
        for k in _neighbours(tk, first, last):
            if not tk.caps[k] or not _closed(tk, first, last, k):
                continue
            if taken is None:
                taken = {j for b in mentions for j in _tokens_of(tk, b)}
            placed = _after_place_word(tk, k) or (k > last and opened)
            if k in taken:
                sure = k < first or tk.folded[k - 1] in AND_JOINS or commas
                retyped = (_retyped(tk, k, mentions, gazetteer, given, common, placed and sure)
                           if typ == "LOC" else None)
                if retyped is not None:
                    todo.append(retyped)
                continue
            span = _name_at(tk, k, typ, gazetteer, given, common, taken, k > last, placed)
            if span is None:
                continue
            s, e = span
            new = rule_mention(text, tk.starts[s], tk.ends[e], typ, method)
            taken.update(range(s, e + 1))
            added.append(new)
            todo.append(new)
            if placed:
                placed_items.add(id(new))
    add_in_order(mentions, added)


RETYPE_BELOW = 0.5  # a model's label this unsure gives way to the list's kind


def _retyped(tk: Tokens, k: int, mentions: list[Annotation], gazetteer: Mapping[str, str],
             given: frozenset[str], common: Mapping[str, int],
             placed: bool) -> Annotation | None:
    """Retype to a place the one-word mention at token ``k``, in a list of places, that
    the model typed otherwise and unsurely, where the gazetteer knows it as a place
    (``Santiago, Valparaíso y Concepción``: a given name too) or, in a list after a
    preposition of place (``placed``), knows it not at all (``from Dalilea and
    Mingarry``, ``par Forbach et Strasbonrg``, ``de Distriz, de Reigada``; not
    ``le notaire Caille, à Cossonay``). The mention, if it did."""
    for b in mentions:
        if b.start == tk.starts[k] and b.end == tk.ends[k]:
            if (b.value["type"] != "LOC" and b.confidence < RETYPE_BELOW
                    and (_place_word(tk, k, gazetteer, common)
                         or (placed and _unknown_word(tk, k, gazetteer, given, common)))):
                b.value = {**b.value, "type": "LOC"}
                return b
            return None
    return None


def _place_word(tk: Tokens, k: int, gazetteer: Mapping[str, str],
                common: Mapping[str, int]) -> bool:
    """Whether word ``k`` is a place the gazetteer knows, no common word, and whole."""
    f = tk.folded[k]
    return (gazetteer.get(f) in PLACE_TYPES and common.get(f, 0) < COMMON_ZIPF
            and not _joined(tk, k, k))


# prepositions of place before a list: the lexicon's, and "de", "par", "between"; not
# Spanish "a", which also comes before persons (Amonesto a Jones y Savage)
LIST_PREPOSITIONS = (PLACE_PREPOSITIONS - {"a"}) | {"de", "d'", "par", "entre", "between",
                                                    "zwischen"}


_OF = frozenset({"de", "d'", "del"})  # prepositions that also take persons (obras de Turina)


def _after_place_word(tk: Tokens, k: int) -> bool:
    return k > 0 and tk.folded[k - 1] in LIST_PREPOSITIONS


_PLACE_PARTICLES = NAME_PARTICLES | {"del", "las", "los", "am", "an", "sur", "ob", "bei", "im"}


def _small_place(tk: Tokens, k: int, gazetteer: Mapping[str, str],
                 common: Mapping[str, int]) -> bool:
    """Whether word ``k`` is one of the gazetteer's smaller places only (read where the
    text says it is a place), no common word, and whole."""
    f = tk.folded[k]
    # (Arenas | del Rey, Spittal | an der Drau: a longer name)
    particle = k + 2 < len(tk.words) and tk.folded[k + 1] in _PLACE_PARTICLES
    return (f not in gazetteer and f.replace("ß", "ss") in small_places()
            and common.get(f, 0) < COMMON_ZIPF and not _joined(tk, k, k) and not particle)


def _unknown_word(tk: Tokens, k: int, gazetteer: Mapping[str, str], given: frozenset[str],
                  common: Mapping[str, int]) -> bool:
    """Whether word ``k`` is a whole word that neither the gazetteer nor the given names
    know, and no common word."""
    f = tk.folded[k]
    return (f not in gazetteer and f not in given and common.get(f, 0) < COMMON_ZIPF
            and not _joined(tk, k, k))


def _token_span(tk: Tokens, a: Annotation) -> tuple[int, int]:
    first = bisect_left(tk.starts, a.start)
    return first, max(first, bisect_left(tk.ends, a.end))


def _tokens_of(tk: Tokens, a: Annotation) -> range:
    first, last = _token_span(tk, a)
    return range(first, last + 1)


def _neighbours(tk: Tokens, first: int, last: int) -> list[int]:
    """Where a neighbour in the list would start (after the name) or end (before it):
    one join word between, or a comma and a join word (``, and``); the preposition the
    name follows may be said again (``de Lille et d'Arras``, ``in Essen und in Bochum``)."""
    out = []
    n = len(tk.words)
    folded = tk.folded
    prep = folded[first - 1] if first > 0 and folded[first - 1] in REPEATED else ""
    k = last + 1
    if k < n and folded[k] in LIST_JOINS:
        if k + 1 < n and tk.words[k] == "," and folded[k + 1] in AND_JOINS:
            k += 1
        said = folded[k + 1] if k + 2 < n else ""
        if prep and (said == prep or {said, prep} <= _DE):
            k += 1  # de Lille et d'Arras
        out.append(k + 1)
    k = first - 1
    if prep and k >= 2 and folded[k - 1] in LIST_JOINS:
        k -= 1  # ..., de Billy et de Sallaumines: the join before "de"
    if k >= 0 and folded[k] in LIST_JOINS:
        if k >= 1 and folded[k] != "," and tk.words[k - 1] == ",":
            k -= 1
        out.append(k - 1)
    return [k for k in out if 0 <= k < n]


# prepositions a list of places may say before each of its items
REPEATED = frozenset({"de", "d'", "a", "à", "en", "in", "of", "von", "aus", "nach", "bei",
                      "desde", "hacia"})
_DE = frozenset({"de", "d'"})


def _closed(tk: Tokens, first: int, last: int, k: int) -> bool:
    """Whether the neighbour at ``k`` of the name ``[first, last]`` is in a list: joined
    by *and*, or by a comma with *and* right after the two."""
    join = tk.folded[last + 1] if k > last else tk.folded[first - 1]
    if join != ",":
        return True
    after = _end_of_name(tk, k) + 1 if k > last else last + 1
    return after < len(tk.words) and tk.folded[after] in AND_JOINS


def _end_of_name(tk: Tokens, k: int) -> int:
    while k + 1 < len(tk.words) and (tk.caps[k + 1] or tk.folded[k + 1] in NAME_PARTICLES):
        k += 1
    return k


def _name_at(
    tk: Tokens, k: int, typ: str, gazetteer: Mapping[str, str], given: frozenset[str],
    common: Mapping[str, int], taken: set[int], after: bool, placed: bool = False,
) -> tuple[int, int] | None:
    """The tokens of a name of ``typ`` that starts (``after``) or ends at token ``k``,
    none of them a mention's nor part of a longer word (``Ita¬ lien``): one word the
    gazetteer knows as a place that is no common word (``Waren``, ``Este``) nor a
    month's, or in a list a preposition of place opens (``placed``), one of its smaller
    places (``In Scheibenberg, Geyer und Jöhstadt``); a given name and one or two
    capitalised surnames (particles between)."""
    caps, folded = tk.caps, tk.folded
    if typ == "LOC":
        ok = (k not in taken and caps[k] and tk.words[k].isalpha() and not tk.words[k].isupper()
              and folded[k] not in DATE_WORDS
              and (_place_word(tk, k, gazetteer, common)
                   or (placed and _small_place(tk, k, gazetteer, common))))
        return (k, k) if ok else None
    # a person: [given, (particle,) surname (, surname)], bounded by no capital
    first = k
    if not after:
        while first > 0 and (caps[first - 1] or folded[first - 1] in NAME_PARTICLES) \
                and k - first < 3:
            first -= 1
    last = first
    while last + 1 < len(tk.words) and (caps[last + 1] or folded[last + 1] in NAME_PARTICLES) \
            and last - first < 3:
        last += 1
    if not after and last != k:
        return None
    words = range(first, last + 1)
    names = [j for j in words if folded[j] not in NAME_PARTICLES]
    if (folded[first] not in given or not caps[first] or not 2 <= len(names) <= 3
            or _joined(tk, first, last) or any(j in taken for j in words)
            or not all(caps[j] and tk.words[j].isalpha() and folded[j] not in NOT_SURNAMES
                       and folded[j] not in TITLES for j in names)):
        return None
    return first, last


def _joined(tk: Tokens, first: int, last: int) -> bool:
    """Whether tokens ``[first, last]`` go on into the words around them: a capitalised
    word or a hyphen next to them."""
    n = len(tk.words)
    return any(0 <= k < n and ((tk.caps[k] and tk.words[k].isalpha()) or tk.words[k] in HYPHENS)
               for k in (first - 1, last + 1))


CORNERS = frozenset({"esquina", "corner", "ecke"})  # folded: a corner is of two streets
_CORNER_LINKS = frozenset({"de", "del", "of", "the", "a"})


def street_corners(text: str, tk: Tokens, mentions: list[Annotation], method: str) -> None:
    """The two names of a corner are streets, places whatever the model made of them:
    ``en la esquina de Alcorta y Pepirí``, ``at the corner of Main and Broad``, ``Ecke
    Friedrichstraße und Leipziger Straße``. In place, in text order."""
    if CORNERS.isdisjoint(tk.folded):
        return
    folded, n = tk.folded, len(tk.words)
    for k in (k for k in range(n) if folded[k] in CORNERS):
        j = k + 1
        while j < n and folded[j] in _CORNER_LINKS and not tk.caps[j]:
            j += 1
        end1 = _capitalised_end(tk, j)
        if end1 < 0 or end1 + 2 >= n or folded[end1 + 1] not in AND_JOINS:
            continue
        end2 = _capitalised_end(tk, end1 + 2)
        if end2 < 0:
            continue
        for first, last in ((j, end1), (end1 + 2, end2)):
            take_span(text, mentions, tk.starts[first], tk.ends[last], "LOC", method)


def _capitalised_end(tk: Tokens, k: int) -> int:
    """The last of the capitalised words (up to three) from ``k``, or -1 if none is."""
    last = k - 1
    while last + 1 < min(len(tk.words), k + 3) and tk.caps[last + 1] \
            and tk.words[last + 1].isalpha():
        last += 1
    return last if last >= k else -1


# German plural words for people that a list of their surnames follows (die Stadträte
# Kammerer, Huber und Feichtinger; den Spritzenmännern Oppermann, Bertram und Löhr; die
# Genossen Bebel und Singer): folded, and the endings of such compounds
_PEOPLE_PLURAL = frozenset({"herren", "genossen", "kameraden", "kollegen", "bruder",
                            "abgeordneten", "delegierten", "mitglieder"})
_PEOPLE_PLURAL_ENDS = ("manner", "mannern", "rate", "raten")
_SURNAME_ZIPF = 3.5  # a word this common in the language is a noun first (Kohle, Maschinen)


def surname_lists(text: str, tk: Tokens, mentions: list[Annotation], method: str,
                  gazetteer: Mapping[str, str], common: Mapping[str, int]) -> None:
    """German surnames listed after a plural word for people (:data:`_PEOPLE_PLURAL`,
    compounds ending in ``-männer``, ``-räte``): each one word, capitalised, no common noun
    (:data:`_SURNAME_ZIPF`) and no larger place the gazetteer knows, joined by commas and a last
    ``und``, are persons; ``Herren`` opening a person's mention is left out of it (``die
    Herren Hauptmann Friedrich Schrader und …``). In place, in text order."""
    words, folded, caps, n = tk.words, tk.folded, tk.caps, len(tk.words)
    for a in mentions:
        k = bisect_left(tk.starts, a.start)
        if (a.value["type"] == "PER" and folded[k] == "herren" and k + 1 < n
                and tk.starts[k + 1] < a.end):
            a.start = tk.starts[k + 1]
            a.value = {**a.value, "text": text[a.start:a.end]}
    def surname(j: int) -> bool:
        return (j < n and caps[j] and words[j].isalpha() and folded[j] not in TITLES
                and common.get(folded[j], 0) < _SURNAME_ZIPF
                and gazetteer.get(folded[j]) not in BIG_PLACES)

    added: list[Annotation] = []
    for k in compress(range(n - 3), caps):
        f = folded[k]
        if f not in _PEOPLE_PLURAL and not (f.endswith(_PEOPLE_PLURAL_ENDS) and len(f) > 6):
            continue
        names, j, closed = [], k + 1, False
        while surname(j):
            names.append(j)
            if j + 1 < n and words[j + 1] == ",":
                j += 2
                continue
            if j + 1 < n and folded[j + 1] == "und" and surname(j + 2):
                names.append(j + 2)
                closed = True
            break
        if not closed:
            continue  # a list closes with und: not Genossen Bebel, who spoke
        for j in names:
            s, e = tk.starts[j], tk.ends[j]
            if not any(b.start < e and s < b.end for b in mentions):
                added.append(rule_mention(text, s, e, "PER", method))
    add_in_order(mentions, added)


# Surname, comma, given names or initials, then a comma or the line's end: a register's
# order (Keller, Johann Jakob, von Wattwil; Dewhurst, J. B., Esq.)
_INVERTED = re.compile(
    r"(?<![\w.’'-])([A-ZÄÖÜÉ][\w’'-]+), ((?:[A-ZÄÖÜÉ][a-zäöüßéèç]+|[A-Z]\.)"
    r"(?: (?:[A-ZÄÖÜÉ][a-zäöüßéèç]+|[A-Z]\.)){0,2})(?=,|[ \t]*$)", re.MULTILINE)
_LIST_MARK = r"[ \t]*(?:(?:\d{1,3}[.)]|[a-z]\)|[-–•])[ \t]*)?"  # a line's opening: 1. a) –
_LINE_OPENING = re.compile(_LIST_MARK)
# a line that opens with a name, a comma and a capital (a list's line: 1. Keller, Johann)
_LIST_LINE = re.compile(rf"(?m)^{_LIST_MARK}[A-ZÄÖÜÉ][\w’'-]+, [A-Z]")
# what a register gives after the name: origin, birth, age (, von Wattwil, geb. 1867); its
# words alone are the quick look for a register in a text (a digit is too common for that)
_REGISTER_WORDS_AFTER = r"von|aus|geb\.|geboren|née?|born|aged|Esq"
_REGISTER_AFTER = re.compile(rf", (?:{_REGISTER_WORDS_AFTER}|\d)")
_REGISTER_WORDS = re.compile(rf", (?:{_REGISTER_WORDS_AFTER})")
INVERTED_ZIPF = 4.5  # a word this common is no surname here (Keller, Grimm are less)


def inverted_names(text: str, mentions: list[Annotation], method: str,
                   gazetteer: Mapping[str, str], given: frozenset[str],
                   common: Mapping[str, int]) -> None:
    """A name in a register's order, surname first (``Keller, Johann Jakob, von
    Wattwil``; ``Bösch, Jakob, von Nesslan``), is one person with its comma, as the
    held-out sets count it: with what a register gives after it (origin, birth, Esq.),
    or alone on a line's start (after a number at most); the given names known ones or
    initials (a subscription list's ``Dewhurst, J. B., Esq.``; the first a known given
    name), the surname none, nor a larger place, a title or a common word. In place of
    the mentions inside it."""
    if _REGISTER_WORDS.search(text) is None and _LIST_LINE.search(text) is None:
        return  # most texts: no register, no list of names
    for m in _INVERTED.finditer(text):
        surname, names = fold(m.group(1)), m.group(2).split()
        if (surname in given or surname in TITLES or common.get(surname, 0) >= INVERTED_ZIPF
                or gazetteer.get(surname) in BIG_PLACES):
            continue
        words = [fold(w) for w in names if not w.endswith(".")]
        if words and (names[0].endswith(".") or words[0] not in given):
            continue
        opens = _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())
        if _REGISTER_AFTER.match(text, m.end()) or (opens and text[m.end():m.end() + 1] != ","):
            take_span(text, mentions, m.start(), m.end(), "PER", method)
