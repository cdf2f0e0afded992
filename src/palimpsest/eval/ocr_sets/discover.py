"""Finding every OCR evaluation set under a path, whatever its format."""

from __future__ import annotations

from pathlib import Path

from palimpsest.eval.ocr_sets.bln600 import _bln_split, read_bln600
from palimpsest.eval.ocr_sets.common import OcrSet, OcrSetError, _require, _walk_files
from palimpsest.eval.ocr_sets.hipe import _HIPE_SYSTEM, _hipe_set, _is_hipe_test_file
from palimpsest.eval.ocr_sets.icdar2017 import _icdar_set, _is_icdar_file
from palimpsest.eval.ocr_sets.overproof import _is_overproof_file, _overproof_set
from palimpsest.eval.ocr_sets.rendered import _is_rendered_file, read_rendered

__all__ = ["discover_sets"]


def discover_sets(path: str | Path, *, include_train: bool = False) -> list[OcrSet]:
    """Find and read every OCR evaluation set under ``path`` (a folder, or one file).

    Recognised: BLN600 ``data_<split>.csv`` (its ``train`` split only with
    ``include_train=True``: the published correctors were trained on it), ICDAR 2017
    folders, Overproof files, HIPE-OCRepair test ``.jsonl`` files (their
    ``system_outputs/`` are read as reference outputs, not as sets), rendered sets
    (:mod:`palimpsest.eval.rendered_ocr`). Other files
    (READMEs, result tables, licences) are ignored in folders; given on their own, or
    when a folder holds nothing recognisable, they raise :class:`OcrSetError`.
    """
    root = _require(Path(path))
    if root.is_file():
        return _discover_file(root)
    bln: dict[Path, list[str]] = {}
    icdar: dict[Path, list[Path]] = {}
    overproof: dict[Path, list[Path]] = {}
    hipe: list[Path] = []
    rendered: list[Path] = []
    outputs_only: list[Path] = []  # system outputs seen without their test set
    for p in _walk_files(root):
        split = _bln_split(p)
        if split is not None:
            if include_train or split != "train":
                bln.setdefault(p.parent, []).append(split)
        elif _is_icdar_file(p):
            icdar.setdefault(p.parent, []).append(p)
        elif _is_overproof_file(p):
            overproof.setdefault(p.parent, []).append(p)
        elif _is_hipe_test_file(p):
            hipe.append(p)
        elif _is_rendered_file(p):
            rendered.append(p)
        elif p.stem.startswith("results_") or _HIPE_SYSTEM.match(p.stem):
            outputs_only.append(p)
    sets: list[OcrSet] = []
    for folder, splits in sorted(bln.items()):
        sets.extend(read_bln600(folder, s) for s in sorted(splits, key=lambda s: s != "test"))
    sets.extend(_icdar_set(d, files) for d, files in sorted(icdar.items()))
    sets.extend(_overproof_set(files) for _, files in sorted(overproof.items()))
    sets.extend(_hipe_set(p) for p in hipe)
    sets.extend(read_rendered(p) for p in rendered)
    if not sets:
        hint = (
            f"; it holds system outputs ({outputs_only[0].name}, ...): give the folder "
            "that holds their test set"
            if outputs_only
            else ""
        )
        raise OcrSetError(
            f"{root}: no OCR evaluation set recognised (looked for BLN600 data_*.csv, "
            "ICDAR 2017 '[OCR_toInput]' files, Overproof '*$*OVERPROOF*$*' files, "
            f"HIPE-OCRepair test *.jsonl and rendered-<lang>.jsonl sets){hint}"
        )
    return sets


def _discover_file(path: Path) -> list[OcrSet]:
    split = _bln_split(path)
    if split is not None:
        return [read_bln600(path.parent, split)]
    if path.suffix.lower() == ".csv" and path.stem.startswith("results_"):
        raise OcrSetError(
            f"{path}: a BLN600 results file (system outputs), not a set; "
            "give data_test.csv or its folder"
        )
    if _is_icdar_file(path):
        return [_icdar_set(path.parent, [path])]
    if _is_overproof_file(path):
        return [_overproof_set([path])]
    if _is_hipe_test_file(path):
        return [_hipe_set(path)]
    if _is_rendered_file(path):
        return [read_rendered(path)]
    if path.suffix == ".jsonl" and _HIPE_SYSTEM.match(path.stem):
        raise OcrSetError(
            f"{path}: a HIPE-OCRepair system output, not a test set; give the test .jsonl "
            "(its system_outputs/ folder is read with it)"
        )
    raise OcrSetError(
        f"{path}: not a recognised OCR evaluation file (BLN600 data_*.csv, ICDAR 2017 .txt, "
        "Overproof .txt, HIPE-OCRepair test .jsonl, rendered-<lang>.jsonl)"
    )
