"""The OCR-correction evaluation: scores, false corrections, cMER, reports, the command."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import pytest

from palimpsest.eval.ocr_eval import (
    evaluate,
    format_report,
    main,
    palimpsest_setup,
    palimpsest_warm,
    score,
)
from palimpsest.eval.ocr_sets import OcrPair, OcrSet, discover_sets

SHARED_OCR = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ocr"


def _set(
    name: str, pairs: list[tuple[str, str]], refs: dict[str, list[str]] | None = None
) -> OcrSet:
    ps = [OcrPair(f"p{i}", o, t, 1900, "en", "g") for i, (o, t) in enumerate(pairs)]
    return OcrSet(name, "en", ps, refs or {})


PAIRS = [("tbe cat sat", "the cat sat"), ("a dog  ran", "a dog ran")]


def test_score_raw_and_perfect() -> None:
    s = _set("toy", PAIRS)
    raw = score(s, [p.ocr for p in s.pairs])
    assert raw.cer == pytest.approx(1 / 20)  # one substitution, 11 + 9 reference chars
    assert raw.wer == pytest.approx(1 / 6)
    assert raw.cmer is None
    assert raw.false_correction_rate == 0 and raw.fixed_rate == 0
    perfect = score(s, [p.truth for p in s.pairs])
    assert perfect.cer == 0 and perfect.fixed_rate == 1.0


def test_false_corrections_are_counted() -> None:
    s = _set("toy", PAIRS)
    out = score(s, ["the bat sat", "a dog ran"])  # fixed 'tbe', broke 'cat'
    assert out.fixed_rate == 1.0
    assert out.false_correction_rate == pytest.approx(1 / 5)


def test_hipe_sets_get_cmer() -> None:
    s = _set("hipe-ocrepair/toy/en", [("Tbe cat, sat¬\nin", "The cat sat¬\nin")])
    raw = score(s, [s.pairs[0].ocr])
    # normalised: "tbe cat satin" vs "the cat satin": one substitution, 12 hits
    assert raw.cmer == pytest.approx(1 / 13)


def test_evaluate_with_a_corrector_and_references() -> None:
    s = _set("toy", PAIRS, {"oracle": [t for _, t in PAIRS]})
    reps = evaluate([s], lambda text, lang: text.replace("tbe", "the"))
    r = reps[0]
    assert r.after is not None and r.after.cer == 0
    assert r.cer_reduction == pytest.approx(1.0)
    assert r.references["oracle"].cer == 0
    assert r.chars_per_s > 0
    text = format_report(reps)
    assert "toy" in text and "oracle" in text and "raw OCR" in text
    assert json.dumps([x.to_dict() for x in reps])


def test_palimpsest_corrector_on_a_toy_set() -> None:
    s = _set(
        "toy",
        [
            (
                "his coat snd hands were dovered with paint",
                "his coat and hands were covered with paint",
            )
        ],
    )
    r = evaluate([s], palimpsest_setup(), setup=True, warm=palimpsest_warm)[0]
    assert r.after is not None and r.after.cer < r.before.cer
    assert r.after.false_correction_rate == 0


def test_the_models_load_is_timed_apart_from_the_correction() -> None:
    """A set's throughput must not depend on whether an earlier set loaded its models."""
    s = _set("toy", PAIRS)
    order: list[str] = []

    def warm(_: object) -> None:
        order.append("warm")
        time.sleep(0.05)

    def fn(text: str, lang: str) -> str:
        order.append("correct")
        return text

    r = evaluate([s], fn, warm=warm)[0]
    assert order[0] == "warm" and order.count("warm") == 1
    assert r.load_seconds >= 0.05 and r.seconds < r.load_seconds


def _write_bln(folder: Path) -> None:
    folder.mkdir(parents=True)
    header = ["Sample ID", "Date", "Publication", "OCR Text", "Ground Truth", "CER"]
    rows = [["1", "1882-05-27", "News", "tbe coat snd hands", "the coat and hands", "0.1"]]
    with (folder / "data_test.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def test_main_runs_standalone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_bln(tmp_path / "bln600")
    assert main([str(tmp_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report[0]["name"] == "bln600/test"
    assert report[0]["after"]["cer"] < report[0]["before"]["cer"]
    assert main([str(tmp_path), "--no-correct"]) == 0
    assert "raw OCR" in capsys.readouterr().out


@pytest.mark.skipif(not (SHARED_OCR / "bln600").is_dir(), reason="../shared/eval/ocr not present")
def test_published_baseline_figures_reproduce() -> None:
    s = discover_sets(SHARED_OCR / "bln600")[0]
    r = evaluate([s], None)[0]
    assert r.before.cer == pytest.approx(0.0675, abs=5e-5)
    assert r.references["llama-2-13b"].cer == pytest.approx(0.0555, abs=5e-5)
