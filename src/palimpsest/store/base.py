"""The storage interface every backend implements, and what it returns.

The CLI, web app and stages talk to a :class:`Store`; SQLite (embedded, the
default) and later PostgreSQL implement it and share one test suite.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from palimpsest.model import Annotation, Document, Entity, IngestFailure, ResolvedMention
from palimpsest.search import Query


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """A path where an original was found, and what it held then."""

    path: str
    path_bytes: bytes
    size: int
    mtime_ns: int
    sha256: str


@dataclass(slots=True)
class Filters:
    """Conditions a hit must meet besides the query; unset ones do not filter."""

    language: str | None = None
    source: str | None = None  # substring of a source path
    media_type: str | None = None
    genre: str | None = None
    issuer: str | None = None  # substring, case-insensitive
    year_from: int | None = None  # on the document's (best) year
    year_to: int | None = None
    person: str | None = None  # part of an entity's name or alias
    org: str | None = None
    place: str | None = None


@dataclass(slots=True)
class SearchHit:
    document_id: int
    source_path: str
    language: str | None
    media_type: str
    score: float
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    genre: str | None = None
    date: str | None = None  # printed (1968-05-17) or inferred (1937–2013)


@dataclass(slots=True)
class DocumentSummary:
    id: int
    sha256: str
    source_path: str
    media_type: str
    language: str | None
    pages: int
    chars: int
    ingested_at: str


@dataclass(slots=True)
class ErrorRecord:
    path: str
    stage: str
    reason: str
    sha256: str | None
    at: str


class EntityStore(Protocol):
    """The archive's entities and mentions (curation actions live beside these)."""

    def add_mentions(
        self, document_id: int, mentions: Iterable[tuple[ResolvedMention, int | None]]
    ) -> None: ...

    def find(
        self, type: str | None = None, name: str | None = None, limit: int | None = 100
    ) -> list[Entity]: ...

    def confirmed_names(self) -> list[tuple[str, str, int]]: ...

    def mention_spans(self, document_id: int) -> list[tuple[int, int]]:
        """Clean-text spans of the document's mentions, rejected ones included."""
        ...


class Store(ABC):
    """Documents, their pages, words and edits, the originals' paths, and errors."""

    entities: EntityStore

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def batch(self) -> AbstractContextManager[None]:
        """Group writes into few commits; each write stays all-or-nothing."""

    @abstractmethod
    def atomic(self) -> AbstractContextManager[None]:
        """Several writes as one: all stored or none (a document and its entity links)."""

    def add_document(self, doc: Document, clean_text: str, source: SourceRecord) -> int:
        """Store a new document and index it; returns its id. One transaction."""
        doc.id = self.add_prepared(self.prepare(doc, clean_text), source)
        return doc.id

    @staticmethod
    @abstractmethod
    def prepare(doc: Document, clean_text: str) -> Any:
        """The document as this store will write it: picklable, made in a worker."""

    @classmethod
    @abstractmethod
    def reader(cls, path: Path) -> Store | None:
        """A read-only view of the archive at ``path`` for worker processes (one per
        process), or ``None`` while nothing has been stored there."""

    @abstractmethod
    def frequent_terms(self, min_documents: int) -> frozenset[str]:
        """Indexed words (folded as the index folds them) in this many documents or more."""

    @abstractmethod
    def add_prepared(self, rows: Any, source: SourceRecord) -> int:
        """Store a document :meth:`prepare` made; returns its id. One transaction."""

    @abstractmethod
    def add_source(self, source: SourceRecord) -> int | None:
        """Record another path for an already stored original; its document id."""

    @abstractmethod
    def source_unchanged(self, path_bytes: bytes, size: int, mtime_ns: int) -> bool:
        """True when this path was ingested already and looks the same."""

    @abstractmethod
    def has_document(self, sha256: str) -> bool: ...

    @abstractmethod
    def document(self, doc_id: int) -> dict[str, Any] | None:
        """Everything about one document, as plain data."""

    @abstractmethod
    def documents(self, limit: int | None = None, offset: int = 0) -> list[DocumentSummary]: ...

    @abstractmethod
    def count_documents(self) -> int: ...

    @abstractmethod
    def record_error(self, failure: IngestFailure, path_bytes: bytes | None = None) -> None: ...

    @abstractmethod
    def clear_error(self, path_bytes: bytes) -> None: ...

    @abstractmethod
    def errors(self) -> list[ErrorRecord]: ...

    @abstractmethod
    def search(self, query: Query, filters: Filters, limit: int = 20) -> list[SearchHit]: ...

    @abstractmethod
    def browse(self, filters: Filters, limit: int = 20) -> list[SearchHit]:
        """The documents the filters let through, by date, with no words to look for."""

    @abstractmethod
    def documents_matching(self, query: Query) -> list[int]:
        """Ids of every document the query matches, unranked."""

    @abstractmethod
    def clean_text(self, doc_id: int) -> str | None: ...

    @abstractmethod
    def printed_years(self) -> list[int]:
        """The years of the documents whose date is printed in them."""

    @abstractmethod
    def undated_documents(self) -> list[int]:
        """Ids of the documents whose date is inferred, not printed."""

    @abstractmethod
    def inferred_dates(self, after_id: int = 0) -> list[tuple[int, dict[str, Any]]]:
        """(id, machine date value) of the documents above ``after_id`` whose date is
        inferred: the value says which prior it was inferred with."""

    @abstractmethod
    def max_document_id(self) -> int:
        """The newest document's id; 0 for an empty archive."""

    @abstractmethod
    def meta(self, key: str) -> str | None:
        """A value the archive keeps about itself (work a stopped run left to do)."""

    @abstractmethod
    def set_meta(self, key: str, value: str | None) -> None:
        """Keep ``value`` under ``key`` (``None``: forget it). One transaction."""

    @abstractmethod
    def replace_date(self, doc_id: int, date: Annotation) -> None:
        """Put ``date`` in place of the document's machine-made date annotation (a
        curator's stays, and still wins) and refresh what filters read. One transaction."""
