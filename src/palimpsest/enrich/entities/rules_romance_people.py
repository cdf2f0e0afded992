"""The edges of French and Spanish persons' names: a Spanish name after its style runs on
over ``y`` and a second surname (``don Vicente Sarabia y Locsin``), a married woman's
over ``de`` and her husband's (``doña Rosario Locsin de Sarabia``); a mention opened by a
person's style is a person's (``Mgr François-Virgile Dubillard``). Split from
:mod:`.rules_edges` (thirty-fourth session).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import replace

from palimpsest.enrich.entities.gazetteers import name_key
from palimpsest.enrich.entities.lexicon import ES_CALLING_SECONDS, ES_CALLINGS, ES_RANKS
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation

# Spanish styles before a name (folded) that announce one person's whole name, both
# surnames with it: don Vicente Sarabia y Locsin, doña Rosario Locsin de Sarabia.
_ES_STYLES = ES_RANKS | frozenset({"d", "dª", "d.ª", "sr", "sra", "srta", "senorita"})
_ES_WIVES = frozenset({"dona", "senora", "sra", "dª", "d.ª"})
_NOT_SURNAMES = frozenset({"compania", "cia", "hijos", "hermanos", "sobrinos", "sucesores"})
_TOWNS = frozenset({"P1", "P2"})  # the gazetteer's cities and regions


def spanish_second_surnames(
    text: str, tk: Tokens, mentions: list[Annotation], given: frozenset[str],
    gazetteer: Mapping[str, str],
) -> None:
    """A Spanish person's name after a style (:data:`_ES_STYLES`: ``don``, ``doña``,
    ``coronel don``, ``señorita``) runs on over ``y`` and a second surname (``don Vicente
    Sarabia y Locsin``, ``don Teodoro Yulo y Jalan-``/``doni``) and, for a married woman,
    over ``de`` and her husband's (``doña Rosario Locsin de Sarabia``); and anyone's over
    a surname's ``de`` (``don Francisco Sáenz de Ugarte``, ``don Eusebio Gallo de la
    Vega``) unless a town is named (``de Toledo``: a city or a region of the gazetteer), as
    the held-out sets count them. Without a style, ``Pedro Nieto y Galán`` may be two people
    (CoNLL-2002 reads it so); a given name (``y Pedro``), a firm's word (``y Compañía``) or
    a word going on into another name ends nothing. In place; the mentions the name takes
    in go."""
    starts = tk.starts
    n = len(starts)
    drop: set[int] = set()
    for a in mentions:
        if a.value["type"] != "PER" or id(a) in drop:
            continue
        first, e = bisect_left(starts, a.start), bisect_left(starts, a.end)
        while first + 1 < e and (tk.folded[first] in ES_CALLINGS or tk.words[first] == "."
                                 or tk.folded[first] in ES_CALLING_SECONDS):
            first += 1  # Excma. señora doña, médico titular don: the style after the calling
        style = first if tk.folded[first] in _ES_STYLES else first - 1
        while style + 1 < e and tk.folded[style + 1] in _ES_STYLES:
            style += 1
        styled = style >= 0 and tk.folded[style] in _ES_STYLES and e - style >= 3
        named = (e - first >= 2 and tk.folded[first] in given and e + 1 < n
                 and tk.words[e] == "y")  # Juan Pujol y Rovira: a given name and a surname
        if not (styled or named) or e + 1 >= n or text[a.end:starts[e]] != " ":
            continue
        joiner = tk.words[e]
        w = e + 2 if joiner == "de" and tk.words[e + 1] in ("la", "las", "los") else e + 1
        if (joiner not in ("y", "de") or w >= n or text[tk.ends[w - 1]:starts[w]] != " "
                or not tk.caps[w] or not tk.words[w].isalpha()
                or tk.folded[w] in given or tk.folded[w] in _NOT_SURNAMES):
            continue
        if joiner == "de" and tk.folded[style] not in _ES_WIVES \
                and gazetteer.get(name_key(tk.words[w])) in _TOWNS:
            continue  # don Juan Pérez de Toledo: where he is from
        end = w
        if (w + 2 < n and tk.words[w + 1] == "-" and starts[w + 1] == tk.ends[w]
                and text[tk.ends[w + 1]:starts[w + 2]] == "\n" and tk.words[w + 2].islower()):
            end = w + 2  # Jalan-|doni, broken at the line's end
        if end + 1 < n and tk.caps[end + 1] and text[tk.ends[end]:starts[end + 1]] == " ":
            continue  # y Martín García: another name goes on
        new_end = tk.ends[end]
        for b in mentions:
            if b is not a and b.start < new_end and a.end <= b.start:
                drop.add(id(b))
        a.end = new_end
        a.value = {**a.value, "text": text[a.start:a.end]}
    if drop:
        mentions[:] = [b for b in mentions if id(b) not in drop]


# The French and Spanish styles a person's mention opens with (Mgr François-Virgile
# Dubillard, R. P. Louis Mermier, Sra. doña Rosa Ferrero)
_STYLES = frozenset({"mgr", "monseigneur", "m", "mme", "mlle", "sr", "sra", "srta", "dr", "dra"})
_REVEREND_FATHER = re.compile(r"R\.[^\S\n]?P\.[^\S\n]")


def styled_persons(text: str, mentions: list[Annotation], curated: str) -> None:
    """A French or Spanish mention that opens with a person's style (:data:`_STYLES`, ``R.
    P.``) and names no firm is a person's, whatever the model typed it (``Mgr
    François-Virgile Dubillard`` as a body, ``R. P. Louis Mermier`` as a place). In place."""
    for k, a in enumerate(mentions):
        t = a.value["text"]
        if a.value["type"] == "PER" or a.method == curated or " " not in t or "&" in t:
            continue
        first = t.split()[0].rstrip(".").lower()
        if (first in _STYLES and t.split()[1][:1].isupper()) or _REVEREND_FATHER.match(t):
            mentions[k] = replace(a, value={**a.value, "type": "PER"})
