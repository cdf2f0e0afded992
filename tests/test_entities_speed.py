"""The fast paths of recognition and resolution give what the plain ones give."""

from __future__ import annotations

import json
import math
import random
from itertools import pairwise
from pathlib import Path

import pytest

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities import Mention, Recogniser, Resolver
from palimpsest.enrich.entities import resolve as resolve_mod
from palimpsest.enrich.entities.candidates import (
    JOIN_GAIN,
    candidates,
    coordinated,
    dated_line,
    line_ends,
    place_head,
    runs,
    spans_of,
    split_before_given,
)
from palimpsest.enrich.entities.curated import CuratedNames
from palimpsest.enrich.entities.features import make_candidate as _make
from palimpsest.enrich.entities.gazetteers import (
    BIG_PLACES,
    PLACE_TYPES,
    given_names,
    misread_place,
    small_places,
)
from palimpsest.enrich.entities.headings import (
    has_capital_lines,
    heading_case,
)
from palimpsest.enrich.entities.lexicon import ENUMERATORS, ORG_WORDS
from palimpsest.enrich.entities.model import CLASSES
from palimpsest.enrich.entities.passes import whole_text_rules
from palimpsest.enrich.entities.place_labels import (
    DE_CONTRACTIONS,
    MISREAD_BELOW,
    SMALL_PLACE_ZIPF,
)
from palimpsest.enrich.entities.recognise import (
    ACRONYM_ZIPF,
    CURATED_METHOD,
    METHOD,
    MIN_CONFIDENCE,
    PLAIN_ZIPF,
    PRUNE_LANGS,
    RANKS,
    TEMPERATURE,
    THRESHOLD,
)
from palimpsest.enrich.entities.rules import (
    DATE_WORDS,
    NAMED_PLACES,
    RULE_CONFIDENCE,
    RULE_GAIN,
    Label,
    acronym_label,
    body_head_label,
    firm_word_label,
    given_name_label,
    honorific_ends,
    honorific_label,
    particle_surname_label,
    preposition_label,
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
    de_article_place,
    german_group_label,
    german_head_label,
    german_noun_label,
    german_place_label,
    german_title_label,
)
from palimpsest.enrich.entities.rules_offices import signed_office_label
from palimpsest.enrich.entities.tokens import Tokens, _shape, tokenise
from palimpsest.model import Annotation
from palimpsest.sample.texts import SAMPLE_TEXTS

FIXTURES = Path(__file__).parent / "fixtures" / "entities"

EDGES = [
    "",
    "   \n\t ",
    "Mr. J. Smith's coat.  \n\n  ",  # trailing white space, a possessive
    "O'Brien and d'Alembert met Workers' Union men at St. Étienne\u00a0(Loire).",
    "İstanbul, ΑΘΗΝΑ and Ǆemal; ſchwarz Weight-\nman, Cohn-Bendit & Co.\x85Next",
    "Dear Comrades,\n\nNanterre, le 22 mars 1968\fThe National Union of Mineworkers",
    "THE BULLETIN\nPartido Comunista de España y la Unión General de Trabajadores.",
    "Die Kommunistische Partei Deutschlands und Genosse Ernst Thälmann in Berlin.",
    "Nationalrat Robert Grimm und die Uhrmacher Marius Noirjean, Hermann Lanz in Grenchen.",
    "Local Union No. 4514, Phalen\nGlace Bay, Nova Scotia\n\nNova Scotia and New South Wales.",
    "Die Regierung der Schweiz, Frankreichs Gesandter, Oberst Pestalozzi im Kanton Zürich.",
    "M. Léon Blum, Mme Curie, la Confédération générale du travail – C.G.T. – à Paris.",
    "Barnsley, 12 April 1984\nNanterre, le 22 mars 1968\nLe Conseil fédéral et l'Union "
    "nationale des étudiants de France ; la Banque nationale de la Seine Inférieure, le "
    "Parti radical-socialiste, le Syndicat des dockers, Quartier latin, Conseil d'Etat.",
    "Can we go? Para ti. Le général de Gaulle et Präsident von Hindenburg, die Seine.",
    "The Belaúnde government, el gobierno de Perón, le gouvernement Pompidou.",
    "Die Kollegen von Hoesch und Krupp; the TGWU and ASLEF; Area Secretary.",
    "ASAMBLEA PERMANENTE POR LOS DERECHOS HUMANOS\nMesa Representativa de la C.N.T.\n\n"
    "Der Arbeiter-, Soldaten- und Bauernrat. Concerts were held. Local Groups and Affiliated "
    "Organisations; Yorkshire Area. Parifh intellects; the Americans. Le Front de "
    "libération nationale appelle.",
]


