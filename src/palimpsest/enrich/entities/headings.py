"""Headings: lines whose capitals are the typesetter's, not a name's.

``MESSAGE OF THE CENTRAL COMMITTEE`` or ``Improvements At The Mine`` would read as one
long name; :func:`heading_case` gives their words the case the rest of the text writes
them in, before candidates are made.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Mapping

import regex

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.gazetteers import BIG_PLACES, chronology_gazetteer, name_key
from palimpsest.enrich.entities.lexicon import (
    CONNECTORS,
    HEADLINE_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    TITLES,
)
from palimpsest.enrich.entities.rules import take_span
from palimpsest.enrich.entities.rules_offices import names_body
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.enrich.roles_lexicon import GENRE_HEAD
from palimpsest.model import Annotation

SURE_NAMES = frozenset({"P1", "P2", "PER", "ORG", "LOC"})  # big places, chronology names
SMALL_PLACES = frozenset({"P2"})  # of those, the places a common word can be
HEADING_WORDS = 3  # a line of this many words or more, all in capitals, is a heading
ISSUE_WORDS = frozenset({"No", "Nos", "Nr", "Vol"})  # STRIKE BULLETIN No. 4: still capitals
_NOT_LOWER = rf"(?:[^a-z\n]|(?<![A-Za-z])(?:{'|'.join(sorted(ISSUE_WORDS))})\b)*"
_ISSUE_NUMBER = re.compile(r"(?<!\w)(?:No|Nos|Nr|N[º°o])\.?[ \t]*\d")  # a periodical's number
_CAPITALS_LINE = re.compile(rf"^{_NOT_LOWER}[A-Z]{{2,}}{_NOT_LOWER}$", re.M)  # may be one
HEADLINE_MAX = 12  # words: a longer line is a sentence, not a headline
_SENTENCE_ENDS = frozenset(".!?")
_TITLED = "|".join(w.title() for w in sorted(HEADLINE_WORDS) if len(w) > 1)  # A: an initial
_TITLE_HINT = re.compile(rf"[A-Z][a-z]* (?:{_TITLED})\b")  # a headline may be here


def heading_case(
    text: str, tk: Tokens, common: Mapping[str, int], gazetteer: Mapping[str, str],
    given: Collection[str] = (), lang: str | None = None, capitals: bool | None = None,
) -> Tokens:
    """``tk`` with the words of headings set in capitals cased as the text writes them.

    In ``MESSAGE OF THE CENTRAL COMMITTEE TO THE MEMBERS`` the capitals say nothing, and
    the whole line would read as one name. So a heading's word counts as lower case when
    the rest of the text writes it so (``members``) or, when the text is silent, when it
    is a common word of the language and no big place or known name (``MESSAGE``, but
    not ``LONDON``); ``Central Committee`` in the text keeps ``CENTRAL COMMITTEE`` a name.
    A heading of names alone (``MINERS' DEFENCE COMMITTEE``: no word like *to*, *for*,
    *a*, *par* in it) is a masthead, left as it is. In English, a headline in title case
    (:data:`HEADLINE_WORDS`) is a heading too.
    """
    if capitals is None:
        capitals = has_capital_lines(text)
    hints = list(_TITLE_HINT.finditer(text)) if lang == "en" else []
    if not capitals and not hints:
        return tk
    words, folded, caps, starts, ends = tk.words, tk.folded, tk.caps, tk.starts, tk.ends
    blocks: list[list[int]] = []  # headings: the words of consecutive lines in capitals
    if capitals:
        blocks += _capital_blocks(text, tk)
    seen = -1
    for m in hints:  # the lines a title-case headline may stand on
        start = text.rfind("\n", 0, m.start()) + 1
        if start <= seen:
            continue
        end = text.find("\n", m.end())
        seen = end = len(text) if end < 0 else end
        line = list(range(bisect_left(starts, start), bisect_left(starts, end)))
        letters = [k for k in line if words[k].isalpha()]
        if letters and all(words[k].isupper() for k in letters):
            continue  # a line in capitals: read as one above
        blocks += [[k for k in phrase if words[k].isalpha()]
                   for phrase in _sentences(words, folded, line)
                   if _title_case(words, folded, phrase)]
    heads = [
        k for block in blocks
        if (len(block) >= HEADING_WORDS
            and any(common.get(folded[k], 0) >= 6 and folded[k] not in CONNECTORS
                    for k in block))  # a phrase (TO THE MEMBERS), not a masthead
        or (len(block) <= 2 and all(len(folded[k]) >= 6 and common.get(folded[k], 0) >= 4
                                    and folded[k] not in gazetteer for k in block))
        # or a genre word alone (COMUNICADO, STATEMENT), no acronym
        or _headline(block, folded, common, gazetteer, given)
        for k in block
    ]
    if not heads:
        return tk
    in_heads = set(heads)
    lower: dict[str, int] = {}
    upper: dict[str, int] = {}
    for k, w in enumerate(words):
        if k in in_heads or not w.isalpha() or (w.isupper() and len(w) > 1):
            continue
        if w[0].islower():
            lower[folded[k]] = lower.get(folded[k], 0) + 1
        elif k and words[k - 1] not in ".!?" and "\n" not in text[ends[k - 1]:starts[k]]:
            upper[folded[k]] = upper.get(folded[k], 0) + 1  # not a sentence's first word
    out = list(caps)
    for k in heads:
        f = folded[k]
        if _named(words, folded, k) or _in_known_pair(folded, in_heads, k, gazetteer):
            continue
        lo, up = lower.get(f, 0), upper.get(f, 0)
        z = common.get(f, 0)
        silent_common = (not up and z >= 3 and f not in given  # a given name: ROBERT HAMILTON
                         and (gazetteer.get(f) not in SURE_NAMES
                              or (z >= 5 and gazetteer.get(f) in SMALL_PLACES)))
        # a small place that is also one of the commonest words (POBLACION) is the word
        if lo > up or silent_common:
            out[k] = False
    return Tokens(starts, ends, words, folded, out)


HEADLINE_WORDS_MAX = 8  # a line in capitals this short with a common word and no body's


def _headline(
    block: list[int], folded: list[str], common: Mapping[str, int],
    gazetteer: Mapping[str, str], given: Collection[str],
) -> bool:
    """A short line in capitals with no word for a body and a common word that is no
    name (``DINA STILL TORTURES``, ``VICTOR JARA REMEMBERED``): a headline, whose
    capitals are the typesetter's; a masthead names a body (``MINERS' DEFENCE
    COMMITTEE``)."""
    if not 2 <= len(block) <= HEADLINE_WORDS_MAX:
        return False
    words = [folded[k] for k in block]
    if not ORG_WORDS.isdisjoint(words):
        return False
    return any(common.get(w, 0) >= 4 and len(w) >= 4 and w not in gazetteer
               and w not in given and w not in CONNECTORS for w in words)


def _in_known_pair(
    folded: list[str], in_heads: set[int], k: int, gazetteer: Mapping[str, str]
) -> bool:
    """Whether heading word ``k`` and the one before or after it are a name the
    gazetteer knows (``UNITED KINGDOM``, ``SOUTH AFRICA``): common words, one name."""
    return ((k - 1 in in_heads and f"{folded[k - 1]} {folded[k]}" in gazetteer)
            or (k + 1 in in_heads and f"{folded[k]} {folded[k + 1]}" in gazetteer))


def _named(words: list[str], folded: list[str], k: int) -> bool:
    """Whether heading word ``k`` is part of a person's name as written: an initial, a
    title, or the word after one (``BY REV. A. P. WALKER``)."""
    if len(folded[k]) == 1 or folded[k] in TITLES:
        return True
    j = k - 1 if k and words[k - 1] != "." else k - 2
    return j >= 0 and (len(folded[j]) == 1 or folded[j] in TITLES) and words[j].isalpha()


def _capital_blocks(text: str, tk: Tokens) -> list[list[int]]:
    """The words of each run of consecutive lines in capitals."""
    words, starts, ends = tk.words, tk.starts, tk.ends
    lines: list[list[int]] = []  # the tokens of each line
    for k in range(len(words)):
        if not lines or "\n" in text[ends[k - 1]:starts[k]]:
            lines.append([])
        lines[-1].append(k)
    blocks: list[list[int]] = []
    after_capitals = False
    for line in lines:
        letters = [k for k in line if words[k].isalpha() and words[k] not in ISSUE_WORDS]
        capital = bool(letters) and all(words[k].isupper() for k in letters)
        gap = text[ends[line[0] - 1]:starts[line[0]]] if line[0] else ""
        if capital and after_capitals and gap.count("\n") == 1:
            blocks[-1].extend(letters)
        elif capital:
            blocks.append(letters)
        after_capitals = capital
    return blocks


def _sentences(words: list[str], folded: list[str], line: list[int]) -> list[list[int]]:
    """A line's tokens cut after each sentence's end (initials' dots end none)."""
    out: list[list[int]] = [[]]
    for k in line:
        out[-1].append(k)
        if (words[k] in _SENTENCE_ENDS and k and len(words[k - 1]) > 1
                and folded[k - 1] not in TITLES):
            out.append([])
    return [p for p in out if p]


def _title_case(words: list[str], folded: list[str], line: list[int]) -> bool:
    """A short line of one phrase in title case, a capitalised :data:`HEADLINE_WORDS`
    after its first word (the little words may also stay in lower case: ``Some Facts
    About the Approach``)."""
    letters = [k for k in line if words[k].isalpha()]
    if not HEADING_WORDS <= len(letters) <= HEADLINE_MAX:
        return False
    for k in line[1:-1]:  # one phrase: no sentence ends inside (initials' dots are none)
        if words[k] in _SENTENCE_ENDS and len(words[k - 1]) > 1 and folded[k - 1] not in TITLES:
            return False
    little = False
    for n, k in enumerate(letters):
        if words[k][0].islower():
            if folded[k] not in HEADLINE_WORDS:
                return False
        elif n and folded[k] in HEADLINE_WORDS and len(folded[k]) > 1:
            little = True
    return little


_DOTTED_ACRONYM = re.compile(r"(?:[A-ZÀ-Ý]\.){3,}|(?:[A-ZÀ-Ý]\.){2,}[A-ZÀ-Ý]")  # C.G.T.P.


def dotted_acronyms(mentions: list[Annotation]) -> None:
    """A "person" that is only capitals with stops (``C.G.T.P.``, ``T.U.C.``) is an
    organisation: a person's initials come with a name."""
    for a in mentions:
        dotted = a.value["text"].rstrip(".") + "."
        if a.value["type"] == "PER" and _DOTTED_ACRONYM.fullmatch(dotted):
            a.value = {**a.value, "type": "ORG"}


# an article, then capitals with stops, three or more (die L.V.Z., the N.U.M., la C.G.T.);
# first one scan for three of them (17 times faster on the bench's pages than searching
# with _DOTTED_ACRONYM, whose alternation the engine cannot start from a letter class)
_DOTTED_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ]\.[A-ZÀ-ÖØ-Þ]\.[A-ZÀ-ÖØ-Þ]\.")
_ARTICLE_ACRONYM = regex.compile(
    r"(?<!\w)(?:the|der|die|das|des|dem|den|la|le|les|el|los|las)[^\S\n]+"
    r"(?P<acronym>(?:\p{Lu}\.){3,6})(?!\w)", regex.IGNORECASE)


