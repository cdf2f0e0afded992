"""Resolve mentions into entities: variant spellings, OCR damage, titles, acronyms.

``Resolver(known).resolve(mentions)`` gives each mention an entity: one of ``known``
(the archive's entities, curated or not), or a new one it creates and keeps for the
following mentions. It never changes a ``known`` entity's canonical name; it adds the
new surface forms to ``Entity.aliases`` of the entities it returns.

How two names are judged the same (:func:`~.name_keys.name_key` first: fold case and accents,
drop titles and honorifics in four languages — ``Mr.``, ``Comrade``, ``Chairman``,
``Genosse``, ``Sr.``, ``camarade`` — possessive ``'s``, leading articles, hyphens at line
ends, and fold OCR confusions and transliterations: ``ſ``→s, ``rn``→m, ``vv``→w, ``ae``→a,
``oe``→o, ``ue``→u, ``ß``→ss, digits that stand for letters):

* the same key, or a key of the entity's aliases: score 1.0;
* both in one chronology row (its name and aliases in four languages): 0.95, and the
  entity records the row id, its roles and years;
* an acronym and its expansion (``NUM`` ↔ ``National Union of Mineworkers``, ``KPD`` ↔
  ``Kommunistische Partei Deutschlands``): 0.9;
* people: surname alike (edit similarity ≥ 0.8) and given names compatible (one
  absent, an initial that agrees, or alike): the similarity, a bare surname 0.1 less;
* organisations and places: whole keys alike (similarity ≥ 0.85): the similarity.

The best entity of the same type at or over ``threshold`` wins; otherwise a new entity.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from palimpsest.enrich.chronology import Chronology
from palimpsest.enrich.entities.gazetteers import KIND_TYPES
from palimpsest.enrich.entities.name_keys import (
    acronym,
    display_name,
    german_nominatives,
    is_acronym,
    name_key,
    person_score,
    similarity,
    words_of,
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A name as found: its surface text, type, and where (all optional but text and type)."""

    text: str
    type: str  # PER | ORG | LOC
    doc: int | str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Entity:
    """A person, organisation or place: its canonical name and every alias seen."""

    key: str  # the archive's id for known entities; "new:N" for ones made here
    type: str
    canonical: str
    aliases: set[str] = field(default_factory=set)
    chronology: tuple[str, ...] = ()  # chronology row ids
    confirmed: bool = False
    years: tuple[int, int] | None = None
    roles: tuple[str, ...] = ()  # chronology kinds: head_of_state, organisation...


@dataclass(frozen=True, slots=True)
class Resolution:
    mention: Mention
    entity: Entity
    score: float
    new: bool  # the entity was created for this batch


ChronKeys = dict[tuple[str, str], list[tuple[str, str, int, int]]]


@lru_cache(maxsize=8)
def _chronology_index(chron: Chronology) -> tuple[ChronKeys, dict[str, str]]:
    """(type, key) → chronology rows (id, kind, start, end), and row id → name; built once
    per chronology (the built-in one is itself cached)."""
    keys: ChronKeys = {}
    names: dict[str, str] = {}
    for row in chron.rows:
        typ = KIND_TYPES.get(row.kind)
        if typ is None:
            continue
        for alias in (row.name, *row.aliases):
            k = name_key(alias, typ)
            if typ == "PER" and " " not in k:
                continue  # a bare surname is not enough to name a row
            keys.setdefault((typ, k), []).append((row.id, row.kind, row.start, row.end))
        names[row.id] = row.name
    return keys, names


def _surnames(words: Sequence[str]) -> Sequence[str]:
    """The words :func:`person_score` compares as surnames."""
    return words[-2:] if len(words) > 2 else words[-1:]


