"""Reader of the rendered OCR sets that :mod:`palimpsest.eval.rendered_ocr` writes."""

from __future__ import annotations

import json
from pathlib import Path

from palimpsest.eval.ocr_sets.common import OcrPair, OcrSet, OcrSetError, _head

__all__ = ["read_rendered"]

_FORMAT = '"format": "palimpsest-rendered-ocr/'


def _is_rendered_file(path: Path) -> bool:
    return path.suffix == ".jsonl" and _FORMAT in _head(path, 65536).split("\n", 1)[0]


def read_rendered(path: Path) -> OcrSet:
    """One set per file (``rendered/<lang>``): a pair per document, its truth as printed,
    its words' confidences; read by Tesseract (the generator's only engine)."""
    pairs: list[OcrPair] = []
    langs: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            conf = {int(k): float(v) for k, v in rec.get("conf", {}).items()}
            pair = OcrPair(str(rec["id"]), rec["ocr"], rec["truth"], None, rec["lang"],
                           str(rec["id"]), conf or None)
        except (ValueError, KeyError, TypeError) as e:
            raise OcrSetError(f"{path}:{n}: not a rendered document record ({e})") from e
        pairs.append(pair)
        langs.add(pair.lang)
    if len(langs) != 1:
        raise OcrSetError(f"{path}: a rendered set holds one language, found {sorted(langs)}")
    lang = langs.pop()
    return OcrSet(f"rendered/{lang}", lang, pairs, engine="tesseract")
