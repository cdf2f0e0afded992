"""Marks glued to words that the OCR read from letters (Spanish: ``de!`` for *del*)."""

from __future__ import annotations

import math

import pytest

from palimpsest.text.correct import Corrector, correct_text
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


def test_spanish_reads_misread_marks_as_letters() -> None:
    text = "La asamblea y e! comité de ¡as fábricas aprobó ¡os puntos."
    out, edits = correct_text(text, "es")
    assert out == "La asamblea y el comité de las fábricas aprobó los puntos."
    assert {text[e.start:e.end] for e in edits} == {"e!", "¡as", "¡os"}


@pytest.mark.parametrize("text", [
    "Y entonces dijo: «la casa es de todos», y nadie le creyó.",
    "Compañeros: ¡el pan y la tierra! Así lo dijo: «de pie».",
    "¿A dónde vamos sin el pueblo? ¡Basta! Dijo que sí: en la asamblea.",
])
def test_spanish_punctuation_stays(text: str) -> None:
    out, edits = correct_text(text, "es")
    assert out == text
    assert [e for e in edits if e.status == "applied"] == []


def test_languages_without_their_own_channel_read_no_marks() -> None:
    assert Corrector.load("es")._marks is not None
    assert Corrector.load("en")._marks is None  # BLN600's channel: no marks learned
    assert correct_text("the man e! the house", "en")[0] == "the man e! the house"
