"""Candidate names: runs of capitalised words, and the spans of them that may be names.

A *candidate* is a run of capitalised words, with the dots of initials and titles
(``Mr. J. Smith``) and lower-case connectors between capitals (``Bank of England``,
``Partido de los Trabajadores``); leading sentence words (``The``, ``Der``) are dropped.
In French and Spanish a name may go on in lower case (``Parti communiste français``).
A run is cut into atoms at connectors and line breaks, and every range of a few atoms is
a candidate, to be typed by :mod:`.model`: one pass over the tokens finds them all.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress

from palimpsest.enrich.entities.features import Candidate, make_candidate
from palimpsest.enrich.entities.lexicon import (
    ABBREVIATED_HONORIFICS,
    AND_WORDS,
    ARTICLES,
    CALENDAR,
    CONNECTORS,
    DE_UNIT_HEADS,
    GIVEN_ABBREVIATIONS,
    HEADS,
    HYPHEN_PARTICLES_FR,
    LEADING_DROP,
    LEADING_DROP_FR,
    LOWER_PLACE_HEADS_BY_LANG,
    NAME_ADJECTIVES,
    TAIL_ARTICLES,
    TAIL_OF,
    TAIL_STOP,
    TITLES,
)
from palimpsest.enrich.entities.tokens import SHAPES, Tokens


@dataclass(slots=True)
class Run:
    """A capitalised run cut into atoms at connectors and line breaks; ``spans`` holds a
    candidate for each range of up to :data:`MAX_ATOMS` atoms ``[a, b)``."""

    atoms: int
    spans: tuple[tuple[int, int, Candidate], ...]


MAX_ATOMS = 4
MAX_TAIL = 3  # atoms of a lower-case tail (see _tail)
JOIN_GAIN = 2.0  # what a span gains for each atom it joins: a name cut at a line end
# (Alex|Zulle) is one name rather than two, where each alone would pass the threshold
TAIL_LANGS = frozenset({"fr", "es"})  # languages whose names go on in lower case


_POSTCODE = re.compile(r"[A-Z]{1,2}[0-9][0-9A-Z]?")  # a British postal district: WC2, N7, SE1

# Spanish names go on through "para la", "por los", "en": Comité de Cooperación para la
# Paz en Chile, Asamblea Permanente por los Derechos Humanos
CONNECTORS_ES = CONNECTORS | frozenset({"para", "por"})

# Verwaltungsstelle Wolfsburg: a German union's unit is no name, its place is
LEADING_DROP_DE = LEADING_DROP | DE_UNIT_HEADS


def runs(
    text: str, tk: Tokens, lang: str | None = None,
) -> list[tuple[int, int, list[tuple[int, int]], int]]:
    """Every capitalised run of ``text``: its tokens ``[first, last]``, its atoms, and how
    many of them are the run's own (the others: its lower-case tail, see :func:`_tail`)."""
    starts, ends, words, folded, caps = tk.starts, tk.ends, tk.words, tk.folded, tk.caps
    out: list[tuple[int, int, list[tuple[int, int]], int]] = []
    tails = lang in TAIL_LANGS
    french = lang == "fr"
    drop = LEADING_DROP_FR if french else LEADING_DROP_DE if lang == "de" else LEADING_DROP
    connectors = CONNECTORS_ES if lang == "es" else CONNECTORS
    n = len(words)
    j = 0
    for i in compress(range(n), caps):
        if i < j:
            continue  # inside the last run
        j, last = i + 1, i
        while j < n:
            gap = text[ends[j - 1]:starts[j]]
            if len(gap) > 1 or gap == "\n" or gap == "\f":  # not the common " " or ""
                if gap.count("\n") > 1 or "\f" in gap or "   " in gap:
                    break  # a blank line, a page, a column's gap (gez. Schulte     gez. Baumann)
                if "\n" in gap and (folded[j] in drop or folded[j] in TITLES
                                    or (j + 1 < n and words[j + 1] == ":")
                                    or (last == i and _signature_role(text, tk, i, drop))):
                    break  # a line that starts a sentence (Miners | The National Union), a
                    # role under a signature (Baumann | Vorsitzender), a label (Entschuldigt:),
                    # a signature's role that ends its line (Thomas, Chairman | E. Bevan)
            if caps[j]:
                if (not words[j].isalpha() and _POSTCODE.fullmatch(words[j])) or (
                        len(words[j]) == 1 and _dotted_postcode(tk, j)):
                    break  # London WC2, London N7, London W.1: a postcode ends the place's
                last = j
                j += 1
                continue
            w = words[j]
            if (w in ("-", "¬") and gap == "" and j == last + 1 and j + 1 < n
                    and "\n" in text[ends[j]:starts[j + 1]] and words[j + 1].isalpha()):
                last = j + 1  # a name hyphenated at a line end: Weight-|man
                j += 2
                continue
            nxt = j + 1 < n and caps[j + 1]
            if (w == "-" and gap == "" and j + 1 < n and starts[j + 1] == ends[j]
                    and words[j + 1][0].isalnum() and not (french and _run_on(tk, j + 1))):
                last = j + 1  # Cohn-Bendit, Co-operative, Metallarbeiter-Verbandes
                j += 2
                continue
            if w in ("'", "’") and nxt and gap == "" and words[j - 1][-1] in "sS":
                j += 1  # Workers' Union
                continue
            if (w in ("'", "’") and gap == "" and j == last + 1 and j + 2 < n
                    and words[j + 1] in ("s", "S") and starts[j + 1] == ends[j]
                    and caps[j + 2] and "\n" not in text[ends[j + 1]:starts[j + 2]]):
                j += 2  # Women's Co-operative Guild (the possessive ends an atom)
                continue
            if w == "." and gap == "" and (len(words[j - 1]) == 1 or (
                    folded[j - 1] in TITLES and (len(words[j - 1]) <= 5  # not Chairman. |
                                                 or folded[j - 1] == "messrs"))
                                          or folded[j - 1] in GIVEN_ABBREVIATIONS
                                          or folded[j - 1] in ABBREVIATED_HONORIFICS):
                if nxt or (j + 2 < n and folded[j + 1] in CONNECTORS and caps[j + 2]):
                    j += 1  # Mr. J. Smith, M. de Gaulle
                    continue
                if j == last + 1 and j >= 3 and words[j - 2] == "." and caps[j - 1]:
                    last = j  # the last dot of initials: S.F.I.O.
                    j += 1
                    continue
            if folded[j] in AND_WORDS and j + 1 < n and folded[j + 1] in ARTICLES:
                break  # two names: the Trades Council | and the | Communist Party
            if folded[last] in CALENDAR and folded[j] in CONNECTORS:
                break  # a date, then a name: In December | the Union
            if (w == "&" or folded[j] in connectors) and j - last <= 2 and (
                nxt or (j + 2 < n and folded[j + 1] in CONNECTORS and caps[j + 2])
            ):
                j += 1
                continue
            break
        first = i
        while first <= last and folded[first] in drop:
            first += 1
        if first > last:
            continue
        if words[first] == "-":  # the word dropped was hyphened to the next
            if first == last or words[first + 1].islower():
                continue  # To-day, To-morrow: a sentence's first word
            first -= 1  # Al-Fatah, A-7: the name begins with it
        # one token, one atom (what _atoms says of it)
        atoms = [(first, last)] if first == last else _atoms(text, tk, first, last)
        own = len(atoms)
        if tails and folded[last] in HEADS and atoms[-1][0] == last:
            tail = _tail(text, tk, last)
            if tail:
                atoms += tail
                last = tail[-1][1]
                j = max(j, last + 1)
        out.append((first, last, atoms, own))
    return out