def article_acronyms(text: str, mentions: list[Annotation], method: str) -> None:
    """Capitals with stops after an article name a body (``die L.V.Z.``, ``der A.C.V.``,
    ``the N.U.M.``) where no name holds them: the model reads initials, no name. In place,
    in text order."""
    if _DOTTED_CAPITALS.search(text) is None:  # most texts: one quick scan
        return
    for m in _ARTICLE_ACRONYM.finditer(text):
        s, e = m.span("acronym")
        if not any(a.start < e and s < a.end for a in mentions):
            take_span(text, mentions, s, e, "ORG", method)


_NUMBER_ENDS = ("No", "No.", "Nos", "Nos.", "Nr", "Nr.", "Nº", "N°", "Nº.", "N°.")
_NUMBER_TAIL = re.compile(r"\s+(?:No|Nos|Nr|N[º°o])\.?$")  # a name's last word: the number's


def numbered_titles(text: str, mentions: list[Annotation]) -> None:
    """Drop the "people" that a periodical's number follows: ``STRIKE BULLETIN No. 4``,
    ``The Miner Nº 12`` name an issue, not a person; a body's name that took the
    number's ``No`` ends before it (``Bulletin of the Chile Solidarity Campaign No. 12``)."""
    mentions[:] = [a for a in mentions if a.value["type"] != "PER"
                   or not _ISSUE_NUMBER.search(text, a.start + 1, a.end + 8)]
    for a in mentions:
        if not a.value["text"].endswith(_NUMBER_ENDS):
            continue
        m = _NUMBER_TAIL.search(a.value["text"])
        if m and _ISSUE_NUMBER.match(text, a.start + m.start() + 1):
            a.end = a.start + m.start()
            a.value = {**a.value, "text": text[a.start:a.end]}


