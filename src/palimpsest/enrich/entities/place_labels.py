"""Whether a name is a place: the gazetteer's answers to the recogniser's questions.

The model labels a candidate; these rules correct it where what the gazetteer knows of
the name (a larger place, a small one, a misreading of one) and where the name stands
(after a preposition of place, opening a dateline, alone on an address's line, in
capitals, after a lower-case place head) say more than the model's features could.
"""

from __future__ import annotations

from collections.abc import Mapping

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.candidates import dateline
from palimpsest.enrich.entities.gazetteers import (
    BIG_PLACES,
    PLACE_TYPES,
    misread_place,
    small_places,
)
from palimpsest.enrich.entities.lexicon import (
    DE_NOUN_ENDINGS,
    DE_PLACE_ELEMENTS,
    DE_UNIT_HEADS,
    DE_UNKNOWN_PLACE_AFTER,
    IN_PLACE,
    ORG_HEADS,
    QUARTER_HEADS,
    STREET_HEADS,
    TITLES,
    UNKNOWN_PLACE_AFTER,
)
from palimpsest.enrich.entities.model import CLASSES
from palimpsest.enrich.entities.rules import (
    RULE_CONFIDENCE,
    RULE_GAIN,
    preposition_label,
)
from palimpsest.enrich.entities.rules_german import de_article_place, german_place_label
from palimpsest.enrich.entities.rules_german_places import kind_noun
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.text.correct.lm import word_logps

Label = tuple[str, float, float]  # (type or "O", confidence, gain)

# A label less sure than this gives way to a misread larger place (Oesterrcich).
MISREAD_BELOW = 0.6
MISREAD_LEN = 7  # letters: a shorter word is too near too many names to be read as one
# A small place (GeoNames P3) after a preposition of place is a place when its name is
# rarer a word than this (Zipf): in Aarau, but not in Brand (a fire), in Enge.
SMALL_PLACE_ZIPF = 3
UNSURE_PERSON = 0.45  # a lone "person" less sure than this may be a place the gazetteer knows
UNSURE_PERSON_IN = 0.75  # ... or this, right after "in", "à", "nach" (à Boussu, in Filey)
UNSURE_GERMAN_PLACE = 0.6  # a German noun the model took for a place below this is a noun
# German words of the corrector's vocabulary (log P): one at least this common is a noun,
# not a place no list knows (in Betreff, in Trümmer) ...
DE_NOUN_LOGP = -14.0
# ... nor is a word run together from two words above DE_PART_LOGP, one of them this
# common (in Kohlen|bergwerken, in Textil|betrieben, in Ruck|säcken).
DE_HEAD_LOGP = -13.0
DE_PART_LOGP = -15.0


# German prepositions with their article run in (in dem: im)
DE_CONTRACTIONS = frozenset({"im", "ins", "vom", "zum", "zur", "beim"})