def _signature_role(text: str, tk: Tokens, k: int, drop: Collection[str]) -> bool:
    """Whether title ``k`` ends a signature's line, ``Name, Role`` (``D. R. Thomas,
    Chairman``, ``Emil Stuber, Präsident``): the name after the line break is the next
    signature's, not this title's. The line holds a name of five words or fewer (not
    starting with an article: ``Der paraguayische Diktator, General | Higinio Morinigo``),
    one comma, then the title; a list of titled names runs on (``Stadtrat Hasler,
    Stadtrat | Müller``)."""
    if tk.folded[k] not in TITLES or k < 2 or tk.words[k - 1] != ",":
        return False
    line_start = text.rfind("\n", 0, tk.starts[k]) + 1
    first = k - 1
    while first > 0 and tk.starts[first - 1] >= line_start:
        first -= 1
    before = tk.words[first:k - 1]
    return (0 < len(before) <= 5 and "," not in before and tk.caps[first]
            and tk.folded[first] not in drop)


def _run_on(tk: Tokens, k: int) -> bool:
    """Whether the lower-case word ``k`` after a hyphen is French text the OCR ran on
    (``Moscovici-qui``, ``Chirac-n'a``) rather than a name's (``Chaux-de-Fonds``): a
    particle of :data:`HYPHEN_PARTICLES_FR` hyphened to a capitalised word is the name's."""
    words = tk.words
    if not words[k].islower():
        return False
    while (tk.folded[k] in HYPHEN_PARTICLES_FR and k + 2 < len(words)
           and words[k + 1] == "-"):
        k += 2  # particles in a row: Cap-de-la-Madeleine
        if tk.caps[k]:
            return False
    return True


