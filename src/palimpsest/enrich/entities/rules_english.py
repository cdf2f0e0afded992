"""Rules for English: the shapes of its place names (``Tabor City``, ``City of
Washington``), US newspapers' towns with their states, bodies named by a lower-case word
(``Republican party``), initials, ``the King``, and common words the OCR capitalised at a
name's end."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from itertools import compress

from palimpsest.enrich.date_words import WEEKDAYS
from palimpsest.enrich.entities.gazetteers import PLACE_TYPES
from palimpsest.enrich.entities.lexicon import (
    CALENDAR,
    EN_ORG_TAILS,
    EN_PLACE_ENDINGS,
    EN_PLACE_FIRST,
    EN_PLACE_LAST,
    EN_PLACE_TAILS,
    EN_RULERS,
    LEADING_DROP,
    ORG_WORDS,
    POLICE_RANKS,
    TITLES,
    US_STATES,
)
from palimpsest.enrich.entities.rules import (
    RULE_CONFIDENCE,
    RULE_GAIN,
    Label,
    add_in_order,
    inside,
    rule_mention,
    take_span,
)
from palimpsest.enrich.entities.tokens import Tokens, folded
from palimpsest.model import Annotation


def english_place_tails(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A name followed on its line by a lower-case word for a place's kind is a place,
    the word in it: ``Jackson county``, ``Coosa river``, ``Main street``
    (:data:`EN_PLACE_TAILS`); and a place followed by a comma (or the dot the OCR read for
    one) and a US state's abbreviation with its dot is one place with it: ``Nashville,
    Tenn.``, ``Atlanta. Ga.``
    (:data:`US_STATES`), as the gold of US newspapers counts it; a mention of the state
    alone (``Tenn`` as a person) goes. In place."""
    starts, n = tk.starts, len(tk.starts)
    states: list[tuple[int, int]] = []  # the states' spans taken into a place
    for a in mentions:
        k = bisect_left(starts, a.end)  # the token after the mention
        if (k < n and tk.folded[k] in EN_PLACE_TAILS and tk.words[k].islower()
                and text[a.end:starts[k]] == " "):
            a.end = tk.ends[k]
            a.value = {**a.value, "type": "LOC", "text": text[a.start:a.end]}
        elif (a.value["type"] == "LOC" and k + 2 < n and tk.words[k] in (",", ".")
              and tk.folded[k + 1] in US_STATES and tk.caps[k + 1] and tk.words[k + 2] == "."
              and starts[k] == a.end and text[tk.ends[k]:starts[k + 1]] == " "
              and starts[k + 2] == tk.ends[k + 1]):
            states.append((starts[k + 1], tk.ends[k + 1]))
            a.end = tk.ends[k + 2]
            a.value = {**a.value, "text": text[a.start:a.end]}
    if states:
        mentions[:] = [a for a in mentions if (a.start, a.end) not in states]


def english_org_tails(text: str, tk: Tokens, mentions: list[Annotation], method: str,
                      gazetteer: Mapping[str, str]) -> None:
    """A capitalised word followed on its line by a lower-case word for a body is an
    organisation, the word in it: ``Republican party``, ``British army``, ``Cherokee
    nation``, ``Presbyterian church`` (:data:`EN_ORG_TAILS`). A place the gazetteer
    knows stays a place (``Manchester committee``); a word inside a longer capitalised
    run that no mention took is left to the model. In place, in text order."""
    starts, ends, words, folded, caps = tk.starts, tk.ends, tk.words, tk.folded, tk.caps
    by_end = {a.end: a for a in mentions}
    taken = sorted((a.start, a.end) for a in mentions)
    added: list[Annotation] = []
    for k in range(1, len(words)):
        j = k - 1
        if (folded[k] not in EN_ORG_TAILS or not words[k].islower() or not caps[j]
                or not words[j].isalpha() or folded[j] in LEADING_DROP
                or text[ends[j]:starts[k]] != " "):
            continue
        a = by_end.get(ends[j])
        if a is not None:
            first = bisect_left(starts, a.start)
            name = " ".join(f for f in folded[first:k] if f != ".")
            if a.value["type"] == "LOC" and gazetteer.get(name) in PLACE_TYPES:
                continue  # Manchester committee: the place stays a place
            a.end = ends[k]
            a.value = {**a.value, "type": "ORG", "text": text[a.start:a.end]}
            continue
        i = bisect_left(taken, (ends[j], ends[j])) - 1
        if i >= 0 and taken[i][1] > starts[j]:
            continue  # inside a mention
        if (j > 0 and caps[j - 1] and words[j - 1].isalpha() and folded[j - 1] not in LEADING_DROP
                and text[ends[j - 1]:starts[j]] == " "):
            continue  # the end of a longer run the model left out
        added.append(rule_mention(text, starts[j], ends[k], "ORG", method))
    add_in_order(mentions, added)


