"""The one value of each kind a document is known by, from its annotations.

Several annotations of a kind may exist (a machine's, a curator's); the summary
takes a curator's first, then the most confident. Stores keep it beside the
document so that filters and facets need no join.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from palimpsest.model import Annotation

TEXT_KINDS = ("title", "genre", "issuer", "addressee")


@dataclass(frozen=True, slots=True)
class Summary:
    title: str | None = None
    genre: str | None = None
    issuer: str | None = None
    addressee: str | None = None
    date_value: str | None = None
    year_earliest: int | None = None
    year_latest: int | None = None
    year_best: int | None = None


def _rank(a: Annotation) -> tuple[bool, float]:
    return (a.method.startswith("curator:"), a.confidence)


def best(annotations: list[Annotation], kind: str) -> Annotation | None:
    of_kind = [a for a in annotations if a.kind == kind]
    return max(of_kind, key=_rank) if of_kind else None


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) else None


def summarise(annotations: list[Annotation]) -> Summary:
    fields: dict[str, Any] = {}
    for kind in TEXT_KINDS:
        a = best(annotations, kind)
        fields[kind] = str(a.value) if a is not None else None
    date = best(annotations, "date")
    if date is not None and isinstance(date.value, dict):
        v = date.value
        fields.update(
            date_value=v.get("value"),
            year_earliest=_int(v.get("earliest")),
            year_latest=_int(v.get("latest")),
            year_best=_int(v.get("best")),
        )
    return Summary(**fields)
