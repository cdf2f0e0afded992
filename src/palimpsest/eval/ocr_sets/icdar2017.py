"""ICDAR 2017 post-OCR reader: three-line character-aligned files, one set per folder."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from palimpsest.eval.ocr_sets.common import (
    OcrPair,
    OcrSet,
    OcrSetError,
    _head,
    _natural_key,
    _require,
    _walk_files,
    _year,
)

__all__ = ["read_icdar2017"]

_ICDAR_TAGS = ("[OCR_toInput] ", "[OCR_aligned] ", "[ GS_aligned] ")
_ICDAR_LANG = {"eng": "en", "en": "en", "fr": "fr", "fre": "fr", "fra": "fr"}
_NOT_HASH = re.compile(r"[^#]+")


def _is_icdar_file(path: Path) -> bool:
    return path.suffix.lower() == ".txt" and _head(path, 32).startswith(_ICDAR_TAGS[0])


def _read_icdar_file(path: Path) -> tuple[str, str, str]:
    """``(raw OCR, aligned OCR, aligned gold)`` of one ICDAR 2017 file."""
    text = path.read_text(encoding="utf-8-sig")
    lines = [line.rstrip("\r") for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    if len(lines) != 3 or any(
        not ln.startswith(t) for ln, t in zip(lines, _ICDAR_TAGS, strict=True)
    ):
        raise OcrSetError(
            f"{path}: expected 3 lines starting {', '.join(repr(t) for t in _ICDAR_TAGS)}"
        )
    raw, ocr, gold = (ln[len(t) :] for ln, t in zip(lines, _ICDAR_TAGS, strict=True))
    if len(ocr) != len(gold):
        raise OcrSetError(
            f"{path}: aligned OCR ({len(ocr)} chars) and gold ({len(gold)}) differ in length"
        )
    return raw, ocr, gold


def _icdar_stretches(ocr: str, gold: str) -> Iterator[tuple[str, str]]:
    """``(ocr, truth)`` for each maximal stretch where the gold has no ``#``, gaps removed.

    Stretches whose truth is only whitespace (a lone space between two ``#`` runs) are
    alignment debris and are left out.
    """
    for m in _NOT_HASH.finditer(gold):
        start, end = m.span()
        truth = gold[start:end].replace("@", "")
        if truth.strip():
            yield ocr[start:end].replace("@", ""), truth


def _icdar_years(type_dir: Path) -> dict[str, int | None]:
    """``{"<type dir>/<file name>": year}`` from the metadata CSV beside the type folder."""
    for name in ("eval_metadata.csv", "metadata.csv"):
        meta = type_dir.parent / name
        if meta.is_file():
            break
    else:
        return {}
    years: dict[str, int | None] = {}
    with meta.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            key = (row.get("File") or "").replace("\\", "/").strip()
            if key:
                years[key] = _year(row.get("Date"))
    return years


def _icdar_set(type_dir: Path, files: list[Path]) -> OcrSet:
    kind = type_dir.name
    lang = _ICDAR_LANG.get(kind.split("_", 1)[0], kind.split("_", 1)[0])
    years = _icdar_years(type_dir)
    pairs: list[OcrPair] = []
    for path in sorted(files, key=_natural_key):
        _, ocr, gold = _read_icdar_file(path)
        doc = f"{kind}/{path.stem}"
        year = years.get(f"{kind}/{path.name}")
        for k, (o, t) in enumerate(_icdar_stretches(ocr, gold), start=1):
            pairs.append(OcrPair(id=f"{doc}:{k}", ocr=o, truth=t, year=year, lang=lang, group=doc))
    return OcrSet(name=f"icdar2017/{kind}", lang=lang, pairs=pairs)


def read_icdar2017(folder: str | Path) -> list[OcrSet]:
    """Read every ICDAR 2017 folder (``eng_monograph``, ``eng_periodical``, ...) under
    ``folder`` (or ``folder`` itself, or one file): one set per folder.

    Each file gives one pair per stretch of aligned positions where the gold has no
    ``#`` (``ocr`` = aligned OCR there, ``truth`` = gold there, ``@`` gaps removed);
    ``group`` is ``<folder>/<file stem>``, ``year`` comes from ``eval_metadata.csv``.
    """
    root = _require(Path(folder))
    by_dir: dict[Path, list[Path]] = {}
    for path in _walk_files(root):
        if _is_icdar_file(path):
            by_dir.setdefault(path.parent, []).append(path)
    if not by_dir:
        raise OcrSetError(f"{root}: no ICDAR 2017 files ('{_ICDAR_TAGS[0].strip()} ...')")
    return [_icdar_set(d, files) for d, files in sorted(by_dir.items())]
