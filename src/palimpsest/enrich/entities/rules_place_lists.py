"""The names a list of places leaves unread: ``Empfang der Feuerwehren von Kitzingen,
Marktbreit, Sommerhausen, Eibelstadt, Frickenhausen und Segnitz``, where the model and
the gazetteer knew three of six.

A list keeps to one kind of thing. Where the list is closed by *and*, two of its names
or more are places and none is a person's or a body's, its other one-word names are
places too, unless they are given names or common words; one place is enough right after
a preposition of places (``ab Riesa, Wurzen, Mügeln und Strehla``), where the other names
must not end as German abstract nouns do. The towns of a district, the
villages of a parish and the stations of a line are named so, and most are too small
for any gazetteer.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping

import regex

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.rules import DATE_WORDS, add_in_order, rule_mention
from palimpsest.enrich.entities.rules_lists import AND_JOINS, HYPHENS
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation

_MIN_ITEMS = 3
_MIN_PLACES = 2


def gaps_in_place_lists(
    text: str, tk: Tokens, mentions: list[Annotation], method: str,
    given: frozenset[str], common: Mapping[str, int],
) -> None:
    """Add the unread names of each list of places (see the module); in place."""
    if not mentions:
        return
    by_start = {a.start: a for a in mentions}
    covered = sorted((a.start, a.end) for a in mentions)
    added: list[Annotation] = []
    for items in _lists(tk, text):
        spans = [(tk.starts[a], tk.ends[b]) for a, b in items]
        read = [by_start.get(s) for s, _ in spans]
        if any(m is not None and (m.end != e or m.value["type"] != "LOC")
               for m, (_, e) in zip(read, spans, strict=True)):
            continue  # a person's or a body's name among them, or a longer name
        known = sum(m is not None for m in read)
        if known < _MIN_PLACES and not (known and _after_place_word(text, spans[0][0])):
            continue
        for (a, b), (s, e), m in zip(items, spans, read, strict=True):
            if m is None and a == b and _may_be_place(tk, a, given, common) \
                    and not _overlaps(covered, s, e) \
                    and (known >= _MIN_PLACES or not tk.folded[a].endswith(_NOUN_ENDS)):
                added.append(rule_mention(text, s, e, "LOC", method))
    add_in_order(mentions, added)


# the prepositions of places right before a list: one place read among its names is then
# enough (ab Riesa, Wurzen, Mügeln und Strehla; die Kinder aus Kempraten, Busskirch und
# Bollingen)
_PLACE_WORD_BEFORE = regex.compile(r"(?<![\w-])(?:aus|ab|nach|in|bei|from|to)[^\S\n]+$")


# the ends of German abstract nouns, capitalised as names are: a list of subjects after
# "in" (in Pflanzenbau, Thierzucht und Buchführung) is no list of towns
_NOUN_ENDS = ("ung", "heit", "keit", "schaft", "wesen", "kunde", "lehre", "zucht", "bau",
              "tum", "nis", "ion", "tat", "ik", "ie")


def _after_place_word(text: str, start: int) -> bool:
    return _PLACE_WORD_BEFORE.search(text, max(0, start - 8), start) is not None


# where such a list may be: two capitalised words joined by a comma (the token walk in
# :func:`_lists` decides; most pages hold none, and the walk costs)
_COMMA_PAIR = regex.compile(r"\p{Lu}[\p{L}-]*,(?=\s*\p{Lu})")


def _lists(tk: Tokens, text: str) -> list[list[tuple[int, int]]]:
    """The lists of one-word names (or hyphened ones: ``Windisch-Matrei``) joined by
    commas and closed by *and* (``A, B, C und D``), each a list of its items' token spans
    (first, last), three items or more."""
    out: list[list[tuple[int, int]]] = []
    n = len(tk.words)
    after = 0  # the first token no walk has passed
    for pair in _COMMA_PAIR.finditer(text):
        k = bisect_left(tk.starts, pair.start())
        if k < after or k >= n:
            continue
        items, whole = _walk(tk, k, n)
        after = items[-1][1] + 1 if items else k + 1
        if whole and len(items) >= _MIN_ITEMS:
            out.append(items)
    return out


def _walk(tk: Tokens, k: int, n: int) -> tuple[list[tuple[int, int]], bool]:
    """The names joined from token ``k`` on, and whether they make a list (see
    :func:`_lists`): closed by *and*, its last name whole."""
    items: list[tuple[int, int]] = []
    closed = False
    j = k
    while True:
        end = _name_end(tk, j)
        if end < 0:
            break
        items.append((j, end))
        nxt = end + 1
        if nxt < n and tk.words[nxt] == "," and nxt + 1 < n and tk.folded[nxt + 1] in AND_JOINS:
            nxt += 1  # ", and"
        if closed or nxt >= n or (tk.words[nxt] != "," and tk.folded[nxt] not in AND_JOINS):
            break
        closed = tk.folded[nxt] in AND_JOINS
        j = nxt + 1
    return items, bool(closed and items and _ends_there(tk, items[-1][1]))


def _name_end(tk: Tokens, k: int) -> int:
    """The last token of the one-word (or hyphened) name at ``k``, or -1."""
    n = len(tk.words)
    if not (k < n and _capital_word(tk, k)) or (k > 0 and _capital_word(tk, k - 1)):
        return -1
    while k + 2 < n and tk.words[k + 1] in HYPHENS and _capital_word(tk, k + 2) \
            and tk.starts[k + 1] == tk.ends[k] and tk.starts[k + 2] == tk.ends[k + 1]:
        k += 2
    return k


def _ends_there(tk: Tokens, k: int) -> bool:
    """Whether the last item is a whole name: no capitalised word right after it."""
    return k + 1 >= len(tk.words) or not _capital_word(tk, k + 1)


def _capital_word(tk: Tokens, k: int) -> bool:
    w = tk.words[k]
    return tk.caps[k] and w.isalpha() and not w.isupper() and tk.folded[k] not in DATE_WORDS


def _may_be_place(tk: Tokens, k: int, given: frozenset[str], common: Mapping[str, int]) -> bool:
    f = tk.folded[k]
    return (f not in given and fold(tk.words[k]) not in given and f not in _SURROUNDINGS
            and common.get(f, 0) < _WORD_ZIPF)


# a list of places ends with their surroundings: "Langendreer, Werne und Umgegend"
_SURROUNDINGS = frozenset({"umgegend", "umgebung", "umland", "nachbarschaft", "environs",
                           "alrededores", "neighbourhood", "neighborhood", "vicinity"})
_WORD_ZIPF = 3  # a word this common is no town of a list: Territories, Trompes


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
