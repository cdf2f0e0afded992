"""Plain text, typically OCR output from elsewhere, in whatever encoding."""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import ClassVar

from charset_normalizer import CharsetMatch, from_bytes

from palimpsest.ingest.base import Extracted, IngestOptions, Ingestor, PageText
from palimpsest.ingest.errors import IngestError
from palimpsest.model import PAGE_SEPARATOR

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes as text, returning ``(text, encoding)``.

    A byte-order mark wins, then strict UTF-8 (most files), then the best guess
    of charset-normalizer. Text that still looks like binary is refused.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as e:
                raise IngestError("decode", f"invalid {name} text at byte {e.start}") from e
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = _best_guess(data)
    if best is None:
        raise IngestError("decode", "could not determine the text encoding")
    text = str(best)
    printable = sum(1 for c in text[:20000] if c.isprintable() or c in "\n\r\t\f")
    if printable < 0.9 * min(len(text), 20000):
        raise IngestError("decode", "content is not readable text in any known encoding")
    return text, best.encoding


# Single-byte encodings tie often on short text; the archive's languages favour these.
_PREFERRED = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "cp437"]


def _best_guess(data: bytes) -> CharsetMatch | None:
    """charset-normalizer's best match, ties broken towards Western encodings."""
    matches = list(from_bytes(data))
    if not matches:
        return None
    top = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= top + 0.01]
    for name in _PREFERRED:
        for m in close:
            if m.encoding == name:
                return m
    return max(close, key=lambda m: m.coherence)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


class TextIngestor(Ingestor):
    """Text files: one page per form feed; words are implied by the text."""

    family = "text"
    media_types: ClassVar[frozenset[str]] = frozenset({"text/plain"})

    def extract(self, path: Path, media_type: str, options: IngestOptions) -> Extracted:
        text, encoding = decode_text(path.read_bytes())
        pages = [PageText(p, "text") for p in normalise_newlines(text).split(PAGE_SEPARATOR)]
        if len(pages) > 1 and not pages[-1].text.strip():
            pages.pop()  # a trailing form feed ends the last page; it opens none
        return Extracted(pages, encoding=encoding)