# Spanish kinds of place that give the place after "de", as a county or a state does
# (CONVENTIONS.md: comté de Nicolet, Estado de Chihuahua): el barrio de Santa Rosa; a
# street, an estate or a mine keeps its head (calle de Colón, cortijo de Villaverde), and
# so does an island, whose kind the sets count in one time and out another (isla de Ellis
# in set 22, Catanduanes in set 31)
_KINDS_OF_PLACE = frozenset({"barrio"})


def place_head(text: str, tk: Tokens, first: int, lang: str | None) -> int:
    """The lower-case place head before token ``first`` (``canton de | Vaud``, ``mer |
    Noire``, ``rue de la | Gare``, ``calle | Corredera``; :data:`LOWER_PLACE_HEADS_BY_LANG`:
    French and Spanish), or -1: its token, then ``de``/``du``/``des``/``del``/``d'`` and
    ``la``/``las``/``los``/``l'``, on one line."""
    heads = LOWER_PLACE_HEADS_BY_LANG.get(lang or "")
    if heads is None:
        return -1
    folded, starts, ends = tk.folded, tk.starts, tk.ends
    k = first - 1
    if k >= 0 and folded[k] in TAIL_ARTICLES and k > 0 and folded[k - 1] in TAIL_OF:
        k -= 2  # de la, de l'
    elif k >= 0 and folded[k] in TAIL_OF:
        k -= 1
    if k < 0 or folded[k] not in heads or not tk.words[k].islower():
        return -1
    if k < first - 1 and lang == "es" and folded[k] in _KINDS_OF_PLACE:
        return -1  # el barrio de | Santa Rosa: the place alone
    if "\n" in text[ends[k]:starts[first]]:
        return -1
    return k