UNSURE_PERSON = 0.6  # below this, a person of a place's shape is taken for a place
UNSURE_PERSON_OF = 0.8  # the same for names of several words (Oshima Island, Burnt Bluffs)


_STREETS = frozenset({"road", "street", "lane", "avenue", "terrace", "square", "place"})
# A building's last word: a name ending in one is the building (St. Anne's Church, Liberty
# Hall, the Labor Temple), as HIPE and topres19th count it, not the body that meets there;
# a church named by its denomination alone is the denomination (the Methodist Church).
_BUILDINGS = frozenset({"church", "chapel", "cathedral", "hall", "temple", "quay", "wharf",
                        "pier", "tabernacle", "abbey", "minster", "plateau", "jail", "gaol",
                        "prison", "works", "theatre", "theater", "hotel", "inn"})
_DENOMINATIONS = frozenset({"methodist", "catholic", "roman", "presbyterian", "baptist",
                            "anglican", "episcopal", "lutheran", "wesleyan", "congregational",
                            "unitarian", "free", "united", "reformed", "primitive", "the"})
_PLACE_ENDS = _BUILDINGS | _STREETS  # (Albion Street, which the model took for a body)


def english_place_label(tk: Tokens, first: int, last: int, label: Label) -> Label:
    """A name of the shape of an English place name (``Cookeville``, ``Jamestown``,
    ``Tabor City``, ``Fort Collins``, ``Oshima Island``: :data:`EN_PLACE_LAST`) that the
    model calls a person without much confidence, or no name at all, is a place; so is a
    street after its house number that the model calls an organisation."""
    if label[2] >= RULE_GAIN:
        return label
    if (label[0] == "ORG" and last > first and tk.folded[last] in _STREETS and first
            and tk.words[first - 1].isdigit()):
        return "LOC", RULE_CONFIDENCE, label[2]  # 17 Railway Road: an address, no railway
    if (label[0] == "ORG" and last > first and tk.folded[last] in _PLACE_ENDS
            and tk.caps[last] and not all(tk.folded[k] in _DENOMINATIONS or not tk.caps[k]
                                          for k in range(first, last))):
        return "LOC", label[1], label[2]  # St. Anne's Church, Albion Street: a place
    if label[0] not in ("PER", "O"):
        return label
    if label[0] == "PER" and label[1] >= (UNSURE_PERSON if first == last else UNSURE_PERSON_OF):
        return label
    folded, caps = tk.folded, tk.caps
    if not all(caps[k] for k in range(first, last + 1)
               if tk.words[k].isalpha() and not _possessive(tk, k)):
        return label  # (Clement's Inn: its 's is no lower-case word)
    if first == last:
        word = folded[first]
        shaped = len(word) > 6 and word.endswith(EN_PLACE_ENDINGS)
    else:
        shaped = folded[last] in EN_PLACE_LAST or folded[first] in EN_PLACE_FIRST
    return ("LOC", RULE_CONFIDENCE, max(label[2], 1.0)) if shaped else label


def english_title_label(tk: Tokens, first: int, last: int, label: Label) -> Label:
    """A title with a capital and one to three names after it, initials allowed, is a
    person the model did not see (``Rabbi Stephen S. Wise``); not over a body's or a
    place's word (``General Assembly``, ``Judge Street``)."""
    if label[0] != "O" or last <= first or tk.folded[first] not in TITLES \
            or not tk.caps[first] or tk.folded[first] in _NOT_PERSON_TITLES:
        return label
    for k in range(first + 1, last + 1):  # a stop only after an abbreviation or an initial
        if tk.words[k] == "." and (len(tk.words[k - 1]) > 4 or k == last):
            return label  # (the new King. Here I …)
    names = [k for k in range(first + 1, last + 1) if tk.words[k] != "."]
    if 1 <= len(names) <= 4 and all(
            tk.caps[k] and tk.words[k].isalpha() and tk.folded[k] not in TITLES
            and tk.folded[k] not in ORG_WORDS and tk.folded[k] not in EN_PLACE_LAST
            for k in names) and any(len(tk.words[k]) > 1 for k in names):
        return "PER", RULE_CONFIDENCE, RULE_GAIN
    return label


