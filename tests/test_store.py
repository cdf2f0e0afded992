"""The SQLite store: annotations, summaries, filters, re-opening."""

from __future__ import annotations

from pathlib import Path

from palimpsest.model import Annotation, Document, Evidence
from palimpsest.search import parse_query
from palimpsest.store.base import Filters, SourceRecord
from palimpsest.store.sqlite import SqliteStore

from .conftest import text_document


def make_doc(n: int, year: int, genre: str, issuer: str) -> tuple[Document, SourceRecord]:
    doc, source = text_document(n, f"Appeal number {n} to the dockers")
    doc.annotations = [
        Annotation("genre", 0, 6, genre, "test@1", 0.8),
        Annotation("issuer", 0, 6, issuer, "test@1", 0.7),
        Annotation("title", 0, 6, "Wrong title", "test@1", 0.3),
        Annotation("title", 0, 6, f"Appeal {n}", "curator:ana", 0.1),
        Annotation(
            "date",
            0,
            6,
            {
                "value": None,
                "earliest": year - 3,
                "latest": year + 2,
                "best": year,
                "printed": False,
            },
            "test@1",
            0.6,
            [Evidence("President X", 0, 6, source="chronology:42")],
        ),
    ]
    return doc, source


def test_annotations_round_trip_and_summary(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "db.sqlite")
    doc, src = make_doc(1, 1983, "appeal", "Dockers' Union")
    doc_id = store.add_document(doc, doc.original_text, src)
    store.close()
    shown = SqliteStore(tmp_path / "db.sqlite", readonly=True).document(doc_id)
    assert shown is not None
    assert shown["title"] == "Appeal 1"  # a curator's value wins over a machine's
    assert shown["genre"] == "appeal" and shown["issuer"] == "Dockers' Union"
    assert shown["date"]["best"] == 1983 and shown["date"]["earliest"] == 1980
    assert shown["date"]["evidence"][0]["source"] == "chronology:42"
    assert len(shown["annotations"]) == 5


def test_filters_by_year_genre_issuer(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "db.sqlite")
    for n, year, genre, issuer in [
        (1, 1921, "appeal", "Miners' Federation"),
        (2, 1968, "leaflet", "Comité d'action"),
        (3, 1983, "appeal", "Coordinadora Zona Sur"),
    ]:
        doc, src = make_doc(n, year, genre, issuer)
        store.add_document(doc, doc.original_text, src)
    q = parse_query("dockers")

    def ids(**kw: object) -> set[int]:
        return {h.document_id for h in store.search(q, Filters(**kw))}  # type: ignore[arg-type]

    assert ids() == {1, 2, 3}
    assert ids(year_from=1950) == {2, 3}
    assert ids(year_from=1950, year_to=1970) == {2}
    assert ids(genre="appeal") == {1, 3}
    assert ids(issuer="zona sur") == {3}


def test_archive_of_another_schema_is_refused_not_corrupted(tmp_path: Path) -> None:
    import sqlite3

    import pytest

    from palimpsest.store.sqlite import ArchiveVersionError

    SqliteStore(tmp_path / "db.sqlite").close()
    with sqlite3.connect(tmp_path / "db.sqlite") as conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with pytest.raises(ArchiveVersionError, match="schema 1"):
        SqliteStore(tmp_path / "db.sqlite")


def test_evidence_rows_keep_every_field() -> None:
    from dataclasses import asdict

    from palimpsest.model import Evidence
    from palimpsest.store.sqlite_rows import _evidence

    ev = Evidence("Lima, 5 de agosto de 1983", 10, 35, 2, "dateline")
    assert _evidence(ev) == asdict(ev)