def _tail(text: str, tk: Tokens, head: int) -> list[tuple[int, int]]:
    """The lower-case words that go on a name after its head word, as atoms: up to two
    adjectives of :data:`NAME_ADJECTIVES`, then a complement after a connector
    (``Conseil | fédéral``, ``Parti | communiste | français``, ``Syndicat des | dockers``,
    ``Union | nationale des | étudiants de | France``); at most :data:`MAX_TAIL` atoms, none
    across punctuation; a capitalised complement (a name: ``de France``) ends it."""
    starts, ends, words, folded, caps = tk.starts, tk.ends, tk.words, tk.folded, tk.caps
    n = len(words)
    out: list[tuple[int, int]] = []
    k = head + 1
    adjectives = 0
    while k < n and len(out) < MAX_TAIL:
        if "\n\n" in text[ends[k - 1]:starts[k]]:
            break
        if folded[k] in TAIL_OF:
            m = k + 1
            if m < n and folded[m] in TAIL_ARTICLES:
                m += 1  # de la, de l'
            end = _tail_word(tk, m, False)
            if end < 0 or "\n\n" in text[ends[k]:starts[m]]:
                break
            if caps[m] and (folded[m] in ABBREVIATED_HONORIFICS or folded[m] in TITLES):
                break  # a person after it: l'Union nationale | de M. Géo Oltramare
            if caps[m]:  # a name after the connector ends the tail: de France, de la Seine
                while (end + 1 < n and (caps[end + 1] or words[end + 1] == "-"
                                        or (words[end + 1] == "." and _abbreviated(tk, end)))
                       and "\n" not in text[ends[end]:starts[end + 1]]):
                    end += 1
                out.append((m, end))
                break
            out.append((m, end))
            adjectives = 1  # one adjective after a complement, its own (de la production
            k = end + 1     # française); then a complement or nothing
            continue
        if adjectives >= 2:
            break
        end = _tail_word(tk, k, True)
        if end < 0:
            break
        out.append((k, end))
        adjectives += 1
        k = end + 1
    return out


def _abbreviated(tk: Tokens, k: int) -> bool:
    """Whether the dot after token ``k`` is an abbreviation's (``S.N.C.F.``, ``St.``),
    not the end of a sentence (``de la Seine. La séance``)."""
    f = tk.folded[k]
    return (len(tk.words[k]) == 1 or f in TITLES or f in GIVEN_ABBREVIATIONS
            or f in ABBREVIATED_HONORIFICS)


def _tail_word(tk: Tokens, k: int, adjective: bool) -> int:
    """The last token of the tail word at ``k`` (a hyphenated word is one), or -1: a
    lower-case word not in :data:`TAIL_STOP` (an adjective: in :data:`NAME_ADJECTIVES`,
    its last part when hyphenated), or a capitalised one after a connector."""
    words, folded, caps = tk.words, tk.folded, tk.caps
    n = len(words)
    if k >= n or not words[k].isalpha() or folded[k] in TAIL_STOP or (caps[k] and adjective):
        return -1
    end = k
    while (end + 2 < n and words[end + 1] == "-" and tk.starts[end + 1] == tk.ends[end]
           and tk.starts[end + 2] == tk.ends[end + 1] and words[end + 2].isalpha()):
        end += 2  # radical-socialiste
    if adjective and folded[end] not in NAME_ADJECTIVES:
        return -1
    return end


def dateline(text: str, tk: Tokens, first: int, last: int, ordinal: bool = False) -> bool:
    """Whether tokens ``[first, last]`` open a line that goes on with a comma and a date
    (``Nanterre, le 22 mars 1968``): the feature ``dateline`` of :func:`make_candidate`.
    ``ordinal``: a day written ``14th`` counts too (``Barnsley, 14th March l984``)."""
    n = len(tk.words)
    if first > 0 and "\n" not in text[tk.ends[first - 1]:tk.starts[first]]:
        return False
    return (last + 2 < n and tk.words[last + 1] in (",", ":", "!")
            and "\n" not in text[tk.ends[last + 1]:tk.starts[last + 2]]
            and any(w.isdigit() or (ordinal and w[:1].isdigit())
                    for w in tk.words[last + 2:last + 5]))


