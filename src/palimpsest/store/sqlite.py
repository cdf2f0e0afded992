"""The embedded store: one SQLite file, full-text search by FTS5.

The FTS5 table is an external-content index over ``documents`` (no second copy
of the text), tokenised with ``unicode61 remove_diacritics 2`` so that accents
and case never matter. Writes happen in the ingesting parent process only, one
transaction per document; WAL lets readers (workers, the web app) run alongside.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from palimpsest import settings
from palimpsest.enrich.summary import summarise
from palimpsest.model import Annotation, Document, IngestFailure
from palimpsest.search import Query
from palimpsest.store.base import (
    DocumentSummary,
    ErrorRecord,
    Filters,
    SearchHit,
    SourceRecord,
    Store,
)
from palimpsest.store.sqlite_entities import SqliteEntities
from palimpsest.store.sqlite_rows import (
    DocumentRows,
    annotation_row,
    document_rows,
    read_document,
)
from palimpsest.store.sqlite_schema import SCHEMA, SCHEMA_VERSION
from palimpsest.store.sqlite_search import SqliteSearch
from palimpsest.store.vocabulary import fold


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


BATCH_SECONDS = 1.0


class ArchiveVersionError(RuntimeError):
    """The archive was written by a palimpsest with a different schema."""


def _fold_text(value: object) -> str | None:
    """SQL ``fold(x)``: lower case without diacritics, as the index folds words."""
    return _fold_cached(value) if isinstance(value, str) else None


_fold_cached = lru_cache(maxsize=1 << 16)(fold)  # names come back query after query


@cache
def _reader(path: Path, identity: tuple[int, int]) -> SqliteStore:
    """One read-only connection per process and database file; ``identity`` (device,
    inode) tells a file deleted and re-created at the same path from the old one."""
    return SqliteStore(path, readonly=True)


class SqliteStore(Store):
    def __init__(self, path: Path, readonly: bool = False, rank_window: int | None = None) -> None:
        self.path = path
        if readonly:
            self.db = sqlite3.connect(
                f"file:{path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
            )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.create_function("fold", 1, _fold_text, deterministic=True)
        window = settings.get_int("rank_window") if rank_window is None else rank_window
        self.index = SqliteSearch(self.db, window)
        self._in_batch = False
        self._depth = 0  # writes open, one inside another (atomic)
        self._batch_started = 0.0
        self.entities: SqliteEntities = SqliteEntities(self.db, self._write)
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA busy_timeout = 30000")
        self.db.execute("PRAGMA cache_size = -65536")  # 64 MiB: the index's upper levels stay hot
        self.db.execute("PRAGMA mmap_size = 268435456")
        self._check_version()
        if not readonly:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.executescript(
                f"BEGIN IMMEDIATE; {SCHEMA}; INSERT OR IGNORE INTO meta"
                f" VALUES ('schema_version', '{SCHEMA_VERSION}'); COMMIT;"
            )

    def _check_version(self) -> None:
        """Refuse an archive written with another schema rather than corrupt it."""
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.OperationalError:
            return  # a new archive
        if row is not None and int(row[0]) != SCHEMA_VERSION:
            self.db.close()
            raise ArchiveVersionError(
                f"{self.path} was written with archive schema {row[0]}; this palimpsest"
                f" reads schema {SCHEMA_VERSION}. Re-ingest the originals into a new archive."
            )

    def close(self) -> None:
        self.db.close()

    # -- transactions --------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write, whole or not at all: its own transaction, or a savepoint in a batch
        or inside another write (:meth:`atomic`); a batch commits only between writes."""
        if not self._in_batch and not self._depth:
            self.db.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            finally:
                self._depth -= 1
            self.db.execute("COMMIT")
            return
        self.db.execute("SAVEPOINT one_write")
        self._depth += 1
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK TO one_write")
            self.db.execute("RELEASE one_write")
            raise
        finally:
            self._depth -= 1
        self.db.execute("RELEASE one_write")
        if not self._depth and time.monotonic() - self._batch_started >= BATCH_SECONDS:
            self.db.execute("COMMIT")
            self._begin_batch()

    def atomic(self) -> AbstractContextManager[None]:
        return self._write()

    def _begin_batch(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        self._batch_started = time.monotonic()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many writes into few commits (one a second); each write stays whole.

        A crash loses at most the last second of writes, never part of one.
        """
        if self._in_batch:
            yield
            return
        self._begin_batch()
        self._in_batch = True
        try:
            yield
        finally:
            self._in_batch = False
            self.db.execute("COMMIT")

    def frequent_terms(self, min_documents: int) -> frozenset[str]:
        return frozenset(term for term, _ in self.index.terms(min_documents))

    @classmethod
    def reader(cls, path: Path) -> SqliteStore | None:
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        return _reader(path, (st.st_dev, st.st_ino))

    # -- writing -----------------------------------------------------------------

    @staticmethod
    def prepare(doc: Document, clean_text: str) -> DocumentRows:
        return document_rows(doc, clean_text)

    def add_prepared(self, rows: Any, source: SourceRecord) -> int:
        assert isinstance(rows, DocumentRows)
        now = _now()
        with self._write():
            cur = self.db.execute(
                "INSERT INTO documents (sha256, source_path, ingested_at, original_text,"
                " clean_text, media_type, size, language, encoding, page_count, warnings,"
                " pipeline, title, genre, issuer, addressee, date_value, year_earliest,"
                " year_latest, year_best) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    rows.sha256,
                    source.path,
                    now,
                    rows.original_text,
                    rows.clean_text,
                    *rows.document,
                ),
            )
            doc_id = int(cur.lastrowid or 0)
            self.db.execute(
                "INSERT INTO documents_fts (rowid, clean_text, original_text) VALUES (?,?,?)",
                (doc_id, rows.clean_text, rows.original_text),
            )
            self.db.executemany(
                'INSERT INTO pages (document_id, number, start, "end", width, height, method,'
                " mean_conf, language, words) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(doc_id, *r) for r in rows.pages],
            )
            self.db.executemany(
                'INSERT INTO edits (document_id, start, "end", replacement, rule, method,'
                " confidence, status, candidates, note) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(doc_id, *r) for r in rows.edits],
            )
            self.db.executemany(
                'INSERT INTO annotations (document_id, kind, start, "end", value, method,'
                " confidence, evidence) VALUES (?,?,?,?,?,?,?,?)",
                [(doc_id, *r) for r in rows.annotations],
            )
            self._upsert_source(source, doc_id, now)
            self.db.execute("DELETE FROM errors WHERE path_bytes = ?", (source.path_bytes,))
        return doc_id

    def _upsert_source(self, source: SourceRecord, doc_id: int, now: str) -> None:
        self.db.execute(
            "INSERT INTO sources VALUES (?,?,?,?,?,?,?) ON CONFLICT(path_bytes) DO UPDATE SET"
            " size=excluded.size, mtime_ns=excluded.mtime_ns, sha256=excluded.sha256,"
            " document_id=excluded.document_id, seen_at=excluded.seen_at",
            (
                source.path_bytes,
                source.path,
                source.size,
                source.mtime_ns,
                source.sha256,
                doc_id,
                now,
            ),
        )

    def add_source(self, source: SourceRecord) -> int | None:
        row = self.db.execute(
            "SELECT id FROM documents WHERE sha256 = ?", (source.sha256,)
        ).fetchone()
        if row is None:
            return None
        with self._write():
            self._upsert_source(source, row["id"], _now())
            self.db.execute("DELETE FROM errors WHERE path_bytes = ?", (source.path_bytes,))
        return int(row["id"])

    def record_error(self, failure: IngestFailure, path_bytes: bytes | None = None) -> None:
        key = path_bytes if path_bytes is not None else failure.path.encode("utf-8", "replace")
        with self._write():
            self.db.execute(
                "INSERT OR REPLACE INTO errors VALUES (?,?,?,?,?,?)",
                (key, failure.path, failure.stage, failure.reason, failure.sha256, _now()),
            )

    def clear_error(self, path_bytes: bytes) -> None:
        with self._write():
            self.db.execute("DELETE FROM errors WHERE path_bytes = ?", (path_bytes,))

    # -- reading -----------------------------------------------------------------

    def source_unchanged(self, path_bytes: bytes, size: int, mtime_ns: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM sources WHERE path_bytes = ? AND size = ? AND mtime_ns = ?",
            (path_bytes, size, mtime_ns),
        ).fetchone()
        return row is not None

    def has_document(self, sha256: str) -> bool:
        q = "SELECT 1 FROM documents WHERE sha256 = ?"
        return self.db.execute(q, (sha256,)).fetchone() is not None

    def count_documents(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def documents(self, limit: int | None = None, offset: int = 0) -> list[DocumentSummary]:
        rows = self.db.execute(
            "SELECT id, sha256, source_path, media_type, language, page_count,"
            " length(original_text) AS chars, ingested_at FROM documents ORDER BY id"
            " LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        ).fetchall()
        return [
            DocumentSummary(
                r["id"],
                r["sha256"],
                r["source_path"],
                r["media_type"],
                r["language"],
                r["page_count"],
                r["chars"],
                r["ingested_at"],
            )
            for r in rows
        ]

    def document(self, doc_id: int) -> dict[str, Any] | None:
        return read_document(self.db, doc_id, self.entities.document_mentions)

    def errors(self) -> list[ErrorRecord]:
        return [
            ErrorRecord(r["path"], r["stage"], r["reason"], r["sha256"], r["at"])
            for r in self.db.execute("SELECT * FROM errors ORDER BY path")
        ]

    def search(self, query: Query, filters: Filters, limit: int = 20) -> list[SearchHit]:
        return self.index.search(query, filters, limit)

    def browse(self, filters: Filters, limit: int = 20) -> list[SearchHit]:
        return self.index.browse(filters, limit)

    def documents_matching(self, query: Query) -> list[int]:
        return self.index.matching(query)

    def printed_years(self) -> list[int]:
        rows = self.db.execute(
            "SELECT year_best FROM documents WHERE date_value IS NOT NULL AND year_best IS NOT NULL"
        )
        return [int(r[0]) for r in rows]

    def undated_documents(self) -> list[int]:
        rows = self.db.execute("SELECT id FROM documents WHERE date_value IS NULL ORDER BY id")
        return [int(r[0]) for r in rows]

    def inferred_dates(self, after_id: int = 0) -> list[tuple[int, dict[str, Any]]]:
        rows = self.db.execute(
            "SELECT a.document_id, a.value FROM annotations a JOIN documents d"
            " ON d.id = a.document_id WHERE a.kind = 'date' AND a.method NOT LIKE 'curator:%'"
            " AND d.date_value IS NULL AND d.id > ? ORDER BY d.id",
            (after_id,),
        )
        return [(int(r[0]), json.loads(r[1])) for r in rows]

    def max_document_id(self) -> int:
        return int(self.db.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0])

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str | None) -> None:
        with self._write():
            if value is None:
                self.db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def replace_date(self, doc_id: int, date: Annotation) -> None:
        with self._write():
            self.db.execute(
                "DELETE FROM annotations WHERE document_id = ? AND kind = 'date'"
                " AND method NOT LIKE 'curator:%'",
                (doc_id,),
            )
            self.db.execute(
                'INSERT INTO annotations (document_id, kind, start, "end", value, method,'
                " confidence, evidence) VALUES (?,?,?,?,?,?,?,?)",
                (doc_id, *annotation_row(date)),
            )
            dates = [
                Annotation("date", r[0], r[1], json.loads(r[2]), r[3], r[4])
                for r in self.db.execute(
                    'SELECT start, "end", value, method, confidence FROM annotations'
                    " WHERE document_id = ? AND kind = 'date'",
                    (doc_id,),
                )
            ]
            s = summarise(dates)
            self.db.execute(
                "UPDATE documents SET date_value = ?, year_earliest = ?, year_latest = ?,"
                " year_best = ? WHERE id = ?",
                (s.date_value, s.year_earliest, s.year_latest, s.year_best, doc_id),
            )

    def clean_text(self, doc_id: int) -> str | None:
        row = self.db.execute("SELECT clean_text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else str(row[0])