class PlaceLabels:
    """The place rules over one gazetteer (the curated names' types included)."""

    def __init__(
        self, gazetteer: Mapping[str, str], curated: Mapping[str, str],
        misread: dict[tuple[str, str], bool] | None = None,
        german_common: Mapping[str, int] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.curated = curated
        self.german_common = german_common or {}  # the model's common German words
        # (language, word): a misread place? What misread_place says of a word depends on
        # the language's common words alone, so the recognisers of one model share it
        # (ingest makes a recogniser each run: it need not look every word up again).
        self._misread = {} if misread is None else misread

    def misread_label(
        self, tk: Tokens, k: int, key: str, common: Mapping[str, int], lang: str | None,
        label: Label,
    ) -> Label:
        """A place where the one word ``k``, labelled less surely than
        :data:`MISREAD_BELOW`, of seven letters or more and no word or name known itself,
        is an OCR misreading of a larger place the language (``common``: its words) often
        names (``Oesterrcich``, ``Rulsland``: :func:`misread_place`)."""
        if label[1] >= MISREAD_BELOW or len(key) < MISREAD_LEN or key in self.gazetteer \
                or common.get(key, 0) >= 3 or not tk.words[k].isalpha():
            return label
        known = self._misread.get((lang or "", key))
        if known is None:
            if len(self._misread) > 50_000:
                self._misread.clear()
            known = self._misread[lang or "", key] = misread_place(key, common) is not None
        return ("LOC", RULE_CONFIDENCE, RULE_GAIN) if known else label

    def after_preposition(
        self, tk: Tokens, k: int, key: str, common: Mapping[str, int],
        label: Label, lang: str | None = None,
    ) -> Label:
        """:func:`preposition_label` for a place the gazetteer knows (:meth:`placeable`);
        in German not a common word after a preposition run together with its article
        (``im Namen``, ``im Gange``: :data:`DE_CONTRACTIONS`), where towns do not stand.
        (``am`` is left out: ``am Rhein``, ``am Bodensee``.)"""
        after = preposition_label(tk, k, label, lang)
        if after is label or not self.placeable(key, common):
            return label
        if (lang == "de" and k and tk.folded[k - 1] in DE_CONTRACTIONS
                and common.get(key, 0) >= 3 and not de_article_place(key)):
            return label
        return after

    def placeable(self, key: str, common: Mapping[str, int]) -> bool:
        """A gazetteer place that a preposition of place makes a place: a larger one, or
        a small one whose name is no common word (``in Aarau``, ``in Interlaken``; not
        ``in Brand``)."""
        g = self.gazetteer.get(key)
        if g in BIG_PLACES:
            return True
        if common.get(key, 0) >= SMALL_PLACE_ZIPF:
            return False
        # the smaller places are read at their first need, not when a recogniser is made
        return g == "P3" or (g is None and key.replace("ß", "ss") in small_places())

    def not_person(
        self, text: str, tk: Tokens, k: int, key: str, common: Mapping[str, int],
        given: frozenset[str], lang: str | None, label: Label,
    ) -> Label:
        """A place for the one word ``k`` that the model took for a person, when the
        gazetteer knows it as a place (:meth:`placeable`), no title or given name says
        person, and either the model was unsure (below :data:`UNSURE_PERSON`: ``les
        ouvriers de Cléon``) or the word stands alone on its line (an address's town:
        ``Barnsley.``; a signature has initials or a given name). A person named by a bare
        surname is most often named in full nearby, and then :func:`one_sense` makes this
        mention a person again. In Spanish too since names@16: AnCora's newspapers lose
        0.003 F1 (their people bear place names more often), the labour movement's
        documents of the held-out sets gain 0.01 to 0.03. After French ``à`` or English
        ``in``, an unsure person is a place even when no gazetteer knows it
        (:data:`UNKNOWN_PLACE_AFTER`)."""
        if label[0] != "PER" or key in self.curated:
            return label
        if key in given or (k and tk.folded[k - 1] in TITLES):
            return label
        before = tk.words[k - 1].lower() if k else ""
        if (label[1] < UNSURE_PERSON_IN and before in UNKNOWN_PLACE_AFTER.get(lang or "", ())
                and key not in self.gazetteer and common.get(key, 0) < SMALL_PLACE_ZIPF):
            return "LOC", label[1], label[2]  # à Jemappes: a place no list knows
        unsure = UNSURE_PERSON_IN if before in IN_PLACE else UNSURE_PERSON
        if label[1] >= unsure and not _alone_on_line(text, tk, k):
            return label
        return ("LOC", label[1], label[2]) if self.placeable(key, common) else label

    def german_label(
        self, tk: Tokens, k: int, key: str, label: Label,
    ) -> Label:
        """:func:`german_place_label` for the one word ``k``, told what the gazetteer says."""
        gaz = self.gazetteer
        if k and tk.folded[k - 1] in DE_UNIT_HEADS and gaz.get(key) in PLACE_TYPES:
            return "LOC", RULE_CONFIDENCE, RULE_GAIN  # Verwaltungsstelle Wolfsburg
        genitive = (len(key) > 4 and key[-1] == "s" and key not in gaz
                    and gaz.get(key[:-1]) in BIG_PLACES)
        rank = gaz.get(key)
        label = german_place_label(tk, k, rank in BIG_PLACES, genitive, label, rank == "P1")
        return self.german_unknown_place(tk, k, key, label)

    def german_noun_place(
        self, tk: Tokens, k: int, key: str, given: frozenset[str], label: Label,
    ) -> Label:
        """No place for the one word ``k`` that the model alone took for one, unsurely
        (below :data:`UNSURE_GERMAN_PLACE`), when it is a German noun of a street's or a
        square's kind and no name (``Festplatz``, ``Staudamm``, ``Hauptschauplatz``:
        :func:`kind_noun`); no gazetteer's place, no smaller place. (Compounds of common
        words as well, ``in Textilbetrieben``, cost streets and villages the sets count:
        ``Wilhelmstraße``, ``Oberlind``.)"""
        if (label[0] != "LOC" or label[2] >= RULE_GAIN or label[1] >= UNSURE_GERMAN_PLACE
                or key in self.gazetteer or not tk.words[k].isalpha()
                or key.replace("ß", "ss") in small_places()):
            return label
        return ("O", 0.0, 0.0) if kind_noun(key, self.german_common, given) else label

    def german_nouns_place(
        self, tk: Tokens, first: int, last: int, key: str, label: Label,
    ) -> Label:
        """No place for words ``first`` to ``last`` that the model alone took for one,
        unsurely (below :data:`UNSURE_GERMAN_PLACE`), when each is a common German word
        (``am Bahnhof Arbeiter``) that the gazetteer knows neither alone (``Fränkischen
        Schweiz``) nor together."""
        if (label[0] != "LOC" or label[2] >= RULE_GAIN or label[1] >= UNSURE_GERMAN_PLACE
                or last == first or key in self.gazetteer
                or tk.folded[first].endswith(("e", "en", "em", "er", "es"))):
            return label  # (a capitalised adjective names: am Oberen Markt)
        common, gaz = self.german_common, self.gazetteer
        if all(tk.caps[k] and tk.words[k].isalpha() and common.get(tk.folded[k], 0) >= 3
               and tk.folded[k] not in gaz for k in range(first, last + 1)):
            return "O", 0.0, 0.0
        return label

    def german_unknown_place(self, tk: Tokens, k: int, key: str, label: Label) -> Label:
        """A place for the one word ``k`` that the model found no name, right after ``in``,
        ``nach`` or ``aus`` (no article between: :data:`DE_UNKNOWN_PLACE_AFTER`) or in a
        list they open (``aus Wannbach, Hetzelsdorf und Unterzaunsbach``), when no
        list knows it and it is no German noun: no common word, no noun by its ending, no
        compound of common words (:func:`_compound_noun`). German gives a place no article
        (``in Achdorf``, ``nach Majdanek``) and most nouns one (``in der Kirche``); the
        nouns it leaves bare are common ones (``in Kraft``, ``in Betreff``)."""
        if label[0] != "O" or not k:
            return label
        opening = _list_opening(tk, k - 1, self.german_common, self.gazetteer)
        if (tk.words[opening] not in DE_UNKNOWN_PLACE_AFTER or len(key) < 4
                or not tk.words[k].isalpha() or key in self.gazetteer
                or key in self.german_common or key.endswith(DE_NOUN_ENDINGS)):
            return label
        word = tk.words[k].lower()
        vocabulary = word_logps("de", DE_PART_LOGP)  # read at the first need (~0.1 s)
        if vocabulary.get(word, DE_PART_LOGP) >= DE_NOUN_LOGP or _compound_noun(
                word, vocabulary, self.gazetteer):
            return label
        return "LOC", RULE_CONFIDENCE, RULE_GAIN

    def hyphened_place(
        self, tk: Tokens, first: int, last: int, given: frozenset[str],
        common: Mapping[str, int], label: Label,
    ) -> Label:
        """A place for ``X-Y`` that the model took for a person without conviction
        (below :data:`UNSURE_PERSON_IN`), when ``X`` is a larger place of the gazetteer and
        no given name: a town and its quarter (``Dortmund-Eving``); ``Jean-Pierre``,
        ``Gonzalez-Galdeano`` (a small place's name too) are left as they are."""
        if (label[0] != "PER" or label[1] >= UNSURE_PERSON_IN or last != first + 2
                or tk.words[first + 1] != "-" or not tk.caps[last]
                or tk.starts[first + 1] != tk.ends[first]
                or tk.starts[last] != tk.ends[first + 1]):
            return label
        key = tk.folded[first]
        if key in given or key in self.curated or self.gazetteer.get(key) not in BIG_PLACES:
            return label
        return "LOC", label[1], label[2]

    def dateline_label(
        self, text: str, tk: Tokens, first: int, last: int, label: Label,
    ) -> Label:
        """A place name (in the gazetteer) that opens a dateline is a place: ``Barnsley,
        12 April 1984``, ``Nanterre, le 22 mars 1968``; so is one before the last item of
        an address line: ``Cankaya, Ankara, Turkey``, ``Lima, Peru``."""
        if label[2] < RULE_GAIN and (dateline(text, tk, first, last, ordinal=True)
                                     or self._before_line_end(text, tk, first, last)):
            return "LOC", RULE_CONFIDENCE, RULE_GAIN
        return label

    def _before_line_end(self, text: str, tk: Tokens, first: int, last: int) -> bool:
        """Whether a comma and one capitalised word that ends the line follow tokens
        ``[first, last]``, the word a larger place, or the tokens after a comma too."""
        k, n = last + 2, len(tk.words)
        if k >= n or tk.words[last + 1] != "," or not tk.caps[k]:
            return False
        eol = text.find("\n", tk.ends[k])
        if text[tk.ends[k]:eol if eol >= 0 else len(text)].strip() not in ("", "."):
            return False
        listed = first > 0 and tk.words[first - 1] == ","
        return listed or self.gazetteer.get(tk.folded[k]) in BIG_PLACES

    def capitals_label(
        self, surface: str, key: str, label: Label,
    ) -> Label:
        """A larger place of the gazetteer written in capitals is a place (the headings of
        news from a place: ``BERNE``, ``VALAIS``, ``LONDRES``), not the organisation that
        capitals suggest (acronyms); four letters at least."""
        if (label[2] < RULE_GAIN and len(key) >= 4 and surface.isupper()
                and self.gazetteer.get(key) in BIG_PLACES):
            return "LOC", RULE_CONFIDENCE, RULE_GAIN
        return label

    def head_label(
        self, key: str, word: str, label: Label, head: str, next_to: bool = False,
    ) -> Label:
        """A name after a lower-case place head ``head`` (``canton de Vaud``, ``mer
        Noire``) is a place with its head, when it is a name, a place of the gazetteer or
        comes after a street's head (:data:`STREET_HEADS`: ``rue Battant``) or, ``next_to``
        it, a quarter's (:data:`QUARTER_HEADS`: ``quartier Candau``) or is a saint's
        (``puits Saint-Antoine``), and does not
        start with a title (``à la place de M. Ador``; a saint's name hyphened is a name:
        ``rue Saint-Denis``)."""
        if label[2] >= RULE_GAIN or (word in TITLES and not key.startswith(_SAINT_NAMES)):
            return label  # a curated name, a rule's, a title (not rue | Saint-Denis)
        if (label[0] == "O" and self.gazetteer.get(key) not in PLACE_TYPES
                and head not in STREET_HEADS and not (next_to and head in QUARTER_HEADS)
                and not (key.startswith(_SAINT_NAMES) and not key.endswith("-"))):
            return label
        return "LOC", RULE_CONFIDENCE, RULE_GAIN

    def tail_label(
        self, key: str, head: str, label: Label,
    ) -> Label:
        """A head word with its whole lower-case tail (``Parti communiste français``,
        ``Quartier latin``) is a name: the gazetteer's type, else an organisation when
        the head is an organisation word, else a place; kept over the spans within it."""
        if label[2] >= RULE_GAIN:  # a curated name
            return label
        typ = self.gazetteer.get(key)
        if typ not in CLASSES[:3]:
            typ = "LOC" if typ is not None or head not in ORG_HEADS else "ORG"
        return typ, RULE_CONFIDENCE, RULE_GAIN

_SAINT_NAMES = ("saint -", "sainte -", "st -", "ste -")  # gazetteer keys: Saint-Denis


def _alone_on_line(text: str, tk: Tokens, k: int) -> bool:
    """Whether token ``k`` is its line's only word (a stop or comma may follow it)."""
    before = text.rfind("\n", 0, tk.starts[k]) + 1
    after = text.find("\n", tk.ends[k])
    rest = text[tk.ends[k]:len(text) if after < 0 else after]
    return not text[before:tk.starts[k]].strip() and rest.strip() in ("", ".", ",")


def _compound_noun(word: str, vocabulary: Mapping[str, float], gazetteer: Mapping[str, str]
                   ) -> bool:
    """Whether ``word`` is two words of ``vocabulary`` run together (a linking ``s``
    between allowed), one of them common (:data:`DE_HEAD_LOGP`), the second no place and
    no element of places' names (``Kohlen|bergwerken``, ``Lokal|verhältnissen``; not
    ``Ach|dorf``, ``West|indien``)."""
    for i in range(3, len(word) - 3):
        head = word[i:]
        head_logp = vocabulary.get(head)
        if head_logp is None:
            continue
        folded = fold(head)
        if folded in gazetteer or folded in DE_PLACE_ELEMENTS:
            continue
        first = word[:i]
        for part in (first, first[:-1] if first.endswith("s") else ""):
            if len(part) >= 3 and part in vocabulary and max(
                    head_logp, vocabulary[part]) >= DE_HEAD_LOGP:
                return True
    return False


_LIST_LINKS = frozenset({",", "und", "oder", "sowie"})


def _list_opening(
    tk: Tokens, j: int, common: Mapping[str, int], gazetteer: Mapping[str, str]
) -> int:
    """The word before a list of capitalised words, none a common word but a known place's
    name (``in Auschwitz und | Majdanek``), that word ``j + 1``
    ends (``aus Wannbach, Hetzelsdorf und | Unterzaunsbach``; not ``aus Maschinen, |
    Düngemitteln``): ``j`` itself when there is no such list."""
    while (j >= 2 and tk.words[j] in _LIST_LINKS and tk.caps[j - 1]
           and tk.words[j - 1].isalpha() and (tk.folded[j - 1] not in common
                                              or gazetteer.get(tk.folded[j - 1]) in PLACE_TYPES)):
        j -= 2
    return j
