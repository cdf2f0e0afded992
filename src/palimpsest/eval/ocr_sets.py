"""Readers for OCR evaluation sets: aligned (OCR text, ground truth) pairs.

Four formats are understood (see ``../shared/README.md``, section ``eval/ocr``):

* **BLN600** (:func:`read_bln600`): ``data_<split>.csv`` with columns Sample ID, Date,
  Publication, OCR Text, Ground Truth, CER; one pair per sentence, grouped by article
  (the Sample ID). ``results_*.csv`` beside it (corrections of the test split by
  published systems) become reference outputs.
* **ICDAR 2017 post-OCR** (:func:`read_icdar2017`): one file per document, lines
  ``[OCR_toInput] raw``, ``[OCR_aligned] ...``, ``[ GS_aligned] ...``, character-aligned
  with ``@`` for gaps and ``#`` where there is no ground truth. One pair per stretch of
  aligned positions between ``#`` runs; one set per ``<lang>_<type>`` folder.
* **Overproof** (:func:`read_overproof`): ``*$*OVERPROOF*$* <id> year <YYYY> ...``
  header lines, then ``OCR||@@||ground truth||@@||Overproof correction`` per text line;
  one pair per article (lines joined with ``"\\n"``), because Overproof's corrections
  move text across line ends (it joins hyphenated words), so only whole articles align.
* **HIPE-OCRepair 2026** (:func:`read_hipe_ocrepair`): JSON Lines test sets, one pair
  per transcription unit; the files in ``system_outputs/`` that answer a test set become
  its reference outputs, matched by ``document_id``.

:func:`discover_sets` finds and reads every set under a path. :func:`hipe_normalise` is
the HIPE-OCRepair scorer's text normalisation (for cMER).

The data itself is not part of the project (licences): these readers only ever read it
from where it lies.
"""

from __future__ import annotations

import csv
import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "OcrPair",
    "OcrSet",
    "OcrSetError",
    "discover_sets",
    "hipe_normalise",
    "read_bln600",
    "read_hipe_ocrepair",
    "read_icdar2017",
    "read_overproof",
]


class OcrSetError(ValueError):
    """An evaluation file or folder is missing, malformed or not recognised."""


@dataclass
class OcrPair:
    """One aligned unit: what the OCR read, and what the page says.

    ``id`` is unique within its set; ``group`` names the document (article, page, book,
    file) the unit belongs to, so that a search for a word can be checked against the
    document it should find.
    """

    id: str
    ocr: str
    truth: str
    year: int | None
    lang: str
    group: str


@dataclass
class OcrSet:
    """A named evaluation set.

    ``reference_outputs`` maps a published system's name to its corrected text for each
    pair, in the order of ``pairs``.
    """

    name: str
    lang: str
    pairs: list[OcrPair]
    reference_outputs: dict[str, list[str]] = field(default_factory=dict)


# --------------------------------------------------------------------------- helpers

_YEAR = re.compile(r"^\s*(\d{4})")


def _year(text: str | None) -> int | None:
    """The year a date string starts with (``1882-05-27`` -> 1882), else None."""
    if not text:
        return None
    m = _YEAR.match(text)
    return int(m.group(1)) if m else None


def _head(path: Path, n: int = 256) -> str:
    """The first ``n`` bytes of a file as text (for recognising its format)."""
    try:
        with path.open("rb") as f:
            data = f.read(n)
    except OSError:
        return ""
    return data.decode("utf-8-sig", errors="replace")


def _natural_key(path: Path) -> tuple[int, int | str]:
    """Sort ``2.txt`` before ``10.txt``; names that are not numbers after them."""
    return (0, int(path.stem)) if path.stem.isdigit() else (1, path.name)


def _walk_files(root: Path) -> Iterator[Path]:
    """Every file under ``root`` (itself, if it is a file), in a stable order."""
    if root.is_file():
        yield root
        return
    for p in sorted(root.rglob("*")):
        if p.is_file():
            yield p


def _require(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"no such file or folder: {path}")
    return path


# --------------------------------------------------------------------------- BLN600

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


# --------------------------------------------------------------------------- ICDAR 2017

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


# --------------------------------------------------------------------------- Overproof

_OP_HEADER = "*$*OVERPROOF*$*"
_OP_SEP = "||@@||"


def _is_overproof_file(path: Path) -> bool:
    return _head(path, 32).startswith(_OP_HEADER)


def _overproof_articles(path: Path) -> list[tuple[str, int | None, list[list[str]]]]:
    """``(article id, year, [[ocr, truth(, correction)], ...])`` per article of one file."""
    articles: list[tuple[str, int | None, list[list[str]]]] = []
    text = path.read_text(encoding="utf-8-sig")
    for n, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if line.startswith(_OP_HEADER):
            words = line[len(_OP_HEADER) :].split()
            if not words:
                raise OcrSetError(f"{path}:{n}: header without an article id")
            year = None
            if "year" in words[:-1]:
                year = _year(words[words.index("year") + 1])
            articles.append((words[0], year, []))
        elif line:
            if not articles:
                raise OcrSetError(f"{path}:{n}: text before the first {_OP_HEADER} header")
            fields = line.split(_OP_SEP)
            if len(fields) not in (2, 3):
                raise OcrSetError(
                    f"{path}:{n}: expected 'OCR{_OP_SEP}truth[{_OP_SEP}correction]', "
                    f"got {len(fields)} fields"
                )
            articles[-1][2].append(fields)
    return articles


