"""Recognise a file's format family by its content, not its name."""

from __future__ import annotations

from dataclasses import dataclass

from palimpsest.ingest.errors import IngestError

SNIFF_BYTES = 8192

_MAGIC: list[tuple[bytes, int, str]] = [
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"BM", 0, "image/bmp"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", 0, "image/jp2"),
]

_ARCHIVE_MAGIC: list[tuple[bytes, str]] = [
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable program"),
]


@dataclass(frozen=True, slots=True)
class Detected:
    media_type: str
    family: str  # "text", "pdf" or "image"


def detect(head: bytes, size: int) -> Detected:
    """Name the format of a file from its first bytes (``head``) and size."""
    if size == 0:
        raise IngestError("detect", "empty file (0 bytes)")
    for magic, offset, media in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return Detected(media, "image")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Detected("image/webp", "image")
    if b"%PDF-" in head[:1024]:
        return Detected("application/pdf", "pdf")
    for magic, what in _ARCHIVE_MAGIC:
        if head.startswith(magic):
            raise IngestError("detect", f"unsupported format: {what}")
    if _looks_binary(head):
        raise IngestError("detect", "binary content: not text, PDF or a supported image")
    return Detected("text/plain", "text")


def _looks_binary(head: bytes) -> bool:
    """True for bytes no text encoding would produce (NULs, control codes).

    UTF-16/32 text has NULs but starts with a byte-order mark, which we honour.
    """
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.05
