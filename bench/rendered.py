"""The corrector on Tesseract's own text, in each language: rendered sets.

Text the language models never counted is typeset, degraded and OCR'd by Tesseract as
ingest reads a scan (:mod:`palimpsest.eval.rendered_ocr`), then corrected two ways side
by side: as ingest corrects Tesseract's pages (its own channel: ``engine="tesseract"``)
and as it corrects text from any other OCR (BLN600's channel). Sources, from
``../shared``: Spanish AnCora *dev*; French and German, the HIPE-OCRepair ground truths;
English, BLN600 *test*'s truth. The issue asks that Spanish, French and German correction
lower the CER of Tesseract's output, and by how much.

Standalone: ``.venv/bin/python bench/rendered.py [--docs N]``; in ``bench/run.py`` as
``NAME = "rendered"``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from common import section
from palimpsest.eval.ocr_eval import evaluate, format_report, palimpsest_setup, palimpsest_warm
from palimpsest.eval.ocr_sets import read_bln600, read_hipe_ocrepair
from palimpsest.eval.ocr_sets.rendered import read_rendered
from palimpsest.eval.rendered_ocr import write_set

NAME = "rendered"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
DOCS, QUICK_DOCS = 40, 8
HIPE = SHARED / "ocr" / "hipe_ocrepair2026_fr_de"
_FOLDS = [("aͤ", "ä"), ("oͤ", "ö"), ("uͤ", "ü"), ("ſ", "s"), ("ꝛ", "r")]


def _hipe_truths(path: Path, out: Path) -> Path:
    """A HIPE-OCRepair test set's ground truths as plain text (line-end hyphens joined,
    the DTA's old letters as today's), one paragraph a unit."""
    units = []
    for pair in read_hipe_ocrepair(path)[0].pairs:
        text = pair.truth.replace("¬\n", "")
        for old, new in _FOLDS:
            text = text.replace(old, new)
        units.append(" ".join(text.split()))
    out.write_text("\n\n".join(units) + "\n", encoding="utf-8")
    return out


def _bln_truths(folder: Path, out: Path) -> Path:
    """BLN600 test's ground truth, one paragraph an article."""
    articles: dict[str, list[str]] = {}
    for pair in read_bln600(folder, "test").pairs:
        articles.setdefault(pair.group, []).append(pair.truth)
    out.write_text("\n\n".join(" ".join(a) for a in articles.values()) + "\n", encoding="utf-8")
    return out


def sources(tmp: Path) -> dict[str, Path]:
    """Each language's held-out source text, where ``../shared`` has it."""
    found: dict[str, Path] = {}
    if (p := SHARED / "ner" / "es_ancora" / "dev.tsv").is_file():
        found["es"] = p
    if (p := HIPE / "hipe-ocrepair-bench_v0.9_icdar2017_v1.1_test_fr.jsonl").is_file():
        found["fr"] = _hipe_truths(p, tmp / "fr.txt")
    if (p := HIPE / "hipe-ocrepair-bench_v0.9_dta19-l1_v0.1_test_de.jsonl").is_file():
        found["de"] = _hipe_truths(p, tmp / "de.txt")
    if (SHARED / "ocr" / "bln600" / "data_test.csv").is_file():
        found["en"] = _bln_truths(SHARED / "ocr" / "bln600", tmp / "en.txt")
    return found


def measure(docs: int, tmp: Path) -> list[dict[str, Any]]:
    rows = []
    for lang, src in sources(tmp).items():
        s = read_rendered(write_set(tmp, lang, [src], docs))
        other = replace(s, name=f"{s.name} (as other OCR)", engine="")
        for rep in evaluate([s, other], palimpsest_setup(), setup=True, warm=palimpsest_warm):
            print(format_report([rep]), flush=True)
            rows.append(rep.to_dict())
    return rows


def summary(rows: list[dict[str, Any]]) -> list[str]:
    out = []
    for r in rows:
        red = r["cer_reduction"]
        ok = "lower than Tesseract's" if red > 0 else "NOT lower"
        out.append(f"{r['name']:<34} CER {r['before']['cer']:.2%} -> {r['after']['cer']:.2%} "
                   f"({-red:+.1%})  false corrections {r['after']['false_correction_rate']:.2%}"
                   f"  {ok}")
    return out


def run(cfg: Any) -> dict[str, Any]:
    """``bench/run.py`` entry point."""
    section("rendered: correction of Tesseract's own text, per language (rendered pages)")
    if not SHARED.is_dir():
        return {"skipped": f"{SHARED} not present"}
    with tempfile.TemporaryDirectory(prefix="palimpsest-bench-rendered-") as tmp:
        rows = measure(QUICK_DOCS if getattr(cfg, "quick", False) else DOCS, Path(tmp))
    for line in summary(rows):
        print("  " + line)
    return {"sets": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=DOCS, help=f"per language (default {DOCS})")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"{SHARED}: not present; nothing to measure", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="palimpsest-bench-rendered-") as tmp:
        rows = measure(args.docs, Path(tmp))
    print("\n".join(summary(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
