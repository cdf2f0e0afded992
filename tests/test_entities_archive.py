"""Entities through the archive: found at ingest, resolved across documents, curated,
and a confirmed entity found in documents ingested afterwards."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from palimpsest.archive import Archive
from palimpsest.derive import derive
from palimpsest.ingest.base import IngestOptions
from palimpsest.linking import EntityLinker
from palimpsest.model import Document, Page
from palimpsest.store.base import Filters

DOCS = {
    "a.txt": "Statement of the National Union of Mineworkers.\n\nMr. Arthur Penrose "
    "spoke in Sheffield about the strike.",
    "b.txt": "Letter from Sheffield.\n\nMr. Arthur Penrose, president of the National Union "
    "of Mineworkers, thanks the branches in Barnsley.",
}


def test_mentions_resolve_across_documents_and_filter_search(tmp_path: Path) -> None:
    for name, text in DOCS.items():
        (tmp_path / name).write_text(text)
    with Archive.open(tmp_path / "arc") as arc:
        assert arc.ingest([str(tmp_path / n) for n in DOCS], workers=1).ok
        people = arc.store.entities.find(type="PER")
        penrose = [e for e in people if "Penrose" in e.canonical]
        assert len(penrose) == 1 and penrose[0].documents == 2
        doc = arc.document(arc.documents()[0].id)
        assert doc is not None
        assert any(m["type"] == "LOC" and m["text"] == "Sheffield" for m in doc["entities"])
        hits = arc.search("strike OR branches", Filters(person="penrose"))
        assert len(hits) == 2


def test_confirmed_entity_is_found_in_later_ingests(tmp_path: Path) -> None:
    (tmp_path / "first.txt").write_text(DOCS["a.txt"])
    arc_dir = tmp_path / "arc"
    with Archive.open(arc_dir) as arc:
        arc.ingest([str(tmp_path / "first.txt")], workers=1)
        (e,) = [e for e in arc.store.entities.find(type="ORG") if "Mineworkers" in e.canonical]
    run = [sys.executable, "-m", "palimpsest", "entities"]
    subprocess.run(
        [*run, "alias", str(e.id), "the miners' union", "--archive", str(arc_dir), "--user", "ana"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [*run, "confirm", str(e.id), "--archive", str(arc_dir), "--user", "ana"],
        check=True,
        capture_output=True,
    )
    (tmp_path / "later.txt").write_text(
        "A report on the Miners' Union and its funds, read to the meeting in Leeds."
    )
    with Archive.open(arc_dir) as arc:
        arc.ingest([str(tmp_path / "later.txt")], workers=1)
        later = next(d for d in arc.documents() if d.source_path.endswith("later.txt"))
        doc = arc.document(later.id)
        assert doc is not None
        assert any(m["entity_id"] == e.id for m in doc["entities"]), doc["entities"]
    log = subprocess.run(
        [*run, "log", "--json", "--archive", str(arc_dir)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert '"alias"' in log and '"confirm"' in log and '"ana"' in log


def test_confirmation_reaches_the_next_run_in_the_same_process(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(DOCS["a.txt"])
    with Archive.open(tmp_path / "arc") as arc:
        arc.ingest([str(tmp_path / "one.txt")], workers=1)
        (e,) = [e for e in arc.store.entities.find(type="ORG") if "Mineworkers" in e.canonical]
        arc.store.entities.alias(e.id, "the pit lads", "ana")
        arc.store.entities.confirm(e.id, "ana")
        (tmp_path / "two.txt").write_text("Greetings from the pit lads of Barnsley to all.")
        arc.ingest([str(tmp_path / "two.txt")], workers=1)
        two = next(d for d in arc.documents() if d.source_path.endswith("two.txt"))
        doc = arc.document(two.id)
        assert doc is not None
        assert any(m["entity_id"] == e.id for m in doc["entities"]), doc["entities"]


def test_each_page_of_a_bilingual_document_is_read_in_its_language(tmp_path: Path) -> None:
    es = ("El compañero Juan Quispe fue detenido en Lima por la policía. Los trabajadores "
          "de la fábrica textil exigen su libertad y el pago de sus salarios atrasados.\n")
    en = ("Comrade Juan Quispe was arrested in Lima by the police. The workers of the "
          "textile factory demand his release and the payment of their overdue wages.\n")
    (tmp_path / "leaflet.txt").write_text(es + "\f" + en)
    with Archive.open(tmp_path / "arc") as arc:
        arc.ingest([str(tmp_path / "leaflet.txt")], workers=1)
        doc = arc.document(1)
    assert doc is not None
    assert [p["language"] for p in doc["pages"]] == ["es", "en"]
    clean = doc["clean_text"]
    assert "fábrica textil exigen" in clean and "sus salarios" in clean  # corrected as Spanish
    found = {(m["text"], m["start"]) for m in doc["entities"]}
    assert {m["text"] for m in doc["entities"]} >= {"Lima", "Juan Quispe"}
    assert all(clean[start:start + len(text)] == text for text, start in found)
    assert len([t for t, _ in found if t == "Lima"]) == 2  # once a page


def test_a_stop_between_a_document_and_its_entity_links_keeps_neither(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document and its links to entities are one write: stopped between the two, the
    run stores neither, and the rerun stores both (not a document without its people)."""
    for name, text in DOCS.items():
        (tmp_path / name).write_text(text)
    files = [str(tmp_path / n) for n in DOCS]

    def stop(self: EntityLinker, doc_id: int, mentions: list[object]) -> None:
        raise KeyboardInterrupt

    with Archive.open(tmp_path / "arc") as arc:
        with monkeypatch.context() as m:
            m.setattr(EntityLinker, "link", stop)
            report = arc.ingest(files, workers=1)
        assert report.interrupted and arc.documents() == []
        assert arc.ingest(files, workers=1).ok
        assert len(arc.documents()) == 2
        penrose = [e for e in arc.store.entities.find(type="PER") if "Penrose" in e.canonical]
        assert len(penrose) == 1 and penrose[0].documents == 2


