"""The embedded store: one SQLite file, full-text search by FTS5.

The FTS5 table is an external-content index over ``documents`` (no second copy
of the text), tokenised with ``unicode61 remove_diacritics 2`` so that accents
and case never matter. Writes happen in the ingesting parent process only, one
transaction per document; WAL lets readers (workers, the web app) run alongside.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from palimpsest import __version__
from palimpsest.model import Document, IngestFailure
from palimpsest.search import Query, Term
from palimpsest.store.base import (
    DocumentSummary,
    ErrorRecord,
    Filters,
    SearchHit,
    SourceRecord,
    Store,
)
from palimpsest.store.vocabulary import Vocabulary

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    source_path TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    language TEXT,
    encoding TEXT,
    page_count INTEGER NOT NULL,
    original_text TEXT NOT NULL,
    clean_text TEXT NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]',
    pipeline TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_language ON documents(language);
CREATE TABLE IF NOT EXISTS sources (
    path_bytes BLOB PRIMARY KEY,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seen_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sources_document ON sources(document_id);
CREATE TABLE IF NOT EXISTS pages (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    width INTEGER,
    height INTEGER,
    method TEXT NOT NULL,
    mean_conf REAL,
    words TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (document_id, number)
);
CREATE TABLE IF NOT EXISTS edits (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    replacement TEXT NOT NULL,
    rule TEXT NOT NULL,
    method TEXT NOT NULL,
    confidence REAL NOT NULL,
    status TEXT NOT NULL,
    candidates TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS edits_document ON edits(document_id, start);
CREATE TABLE IF NOT EXISTS errors (
    path_bytes BLOB PRIMARY KEY,
    path TEXT NOT NULL,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    sha256 TEXT,
    at TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    clean_text, original_text,
    content='documents', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
"""

START, STOP = "\x02", "\x03"
WEIGHTS = (1.0, 0.4)  # clean text counts more than the raw OCR text


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _fts_term(term: Term) -> str:
    phrase = '"' + " ".join(term.words) + '"'
    return phrase + "*" if term.prefix else phrase


def to_fts5(query: Query, variants: Callable[[str], list[str]] | None = None) -> str:
    """Translate a parsed query into FTS5 syntax; every word is quoted.

    ``variants`` gives the indexed spellings near a fuzzy term's word.
    """

    def alternatives(t: Term) -> list[str]:
        if t.fuzzy and variants is not None:
            return [_fts_term(t)] + [f'"{v}"' for v in variants(t.words[0])]
        return [_fts_term(t)]

    expr = " AND ".join(
        "(" + " OR ".join(a for t in g for a in alternatives(t)) + ")" for g in query.groups
    )
    for term in query.excluded:
        expr = f"({expr}) NOT {_fts_term(term)}"
    return expr