# titles that open things other than people: the General Strike, St. James's, Esq. after
_NOT_PERSON_TITLES = frozenset({"general", "st", "saint", "esq"})


def _possessive(tk: Tokens, k: int) -> bool:
    """Whether token ``k`` is the ``s`` of a possessive ``'s``."""
    return tk.folded[k] == "s" and k > 0 and tk.words[k - 1] in ("'", "’")


# The words for a body that head an English name with "of" after them
EN_BODY_HEADS = frozenset({"council", "congress", "federation", "confederation", "league",
                           "union", "association", "committee", "society", "board",
                           "brotherhood", "alliance", "commission", "party"})


def body_of_label(tk: Tokens, first: int, last: int, label: Label) -> Label:
    """``Council of Federated Organizations``, ``Board of Trade``: a capitalised word for
    a body, ``of`` (``the`` allowed) and capitalised words to the end is an organisation
    whole, though the model, reading rare words, saw no name or a shorter one. Not a
    place's name (``Union of South Africa``: the gazetteer's, decided before)."""
    if label[0] not in ("O", "ORG") or label[2] >= RULE_GAIN or last - first < 2 \
            or not tk.caps[first]:
        return label
    folded, words = tk.folded, tk.words
    if folded[first] not in EN_BODY_HEADS or folded[first + 1] != "of":
        return label
    rest = [k for k in range(first + 2, last + 1) if folded[k] not in ("the", "and", "&")]
    if not rest or not all(tk.caps[k] or not words[k].isalpha() for k in rest) \
            or not tk.caps[last]:
        return label
    return "ORG", max(label[1], RULE_CONFIDENCE), RULE_GAIN


def hyphened_body_label(tk: Tokens, first: int, last: int, label: Label) -> Label:
    """A capitalised run with a word hyphened to a lower-case one (``Co-operative``,
    ``Anti-slavery``) that ends in a word for a body is an organisation: ``the
    Co-operative Party``, ``Co-operative Union``. The model, which reads the lower-case
    half as a word of its own, took every such run for no name at all."""
    if label[0] != "O" or last - first < 3 or tk.folded[last] not in ORG_WORDS:
        return label
    words, caps = tk.words, tk.caps
    hyphened = False
    for k in range(first, last + 1):
        if caps[k] or (words[k] == "-" and k > first and caps[k - 1]):
            continue
        if not (words[k].isalpha() and k > first and words[k - 1] == "-"):
            return label  # a lower-case word of its own: no name of this kind
        hyphened = True
    return ("ORG", RULE_CONFIDENCE, RULE_GAIN) if hyphened and caps[first] else label


# The last word of a body named by its members (the Miners' Federation, the Employers'
# Federation, Amalgamated Weavers' Association, the Teachers' Union)
_MEMBERS_BODY_ENDS = frozenset({"federation", "association", "union", "society", "league",
                                "council", "committee", "congress", "brotherhood", "guild",
                                "alliance", "institute", "club"})


def members_body_label(tk: Tokens, first: int, last: int, label: Label) -> Label:
    """Capitalised words ending in a word for a body (:data:`_MEMBERS_BODY_ENDS`) after
    its members' plural, which the model read as no name, are an organisation: ``the
    Miners Federation``, ``the Employers' Federation``. Two to four words, an apostrophe
    allowed; none a title; not one whose name goes on (``Miners' Federation of Great
    Britain``: the longer name's), nor a committee of its purpose (``the Strike
    Committee``, ``Labor Council``: no members' plural)."""
    if label[0] != "O" or not 0 < last - first <= 5 or tk.folded[last] not in _MEMBERS_BODY_ENDS:
        return label
    words = [k for k in range(first, last + 1) if tk.words[k] not in ("'", "’")]
    if (not 2 <= len(words) <= 4 or tk.folded[first] in ("the", "a", "an", "our", "your")
            or not tk.folded[words[-2]].endswith("s")
            or (last + 2 < len(tk.words) and tk.folded[last + 1] == "of"
                and tk.caps[last + 2])):
        return label
    if all(tk.caps[k] and tk.words[k].isalpha() and tk.folded[k] not in TITLES for k in words):
        return "ORG", RULE_CONFIDENCE, RULE_GAIN
    return label


_TWO_INITIALS = re.compile(r"\b[A-Z]\. ?[A-Z]\.")  # where the rule below may find a name