class _Block:
    """The names indexed under one block key: ``(entity, key, the key's words)``, and the
    strings their first comparison is about (people: the surnames; others: the key)."""

    __slots__ = ("entries", "owners", "strings")
    FILTER_FROM = 16  # entries from which a block is filtered (in C) before the comparisons

    def __init__(self) -> None:
        self.entries: list[tuple[Entity, str, list[str]]] = []
        self.strings: list[str] = []
        self.owners: list[int] = []  # strings[i] belongs to entries[owners[i]]

    def add(self, ent: Entity, key: str, words: list[str]) -> None:
        self.owners += [len(self.entries)] * (1 if ent.type != "PER" else len(_surnames(words)))
        self.strings += [key] if ent.type != "PER" else _surnames(words)
        self.entries.append((ent, key, words))

    def alike(
        self, key: str, words: Sequence[str], typ: str,
    ) -> list[tuple[Entity, str, list[str]]]:
        """The entries, in their order, less some that cannot score: people whose surnames
        are all less than 0.8 alike to the key's, other names less than 0.85 alike."""
        if len(self.entries) < self.FILTER_FROM:
            return self.entries
        queries, cutoff = (_surnames(words), 0.79) if typ == "PER" else ((key,), 0.84)
        keep: set[int] = set()
        for q in queries:
            for _s, _score, i in process.extract(
                q, self.strings, scorer=Levenshtein.normalized_similarity,
                score_cutoff=cutoff, limit=None,
            ):
                keep.add(self.owners[i])
        return [self.entries[i] for i in sorted(keep)]


class Resolver:
    """Clusters mentions into entities, starting from the archive's ``known`` entities."""

    def __init__(
        self, known: Iterable[Entity] = (), chronology: Chronology | None = None,
        threshold: float = 0.85,
    ) -> None:
        self.threshold = threshold
        self.entities: list[Entity] = []
        self._by_key: dict[tuple[str, str], Entity] = {}
        self._by_acronym: dict[tuple[str, str], Entity] = {}
        self._by_chron: dict[str, Entity] = {}
        self._blocks: dict[tuple[str, str], _Block] = defaultdict(_Block)
        self._indexed: set[tuple[int, str]] = set()
        self._new = 0
        self._chron_keys, self._chron_names = _chronology_index(chronology or Chronology.load())
        for ent in known:
            self._add(ent)

    # -- index -----------------------------------------------------------------
    def _add(self, ent: Entity) -> None:
        self.entities.append(ent)
        for name in (ent.canonical, *ent.aliases):
            self._index(ent, name)
        for cid in ent.chronology:
            self._by_chron.setdefault(cid, ent)

    def _index(self, ent: Entity, name: str) -> None:
        k = name_key(name, ent.type)
        if not k:
            return
        self._by_key.setdefault((ent.type, k), ent)
        if ent.type != "PER":
            acr = name.replace(".", "").lower() if is_acronym(name) else acronym(name)
            if len(acr) >= 2 and (is_acronym(name) or len(words_of(name, ent.type)) >= 2):
                self._by_acronym.setdefault((ent.type, acr), ent)
        if (id(ent), k) in self._indexed:
            return
        self._indexed.add((id(ent), k))
        words = k.split()
        for block in self._block_keys(ent.type, k):
            self._blocks[block].add(ent, k, words)

    @staticmethod
    def _block_keys(typ: str, key: str) -> list[tuple[str, str]]:
        last = key.split()[-1]
        return [(typ, "<" + last[:3]), (typ, ">" + last[-3:])]

    # -- resolution --------------------------------------------------------------
    def resolve(self, mentions: Sequence[Mention]) -> list[Resolution]:
        """One resolution a mention, in the order given. Fuller names are placed first,
        so ``Thomas Hartley`` makes the entity that ``Mr. Hartley`` then joins."""
        order = sorted(range(len(mentions)),
                       key=lambda i: (-len(words_of(mentions[i].text, mentions[i].type)),
                                      -len(mentions[i].text)))
        out: dict[int, Resolution] = {}
        made_before = self._new
        for i in order:
            out[i] = self.resolve_one(mentions[i])
        result = [out[i] for i in range(len(mentions))]
        # only the entities made by this call are named here: one made by an earlier call
        # may already be stored under its name (ingest links each document in turn)
        _choose_canonical([r for r in result if r.new and int(r.entity.key[4:]) > made_before])
        return result

    def resolve_one(self, m: Mention) -> Resolution:
        ent, score = self.match(m)
        if ent is not None and score >= self.threshold:
            if m.text not in ent.aliases and m.text != ent.canonical:
                ent.aliases.add(m.text)
                self._index(ent, m.text)
            return Resolution(m, ent, round(score, 3), ent.key.startswith("new:"))
        self._new += 1
        ent = Entity(f"new:{self._new}", m.type, display_name(m.text, m.type), {m.text})
        hits = self._chronology_hits(m.type, name_key(m.text, m.type))
        if len({h[0] for h in hits}) == 1:
            cid, kind, start, end = hits[0]
            ent.chronology, ent.roles, ent.years = (cid,), (kind,), (start, end)
            ent.canonical = self._chron_names.get(cid, ent.canonical)
        self._add(ent)
        return Resolution(m, ent, 1.0, True)

    def _chronology_hits(self, typ: str, key: str) -> list[tuple[str, str, int, int]]:
        """The chronology rows a name's key names; for an organisation named in the German
        genitive (``des Deutschen Gewerkschaftsbundes``), those of its nominative."""
        hits = self._chron_keys.get((typ, key), [])
        if hits or typ != "ORG":
            return hits
        for nominative in german_nominatives(key):
            hits = self._chron_keys.get((typ, nominative), [])
            if hits:
                return hits
        return []

    def match(self, m: Mention) -> tuple[Entity | None, float]:
        """The best existing entity for ``m`` and its score (``None, 0`` when none)."""
        k = name_key(m.text, m.type)
        if not k:
            return None, 0.0
        ent = self._by_key.get((m.type, k))
        if ent is not None:
            return ent, 1.0
        for cid, *_ in self._chronology_hits(m.type, k):
            if cid in self._by_chron:
                return self._by_chron[cid], 0.95
        if m.type != "PER":
            acr = m.text.replace(".", "").lower() if is_acronym(m.text) else acronym(m.text)
            ent = self._by_acronym.get((m.type, acr))
            if ent is not None and (is_acronym(m.text) or any(is_acronym(a) for a in
                                                              (ent.canonical, *ent.aliases))):
                return ent, 0.9
        words = k.split()
        best: tuple[Entity | None, float] = (None, 0.0)
        seen: set[str] = set()
        for block in self._block_keys(m.type, k):
            entries = self._blocks.get(block)
            if entries is None:
                continue
            for cand, other, other_words in entries.alike(k, words, m.type):
                if other in seen:
                    continue
                seen.add(other)
                if m.type == "PER":
                    s = person_score(words, other_words)
                else:
                    s = similarity(k, other, 0.85)
                    s = s if s >= 0.85 else 0.0
                if s > best[1]:
                    best = (cand, s)
        return best


