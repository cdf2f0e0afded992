"""The SQLite archive schema (version :data:`SCHEMA_VERSION`)."""

SCHEMA_VERSION = 2  # 2: annotations, entities, curation, page language

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
    ingested_at TEXT NOT NULL,
    -- the best annotation of each kind, denormalised for filters and facets
    title TEXT,
    genre TEXT,
    issuer TEXT,
    addressee TEXT,
    date_value TEXT,
    year_earliest INTEGER,
    year_latest INTEGER,
    year_best INTEGER
);
CREATE INDEX IF NOT EXISTS documents_language ON documents(language);
CREATE INDEX IF NOT EXISTS documents_year ON documents(year_best);
CREATE INDEX IF NOT EXISTS documents_genre ON documents(genre);
CREATE TABLE IF NOT EXISTS annotations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    value TEXT NOT NULL,
    method TEXT NOT NULL,
    confidence REAL NOT NULL,
    evidence TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS annotations_document ON annotations(document_id, kind);
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
    language TEXT,
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
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    canonical TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'machine',
    merged_into INTEGER REFERENCES entities(id),
    score REAL NOT NULL DEFAULT 0,
    chronology_id TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type, status);
CREATE TABLE IF NOT EXISTS entity_keys (
    key TEXT PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id)
);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id INTEGER REFERENCES entities(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    confidence REAL NOT NULL,
    method TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'machine'
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
CREATE TABLE IF NOT EXISTS curation_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    summary TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL,
    undone_by INTEGER
);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    clean_text, original_text,
    content='documents', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2',
    prefix='2 3 4'
);
"""
