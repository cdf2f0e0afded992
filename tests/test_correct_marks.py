"""Marks glued to words that the OCR read from letters (Spanish: ``de!`` for *del*)."""

from __future__ import annotations

import math

import pytest

from palimpsest.text.correct import Corrector, correct_text, ocr_engine
from palimpsest.text.correct.marks import PUNCTUATION_FLOOR, MarkReadings, learn_marks

PAIRS = [("vino de! pueblo con ¡as hijas: dijo que no.",
          "vino del pueblo con las hijas: dijo que no.")] * 4


def test_marks_are_learned_by_side() -> None:
    model = learn_marks(PAIRS)
    # 4 of the words ending in l were read so; a rate needs 20 words to stand on
    assert model["trail"]["!"] == {"l": pytest.approx(math.log(4 / 20), abs=0.001)}
    assert "l" in model["lead"]["¡"]
    assert ":" not in model["trail"]  # only ever punctuation: nothing to read


def test_glued_runs_are_found_at_either_edge() -> None:
    readings = MarkReadings(learn_marks(PAIRS))
    text = "de! pueblo ¡as hijas"
    (g,) = readings.glued(text, 0, 2)
    assert (g.side, g.run, g.start, g.end) == ("trail", "!", 2, 3)
    assert g.punctuation == PUNCTUATION_FLOOR  # never seen as punctuation, but it is one
    (g,) = readings.glued(text, 12, 14)
    assert (g.side, g.run) == ("lead", "¡")
    assert readings.glued(text, 4, 10) == []


def test_spanish_tesseract_marks_are_read_as_letters() -> None:
    text = "La asamblea y e! comité de ¡as fábricas aprobó ¡os puntos."
    out, edits = correct_text(text, "es", engine="tesseract")
    assert out == "La asamblea y el comité de las fábricas aprobó los puntos."
    assert {text[e.start:e.end] for e in edits} == {"e!", "¡as", "¡os"}


@pytest.mark.parametrize("text", [
    "Y entonces dijo: «la casa es de todos», y nadie le creyó.",
    "Compañeros: ¡el pan y la tierra! Así lo dijo: «de pie».",
    "¿A dónde vamos sin el pueblo? ¡Basta! Dijo que sí: en la asamblea.",
])
def test_spanish_punctuation_stays(text: str) -> None:
    out, edits = correct_text(text, "es", engine="tesseract")
    assert out == text
    assert [e for e in edits if e.status == "applied"] == []


def test_only_an_engine_with_a_channel_of_its_own_reads_marks() -> None:
    """Tesseract's pages, in each language; imported OCR text (any engine) keeps BLN600's
    channel, which learned no marks."""
    for lang in ("en", "es", "fr", "de"):
        assert Corrector.load(lang, "tesseract")._marks is not None
        assert Corrector.load(lang)._marks is None
    assert Corrector.load("en", "abbyy") is Corrector.load("en")  # no channel of its own
    assert correct_text("de ¡as fábricas", "es")[0] == "de ¡as fábricas"
    assert ocr_engine("tesseract@5.3.0") == "tesseract"
    assert ocr_engine("pdfium-text@1") == ocr_engine("text") == ocr_engine(None) == ""


def test_each_page_is_read_with_its_engines_channel() -> None:
    """A document whose first page Tesseract read and whose second came as text: the
    marks are read on the first page only, and its corrections say whose channel."""
    from palimpsest.text.clean import clean
    from palimpsest.text.correct import METHOD, correct_after_cleaning

    one = "La asamblea y e! comité de la fábrica aprobó los puntos del pliego."
    original = f"{one}\n\n{one}"
    pages = [(0, len(one), "es"), (len(one) + 2, len(original), "es")]
    edits = correct_after_cleaning(original, clean(original, "es").edits, "es",
                                   pages=pages, engines=["tesseract", ""])
    marks = [e for e in edits if original[e.start:e.end] == "e!"]
    assert [e.start for e in marks] == [original.index("e!")]
    assert marks[0].method == f"{METHOD}+tesseract-channel"


def test_a_word_broken_at_a_misread_mark_is_joined() -> None:
    """Tesseract broke *anticorrupción* at its *n*, read as a colon; a colon that ends a
    clause stays."""
    out, edits = correct_text("la fiscalía a: ticorrupción y el juez", "es", engine="tesseract")
    assert out == "la fiscalía anticorrupción y el juez"
    assert [e.replacement for e in edits] == ["anticorrupción"]
    assert correct_text("los datos: ninguno", "es", engine="tesseract")[0] == "los datos: ninguno"
