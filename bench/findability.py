"""Findability: are OCR-corrupted words found when searched for as the correct word?

For each evaluation set with documents (BLN600 articles, Overproof articles), every
document's OCR text is ingested three ways side by side: raw (no correction), with
correction, and with correction searched fuzzily (``word~``). Then every word of the
ground truth that the OCR corrupted (four letters or more, absent from the OCR of its
own line) is searched for as the correct word: a hit is the document in the top 10.

    python bench/findability.py [../shared/eval/ocr] [--limit-docs N]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from palimpsest.archive import Archive
from palimpsest.eval.ocr_sets import OcrSet, read_bln600, read_overproof
from palimpsest.ingest.base import IngestOptions

NAME = "findability"
TARGET = 0.80
_WORD = re.compile(r"[^\W\d_]{4,}")
SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ocr"


def corrupted_words(
    s: OcrSet, limit_docs: int | None
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Document texts by group, and (group, correct word) for words the OCR corrupted."""
    docs: dict[str, list[str]] = {}
    wanted: list[tuple[str, str]] = []
    for pair in s.pairs:
        if limit_docs is not None and pair.group not in docs and len(docs) >= limit_docs:
            continue
        docs.setdefault(pair.group, []).append(pair.ocr)
        seen = {w.lower() for w in _WORD.findall(pair.ocr)}
        for w in _WORD.findall(pair.truth):
            if w.lower() not in seen:
                wanted.append((pair.group, w))
    return {g: "\n".join(t) for g, t in docs.items()}, wanted


def ceiling(s: OcrSet, docs: dict[str, str], wanted: list[tuple[str, str]]) -> float:
    """The share a perfect engine could reach: a word whose ground truth is in n > 10 of
    the documents leaves any ranking 10 places for n equally good documents."""
    holders: dict[str, set[str]] = {}
    for pair in s.pairs:
        if pair.group in docs:
            for w in _WORD.findall(pair.truth):
                holders.setdefault(w.lower(), set()).add(pair.group)
    if not wanted:
        return float("nan")
    return sum(min(1.0, 10 / len(holders[w.lower()])) for _, w in wanted) / len(wanted)


def measure(s: OcrSet, limit_docs: int | None) -> dict[str, Any]:
    docs, wanted = corrupted_words(s, limit_docs)
    out: dict[str, Any] = {"set": s.name, "documents": len(docs), "corrupted_words": len(wanted),
                           "ceiling": ceiling(s, docs, wanted)}
    print(f"  {s.name:22} ceiling (a perfect engine, top 10 of {len(docs)} documents): "
          f"{out['ceiling']:6.1%}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        names = {}
        for i, (group, text) in enumerate(docs.items()):
            name = f"doc{i:05d}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            names[group] = name
        for label, correct in (("raw OCR", "off"), ("corrected", "auto")):
            with Archive.open(Path(tmp) / f"archive-{correct}") as arc:
                t0 = time.perf_counter()
                options = IngestOptions(correct=correct, enrich=False, entities=False)
                arc.ingest([str(folder)], options, workers=1)
                ingest_s = time.perf_counter() - t0
                modes = [("plain", False)] + ([("fuzzy", True)] if correct == "auto" else [])
                for mode, fuzzy in modes:
                    found = 0
                    for group, word in wanted:
                        hits = arc.search(word, limit=10, fuzzy=fuzzy)
                        if any(h.source_path.endswith(names[group]) for h in hits):
                            found += 1
                    share = found / len(wanted) if wanted else float("nan")
                    out[f"{label}, {mode}"] = share
                    print(
                        f"  {s.name:22} {label:10} {mode:6} search: {share:6.1%} of "
                        f"{len(wanted):,} corrupted words find their document in the top 10"
                        f"  (ingest {ingest_s:.1f} s)",
                        flush=True,
                    )
    return out


def run(cfg: Any) -> dict[str, Any]:
    """``bench/run.py`` entry point (40 documents a set with ``--quick``)."""
    if not SHARED.is_dir():
        return {"skipped": f"{SHARED} not present"}
    limit = 40 if getattr(cfg, "quick", False) else 120
    return {
        "sets": [
            measure(s, limit)
            for s in (read_bln600(SHARED / "bln600"), read_overproof(SHARED / "overproof"))
        ]
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", nargs="?", type=Path, default=SHARED)
    ap.add_argument("--limit-docs", type=int, default=None)
    args = ap.parse_args(argv)
    if not args.path.is_dir():
        print(f"{args.path}: not present; nothing to measure", file=sys.stderr)
        return 0
    results = []
    for s in (read_bln600(args.path / "bln600"), read_overproof(args.path / "overproof")):
        results.append(measure(s, args.limit_docs))
    print(f"  target: >= {TARGET:.0%} with correction (and the fuzzy path)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
