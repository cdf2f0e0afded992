"""A document as the SQLite store writes it (rows made in the worker process), and as
it reads it back (:func:`read_document`).

Turning a document into rows (JSON for words, edits and annotations) is CPU
work; doing it in the workers leaves the parent, the one writer, only the
inserts, and sends plain strings and tuples across processes instead of many
small objects.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import astuple, dataclass
from typing import Any

from palimpsest import __version__
from palimpsest.enrich.summary import summarise
from palimpsest.model import Annotation, Document, Evidence


@dataclass(slots=True)
class DocumentRows:
    sha256: str
    document: tuple[Any, ...]  # media_type .. pipeline, then the summary fields
    original_text: str
    clean_text: str
    pages: list[tuple[Any, ...]]
    edits: list[tuple[Any, ...]]
    annotations: list[tuple[Any, ...]]


def _words_json(doc: Document, page_index: int) -> str:
    rows = []
    for w in doc.pages[page_index].words:
        b = w.box
        rows.append(
            [w.text, w.start, w.end, *((b.x, b.y, b.w, b.h) if b else (None,) * 4), w.conf, w.line]
        )
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _evidence(e: Evidence) -> dict[str, Any]:
    """As ``dataclasses.asdict`` would give it, without its deep copy (a hot path)."""
    return {"text": e.text, "start": e.start, "end": e.end, "page": e.page, "source": e.source}


# ``json.dumps(x, ensure_ascii=False)``, without making an encoder for every value
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def annotation_row(a: Annotation) -> tuple[Any, ...]:
    """kind, start, end, value, method, confidence, evidence: as the table holds them."""
    return (
        a.kind,
        a.start,
        a.end,
        _to_json(a.value),
        a.method,
        a.confidence,
        _to_json([_evidence(e) for e in a.evidence]),
    )


def document_rows(doc: Document, clean_text: str) -> DocumentRows:
    document = (
        doc.media_type,
        doc.size,
        doc.language,
        doc.encoding,
        len(doc.pages),
        json.dumps(doc.warnings),
        f"palimpsest@{__version__}",
        *astuple(summarise(doc.annotations)),
    )
    pages = [
        (
            p.number,
            p.start,
            p.end,
            p.width,
            p.height,
            p.method,
            p.mean_conf,
            p.language,
            _words_json(doc, i),
        )
        for i, p in enumerate(doc.pages)
    ]
    edits = [
        (
            e.start,
            e.end,
            e.replacement,
            e.rule,
            e.method,
            e.confidence,
            e.status,
            json.dumps(e.candidates, ensure_ascii=False) if e.candidates else "[]",
            e.note,
        )
        for e in doc.edits
    ]
    annotations = [
        annotation_row(a)
        for a in doc.annotations
        if a.kind != "mention"  # mentions live in their own table
    ]
    return DocumentRows(
        doc.sha256, document, doc.original_text, clean_text, pages, edits, annotations
    )


def date_view(doc: dict[str, Any]) -> dict[str, Any] | None:
    """The document's date as shown: printed value or inferred range, with evidence."""
    for column in ("date_value", "year_earliest", "year_latest", "year_best"):
        doc.pop(column, None)
    dates = [a for a in doc["annotations"] if a["kind"] == "date"]
    if not dates:
        return None
    date = max(dates, key=lambda a: (a["method"].startswith("curator:"), a["confidence"]))
    return {
        **date["value"],
        "evidence": date["evidence"],
        "confidence": date["confidence"],
        "method": date["method"],
    }


def read_document(
    db: sqlite3.Connection, doc_id: int, mentions: Callable[[int], list[dict[str, Any]]]
) -> dict[str, Any] | None:
    """Everything about one stored document, as plain data (``mentions`` gives its names)."""
    row = db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    doc = dict(row)
    doc["warnings"] = json.loads(doc["warnings"])
    doc["sources"] = [
        r["path"]
        for r in db.execute(
            "SELECT path FROM sources WHERE document_id = ? ORDER BY path", (doc_id,)
        )
    ]
    doc["pages"] = []
    for p in db.execute("SELECT * FROM pages WHERE document_id = ? ORDER BY number", (doc_id,)):
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
        for e in db.execute(
            'SELECT start, "end", replacement, rule, method, confidence, status,'
            " candidates, note FROM edits WHERE document_id = ? ORDER BY start, id",
            (doc_id,),
        )
    ]
    doc["annotations"] = [
        {
            **{k: a[k] for k in ("kind", "start", "end", "method", "confidence")},
            "value": json.loads(a["value"]),
            "evidence": json.loads(a["evidence"]),
        }
        for a in db.execute(
            "SELECT * FROM annotations WHERE document_id = ? ORDER BY kind, start", (doc_id,)
        )
    ]
    doc["date"] = date_view(doc)
    doc["entities"] = mentions(doc_id)
    doc["errors"] = [
        dict(e)
        for e in db.execute(
            "SELECT path, stage, reason, at FROM errors WHERE sha256 = ?", (row["sha256"],)
        )
    ]
    return doc
