"""The corrector's language model builder: corpora, in-domain truth, reproducible counts."""

from __future__ import annotations

import csv
from pathlib import Path

from palimpsest.text.correct.build import IN_DOMAIN_EN, build_lm
from palimpsest.text.correct.lm import BIGRAM_SHIFT, LanguageModel


def _shared(root: Path) -> Path:
    """A tiny ``../shared``: one novel, and a BLN600 train file whose truth is newspaper prose."""
    novel = root / "corpora" / "en" / "eltec" / "novel.txt"
    novel.parent.mkdir(parents=True)
    novel.write_text("The old house stood on the hill. The old house was quiet.\n")
    bln = root / IN_DOMAIN_EN
    bln.parent.mkdir(parents=True)
    with bln.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Sample ID", "Date", "Publication", "OCR Text", "Ground Truth", "CER"])
        for _ in range(2):
            w.writerow(["1", "1882-05-27", "News", "tbe police court", "the police court", "0.1"])
    return root


def _bigram(lm: LanguageModel, a: str, b: str) -> int:
    return lm.bigrams.get((lm.ids[a] << BIGRAM_SHIFT) | lm.ids[b], 0)


def test_in_domain_truth_counts_weight_times_over(tmp_path: Path) -> None:
    shared = _shared(tmp_path / "shared")
    lm = LanguageModel.load(
        build_lm(shared, "en", tmp_path / "w3", near_vocab=50, in_domain_weight=3)
    )
    assert _bigram(lm, "police", "court") == 2 * 3  # two rows, each counted three times
    assert _bigram(lm, "old", "house") == 2  # the corpora count once
    none = LanguageModel.load(
        build_lm(shared, "en", tmp_path / "w0", near_vocab=50, in_domain_weight=0)
    )
    assert _bigram(none, "police", "court") == 0
    assert _bigram(none, "old", "house") == 2


def test_the_build_is_reproducible(tmp_path: Path) -> None:
    shared = _shared(tmp_path / "shared")
    one = LanguageModel.load(build_lm(shared, "en", tmp_path / "a", near_vocab=50))
    two = LanguageModel.load(build_lm(shared, "en", tmp_path / "b", near_vocab=50))
    assert one.words == two.words and one.bigrams == two.bigrams and one.logp == two.logp