def _dotted_postcode(tk: Tokens, j: int) -> bool:
    """Whether the letter ``j`` opens a postal district written with stops: ``W.1``,
    ``N.4``, ``S.W.1``, ``W.C.2`` (no space in it: not ``C.G.T.`` / ``33, rue``)."""
    words, k = tk.words, j
    for _ in range(2):
        if k + 2 >= len(words) or words[k + 1] != "." or tk.ends[k + 1] != tk.starts[k + 2]:
            return False
        if words[k + 2].isdigit():
            return True
        k += 2
        if len(words[k]) != 1 or not words[k].isupper():
            return False
    return False


def dated_line(text: str, tk: Tokens, k: int) -> bool:
    """Whether word ``k`` opens a dateline as its place: a comma, then a date's article
    (``Weisweil, den 20. Februar 1975``, ``Jumet, le 3 mars``) or its day (``Skibbereen,
    3rd of 1st month, 1847``)."""
    return (dateline(text, tk, k, k, ordinal=True) and tk.words[k + 1] == ","
            and (tk.folded[k + 2] in _DATE_LEADS or tk.words[k + 2][:1].isdigit()))


_DATE_LEADS = frozenset({"den", "am", "le", "el", "il"})


def split_before_given(
    tk: Tokens, atoms: list[tuple[int, int]], given: Collection[str]
) -> list[tuple[int, int]]:
    """German atoms cut before a given name that follows a noun: German capitalises every
    noun, so a function or a trade runs into the name after it as one atom (``Nationalrat
    Robert Grimm``, ``Uhrmacher Marius Noirjean``), which the model reads as a noun phrase.
    Cut there, the name is a candidate of its own; the title joins it again later
    (:func:`~.rules_edges.with_titles`)."""
    out: list[tuple[int, int]] = []
    folded, words = tk.folded, tk.words
    for a, b in atoms:
        start = a
        for k in range(a + 1, b):  # a given name with a surname after it, not the atom's first
            after_word = words[k - 1].isalpha() or (  # or after a title's dot: Sektionschef
                words[k - 1] == "." and k - 2 > a and folded[k - 2] in TITLES)  # Dr. | Anton
            if (folded[k] in given and folded[k - 1] not in given and after_word
                    and words[k + 1][:1].isupper() and words[k + 1].isalpha()):
                out.append((start, k - 1))
                start = k
                break
        out.append((start, b))
    return out


def coordinated(tk: Tokens, atoms: Sequence[tuple[int, int]], a: int) -> bool:
    """Whether atom ``a`` of a run is one of a list: a bare ``and`` or comma joins it to
    the atom before or after it (``Rudi Dutschke und Prof. Helmut Gollwitzer``), not a
    name's particle (``Carl Friedrich von Weizsäcker``)."""
    for x in (a - 1, a):  # the atom before and this one, each with the next
        if 0 <= x < len(atoms) - 1:
            j = atoms[x][1] + 1  # the one word between them
            if atoms[x + 1][0] == j + 1 and (tk.folded[j] in AND_WORDS or tk.words[j] == ","):
                return True
    return False


def spans_of(atoms: Sequence[tuple[int, int]], own: int, caps: Sequence[bool]) -> list[
        tuple[int, int]]:
    """The candidate spans of a run, as atom ranges ``[a, b)`` of up to :data:`MAX_ATOMS`
    atoms, by ``a`` then ``b``: every one that starts at one of the run's ``own`` atoms or
    at a capitalised word of its tail."""
    na = len(atoms)
    return [(a, b) for a in range(na) if a < own or caps[atoms[a][0]]
            for b in range(a + 1, min(na, a + MAX_ATOMS) + 1)]


