"""What the recogniser knows of names before it reads a text: the gazetteer and the model.

The gazetteer is the chronology (people, heads of state and government → PER,
organisations → ORG, states → LOC) over GeoNames' place names (``data/ner-places.tsv.gz``,
ranked by size) and the project's regions (``data/ner-regions.tsv``); given names come from
the chronology's people and a short list. The model is the shipped one, or the one the
setting ``ner_model`` names. Each is built once a process.
"""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from palimpsest import settings
from palimpsest.enrich.chronology import Chronology, fold
from palimpsest.enrich.entities.lexicon import (
    GIVEN_ABBREVIATIONS,
    GIVEN_MORE,
    GIVEN_NOT,
    MOVEMENT_PLACES,
    NAME_PARTICLES,
    TITLES,
)
from palimpsest.enrich.entities.model import Model, source_of
from palimpsest.enrich.entities.tokens import tokenise
from palimpsest.text.correct.lm import deletes

MODEL_FILE = "ner-model.json.gz"
REGIONS_FILE = "ner-regions.tsv"
PLACES_FILE = "ner-places.tsv.gz"
SMALL_PLACES_FILE = "ner-small-places.txt.gz"
GIVEN_NAMES_FILE = "ner-given-names.txt.gz"  # built by palimpsest.enrich.entities.given
KIND_TYPES = {"person": "PER", "head_of_state": "PER", "head_of_government": "PER",
              "organisation": "ORG", "state": "LOC"}
PLACE_TYPES = frozenset({"P1", "P2", "P3", "LOC"})  # the gazetteer's labels of places
BIG_PLACES = frozenset({"P1", "P2", "LOC"})  # the larger places (P3: Union, a small town)


def model_path() -> Path:
    """The shipped model, trained on openly licensed data only."""
    return Path(str(resources.files("palimpsest") / "data" / MODEL_FILE))


def default_model() -> Model:
    """The model setting ``ner_model`` names (``PALIMPSEST_NER_MODEL``), else the shipped one.
    A file that is no model is a :class:`~palimpsest.settings.SettingError`."""
    chosen = settings.get_file("ner_model")
    if chosen is None:
        return _load(str(model_path()))
    try:
        return _load(str(chosen))
    except (OSError, ValueError, KeyError, TypeError, EOFError) as e:
        raise settings.SettingError(
            f"{settings.SETTINGS['ner_model'].env} names {str(chosen)!r}, which is no names "
            f"model ({type(e).__name__}: {e})") from None


@cache
def _load(path: str) -> Model:
    return Model.load(Path(path))


@cache
def shipped_source() -> str:
    """The shipped model's :attr:`Model.source`, without loading it."""
    path = model_path()
    return source_of(path.name, path.read_bytes())


def name_key(name: str) -> str:
    """A gazetteer key: folded words, dots dropped (``Mr. J. Smith`` → ``mr j smith``)."""
    return " ".join(t for _, _, t in tokenise(fold(name)) if t != ".")


@cache
def places() -> dict[str, str]:
    """Folded place name → rank (``P1`` biggest .. ``P3``), from ``data/ner-places.tsv.gz``."""
    path = Path(str(resources.files("palimpsest") / "data" / PLACES_FILE))
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        ranks = dict(line.rstrip("\n").split("\t", 1) for line in fh)
    # the file's keys may be older than the tokeniser (d'ivoire, now d' ivoire): re-keyed
    for key in [k for k in ranks if "'" in k]:
        ranks.setdefault(name_key(key), ranks[key])
    # regions, seas, rivers and ranges (America, Balkans, Rhine), which GeoNames' cities lack
    regions = resources.files("palimpsest") / "data" / REGIONS_FILE
    for line in regions.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, rank = line.split("\t")
            key = name_key(name)
            ranks[key] = min(rank, ranks.get(key, rank))
    for key in [k for k in ranks if "ss" in k]:  # Russland, Rußland; Preussen, Preußen
        ranks.setdefault(key.replace("ss", "ß"), ranks[key])
    return ranks


