"""Dating again: undated documents re-inferred with what the archive knows now.

An undated document's range rests on the chronology (which users extend with
``palimpsest chronology import``) and on a prior over years. Once the archive holds
documents with printed dates, their years make a far better prior than the broad
19th–20th-century default (``docs/dating.md`` measures it). Ingest dates each document
with the prior known when it is read (:class:`CollectionPrior` follows the printed dates
as they arrive) and, at the end, dates again those whose prior has since moved (from
the clues it kept, for the first :data:`KEPT_ESTIMATES` of the run; from the stored text
beyond them);
``palimpsest redate`` re-dates every undated document (after a chronology import, say).
Printed dates and a curator's dates are never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from palimpsest.enrich.dating import DateEstimate, collection_prior
from palimpsest.enrich.stage import date_again
from palimpsest.model import Document, Edit, Page
from palimpsest.text.edits import apply_edits

if TYPE_CHECKING:
    from palimpsest.archive import Archive

Prior = tuple[float, float]
PRIOR_SHIFT = 3.0  # years: a prior that moved less than this (or a quarter of its spread)
# Date estimates a run keeps in memory (a few KB each), to weigh their clues again at the
# end without reading the text again. The first of a run are those whose prior moves.
KEPT_ESTIMATES = 10_000


def archive_prior(archive: Archive) -> Prior | None:
    """(median, spread) of the years of the archive's documents with printed dates."""
    return collection_prior(archive.store.printed_years())


def prior_moved(before: Prior | None, after: Prior | None) -> bool:
    """Whether dates inferred with ``before`` would change enough with ``after``: its
    centre or spread moved by a quarter of the spread (at least :data:`PRIOR_SHIFT`)."""
    if after is None:
        return False
    if before is None:
        return True
    tolerance = max(PRIOR_SHIFT, 0.25 * after[1])
    return abs(after[0] - before[0]) >= tolerance or abs(after[1] - before[1]) >= tolerance


class CollectionPrior:
    """The archive's prior during an ingest run: the printed years stored before it,
    plus those of the documents it adds, recomputed as they grow by a tenth."""

    def __init__(self, years: Iterable[int]) -> None:
        self.years = list(years)
        self.current = collection_prior(self.years)
        self._at = len(self.years)
        self.kept: dict[int, DateEstimate] = {}

    def add(self, year: int) -> None:
        self.years.append(year)
        if len(self.years) >= max(5, self._at * 1.1):
            self.current = collection_prior(self.years)
            self._at = len(self.years)

    @property
    def keeps_more(self) -> bool:
        """Whether the run still keeps date estimates (workers send them only then)."""
        return len(self.kept) < KEPT_ESTIMATES

    def note(self, doc_id: int, printed_year: int | None, inferred: DateEstimate | None) -> None:
        """A document the run stored: its printed year, or its inferred date's clues."""
        if printed_year is not None:
            self.add(printed_year)
        elif inferred is not None and self.keeps_more:
            self.kept[doc_id] = inferred

    def finish(self, archive: Archive, after_id: int) -> int:
        """Date again the run's undated documents (ids above ``after_id``) whose prior
        has moved since they were dated; how many."""
        final = collection_prior(self.years)
        stale = [
            doc_id
            for doc_id, value in archive.store.inferred_dates(after_id)
            if prior_moved(_recorded(value), final)
        ]
        kept = [doc_id for doc_id in stale if doc_id in self.kept]
        unkept = [doc_id for doc_id in stale if doc_id not in self.kept]
        with archive.store.batch():
            for doc_id in kept:
                archive.store.replace_date(doc_id, self.kept[doc_id].with_prior(final))
        self.kept.clear()
        return len(kept) + (redate(archive, unkept) if unkept else 0)


def _recorded(value: dict[str, Any]) -> Prior | None:
    prior = value.get("prior")
    return (float(prior[0]), float(prior[1])) if prior else None


REDATE_AFTER = "redate_after"  # meta: the documents above this id await their run's last dating


def redate(
    archive: Archive,
    doc_ids: Iterable[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Infer again the dates of ``doc_ids`` (default: every undated document, and then a
    stopped ingest's note of documents to date again is done with) with the archive's
    chronology and prior; returns how many were re-dated."""
    store = archive.store
    prior = archive_prior(archive)
    ids = list(store.undated_documents() if doc_ids is None else doc_ids)
    done = 0
    with store.batch():
        for i, doc_id in enumerate(ids, start=1):
            stored = store.document(doc_id)
            if stored is not None and not (stored["date"] or {}).get("printed"):
                doc = _model_document(stored)
                clean = apply_edits(doc.original_text, doc.edits)
                store.replace_date(doc_id, date_again(doc, clean, archive.chronology_path, prior))
                done += 1
            if progress:
                progress(i, len(ids))
    if doc_ids is None:
        store.set_meta(REDATE_AFTER, None)  # what a stopped ingest left to date is done
    return done


def _model_document(d: dict[str, Any]) -> Document:
    """The parts of a stored document that dating reads: text, pages, edits, language."""
    pages = [Page(p["number"], p["start"], p["end"], method=p["method"]) for p in d["pages"]]
    edits = [
        Edit(**{**e, "candidates": [(c[0], c[1]) for c in e["candidates"]]}) for e in d["edits"]
    ]
    return Document(
        d["sha256"],
        d["source_path"],
        d["media_type"],
        d["size"],
        d["original_text"],
        pages,
        edits,
        language=d["language"],
        id=d["id"],
    )
