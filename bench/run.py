"""Speed and quality figures: ``bench/run.py [--quick] [--only NAME] [--max-pages N]``.

Runs the benchmarks in order (ocr, text, search, cer), prints each one's
figures and a summary against the targets, and writes everything to
``bench/out/results.json``. See bench/README.md for what each one measures.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import findability
import ocr_correction
import ocr_quality
import ocr_speed
import palimpsest
import rendered
import search_speed
import text_speed
from common import Config, cleanup, cleanup_in_background, section, verdict

BENCHES = {
    m.NAME: m
    for m in (ocr_speed, text_speed, search_speed, ocr_quality, ocr_correction, rendered,
              findability)
}
# these measure quality only: temp folders can go meanwhile (not during the correction
# bench: it reports throughput in CPU seconds of this process, and the removing thread's
# time is this process's too; it read 80k characters a second beside it, 119k alone)
UNTIMED = {ocr_quality.NAME, findability.NAME, rendered.NAME}
OUT = Path(__file__).resolve().parent / "out"


def _load() -> float:
    """The 1-minute load average: above the cpu count, others share the machine."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def summary(results: dict[str, Any]) -> list[str]:
    lines = []
    if r := results.get("ocr"):
        lines.append(
            f"ocr     ours(1 worker)/bare   {r['ratio_ours1_over_bare']:.3f}   "
            f"target <= {r['target_ratio']}   {verdict(r['ratio_ok'])}"
            f"   (in cpu time {r['cpu_ratio_ours1_over_bare']:.3f})"
        )
        lines.append(
            f"ocr     speedup 2w/1w         {r['speedup_2w_over_1w']:.2f}    "
            f"target >= {r['target_speedup']}    {verdict(r['speedup_ok'])}"
        )
    if r := results.get("text"):
        last = r["steps"][-1]
        lines.append(
            f"text    pages/s/core, 1w      {r['pages_per_s_per_core']:.1f}   "
            f"target >= {r['target_pages_per_s_per_core']:.0f}    "
            f"{verdict(r['pages_per_s_per_core'] >= r['target_pages_per_s_per_core'])}"
            f"   ({last['archive_pages']:,} pages; last step "
            f"{last['pages_per_s']:.0f}/s, {last['pages_per_cpu_s']:.0f} per cpu-s)"
        )
        if tw := r.get("two_workers"):
            ok = tw["pages_per_s_per_core"] >= r["target_pages_per_s_per_core"]
            lines.append(
                f"text    pages/s/core, 2w      {tw['pages_per_s_per_core']:.1f}   "
                f"target >= {r['target_pages_per_s_per_core']:.0f}    {verdict(ok)}"
                f"   (speedup {tw['speedup']:.2f} at {tw['archive_pages']:,})"
            )
    if r := results.get("search"):
        per = ", ".join(f"{k} {v['p95_ms']:.1f}" for k, v in r["sets"].items())
        lines.append(
            f"search  worst p95 ms          {r['worst_p95_ms']:.1f}    "
            f"target < {r['target_p95_ms']:.0f}      {verdict(r['ok'])}"
            f"   ({r['documents']:,} docs; {per})"
        )
    if r := results.get("cer"):
        lines.append(
            f"cer     corpus CER bare {r['corpus_cer_bare']:.2%}, ours "
            f"{r['corpus_cer_ours']:.2%}  ({r['relative_difference']:+.1%} relative)"
        )
    if r := results.get("rendered"):
        for row in r.get("sets", []):
            if "other OCR" not in row["name"]:
                lines.append(f"rendered {row['name']:<15} CER {row['before']['cer']:.2%} -> "
                             f"{row['after']['cer']:.2%} ({-row['cer_reduction']:+.1%})")
    for name, err in results.get("errors", {}).items():
        lines.append(f"{name:7s} FAILED: {err}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="small sizes, one round: a check that runs in under 2 minutes",
    )
    parser.add_argument(
        "--only",
        choices=list(BENCHES),
        action="append",
        help="run only this benchmark (repeatable)",
    )
    parser.add_argument(
        "--max-pages",
        type=int,
        default=100_000,
        help="largest text archive to build (default 100000)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp folders")
    args = parser.parse_args(argv)
    if args.max_pages < 100:
        parser.error("--max-pages must be at least 100")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    cfg = Config(quick=args.quick, max_pages=args.max_pages, keep=args.keep)
    names = args.only or list(BENCHES)
    started = time.perf_counter()
    results: dict[str, Any] = {
        "meta": {
            "started": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "palimpsest": palimpsest.__version__,
            "python": platform.python_version(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "omp_thread_limit": os.environ.get("OMP_THREAD_LIMIT"),
            "quick": args.quick,
            "max_pages": args.max_pages,
            "benchmarks": names,
        },
    }
    print(
        f"palimpsest {palimpsest.__version__} bench: {', '.join(names)}"
        f"{' (quick)' if args.quick else ''}; {os.cpu_count()} cpus, "
        f"OMP_THREAD_LIMIT={os.environ.get('OMP_THREAD_LIMIT')}, load average {_load():.1f}",
        flush=True,
    )
    failed = False
    remover = None
    try:
        for name in names:
            if name in UNTIMED and remover is None:
                remover = cleanup_in_background(cfg)
            elif name not in UNTIMED and remover is not None:
                remover.join()  # a timed benchmark runs with no work of ours beside it
            t0 = time.perf_counter()
            load_before = _load()
            try:
                results[name] = BENCHES[name].run(cfg)
                results[name]["bench_seconds"] = time.perf_counter() - t0
                results[name]["load_average"] = [load_before, _load()]
            except Exception as e:  # report it, keep going with the others
                failed = True
                traceback.print_exc()
                results.setdefault("errors", {})[name] = f"{type(e).__name__}: {e}"
            print(
                f"  ({name}: {time.perf_counter() - t0:.0f} s; 1-min load average "
                f"{load_before:.1f} -> {_load():.1f} on {os.cpu_count()} cpus)",
                flush=True,
            )
        results["meta"]["seconds"] = time.perf_counter() - started
        OUT.mkdir(exist_ok=True)
        out = OUT / "results.json"
        out.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
        section(f"summary ({results['meta']['seconds']:.0f} s)")
        for line in summary(results):
            print("  " + line)
        shown = out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out
        print(f"\n  figures written to {shown}", flush=True)
    finally:
        t0 = time.perf_counter()
        if remover is not None:
            remover.join()
        cleanup(cfg)
        if time.perf_counter() - t0 > 5:
            print(f"  (temp folders removed in {time.perf_counter() - t0:.0f} s more)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
