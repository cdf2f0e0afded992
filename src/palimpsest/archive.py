"""The archive: one folder holding the originals and the database.

:class:`Archive` is the one object the CLI, the web app and tests hold. It
reads as the list of things a person does with an archive.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from palimpsest import settings
from palimpsest.ingest.base import IngestOptions
from palimpsest.search import parse_query
from palimpsest.store.base import DocumentSummary, ErrorRecord, Filters, SearchHit, Store
from palimpsest.store.blobs import BlobStore
from palimpsest.store.sqlite import SqliteStore

if TYPE_CHECKING:
    from palimpsest.pipeline import IngestReport, ProgressFn

DB_NAME = "palimpsest.sqlite"
CHRONOLOGY_NAME = "chronology.csv"


class Archive:
    def __init__(self, root: Path, store: Store, readonly: bool = False) -> None:
        self.root = root
        self.store = store
        self.blobs = BlobStore(root / "originals")
        self.readonly = readonly

    @classmethod
    def open(
        cls, root: str | Path | None = None, readonly: bool = False, create: bool = True
    ) -> Archive:
        """Open the archive at ``root`` or the default; a missing one is created unless
        ``readonly`` or not ``create`` (then :class:`FileNotFoundError`)."""
        path = settings.archive_dir(root).resolve()
        db = path / DB_NAME
        if (readonly or not create) and not db.exists():
            raise FileNotFoundError(f"no archive at {path} (run 'palimpsest ingest' first)")
        return cls(path, SqliteStore(db, readonly=readonly), readonly)

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def chronology_path(self) -> Path:
        """Chronology rows this archive's users added (``palimpsest chronology import``)."""
        return self.root / CHRONOLOGY_NAME

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(
        self,
        paths: list[str],
        options: IngestOptions | None = None,
        workers: int = 0,
        progress: ProgressFn | None = None,
    ) -> IngestReport:
        from palimpsest.pipeline import run_ingest  # the stages load only when used

        options = replace(
            options or IngestOptions.from_settings(), chronology=str(self.chronology_path)
        )
        return run_ingest(self, paths, options, workers, progress)

    def search(
        self, text: str, filters: Filters | None = None, limit: int = 20, fuzzy: bool = False
    ) -> list[SearchHit]:
        """Ranked hits for a query (see :mod:`palimpsest.search` for the syntax). With no
        words and some filter (``--person``, ``--year-from``...), the documents the filters
        let through, by date."""
        filters = filters or Filters()
        if not text.strip() and filters != Filters():
            return self.store.browse(filters, limit)
        return self.store.search(parse_query(text, fuzzy), filters, limit)

    def document(self, doc_id: int) -> dict[str, Any] | None:
        return self.store.document(doc_id)

    def documents(self, limit: int | None = None, offset: int = 0) -> list[DocumentSummary]:
        return self.store.documents(limit, offset)

    def errors(self) -> list[ErrorRecord]:
        return self.store.errors()