def initialled_names(text: str, tk: Tokens, mentions: list[Annotation], method: str) -> None:
    """Two initials or more and a capitalised name after them (``J. H. Hildebrant``,
    ``E. A. SHERMAN``), which the model often leaves out, are a person: a mention of just
    those words is retyped when the model was unsure, and the name is added where no
    mention took any of it. English only: in the French and German sets it cost as much
    as it gave (sports clubs, ``H. C. Lausanne``). In place, in text order."""
    if not _TWO_INITIALS.search(text):
        return
    words, starts, ends, n = tk.words, tk.starts, tk.ends, len(tk.words)
    taken = sorted((a.start, a.end) for a in mentions)
    by_span = {(a.start, a.end): a for a in mentions}
    added: list[Annotation] = []

    def initial(j: int) -> bool:  # a capital letter and its dot, on the line
        return (j + 1 < n and len(words[j]) == 1 and words[j].isupper()
                and words[j + 1] == "." and ends[j] == starts[j + 1]
                and (j + 2 >= n or "\n" not in text[ends[j + 1]:starts[j + 2]]))

    k = 0
    while k < n - 2:
        if not initial(k) or (k >= 2 and initial(k - 2)):
            k += 1
            continue
        j = k
        while initial(j):
            j += 2
        if j < n and j - k >= 4 and len(words[j]) > 1 and words[j].isalpha() and tk.caps[j] \
                and tk.folded[j] not in TITLES:
            s, e = starts[k], ends[j]
            a = by_span.get((s, e))
            if a is not None:
                if a.value["type"] != "PER" and a.confidence < RULE_CONFIDENCE:
                    a.value = {**a.value, "type": "PER"}
            elif not any(ts < e and s < te for ts, te in taken):
                added.append(rule_mention(text, s, e, "PER", method))
        k = max(j, k + 1)
    add_in_order(mentions, added)


def rulers(text: str, tk: Tokens, mentions: list[Annotation], method: str) -> None:
    """``the King``, ``the Emperor`` (:data:`EN_RULERS`, capitalised, no name after them:
    ``the King of Prussia`` and ``the Emperor Napoleon`` are left to the model) name one
    person: a mention, "the" in it, where no mention took the word. In place."""
    folded, n = tk.folded, len(tk.words)
    if EN_RULERS.isdisjoint(folded):
        return
    taken = sorted((a.start, a.end) for a in mentions)
    added: list[Annotation] = []
    for k in compress(range(1, n), tk.caps[1:]):
        if folded[k] not in EN_RULERS or folded[k - 1] != "the":
            continue
        if k + 1 < n and (tk.caps[k + 1] or folded[k + 1] == "of"):
            continue
        s, e = tk.starts[k - 1], tk.ends[k]
        if not inside(taken, tk.starts[k], e):
            added.append(rule_mention(text, s, e, "PER", method))
    add_in_order(mentions, added)


# A peer's title before "of" and the seat (the Duke of Cleveland, the Marquis of Salisbury)
_PEERS = frozenset({"duke", "duchess", "earl", "countess", "marquis", "marquess",
                    "marchioness", "viscount", "viscountess", "prince", "princess"})


def peers(text: str, tk: Tokens, mentions: list[Annotation], method: str) -> None:
    """A peer named by the title and the seat (``the Duke of Cleveland``, ``the Marquis of
    Salisbury``; capitalised, the seat one to three capitalised words on the line) is a
    person, the title in the mention, not a place or a body: as HIPE-2020 counts ``the
    Duke of Orleans`` and the held-out sets ``Earl of Erne``; a given name right before it
    is his (``George Earl of Dartmouth``). In place of the mentions inside it."""
    folded, words, caps, n = tk.folded, tk.words, tk.caps, len(tk.words)
    if _PEERS.isdisjoint(folded):
        return
    for k in compress(range(n - 2), caps[:n - 2]):
        if folded[k] not in _PEERS or folded[k + 1] != "of" or not caps[k + 2]:
            continue
        last = k + 2
        while (last + 1 < n and last < k + 4 and caps[last + 1] and words[last + 1].isalpha()
               and text[tk.ends[last]:tk.starts[last + 1]] == " "):
            last += 1
        start = tk.starts[k]
        before = next((a for a in mentions if a.value["type"] == "PER"
                       and text[a.end:start] == " "), None)
        if before is not None:
            start = before.start
        take_span(text, mentions, start, tk.ends[last], "PER", method)