# A document's kind and "of" before what it is of: ``Minutes of the Quarterly General
# Meeting``, ``Acta de la Junta``, ``Procès-verbal de la réunion``.
_GENRE_OF = regex.compile(
    rf"(?:{GENRE_HEAD.pattern})\s+(?:of|de|du|des|del|der|vom)(?:\s+(?:the|la|las|los|el|l'|le|les))?\s*",
    regex.IGNORECASE | regex.VERSION1,
)
# what _GENRE_OF holds after the kind: a quick test before the long pattern
_GENRE_OF_WORD = regex.compile(r"\s(?:of|de|du|des|del|der|vom)",
                               regex.IGNORECASE | regex.VERSION1)


def genre_titles(mentions: list[Annotation], keep: str) -> None:
    """An organisation that opens with a document's kind and "of" is the document's title:
    ``Minutes of the Quarterly General Meeting`` names a meeting's minutes, no body.
    What it is of stays a name when a word for a body says so (``Report of the Executive
    Committee``: the committee); otherwise the mention goes. Mentions by ``keep`` (the
    curated names) stay as they are."""
    out = []
    for a in mentions:
        m = (_GENRE_OF.match(a.value["text"])
             if a.value["type"] == "ORG" and a.method != keep
             and _GENRE_OF_WORD.search(a.value["text"]) else None)
        if m is None:
            out.append(a)
            continue
        rest = a.value["text"][m.end():]
        if rest[:1].isupper() and names_body(rest.split()):
            a.start += m.end()
            a.value = {**a.value, "text": rest}
            out.append(a)
    mentions[:] = out