def _choose_canonical(results: Sequence[Resolution]) -> None:
    """New entities (of ``results``, those given) are named by their most frequent
    spelling, mixed case and accents preferred (``Thomas Hartley`` over ``THOMAS HARTLEY``
    and ``Tbomas Hartley``)."""
    names: dict[int, list[str]] = defaultdict(list)
    ents: dict[int, Entity] = {}
    for r in results:
        if r.new and not r.entity.chronology:
            names[id(r.entity)].append(display_name(r.mention.text, r.entity.type))
            ents[id(r.entity)] = r.entity
    for key, found in names.items():
        if len(found) == 1 or found.count(found[0]) == len(found):
            ents[key].canonical = found[0]  # one spelling: nothing to choose
            continue
        typ = ents[key].type
        keys = [name_key(n, typ) for n in found]
        words = [" ".join(words_of(n, typ)) for n in found]

        def rank(
            i: int, found: list[str] = found, keys: list[str] = keys, words: list[str] = words
        ) -> tuple[int, int, bool, float, int]:
            central = sum(similarity(words[i], w) for w in words)
            accents = sum(not c.isascii() for c in found[i])
            return (len(keys[i].split()), keys.count(keys[i]), not found[i].isupper(), central,
                    accents)

        firsts: dict[str, int] = {}  # each spelling once (its rank is the same each time)
        for i, name in enumerate(found):
            firsts.setdefault(name, i)
        ents[key].canonical = found[max(firsts.values(), key=rank)]


def pairwise(gold: Sequence[int], pred: Sequence[str]) -> tuple[float, float]:
    """Pairwise precision and recall of "same entity" (gold cluster ids vs predicted keys)."""
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(gold)), 2):
        same_gold, same_pred = gold[i] == gold[j], pred[i] == pred[j]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)