@cache
def small_places() -> frozenset[str]:
    """Folded names of GeoNames' smaller places (1,000 people or more) that :func:`places`
    lacks, from ``data/ner-small-places.txt.gz``: a place only where the text says so."""
    path = Path(str(resources.files("palimpsest") / "data" / SMALL_PLACES_FILE))
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(fh.read().split("\n")) - {""}


@cache
def gazetteer() -> dict[str, str]:
    """Places (``P1``-``P3``) and the labour movement's buildings (:data:`MOVEMENT_PLACES`)
    overlaid with the chronology's types (``PER``, ``ORG``, ``LOC``)."""
    return {**places(), **MOVEMENT_PLACES, **chronology_gazetteer()}


@cache
def phrase_heads() -> frozenset[str]:
    """The first words of the gazetteer's names of bodies and places of several words
    (``secours`` of ``secours populaire``): a word that is none starts no such name."""
    return frozenset(key.split(" ", 1)[0] for key, typ in gazetteer().items()
                     if " " in key and typ in ("ORG", "LOC"))


@cache
def chronology_gazetteer() -> dict[str, str]:
    """Folded name or alias → type, for the chronology's people, organisations and states."""
    gaz: dict[str, str] = {}
    for row in Chronology.load().rows:
        typ = KIND_TYPES.get(row.kind)
        if typ is None:
            continue
        for alias in (row.name, *row.aliases):
            key = name_key(alias)
            words = key.split()
            if typ == "PER" and words and words[0] in TITLES and len(words) > 1:
                continue  # "President Adams" is ambiguous; "Adams" alone is too
            gaz.setdefault(key, typ)
    return gaz


@cache
def given_names() -> frozenset[str]:
    """Given names (folded): the first word of the chronology's people's names (``Konrad``
    of ``Konrad Adenauer``), the list of :mod:`.given` (first names of the four languages'
    countries and their neighbours that are no common word: ``Renate``, ``Alois``) and
    :data:`GIVEN_MORE`, less titles, name particles, the largest places and words of
    :data:`GIVEN_NOT`."""
    path = Path(str(resources.files("palimpsest") / "data" / GIVEN_NAMES_FILE))
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        names = set(fh.read().split("\n")) - {""}
    for row in Chronology.load().rows:
        if KIND_TYPES.get(row.kind) != "PER":
            continue
        words = name_key(row.name).split()
        while len(words) > 1 and words[0] in TITLES:
            words = words[1:]
        if len(words) > 1 and len(words[0]) > 2 and words[0].isalpha():
            names.add(words[0])
    places_ = places()
    names |= GIVEN_MORE | GIVEN_ABBREVIATIONS
    return frozenset(n for n in names if n not in NAME_PARTICLES and n not in GIVEN_NOT
                     and places_.get(n) != "P1")


@cache
def _big_place_deletes() -> dict[str, tuple[str, ...]]:
    """Each one-letter deletion of the larger places' one-word names (six letters or more)
    → those names: the index of :func:`misread_place`."""
    out: dict[str, list[str]] = {}
    for key, rank in places().items():
        if rank == "P1" and " " not in key and len(key) >= 6:
            for v in deletes(key, 1):
                out.setdefault(v, []).append(key)
    return {k: tuple(v) for k, v in out.items()}


def misread_place(key: str, known: Mapping[str, int], zipf: int = 3) -> str | None:
    """The larger place (rank ``P1``: a country, a big city) that the one word ``key`` is
    one OCR misreading away from (``oesterrcich`` → ``oesterreich``), when just one is and
    the language writes its name often (``known``: Zipf ``zipf`` or more; the gazetteer's
    names in other languages, ``berlien``, are no evidence)."""
    index = _big_place_deletes()
    found: set[str] = set()
    for v in deletes(key, 1):
        for name in index.get(v, ()):
            if (name != key and known.get(name, 0) >= zipf
                    and Levenshtein.distance(name, key, score_cutoff=1) <= 1):
                found.add(name)
    return next(iter(found)) if len(found) == 1 else None
