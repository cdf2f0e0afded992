"""OCR correction quality and speed on every evaluation set in ``../shared/eval/ocr``.

Runs :func:`palimpsest.eval.ocr_eval.evaluate` with our corrector (vocabulary learned
from each set's own OCR text, inside the timing) and prints, per set, CER/WER before
and after, the relative reduction, the false-correction rate, throughput, cMER for
HIPE-OCRepair sets and the published systems side by side, then the issue's targets
met or not. Standalone: ``.venv/bin/python bench/ocr_correction.py [--quick] [PATH]``;
in ``bench/run.py`` as ``NAME = "correction"`` (``run(cfg)``).
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path
from typing import Any

from palimpsest.eval.ocr_eval import evaluate, format_report, palimpsest_setup, palimpsest_warm
from palimpsest.eval.ocr_sets import discover_sets

NAME = "correction"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ocr"
QUICK_LIMIT = 200

# set name -> (metric, target relative reduction, anchor to beat: (system, its figure))
TARGETS: dict[str, tuple[str, float, str]] = {
    "bln600/test": ("cer", 0.20, "llama-2-13b"),
    "icdar2017/eng_monograph": ("cer", 0.20, ""),
    "icdar2017/eng_periodical": ("cer", 0.20, ""),
    "overproof/dataset2": ("cer", 0.0, "overproof"),
    "hipe-ocrepair/icdar2017_v1.1/en": ("cmer", 0.20, ""),
    "hipe-ocrepair/impresso-snippets_v1.0/en": ("cmer", 0.20, ""),
    "hipe-ocrepair/dta19-l0_v0.1/de": ("cmer", 0.15, ""),
    "hipe-ocrepair/dta19-l1_v0.1/de": ("cmer", 0.15, ""),
    "hipe-ocrepair/dta19-l2_v0.1/de": ("cmer", 0.15, ""),
    "hipe-ocrepair/icdar2017_v1.1/fr": ("cmer", 0.15, ""),
}
MAX_FCR = 0.005
MIN_CHARS_PER_S = 100_000


def verdicts(rep: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(what, figure, met) for one set's report dict."""
    out: list[tuple[str, str, bool]] = []
    after, before = rep["after"], rep["before"]
    metric, target, anchor = TARGETS.get(rep["name"], ("cer", 0.0, ""))
    red = rep["cmer_reduction"] if metric == "cmer" else rep["cer_reduction"]
    out.append(("CER never rises", f"{before['cer']:.2%} -> {after['cer']:.2%}",
                after["cer"] <= before["cer"]))  # fmt: skip
    if target:
        out.append((f"{metric} reduction >= {target:.0%}", f"{red:+.1%}", red >= target))
    if anchor and anchor in rep["references"]:
        ref = rep["references"][anchor][metric]
        out.append((f"beats {anchor}", f"{after[metric]:.2%} vs {ref:.2%}", after[metric] < ref))
    fcr = after["false_correction_rate"]
    out.append((f"false corrections <= {MAX_FCR:.1%}", f"{fcr:.2%}", fcr <= MAX_FCR))
    cps = rep["chars_per_s"]
    out.append((f">= {MIN_CHARS_PER_S:,} chars/s", f"{cps:,.0f}", cps >= MIN_CHARS_PER_S))
    return out


def run_sets(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # missing units in published outputs: scored empty
        sets = discover_sets(path)
    reports = []
    for s in sets:
        rep = evaluate([s], palimpsest_setup(), limit=limit, setup=True, warm=palimpsest_warm)[0]
        print(format_report([rep]), flush=True)
        reports.append(rep.to_dict())
    return reports


def summary(reports: list[dict[str, Any]]) -> list[str]:
    lines = []
    for rep in reports:
        for what, fig, ok in verdicts(rep):
            lines.append(f"{rep['name']:<42} {what:<28} {fig:<22} {'met' if ok else 'NOT met'}")
    return lines


def run(cfg: Any) -> dict[str, Any]:
    """``bench/run.py`` entry point."""
    if not SHARED.is_dir():
        return {"skipped": f"{SHARED} not present"}
    reports = run_sets(SHARED, QUICK_LIMIT if getattr(cfg, "quick", False) else None)
    for line in summary(reports):
        print("  " + line)
    return {"sets": reports}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", nargs="?", type=Path, default=SHARED)
    ap.add_argument("--quick", action="store_true", help=f"first {QUICK_LIMIT} units per set")
    args = ap.parse_args(argv)
    if not args.path.exists():
        print(f"{args.path}: not present; nothing to measure", file=sys.stderr)
        return 0
    reports = run_sets(args.path, QUICK_LIMIT if args.quick else None)
    print("\n".join(summary(reports)))
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "ocr_correction.json").write_text(json.dumps(reports, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
