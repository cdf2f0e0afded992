"""Passes that mend a mention's edges: what stands right before or after a name and
belongs to it.

An honorific (``Mr.``, ``Genosse``), a title (``captain John Smith``, ``Stadtrat
Fritschi``), a name particle (``de Gaulle``), a name's article (``La Pasionaria``), a
suffix (``John Smith, Jr.``) or an abbreviation's dot (``Smith & Co.``) is taken into the
mention, in place; the gold conventions of HIPE and of the project's samples count them
in. The passes over a whole text's mentions are :mod:`.rules_text`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from palimpsest.enrich.entities.lexicon import (
    ABBREVIATED_HONORIFICS,
    ARTICLES,
    FELLOWS,
    HONORIFICS,
    NAME_PARTICLES,
    PARTICLE_TITLES,
    PERSON_HONORIFICS,
    TITLES,
)
from palimpsest.enrich.entities.rules import (
    RULE_CONFIDENCE,
    add_in_order,
    is_title,
    join_persons,
    open_earlier,
    rule_mention,
)
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation

# French compound initials before a name's last initial: J.-|A. Trudel, J.-S.-|H. Brunault
_HYPHENED_INITIALS = re.compile(r"(?<![\w.-])(?:[A-ZÉ]\.-)+(?:[A-ZÉ]\.[^\S\n]*)?$")


def with_hyphened_initials(text: str, mentions: list[Annotation]) -> None:
    """A person's name opens with the compound initials before its last one (``J.-A.
    Trudel``, ``J.-M. Bouvier``, ``J.-S.-H. Brunault``: French for Jean-Antoine …), which
    the model's run, cut at the hyphen, left out. In place."""
    if ".-" in text:
        open_earlier(text, mentions, "PER", _HYPHENED_INITIALS, 12)


