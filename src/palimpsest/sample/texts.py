"""The sample collection's documents: fictional texts written for this project.

The bodies live in ``texts/<id>.txt`` (UTF-8, blocks separated by blank
lines, the first block being the masthead); the facts an archivist would
record are kept here, typed, so that tests can check title, date and issuer
extraction against a known answer rather than against another heuristic.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

Language = Literal["en", "es", "fr", "de"]
Genre = Literal[
    "appeal", "minutes", "newsletter", "letter", "statement", "political", "resolution"
]


@dataclass(frozen=True, slots=True)
class SampleText:
    """One sample document and what is known about it.

    ``date`` is ISO 8601 at the precision the document gives (``1955-04``) or
    ``None`` for undated documents; ``dateline`` is that date as printed.
    ``years_mentioned`` lists years in the body that are *not* the document's
    date, so a date extractor can be checked for picking them by mistake.
    """

    id: str
    language: Language
    title: str
    genre: Genre
    issuer: str
    addressee: str | None
    date: str | None
    dateline: str | None
    place: str | None
    signatories: tuple[str, ...]
    years_mentioned: tuple[int, ...]

    @property
    def text(self) -> str:
        """The full document text, normalised (see :func:`normalise_text`)."""
        return load_text(self.id)

    @property
    def masthead(self) -> str:
        """The first block: the issuer's line as printed at the top."""
        return self.text.split("\n\n", 1)[0]

    @property
    def body(self) -> str:
        """Everything after the masthead."""
        return self.text.split("\n\n", 1)[1]

    def metadata(self) -> dict[str, Any]:
        """JSON-ready facts (without the text) for manifests."""
        d = asdict(self)
        d["signatories"] = list(self.signatories)
        d["years_mentioned"] = list(self.years_mentioned)
        return d


def normalise_text(text: str) -> str:
    """Canonical form: blocks split by one blank line, single spaces, no edge space.

    Both the renderer's logical text and the ground-truth files use it, so
    they compare equal with ``==``.
    """
    blocks = []
    for raw in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").strip()):
        lines = [" ".join(line.split()) for line in raw.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


@cache
def load_text(doc_id: str) -> str:
    """Read ``texts/<doc_id>.txt`` from the package data, normalised."""
    path = resources.files(__package__ or "palimpsest.sample") / "texts" / f"{doc_id}.txt"
    return normalise_text(path.read_text(encoding="utf-8"))


SAMPLE_TEXTS: tuple[SampleText, ...] = (
    SampleText(
        id="en-appeal-1921",
        language="en",
        title="AN APPEAL FOR THE LOCK-OUT RELIEF FUND",
        genre="appeal",
        issuer="Irwell Valley Dyehouse Workers' Union",
        addressee="To the members of all branches and to friends of the Union",
        date="1921-03-14",
        dateline="Manchester, 14 March 1921",
        place="Manchester",
        signatories=("Thomas Hartley", "Margaret Dunne"),
        years_mentioned=(1912,),
    ),
    SampleText(
        id="en-minutes-1936",
        language="en",
        title="Minutes of the Quarterly General Meeting",
        genre="minutes",
        issuer="Holbeck Co-operative Women's Circle",
        addressee=None,
        date="1936-11-03",
        dateline="Leeds, 3 November 1936",
        place="Leeds",
        signatories=("E. Whitworth", "A. Pickles"),
        years_mentioned=(),
    ),
    SampleText(
        id="en-newsletter",
        language="en",
        title="Rents, Repairs and the Council",
        genre="newsletter",
        issuer="Northfield Tenants' Association",
        addressee=None,
        date=None,
        dateline=None,
        place=None,
        signatories=("Joan Ashworth",),
        years_mentioned=(1926, 1941, 1952, 1958),
    ),
    SampleText(
        id="es-carta-1983",
        language="es",
        title="Solidaridad con la huelga de Hilanderías del Rímac",
        genre="letter",
        issuer="Sindicato de Trabajadores de Tejidos Santa Rosalía S.A.",
        addressee="A los compañeros de las bases textiles de Vitarte y Ate",
        date="1983-08-05",
        dateline="Lima, 5 de agosto de 1983",
        place="Lima",
        signatories=("Julio Ccahuana Quispe", "Rosa Huamán Salas"),
        years_mentioned=(1981,),
    ),
    SampleText(
        id="es-comunicado",
        language="es",
        title="COMUNICADO A LA OPINIÓN PÚBLICA",
        genre="statement",
        issuer="Coordinadora de Pobladores de la Zona Sur",
        addressee="Al pueblo de San Miguel y a las autoridades municipales",
        date=None,
        dateline=None,
        place=None,
        signatories=(),
        years_mentioned=(1976, 1979),
    ),
    SampleText(
        id="es-manifiesto",
        language="es",
        title="¡Por una universidad abierta al pueblo!",
        genre="political",
        issuer="Movimiento Universitario Independiente",
        addressee=(
            "A los estudiantes de la Facultad de Ciencias y a toda la comunidad universitaria"
        ),
        date=None,
        dateline=None,
        place=None,
        signatories=(),
        years_mentioned=(1968, 1971),
    ),
    SampleText(
        id="fr-tract-1968",
        language="fr",
        title="Non à la répression, tous dans la rue !",
        genre="political",
        issuer="Comité d'action du quartier Saint-Médard",
        addressee="Aux étudiants et aux travailleurs du quartier",
        date="1968-05-10",
        dateline="Paris, le 10 mai 1968",
        place="Paris",
        signatories=(),
        years_mentioned=(),
    ),
    SampleText(
        id="fr-lettre",
        language="fr",
        title="Lettre aux sociétaires",
        genre="letter",
        issuer="Coopérative ouvrière de production « L'Avenir »",
        addressee="Chers camarades,",
        date=None,
        dateline=None,
        place="Montbrac-sur-Loire",
        signatories=("Lucien Perrochon", "Madeleine Vial"),
        years_mentioned=(1936, 1945),
    ),
    SampleText(
        id="de-aufruf-1955",
        language="de",
        title="Heraus zum 1. Mai!",
        genre="appeal",
        issuer="Verband der Drahtzieher und Metallarbeiter am Niederrhein",
        addressee="Liebe Kolleginnen und Kollegen,",
        date="1955-04",
        dateline="Düsseldorf, im April 1955",
        place="Düsseldorf",
        signatories=("Wilhelm Kersting", "Erna Vogelsang"),
        years_mentioned=(),
    ),
    SampleText(
        id="de-resolution",
        language="de",
        title="Entschließung der Mitgliederversammlung",
        genre="resolution",
        issuer="Mieterschutzbund Lindenau-Süd e.V.",
        addressee="An den Rat der Stadt und an die Bezirksverwaltung",
        date=None,
        dateline=None,
        place=None,
        signatories=("Gertrud Schäfer", "Karl-Heinz Brückner"),
        years_mentioned=(1949, 1952),
    ),
)

BY_ID: dict[str, SampleText] = {t.id: t for t in SAMPLE_TEXTS}


def get_text(doc_id: str) -> SampleText:
    """Look up one sample document by id, with a clear error for typos."""
    try:
        return BY_ID[doc_id]
    except KeyError:
        raise KeyError(f"no sample document {doc_id!r}; known: {', '.join(BY_ID)}") from None
