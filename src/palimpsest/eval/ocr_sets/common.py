"""What every OCR evaluation reader shares: the pair and set types, the error, and small
file helpers (format sniffing, stable walking, years from dates)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["OcrPair", "OcrSet", "OcrSetError"]


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
    word_conf: dict[int, float] | None = None  # an OCR word's start in ``ocr`` -> confidence


@dataclass
class OcrSet:
    """A named evaluation set.

    ``reference_outputs`` maps a published system's name to its corrected text for each
    pair, in the order of ``pairs``. ``engine``: the OCR engine that read the set
    (:func:`palimpsest.text.correct.ocr_engine`), when the corrector has a channel of
    its; ``""`` for the published sets, whose engines it has none for.
    """

    name: str
    lang: str
    pairs: list[OcrPair]
    reference_outputs: dict[str, list[str]] = field(default_factory=dict)
    engine: str = ""  # the OCR engine that read it, when it has a channel of its own


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