_POST_BOX = frozenset(["pobox", "box", "apartado", "casilla", "postfach", "bp", "cp"])


def field_labels(text: str, mentions: list[Annotation]) -> None:
    """Drop the names that are a field's abbreviated label: ``Betr.: Tarifverhandlungen``,
    ``Tel.: 23 45``."""
    mentions[:] = [a for a in mentions if not text.startswith(".:", a.end)]


# A paragraph's run-in head: a word after the line's start (a number at most), a stop and
# a dash (Embarques. — Se embarcaron; 4. Police. — Le garde champêtre)
_RUN_IN_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:\d{1,3}[.)][^\S\n]*)?$")
_RUN_IN_AFTER = re.compile(r"\.[^\S\n]*[—–]|\.[^\S\n]+-{1,2}[^\S\n]")
RUN_IN_ZIPF = 3  # a word this common heading a paragraph is the word (Dividendo, Police)


def run_in_heads(text: str, mentions: list[Annotation], common: Mapping[str, int],
                 places: Mapping[str, str], curated: str) -> None:
    """Drop the one-word names that are a paragraph's run-in head (``Embarques. —``,
    ``4. Police. —``): a common word there heads a section; a larger place the
    gazetteer knows is a dateline's (``PARÍS. —``) and stays. In place."""
    def head(a: Annotation) -> bool:
        word = a.value["text"]
        if a.method == curated or " " in word or not _RUN_IN_AFTER.match(text, a.end):
            return False
        key = fold(word)
        return (common.get(key, 0) >= RUN_IN_ZIPF and places.get(key) not in BIG_PLACES
                and _RUN_IN_BEFORE.search(text, max(0, a.start - 8), a.start) is not None)
    if "—" in text or "–" in text or " -" in text:
        mentions[:] = [a for a in mentions if not head(a)]


