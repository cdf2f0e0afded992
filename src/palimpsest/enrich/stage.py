"""The enrichment stage: what a document is, who issued it, to whom, and when.

Runs on the clean text after cleaning (and correction). Each enricher returns
annotations over clean-text spans; this stage adds the page each piece of
evidence stands on, so every derived value can be shown on its page.
"""

from __future__ import annotations

import bisect
from pathlib import Path

from palimpsest.enrich.chronology import Chronology
from palimpsest.enrich.dating import infer_date
from palimpsest.enrich.roles import describe
from palimpsest.enrich.roles_lines import line_breaks
from palimpsest.model import Annotation, Document
from palimpsest.text.edits import CleanText


def enrich(doc: Document, clean: CleanText, chronology: Path | None = None) -> list[Annotation]:
    """All annotations for ``doc`` from its clean text.

    ``chronology`` is the archive's own chronology file (rows users imported),
    read beside the built-in table.
    """
    breaks = line_breaks(clean)
    annotations = describe(clean.text, doc.language, line_breaks=breaks)
    known = Chronology.load(chronology if chronology and chronology.exists() else None)
    annotations.append(infer_date(clean.text, doc.language, known, line_breaks=breaks))
    _place_evidence(doc, clean, annotations)
    return annotations


def _place_evidence(doc: Document, clean: CleanText, annotations: list[Annotation]) -> None:
    """Fill in ``Evidence.page`` from the evidence span's place in the original text."""
    starts = [p.start for p in doc.pages]
    for a in annotations:
        for ev in a.evidence:
            if ev.page is None and ev.start is not None and ev.end is not None and starts:
                original_start, _ = clean.to_original(ev.start, ev.end)
                ev.page = doc.pages[max(0, bisect.bisect_right(starts, original_start) - 1)].number
