"""BLN600 reader: ``data_<split>.csv`` sentence pairs, ``results_*.csv`` as reference outputs."""

from __future__ import annotations

import csv
from pathlib import Path

from palimpsest.eval.ocr_sets.common import OcrPair, OcrSet, OcrSetError, _head, _require, _year

__all__ = ["read_bln600"]

_BLN_COLUMNS = ("Sample ID", "Date", "Publication", "OCR Text", "Ground Truth")


def _is_bln_csv(path: Path) -> bool:
    head = _head(path).splitlines()
    return bool(head) and head[0].startswith(",".join(_BLN_COLUMNS))


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in _BLN_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise OcrSetError(f"{path}: not a BLN600 CSV (missing columns {missing})")
        return list(reader)


def read_bln600(folder: str | Path, split: str = "test") -> OcrSet:
    """Read BLN600's ``data_<split>.csv`` from ``folder``: one pair per sentence.

    ``group`` is the article (Sample ID), ``id`` is ``<Sample ID>-<n>`` (n-th sentence of
    the article, from 1), ``year`` comes from Date. Every ``results_<system>.csv`` in the
    folder whose rows line up with this split (same Sample IDs, OCR and ground truth, in
    order) gives reference outputs under ``<system>`` (its "Model Correction" column);
    the published ones correct the test split.
    """
    folder = _require(Path(folder))
    path = folder / f"data_{split}.csv"
    if not path.is_file():
        raise OcrSetError(f"{folder}: no data_{split}.csv (not a BLN600 folder?)")
    rows = _read_csv(path)
    pairs: list[OcrPair] = []
    counts: dict[str, int] = {}
    for row in rows:
        article = row["Sample ID"].strip()
        counts[article] = counts.get(article, 0) + 1
        pairs.append(
            OcrPair(
                id=f"{article}-{counts[article]}",
                ocr=row["OCR Text"],
                truth=row["Ground Truth"],
                year=_year(row["Date"]),
                lang="en",
                group=article,
            )
        )
    refs: dict[str, list[str]] = {}
    for res in sorted(folder.glob("results_*.csv")):
        res_rows = _read_csv(res)
        if res_rows and "Model Correction" not in res_rows[0]:
            raise OcrSetError(f"{res}: no 'Model Correction' column")
        lines_up = len(res_rows) == len(rows) and all(
            a["Sample ID"] == b["Sample ID"]
            and a["OCR Text"] == b["OCR Text"]
            and a["Ground Truth"] == b["Ground Truth"]
            for a, b in zip(rows, res_rows, strict=True)
        )
        if lines_up:
            refs[res.stem.removeprefix("results_")] = [r["Model Correction"] for r in res_rows]
    return OcrSet(name=f"bln600/{split}", lang="en", pairs=pairs, reference_outputs=refs)


def _bln_split(path: Path) -> str | None:
    """The split of a BLN600 ``data_<split>.csv`` (``test``, ``train``, ...), else None."""
    if path.suffix.lower() != ".csv" or not path.stem.startswith("data_"):
        return None
    return path.stem.removeprefix("data_") if _is_bln_csv(path) else None
