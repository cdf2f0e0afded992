"""Passes over a text's mentions once the model and the label rules chose them.

Each takes the text's mentions and mends them in place, reading the text around them: a
surname found again alone, one sense of a name in a text, a name broken at a line's end
joined, a list of places typed as one, the names of God, small places that are common
words dropped, a head of government's government. (What a name takes in at its edges, a
title, an honorific, a suffix, is :mod:`.rules_edges`'.) Mentions a pass adds have
:data:`~.rules.RULE_CONFIDENCE` unless they say otherwise.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from itertools import compress

import regex

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.date_words import WEEKDAYS
from palimpsest.enrich.entities.lexicon import (
    DIVINE_NAMES,
    INDUSTRY_HEADS,
    PERSON_HONORIFICS,
    PLACE_LIST_HEADS,
    PLACE_PREPOSITIONS,
    TITLES,
)
from palimpsest.enrich.entities.rules import (
    RULE_CONFIDENCE,
    add_in_order,
    inside,
    join_persons,
    rule_mention,
    take_span,
)
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation

SURE_PERSON = 0.5  # the least confidence of a full name whose surname is looked for again
COMMON_SURNAME = 4  # a surname this common a word (Zipf) is not looked for alone


def repeated_surnames(
    tk: Tokens, mentions: list[Annotation], method: str, common: Mapping[str, int]
) -> None:
    """A person named in full once (``Josef Zapf``, ``Hr. Zapf``) is the same person when
    the text names them by surname alone later (``Zapf``): each capitalised word that is
    the last word of a person's mention of two words or more, outside every mention,
    becomes a mention of that person too (a text keeps to one sense of a name). Only a
    name found with some confidence (:data:`SURE_PERSON`), and no surname that is also a
    common word (:data:`COMMON_SURNAME`: ``Kreuz``, ``Vereine``). In place, in text order."""
    surnames: dict[str, float] = {}
    for a in mentions:
        if a.value["type"] != "PER" or a.confidence < SURE_PERSON:
            continue
        k = bisect_left(tk.starts, a.end) - 1  # the mention's last token
        if k >= 0 and tk.starts[k] > a.start and tk.caps[k] and len(tk.words[k]) > 2 \
                and tk.words[k].isalpha() and tk.folded[k] not in TITLES \
                and common.get(tk.folded[k], 0) < COMMON_SURNAME:
            surnames[tk.folded[k]] = max(surnames.get(tk.folded[k], 0.0), a.confidence)
    if not surnames:
        return
    taken = sorted((a.start, a.end) for a in mentions)
    added = []
    folded = tk.folded
    for k in [k for k in compress(range(len(folded)), tk.caps) if folded[k] in surnames]:
        if not tk.words[k].isupper() and not _hyphen_part(tk, k):  # (Petersen-Holm: not Holm)
            f, s, e = tk.folded[k], tk.starts[k], tk.ends[k]
            if not inside(taken, s, e):
                added.append(Annotation("mention", s, e, {"type": "PER", "text": tk.words[k]},
                                        method, surnames[f]))
    add_in_order(mentions, added)


def _hyphen_part(tk: Tokens, k: int) -> bool:
    """Whether token ``k`` is joined by a hyphen to the word before or after it."""
    w, st, en = tk.words, tk.starts, tk.ends
    return ((k >= 2 and w[k - 1] == "-" and st[k] == en[k - 1] and st[k - 1] == en[k - 2])
            or (k + 2 < len(w) and w[k + 1] == "-" and st[k + 1] == en[k]
                and st[k + 2] == en[k + 1]))


SURE_NAME = 0.6  # the least confidence of a name that is looked for again in its text
SURE_NAME_AGAIN = 0.9  # a name found again: a little less sure than where it was found


def one_sense(text: str, tk: Tokens, mentions: list[Annotation], method: str,
              curated_method: str = "", genitive: bool = False) -> None:
    """A text keeps one sense of a name. A surname alone, found less surely than
    :data:`SURE_NAME`, is a person where the text names a person by it in full (``Josef
    Zapf``: ``Zapf``), and a works' or a firm's word alone (:data:`INDUSTRY_HEADS`),
    taken for a person or a place less surely, is the firm the text names in full
    (``Hilanderías del Rímac``: ``de Hilanderías``);
    mentions of one name (the same words) all get the type of the
    surest of them (a curator's type when one is among them); and a name
    found with some confidence (:data:`SURE_NAME`) is found again wherever its words
    stand again, capitalised, outside every mention (``Interlaken`` after ``in``, then
    alone). A title is part of the name here: ``Secretary Resolved`` is no reason to take
    every ``Resolved`` for a person. With ``genitive`` (German), a person is found again
    in the genitive too (``Goethes``). In place, in text order."""
    by_name: dict[tuple[str, ...], list[Annotation]] = {}
    starts, folded = tk.starts, tk.folded
    for a in mentions:
        i, j = bisect_left(starts, a.start), bisect_left(starts, a.end)
        name = tuple(folded[i:j]) if j == i + 1 else tuple(f for f in folded[i:j] if f != ".")
        if name:
            by_name.setdefault(name, []).append(a)
    surnames = {name[-1] for name, group in by_name.items()
                if len(name) >= 2 and len(name[-1]) > 2 and name[-1].isalpha()
                and any(a.value["type"] == "PER" and a.confidence >= SURE_PERSON for a in group)}
    heads = {name[0] for name, group in by_name.items()  # Hilanderías del Rímac
             if len(name) >= 3 and name[0] in INDUSTRY_HEADS
             and any(a.value["type"] == "ORG" and a.confidence >= SURE_PERSON for a in group)}
    wanted: dict[str, list[tuple[tuple[str, ...], Annotation]]] = {}
    for name, group in by_name.items():
        if len(name) == 1 and name[0] in surnames:  # a person's surname alone: the person
            for a in group:
                if a.confidence < SURE_NAME and a.method != curated_method:
                    a.value["type"] = "PER"
        elif len(name) == 1 and name[0] in heads:  # a body's first word alone: the body
            for a in group:
                if (a.confidence < SURE_NAME and a.method != curated_method
                        and a.value["type"] in ("PER", "LOC")):
                    a.value["type"] = "ORG"
        top = group[0]
        if len(group) > 1:
            weight: dict[str, float] = {}
            for a in group:
                w = 1e9 if curated_method and a.method == curated_method else a.confidence
                weight[a.value["type"]] = max(weight.get(a.value["type"], 0.0), w)
            typ = max(weight, key=weight.__getitem__)
            for a in group:
                a.value["type"] = typ
            top = max(group, key=lambda a: a.confidence)
        if top.confidence >= SURE_NAME and sum(map(len, name)) >= 4:
            wanted.setdefault(name[0], []).append((name, top))
            if genitive and top.value["type"] == "PER" and name[-1].isalpha():
                owner = (*name[:-1], name[-1] + "s")  # Goethe: Goethes Faust
                wanted.setdefault(owner[0], []).append((owner, top))
    if not wanted:
        return
    taken = sorted((a.start, a.end) for a in mentions)
    n = len(tk.words)
    added: list[Annotation] = []
    for k in [k for k in compress(range(n), tk.caps) if folded[k] in wanted]:
        for name, top in wanted[folded[k]]:
            j, m = k, 0  # match the name's words from k on, dots of initials skipped
            while j < n and m < len(name) and folded[j] in (name[m], "."):
                m += folded[j] != "."
                j += 1
            if m < len(name):
                continue
            s, e = tk.starts[k], tk.ends[j - 1]
            if inside(taken, s, e):
                break  # inside a mention already
            added.append(rule_mention(text, s, e, top.value["type"], method,
                                      round(top.confidence * SURE_NAME_AGAIN, 3)))
            taken.insert(bisect_left(taken, (s, e)), (s, e))
            break
    add_in_order(mentions, added)


def divine_names(text: str, tk: Tokens, mentions: list[Annotation], method: str) -> None:
    """``God``, ``Gott``, ``Dieu``, ``Jesus`` (:data:`DIVINE_NAMES`), capitalised, are
    persons: a mention of the word alone is retyped, and the word is found where no
    mention took it (the gazetteer's small places of that name made ``in God`` a place).
    In place, in text order."""
    if DIVINE_NAMES.isdisjoint(tk.folded):
        return
    by_span = {(a.start, a.end): a for a in mentions}
    taken = sorted(by_span)
    added: list[Annotation] = []
    for k in compress(range(len(tk.words)), tk.caps):
        if tk.folded[k] not in DIVINE_NAMES:
            continue
        s, e = tk.starts[k], tk.ends[k]
        a = by_span.get((s, e))
        if a is not None:
            if a.value["type"] != "PER":
                a.value = {**a.value, "type": "PER"}
            continue
        if not inside(taken, s, e):  # else in a longer name: Jesus Christ, Gottfried Keller
            added.append(rule_mention(text, s, e, "PER", method))
    add_in_order(mentions, added)


WORD_PLACE_LANGS = frozenset({"en", "fr", "es"})  # where common words are not capitalised
WORD_PLACE_ZIPF = 4  # a word this common (Zipf) is a word before it is a small place
WORD_ZIPF = 5  # ... and before it is a larger one, after "the"


def drop_word_places(text: str, mentions: list[Annotation], method: str,
                     gazetteer: Mapping[str, str], common: Mapping[str, int]) -> None:
    """A one-word place that is only one of GeoNames' small places (``P3``) and a common
    word of the language (``Federal``, ``Law``, ``Chair``, ``Port``, ``Republic``), that the
    model alone called a place, unsurely, is dropped: capitalised in a heading or at a
    sentence's start, it is the word. So is a larger place (``P2``) named by one of the
    commonest words after *the* (``under the Act``). Not in German, whose common
    words are capitalised and whose count (``Weimar``, ``Konstanz``) holds the names. In
    place."""
    def word_place(a: Annotation) -> bool:
        name = a.value["text"]
        if a.value["type"] != "LOC" or a.method != method or a.confidence >= RULE_CONFIDENCE:
            return False
        key = fold(name)
        if " " in name:
            return False
        rank, zipf = gazetteer.get(key), common.get(key, 0)
        before = text[max(0, a.start - 6):a.start].split()
        if rank == "P2" and zipf >= WORD_ZIPF and before and before[-1].lower() == "the":
            return True  # under the Act, the Cup: GeoNames' Act (ACT) is no place here
        if before and fold(before[-1]) in PLACE_PREPOSITIONS and name[1:].islower():
            return False  # s'est enfui à Versailles: a name its fame made common (not at TEN)
        return rank == "P3" and zipf >= WORD_PLACE_ZIPF
    mentions[:] = [a for a in mentions if not word_place(a)]


def persons_across_lines(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A person's name broken at a line's end (``Miss Leona`` / ``Byrne``, ``Madam
    Sklodowsky`` / ``Curie``) is one person: two person mentions with only a line break
    between them, the second one word, are joined. In place."""
    def joins(prev: Annotation, a: Annotation) -> bool:
        return (text.count("\n", prev.end, a.start) == 1
                and not text[prev.end:a.start].strip() and text[prev.end - 1].isalpha()
                and bisect_left(tk.starts, a.end) - bisect_left(tk.starts, a.start) == 1)
    join_persons(text, mentions, joins)


_LIST_LINKS = frozenset({",", "and", "und", "et", "y", "e", "or", "oder", "ou", "o"})


def place_lists(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A list of names (commas, then *and*: ``Isabella, Midland, Gladwin, and Barry``)
    after a preposition that takes places (``in``, ``nach``, ``dans``) or a plural word
    for places (``the counties — Monroe, Wayne, Huron and Emmet``) is a list of places,
    whatever the model made of each (retyped, with :data:`RULE_CONFIDENCE`, which its
    unsure places get too); a name with an honorific or title keeps its type. In place."""
    starts = tk.starts
    i, n = 0, len(mentions)
    while i < n:
        k = bisect_left(starts, mentions[i].start) - 1
        while k >= 0 and tk.words[k] in ("—", "-", ":", "–"):
            k -= 1
        if k < 0 or tk.folded[k] not in PLACE_LIST_HEADS:
            i += 1
            continue
        j, joined = i + 1, False
        while j < n:
            link = text[mentions[j - 1].end:mentions[j].start].replace(",", " , ").split()
            if not link or len(link) > 2 or any(w.lower() not in _LIST_LINKS for w in link):
                break
            joined = joined or any(w != "," for w in link)
            j += 1
        if j - i >= 3 and joined:
            for a in mentions[i:j]:
                first = bisect_left(starts, a.start)
                if a.value["type"] == "LOC":  # the list says so: sure as a rule is
                    a.confidence = max(a.confidence, RULE_CONFIDENCE)
                elif tk.folded[first] not in PERSON_HONORIFICS \
                        and tk.folded[first] not in TITLES:
                    a.value = {**a.value, "type": "LOC"}
                    a.confidence = RULE_CONFIDENCE
        i = j


# Words for a head of government's government, and the particle between it and the name,
# by the side the name stands on: "the Thatcher government", "gobierno de Belaúnde",
# "gouvernement Pompidou", "Regierung Adenauer".
_GOVERNMENT_AFTER = frozenset({"government", "administration", "regime", "cabinet", "ministry"})
_GOVERNMENT_BEFORE = frozenset({"gobierno", "regimen", "gabinete", "gouvernement", "cabinet",
                                "regime", "regierung", "kabinett"})


def governments(
    text: str, tk: Tokens, mentions: list[Annotation], method: str,
    gazetteer: Mapping[str, str],
) -> None:
    """A person the chronology knows, named by their government (``the Belaúnde
    government``, ``el gobierno de Belaúnde``, ``le gouvernement Pompidou``, ``die
    Regierung Adenauer``) is a person: a mention of the name where none took it (a country
    after the word is the country: ``el gobierno de Chile``). When the chronology knows
    the government by that very phrase, the name is the person's even where a place has
    it (``le gouvernement Laval``, not the town) or a mention took the government word
    with it (``Regierung Brüning``). In place."""
    folded, n = tk.folded, len(tk.words)
    if _GOVERNMENT_AFTER.isdisjoint(folded) and _GOVERNMENT_BEFORE.isdisjoint(folded):
        return
    taken = sorted((a.start, a.end) for a in mentions)
    added: list[Annotation] = []
    for k in range(n):
        f = folded[k]
        if f in _GOVERNMENT_AFTER and k:
            name = k - 1
            phrase = f"{folded[name]} {f}"
        elif f in _GOVERNMENT_BEFORE and k + 1 < n:
            name = k + 2 if folded[k + 1] == "de" and k + 2 < n else k + 1
            phrase = " ".join(folded[k:name + 1])
        else:
            continue
        if not tk.caps[name]:
            continue
        s, e = tk.starts[name], tk.ends[name]
        if gazetteer.get(phrase) == "PER":
            gov = (tk.starts[k], tk.ends[k])
            for a in mentions:  # the name's own mention, or the name with the government word
                if (a.start, a.end) in ((s, e), (min(s, gov[0]), max(e, gov[1]))):
                    a.start, a.end = s, e
                    a.value = {**a.value, "type": "PER", "text": text[s:e]}
        elif gazetteer.get(folded[name]) != "PER":
            if (f in _GOVERNMENT_BEFORE and gazetteer.get(folded[name]) in ("P1", "LOC")
                    and not inside(taken, s, e)):
                added.append(rule_mention(text, s, e, "LOC", method))  # gobierno de Chile
            continue
        if not inside(taken, s, e):
            added.append(rule_mention(text, s, e, "PER", method))
    add_in_order(mentions, added)


# what a paper says of itself under its name: how often it comes out, whose organ it is
_PRESS_LINE = re.compile(
    r"(?:quotidien|hebdomadaire|diario|semanario|tageszeitung|wochenzeitung|wochenblatt"
    r"|daily|weekly|[oó]rgano|organe|organ|zentralorgan|journal)\b|.*\b(?:zentral)?organ\s+der\b",
    re.IGNORECASE)
_FIRST_LINES = re.compile(r"\s*([^\n]+)\n+([^\n]+)")
_HEADLINE_WORDS = frozenset({"a", "an", "from", "of", "to", "in", "on", "for", "and", "at",
                             "with", "by"})  # words of a headline, in no paper's name


def paper_mastheads(text: str, mentions: list[Annotation], method: str) -> None:
    """A paper's name heading the page is an organisation: one to four capitalised words
    on the first line, over what the paper says of itself (``LE PEUPLE`` / ``Organe
    quotidien de …``, ``Vorwärts`` / ``Berliner Volksblatt. Zentralorgan der …``) or over
    a dateline with its weekday (``LE PETIT PARISIEN`` / ``PARIS, DIMANCHE 11 MARS 1906``).
    English ``The`` and the line's stop stay out. In place."""
    m = _FIRST_LINES.match(text)
    if m is None:
        return
    name, below = m.group(1).strip(), m.group(2).lower()
    words = name.rstrip(".").split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words) \
            or not _HEADLINE_WORDS.isdisjoint(w.lower() for w in words):
        return  # (NEWS FROM ITALY, A NEW SCHOOL: headlines)
    tokens = re.findall(r"\w+", below)
    dated = (len(tokens) <= 10 and not WEEKDAYS.keys().isdisjoint(tokens)
             and (any(len(t) == 4 and t.isdigit() for t in tokens)
                  or re.match(r"\w+\s*,", below) is not None))  # PARIS, DIMANCHE 11 MARS 1906
    if _PRESS_LINE.match(below) is None and not dated:
        return
    s = m.start(1) + (name.index(words[1]) if words[0].lower() == "the" and len(words) > 1
                      else 0)  # (THE PITTSBURG DISPATCH: the paper's name without The)
    e = m.start(1) + len(name.rstrip("."))
    if any(a.start < s < a.end or a.start < e < a.end for a in mentions):
        return  # a longer name across it
    take_span(text, mentions, s, e, "ORG", method)


# A street named with its capitalised kind (Calle de Alcalá, Calle Mayor, Avenida de Mayo,
# Rue de la Paix): the kind, its "de", and one to three capitalised words
_CAPITAL_STREET = regex.compile(
    r"(?<![\w-])(?:Calle|Avenida|Paseo|Calzada|Carrera|Rue|Boulevard|Quai)[^\S\n]+"
    r"(?:(?:de|del|de[^\S\n]+la|de[^\S\n]+los|de[^\S\n]+las|du|des|de[^\S\n]+l['’])[^\S\n]*)?"
    r"\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,2}(?<!\.)")


def capital_streets(text: str, mentions: list[Annotation], method: str) -> None:
    """A street named with its capitalised kind (``Calle de Alcalá``, ``Calle Mayor``,
    ``Avenida de Mayo``, ``Rue de la Paix``) is one place, in place of what the model
    made of its parts (a person ``Alcalá``, nothing at all). Spanish and French. In
    place."""
    for m in _CAPITAL_STREET.finditer(text):
        take_span(text, mentions, m.start(), m.end(), "LOC", method)


# a square or a market named for a saint, with its lower-case kind (plaza de Santo Domingo,
# mercado de San Antonio): AnCora gives a square named for a person the person, not a saint
_SAINT_SQUARE = regex.compile(
    r"(?<![\w-])(?:plaza|plazuela|mercado)[^\S\n]+de[^\S\n]+(?:San|Santo|Santa)[^\S\n]+"
    r"\p{Lu}\p{Ll}+(?:[^\S\n]+de[^\S\n]+\p{Lu}\p{Ll}+)?")


def saint_squares(text: str, mentions: list[Annotation], method: str) -> None:
    """Spanish: a square or a market named for a saint is one place with its lower-case
    kind (``plaza de Santo Domingo``, ``mercado de San Antonio``), in place of the saint's
    name the model found in it. In place."""
    if "San" not in text:
        return
    for m in _SAINT_SQUARE.finditer(text):
        take_span(text, mentions, m.start(), m.end(), "LOC", method)
