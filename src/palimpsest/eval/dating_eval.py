"""Evaluate date inference on dated sets: ``python -m palimpsest.eval.dating_eval PATH``.

``PATH`` is the shared ``eval`` folder (``../shared/eval``). For every dated document
the text is dated by :func:`palimpsest.enrich.dating.infer_date` and compared with the
known year: point mean absolute error, coverage (true year inside [earliest, latest]),
median range width, and the mean absolute error of always answering the set's median
year. ``--split calib|test`` keeps one half of each set (by a hash of the document id):
the few constants of the combiner were set on ``calib``; ``test`` was not looked at.

``--train-model`` instead builds the learned period model (see ``docs/dating.md``)
from the corpora and training splits, never from the sets evaluated here.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

csv.field_size_limit(1 << 30)


@dataclass(frozen=True, slots=True)
class DatedDoc:
    id: str
    text: str
    year: int
    lang: str | None


def _folder(path: Path, lang: str) -> Iterator[DatedDoc]:
    with open(path / "metadata.csv", encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            year = rec.get("year") or (rec.get("date") or "")[:4]
            file = path / rec["file"]
            if year and file.exists():
                yield DatedDoc(rec["file"], file.read_text(encoding="utf-8"), int(year), lang)


def _hipe(path: Path) -> Iterator[DatedDoc]:
    doc_id, date, lang = "", "", None
    parts: list[str] = []

    def flush() -> Iterator[DatedDoc]:
        if doc_id and date[:4].isdigit() and parts:
            yield DatedDoc(doc_id, "".join(parts).strip(), int(date[:4]), lang)

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            key, _, val = line[1:].partition("=")
            key, val = key.strip().split(":")[-1], val.strip()
            if key == "document_id":
                yield from flush()
                doc_id, parts = val, []
            elif key == "date":
                date = val
            elif key == "language":
                lang = val
            continue
        cols = line.split("\t")
        if len(cols) < 2 or cols[0] == "TOKEN":
            continue
        misc = cols[-1]
        sep = "" if "NoSpaceAfter" in misc else " "
        parts.append(cols[0] + ("\n" if "EndOfLine" in misc else sep))
    yield from flush()


def _bln600(path: Path) -> Iterator[DatedDoc]:
    docs: dict[str, list[str]] = {}
    years: dict[str, int] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            sid = rec["Sample ID"]
            docs.setdefault(sid, []).append(rec["OCR Text"])
            years[sid] = int(rec["Date"][:4])
    for sid, sentences in docs.items():
        yield DatedDoc(sid, "\n".join(sentences), years[sid], "en")


def _icdar(path: Path) -> Iterator[DatedDoc]:
    with open(path / "eval_metadata.csv", encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f, delimiter=";"):
            rel = rec["File"].replace("\\", "/")
            file = path / rel
            if not rel.startswith("eng_") or not file.exists() or not rec["Date"][:4].isdigit():
                continue
            first = file.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
            yield DatedDoc(rel, first.removeprefix("[OCR_toInput] "), int(rec["Date"][:4]), "en")


def _overproof(path: Path) -> Iterator[DatedDoc]:
    doc_id, year = "", 0
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("*$*OVERPROOF*$*"):
            if doc_id and lines:
                yield DatedDoc(doc_id, "\n".join(lines), year, "en")
            f = line.split()
            doc_id, year, lines = f[1], int(f[f.index("year") + 1]), []
        else:
            lines.append(line.split("||@@||")[0])
    if doc_id and lines:
        yield DatedDoc(doc_id, "\n".join(lines), year, "en")


def dated_sets(root: Path) -> dict[str, tuple[str, Iterator[DatedDoc]]]:
    """Every dated set found under ``root``: name -> (period, documents)."""
    d, ner, ocr = root / "dating", root / "ner", root / "ocr"
    cands: list[tuple[str, str, Path, Iterator[DatedDoc]]] = [
        ("sotu", "20c speech", d / "sotu", _folder(d / "sotu", "en")),
        ("ungd_dev", "20c speech", d / "ungd_dev", _folder(d / "ungd_dev", "en")),
        ("fr_newspapers", "20c news", d / "fr_newspapers", _folder(d / "fr_newspapers", "fr")),
        ("de_newspapers", "20c news", d / "de_newspapers", _folder(d / "de_newspapers", "de")),
    ]
    hipe = ner / "hipe2020_en" / "HIPE-data-v1.4-dev-en.tsv"
    cands.append(("hipe2020_en_dev", "18-20c news", hipe, _hipe(hipe)))
    topres = ner / "hipe2022_en" / "HIPE-2022-v2.1-topres19th-test-en.tsv"
    cands.append(("topres19th_test", "19c news", topres, _hipe(topres)))
    bln = ocr / "bln600" / "data_test.csv"
    cands.append(("bln600_test", "19c news", bln, _bln600(bln)))
    icdar = ocr / "icdar2017_en" / "ICDAR2017_datasetPostOCR_Evaluation_2M_v1.2"
    cands.append(("icdar2017_en", "19c books", icdar, _icdar(icdar)))
    op = ocr / "overproof" / "dataset2" / "rawTextAndHumanCorrectionAndOverproofCorrectionTriples"
    op = op / "allArticles.txt"
    cands.append(("overproof2", "19c news", op, _overproof(op)))
    return {name: (period, it) for name, period, p, it in cands if p.exists()}


def in_split(doc_id: str, split: str) -> bool:
    if split == "all":
        return True
    half = zlib.crc32(doc_id.encode()) % 2
    return half == (0 if split == "calib" else 1)


def as_ingest(text: str, lang: str | None) -> str:
    """The text as ingest dates it: cleaned (noise lines, hyphens) and OCR-corrected."""
    from palimpsest.text.correct import clean_and_correct

    return clean_and_correct(text, lang).text


def evaluate(
    docs: list[DatedDoc], model: object = "default", prior: tuple[float, float] | None = None,
    prepare: Callable[[str, str | None], str] | None = None,
) -> dict[str, float]:
    from palimpsest.enrich.chronology import Chronology
    from palimpsest.enrich.dating import infer_date

    chron = Chronology.load()
    texts = [prepare(d.text, d.lang) if prepare else d.text for d in docs]
    errs, hits, widths, printed = [], 0, [], 0
    half_hits, half_widths = 0, []  # the central half ("likely"): in about half the time
    t0 = time.perf_counter()
    for doc, text in zip(docs, texts, strict=True):
        a = infer_date(text, doc.lang, chron, model=model, prior=prior)
        v = a.value
        errs.append(abs(v["best"] - doc.year))
        hits += v["earliest"] <= doc.year <= v["latest"]
        widths.append(v["latest"] - v["earliest"])
        lo, hi = v["likely"]
        half_hits += lo <= doc.year <= hi
        half_widths.append(hi - lo)
        printed += bool(v["printed"])
    elapsed = time.perf_counter() - t0
    med = statistics.median_low([d.year for d in docs])
    n = len(docs)
    chars = sum(len(d.text) for d in docs)
    return {
        "n": n,
        "mae": round(statistics.fmean(errs), 2),
        "coverage": round(hits / n, 3),
        "median_width": statistics.median(widths),
        "likely_coverage": round(half_hits / n, 3),
        "likely_width": statistics.median(half_widths),
        "baseline_mae": round(statistics.fmean(abs(d.year - med) for d in docs), 2),
        "median_year": med,
        "printed": printed,
        "ms_per_2000_chars": round(1000 * elapsed / max(chars / 2000, 1), 3),
    }


TRAIN_VOCAB = 12000  # words kept per language
TRAIN_CHUNK = 2500  # words per training chunk of a long text
TRAIN_MAX_CHUNKS = 12  # chunks per long text (novels would swamp the rest)


def training_docs(corpora: Path, root: Path) -> Iterator[DatedDoc]:
    """Dated text for the learned model, disjoint from every document evaluated here.

    The corpora (MANIFEST.tsv years); BLN600 *train*; HIPE topres19th *train*; HIPE-2020
    German *train* and the French v0.9 *train* release, minus any document that the
    newspaper dating sets took from them; and the *calib* halves of SOTU and UNGD (the
    evaluation reports their *test* halves).
    """
    for manifest in sorted(corpora.glob("*/*/MANIFEST.tsv")):
        lang = manifest.parent.parent.name
        with open(manifest, encoding="utf-8", newline="") as f:
            for rec in csv.DictReader(f, delimiter="\t"):
                year = rec.get("reference_year") or rec.get("year") or ""
                file = manifest.parent / rec["file"]
                if year[:4].isdigit() and file.exists():
                    words = file.read_text(encoding="utf-8", errors="replace").split()
                    step = max(TRAIN_CHUNK, len(words) // TRAIN_MAX_CHUNKS)
                    for k in range(0, len(words), step):
                        chunk = " ".join(words[k : k + TRAIN_CHUNK])
                        yield DatedDoc(f"{file.name}:{k}", chunk, int(year[:4]), lang)
    d, ner = root / "dating", root / "ner"
    used = set()
    for name in ("fr_newspapers", "de_newspapers"):
        if (d / name / "metadata.csv").exists():
            with open(d / name / "metadata.csv", encoding="utf-8", newline="") as f:
                used |= {rec.get("document_id", "") for rec in csv.DictReader(f)}
    sources = [
        ner / "hipe2022_en" / "HIPE-2022-v2.1-topres19th-train-en.tsv",
        ner
        / "hipe2022_fr_de"
        / "data"
        / "v2.1"
        / "hipe2020"
        / "de"
        / "HIPE-2022-v2.1-hipe2020-train-de.tsv",
        ner
        / "hipe2022_fr_de"
        / "substitutes"
        / "CLEF-HIPE-2020-training-v0.9"
        / "fr"
        / "HIPE-data-v0.9-train-fr.tsv",
    ]
    for src in sources:
        if src.exists():
            yield from (doc for doc in _hipe(src) if doc.id not in used)
    bln = root / "ocr" / "bln600" / "data_train.csv"
    if bln.exists():
        yield from _bln600(bln)
    for name in ("sotu", "ungd_dev"):
        if (d / name).exists():
            yield from (doc for doc in _folder(d / name, "en") if in_split(doc.id, "calib"))


def train_period_model(corpora: Path, root: Path, out: Path | None = None) -> Path:
    """Count words by decade per language and write ``data/period_model.npz``."""
    import numpy as np

    from palimpsest.enrich import clues, dating

    n_bins = (clues.NOW - dating.BIN0) // dating.BIN_YEARS + 1
    counts: dict[str, dict[str, np.ndarray]] = {}
    clean: dict[str, dict[str, int]] = {}  # words of proofread text: OCR junk is no feature
    for doc in training_docs(corpora, root):
        if doc.lang not in ("en", "fr", "de", "es"):
            continue
        b = min(max((doc.year - dating.BIN0) // dating.BIN_YEARS, 0), n_bins - 1)
        table = counts.setdefault(doc.lang, {})
        proofread = ":" in doc.id or doc.id.endswith(".txt")  # corpora chunks, speeches
        seen = clean.setdefault(doc.lang, {})
        for w in dating.words_of(doc.text):
            if not w.isalpha():
                continue
            if proofread:
                seen[w] = seen.get(w, 0) + 1
            row = table.get(w)
            if row is None:
                row = table[w] = np.zeros(n_bins, dtype=np.float64)
            row[b] += 1
    arrays: dict[str, np.ndarray] = {"langs": np.array(" ".join(sorted(counts)))}
    for lang, table in counts.items():
        ok = clean.get(lang, {})
        words = sorted((w for w in table if ok.get(w, 0) >= 3), key=lambda w: -table[w].sum())[
            :TRAIN_VOCAB
        ]
        m = np.stack([table[w] for w in words])
        per_bin = m.sum(axis=0)
        covered = per_bin >= 8000
        background = m.sum(axis=1) / m.sum()
        prior = 2000.0
        logp = np.log((m + prior * background[:, None]) / (per_bin + prior)[None, :])
        arrays[f"{lang}_vocab"] = np.array("\n".join(words))
        arrays[f"{lang}_logp"] = logp.astype(np.float16)
        arrays[f"{lang}_covered"] = covered
        print(
            f"{lang}: {len(words)} words, decades covered "
            f"{[dating.BIN0 + 10 * i for i in np.flatnonzero(covered)]}",
            file=sys.stderr,
        )
    out = out or dating.model_path()
    np.savez_compressed(out, **arrays)  # type: ignore[arg-type]
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="palimpsest eval dating", description=__doc__.split("\n")[0])
    p.add_argument("path", type=Path, help="the shared eval folder (../shared/eval)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--split",
        choices=("all", "calib", "test"),
        default="test",
        help="which half of each set (default: test, never used for tuning)",
    )
    p.add_argument("--sets", default="", help="comma-separated set names (default: all found)")
    p.add_argument("--no-model", action="store_true", help="leave the learned model out")
    p.add_argument("--collection-prior", action="store_true",
                   help="give each test half the years of its calib half as the collection's "
                        "known dates (as an archive's dated documents would)")
    p.add_argument("--clean", action="store_true",
                   help="clean and correct each text first, as ingest does before dating")
    p.add_argument(
        "--train-model",
        type=Path,
        metavar="CORPORA",
        help="build data/period_model.npz from CORPORA (../shared/corpora) instead",
    )
    args = p.parse_args(argv)
    if args.train_model:
        out = train_period_model(args.train_model, args.path)
        print(f"wrote {out}")
        return 0
    if not args.path.is_dir():
        print(f"no such folder: {args.path}", file=sys.stderr)
        return 1
    wanted = {s for s in args.sets.split(",") if s}
    results: dict[str, dict[str, float | str]] = {}
    for name, (period, it) in dated_sets(args.path).items():
        if wanted and name not in wanted:
            continue
        all_docs = [d for d in it if d.text.strip()]
        docs = [d for d in all_docs if in_split(d.id, args.split)]
        prior = None
        if args.collection_prior:
            from palimpsest.enrich.dating import collection_prior

            other = "calib" if args.split == "test" else "test"
            prior = collection_prior(d.year for d in all_docs if in_split(d.id, other))
        if docs:
            r: dict[str, float | str] = {"period": period}
            prepare = as_ingest if args.clean else None
            r.update(evaluate(docs, None if args.no_model else "default", prior, prepare))
            results[name] = r
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    cols = ("n", "mae", "baseline_mae", "coverage", "median_width", "likely_coverage",
            "likely_width", "printed", "ms_per_2000_chars")
    print(f"{'set':<17}{'period':<13}" + "".join(f"{c:>18}" for c in cols))
    for name, r in results.items():
        print(f"{name:<17}{r['period']!s:<13}" + "".join(f"{r[c]!s:>18}" for c in cols))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