def texts() -> list[tuple[str, str]]:
    out = [(t.text, t.language) for t in SAMPLE_TEXTS]
    samples = json.loads((FIXTURES / "samples.json").read_text(encoding="utf-8"))
    out += [(d["text"], d["lang"]) for d in samples["documents"]]
    out += [(t, lang) for t in EDGES for lang in ("en", "de", "fr", "es")]
    return out


def test_mentions_never_overlap_and_keep_their_text() -> None:
    rec = Recogniser(curated={"Cortonwood Colliery": "LOC"})
    for text, lang in texts():
        spans = [(a.start, a.end, a.value["text"]) for a in rec(text, lang)]
        assert spans == sorted(spans)
        for (_, end, _), (start, _, _) in pairwise(spans):
            assert end <= start, (text, spans)
        assert all(text[s:e] == t for s, e, t in spans)


def test_tokens_are_tokenise_s_folded_once() -> None:
    for text, _ in texts():
        tk = Tokens.of(text)
        assert list(zip(tk.starts, tk.ends, tk.words, strict=True)) == tokenise(text)
        assert tk.folded == [fold(w) for w in tk.words]
        assert tk.caps == [w[0].isupper() for w in tk.words]


def test_scorer_adds_up_the_features_weights_exactly() -> None:
    rec = Recogniser(curated={"Cortonwood Colliery": "LOC"})
    scorer = rec.model.scorer()
    n = 0
    for text, lang in texts():
        common = rec.model.common.get(lang, {})
        group = "D" if lang == "de" else "R"
        tk = Tokens.of(text)
        for run in candidates(text, tk, rec.gazetteer, common, lang):
            for _a, _b, cand in run.spans:
                got = scorer.span(text, tk, cand.first, cand.last, rec.gazetteer, common, group)
                assert got == (cand.key, rec.model.scores(cand.features)), cand
                n += 1
    assert n > 500


def placeable(rec: Recogniser, key: str, common: dict[str, int]) -> bool:
    """A larger place, or a small one whose name is no common word (or a smaller place
    than the gazetteer holds)."""
    g = rec.gazetteer.get(key)
    if g in BIG_PLACES:
        return True
    if common.get(key, 0) >= SMALL_PLACE_ZIPF:
        return False
    return g == "P3" or (g is None and key.replace("ß", "ss") in small_places())


def misread(rec: Recogniser, tk: Tokens, k: int, key: str, common: dict[str, int]) -> bool:
    """A long unknown word one misreading from a larger place the language names often."""
    return (len(key) >= 7 and key not in rec.gazetteer and common.get(key, 0) < 3
            and tk.words[k].isalpha() and misread_place(key, common) is not None)


def place_after_preposition(tk: Tokens, k: int, key: str, common: dict[str, int],
                            label: Label, lang: str) -> Label:
    """:func:`preposition_label`, but in German no common word after ``im``, ``zum``..."""
    if (lang == "de" and k and tk.folded[k - 1] in DE_CONTRACTIONS
            and common.get(key, 0) >= 3 and not de_article_place(key)):
        return label
    return preposition_label(tk, k, label, lang)


