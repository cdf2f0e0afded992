"""A minimal PDF writer: scanned-image pages and plain text-layer pages.

The sample needs both kinds of PDF an archive receives (a scan with no text,
and a born-digital file with a real text layer) without a PDF library. The
output follows ISO 32000-1: binary-marked header, one indirect object per
resource, a byte-exact cross-reference table and a trailer with an /ID, and
no timestamps, so equal input gives equal bytes.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from collections.abc import Sequence
from typing import Literal

from PIL import Image

A4_PT = (595.28, 841.89)
STANDARD_FONTS = ("Helvetica", "Times-Roman", "Courier")
PRODUCER = "palimpsest sample pdfwrite"


def pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsiEncoding (cp1252), escaped for any reader.

    Characters WinAnsi lacks become "?"; bytes outside printable ASCII are
    written as octal escapes so the file stays 7-bit clean.
    """
    out = bytearray(b"(")
    for byte in text.encode("cp1252", errors="replace"):
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif 32 <= byte < 127:
            out.append(byte)
        else:
            out += b"\\%03o" % byte
    out += b")"
    return bytes(out)


def _info_string(text: str) -> bytes:
    """A document-info text string: ASCII literal, else UTF-16BE hex with a BOM."""
    if text.isascii():
        return pdf_string(text)
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


class _Writer:
    """Collects numbered objects, then serialises them with an exact xref table."""

    def __init__(self) -> None:
        self.objects: list[bytes] = []

    def reserve(self) -> int:
        self.objects.append(b"")
        return len(self.objects)

    def set(self, num: int, body: bytes) -> None:
        self.objects[num - 1] = body

    def add(self, body: bytes) -> int:
        num = self.reserve()
        self.set(num, body)
        return num

    def stream(self, entries: bytes, data: bytes) -> int:
        head = b"<< " + entries + b" /Length %d >>\nstream\n" % len(data)
        return self.add(head + data + b"\nendstream")

    def finish(self, root: int, info: int) -> bytes:
        buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for num, body in enumerate(self.objects, 1):
            offsets.append(len(buf))
            buf += b"%d 0 obj\n" % num + body + b"\nendobj\n"
        xref = len(buf)
        buf += b"xref\n0 %d\n" % (len(self.objects) + 1)
        buf += b"0000000000 65535 f\r\n"
        for off in offsets:
            buf += b"%010d 00000 n\r\n" % off
        doc_id = hashlib.md5(bytes(buf), usedforsecurity=False).hexdigest().encode()
        buf += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
                % (len(self.objects) + 1, root, info, doc_id, doc_id))
        buf += b"startxref\n%d\n%%%%EOF\n" % xref
        return bytes(buf)


def _document(w: _Writer, pages_num: int, page_nums: Sequence[int], title: str | None) -> bytes:
    kids = b" ".join(b"%d 0 R" % n for n in page_nums)
    w.set(pages_num, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_nums)))
    root = w.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_num)
    info = b"<< /Producer %s" % _info_string(PRODUCER)
    if title:
        info += b" /Title %s" % _info_string(title)
    return w.finish(root, w.add(info + b" >>"))


def _fmt(x: float) -> bytes:
    """A PDF real with at most two decimals and no exponent."""
    return (b"%.2f" % x).rstrip(b"0").rstrip(b".") or b"0"


def image_pdf(
    images: Sequence[Image.Image],
    dpi: float = 300,
    *,
    compression: Literal["jpeg", "flate"] = "jpeg",
    jpeg_quality: int = 75,
    title: str | None = None,
) -> bytes:
    """A PDF whose pages are just these images, like a scanner's output.

    Each page is sized so the image prints at ``dpi`` (an image's own
    ``info["dpi"]`` wins). Grayscale stays DeviceGray; anything else is RGB.
    ``jpeg`` embeds DCT data (small, lossy); ``flate`` embeds raw pixels.
    """
    if not images:
        raise ValueError("image_pdf needs at least one image")
    w = _Writer()
    pages_num = w.reserve()
    page_nums = []
    for img in images:
        img_dpi = float(img.info.get("dpi", (dpi, dpi))[0]) or dpi
        if img.mode in ("L", "RGB"):
            px = img
        else:
            px = img.convert("L" if img.mode in ("1", "LA", "I", "I;16", "F") else "RGB")
        space = b"/DeviceGray" if px.mode == "L" else b"/DeviceRGB"
        if compression == "jpeg":
            buf = io.BytesIO()
            px.save(buf, "JPEG", quality=jpeg_quality)
            data, filt = buf.getvalue(), b"/DCTDecode"
        else:
            data, filt = zlib.compress(px.tobytes(), 6), b"/FlateDecode"
        xobj = w.stream(
            b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
            b"/BitsPerComponent 8 /Filter %s" % (px.width, px.height, space, filt), data)
        wpt, hpt = px.width * 72 / img_dpi, px.height * 72 / img_dpi
        content = b"q %s 0 0 %s 0 0 cm /Im0 Do Q" % (_fmt(wpt), _fmt(hpt))
        cnum = w.stream(b"", content)
        page_nums.append(w.add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources "
            b"<< /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
            % (pages_num, _fmt(wpt), _fmt(hpt), xobj, cnum)))
    return _document(w, pages_num, page_nums, title)


def text_pdf(
    pages: Sequence[str],
    font_size: float = 11,
    *,
    font: str = "Times-Roman",
    leading: float | None = None,
    margin_pt: float = 72,
    page_size: tuple[float, float] = A4_PT,
    title: str | None = None,
) -> bytes:
    """A PDF with a real text layer: one page per string, one ``Tj`` per line.

    Uses a standard Type1 font (no embedding) in WinAnsiEncoding, so Latin-1
    letters (é ñ ü ß) and cp1252 quotes extract correctly. Lines are placed
    as given, not wrapped; a page with more lines than fit raises
    ``ValueError`` rather than drawing text off the page.
    """
    if font not in STANDARD_FONTS:
        raise ValueError(f"font must be one of {STANDARD_FONTS}, got {font!r}")
    if not pages:
        raise ValueError("text_pdf needs at least one page")
    lead = leading or font_size * 1.3
    width, height = page_size
    capacity = int((height - 2 * margin_pt - font_size) // lead) + 1
    w = _Writer()
    pages_num = w.reserve()
    font_num = w.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
                     % font.encode())
    page_nums = []
    for n, text in enumerate(pages, 1):
        lines = text.split("\n")
        if len(lines) > capacity:
            raise ValueError(f"page {n} has {len(lines)} lines; at most {capacity} fit")
        ops = [b"BT", b"/F1 %s Tf" % _fmt(font_size)]
        for i, line in enumerate(lines):
            if line.strip():
                y = height - margin_pt - font_size - i * lead
                ops.append(b"1 0 0 1 %s %s Tm %s Tj" % (_fmt(margin_pt), _fmt(y),
                                                        pdf_string(line)))
        ops.append(b"ET")
        cnum = w.stream(b"/Filter /FlateDecode", zlib.compress(b"\n".join(ops), 6))
        page_nums.append(w.add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources "
            b"<< /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
            % (pages_num, _fmt(width), _fmt(height), font_num, cnum)))
    return _document(w, pages_num, page_nums, title)