def post_boxes(text: str, mentions: list[Annotation]) -> None:
    """Drop the "names" that are a post box before its number (``P.O. Box 39431``,
    ``Casilla 1234``): the initials' rules would make a person of them."""
    def box(a: Annotation) -> bool:
        if not text[a.end:a.end + 3].strip(" .")[:1].isdigit():
            return False
        return "".join(c for c in a.value["text"].lower() if c.isalpha()) in _POST_BOX
    mentions[:] = [a for a in mentions if not box(a)]


_DEAR_PLURAL = frozenset({"chers", "cheres", "queridos", "queridas", "estimados", "estimadas",
                          "dear", "liebe", "werte", "geehrte"})


def salutations(
    text: str, mentions: list[Annotation], common: Mapping[str, int], given: Collection[str]
) -> None:
    """Drop the names that are a salutation's whole line of common words: ``Fellow
    Workers,``, ``Werte Kollegen!`` greet the readers; they name no body. A given name
    keeps it (``ROBERT HAMILTON,`` signs). So is one word in the plural after ``chers``,
    ``queridos``, ``dear`` (:data:`_DEAR_PLURAL`) before the salutation's comma
    (``Messieurs et chers Coopérateurs,``)."""
    def greeting(a: Annotation) -> bool:
        word = a.value["text"]
        before = text[max(0, a.start - 8):a.start].split()
        if (before and fold(before[-1]) in _DEAR_PLURAL and word[-1:] in ("s", "x")
                and " " not in word and fold(word) not in given
                and text[a.end:a.end + 1] in (",", "!", ":")):
            return True  # Messieurs et chers Coopérateurs, Queridos Consocios:
        start = text.rfind("\n", 0, a.start) + 1
        end = text.find("\n", a.end)
        line = text[start:len(text) if end < 0 else end].strip()
        if line[:-1] != a.value["text"] or line[-1:] not in (",", "!", ":"):
            return False
        words = [w.lower() for w in a.value["text"].split()]
        return all(common.get(w, 0) >= 4 and w not in given for w in words)
    mentions[:] = [a for a in mentions if not greeting(a)]


# A line in capitals, two to twelve words, the name of a body heading a page: CONVENCION
# NACIONAL DE TRABAJADORES, ASAMBLEA PERMANENTE POR LOS DERECHOS HUMANOS; the specks a
# smudged masthead leaves around it are no part of it (-. CHAMBRE DE COMMERCE DE MULHOUSE ;,)
_SPECKS = r"(?:[^\w\s]{1,3}[^\S\n]++)?"
_CAPITAL_NAME_LINE = regex.compile(
    r"^[^\S\n]*+" + _SPECKS + r"(\p{Lu}[\p{Lu}'’.\-]*+(?:[^\S\n]++[\p{Lu}'’.\-]++){1,11})"
    r"(?:,[^\S\n]*+\p{Lu}[\p{Lu}.\-]++)?(?:[^\S\n]++[^\w\s]{1,3})?[^\S\n]*+$",
    regex.M)  # , AFL-CIO: its own name
_OF_WORDS = frozenset({"of", "de", "del", "des", "du", "der"})
# the little words inside such a name (a line with others says something: A LA POBLACION)
_NAME_INNER = CONNECTORS | frozenset([
    "por", "pour", "para", "for", "für", "fur", "pro", "contra", "contre", "against", "sur",
    "on", "en", "in", "im", "zur", "zum", "et"])
