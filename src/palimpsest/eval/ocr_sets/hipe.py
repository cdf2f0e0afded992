"""HIPE-OCRepair 2026 reader (JSON Lines test sets, ``system_outputs/`` as reference outputs)
and the shared task's cMER text normalisation."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from typing import Any

from palimpsest.eval.ocr_sets.common import (
    OcrPair,
    OcrSet,
    OcrSetError,
    _require,
    _walk_files,
    _year,
)

__all__ = ["hipe_normalise", "read_hipe_ocrepair"]

_HIPE_TEST = re.compile(r"^(?P<bench>.+?_v[\d.]+)_(?P<ds>.+)_test_(?P<lang>[a-z]{2,3})$")
_HIPE_SYSTEM = re.compile(
    r"^(?P<team>[A-Za-z0-9-]+)_(?P<bench>.+?_v[\d.]+)_(?P<ds>.+)_masked-test_"
    r"(?P<lang>[a-z]{2,3})_run(?P<run>\d+)$"
)
_HIPE_ICDAR_DOC = re.compile(r"__([A-Za-z]+_[A-Za-z]+-\d+)__chunk_")


def _first_record(path: Path) -> dict[str, Any] | None:
    try:
        with path.open(encoding="utf-8-sig") as f:
            line = f.readline()
        record = json.loads(line)
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _is_hipe_test_file(path: Path) -> bool:
    if path.suffix != ".jsonl" or path.parent.name == "system_outputs":
        return False
    if _HIPE_SYSTEM.match(path.stem):
        return False
    rec = _first_record(path)
    return rec is not None and "ground_truth" in rec and "ocr_hypothesis" in rec


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8-sig") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                raise OcrSetError(f"{path}:{n}: not JSON ({e})") from e
            if not isinstance(rec, dict):
                raise OcrSetError(f"{path}:{n}: not a JSON object")
            records.append(rec)
    return records


def _unit(rec: dict[str, Any], key: str) -> str | None:
    part = rec.get(key)
    if not isinstance(part, dict):
        return None
    text = part.get("transcription_unit")
    return text if isinstance(text, str) else None


def _hipe_group(meta: dict[str, Any], doc_id: str) -> str:
    """The document a unit comes from: the ICDAR file, the newspaper page, the book."""
    m = _HIPE_ICDAR_DOC.search(str(meta.get("primary_dataset_filename", "")))
    if m:
        return m.group(1)
    title = meta.get("publication_title")
    return title if isinstance(title, str) and title else doc_id


def _hipe_system_outputs(test: Path, ids: list[str]) -> dict[str, list[str]]:
    m = _HIPE_TEST.match(test.stem)
    folder = test.parent / "system_outputs"
    if not m or not folder.is_dir():
        return {}
    refs: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        s = _HIPE_SYSTEM.match(path.stem)
        if not s or (s["bench"], s["ds"], s["lang"]) != (m["bench"], m["ds"], m["lang"]):
            continue
        by_id: dict[str, str] = {}
        for rec in _read_jsonl(path):
            doc_id = (rec.get("document_metadata") or {}).get("document_id")
            text = _unit(rec, "ocr_postcorrection_output")
            if isinstance(doc_id, str) and text is not None:
                by_id[doc_id] = "" if text == "None" else text
        name = s["team"] if s["run"] == "1" else f"{s['team']}/run{s['run']}"
        missing = [i for i in ids if i not in by_id]
        if missing:
            # as the official scorer does: a missing output counts as an empty one
            warnings.warn(
                f"{path.name}: no output for {len(missing)} unit(s) "
                f"({', '.join(missing[:3])}{', ...' if len(missing) > 3 else ''}); "
                "scored as empty",
                stacklevel=3,
            )
        refs[name] = [by_id.get(i, "") for i in ids]
    return refs


def _hipe_set(path: Path) -> OcrSet:
    pairs: list[OcrPair] = []
    langs: list[str] = []
    datasets: list[str] = []
    for n, rec in enumerate(_read_jsonl(path), start=1):
        meta = rec.get("document_metadata")
        ocr, truth = _unit(rec, "ocr_hypothesis"), _unit(rec, "ground_truth")
        if not isinstance(meta, dict) or ocr is None or truth is None:
            raise OcrSetError(
                f"{path}:{n}: expected document_metadata, ocr_hypothesis.transcription_unit "
                "and ground_truth.transcription_unit"
            )
        doc_id = str(meta.get("document_id") or f"{path.stem}:{n}")
        lang = str(meta.get("language") or "")
        langs.append(lang)
        datasets.append(str(meta.get("primary_dataset_name") or ""))
        pairs.append(
            OcrPair(
                id=doc_id,
                ocr=ocr,
                truth=truth,
                year=_year(meta.get("date")),
                lang=lang,
                group=_hipe_group(meta, doc_id),
            )
        )
    m = _HIPE_TEST.match(path.stem)
    if m:
        name, lang = f"hipe-ocrepair/{m['ds']}/{m['lang']}", m["lang"]
    else:
        lang = max(set(langs), key=langs.count) if langs else ""
        ds = max(set(datasets), key=datasets.count) if datasets else path.stem
        name = f"hipe-ocrepair/{ds or path.stem}/{lang}"
    refs = _hipe_system_outputs(path, [p.id for p in pairs])
    return OcrSet(name=name, lang=lang, pairs=pairs, reference_outputs=refs)


def read_hipe_ocrepair(folder: str | Path) -> list[OcrSet]:
    """Read every HIPE-OCRepair test set under ``folder`` (or one test ``.jsonl``).

    One set per test file, one pair per transcription unit: ``ocr`` is
    ``ocr_hypothesis.transcription_unit``, ``truth`` is
    ``ground_truth.transcription_unit``, both raw (``¬\\n`` soft hyphens kept: see
    :func:`hipe_normalise`). ``id`` is the ``document_id``; ``group`` the source document
    (ICDAR file, newspaper page, book); ``year`` from ``date`` when there is one. The
    outputs in ``system_outputs/`` beside the file for the same benchmark, dataset and
    language become reference outputs, named by team (``team/runN`` beyond run 1) and
    matched by ``document_id``; as in the official scorer, a missing or ``"None"`` output
    is empty.
    """
    root = _require(Path(folder))
    tests = [p for p in _walk_files(root) if _is_hipe_test_file(p)]
    if not tests:
        raise OcrSetError(f"{root}: no HIPE-OCRepair test files (*.jsonl with ground_truth)")
    return [_hipe_set(p) for p in tests]


_HIPE_FOLDS = (
    ("ß", "ss"),
    ("ꝛ", "r"),
    ("œ", "oe"),
    ("æ", "ae"),
    ("a\u0364", "\u00e4"),  # a with combining small e above -> ä
    ("o\u0364", "\u00f6"),
    ("u\u0364", "\u00fc"),
    ("¬\n", ""),
)
_NON_WORD = re.compile(r"[^\w]")
_SPACES = re.compile(r"\s+")


def hipe_normalise(text: str) -> str:
    """HIPE-OCRepair 2026's normalisation before cMER (the scorer's ``norm``, step by step).

    Lowercase; fold ß→ss, ꝛ→r, œ→oe, æ→ae and a/o/u with a combining e above to ä/ö/ü;
    drop soft hyphens at line ends (``¬\\n``); every other non-word character
    (punctuation, symbols, and what is left of ``¬``) becomes a space, so does ``_``;
    whitespace runs collapse to one space; ends are stripped. Accents are kept.
    """
    text = text.lower()
    for old, new in _HIPE_FOLDS:
        text = text.replace(old, new)
    text = _NON_WORD.sub(" ", text)
    text = text.replace("_", " ")
    return _SPACES.sub(" ", text).strip()