def best_spans(
    spans: Sequence[tuple[int, int]], labels: Sequence[tuple[str, float, float]], n_atoms: int,
) -> list[int]:
    """Which of a run's ``spans`` (atom ranges ``[a, b)``) to keep, in text order: the set
    of non-overlapping spans labelled as names (``labels``: type, confidence, gain) with
    the largest total gain, plus :data:`JOIN_GAIN` for each atom a span joins to its
    first. Spans ending at one atom are tried in the order of ``spans`` (ties: the first)."""
    ending: list[list[int]] = [[] for _ in range(n_atoms + 1)]
    for k, (_a, b) in enumerate(spans):
        if labels[k][0] != "O":
            ending[b].append(k)
    best = [0.0] * (n_atoms + 1)
    back: list[int] = [-1] * (n_atoms + 1)  # the span chosen ending at i, or -1
    for i in range(1, n_atoms + 1):
        best[i] = best[i - 1]
        for k in ending[i]:
            a = spans[k][0]
            gain = best[a] + labels[k][2] + JOIN_GAIN * (i - a - 1)
            if gain > best[i]:
                best[i], back[i] = gain, k
    i = n_atoms
    chosen: list[int] = []
    while i > 0:
        k = back[i]
        if k < 0:
            i -= 1
        else:
            chosen.append(k)
            i = spans[k][0]
    return chosen[::-1]


def line_ends(text: str, tk: Tokens, atoms: Sequence[tuple[int, int]]) -> set[int]:
    """The atoms ``x`` of a run that end a line holding nothing but the run: a heading, a
    signature or an address line (``James Hargis`` over ``James Hargis, one of...``;
    ``General Secretary`` over ``Margaret Dunne``). No name goes on from one to the next
    line, as a name cut at a line end does (``said Alex|Zulle``)."""
    out: set[int] = set()
    starts, ends = tk.starts, tk.ends
    line_start = text.rfind("\n", 0, starts[atoms[0][0]]) + 1
    alone = not text[line_start:starts[atoms[0][0]]].strip()  # the run opens its line
    for x in range(len(atoms) - 1):
        gap = text[ends[atoms[x][1]]:starts[atoms[x + 1][0]]]
        if "\n" in gap:
            if alone:
                out.add(x)
            alone = not gap[gap.rfind("\n") + 1:].strip()
    return out


def candidates(
    text: str, toks: Sequence[tuple[int, int, str]] | Tokens, gazetteer: Mapping[str, str],
    common: Mapping[str, int], lang: str | None = None,
) -> list[Run]:
    """Every capitalised run of ``text`` with its candidate spans and their features
    (``toks``: :func:`tokenise`'s tokens, or :meth:`Tokens.of` the text)."""
    tk = toks if isinstance(toks, Tokens) else Tokens.from_tuples(toks)
    group = "D" if lang == "de" else "R"  # German capitalises every noun
    out: list[Run] = []
    for first, last, atoms, own in runs(text, tk, lang):
        # per token of the run, once: its shape and its word feature
        shapes = [SHAPES[w] for w in tk.words[first:last + 1]]
        wfeats = ["w=" + w for w in tk.folded[first:last + 1]]
        spans = []
        for a, b in spans_of(atoms, own, tk.caps):
            cand = make_candidate(text, tk, atoms[a][0], atoms[b - 1][1], gazetteer, common,
                                  group, first, shapes, wfeats)
            spans.append((a, b, cand))
        out.append(Run(len(atoms), tuple(spans)))
    return out


def _atoms(text: str, tk: Tokens, first: int, last: int) -> list[tuple[int, int]]:
    """Token ranges ``[first, last]`` of the run's pieces between connectors and line breaks."""
    words, folded, caps = tk.words, tk.folded, tk.caps
    atoms: list[tuple[int, int]] = []
    k = first
    while k <= last:
        if caps[k] and folded[k] not in LEADING_DROP:
            e = k
            while e + 1 <= last and not (
                folded[e + 1] in CONNECTORS or words[e + 1] == "&"
                or ("\n" in text[tk.ends[e]:tk.starts[e + 1]] and words[e] not in "-¬")
                or (words[e + 1] in ("'", "’") and e + 2 <= last and words[e + 2] in ("s", "S"))
            ):
                e += 1
            atoms.append((k, e))
            k = e + 1
        else:
            k += 1
    return atoms or [(first, last)]
