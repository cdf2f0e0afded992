"""OCR-bound ingest: our pipeline against bare Tesseract on the same page images.

About 8 A4 pages at 300 dpi, typeset from the sample texts and degraded with
the MEDIUM preset, saved as PNG. Each round times, side by side:

* ``bare``: ``tesseract IMG stdout -l eng`` on every page, one after another;
* ``ours-1w``: ``Archive.ingest`` of the folder into a fresh archive, 1 worker;
* ``ours-2w``: the same with 2 workers, into another fresh archive.

Rounds alternate their order (so a drift in machine load hits every setting
alike) and the figures are medians over rounds. Targets: ours-1w / bare
<= 1.10 (our preprocessing, hashing, cleaning and storing cost at most 10 %
on top of OCR) and ours-2w speedup >= 1.8 over ours-1w.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PIL import Image

from common import Config, cpu_seconds, make_tmp, median, section, table, verdict
from palimpsest.archive import Archive
from palimpsest.ingest.base import IngestOptions
from palimpsest.ocr.preprocess import preprocess
from palimpsest.ocr.tesseract import ocr_image, run_bare_tesseract, tesseract_version
from palimpsest.sample.degrade import MEDIUM
from palimpsest.sample.render import render_document
from palimpsest.sample.texts import SAMPLE_TEXTS

NAME = "ocr"
TARGET_RATIO = 1.10
TARGET_SPEEDUP = 1.8


def make_pages(folder: Path, n: int) -> list[Path]:
    """Render and degrade ``n`` sample pages (first page of each text) as 300 dpi PNGs."""
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    texts = list(SAMPLE_TEXTS)
    i = 0
    while len(out) < n:
        st = texts[i % len(texts)]
        pages = render_document(st.body, masthead=st.masthead, seed=i, dpi=300,
                                center=[st.title])
        for page in pages:
            if len(out) >= n:
                break
            skew = MEDIUM.skew_deg * (1 if i % 2 else -1)
            img = MEDIUM.with_(skew_deg=skew).apply(page.image, seed=100 + len(out),
                                                    masthead_box=page.masthead_box)
            path = folder / f"page{len(out):02d}-{st.id}.png"
            img.save(path, "PNG", dpi=(300, 300))
            out.append(path)
        i += 1
    return out


def time_bare(pages: list[Path]) -> tuple[float, float]:
    """(wall, cpu) seconds of bare Tesseract over ``pages``, one after another."""
    cpu = cpu_seconds()
    start = time.perf_counter()
    for p in pages:
        run_bare_tesseract(p, "eng")
    return time.perf_counter() - start, cpu_seconds() - cpu


def time_ours(
    folder: Path, n_pages: int, workers: int, cfg: Config, preprocess: str = "auto"
) -> tuple[float, float]:
    """(wall, cpu) seconds of ingesting ``folder``; cpu is only complete for 1 worker."""
    root = make_tmp(f"ocr-archive-{workers}w-{preprocess}", cfg)
    options = IngestOptions(lang="eng", preprocess=preprocess)
    with Archive.open(root / "archive") as arc:
        cpu = cpu_seconds()
        start = time.perf_counter()
        report = arc.ingest([str(folder)], options, workers=workers)
        seconds = time.perf_counter() - start
        cpu = cpu_seconds() - cpu
    if report.failures or report.pages != n_pages:
        reasons = "; ".join(f"{f.path}: {f.reason}" for f in report.failures[:3])
        raise RuntimeError(f"ingest with {workers} worker(s) read {report.pages} of {n_pages} "
                           f"pages ({len(report.failures)} failures) {reasons}")
    return seconds, cpu


def breakdown(pages: list[Path]) -> dict[str, float]:
    """Median seconds per page of each step of our OCR path, beside bare Tesseract."""
    steps: dict[str, list[float]] = {"decode": [], "preprocess": [], "ocr_image": [],
                                     "bare": []}
    options = IngestOptions(lang="eng")
    for p in pages:
        t0 = time.perf_counter()
        with Image.open(p) as im:
            im.load()
            img = im.copy()
        t1 = time.perf_counter()
        prepared = preprocess(img, options.preprocess)
        t2 = time.perf_counter()
        ocr_image(prepared, options.lang)
        t3 = time.perf_counter()
        run_bare_tesseract(p, "eng")
        t4 = time.perf_counter()
        for name, dt in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            steps[name].append(dt)
    return {k: median(v) for k, v in steps.items()}


def run(cfg: Config) -> dict[str, Any]:
    section("ocr: OCR-bound ingest vs bare Tesseract (lang eng, 300 dpi A4, MEDIUM)")
    n_pages = 2 if cfg.quick else 8
    rounds = 1 if cfg.quick else 2
    folder = make_tmp("ocr-pages", cfg) / "pages"
    t0 = time.perf_counter()
    pages = make_pages(folder, n_pages)
    print(f"  {n_pages} pages rendered in {time.perf_counter() - t0:.1f} s; "
          f"tesseract {tesseract_version()}; {rounds} round(s), order alternating", flush=True)
    timings: dict[str, list[float]] = {"bare": [], "ours-1w": [], "ours-2w": [],
                                       "ours-1w-nopre": []}
    cpu: dict[str, list[float]] = {"bare": [], "ours-1w": [], "ours-1w-nopre": []}
    run_one = {
        "bare": lambda: time_bare(pages),
        "ours-1w": lambda: time_ours(folder, n_pages, 1, cfg),
        "ours-2w": lambda: time_ours(folder, n_pages, 2, cfg),
        "ours-1w-nopre": lambda: time_ours(folder, n_pages, 1, cfg, preprocess="none"),
    }
    order = list(timings)
    for r in range(rounds):
        for name in (order if r % 2 == 0 else order[::-1]):
            seconds, cpu_s = run_one[name]()
            timings[name].append(seconds)
            if name in cpu:
                cpu[name].append(cpu_s)
            print(f"  round {r + 1}: {name:8s} {seconds:7.2f} s  "
                  f"({seconds / n_pages:.2f} s/page"
                  + (f", cpu {cpu_s:.2f} s)" if name in cpu else ")"), flush=True)
    med = {k: median(v) for k, v in timings.items()}
    med_cpu = {k: median(v) for k, v in cpu.items()}
    ratio = med["ours-1w"] / med["bare"]
    cpu_ratio = med_cpu["ours-1w"] / med_cpu["bare"]
    speedup = med["ours-1w"] / med["ours-2w"]
    round_ratios = [o / b for o, b in zip(timings["ours-1w"], timings["bare"], strict=True)]
    round_speedups = [a / b for a, b in zip(timings["ours-1w"], timings["ours-2w"], strict=True)]
    print()
    print(table(["setting", "median s", "s/page", "pages/s", "cpu s"],
                [[k, v, v / n_pages, n_pages / v, med_cpu.get(k, float("nan"))]
                 for k, v in med.items()]))
    print(f"\n  ours(1 worker) / bare = {ratio:.3f}   (target <= {TARGET_RATIO})  "
          f"{verdict(ratio <= TARGET_RATIO)}   per round: "
          + ", ".join(f"{x:.3f}" for x in round_ratios))
    print(f"  same in cpu time        = {cpu_ratio:.3f}   (barely moved by other load on "
          "the machine)")
    print(f"  speedup 2 workers / 1 = {speedup:.2f}    (target >= {TARGET_SPEEDUP})   "
          f"{verdict(speedup >= TARGET_SPEEDUP)}   per round: "
          + ", ".join(f"{x:.2f}" for x in round_speedups))
    nopre = med["ours-1w-nopre"] / med["bare"]
    print(f"  without preprocessing (PALIMPSEST_PREPROCESS=none): ours / bare = {nopre:.3f}"
          "   (the pipeline's own overhead)")
    parts = breakdown(pages[:2])
    print("  where a page's time goes (median of 2 pages, in-process): "
          + ", ".join(f"{k} {v:.2f} s" for k, v in parts.items()))
    return {
        "pages": n_pages, "rounds": rounds, "breakdown_seconds_per_page": parts,
        "lang": "eng", "dpi": 300,
        "degradation": MEDIUM.name, "tesseract": tesseract_version(),
        "seconds": timings, "median_seconds": med,
        "cpu_seconds": cpu, "median_cpu_seconds": med_cpu,
        "cpu_ratio_ours1_over_bare": cpu_ratio,
        "ratio_ours1_over_bare": ratio, "ratio_per_round": round_ratios,
        "speedup_2w_over_1w": speedup, "speedup_per_round": round_speedups,
        "target_ratio": TARGET_RATIO, "target_speedup": TARGET_SPEEDUP,
        "ratio_without_preprocessing": nopre,
        "ratio_ok": ratio <= TARGET_RATIO, "speedup_ok": speedup >= TARGET_SPEEDUP,
    }
