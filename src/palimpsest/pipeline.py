"""Ingest runs the stages over files: pool, resume, errors, progress.

Workers do everything that is slow (hash and copy the original, read it, OCR,
clean, correct, describe, turn it into the store's rows; several small files at a
time, each stage over all of them in turn) and hand back plain data; the parent
alone writes to the store, each document whole or not at all (a savepoint each,
committed about once a second). So a run killed at any point leaves whole documents
or none, and a rerun skips what is stored and finishes the rest.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from palimpsest.derive import Derived, collection_teachers, derive_many, trusted_vocabulary
from palimpsest.enrich.dating import DateEstimate
from palimpsest.enrich.summary import summarise
from palimpsest.ingest import INGESTORS
from palimpsest.ingest.base import Extracted, IngestOptions
from palimpsest.ingest.detect import SNIFF_BYTES, detect
from palimpsest.ingest.discover import Candidate, discover
from palimpsest.ingest.errors import IngestError
from palimpsest.linking import EntityLinker, recogniser_for
from palimpsest.model import PAGE_SEPARATOR, Annotation, Document, IngestFailure, Page, Word
from palimpsest.redate import REDATE_AFTER, CollectionPrior
from palimpsest.store.base import SourceRecord, Store
from palimpsest.store.blobs import BlobStore, TooLarge

if TYPE_CHECKING:  # typing only: the archive imports this module
    from palimpsest.archive import Archive


@dataclass(slots=True)
class Added:
    """A document read and described, ready for the store: ``prepared`` is what the
    store's :meth:`~palimpsest.store.base.Store.prepare` made of it in the worker."""

    sha256: str
    pages: int
    prepared: Any
    mentions: list[Annotation]
    source: SourceRecord
    printed_year: int | None = None  # the year its own dateline gives
    inferred: DateEstimate | None = None  # its inferred date, to weigh again at the end


@dataclass(slots=True)
class Duplicate:
    source: SourceRecord


@dataclass(slots=True)
class Failed:
    failure: IngestFailure
    path_bytes: bytes


Outcome = Added | Duplicate | Failed


@dataclass(slots=True)
class IngestReport:
    added: int = 0
    duplicates: int = 0
    unchanged: int = 0
    pages: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0
    redated: int = 0  # dated again at the end, with the prior the run's dated documents gave

    @property
    def ok(self) -> bool:
        return not self.failures and not self.interrupted


# -- the work of one file (runs in a worker) ------------------------------------------


def assemble(sha256: str, path: str, media_type: str, size: int, ex: Extracted) -> Document:
    """Join page texts into one original text, shifting word offsets to match."""
    doc = Document(sha256, path, media_type, size, encoding=ex.encoding, warnings=ex.warnings)
    parts: list[str] = []
    pos = 0
    for number, pt in enumerate(ex.pages, start=1):
        if number > 1:
            parts.append(PAGE_SEPARATOR)
            pos += len(PAGE_SEPARATOR)
        words = [Word(w.text, w.start + pos, w.end + pos, w.box, w.conf, w.line) for w in pt.words]
        doc.pages.append(
            Page(
                number, pos, pos + len(pt.text), pt.width, pt.height, pt.method, words, pt.mean_conf
            )
        )
        parts.append(pt.text)
        pos += len(pt.text)
    doc.original_text = "".join(parts)
    return doc


def _line_conf(doc: Document, ex: Extracted) -> dict[int, float]:
    out: dict[int, float] = {}
    for page, pt in zip(doc.pages, ex.pages, strict=True):
        out.update({page.start + k: v for k, v in pt.line_conf.items()})
    return out


@dataclass(slots=True)
class _Read:
    """A file stored and read, its text not yet derived."""

    cand: Candidate
    source: SourceRecord
    doc: Document
    line_conf: dict[int, float]


def read_file(
    cand: Candidate,
    blob_root: Path,
    db_path: Path,
    options: IngestOptions,
    store_class: type[Store],
) -> _Read | Outcome:
    """Store the original, then read it. Never raises for bad input."""
    stage = "store"
    try:
        if cand.size > options.max_file_bytes:
            raise IngestError(
                "store",
                f"file of {cand.size / 2**20:.0f} MiB is over the "
                f"{options.max_file_bytes >> 20} MiB limit (PALIMPSEST_MAX_FILE_MB)",
            )
        stage = "detect"  # before storing: what we cannot read, we do not copy
        with open(cand.path, "rb") as f:
            detected = detect(f.read(SNIFF_BYTES), cand.size)
        stage = "store"
        blob = BlobStore(blob_root).put_file(Path(cand.path), options.max_file_bytes)
        source = SourceRecord(cand.display, cand.path_bytes, blob.size, cand.mtime_ns, blob.sha256)
        if _already_stored(store_class.reader(db_path), blob.sha256):
            return Duplicate(source)
        stage = "extract"
        extracted = INGESTORS[detected.family].extract(blob.path, detected.media_type, options)
        stage = "derive"
        doc = assemble(blob.sha256, cand.display, detected.media_type, blob.size, extracted)
        return _Read(cand, source, doc, _line_conf(doc, extracted))
    except Exception as e:
        return _failed(cand, stage, e)