def with_honorifics(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A name right after an honorific with a capital (``Herr``, ``Hrn.``, ``M.``,
    ``Mme``, ``Sr.``; a particle between allowed, and a French title with its article: ``M.
    le pasteur Théodore Rochat``) is a person's, and the honorific is part of the mention,
    as the HIPE guidelines count it: ``Herr de Longrée``, ``Hrn. de Theux``. In lower case
    (``el señor Quispe``) it stays out, as lower-case titles do. In place."""
    starts = tk.starts
    taken = 0
    for a in mentions:
        k = bisect_left(starts, a.start)
        j = k - 1
        if j >= 0 and tk.folded[j] in NAME_PARTICLES:
            j -= 1
        elif a.value["type"] == "PER":  # (not le roi de | Wurtemberg, a place)
            j = _french_title_before(tk, j)
        if j >= 1 and tk.words[j] == "." and tk.folded[j - 1] in ABBREVIATED_HONORIFICS:
            j -= 1
        elif j < 0 or tk.folded[j] not in HONORIFICS:
            taken = a.end
            continue
        if starts[j] < taken or not tk.caps[j] or "\n\n" in text[starts[j]:a.start]:
            taken = a.end
            continue
        a.start = starts[j]
        a.value = {**a.value, "type": "PER", "text": text[a.start:a.end]}
        taken = a.end


def _french_title_before(tk: Tokens, j: int) -> int:
    """Where an honorific would stand before a French title and its article (``M. le
    pasteur`` | ``Théodore Rochat``, ``M. l'abbé`` | ``Delmas``): the token before the
    article, when token ``j`` is a lower-case title (or the article itself); else ``j``."""
    t = j
    while t >= 1 and t > j - 2 and tk.folded[t] in TITLES and not tk.caps[t]:
        t -= 1  # M. le gouverneur général | Chaudié: two titles at most
    if t >= 1 and tk.folded[t] in ("le", "la", "l'", "l’") and not tk.caps[t]:
        return t - 1
    if (t == j and j >= 2 and not tk.caps[j] and tk.words[j].isalpha()
            and tk.folded[j - 1] in ("le", "la", "l'", "l’") and not tk.caps[j - 1]):
        return j - 2  # any function between: M. le syndic | Henri-Louis Golay
    return _office_phrase_before(tk, j)


_OF = frozenset({"de", "du", "des", "d'", "d’"})


def _office_phrase_before(tk: Tokens, j: int) -> int:
    """Where an honorific would stand before a French office of a few words and its
    article (``M. l'inspecteur des forêts`` | ``Edmond Thiriet``, ``M. le conseiller
    d'État`` | ``Bernard Maillardoz``, ``M. le conseiller communal``): the token before the
    article, when every word between is in lower case (``État`` after ``d'`` allowed), the
    office's first word right after the article; else ``j``."""
    t = j
    while t >= 1 and j - t < 5 and tk.words[t].isalpha() and (
            not tk.caps[t] or (tk.folded[t] == "etat" and tk.folded[t - 1] in _OF)):
        if tk.folded[t] in ("le", "la", "l'", "l’"):
            break
        t -= 1
    if t < j and t >= 2 and tk.folded[t] in ("le", "la", "l'", "l’") and not tk.caps[t] \
            and (is_title(tk.folded[t + 1]) or tk.folded[t + 1] in _FR_OFFICES) \
            and _office_rest(tk.folded[t + 2:j + 1]):
        return t - 1
    return j


# French offices no title list holds (M. le conseiller communal, M. le receveur municipal)
_FR_OFFICES = frozenset({"conseiller", "receveur", "percepteur", "procureur", "controleur",
                         "agent", "chef", "adjoint", "syndic", "instituteur"})
_ADJECTIVE_ENDS = ("al", "ale", "ier", "iere", "if", "ive", "el", "elle", "aire", "ique",
                   "ien", "ienne", "ral", "in", "ine")


def _office_rest(words: list[str]) -> bool:
    """Whether the words after an office's title go on with it: one adjective
    (``forestier``, ``communal``) or ``des`` and a noun (``des forêts``), an adjective
    after it allowed; not a verb (``M. le maire remercie``)."""
    if words and words[-1].endswith(_ADJECTIVE_ENDS):
        words = words[:-1]
    return not words or (len(words) == 2 and words[0] in _OF)


TITLE_LANGS = frozenset({"en", "de"})  # whose gold conventions count titles in, any case


def with_particles(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A person's name particle after a title (:data:`PARTICLE_TITLES`) is part of the
    name: ``général de Gaulle`` is ``de Gaulle``, ``Präsident von Hindenburg`` is ``von
    Hindenburg``. After no title the particle is a preposition (``les ouvriers de
    Renault``, ``ein Brief von Müller``). In place."""
    starts = tk.starts
    taken = 0
    for a in mentions:
        k = bisect_left(starts, a.start)
        j = k - 1
        if (a.value["type"] == "PER" and j >= 1 and starts[j] >= taken
                and tk.folded[j] in NAME_PARTICLES and tk.words[j].islower()
                and tk.folded[j - 1] in PARTICLE_TITLES
                and text[tk.ends[j - 1]:starts[j]] == " " == text[tk.ends[j]:a.start]):
            a.start = starts[j]
            a.value = {**a.value, "text": text[a.start:a.end]}
        taken = a.end


_NAME_ARTICLES = frozenset(["la", "las", "los", "el", "le", "les"])


def with_articles(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A capitalised article inside a sentence, right before a name, is part of it
    (``comuna de La Florida``, ``à La Rochelle``, ``llegó a La Paz``): a sentence's own
    article would be in lower case there. (At a line's start or after a comma, where a
    sentence's article is capitalised too, :func:`~.rules_words.article_places` asks the
    gazetteer.) In place."""
    starts = tk.starts
    taken = 0
    for a in mentions:
        k = bisect_left(starts, a.start)
        j = k - 1
        if (j >= 1 and starts[j] >= taken and tk.folded[j] in _NAME_ARTICLES
                and tk.words[j][0].isupper() and tk.words[j - 1].isalpha()
                and tk.words[j - 1].islower()
                and text[tk.ends[j - 1]:starts[j]] == " " == text[tk.ends[j]:a.start]):
            a.start = starts[j]
            a.value = {**a.value, "text": text[a.start:a.end]}
        taken = a.end


def title_genitive(folded: str) -> bool:
    """Whether the folded word has a German title's weak genitive form: ``-n`` or ``-en``
    after a title (``Genossen``, ``Präsidenten``; a fellow's too: ``Kollegen``)."""
    return folded[-1:] == "n" and (folded[:-1] in TITLES or folded[:-2] in TITLES)


def _title(tk: Tokens, j: int, german: bool, only: frozenset[str] | None = None) -> bool:
    """Whether word ``j`` is a title (:data:`TITLES`; of ``only``, when given) or, in
    German, a title's weak genitive (``des Genossen Bebel``) or a capitalised compound
    that names a function (:data:`DE_FUNCTION_ENDS`)."""
    w = tk.folded[j]
    if only is not None:
        return w in only
    if w in FELLOWS:
        return False
    if german and tk.caps[j] and title_genitive(w):
        return w[:-1] not in FELLOWS  # a weak noun's genitive: des Genossen, des Präsidenten
    if german and tk.caps[j] and w[-1:] == "s" and (w[:-1] in _RULER_TITLES or (
            len(w) > 8 and j and tk.folded[j - 1] in ("herrn", "hrn") and is_title(w[:-1]))):
        return True  # a strong one's: des Kaisers Franz Joseph, des Herrn Stadtpfarrers
        # (not des Bäckermeisters Heinrich Grote: the sets leave a calling out)
    return w in TITLES or (german and (w in _DEGREES or (tk.caps[j] and is_title(w))))


_RULER_TITLES = frozenset({"kaiser", "konig", "herzog", "erzherzog", "kurfurst", "furst",
                           "markgraf", "landgraf", "graf", "prinz", "papst", "bischof"})
# A German student's or doctor's faculty, abbreviated after the title (stud. med. Karl
# Lemke, Dr. med. Emil Bänziger, cand. theol. Paul Hennig): in the title
_DEGREES = frozenset({"stud", "cand", "med", "jur", "iur", "theol", "phil", "rer", "pol", "nat",
                      "vet", "dent", "techn", "oec"})


def with_titles(text: str, tk: Tokens, mentions: list[Annotation], german: bool = False,
                only: frozenset[str] | None = None, grades: frozenset[str] = frozenset(),
                seconds: frozenset[str] = frozenset()) -> None:
    """A person's title or function right before the name is part of the mention, in
    lower case too (``captain Johnson``, ``judge Brown``, ``Stadtrat Fritschi``, ``Dr.
    Hoffmann``): English and German texts and their HIPE gold count them in (110 and 67
    times in the dev sets, never out). ``only``: the title words taken (French ranks:
    :data:`FR_RANKS`); ``grades``: the words that make a rank of three with ``de`` and a
    title before them (``general de brigada``, ``capitán de navío``); ``seconds``: the words
    that go on a title before them (``ingeniero agrónomo``), no titles alone. In place."""
    starts = tk.starts
    taken = 0
    for a in mentions:
        if a.value["type"] != "PER":
            taken = a.end
            continue
        k = bisect_left(starts, a.start)
        first = k
        j = k - 1
        while j >= 0:
            title_end = j  # the title's last token: its dot, if abbreviated
            if tk.words[j] == "." and j > 0 and (
                    tk.folded[j - 1] in TITLES or (german and tk.folded[j - 1] in _DEGREES)
                    or (only is not None and tk.folded[j - 1] in only)) \
                    and starts[j] == tk.ends[j - 1] and len(tk.words[j - 1]) <= 5:
                j -= 1  # Capt. Dr. (not Chairman. | MARTIN FREELY: a sentence's end)
            if (tk.folded[j] in grades and j > 1 and tk.folded[j - 1] == "de"
                    and _title(tk, j - 2, german, only)
                    and text[tk.ends[j - 2]:starts[j]] == " de "):
                j -= 2  # general de brigada, capitán de navío: one rank
            elif tk.folded[j] in seconds and j > 0 and _title(tk, j - 1, german, only) \
                    and text[tk.ends[j - 1]:starts[j]] == " ":
                j -= 1  # ingeniero agrónomo, médico titular
            elif not _title(tk, j, german, only) or not tk.words[j].isalpha():
                break
            if text[tk.ends[j]:starts[j + 1]] not in (" ", "") or "\n\n" in text[
                    tk.ends[title_end]:starts[title_end + 1]]:
                break  # on the same line, a space at most between; an abbreviated title
                # may end a line ("Mr.|Smith"), not a paragraph ("p.m.||Brother")
            first = j
            j -= 1
            if (j > 0 and tk.words[j] == "-" and (
                    (german and tk.caps[j - 1]) or tk.folded[j - 1] in _RANK_PREFIXES)
                    and tk.ends[j - 1] == starts[j] and tk.ends[j] == starts[j + 1]):
                j -= 1  # Obmann-Stellvertreter: the function's first half, on
                first = j
                j -= 1
        if first < k and starts[first] >= taken:
            a.start = starts[first]
            a.value = {**a.value, "text": text[a.start:a.end]}
        taken = a.end


_RANK_PREFIXES = frozenset({"premier", "sous", "vice"})  # premier-lieutenant, sous-lieutenant


def without_fellows(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A person's mention that opens with a fellows' form of address (:data:`FELLOWS`:
    ``Kollege Heinrich Gutermuth``) starts at the name, as the archive's samples count it.
    In place."""
    for a in mentions:
        k = bisect_left(tk.starts, a.start)
        if (a.value["type"] == "PER" and k + 1 < len(tk.words) and tk.folded[k] in FELLOWS
                and tk.starts[k + 1] < a.end and tk.caps[k + 1]):
            a.start = tk.starts[k + 1]
            a.value = {**a.value, "text": text[a.start:a.end]}


NAME_SUFFIXES = frozenset({"esq", "esqs", "esquire", "jr", "jun", "junr", "sr", "sen", "senr"})


def with_suffixes(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A person's ``Esq.``, ``Jr.`` or ``Sen.`` after a comma is part of the mention
    (``Benjamin Ballard, Esq.``, ``James Coster, Sen.``), and makes a person of a name the
    model typed otherwise without confidence (``JOHN BRINK, Esquire`` as a place). In
    place."""
    starts, ends, words, folded = tk.starts, tk.ends, tk.words, tk.folded
    n = len(words)
    gone: set[int] = set()  # ids of the suffixes taken alone for a name (Sen as a place)
    for i, a in enumerate(mentions):
        if id(a) in gone or (a.value["type"] != "PER" and a.confidence >= RULE_CONFIDENCE):
            continue
        k = bisect_left(starts, a.end)  # the first token after the mention
        if not (k + 1 < n and words[k] == "," and folded[k + 1] in NAME_SUFFIXES):
            continue
        end = ends[k + 2] if k + 2 < n and words[k + 2] == "." else ends[k + 1]
        if "\n" in text[a.end:end]:
            continue
        if i + 1 < len(mentions) and mentions[i + 1].start < end:
            if mentions[i + 1].start != starts[k + 1] or mentions[i + 1].end > end:
                continue
            gone.add(id(mentions[i + 1]))
        a.end = end
        a.value = {**a.value, "type": "PER", "text": text[a.start:a.end]}
    if gone:
        mentions[:] = [a for a in mentions if id(a) not in gone]


# Honours and degrees printed after a person's name (folded, without their dots):
# ``Sir Frederick Guggisberg, K.C.M.G., D.S.O.``, ``John Burns, M.P.``, a parish priest's
# ``Rev. P. J. Waldron, P.P.``
POSTNOMINALS = frozenset({
    "kg", "kt", "gcb", "kcb", "cb", "gcmg", "kcmg", "cmg", "gcvo", "kcvo", "cvo", "mvo",
    "gbe", "kbe", "cbe", "obe", "mbe", "gcsi", "kcsi", "csi", "cie", "dso", "mc", "vc", "dsc",
    "frs", "frcs", "frcp", "fsa", "frgs", "mp", "qc", "kc", "jp", "llb", "lld", "dd", "dcl",
    "phd", "bsc", "msc", "mrcs", "lrcp", "pp", "cc", "dl", "vg",
})
_HONOURS = re.compile(r",[^\S\n]*(?:[A-Z](?:\.[A-Z])*\.?,[^\S\n]*)*")  # , K.C.M.G., D.S.O.


def without_postnominals(text: str, mentions: list[Annotation], curated_method: str) -> None:
    """No name is a person's honours or degrees after a comma (``GUGGISBERG, K.C.M.G.,
    D.S.O.``: :data:`POSTNOMINALS`), though capitals with dots name bodies elsewhere. In
    place."""
    keep: list[Annotation] = []
    person_end = -1
    for a in mentions:
        if (person_end >= 0 and a.method != curated_method
                and a.value["text"].replace(".", "").lower() in POSTNOMINALS
                and _HONOURS.fullmatch(text, person_end, a.start)):
            continue
        keep.append(a)
        person_end = a.end if a.value["type"] == "PER" else -1
    mentions[:] = keep


ABBREVIATED_TAILS = frozenset({"co", "ltd", "corp", "inc", "bros", "cie", "sa", "ag"})
_ROMAN = frozenset({
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
})


def with_abbreviation_dots(text: str, tk: Tokens, mentions: list[Annotation],
                           german: bool = False) -> None:
    """A name ending in an abbreviation (``Gaston Co.``, ``British Celanese Ltd.``) or, in
    German, a ruler's number (``Karl V.``, ``Philipp II.``, read *der Fünfte*) takes the
    dot after it, which belongs to the name. In place."""
    starts, n = tk.starts, len(tk.words)
    for a in mentions:
        if text[a.end:a.end + 1] != ".":
            continue
        k = bisect_left(starts, a.end)  # the token after the mention: the dot
        if k >= n or tk.words[k] != "." or starts[k] != a.end:
            continue
        last = tk.folded[k - 1]
        if last in ABBREVIATED_TAILS or (german and last in _ROMAN and tk.words[k - 1].isupper()):
            a.end = tk.ends[k]
            a.value = {**a.value, "text": text[a.start:a.end]}


_POPES = frozenset({"pape", "pope", "papst", "papa", "pontife"})
_REGNAL = frozenset(_ROMAN | {"xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii"})
# French rulers' titles, left out after an article as an office is (le Roi Louis-Philippe);
# English and German count the title in, and so does AnCora's Spanish (el Rey Juan Carlos:
# −0.0005 there, so not el Rey Don Alfonso XII)
_RULERS_FR = frozenset({"roi", "reine", "empereur", "imperatrice", "prince", "princesse"})


def rulers_after_articles(
    text: str, tk: Tokens, mentions: list[Annotation], lang: str | None = None,
    method: str = "",
) -> None:
    """A mention that ends in an article, a pope's title, his name and number is the pope,
    from his name on (``Très Saint-Père le Pape Léon XIII`` read as a saint's place gives
    ``Léon XIII``, as an office after an article is left out), and a pope's title, name
    and number that no mention holds is one (``method``'s; ``Pope Leo XIII``, ``le Pape |
    Léon XIII``); in French so is a ruler's title after an article (``le Roi
    Louis-Philippe``). In place."""
    starts = tk.starts
    rulers = _RULERS_FR if lang == "fr" else frozenset()
    for a in mentions:
        first, last = bisect_left(starts, a.start), bisect_left(starts, a.end) - 1
        if (last - first >= 3 and tk.folded[last] in _REGNAL and tk.words[last].isupper()
                and tk.caps[last - 1] and tk.folded[last - 2] in _POPES
                and tk.folded[last - 3] in ARTICLES):  # (Pope Leo XIII: the title is his)
            a.start = starts[last - 1]
            a.value = {**a.value, "type": "PER", "text": text[a.start:a.end]}
        elif (a.value["type"] == "PER" and last > first and tk.folded[first] in rulers
              and first > 0 and tk.folded[first - 1] in ARTICLES and tk.caps[first + 1]):
            a.start = starts[first + 1]
            a.value = {**a.value, "text": text[a.start:a.end]}
    added = []
    popes = range(len(tk.words) - 2) if not _POPES.isdisjoint(tk.folded) else range(0)
    for k in popes:  # (a text with no pope's title, the most, is not walked word by word)
        if (tk.folded[k] in _POPES and tk.caps[k] and tk.caps[k + 1] and tk.words[k + 1].isalpha()
                and tk.folded[k + 2] in _REGNAL and tk.words[k + 2].isupper()):
            s = starts[k + 1] if k and tk.folded[k - 1] in ARTICLES else starts[k]
            e = tk.ends[k + 2]
            if not any(a.start < e and s < a.end for a in mentions):
                added.append(rule_mention(text, s, e, "PER", method))
    add_in_order(mentions, added)


def titles_joined(text: str, tk: Tokens, mentions: list[Annotation]) -> None:
    """A person's mention of honorifics and titles alone right before a person's name is
    that person's (``Hr. Konzertmeister`` | ``Carl Güther``: the name was cut from the
    function before it): on the same line, or on the next when an honorific opens it.
    In place."""
    def joins(prev: Annotation, a: Annotation) -> bool:
        gap = text[prev.end:a.start]
        return (not gap.strip() and gap.count("\n") <= _honorific_first(tk, prev)
                and _titles_only(tk, prev))
    join_persons(text, mentions, joins)


def _honorific_first(tk: Tokens, a: Annotation) -> int:
    """1 when the mention opens with an honorific (``Hr. Konzertmeister`` / ``Carl Güther``
    runs on over a line's end; a signature's office over its name does not), else 0."""
    return int(tk.folded[bisect_left(tk.starts, a.start)] in PERSON_HONORIFICS)


def _titles_only(tk: Tokens, a: Annotation) -> bool:
    words = [tk.folded[k] for k in range(bisect_left(tk.starts, a.start),
                                          bisect_left(tk.starts, a.end)) if tk.words[k] != "."]
    return bool(words) and all(w in PERSON_HONORIFICS or is_title(w)
                               or (w[-1:] == "s" and is_title(w[:-1]))  # Herrn Pfarrers
                               for w in words)