def reference(rec: Recogniser, text: str, lang: str) -> list[tuple[int, int, str, float, str]]:
    """Recognition the plain way: every candidate's features, their scores, the rules,
    then the best spans."""
    out = []
    common = rec.model.common.get(lang, {})
    group = "D" if lang == "de" else "R"
    tk = heading_case(text, Tokens.from_tuples(tokenise(text)), common, rec.gazetteer,
                      given_names(), lang)
    for first, last, atoms, own in runs(text, tk, lang):
        named = 0  # the atom a given name opens after a German function word
        if lang == "de" and own == len(atoms):
            split = split_before_given(tk, atoms, given_names())
            if len(split) > len(atoms):
                named = next(a for a in range(1, len(split))  # the cut's second piece
                             if split[a] not in atoms and split[a - 1] not in atoms)
            atoms = split
            own = len(atoms)
        if (len(atoms) == 1 and first == last
                and place_head(text, tk, first, lang) < 0
                and ((lang in PRUNE_LANGS
                      and rec._plain_word(tk, first, common, PLAIN_ZIPF[lang]))
                     or rec._function_word(text, tk, first, common)
                     or tk.folded[first] in ENUMERATORS)):
            continue  # a plain word: no name, and not scored
        shapes = [_shape(w) for w in tk.words[first:last + 1]]
        wfeats = ["w=" + w for w in tk.folded[first:last + 1]]
        spans = spans_of(atoms, own, tk.caps)
        if len(atoms) > 1:  # no span across the end of a line that is all name
            whole = line_ends(text, tk, atoms[:own])
            spans = [(a, b) for a, b in spans
                     if b > own or not any(a <= x < b - 1 for x in whole)]
        cands = [_make(text, tk, atoms[a][0], atoms[b - 1][1], rec.gazetteer, common, group,
                       first, shapes, wfeats) for a, b in spans]
        labels = {}
        for (a, b), c in zip(spans, cands, strict=True):
            s = rec.model.scores(c.features)
            best = max(range(3), key=lambda k, s=s: s[k])
            margin = s[best] - s[3]
            if c.key in rec.curated:
                labels[(a, b)] = (rec.curated[c.key], 0.99, 1000.0)
            elif " " in c.key and rec.gazetteer.get(c.key) in CLASSES[:3]:  # a known name
                labels[(a, b)] = (rec.gazetteer[c.key], RULE_CONFIDENCE,
                                  RULE_GAIN * c.key.count(" "))
            elif margin <= THRESHOLD:
                labels[(a, b)] = ("O", 0.0, 0.0)
            else:
                exps = [math.exp(TEMPERATURE * (x - max(s))) for x in s]
                conf = round(exps[best] / sum(exps), 3)
                if conf < MIN_CONFIDENCE.get(lang, {}).get(CLASSES[best], 0.0) and (
                        CLASSES[best] != "ORG" or ORG_WORDS.isdisjoint(c.key.split())):
                    labels[(a, b)] = ("O", 0.0, 0.0)
                else:
                    labels[(a, b)] = (CLASSES[best], conf, margin - THRESHOLD)
            if (" " in c.key and rec.gazetteer.get(c.key) == "P1" and c.key not in rec.curated
                    and labels[(a, b)][0] in ("O", "PER", "ORG" if lang != "es" else "PER")):
                labels[(a, b)] = ("LOC", RULE_CONFIDENCE, max(labels[(a, b)][2], 1.0))
        if len(atoms) > 1:
            for a, b in spans:
                labels[(a, b)] = honorific_ends(tk, atoms, a, b, honorific_label(
                    tk, atoms[a][0], atoms[b - 1][1], labels[(a, b)]))
            if any(labels[(a, b)][0] == "PER" for a, b in spans if a < named < b):
                named = 0
            for a, b in spans:
                key = cands[spans.index((a, b))].key
                listed = lang == "de" and atoms[a][1] > atoms[a][0] and coordinated(tk, atoms, a)
                if (b > a + 1 or a == named > 0 or listed) and rec.gazetteer.get(
                        key) not in BIG_PLACES:
                    labels[(a, b)] = given_name_label(tk, atoms[a][0], atoms[b - 1][1],
                                                      given_names(), labels[(a, b)])
                if lang in ("fr", "es") and b > a + 1:
                    labels[(a, b)] = body_head_label(tk, atoms[a][0], labels[(a, b)])
                if lang in ("fr", "es") and a == 0:
                    labels[(a, b)] = rank_label(tk, atoms[0][0], atoms[b - 1][1], RANKS[lang],
                                                labels[(a, b)])
                if lang == "en":
                    labels[(a, b)] = english_place_label(tk, atoms[a][0], atoms[b - 1][1],
                                                         labels[(a, b)])
                    if a == 0:
                        labels[(a, b)] = hyphened_body_label(tk, atoms[0][0], atoms[b - 1][1],
                                                             labels[(a, b)])
                    labels[(a, b)] = members_body_label(tk, atoms[a][0], atoms[b - 1][1],
                                                        labels[(a, b)])
                    if rec.gazetteer.get(cands[spans.index((a, b))].key) not in PLACE_TYPES:
                        labels[(a, b)] = body_of_label(tk, atoms[a][0], atoms[b - 1][1],
                                                       labels[(a, b)])
                if lang == "de":
                    labels[(a, b)] = german_rules(rec, tk, atoms[a][0], atoms[b - 1][1],
                                                  cands[spans.index((a, b))].key, labels[(a, b)])
                if (b == a + 1 and atoms[a][0] == atoms[a][1] and labels[(a, b)][0] != "LOC"
                        and rec.gazetteer.get(cands[spans.index((a, b))].key) in PLACE_TYPES):
                    labels[(a, b)] = rec.places.dateline_label(text, tk, atoms[a][0], atoms[a][0],
                                                               labels[(a, b)])
                if (b == a + 1 and atoms[a][0] == atoms[a][1] and labels[(a, b)][0] == "O"
                        and placeable(rec, cands[spans.index((a, b))].key, common)):
                    labels[(a, b)] = place_after_preposition(
                        tk, atoms[a][0], cands[spans.index((a, b))].key, common,
                        labels[(a, b)], lang)
                if lang == "de" and b == a + 1 and atoms[a][0] == atoms[a][1]:
                    labels[(a, b)] = rec.places.german_noun_place(
                        tk, atoms[a][0], cands[spans.index((a, b))].key, given_names(),
                        after_title_label(tk, atoms[a][0], labels[(a, b)]))
                if (b == a + 1 and atoms[a][0] == atoms[a][1]
                        and common.get(cands[spans.index((a, b))].key, 0) < ACRONYM_ZIPF):
                    labels[(a, b)] = acronym_label(tk, atoms[a][0], lang, labels[(a, b)])
                if (b == a + 1 and atoms[a][0] == atoms[a][1]
                        and labels[(a, b)][1] < MISREAD_BELOW
                        and misread(rec, tk, atoms[a][0], cands[spans.index((a, b))].key,
                                    common)):
                    labels[(a, b)] = ("LOC", RULE_CONFIDENCE, RULE_GAIN)
                if b == a + 1 and atoms[a][0] == atoms[a][1]:
                    labels[(a, b)] = particle_surname_label(
                        tk, atoms[a][0], given_names(), rec.places.not_person(
                            text, tk, atoms[a][0], cands[spans.index((a, b))].key, common,
                            given_names(), lang, labels[(a, b)]))
                elif b == a + 1:
                    labels[(a, b)] = rec.places.hyphened_place(
                        tk, atoms[a][0], atoms[a][1], given_names(), common, labels[(a, b)])
                elif labels[(a, b)][0] == "O" and rec.gazetteer.get(
                        cands[spans.index((a, b))].key) in PLACE_TYPES:
                    labels[(a, b)] = rec.places.after_preposition(
                        tk, atoms[a][0], cands[spans.index((a, b))].key, common,
                        labels[(a, b)], lang)
        if len(atoms) == 1 and labels[(0, 1)][0] != "LOC" and rec.gazetteer.get(
                cands[0].key) in PLACE_TYPES:
            labels[(0, 1)] = rec.places.dateline_label(text, tk, first, last, labels[(0, 1)])
            if labels[(0, 1)][0] != "LOC":
                labels[(0, 1)] = rec.places.capitals_label(text[cands[0].start:cands[0].end],
                                                     cands[0].key, labels[(0, 1)])
        elif (len(atoms) == 1 and first == last and labels[(0, 1)][0] != "LOC"
              and cands[0].key not in rec.gazetteer and cands[0].key not in given_names()
              and dated_line(text, tk, first)):
            labels[(0, 1)] = ("LOC", RULE_CONFIDENCE, RULE_GAIN)
        if (len(atoms) == 1 and labels[(0, 1)][0] == "O"  # a smaller place too: de Vitarte
                and placeable(rec, cands[0].key, common)):
            labels[(0, 1)] = place_after_preposition(tk, first, cands[0].key, common,
                                                     labels[(0, 1)], lang)
        one = len(atoms) == 1 and atoms[0][0] == atoms[0][1]
        if (one and labels[(0, 1)][0] == "O" and rec.gazetteer.get(cands[0].key) == "ORG"
                and cands[0].key not in common):
            labels[(0, 1)] = ("ORG", RULE_CONFIDENCE, RULE_GAIN)
        if lang == "de" and one:
            labels[(0, 1)] = after_title_label(tk, first, german_rules(
                rec, tk, first, last, cands[0].key, labels[(0, 1)]))
        if len(atoms) > own:
            key = cands[spans.index((own - 1, len(atoms)))].key
            labels[(own - 1, len(atoms))] = rec.places.tail_label(
                key, tk.folded[atoms[own - 1][0]], labels[(own - 1, len(atoms))])
        head = place_head(text, tk, atoms[0][0], lang)
        if head >= 0 and out and out[-1][1] > tk.starts[head]:
            head = -1  # the body before took it
        if head >= 0:
            labels[(0, 1)] = rec.places.head_label(cands[0].key, tk.folded[atoms[0][0]],
                                                   labels[(0, 1)], tk.folded[head],
                                                   head == atoms[0][0] - 1)
            if labels[(0, 1)][2] != RULE_GAIN:
                head = -1
        if len(atoms) == 1 and lang in ("fr", "es"):
            labels[(0, 1)] = rank_label(tk, first, last, RANKS[lang],
                                        firm_word_label(tk, first, labels[(0, 1)]))
        if one and labels[(0, 1)][0] != "O" and cands[0].key not in rec.curated:
            key, word = cands[0].key, tk.folded[atoms[0][0]]
            if word in DATE_WORDS and rec.gazetteer.get(key) not in NAMED_PLACES:
                labels[(0, 1)] = ("O", 0.0, 0.0)
            elif lang == "de" and key not in rec.gazetteer:
                labels[(0, 1)] = rec.places.german_noun_place(
                    tk, atoms[0][0], key, given_names(),
                    german_noun_label(tk, atoms[0][0], labels[(0, 1)]))
        if len(atoms) == 1 and atoms[0][1] > atoms[0][0] and labels[(0, 1)][0] != "PER":
            labels[(0, 1)] = honorific_label(tk, atoms[0][0], atoms[0][1], labels[(0, 1)])
        if len(atoms) == 1 and atoms[0][1] > atoms[0][0] and lang == "de":
            labels[(0, 1)] = german_rules(rec, tk, first, last, cands[0].key, labels[(0, 1)])
        if len(atoms) == 1 and atoms[0][1] > atoms[0][0]:
            if rec.gazetteer.get(cands[0].key) in BIG_PLACES:  # a larger place named in full
                if labels[(0, 1)][0] == "PER" and labels[(0, 1)][2] < RULE_GAIN:
                    labels[(0, 1)] = ("LOC", *labels[(0, 1)][1:])
            else:
                labels[(0, 1)] = given_name_label(tk, first, last, given_names(), labels[(0, 1)])
            if lang in ("fr", "es"):
                labels[(0, 1)] = body_head_label(tk, first, labels[(0, 1)])
        if len(atoms) == 1 and lang == "en":
            labels[(0, 1)] = members_body_label(tk, first, last, hyphened_body_label(
                tk, first, last, english_place_label(tk, first, last, english_title_label(
                    tk, first, last, signed_office_label(tk, first, last, given_names(),
                                                         labels[(0, 1)])))))
            if last > first and rec.gazetteer.get(cands[0].key) not in PLACE_TYPES:
                labels[(0, 1)] = body_of_label(tk, first, last, labels[(0, 1)])
        if len(atoms) == 1 and first == last:
            labels[(0, 1)] = acronym_label(tk, first, lang, labels[(0, 1)])
        if (one and first == last and labels[(0, 1)][1] < MISREAD_BELOW
                and misread(rec, tk, first, cands[0].key, common)):
            labels[(0, 1)] = ("LOC", RULE_CONFIDENCE, RULE_GAIN)
        if one and first == last:
            labels[(0, 1)] = rec.places.not_person(text, tk, first, cands[0].key, common,
                                                   given_names(), lang, labels[(0, 1)])
        elif len(atoms) == 1:
            labels[(0, 1)] = rec.places.hyphened_place(tk, first, last, given_names(), common,
                                                       labels[(0, 1)])
        best_at = [0.0] * (len(atoms) + 1)
        back: list[int | None] = [None] * (len(atoms) + 1)
        for i in range(1, len(atoms) + 1):
            best_at[i], back[i] = best_at[i - 1], None
            for k, (a, b) in enumerate(spans):
                lab = labels[(a, b)]
                gain = best_at[a] + lab[2] + JOIN_GAIN * (b - a - 1)
                if b == i and lab[0] != "O" and gain > best_at[i]:
                    best_at[i], back[i] = gain, k
        i, chosen = len(atoms), []
        while i > 0:
            step = back[i]
            if step is None:
                i -= 1
            else:
                chosen.append(step)
                i = spans[step][0]
        for k in reversed(chosen):
            c = cands[k]
            typ, conf, _ = labels[spans[k]]
            start = tk.starts[head] if spans[k] == (0, 1) and head >= 0 else c.start
            out.append((start, c.end, typ, conf,
                        CURATED_METHOD if c.key in rec.curated else METHOD))
    # the rules over the whole text's mentions, as recognition runs them (they are not
    # what this reference checks: the runs' candidates, scores and labels are)
    mentions = [Annotation("mention", s, e, {"type": t, "text": text[s:e]}, m, cf)
                for s, e, t, cf, m in out if t != "O"]
    whole_text_rules(text, tk, mentions, lang=lang, method=METHOD,
                     curated_method=CURATED_METHOD, gazetteer=rec.gazetteer,
                     given=given_names(), common=common, capitals=has_capital_lines(text))
    return [(a.start, a.end, a.value["type"], a.confidence, a.method) for a in mentions]