def process_files(
    cands: list[Candidate],
    blob_root: Path,
    db_path: Path,
    options: IngestOptions,
    store_class: type[Store],
) -> list[Outcome]:
    """Store, read, clean and describe each file: reading file by file, then deriving
    stage by stage over them all (:func:`~palimpsest.derive.derive_many`). Never raises
    for bad input: a file that fails is a :class:`Failed` outcome in its place."""
    read = [read_file(c, blob_root, db_path, options, store_class) for c in cands]
    todo = [r for r in read if isinstance(r, _Read)]
    archive = store_class.reader(db_path)
    derived = iter(derive_many([(r.doc, r.line_conf) for r in todo], options, archive))
    return [_added(r, next(derived), options, store_class) if isinstance(r, _Read) else r
            for r in read]


def _added(
    read: _Read, derived: Derived | Exception, options: IngestOptions, store_class: type[Store]
) -> Outcome:
    """The outcome of a file read and derived (or whose derivation failed)."""
    if isinstance(derived, Exception):
        return _failed(read.cand, "derive", derived)
    doc, date = read.doc, derived.date
    try:
        prepared = store_class.prepare(doc, derived.clean.text)
        printed_year = _printed_year(doc)
    except Exception as e:
        return _failed(read.cand, "store", e)
    mentions = [a for a in doc.annotations if a.kind == "mention"]
    inferred = date if options.keep_date_clues and date and not date.printed else None
    return Added(doc.sha256, len(doc.pages), prepared, mentions, read.source, printed_year,
                 inferred)


def _failed(cand: Candidate, stage: str, error: Exception) -> Failed:
    """A file's failure at ``stage``, in words for the report."""
    if isinstance(error, IngestError):
        failure = IngestFailure(cand.display, error.stage, error.reason)
    elif isinstance(error, TooLarge):
        failure = IngestFailure(cand.display, "store", str(error))
    elif isinstance(error, OSError):
        reason = error.strerror or str(error)
        failure = IngestFailure(cand.display, stage, f"cannot read file: {reason}")
    elif isinstance(error, MemoryError):
        failure = IngestFailure(cand.display, stage, "out of memory reading this file")
    else:  # a bug or a library failure: record it, keep the batch going
        failure = IngestFailure(
            cand.display, stage, f"internal error: {type(error).__name__}: {error}"
        )
    return Failed(failure, cand.path_bytes)


def _printed_year(doc: Document) -> int | None:
    """The year of the document's own printed date, as its summary gives it."""
    summary = summarise(doc.annotations)
    return summary.year_best if summary.date_value is not None else None


def _already_stored(archive: Store | None, sha256: str) -> bool:
    """Ask the archive (read-only) whether this original is stored already."""
    try:
        return archive is not None and archive.has_document(sha256)
    except sqlite3.Error:
        return False  # busy or not yet written: store it; the parent dedups anyway


# -- the run (parent process) -------------------------------------------------------------

ProgressFn = Callable[[Outcome | IngestFailure | None, int], None]


def _init_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


CHUNK_FILES = 16
CHUNK_BYTES = 1 << 20


# Names that promise slow work (OCR, rendering); content still decides how a file is read.
_ALONE = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp", ".jp2")


def chunks(todo: list[Candidate]) -> Iterator[list[Candidate]]:
    """Group small text files into one task, so per-task overhead stays small;
    a scan or PDF goes alone, so the cores stay evenly busy and results flow."""
    chunk: list[Candidate] = []
    size = 0
    for cand in todo:
        if cand.display.lower().endswith(_ALONE):
            yield [cand]
            continue
        if chunk and (len(chunk) >= CHUNK_FILES or size + cand.size > CHUNK_BYTES):
            yield chunk
            chunk, size = [], 0
        chunk.append(cand)
        size += cand.size
    if chunk:
        yield chunk


