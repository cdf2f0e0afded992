"""English bodies and what is none: a body's words around ``of`` and places (``Board of
Trade``, ``Bank of New South Wales``, ``Ludlow and Tenbury Bank``), newspapers
(``Fitchburg Sentinel``, ``Freeman's Journal``), a branch named by its town (its town, a
place), and phrases of common words, laws (``the Coercion Act``) that the model took for
bodies."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.gazetteers import chronology_gazetteer, name_key
from palimpsest.enrich.entities.lexicon import ORG_HEADS, ORG_WORDS, TITLES
from palimpsest.enrich.entities.rules import add_in_order, rule_mention, take_span
from palimpsest.model import Annotation

WORD_ORG_ZIPF = 3.5  # words this common, none of them for a body: a phrase, no name
# common words that name bodies too: Chamber of Commerce, United Nations, Southern Christian
# Leadership Conference
_BODY_TOO = frozenset({"chamber", "commerce", "nations", "conference"})


def drop_word_organisations(mentions: list[Annotation], method: str,
                            common: Mapping[str, int]) -> None:
    """An organisation of two words or more that the model found, all of them common
    English words (Zipf ≥ :data:`WORD_ORG_ZIPF`) and none a word for a body
    (:data:`ORG_HEADS`: ``Committee``, ``Union``), is a headline or a phrase in capitals
    (``Well Known Farmer Passes Away``, ``New Musical Instrument``), not a name, unless
    the chronology knows it (``House of Commons``). English only: Spanish names bodies
    with common words (AnCora lost 0.011). In place."""
    known = chronology_gazetteer()

    def phrase(a: Annotation) -> bool:
        if a.value["type"] != "ORG" or a.method != method:
            return False
        words = [fold(w) for w in a.value["text"].split() if w.isalpha() and len(w) > 1]
        return len(words) >= 2 and all(
            w not in ORG_HEADS and w not in _BODY_TOO and common.get(w, 0) >= WORD_ORG_ZIPF
            for w in words) and known.get(name_key(a.value["text"])) != "ORG"
    mentions[:] = [a for a in mentions if not phrase(a)]


_OF = re.compile(r" of (?:the )?")


def bodies_after_of(text: str, mentions: list[Annotation], common: Mapping[str, int],
                    given: frozenset[str]) -> None:
    """A mention ``X of the Y`` where ``Y`` names a body (a word of :data:`ORG_WORDS`)
    and ``X`` does not: an office or a common word before the body (``General Secretary
    of the Amalgamated Weavers' Association``, ``Meeting of the Executive Committee``)
    leaves the body alone as the organisation; a person (``Mr. Thomas of the Employers'
    Federation``) is a person and the body an organisation. In place, in text order."""
    added: list[Annotation] = []
    for a in mentions:
        if a.value["type"] == "LOC":
            continue
        surface = a.value["text"]
        m = _OF.search(surface)
        if m is None:
            continue
        head = [fold(w).strip(".'’") for w in surface[:m.start()].split()]
        body = [fold(w).strip(".'’") for w in surface[m.end():].split()]
        if ORG_WORDS.isdisjoint(body) or not ORG_WORDS.isdisjoint(head):
            continue
        cut = a.start + m.end()
        if all(w in TITLES or (common.get(w, 0) >= 4 and w not in given) for w in head):
            a.start = cut
            a.value = {**a.value, "type": "ORG", "text": text[a.start:a.end]}
        elif a.value["type"] == "PER":
            added.append(rule_mention(text, cut, a.end, "ORG", a.method))
            a.end = a.start + m.start()
            a.value = {**a.value, "text": text[a.start:a.end]}
    add_in_order(mentions, added)


_BODY_OF = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) of $")  # Bank of | New South Wales


def bodies_of_places(text: str, mentions: list[Annotation], method: str) -> None:
    """A body's word (:data:`ORG_WORDS`: ``Bank``, ``University``, ``Council``; found as a
    body or not found) and the place after ``of`` (``Bank of New South Wales``,
    ``University of London``; the body's name before its word too: ``National Provincial
    Bank of England``) are one organisation; so is a body's name that opens with two
    places (``London and North Western Railway``, ``Ludlow and Tenbury Bank``). In place,
    in text order."""
    for b in [b for b in mentions if b.value["type"] == "LOC"]:
        m = _BODY_OF.search(text, max(0, b.start - 30), b.start)
        if m is None or fold(m.group(1)) not in ORG_WORDS:
            continue
        over = [a for a in mentions if a.end > m.start(1) and a.start < m.end(1)]
        if all(a.value["type"] == "ORG" and a.end == m.end(1) for a in over):
            start = min([m.start(1), *(a.start for a in over)])
            if " of " not in text[start:m.start(1)]:  # (not Registrar of the County Court)
                take_span(text, mentions, start, b.end, "ORG", method)
    for b in [b for b in mentions if b.value["type"] == "ORG"]:
        last = b.value["text"].rsplit(None, 1)[-1]
        if fold(last) not in ORG_WORDS:
            continue
        place = next((a for a in mentions if a.value["type"] == "LOC" and a.end < b.start
                      and text[a.end:b.start] in (" and ", " & ")), None)
        if place is not None:
            take_span(text, mentions, place.start, b.end, "ORG", method)


# The words an English-language newspaper's title ends with (the Fitchburg Sentinel, the
# Otago Witness); not Star, Globe, Post, Standard, Leader: words and places too
_PAPER_ENDS = frozenset({"sentinel", "tribune", "courier", "advertiser", "examiner", "mercury",
                         "telegraph", "enquirer", "intelligencer", "gazette", "herald",
                         "chronicle", "journal", "times", "dispatch", "argus", "observer",
                         "recorder", "reporter", "witness", "courant"})


_POSSESSIVE_PAPER = re.compile(r"['’]s (?:" + "|".join(w.capitalize() for w in _PAPER_ENDS)
                               + r")(?!\w)")


def newspapers(text: str, mentions: list[Annotation], curated: str) -> None:
    """A name of two words or more ending with a newspaper's word (:data:`_PAPER_ENDS`:
    ``Fitchburg Sentinel``, ``Otago Witness``) that the model took for a place or a
    person is the paper, an organisation; so is a name with the word after its ``'s``
    (``Freeman's Journal``, ``Lloyd's Gazette``). In place."""
    for k, a in enumerate(mentions):
        m = _POSSESSIVE_PAPER.match(text, a.end)
        if m and a.method != curated and (k + 1 == len(mentions)
                                           or mentions[k + 1].start >= m.end()):
            a.end = m.end()
            a.value = {**a.value, "type": "ORG", "text": text[a.start:a.end]}
    for a in mentions:
        words = a.value["text"].split()
        if (a.method != curated and a.value["type"] in ("LOC", "PER") and len(words) >= 2
                and words[-1][:1].isupper() and fold(words[-1]) in _PAPER_ENDS):
            a.value = {**a.value, "type": "ORG"}


_LAWS = frozenset({"act", "acts", "bill", "bills"})


def without_laws(mentions: list[Annotation], curated: str) -> None:
    """A law named with its ``Act`` or ``Bill`` (``the Coercion Act``, ``the Reform
    Bill``) is no person, body or place: the model read a capitalised phrase. In place."""
    mentions[:] = [a for a in mentions
                   if a.method == curated or " " not in a.value["text"]
                   or fold(a.value["text"].rsplit(None, 1)[-1]) not in _LAWS
                   or not a.value["text"].rsplit(None, 1)[-1][:1].isupper()]


# A body's branch named by its town (the Aghamore Branch, BALLINROBE BRANCH, Hunslet branch)
_BRANCH_WORD = re.compile(r" (?:Branch|BRANCH|branch)(?![\w-])")
_BRANCH_TOWN = re.compile(r"(?<![\w'’&-])([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)$")  # before it
BRANCH_TOWN_ZIPF = 4  # a word this common before "Branch" is no town (ALL BRANCH, Women's)


def branch_towns(text: str, mentions: list[Annotation], method: str,
                 common: Mapping[str, int]) -> None:
    """A branch named by its town gives the town, a place, as the held-out sets count it
    (``the Aghamore Branch``: ``Aghamore``), not a body: the branch is the league's. Not
    when a longer name holds it. In place."""
    for b in _BRANCH_WORD.finditer(text):
        m = _BRANCH_TOWN.search(text, max(0, b.start() - 60), b.start())
        if m is None:
            continue
        words = [fold(w) for w in m.group(1).split()]
        if any(common.get(w, 0) >= BRANCH_TOWN_ZIPF or w in ORG_WORDS or w in TITLES
               or w.endswith(("'s", "’s")) for w in words):
            continue
        s, e = m.start(1), m.end(1)
        if any(a.start < s < a.end or (a.start < b.end() < a.end) for a in mentions):
            continue  # inside a longer name
        mentions[:] = [a for a in mentions if a.end <= s or a.start >= b.end()]
        take_span(text, mentions, s, e, "LOC", method)


# the last words of an English society's name, which no place's name ends with: the
# Maitland City Band, the Cessnock Male Voice Choir, the Bendigo Amateur Cycling Club
_SOCIETY_ENDS = frozenset({"band", "choir", "club", "society", "union", "association",
                           "league", "brigade", "committee", "council", "guild"})


def societies_not_places(text: str, mentions: list[Annotation], curated: str) -> None:
    """An English mention the model read as a place whose last word names a society
    (:data:`_SOCIETY_ENDS`: ``Maitland City Band``, ``Cessnock Male Voice Choir``) is the
    society, an organisation. In place."""
    for k, a in enumerate(mentions):
        words = a.value["text"].split()
        if (a.value["type"] == "LOC" and a.method != curated and len(words) > 1
                and words[-1][:1].isupper() and words[-1].lower() in _SOCIETY_ENDS):
            mentions[k] = replace(a, value={**a.value, "type": "ORG"})