def german_rules(rec: Recogniser, tk: Tokens, first: int, last: int, key: str,
                 label: tuple[str, float, float]) -> tuple[str, float, float]:
    """The German rules, written out: a place by its article or genitive (one word), a
    place's kind or a title before names (several)."""
    if first < last:
        label = german_group_label(tk, first, last, german_head_label(tk, first, last, label))
        return rec.places.german_nouns_place(tk, first, last, key,
                                             german_title_label(tk, first, last, label))
    if label[0] != "O":
        return label
    gaz = rec.gazetteer
    genitive = (len(key) > 4 and key.endswith("s") and key not in gaz
                and gaz.get(key[:-1]) in BIG_PLACES)
    rank = gaz.get(key)
    label = german_place_label(tk, first, rank in BIG_PLACES, genitive, label, rank == "P1")
    return rec.places.german_unknown_place(tk, first, key, label)


@pytest.mark.parametrize("curated", [{}, {"Cortonwood Colliery": "LOC", "Mineworkers": "ORG",
                                          "Partido Comunista": "ORG", "Thälmann": "PER"}])
def test_recognise_gives_what_the_plain_way_gives(curated: dict[str, str]) -> None:
    rec = Recogniser(curated=curated)
    rec.names = CuratedNames([])  # the candidates' mentions only (rec.curated stays)
    for text, lang in texts():
        got = [(a.start, a.end, a.value["type"], a.confidence, a.method) for a in rec(text, lang)]
        assert got == reference(rec, text, lang)


def test_large_blocks_are_filtered_without_changing_the_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(5)
    letters = "abcdefghiklmnoprstuvwy"
    stems = ["Smith", "Smyth", "Smithson", "Smitz", "Schmidt", "Smart", "Simms"]
    mentions = []
    for k in range(600):
        stem = rng.choice(stems)
        surname = stem + "".join(rng.choice(letters) for _ in range(rng.randrange(0, 3)))
        given = rng.choice(["", "John ", "J. ", "Mary ", "Thos. ", "Jean "])
        typ = rng.choice(["PER", "PER", "ORG", "LOC"])
        name = given + surname if typ == "PER" else surname + " " + rng.choice(
            ["Mill", "Mills", "Union", "Works", "Street"])
        mentions.append(Mention(name, typ, k))

    def run() -> list[tuple[str, str, float, bool]]:
        res = Resolver()
        out = []
        for k in range(0, len(mentions), 20):
            out += [(r.entity.key, r.entity.canonical, r.score, r.new)
                    for r in res.resolve(mentions[k:k + 20])]
        return out

    filtered = run()
    monkeypatch.setattr(resolve_mod._Block, "FILTER_FROM", 10**9)
    assert run() == filtered
