"""PDFs: the text layer where it is usable, else the page rendered and OCR'd."""

from __future__ import annotations

import bisect
import ctypes
import itertools
import re
from pathlib import Path
from typing import ClassVar

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from palimpsest.ingest.base import Extracted, IngestOptions, Ingestor, PageText
from palimpsest.ingest.errors import IngestError
from palimpsest.ingest.image import PageReader, check_pixels
from palimpsest.model import Box, Word

_WORD = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# "+gaps": a blank line where the page leaves a gap between lines (see _paragraph_gaps)
TEXT_LAYER_METHOD = f"pdfium-text@{pdfium.PDFIUM_INFO.build}+gaps"
PARAGRAPH_GAP = 1.6  # a gap this many line pitches or more between two lines: a new block


def open_pdf(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise IngestError("decode", "encrypted PDF: a password is required") from e
        raise IngestError("decode", f"corrupt or unreadable PDF ({msg})") from e



def is_text_layer(method: str) -> bool:
    """Whether a page's text came from a PDF's own text layer (any pdfium build, any
    version of the reading), not from OCR."""
    return method.startswith("pdfium-text@")

class _CharBoxes:
    """A character's box (left, bottom, right, top) by pdfium's raw call.

    The helper method costs ~5 µs a call; a text page has thousands of words.
    """

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.raw = textpage.raw
        self.values = [ctypes.c_double() for _ in range(4)]
        self.refs = [ctypes.byref(v) for v in self.values]

    def __call__(self, index: int) -> tuple[float, float, float, float]:
        left, right, bottom, top = self.values
        pdfium_c.FPDFText_GetCharBox(self.raw, index, *self.refs)
        return left.value, bottom.value, right.value, top.value


def text_layer(page: pdfium.PdfPage, scale: float) -> PageText:
    """The page's own text with a box per word, in pixels at the OCR resolution."""
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
        # pdfium joins a word hyphenated at a line end and marks the break with \x02:
        # a soft hyphen keeps offsets aligned and cleaning removes it. Other controls
        # are noise.
        raw = _CONTROL.sub(" ", raw.replace("\x02", "\u00ad"))
        crlf = [m.start() for m in re.finditer("\r\n", raw)]
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        _, height_pt = page.get_size()
        n_chars = textpage.count_chars()
        box = _CharBoxes(textpage)
        words = []
        for m in _WORD.finditer(raw):
            shift_start = bisect.bisect_left(crlf, m.start())
            shift_end = bisect.bisect_left(crlf, m.end())
            word_box = None
            if m.end() - 1 < n_chars:
                left, bottom, _, top = box(m.start())
                _, bottom2, right, top2 = box(m.end() - 1)
                top, bottom = max(top, top2), min(bottom, bottom2)
                word_box = Box(
                    round(left * scale),
                    round((height_pt - top) * scale),
                    max(1, round((right - left) * scale)),
                    max(1, round((top - bottom) * scale)),
                )
            words.append(Word(m.group(), m.start() - shift_start, m.end() - shift_end, word_box))
    finally:
        textpage.close()
    text, words = _paragraph_gaps(text, words)
    return PageText(text, TEXT_LAYER_METHOD, words)


def _paragraph_gaps(text: str, words: list[Word]) -> tuple[str, list[Word]]:
    """The text with a blank line where the page leaves a gap between two lines.

    pdfium gives a page's lines one after the other, with nothing where the page left
    a space between paragraphs, a heading and its text, or an address and a salutation;
    OCR marks those with a blank line, and cleaning and the reading of the page's head
    rely on it. A gap of :data:`PARAGRAPH_GAP` times the page's usual line pitch or more
    (between lines going down the page) gets one."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    tops: dict[int, int] = {}  # line → the top of its first word
    for w in words:
        if w.box is not None:
            tops.setdefault(bisect.bisect_right(starts, w.start) - 1, w.box.y)
    lines = sorted(tops)
    steps = [tops[b] - tops[a] for a, b in itertools.pairwise(lines) if b == a + 1]
    pitches = sorted(d for d in steps if d > 0)
    if len(pitches) < 2:
        return text, words
    pitch = pitches[len(pitches) // 4]  # the lower quartile: a page may be mostly gaps
    breaks = [b for a, b in itertools.pairwise(lines)
              if b == a + 1 and tops[b] - tops[a] >= PARAGRAPH_GAP * pitch]
    if not breaks:
        return text, words
    cuts = [starts[b] for b in breaks]
    out, prev = [], 0
    for c in cuts:
        out += [text[prev:c], "\n"]
        prev = c
    out.append(text[prev:])
    k, first = 0, bisect.bisect_left([w.start for w in words], cuts[0])
    moved = words[:first]
    for w in words[first:]:  # Word(...) over dataclasses.replace: a page has ~300 words
        while k < len(cuts) and cuts[k] <= w.start:
            k += 1
        moved.append(Word(w.text, w.start + k, w.end + k, w.box, w.conf, w.line))
    return "".join(out), moved


class PdfIngestor(Ingestor):
    family = "pdf"
    media_types: ClassVar[frozenset[str]] = frozenset({"application/pdf"})

    def extract(self, path: Path, media_type: str, options: IngestOptions) -> Extracted:
        pdf = open_pdf(path)
        try:
            n = len(pdf)
            if n == 0:
                raise IngestError("decode", "PDF has no pages")
            if n > options.max_pages:
                raise IngestError("decode", f"{n} pages, over the limit of {options.max_pages}")
            scale = options.dpi / 72
            pages = []
            read = PageReader(options)
            for i in range(n):
                try:
                    page = pdf[i]
                    width_pt, height_pt = page.get_size()
                    width, height = round(width_pt * scale), round(height_pt * scale)
                    layer = text_layer(page, scale)
                    if len(_LETTER.findall(layer.text)) >= options.min_text_layer_chars:
                        layer.width, layer.height = width, height
                        pages.append(layer)
                        continue
                    check_pixels(width, height, options)
                    image = page.render(scale=scale, grayscale=True).to_pil()
                except pdfium.PdfiumError as e:
                    raise IngestError("decode", f"page {i + 1} unreadable ({e})") from e
                pages.append(read(image))
            return Extracted(pages)
        finally:
            pdf.close()
