"""Overproof reader: ``OCR||@@||truth||@@||correction`` triples, one pair per article."""

from __future__ import annotations

import re
from pathlib import Path

from palimpsest.eval.ocr_sets.common import (
    OcrPair,
    OcrSet,
    OcrSetError,
    _head,
    _require,
    _walk_files,
    _year,
)

__all__ = ["read_overproof"]

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
