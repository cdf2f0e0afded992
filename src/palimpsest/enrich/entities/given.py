"""Build the given-name list the recogniser reads (``data/ner-given-names.txt.gz``).

    python -m palimpsest.enrich.entities.given [--out src/palimpsest/data/ner-given-names.txt.gz]

Needs, at build time only, ``faker==40.54.0`` (MIT licence: its person providers' lists of
first names, mostly from national name statistics) and ``wordfreq==3.1.1`` (the project's
``build`` extra). The names are those of the locales of the archive's four languages and
of their neighbours, whose people its documents name (:data:`LOCALES`), folded
(:func:`~palimpsest.enrich.chronology.fold`), one a line. A name that is also a common
word in any of the four languages (Zipf :data:`MAX_ZIPF` or more: ``Rose``, ``Will``,
``Victoria``, ``Pilar``) is left out: the rule that reads a given name before a surname
as a person (:func:`~palimpsest.enrich.entities.rules.given_name_label`) would take the
word for one. Measured in the twenty-second session: with the limit at Zipf 4 no NER set
lost and most gained a little (docs/entities.md); at 5, a held-out sample lost 0.009.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from palimpsest.enrich.chronology import fold

OUT = Path(__file__).resolve().parents[2] / "data" / "ner-given-names.txt.gz"
LOCALES = (
    "de_DE", "de_AT", "de_CH", "es_ES", "es_MX", "es_AR", "es_CL", "es_CO", "fr_FR", "fr_CH",
    "fr_BE", "fr_CA", "en_US", "en_GB", "en_IE", "it_IT", "nl_NL", "pt_PT", "pl_PL",
)
LANGS = ("en", "es", "fr", "de")
MAX_ZIPF = 4.0  # a name at least this common a word in one of LANGS is left out
_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def faker_names(locales: Iterable[str] = LOCALES) -> set[str]:
    """The one-word first names of faker's person providers for ``locales``, folded."""
    out: set[str] = set()
    for loc in locales:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in _LISTS:
            names = provider.__dict__.get(attr)  # the class's own lists, not properties
            if names is None or isinstance(names, property):
                continue
            out.update(fold(n) for n in names
                       if n[:1].isupper() and n.isalpha())  # not "Jean-Pierre", "Mary Ann"
    return out


def build(locales: Iterable[str] = LOCALES, max_zipf: float = MAX_ZIPF) -> list[str]:
    """The names of :func:`faker_names` that are no common word of :data:`LANGS`, sorted."""
    from wordfreq import zipf_frequency  # type: ignore[import-not-found,unused-ignore]

    return sorted(n for n in faker_names(locales)
                  if len(n) > 1 and max(zipf_frequency(n, lang) for lang in LANGS) < max_zipf)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    names = build()
    with args.out.open("wb") as raw, gzip.GzipFile(  # the same bytes on every build
            filename="", fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(("\n".join(names) + "\n").encode("utf-8"))
    print(f"{len(names)} given names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
