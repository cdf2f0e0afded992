"""Shared fixtures: fresh archives and page images rendered on the spot."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from palimpsest.archive import Archive
from palimpsest.ingest.base import IngestOptions
from palimpsest.model import Document, Page
from palimpsest.store.base import SourceRecord

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def render_text(text: str, size: int = 34, width: int = 1400) -> Image.Image:
    """A clean grayscale page image of ``text`` (one line per input line)."""
    font = ImageFont.truetype(FONT, size)
    lines = text.split("\n")
    line_h = int(size * 1.5)
    img = Image.new("L", (width, 80 + line_h * len(lines)), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((60, 40 + i * line_h), line, font=font, fill=0)
    return img


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive") as arc:
        yield arc


@pytest.fixture
def options() -> IngestOptions:
    return IngestOptions()


def text_document(n: int, text: str) -> tuple[Document, SourceRecord]:
    """A one-page English text document numbered ``n``, and where it came from."""
    doc = Document(
        f"{n:064x}",
        f"/in/{n}.txt",
        "text/plain",
        len(text),
        text,
        [Page(1, 0, len(text), method="text")],
        language="en",
    )
    source = SourceRecord(doc.source_path, doc.source_path.encode(), len(text), 0, doc.sha256)
    return doc, source


def roles_values(original: str, lang: str) -> dict[str, object]:
    """What the roles reader says of ``original`` as ingest reads it: cleaned, with its
    line breaks (title, genre, issuer, addressee)."""
    from palimpsest.enrich.roles import describe, line_breaks
    from palimpsest.text.clean import clean

    ct = clean(original, lang).apply()
    return {a.kind: a.value for a in describe(ct.text, lang, line_breaks=line_breaks(ct))}
