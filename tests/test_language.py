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