def _words_to_json(doc: Document, page_index: int) -> str:
    rows = []
    for w in doc.pages[page_index].words:
        b = w.box
        rows.append(
            [w.text, w.start, w.end, *((b.x, b.y, b.w, b.h) if b else (None,) * 4), w.conf, w.line]
        )
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _split_snippet(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Turn FTS5's marked snippet into plain text plus highlight spans."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    start = 0
    for ch in marked:
        if ch == START:
            start = pos
        elif ch == STOP:
            spans.append((start, pos))
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


class SqliteStore(Store):
    def __init__(self, path: Path, readonly: bool = False) -> None:
        self.path = path
        if readonly:
            self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self._vocab: Vocabulary | None = None
        self._vocab_key: tuple[Any, Any] = (None, None)
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            with self.db:
                self.db.executescript(SCHEMA)
                self.db.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
                )

    def close(self) -> None:
        self.db.close()

    def _vocabulary(self) -> Vocabulary:
        """The index's terms, reloaded when documents were added since."""
        stamp = self.db.execute("SELECT max(id), count(*) FROM documents").fetchone()
        key = (stamp[0], stamp[1])
        if self._vocab is None or self._vocab_key != key:
            self._vocab = Vocabulary(self._terms)
            self._vocab_key = key
        return self._vocab

    def _terms(self) -> list[tuple[str, int]]:
        self.db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms"
            " USING fts5vocab(main, 'documents_fts', 'row')"
        )
        return [(r[0], r[1]) for r in self.db.execute("SELECT term, doc FROM temp.fts_terms")]

    # -- writing -----------------------------------------------------------------

    def add_document(self, doc: Document, clean_text: str, source: SourceRecord) -> int:
        now = _now()
        with self.db:
            cur = self.db.execute(
                "INSERT INTO documents (sha256, source_path, media_type, size, language,"
                " encoding, page_count, original_text, clean_text, warnings, pipeline,"
                " ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.sha256,
                    source.path,
                    doc.media_type,
                    doc.size,
                    doc.language,
                    doc.encoding,
                    len(doc.pages),
                    doc.original_text,
                    clean_text,
                    json.dumps(doc.warnings),
                    f"palimpsest@{__version__}",
                    now,
                ),
            )
            doc_id = cur.lastrowid
            assert doc_id is not None
            self.db.execute(
                "INSERT INTO documents_fts (rowid, clean_text, original_text) VALUES (?,?,?)",
                (doc_id, clean_text, doc.original_text),
            )
            self.db.executemany(
                'INSERT INTO pages (document_id, number, start, "end", width, height, method,'
                " mean_conf, words) VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    (
                        doc_id,
                        p.number,
                        p.start,
                        p.end,
                        p.width,
                        p.height,
                        p.method,
                        p.mean_conf,
                        _words_to_json(doc, i),
                    )
                    for i, p in enumerate(doc.pages)
                ],
            )
            self.db.executemany(
                'INSERT INTO edits (document_id, start, "end", replacement, rule, method,'
                " confidence, status, candidates, note) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        doc_id,
                        e.start,
                        e.end,
                        e.replacement,
                        e.rule,
                        e.method,
                        e.confidence,
                        e.status,
                        json.dumps(e.candidates, ensure_ascii=False),
                        e.note,
                    )
                    for e in doc.edits
                ],
            )
            self._upsert_source(source, doc_id, now)
            self.db.execute("DELETE FROM errors WHERE path_bytes = ?", (source.path_bytes,))
        doc.id = doc_id
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
        with self.db:
            self._upsert_source(source, row["id"], _now())
            self.db.execute("DELETE FROM errors WHERE path_bytes = ?", (source.path_bytes,))
        return int(row["id"])

    def record_error(self, failure: IngestFailure, path_bytes: bytes | None = None) -> None:
        key = path_bytes if path_bytes is not None else failure.path.encode("utf-8", "replace")
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO errors VALUES (?,?,?,?,?,?)",
                (key, failure.path, failure.stage, failure.reason, failure.sha256, _now()),
            )

    def clear_error(self, path_bytes: bytes) -> None:
        with self.db:
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
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        doc = dict(row)
        doc["warnings"] = json.loads(doc["warnings"])
        doc["sources"] = [
            r["path"]
            for r in self.db.execute(
                "SELECT path FROM sources WHERE document_id = ? ORDER BY path", (doc_id,)
            )
        ]
        doc["pages"] = []
        for p in self.db.execute(
            "SELECT * FROM pages WHERE document_id = ? ORDER BY number", (doc_id,)
        ):
            page = dict(p)
            del page["document_id"]
            page["words"] = [
                {
                    "text": w[0],
                    "start": w[1],
                    "end": w[2],
                    "box": None if w[3] is None else {"x": w[3], "y": w[4], "w": w[5], "h": w[6]},
                    "conf": w[7],
                    "line": w[8],
                }
                for w in json.loads(page["words"])
            ]
            doc["pages"].append(page)
        doc["edits"] = [
            {**dict(e), "candidates": json.loads(e["candidates"])}
            for e in self.db.execute(
                'SELECT start, "end", replacement, rule, method, confidence, status,'
                " candidates, note FROM edits WHERE document_id = ? ORDER BY start, id",
                (doc_id,),
            )
        ]
        doc["errors"] = [
            dict(e)
            for e in self.db.execute(
                "SELECT path, stage, reason, at FROM errors WHERE sha256 = ?", (row["sha256"],)
            )
        ]
        return doc

    def errors(self) -> list[ErrorRecord]:
        return [
            ErrorRecord(r["path"], r["stage"], r["reason"], r["sha256"], r["at"])
            for r in self.db.execute("SELECT * FROM errors ORDER BY path")
        ]

    def search(self, query: Query, filters: Filters, limit: int = 20) -> list[SearchHit]:
        match = to_fts5(query, self._vocabulary().near)
        where = ["documents_fts MATCH ?"]
        params: list[Any] = [match]
        if filters.language:
            where.append("d.language = ?")
            params.append(filters.language)
        if filters.media_type:
            where.append("d.media_type = ?")
            params.append(filters.media_type)
        if filters.source:
            where.append("d.id IN (SELECT document_id FROM sources WHERE instr(path, ?) > 0)")
            params.append(filters.source)
        ranked = self.db.execute(
            f"SELECT d.id, d.source_path, d.language, d.media_type,"
            f" bm25(documents_fts, {WEIGHTS[0]}, {WEIGHTS[1]}) AS score"
            f" FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
            f" WHERE {' AND '.join(where)} ORDER BY score LIMIT ?",
            [*params, limit],
        ).fetchall()
        if not ranked:
            return []
        # Snippets cost far more than ranking: make them for the page of hits only.
        ids = [r["id"] for r in ranked]
        snippets = dict(
            self.db.execute(
                f"SELECT rowid, snippet(documents_fts, -1, '{START}', '{STOP}', '…', 16)"
                f" FROM documents_fts WHERE documents_fts MATCH ?"
                f" AND rowid IN ({','.join('?' * len(ids))})",
                [match, *ids],
            ).fetchall()
        )
        hits = []
        for r in ranked:
            text, spans = _split_snippet(snippets.get(r["id"]) or "")
            hits.append(
                SearchHit(
                    r["id"],
                    r["source_path"],
                    r["language"],
                    r["media_type"],
                    -float(r["score"]),
                    text,
                    spans,
                )
            )
        return hits
