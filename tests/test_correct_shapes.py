"""An unknown word that reads like no word of its language is likelier an OCR error."""

from __future__ import annotations

from pathlib import Path

import pytest

from palimpsest.text.correct import Corrector
from palimpsest.text.correct.shapes import WordShapes
from palimpsest.text.edits import apply_edits


@pytest.fixture(scope="module")
def english() -> Corrector:
    return Corrector.load("en")


def test_names_read_like_words_and_ocr_garbage_does_not(english: Corrector) -> None:
    shapes = english.shapes
    assert shapes is not None
    for name in ("hibbert", "mariategui", "belaunde", "macclesfield"):
        assert shapes.surprise(name) > -5, name
    for garbage in ("cmorniink", "vwhiteivash", "iqrihng", "roxnunmi"):
        assert shapes.surprise(garbage) < -12, garbage
    assert shapes.surprise("cowper's") == shapes.surprise("cowper")  # possessive left out


def test_a_model_built_saved_and_loaded_reads_the_same(tmp_path: Path) -> None:
    words = ["house", "horse", "mouse", "houses", "hours", "shore", "those", "whose"]
    built = WordShapes.from_words(words)
    loaded = WordShapes.load(built.save(tmp_path / "shapes.npz"))
    for w in ("house", "hoes", "xqzv", "ouse"):
        assert loaded.logp(w) == pytest.approx(built.logp(w), abs=1e-9)
    assert loaded.typical == pytest.approx(built.typical)
    assert built.surprise("house") > built.surprise("xqzv")


def test_the_corrector_weighs_how_word_like_an_unknown_word_is(english: Corrector) -> None:
    """Without the model, every unknown word had one prior: ``loegthy`` stayed."""
    blind = Corrector(english.lm, english.channel, english.settings, None)
    for text, fixed in (
        ("After a loegthy deliberation the jury returned",
         "After a lengthy deliberation the jury returned"),
        ("a day or two laiqr the silver was found", "a day or two later the silver was found"),
    ):
        assert apply_edits(text, blind.correct(text)).text == text
        assert apply_edits(text, english.correct(text)).text == fixed
    names = "a letter from Mariategui and Hibbert"
    assert apply_edits(names, english.correct(names)).text == names


def test_a_long_word_unlike_any_is_looked_up_three_edits_out(english: Corrector) -> None:
    """SymSpell reaches two edits; ``cocnecftiou`` is three from ``connection``."""
    from palimpsest.text.correct.reach import FarCandidates

    far = FarCandidates(["connection", "collection", "correction", "house", "connections"])
    assert far("cocnecftiou")[:1] == ["connection"] and "house" not in far("cocnecftiou")
    near_only = Corrector(english.lm, english.channel, english.settings, english.shapes)
    near_only._reaches_far = lambda low: False  # type: ignore[method-assign]
    for text, fixed in (("in cocnecftiou with the case", "in connection with the case"),
                        ("a virtual abandonnseut of an estate",
                         "a virtual abandonment of an estate")):
        assert apply_edits(text, near_only.correct(text)).text == text
        assert apply_edits(text, english.correct(text)).text == fixed


def test_a_four_letter_word_unlike_any_is_looked_up_two_edits_out(english: Corrector) -> None:
    """Short words get candidates one edit away; ``wbcn`` (for ``when``) reads like no
    English word, ``bent`` like one."""
    assert english._reach("wbcn") == 2 and english._reach("bent") == 1
    assert english._reach("tbe") == 1 and english._reach("house") == 2
    text = "they wbcn asked the man"
    assert apply_edits(text, english.correct(text)).text == "they when asked the man"
    assert Corrector.load("de")._reach("wbcn") == 1  # German: one edit, as before
