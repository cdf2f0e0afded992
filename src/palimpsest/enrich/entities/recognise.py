"""Recognise people (PER), organisations (ORG) and places (LOC) in clean text.

``recognise(text, lang)`` returns one ``Annotation`` of kind ``"mention"`` a name:
``value = {"type": "PER"|"ORG"|"LOC", "text": surface}``, ``method = "ner-perceptron@17"``
(or ``"ner-gazetteer@17"`` for a curated name), a confidence in ``(0, 1]``.

Candidates come from :mod:`palimpsest.enrich.entities.candidates`, their features from
:mod:`~palimpsest.enrich.entities.features` and their scores from
:mod:`~palimpsest.enrich.entities.model`, the rules that correct each run's labels from
:mod:`~palimpsest.enrich.entities.rules` (and the rules over the whole text's mentions
from :mod:`~palimpsest.enrich.entities.passes`); the gazetteer
(:mod:`~palimpsest.enrich.entities.gazetteers`: the chronology's names and GeoNames'
places) gains whatever names the caller adds (the archive's confirmed entities), which
are always reported with their curated type.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from functools import cache

from palimpsest.enrich.entities.candidates import (
    best_spans,
    coordinated,
    dated_line,
    line_ends,
    place_head,
    runs,
    spans_of,
    split_before_given,
)
from palimpsest.enrich.entities.curated import CuratedNames
from palimpsest.enrich.entities.gazetteers import (
    BIG_PLACES,
    PLACE_TYPES,
    default_model,
    gazetteer,
    given_names,
    shipped_source,
)
from palimpsest.enrich.entities.headings import has_capital_lines, heading_case
from palimpsest.enrich.entities.lexicon import ENUMERATORS, ES_RANKS, FR_RANKS, ORG_WORDS, TITLES
from palimpsest.enrich.entities.model import CLASSES, Model
from palimpsest.enrich.entities.passes import whole_text_rules
from palimpsest.enrich.entities.place_labels import PlaceLabels
from palimpsest.enrich.entities.rules import (
    COMPANY_WORDS,
    DATE_WORDS,
    NAMED_PLACES,
    RULE_CONFIDENCE,
    RULE_GAIN,
    acronym_label,
    body_head_label,
    company_label,
    double_given,
    firm_word_label,
    given_name_label,
    honorific_ends,
    honorific_label,
    particle_surname_label,
    place_head_label,
    rank_label,
)
from palimpsest.enrich.entities.rules_english import (
    body_of_label,
    english_place_label,
    english_title_label,
    hyphened_body_label,
    members_body_label,
)
from palimpsest.enrich.entities.rules_german import (
    after_title_label,
    german_group_label,
    german_head_label,
    german_noun_label,
    german_title_label,
)
from palimpsest.enrich.entities.rules_offices import signed_office_label
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation

VERSION = 55  # the model and its rules; bumped when what they find changes
METHOD = f"ner-perceptron@{VERSION}"
CURATED_METHOD = f"ner-gazetteer@{VERSION}"
THRESHOLD = -6.0  # an entity class wins when its margin over O exceeds this (chosen on dev sets)
TEMPERATURE = 0.2  # scales scores before the softmax that gives confidences
# A capitalised word this common (wordfreq's Zipf) is no name in these languages: a
# sentence's first word, a German noun (Jahre, Stadt, and from 3 Mieter, Vorstand). Not
# in Spanish, where the model finds names among them (measured on the dev sets).
PLAIN_ZIPF: dict[str, int] = {"en": 4, "fr": 4, "de": 3}
PRUNE_LANGS = frozenset(PLAIN_ZIPF)
FUNCTION_ZIPF = 6  # a word this common (once in a thousand words or more) is the word
RANKS = {"fr": FR_RANKS, "es": ES_RANKS}  # lower-case ranks a person's name follows
ACRONYM_ZIPF = 3  # a capitals word inside a longer run this common is the word in capitals
GEONAMES_RANKS = frozenset({"P1", "P2", "P3"})
SENTENCE_OPENERS = frozenset('.!?:;¡¿"«»„“”')  # after these a capital says nothing
# The least confidence a model's label needs, where it is lower than THRESHOLD gives:
# German capitalises every noun, and the model's unsure people and organisations there
# are mostly nouns (chosen on the HIPE-2020 German train set, which the model never saw);
# its unsure organisations are mostly wrong in every language (the same 0.4, measured
# better on every dev set and the samples; an unsure person is often right outside German);
# and German places under 0.35, with the model that learnt the held-out sets (HIPE de dev
# +0.013, train +0.012; with the model before it, a loss).
MIN_CONFIDENCE: dict[str, dict[str, float]] = {
    "de": {"PER": 0.3, "ORG": 0.4, "LOC": 0.35},
    "en": {"ORG": 0.4}, "fr": {"ORG": 0.4}, "es": {"ORG": 0.4},
}


class Recogniser:
    """The recogniser with its model, gazetteer and the archive's curated names."""

    def __init__(
        self, curated: Mapping[str, str] | Iterable[tuple[str, str]] = (),
        model: Model | None = None,
    ) -> None:
        self.model = model or default_model()
        # another model than the shipped one says so in every mention it finds
        source = self.model.source
        self.method = METHOD if source in ("", shipped_source()) else f"{METHOD}+{source}"
        self.names = CuratedNames(curated.items() if isinstance(curated, Mapping) else curated)
        self.curated = self.names.types
        self.gazetteer = {**gazetteer(), **self.curated} if self.curated else gazetteer()
        self.places = PlaceLabels(self.gazetteer, self.curated, self.model.misread,
                                  self.model.common.get("de", {}))

    def __call__(self, text: str, lang: str | None = None) -> list[Annotation]:
        return self.recognise(text, lang)

    def recognise(self, text: str, lang: str | None = None) -> list[Annotation]:
        common = self.model.common.get(lang or "", {})
        out: list[Annotation] = []
        given = given_names()
        capitals = has_capital_lines(text)
        tk = heading_case(text, Tokens.of(text), common, self.gazetteer, given, lang, capitals)
        scorer = self.model.scorer()
        scorer.trim()
        score, label, emit, gaz = scorer.span, self._label, self._emit, self.gazetteer
        group = "D" if lang == "de" else "R"
        starts, ends = tk.starts, tk.ends
        french, german, english = lang == "fr", lang == "de", lang == "en"
        french_or_spanish = french or lang == "es"
        floors = MIN_CONFIDENCE.get(lang or "")
        plain = PLAIN_ZIPF.get(lang or "", 0)
        literal = lang != "es"
        for _first, _last, atoms, own in runs(text, tk, lang):
            named = 0  # the atom a given name opens after a German function word, or 0
            if german and own == len(atoms):
                split = split_before_given(tk, atoms, given)
                if len(split) > len(atoms):
                    named = next(a for a in range(1, len(split))  # the cut's second piece
                                 if split[a] not in atoms and split[a - 1] not in atoms)
                atoms = split
                own = len(atoms)
            # a lower-case place head before the run (canton de | Vaud, calle | Corredera)
            head = place_head(text, tk, atoms[0][0], lang)  # French and Spanish have them
            if head >= 0 and out and out[-1].end > starts[head]:
                head = -1  # the body before took it: Comité d'action du quartier | Saint-Médard
            if len(atoms) == 1:  # one span: kept when it is a name (its gain is then > 0)
                first, last = atoms[0]
                if first == last and head < 0 and (
                        (plain and self._plain_word(tk, first, common, plain))
                        or self._function_word(text, tk, first, common)
                        or tk.folded[first] in ENUMERATORS):
                    continue
                key, s = score(text, tk, first, last, gaz, common, group)
                lab = label(key, s, floors, literal)
                if lab[0] != "LOC" and gaz.get(key) in PLACE_TYPES:
                    lab = self.places.dateline_label(text, tk, first, last, lab)
                    if lab[0] != "LOC":
                        lab = self.places.capitals_label(text[starts[first]:ends[last]], key, lab)
                elif (lab[0] != "LOC" and first == last and key not in gaz and key not in given
                      and dated_line(text, tk, first)):
                    lab = "LOC", RULE_CONFIDENCE, RULE_GAIN  # Weisweil, den 20. Februar 1975
                if lab[0] == "O":
                    lab = self.places.after_preposition(tk, first, key, common, lab, lang)
                if lab[0] == "O" and first == last and gaz.get(key) == "ORG" and key not in common:
                    lab = "ORG", RULE_CONFIDENCE, RULE_GAIN  # Hoesch, Krupp: the chronology's
                if german and lab[0] == "O" and first == last:
                    lab = after_title_label(tk, first,
                                            self.places.german_label(tk, first, key, lab))
                if head >= 0:
                    lab = self.places.head_label(key, tk.folded[first], lab, tk.folded[head],
                                                 head == first - 1)
                    if lab[2] == RULE_GAIN:
                        first = head
                if french_or_spanish:  # la casa Vasena; le général Van der Smissen
                    lab = rank_label(tk, first, last, RANKS[lang or "fr"],
                                     firm_word_label(tk, first, lab))
                if first == last and lab[0] != "O" and key not in self.curated:
                    if tk.folded[first] in DATE_WORDS and gaz.get(key) not in NAMED_PLACES:
                        lab = ("O", 0.0, 0.0)  # Nov., Sept., December: a date's word
                    elif german and key not in gaz:
                        lab = self.places.german_noun_place(
                            tk, first, key, given, german_noun_label(tk, first, lab))
                if lab[0] != "PER" and last > first:
                    lab = honorific_label(tk, first, last, lab)
                if german and last > first:
                    lab = self._german_label(tk, first, last, key, lab)
                if last > first:
                    if gaz.get(key) not in BIG_PLACES:
                        lab = given_name_label(tk, first, last, given, lab)
                    elif lab[0] == "PER" and lab[2] < RULE_GAIN:  # Nova Scotia, not Nova the
                        lab = "LOC", lab[1], lab[2]  # given name: a larger place in full
                    if french_or_spanish:  # Plaza Mayor; Talleres Vasena
                        lab = body_head_label(tk, first, place_head_label(tk, first, last, lab))
                    lab = company_label(tk, first, last, lab, given)
                    if lab[2] >= RULE_GAIN and tk.folded[first] in COMPANY_WORDS:
                        first += 1  # Firma Krupp GmbH: the company is Krupp GmbH
                if english:
                    lab = signed_office_label(tk, first, last, given, lab)
                    lab = members_body_label(tk, first, last, hyphened_body_label(
                        tk, first, last, english_place_label(
                            tk, first, last, english_title_label(tk, first, last, lab))))
                    if last > first and gaz.get(key) not in PLACE_TYPES:
                        lab = body_of_label(tk, first, last, lab)
                if first == last:
                    lab = acronym_label(tk, first, lang, lab)
                    lab = self.places.misread_label(tk, first, key, common, lang, lab)
                    lab = self.places.not_person(text, tk, first, key, common, given, lang, lab)
                else:
                    lab = self.places.hyphened_place(tk, first, last, given, common, lab)
                emit(text, starts[first], ends[last], key, lab, out)
                continue
            na = len(atoms)
            spans = spans_of(atoms, own, tk.caps)
            whole = line_ends(text, tk, atoms[:own])
            if whole:  # no span across the end of a line that is all name
                spans = [(a, b) for a, b in spans
                         if b > own or not any(a <= x < b - 1 for x in whole)]
            scored = [score(text, tk, atoms[a][0], atoms[b - 1][1], gaz, common, group)
                      for a, b in spans]
            labels = [
                honorific_ends(tk, atoms, a, b, honorific_label(
                    tk, atoms[a][0], atoms[b - 1][1], label(key, s, floors, literal)))
                for (a, b), (key, s) in zip(spans, scored, strict=True)
            ]
            # spans of two atoms or more (one atom of two words inside a longer run is
            # the model's call: taking those too measured slightly worse on every set)
            if named and any(lab[0] == "PER" for (a, b), lab in zip(spans, labels, strict=True)
                             if a < named < b):
                named = 0  # the model took the function word in: Brigadier Günter Krause
            # (and the name a German function word ran into: Bezirksleiter | Alois Schmitt)
            labels = [given_name_label(tk, atoms[a][0], atoms[b - 1][1], given, lab)
                      if (b > a + 1 or a == named > 0 or (german and atoms[a][1] > atoms[a][0]
                                                        and coordinated(tk, atoms, a))
                          or double_given(tk, atoms[a][0], given))
                      and gaz.get(key) not in BIG_PLACES
                      else lab
                      for (a, b), (key, _), lab in zip(spans, scored, labels, strict=True)]
            if french_or_spanish:
                labels = [place_head_label(tk, atoms[a][0], atoms[b - 1][1], lab)
                          for (a, b), lab in zip(spans, labels, strict=True)]
            labels = [company_label(tk, atoms[a][0], atoms[b - 1][1], lab, given)
                      for (a, b), lab in zip(spans, labels, strict=True)]
            if french_or_spanish:
                labels = [body_head_label(tk, atoms[a][0], lab) if b > a + 1 else lab
                          for (a, b), lab in zip(spans, labels, strict=True)]
                labels = [rank_label(tk, atoms[0][0], atoms[b - 1][1], RANKS[lang or "fr"], lab)
                          if a == 0 else lab  # le général | Van der Smissen
                          for (a, b), lab in zip(spans, labels, strict=True)]
            if english:
                labels = [english_place_label(tk, atoms[a][0], atoms[b - 1][1], lab)
                          for (a, b), lab in zip(spans, labels, strict=True)]
                labels = [hyphened_body_label(tk, atoms[0][0], atoms[b - 1][1], lab)
                          if a == 0 else lab  # not the tail of a longer name
                          for (a, b), lab in zip(spans, labels, strict=True)]
                labels = [members_body_label(tk, atoms[a][0], atoms[b - 1][1], lab)
                          for (a, b), lab in zip(spans, labels, strict=True)]
                labels = [body_of_label(tk, atoms[a][0], atoms[b - 1][1], lab)
                          if gaz.get(key) not in PLACE_TYPES else lab
                          for (a, b), (key, _), lab in zip(spans, scored, labels, strict=True)]
            if german:
                labels = [self._german_label(tk, atoms[a][0], atoms[b - 1][1], key, lab)
                          for (a, b), (key, _), lab in zip(spans, scored, labels, strict=True)]
            for n, (a, b) in enumerate(spans):  # one-word atoms: in Aarau und Bern, Oesterrcich
                k = atoms[a][0]
                if b == a + 1 and k == atoms[a][1]:
                    key, lab = scored[n][0], labels[n]
                    if lab[0] != "LOC" and gaz.get(key) in PLACE_TYPES:  # a heading, then
                        lab = self.places.dateline_label(text, tk, k, k, lab)  # Selma, Alabama
                    if lab[0] == "O":
                        lab = self.places.after_preposition(tk, k, key, common, lab, lang)
                    if german:  # des Genossen | Bebel; am Staudamm
                        lab = self.places.german_noun_place(tk, k, key, given,
                                                            after_title_label(tk, k, lab))
                    if common.get(key, 0) < ACRONYM_ZIPF:  # des FDGB; not the PROOFS of
                        lab = acronym_label(tk, k, lang, lab)
                    lab = self.places.misread_label(tk, k, key, common, lang, lab)
                    lab = self.places.not_person(text, tk, k, key, common, given, lang, lab)
                    labels[n] = particle_surname_label(tk, k, given, lab)  # Paul de | Cassagnac
                elif b == a + 1:  # one atom of words: Dortmund-Eving
                    labels[n] = self.places.hyphened_place(tk, k, atoms[a][1], given, common,
                                                           labels[n])
                elif labels[n][0] == "O" and gaz.get(scored[n][0]) in PLACE_TYPES:
                    labels[n] = self.places.after_preposition(  # à La Chaux-de-Fonds
                        tk, k, scored[n][0], common, labels[n], lang)
            if head >= 0:  # spans[0] is the first atom's
                labels[0] = self.places.head_label(scored[0][0], tk.folded[atoms[0][0]],
                                                   labels[0], tk.folded[head],
                                                   head == atoms[0][0] - 1)
                if labels[0][2] != RULE_GAIN:
                    head = -1
            if na > own:  # a head word and its lower-case tail: Conseil fédéral
                k = spans.index((own - 1, na))
                labels[k] = self.places.tail_label(scored[k][0], tk.folded[atoms[own - 1][0]],
                                             labels[k])
            for k in best_spans(spans, labels, na):  # the best set of non-overlapping names
                a, b = spans[k]
                first = head if k == 0 and head >= 0 else atoms[a][0]
                if (labels[k][2] >= RULE_GAIN and labels[k][0] == "ORG" and first < atoms[b - 1][1]
                        and tk.folded[first] in COMPANY_WORDS):
                    first += 1  # Firma H. C. Asmussen & Sohn: the company is the rest
                emit(text, starts[first], ends[atoms[b - 1][1]], scored[k][0], labels[k], out)
        whole_text_rules(text, tk, out, lang=lang, method=self.method,
                         curated_method=CURATED_METHOD, gazetteer=self.gazetteer,
                         given=given, common=common, capitals=capitals)
        if self.names:
            self._curated_pass(text, out)
        return out

    def _plain_word(self, tk: Tokens, k: int, common: Mapping[str, int], zipf: int) -> bool:
        """Whether the one capitalised word ``k`` is a word of the language's commonest
        (Zipf ``zipf`` or more: :data:`PLAIN_ZIPF`) that no gazetteer or curator names (nor
        names in the genitive: ``Deutschlands``) and no title or honorific precedes: no
        name, whatever the model would say (it costs the model's time)."""
        f = tk.folded[k]
        return (common.get(f, 0) >= zipf and f not in self.gazetteer
                and (k == 0 or tk.folded[k - 1] not in TITLES)
                and not (f[-1] == "s" and self.gazetteer.get(f[:-1]) in BIG_PLACES))  # Rußlands

    def _function_word(self, text: str, tk: Tokens, k: int, common: Mapping[str, int]) -> bool:
        """Whether word ``k`` opens a sentence or a line and is one of the language's
        commonest words (:data:`FUNCTION_ZIPF`: ``Can``, ``She``, ``Para``, ``Los``) that
        the gazetteer has only as some place's other name (GeoNames lists ``Can``,
        ``The``, ``Para``): there its capital says nothing, and it is the word. Inside a
        sentence the capital stands (``die Seine``, ``el cardenal Sin``)."""
        f = tk.folded[k]
        if common.get(f, 0) < FUNCTION_ZIPF or self.gazetteer.get(f) not in GEONAMES_RANKS:
            return False
        return k == 0 or tk.words[k - 1] in SENTENCE_OPENERS or (
            "\n" in text[tk.ends[k - 1]:tk.starts[k]])

    def _curated_pass(self, text: str, out: list[Annotation]) -> None:
        """Add curated names the candidate runs missed (no overlap with a mention)."""
        taken = [(a.start, a.end) for a in out]
        for start, end, typ in self.names.find(text):
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            out.append(Annotation("mention", start, end, {"type": typ, "text": text[start:end]},
                                  CURATED_METHOD, 0.99))
        out.sort(key=lambda a: a.start)

    def _label(
        self, key: str, s: list[float], floors: Mapping[str, float] | None = None,
        literal: bool = True,
    ) -> tuple[str, float, float]:
        """:meth:`_model_label`, unless the span is a name of two words or more that the
        chronology knows (``Otto von Bismarck``, ``Martin Van Buren``): then its type, with
        a gain by its words, so that the whole name wins over a known part (``Van Buren``).
        One of the largest places, named in full (``New York``, ``North Carolina``), is a
        place whatever the model saw, when ``literal``: a place, not the state acting as
        its government, which Spanish (AnCora) tags as an organisation; with a modest
        gain, so that the names around it (``Bolsa de Comercio de Buenos Aires``) stay."""
        if " " in key:
            typ = self.gazetteer.get(key)
            if typ in CLASSES[:3] and key not in self.curated:
                return typ, RULE_CONFIDENCE, RULE_GAIN * key.count(" ")
            if typ == "P1" and key not in self.curated:
                label = self._model_label(key, s, floors)
                if label[0] == "PER" or label[0] == "O" or (literal and label[0] == "ORG"):
                    return "LOC", RULE_CONFIDENCE, max(label[2], 1.0)
                return label
        return self._model_label(key, s, floors)

    def _model_label(
        self, key: str, s: list[float], floors: Mapping[str, float] | None = None,
    ) -> tuple[str, float, float]:
        """(type or "O", confidence, gain) for a candidate's key and class scores: the gain
        is the best entity class's margin over O, less :data:`THRESHOLD`; ``floors``: the
        language's :data:`MIN_CONFIDENCE`."""
        typ = self.curated.get(key) if self.curated else None
        if typ is not None:
            return typ, 0.99, 1000.0
        s0, s1, s2, s3 = s
        best, top = (0, s0) if s0 >= s1 else (1, s1)  # the first of equal scores
        if s2 > top:
            best, top = 2, s2
        margin = top - s3
        if margin <= THRESHOLD:
            return "O", 0.0, 0.0
        margin -= THRESHOLD
        z = max(s)
        exps = [math.exp(TEMPERATURE * (x - z)) for x in s]
        conf = round(exps[best] / sum(exps), 3)
        if floors and conf < floors.get(CLASSES[best], 0.0) and (
                best != 1 or ORG_WORDS.isdisjoint(key.split())):  # Miners Federation stays
            return "O", 0.0, 0.0
        return CLASSES[best], conf, margin

    def _german_label(
        self, tk: Tokens, first: int, last: int, key: str, label: tuple[str, float, float],
    ) -> tuple[str, float, float]:
        """The German rules for a span of a run of several atoms."""
        if first == last:
            return self.places.german_label(tk, first, key, label) if label[0] == "O" else label
        label = german_group_label(tk, first, last, german_head_label(tk, first, last, label))
        label = german_title_label(tk, first, last, label)
        return self.places.german_nouns_place(tk, first, last, key, label)

    def _emit(
        self, text: str, start: int, end: int, key: str, label: tuple[str, float, float],
        out: list[Annotation],
    ) -> None:
        typ, conf, _ = label
        if typ == "O":
            return
        method = CURATED_METHOD if key in self.curated else self.method
        out.append(Annotation("mention", start, end, {"type": typ, "text": text[start:end]},
                              method, conf))


@cache
def _default() -> Recogniser:
    return Recogniser()


def recognise(text: str, lang: str | None = None) -> list[Annotation]:
    """Mentions of people, organisations and places in ``text`` (language ``lang``)."""
    return _default().recognise(text, lang)