# the next line in capitals going on with "of" (DE LA REPUBLICA ARGENTINA)
_GENITIVE_LINE = regex.compile(
    r"\n[^\S\n]*+((?:DE|DEL|DES|DU|OF|DER|DE LA|DE LOS|DE LAS)[^\S\n]++"
    r"[\p{Lu}'’.\-]++(?:[^\S\n]++[\p{Lu}'’.\-]++){0,6})[^\S\n]*+$", regex.M)
_ADDRESS_WORDS = frozenset(["a", "al", "au", "aux", "to", "an", "from"])  # à folds to a
_PRESS_WORDS = frozenset(["news", "times", "herald", "gazette", "chronicle", "journal", "press"])


def _ends_with_head(words: list[str]) -> bool:
    """Whether a line of three to six capitalised words ends with a word for a body and
    holds none of the little words a headline has (``STUDENT NONVIOLENT COORDINATING
    COMMITTEE``, ``IRISH NATIONAL LAND LEAGUE``; English puts the head last)."""
    last = words[-1].rstrip(".")
    return (3 <= len(words) <= 6 and (last in ORG_HEADS or last[:-1] in ORG_HEADS)
            and _NAME_INNER.isdisjoint(words) and _OF_WORDS.isdisjoint(words))


def has_capital_lines(text: str) -> bool:
    """Whether a line of ``text`` may be set in capitals (headings, mastheads)."""
    return _CAPITALS_LINE.search(text) is not None


def capital_mastheads(
    text: str, mentions: list[Annotation], method: str, curated: str, capitals: bool = True,
) -> None:
    """A line in capitals that opens with a word for a body, or has one second or third
    (:data:`~.lexicon.ORG_HEADS`, in the plural too: ``ASAMBLEA PERMANENTE POR LOS
    DERECHOS HUMANOS``, ``NATIONAL COUNCIL FOR CIVIL LIBERTIES``, ``MOUVEMENTS UNIS``;
    third, when what it is of follows it: ``UNITED FARM WORKERS OF AMERICA``, not a
    headline, ``MAY BUILD CLUB HOUSE``; a comma and another name, an acronym, after it:
    ``…, AFL-CIO``), or that the chronology knows as one (``VICARIA DE LA SOLIDARIDAD``),
    and holds only names and the little words inside them is one organisation: the
    model, trained on running text, reads such a masthead in pieces or not at all. It
    replaces the mentions inside it. In place, in text order."""
    if not capitals:
        return
    known = chronology_gazetteer()
    for m in _CAPITAL_NAME_LINE.finditer(text):
        words = [fold(w) for w in m.group(1).split()]
        if known.get(name_key(m.group(1))) == "ORG":  # VICARIA DE LA SOLIDARIDAD
            take_span(text, mentions, *m.span(1), "ORG", method)
            continue
        # third, with what it is of after it: UNITED FARM WORKERS OF AMERICA
        reach = 3 if len(words) > 4 and words[3] in _OF_WORDS else 2
        if ((not any(w in ORG_HEADS or w[:-1] in ORG_HEADS for w in words[:reach])
             and not _ends_with_head(words))
                or words[0] in _NAME_INNER or (len(words) == 2 and words[1] in _NAME_INNER)
                or not _PRESS_WORDS.isdisjoint(words[:2])):
            continue
        if not _ADDRESS_WORDS.isdisjoint(words):
            continue  # COMITE DE HUELGA A LA POBLACION: an address; NEWS FROM ITALY
        s, e = m.span(1)
        if text[e - 1] == "." and e - s > 4 and text[e - 5:e - 1].isalpha():
            e -= 1  # IRISH NATIONAL LAND LEAGUE.: the line's stop
        more = _GENITIVE_LINE.match(text, m.end())
        if more:  # CONFEDERACION GENERAL DEL TRABAJO / DE LA REPUBLICA ARGENTINA
            e = more.end(1)
        if any(a.method == curated and a.start < e and s < a.end for a in mentions):
            continue  # a curator's name inside stands
        take_span(text, mentions, s, e, "ORG", method)