def _outcomes(
    todo: list[Candidate],
    archive: Archive,
    options_now: Callable[[], IngestOptions],
    workers: int,
) -> Iterator[Outcome]:
    """Each file's outcome, in the order of :func:`chunks` (the order the files were found,
    small text files grouped), with workers too: the parent records documents, and
    resolves their names, in that order, so the same files give the same document ids
    and entities however the workers' chunks finish. ``options_now`` gives the options
    for the next file or chunk."""
    root, db, store_class = archive.blobs.root, archive.db_path, type(archive.store)
    if workers <= 1:
        os.environ["OMP_THREAD_LIMIT"] = "1"
        for chunk in chunks(todo):
            yield from process_files(chunk, root, db, options_now(), store_class)
        return
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["palimpsest.pipeline", "palimpsest.warm"])
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker) as pool:
        pending: deque[Future[list[Outcome]]] = deque()  # in the order submitted
        queue = chunks(todo)
        try:
            while True:
                # keep each worker busy with up to three chunks; the chunks done behind a
                # slower oldest one wait in order (up to sixteen a worker) but are no work
                while (len(pending) < workers * 16
                       and sum(not f.done() for f in pending) < workers * 3):
                    chunk = next(queue, [])  # chunks are never empty
                    if not chunk:
                        break
                    pending.append(
                        pool.submit(process_files, chunk, root, db, options_now(), store_class)
                    )
                if not pending:
                    return
                if not pending[0].done():  # the oldest first; chunks done after it wait
                    wait([f for f in pending if not f.done()], return_when=FIRST_COMPLETED)
                while pending and pending[0].done():
                    yield from pending.popleft().result()
        finally:
            for fut in pending:
                fut.cancel()
            pool.shutdown(wait=True, cancel_futures=True)


def run_ingest(
    archive: Archive,
    paths: list[str],
    options: IngestOptions,
    workers: int = 0,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Ingest every file under ``paths`` into ``archive``; see the module docstring."""
    started = time.monotonic()
    report = IngestReport()
    # What earlier runs in this process learnt of the archive may be stale now (curators
    # confirmed entities, documents were added): read it afresh in this run.
    recogniser_for.cache_clear()
    trusted_vocabulary.cache_clear()
    collection_teachers.cache_clear()
    archive.blobs.sweep()
    workers = workers or os.cpu_count() or 1
    store = archive.store
    todo: list[Candidate] = []
    for item in discover(paths, exclude=[archive.root]):
        if isinstance(item, IngestFailure):
            store.record_error(item)
            report.failures.append(item)
        elif store.source_unchanged(item.path_bytes, item.size, item.mtime_ns):
            report.unchanged += 1
        else:
            todo.append(item)
    if progress:
        progress(None, len(todo))
    linker = EntityLinker(store)
    last_id = store.max_document_id()
    prior = CollectionPrior(store.printed_years()) if options.enrich else None
    pending = store.meta(REDATE_AFTER)  # a stopped run's documents, not yet dated again
    if prior:
        if pending is None:
            store.set_meta(REDATE_AFTER, str(last_id))
        else:  # a value this module wrote; anything else: date them all again
            last_id = min(last_id, int(pending) if pending.isdigit() else 0)

    def options_now() -> IngestOptions:  # dates lean on the archive's dated years so far
        if not prior:
            return options
        return replace(options, date_prior=prior.current, keep_date_clues=prior.keeps_more)

    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        with store.batch():
            for outcome in _outcomes(todo, archive, options_now, workers):
                doc_id = _record(archive, outcome, report, linker)
                if prior and doc_id is not None and isinstance(outcome, Added):
                    prior.note(doc_id, outcome.printed_year, outcome.inferred)
                if progress:
                    progress(outcome, len(todo))
        if prior and (report.added or pending is not None):
            report.redated = prior.finish(archive, last_id)
        if prior:
            store.set_meta(REDATE_AFTER, None)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        signal.signal(signal.SIGTERM, previous)
    report.seconds = time.monotonic() - started
    return report


def _record(
    archive: Archive, outcome: Outcome, report: IngestReport, linker: EntityLinker
) -> int | None:
    """Store one outcome; the new document's id, if it added one."""
    store = archive.store
    if isinstance(outcome, Added):
        if store.has_document(outcome.sha256):  # the same bytes twice in one batch
            store.add_source(outcome.source)
            report.duplicates += 1
        else:
            with store.atomic():  # no document without its entity links, should we stop here
                doc_id = store.add_prepared(outcome.prepared, outcome.source)
                linker.link(doc_id, outcome.mentions)
            report.added += 1
            report.pages += outcome.pages
            return doc_id
    elif isinstance(outcome, Duplicate):
        store.add_source(outcome.source)
        report.duplicates += 1
    else:
        store.record_error(outcome.failure, outcome.path_bytes)
        report.failures.append(outcome.failure)
    return None
