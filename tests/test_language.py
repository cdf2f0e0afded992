"""Language: told from text, and chosen for OCR from the first page."""

from __future__ import annotations

from pathlib import Path

import pytest

from palimpsest.archive import Archive
from palimpsest.enrich.language import detect_language
from palimpsest.ingest.base import IngestOptions

from .conftest import render_text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The committee of the party has decided that the strike will go on.", "en"),
        ("El comité del partido ha decidido que la huelga continúa en las minas.", "es"),
        ("Le comité du parti a décidé que la grève continue dans les mines.", "fr"),
        (
            "Der Ausschuss der Partei hat beschlossen, dass der Streik in den Gruben weitergeht.",
            "de",
        ),
    ],
)
def test_detects_the_four_languages(text: str, code: str) -> None:
    assert detect_language(text).code == code


def test_too_little_text_is_no_answer() -> None:
    assert detect_language("~~ 1983 ~~").code is None


def test_auto_ocr_reads_a_spanish_page_with_the_spanish_pack(
    tmp_path: Path, archive: Archive
) -> None:
    render_text("Año de la organización: la lucha\nde los compañeros del Perú y de la nación").save(
        tmp_path / "p.png"
    )
    assert archive.ingest([str(tmp_path)], IngestOptions(lang="auto"), workers=1).ok
    doc = archive.document(archive.documents()[0].id)
    assert doc is not None and doc["language"] == "es"
    assert "organización" in doc["original_text"] and "compañeros" in doc["original_text"]


def test_italian_and_portuguese_are_named_not_taken_for_spanish(
    tmp_path: Path, archive: Archive
) -> None:
    """A page in Italian or Portuguese is named so; no corrector for another language
    rewrites it (the Spanish one had changed Portuguese ``e`` to ``es``), and its
    dateline dates it."""
    it = ("Compagni,\n\nla direzione della FIAT ha licenziato trecento operai che avevano "
          "partecipato allo sciopero. Il governo difende i padroni e manda la polizia contro i "
          "picchetti.\n\nTorino, 20 luglio 1954\n\nLa Segreteria della Camera del Lavoro\n")
    pt = ("Companheiros,\n\nA greve continua. O Ministro do Trabalho decretou a intervenção no "
          "sindicato e prendeu o nosso presidente e outros dirigentes.\n\nSão Bernardo do "
          "Campo, 19 de abril de 1980\n\nA Diretoria\n")
    assert detect_language(it).code == "it" and detect_language(pt).code == "pt"
    (tmp_path / "it.txt").write_text(it, encoding="utf-8")
    (tmp_path / "pt.txt").write_text(pt, encoding="utf-8")
    assert archive.ingest([str(tmp_path)], IngestOptions(), workers=1).ok
    for summary in archive.documents():
        doc = archive.document(summary.id)
        assert doc is not None and doc["language"] in ("it", "pt")
        assert not [e for e in doc["edits"] if e["rule"] == "ocr-correction"]
        assert doc["date"]["value"] in ("1954-07-20", "1980-04-19")


def test_a_short_spanish_line_stays_spanish() -> None:
    assert detect_language("A los compañeros de la mina: que la huelga sigue.").code == "es"
    assert detect_language("Companheiros, a greve continua.").code is None  # too little