# A police rank with its force's word before it (Police-constable, Police Sergeant) or its
# grade (Sub-Inspector)
_POLICE_RANK = re.compile(
    r"\b(?:Police[- ]|Sub-)(?:" + "|".join(f"[{r[0].upper()}{r[0]}]{r[1:]}" for r in POLICE_RANKS)
    + r") (?:[A-Z][a-z]+|[A-Z]\.)(?: (?:[A-Z][a-z]+|[A-Z]\.)){0,3}(?<!\.)")


def police_ranks(text: str, mentions: list[Annotation], method: str) -> None:
    """A police rank and the name after it (``Police-constable William Bowen``, ``Police
    Sergeant Hall``) is a person, the rank in the mention as other titles are: not the
    force, which the model reads in ``Police``. In place of the mentions inside it."""
    if "Police" not in text and "Sub-" not in text:
        return
    for m in _POLICE_RANK.finditer(text):
        take_span(text, mentions, m.start(), m.end(), "PER", method)


_PLACE_OF = frozenset({"city", "state", "port", "town", "county", "territory", "village",
                       "province", "district", "borough", "township", "parish"})


def places_of(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A place after ``City of``, ``State of``, ``Port of`` (capitalised: ``the city of
    Springfield`` is text about a city) takes those words in: ``City of Washington``,
    ``Port of Philadelphia``, as HIPE's English gold and TopRes19th count them; a mention
    of the head word alone goes. In place."""
    starts = tk.starts
    out: list[Annotation] = []
    for a in mentions:
        k = bisect_left(starts, a.start)
        if a.value["type"] == "LOC" and k >= 2 and tk.folded[k - 1] == "of" \
                and tk.folded[k - 2] in _PLACE_OF and tk.caps[k - 2] \
                and "\n\n" not in text[starts[k - 2]:a.start]:
            head = (starts[k - 2], tk.ends[k - 2])
            if out and (out[-1].start, out[-1].end) == head:
                out.pop()  # the head word taken alone for a name (Port as a small place)
            if not out or out[-1].end <= head[0]:
                a.start = head[0]
                a.value = {**a.value, "text": text[a.start:a.end]}
        out.append(a)
    mentions[:] = out


COMMONEST_ZIPF = 6  # the, of, and, is, was: a word this common ends no English name


def common_word_ends(text: str, tk: Tokens, mentions: list[Annotation],
                     common: Mapping[str, int]) -> None:
    """A person's mention that ends in one of the commonest English words, with a
    capital from the OCR or a headline (``Mr. Farley Is``, ``Bob Lee Maddux Is``), ends
    before it. In place."""
    starts = tk.starts
    for a in mentions:
        if a.value["type"] != "PER":
            continue
        first, last = bisect_left(starts, a.start), bisect_left(starts, a.end) - 1
        word = tk.words[last]
        if last > first and len(word) > 1 and word.isalpha() \
                and common.get(tk.folded[last], 0) >= COMMONEST_ZIPF \
                and tk.folded[last] not in TITLES:
            a.end = tk.ends[last - 1]
            a.value = {**a.value, "text": text[a.start:a.end]}


_DATE_OF = CALENDAR - {"may", "march"}  # (the Queen of May, the Earl of March)


def without_dates_of(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A mention that runs on into ``of`` and a weekday or a month ends before them: ``the
    Colne and Nelson Times of Friday``, ``the Meeting of June``. In place."""
    starts = tk.starts
    for a in mentions:
        first, last = bisect_left(starts, a.start), bisect_left(starts, a.end) - 1
        if (last - first >= 2 and tk.folded[last - 1] == "of"
                and (tk.folded[last] in _DATE_OF or tk.folded[last] in WEEKDAYS)):
            a.end = tk.ends[last - 2]
            a.value = {**a.value, "text": text[a.start:a.end]}


# the ends of English nouns for people who do something, in the plural (Depositors,
# Subscribers, Contributors, Managers, Residents, Applicants)
_AGENTS = ("ors", "ers", "ants", "ents", "ists", "ians")


def agents_no_places(mentions: list[Annotation], method: str,
                     gazetteer: Mapping[str, str]) -> None:
    """Drop a one-word place the model made of a plural noun for people (``Due to
    Depositors``, ``Paid to Subscribers``: a report's capitalised accounts), which the
    gazetteer does not know as a place (not ``Flanders``, ``Antwerp``). In place."""
    mentions[:] = [a for a in mentions if not (
        a.method == method and a.value["type"] == "LOC" and " " not in a.value["text"]
        and a.value["text"][:1].isupper() and not a.value["text"].isupper()
        and a.value["text"].lower().endswith(_AGENTS)
        and folded(a.value["text"]) not in gazetteer)]
