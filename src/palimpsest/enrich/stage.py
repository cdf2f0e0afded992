"""The enrichment stage: what a document is, who issued it, to whom, and when.

Runs on the clean text after cleaning (and correction). Each enricher returns
annotations over clean-text spans; this stage adds the page each piece of
evidence stands on, so every derived value can be shown on its page.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from palimpsest.enrich.chronology import Chronology
from palimpsest.enrich.dating import DateEstimate, estimate_date
from palimpsest.enrich.roles import describe
from palimpsest.enrich.roles_lines import line_breaks
from palimpsest.model import Annotation, Document
from palimpsest.text.edits import CleanText


@dataclass(slots=True)
class Enrichment:
    """The stage's annotations, and the date estimate among them with its clues."""

    annotations: list[Annotation]
    date: DateEstimate


def enrich(
    doc: Document,
    clean: CleanText,
    chronology: Path | None = None,
    prior: tuple[float, float] | None = None,
    doubtful: Sequence[tuple[int, int]] = (),
    breaks: list[int] | None = None,
) -> Enrichment:
    """All annotations for ``doc`` from its clean text.

    ``chronology`` is the archive's own chronology file (rows users imported),
    read beside the built-in table; ``prior`` the (mean year, spread) of the archive's
    documents with printed dates (:func:`palimpsest.enrich.dating.collection_prior`);
    ``doubtful`` the clean-text spans of lines the OCR read with little confidence
    (:func:`palimpsest.derive.doubtful_lines`), where no title or name is read;
    ``breaks`` the clean text's :func:`line_breaks`, when the caller has them.
    """
    breaks = line_breaks(clean) if breaks is None else breaks
    annotations = describe(clean.text, doc.language, line_breaks=breaks,
                           doubtful=[s for s, _ in doubtful])
    date = _date(doc, clean, breaks, chronology, prior)
    annotations.append(date.annotation)
    _place_evidence(doc, clean, annotations)
    return Enrichment(annotations, date)


def date_again(
    doc: Document,
    clean: CleanText,
    chronology: Path | None = None,
    prior: tuple[float, float] | None = None,
) -> Annotation:
    """The date annotation alone, as :func:`enrich` makes it (for re-dating)."""
    date = _date(doc, clean, line_breaks(clean), chronology, prior).annotation
    _place_evidence(doc, clean, [date])
    return date


def _date(
    doc: Document,
    clean: CleanText,
    breaks: list[int],
    chronology: Path | None,
    prior: tuple[float, float] | None,
) -> DateEstimate:
    known = Chronology.load(chronology)  # the built-in table alone when the file is absent
    return estimate_date(clean.text, doc.language, known, line_breaks=breaks, prior=prior)


def _place_evidence(doc: Document, clean: CleanText, annotations: list[Annotation]) -> None:
    """Fill in ``Evidence.page`` from the evidence span's place in the original text."""
    starts = [p.start for p in doc.pages]
    for a in annotations:
        for ev in a.evidence:
            if ev.page is None and ev.start is not None and ev.end is not None and starts:
                original_start, _ = clean.to_original(ev.start, ev.end)
                ev.page = doc.pages[max(0, bisect.bisect_right(starts, original_start) - 1)].number