def test_an_ocr_damaged_name_and_its_clean_spelling_in_later_documents_are_one(
    tmp_path: Path,
) -> None:
    """Ingest links each document in turn: the entity the first one made keeps its stored
    name, so the clean spelling in the next document joins it, not a new entity."""
    docs = {"a.txt": "Desde la muerte de Carrero Bianco el régimen vive su crisis.",
            "b.txt": "Desde la muerte de Carrero Blanco el régimen vive su crisis más profunda."}
    for name, text in docs.items():
        (tmp_path / name).write_text(text)
    with Archive.open(tmp_path / "arc") as arc:
        for name in docs:  # one run each, in this order
            assert arc.ingest([str(tmp_path / name)], workers=1).ok
        people = [e for e in arc.store.entities.find(type="PER") if "Carrero" in e.canonical]
        assert len(people) == 1 and people[0].documents == 2
    with Archive.open(tmp_path / "arc2") as arc:  # and within one run
        assert arc.ingest([str(tmp_path / n) for n in docs], workers=1).ok
        people = [e for e in arc.store.entities.find(type="PER") if "Carrero" in e.canonical]
        assert len(people) == 1 and people[0].documents == 2


def test_no_name_is_read_from_a_line_the_ocr_doubted() -> None:
    """``Eat Qi`` is what the OCR made of a smudged masthead, at 23 % confidence."""
    text = ("Eat Qi\n\nThe women of Armthorpe will hold a rally on Saturday. Speakers include "
            "Anne Scargill and a delegate from the Greater London Council.\n")
    doc = Document(sha256="0" * 64, source_path="x.png", media_type="image/png", size=1,
                   original_text=text, language="en",
                   pages=[Page(number=1, start=0, end=len(text))])
    derive(doc, IngestOptions(correct="off"), {0: 23.0, 8: 90.0})
    names = {a.value["text"] for a in doc.annotations if a.kind == "mention"}
    assert "Anne Scargill" in names and not any("Qi" in n for n in names)


def test_no_name_is_read_from_a_paragraph_in_a_language_without_a_model() -> None:
    """The Turkish call in a German strike leaflet: ``Cuma`` (Friday) and ``Birlik``
    (unity) had been read as German places."""
    text = ("Kollegen bei Ford!\n\nSeit Freitag streiken wir für eine Mark mehr für alle und "
            "gegen die Entlassung der türkischen Kollegen in Köln.\n\nCuma gününden beri "
            "herkes için bir mark zam ve izinden geç dönen Türk arkadaşlarımızın işten "
            "çıkarılmasına karşı grevdeyiz. Birlik olursak kazanırız!\n")
    doc = Document(sha256="0" * 64, source_path="x.txt", media_type="text/plain", size=1,
                   original_text=text, language="de",
                   pages=[Page(number=1, start=0, end=len(text))])
    derive(doc, IngestOptions(), {})
    names = {a.value["text"] for a in doc.annotations if a.kind == "mention"}
    assert "Köln" in names and not names & {"Cuma", "Birlik", "Türk"}