def _overproof_name(path: Path) -> str:
    for part in reversed(path.parent.parts):
        if re.fullmatch(r"dataset\d+", part, flags=re.IGNORECASE):
            return f"overproof/{part.lower()}"
    return f"overproof/{path.stem}"


def _overproof_set(files: list[Path]) -> OcrSet:
    pairs: list[OcrPair] = []
    corrections: list[str] = []
    complete = True
    seen: dict[str, int] = {}
    for path in files:
        for art_id, year, lines in _overproof_articles(path):
            seen[art_id] = seen.get(art_id, 0) + 1
            pid = art_id if seen[art_id] == 1 else f"{art_id}#{seen[art_id]}"
            pairs.append(
                OcrPair(
                    id=pid,
                    ocr="\n".join(f[0] for f in lines),
                    truth="\n".join(f[1] for f in lines),
                    year=year,
                    lang="en",
                    group=art_id,
                )
            )
            complete = complete and all(len(f) == 3 for f in lines)
            corrections.append("\n".join(f[2] if len(f) == 3 else "" for f in lines))
    refs = {"overproof": corrections} if complete and pairs else {}
    return OcrSet(name=_overproof_name(files[0]), lang="en", pairs=pairs, reference_outputs=refs)


def read_overproof(folder: str | Path) -> OcrSet:
    """Read an Overproof evaluation set (a folder holding its text file(s), or the file).

    One pair per article: the OCR lines and the human lines, each joined with ``"\\n"``
    (Overproof's corrections move text across line ends, so lines do not align one to
    one). ``id`` and ``group`` are the article id, ``year`` comes from the header. When
    every line has the third column, it becomes the reference output ``"overproof"``.
    """
    root = _require(Path(folder))
    files = [p for p in _walk_files(root) if _is_overproof_file(p)]
    if not files:
        raise OcrSetError(f"{root}: no Overproof files (lines starting '{_OP_HEADER}')")
    if len({p.parent for p in files}) > 1:
        raise OcrSetError(
            f"{root}: Overproof files in several folders "
            f"({', '.join(sorted({str(p.parent) for p in files}))}); read each folder"
        )
    return _overproof_set(files)


# --------------------------------------------------------------------------- HIPE-OCRepair

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


# --------------------------------------------------------------------------- discovery


def _bln_split(path: Path) -> str | None:
    if path.suffix.lower() != ".csv" or not path.stem.startswith("data_"):
        return None
    return path.stem.removeprefix("data_") if _is_bln_csv(path) else None


def discover_sets(path: str | Path, *, include_train: bool = False) -> list[OcrSet]:
    """Find and read every OCR evaluation set under ``path`` (a folder, or one file).

    Recognised: BLN600 ``data_<split>.csv`` (its ``train`` split only with
    ``include_train=True``: the published correctors were trained on it), ICDAR 2017
    folders, Overproof files, HIPE-OCRepair test ``.jsonl`` files (their
    ``system_outputs/`` are read as reference outputs, not as sets). Other files
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
        elif p.stem.startswith("results_") or _HIPE_SYSTEM.match(p.stem):
            outputs_only.append(p)
    sets: list[OcrSet] = []
    for folder, splits in sorted(bln.items()):
        sets.extend(read_bln600(folder, s) for s in sorted(splits, key=lambda s: s != "test"))
    sets.extend(_icdar_set(d, files) for d, files in sorted(icdar.items()))
    sets.extend(_overproof_set(files) for _, files in sorted(overproof.items()))
    sets.extend(_hipe_set(p) for p in hipe)
    if not sets:
        hint = (
            f"; it holds system outputs ({outputs_only[0].name}, ...): give the folder "
            "that holds their test set"
            if outputs_only
            else ""
        )
        raise OcrSetError(
            f"{root}: no OCR evaluation set recognised (looked for BLN600 data_*.csv, "
            "ICDAR 2017 '[OCR_toInput]' files, Overproof '*$*OVERPROOF*$*' files and "
            f"HIPE-OCRepair test *.jsonl){hint}"
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
    if path.suffix == ".jsonl" and _HIPE_SYSTEM.match(path.stem):
        raise OcrSetError(
            f"{path}: a HIPE-OCRepair system output, not a test set; give the test .jsonl "
            "(its system_outputs/ folder is read with it)"
        )
    raise OcrSetError(
        f"{path}: not a recognised OCR evaluation file (BLN600 data_*.csv, ICDAR 2017 .txt, "
        "Overproof .txt, HIPE-OCRepair test .jsonl)"
    )
