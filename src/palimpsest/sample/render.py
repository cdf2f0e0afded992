"""Typeset plain text onto page images, keeping the exact ground truth.

OCR can only be measured against what was really printed, line by line and
with the hyphens the typesetter added; cleaning steps are measured against
the logical text (paragraphs, no line-end hyphens). Rendering our own pages
gives both for free, for any language, without shipping scans.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

from palimpsest.model import Box
from palimpsest.sample.texts import normalise_text

Align = Literal["justify", "left", "center", "right"]
Style = Literal["body", "masthead"]

FONT_ROOT = Path("/usr/share/fonts/truetype")
# name -> (folder, regular file, bold file, Debian package that ships them)
_LIB, _DJV = "fonts-liberation2", "fonts-dejavu-core"
FONTS: dict[str, tuple[str, str, str, str]] = {
    "serif": ("liberation2", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", _LIB),
    "sans": ("liberation2", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", _LIB),
    "mono": ("liberation2", "LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf", _LIB),
    "dejavu-serif": ("dejavu", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", _DJV),
    "dejavu-sans": ("dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", _DJV),
    "dejavu-serif-condensed": ("dejavu", "DejaVuSerifCondensed.ttf",
                               "DejaVuSerifCondensed-Bold.ttf", "fonts-dejavu-extra"),
}

LINE_SPACING = 1.3
MASTHEAD_SCALE = 1.5
HYPHEN_PROBABILITY = 0.65
MAX_STRETCH = 2.5  # justify only while each gap grows by at most this many spaces

_VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœAEIOUYÀÁÂÄÆÈÉÊËÌÍÎÏÒÓÔÖØÙÚÛÜŒ")
_NO_SPLIT = {"ch", "sh", "th", "ph", "ck", "qu", "ll", "rr", "gh", "wh", "gu", "sc", "st"}
_WORD_RE = re.compile(r"^(\W*)([^\W\d_]+)(\W*)$")


@cache
def load_font(name: str, size_px: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """A font by short name (see ``FONTS``) or path; a missing one names its package."""
    folder, regular, bold_file, package = FONTS.get(name, ("", name, name, ""))
    path = FONT_ROOT / folder / (bold_file if bold else regular) if folder else Path(name)
    if not path.is_file():
        hint = (f"install the Debian package {package} (apt-get install {package})" if package
                else f"not a file, nor one of the names {', '.join(FONTS)}")
        raise FileNotFoundError(f"font {name!r} not found at {path}: {hint}")
    return ImageFont.truetype(str(path), size_px)


@dataclass(frozen=True, slots=True)
class PrintedLine:
    """One line as printed: its text, where it is, and which style drew it."""

    text: str
    box: Box
    style: Style = "body"


@dataclass(slots=True)
class RenderedPage:
    """A page image plus the two ground truths it was drawn from.

    ``printed_text``: lines exactly as on the page (added hyphens included),
    ``\\n`` between lines, a blank line between paragraphs. ``logical_text``:
    the page's share of the normalised source text. ``next_join`` is what
    goes between this page's logical text and the next one's (" " when a
    paragraph runs on, "\\n\\n" between paragraphs, "" on the last page).
    """

    image: Image.Image
    printed_text: str
    logical_text: str
    lines: list[PrintedLine] = field(default_factory=list)
    masthead_box: Box | None = None
    next_join: str = ""
    number: int = 1
    dpi: int = 300


@dataclass(slots=True)
class WrappedLine:
    """One wrapped line: its words, and whether it ends in an added hyphen."""

    words: list[str]
    hyphenated: bool = False


def split_points(word: str) -> list[int]:
    """Syllable-ish places to break ``word`` (indices into it), none near its ends.

    Breaks before a consonant between vowels (ca-sa) and between two
    consonants (par-tido) unless they form a common digraph; leading and
    trailing punctuation stay attached to their half.
    """
    m = _WORD_RE.match(word)
    if not m or len(m.group(2)) < 6:
        return []
    lead, core = len(m.group(1)), m.group(2)
    points = []
    for i in range(3, len(core) - 2):
        a, b, c = core[i - 1], core[i], core[i + 1]
        if (a in _VOWELS and b not in _VOWELS and c in _VOWELS) or (
            a not in _VOWELS and b not in _VOWELS and c in _VOWELS
            and (a + b).lower() not in _NO_SPLIT and core[i - 2] in _VOWELS
        ):
            points.append(lead + i)
    return points


def wrap_words(
    words: Sequence[str], width: float, measure: Callable[[str], float], *, space: float,
    hyphenate: bool = False, rng: random.Random | None = None,
) -> list[WrappedLine]:
    """Greedy word wrap; when ``hyphenate``, sometimes break a long word with "-".

    ``measure`` gives a word's width in any unit (pixels, or ``len`` for
    plain-text files), so pages and simulated OCR text wrap the same way.
    """
    rng = rng or random.Random(0)
    lines: list[WrappedLine] = []
    cur: list[str] = []
    used = 0.0
    queue = list(words)
    while queue:
        word = queue.pop(0)
        w = measure(word)
        extra = w if not cur else used + space + w
        if extra <= width or not cur:
            cur.append(word)
            used = extra
            continue
        if hyphenate and rng.random() < HYPHEN_PROBABILITY:
            room = width - used - space
            fits = [p for p in split_points(word) if measure(word[:p] + "-") <= room]
            if fits:
                p = max(fits)
                lines.append(WrappedLine([*cur, word[:p] + "-"], hyphenated=True))
                cur, used = [], 0.0
                queue.insert(0, word[p:])
                continue
        lines.append(WrappedLine(cur))
        cur, used = [word], w
    if cur:
        lines.append(WrappedLine(cur))
    return lines


@dataclass(slots=True)
class _Line:
    words: list[str]
    hyphenated: bool
    block: int
    hard: int
    align: Align
    style: Style


def _join(prev: _Line, nxt: _Line) -> str:
    """What separates two consecutive lines in the logical text."""
    if prev.block != nxt.block:
        return "\n\n"
    if prev.hard != nxt.hard:
        return "\n"
    return "" if prev.hyphenated else " "


def _texts(lines: Sequence[_Line]) -> tuple[str, str]:
    """The printed text (hyphens kept, a blank line between blocks) and the logical text."""
    printed: list[str] = []
    logical: list[str] = []
    for i, line in enumerate(lines):
        printed.append(" ".join(line.words))
        logical.append(printed[-1][:-1] if line.hyphenated else printed[-1])
        if i + 1 < len(lines):
            printed.append("\n\n" if lines[i + 1].block != line.block else "\n")
            logical.append(_join(line, lines[i + 1]))
    return "".join(printed), "".join(logical)


@dataclass(slots=True)
class _Setup:
    font: ImageFont.FreeTypeFont
    bold: ImageFont.FreeTypeFont
    line_h: int
    mast_h: int
    width_px: int
    height_px: int
    margin_px: int

    def face(self, style: Style) -> ImageFont.FreeTypeFont:
        return self.bold if style == "masthead" else self.font


def _layout(
    text: str, masthead: str | None, setup: _Setup, *, hyphenate: bool, seed: int,
    center: Collection[str], right: Collection[str], justify: bool,
) -> list[_Line]:
    """Wrap every block into lines; the masthead (if any) is block 0."""
    rng = random.Random(seed)
    text_w = setup.width_px - 2 * setup.margin_px
    blocks = [b.split("\n") for b in normalise_text(text).split("\n\n") if b]
    styles: list[Style] = ["body"] * len(blocks)
    if masthead and normalise_text(masthead):
        blocks.insert(0, normalise_text(masthead).split("\n"))
        styles.insert(0, "masthead")
    centred = {normalise_text(c) for c in center}
    righted = {normalise_text(r) for r in right}
    out: list[_Line] = []
    for b, (hards, style) in enumerate(zip(blocks, styles, strict=True)):
        f = setup.face(style)
        for h, hard in enumerate(hards):
            align: Align = ("center" if style == "masthead" or hard in centred
                            else "right" if hard in righted else "justify")
            wrapped = wrap_words(hard.split(" "), text_w, f.getlength, space=f.getlength(" "),
                                 hyphenate=hyphenate and style == "body" and align == "justify",
                                 rng=rng)
            for k, wl in enumerate(wrapped):
                last = k == len(wrapped) - 1
                a: Align = "left" if align == "justify" and (last or not justify) else align
                out.append(_Line(wl.words, wl.hyphenated, b, h, a, style))
    return out


def _paginate(lines: list[_Line], setup: _Setup) -> list[list[_Line]]:
    """Fill pages top to bottom; never leave an added hyphen as a page's last line."""
    bottom = setup.height_px - setup.margin_px
    pages: list[list[_Line]] = [[]]
    y = setup.margin_px
    for i, line in enumerate(lines):
        h = setup.mast_h if line.style == "masthead" else setup.line_h
        cur = pages[-1]
        gap = 0
        if cur and cur[-1].block != line.block:
            gap = setup.line_h * (2 if cur[-1].style == "masthead" else 1)
        needs = h + (setup.line_h if line.hyphenated and i + 1 < len(lines) else 0)
        if cur and y + gap + needs > bottom:
            pages.append([])
            y, gap = setup.margin_px, 0
        pages[-1].append(line)
        y += gap + h
    return pages


def _union(boxes: Sequence[Box]) -> Box | None:
    if not boxes:
        return None
    x0, y0 = min(b.x for b in boxes), min(b.y for b in boxes)
    x1, y1 = max(b.x + b.w for b in boxes), max(b.y + b.h for b in boxes)
    return Box(x0, y0, x1 - x0, y1 - y0)


def _draw(page: list[_Line], setup: _Setup) -> tuple[Image.Image, list[PrintedLine], Box | None]:
    """Draw one page's lines; return the image, line boxes and the masthead's box."""
    img = Image.new("L", (setup.width_px, setup.height_px), 255)
    draw = ImageDraw.Draw(img)
    left, text_w = setup.margin_px, setup.width_px - 2 * setup.margin_px
    y = setup.margin_px
    printed: list[PrintedLine] = []
    mast: list[Box] = []
    for i, line in enumerate(page):
        if i and page[i - 1].block != line.block:
            if page[i - 1].style == "masthead":  # a rule under the letterhead
                rule_y, thick = y + setup.line_h // 2, max(1, setup.line_h // 16)
                draw.rectangle((left, rule_y, left + text_w, rule_y + thick), fill=0)
                mast.append(Box(left, rule_y, text_w + 1, thick + 1))
                y += setup.line_h
            y += setup.line_h
        f = setup.face(line.style)
        h = setup.mast_h if line.style == "masthead" else setup.line_h
        space = f.getlength(" ")
        widths = [f.getlength(w) for w in line.words]
        natural = sum(widths) + space * (len(widths) - 1)
        gap = space
        if line.align == "justify" and len(widths) > 1:
            stretch = (text_w - natural) / (len(widths) - 1)
            if 0 < stretch <= MAX_STRETCH * space:
                gap = space + stretch
        x0 = {"center": left + (text_w - natural) / 2, "right": left + text_w - natural}.get(
            line.align, left)
        ascent, descent = f.getmetrics()
        base = y + (h - ascent - descent) // 2 + ascent
        x = x0
        for word, w in zip(line.words, widths, strict=True):
            draw.text((x, base), word, font=f, fill=0, anchor="ls")
            x += w + gap
        box = Box(round(x0), y, round(x - gap - x0), h)
        printed.append(PrintedLine(" ".join(line.words), box, line.style))
        if line.style == "masthead":
            mast.append(box)
        y += h
    return img, printed, _union(mast)


def render_document(
    text: str,
    *,
    font: str = "serif",
    size_pt: float = 11,
    dpi: int = 300,
    width_in: float = 8.27,
    height_in: float = 11.69,
    margin_in: float = 1.0,
    masthead: str | None = None,
    hyphenate: bool = True,
    seed: int = 0,
    center: Collection[str] = (),
    right: Collection[str] = (),
    justify: bool = True,
) -> list[RenderedPage]:
    """Typeset ``text`` on as many A4 (by default) pages as it needs.

    Blocks are separated by blank lines; single newlines inside a block are
    kept as hard line breaks (addresses, signatures). ``masthead`` is drawn
    bold and centred above a rule on page 1 and is the first block of the
    logical text. Lines equal to one of ``center``/``right`` are aligned so;
    the rest are justified unless ``justify`` is false (typewriters).
    """
    size_px = max(4, round(size_pt * dpi / 72))
    mast_px = round(size_px * MASTHEAD_SCALE)
    setup = _Setup(
        font=load_font(font, size_px), bold=load_font(font, mast_px, bold=True),
        line_h=round(size_px * LINE_SPACING), mast_h=round(mast_px * LINE_SPACING),
        width_px=round(width_in * dpi), height_px=round(height_in * dpi),
        margin_px=round(margin_in * dpi),
    )
    lines = _layout(text, masthead, setup, hyphenate=hyphenate, seed=seed,
                    center=center, right=right, justify=justify)
    pages = _paginate(lines, setup) if lines else [[]]
    out: list[RenderedPage] = []
    for n, page in enumerate(pages, 1):
        img, printed, mast = _draw(page, setup)
        img.info["dpi"] = (dpi, dpi)
        join = _join(page[-1], pages[n][0]) if n < len(pages) else ""
        out.append(RenderedPage(img, *_texts(page), printed, mast, join, n, dpi))
    return out


def render_page(
    text: str, *, font: str = "serif", size_pt: float = 11, dpi: int = 300,
    width_in: float = 8.27, height_in: float = 11.69, margin_in: float = 1.0,
    masthead: str | None = None, hyphenate: bool = True, seed: int = 0,
    center: Collection[str] = (), right: Collection[str] = (), justify: bool = True,
) -> RenderedPage:
    """Typeset ``text`` on exactly one page (see :func:`render_document`).

    Raises ``ValueError`` if it does not fit: cutting would leave a ground
    truth that silently lacks the rest.
    """
    pages = render_document(
        text, font=font, size_pt=size_pt, dpi=dpi, width_in=width_in, height_in=height_in,
        margin_in=margin_in, masthead=masthead, hyphenate=hyphenate, seed=seed,
        center=center, right=right, justify=justify,
    )
    if len(pages) > 1:
        raise ValueError(f"text needs {len(pages)} pages; use render_document()")
    return pages[0]


def document_text(pages: Sequence[RenderedPage]) -> str:
    """The whole logical text of a multi-page rendering (equals the normalised input)."""
    return "".join(p.logical_text + p.next_join for p in pages)


def render_lines(
    lines: Sequence[str], *, font: str = "serif", size_pt: float = 11, dpi: int = 150,
    margin_px: int = 16, bold: bool = False,
) -> RenderedPage:
    """A small image of a few given lines (no wrapping): cheap fixtures for unit tests."""
    size_px = max(4, round(size_pt * dpi / 72))
    f = load_font(font, size_px, bold=bold)
    line_h = round(size_px * LINE_SPACING)
    width = max([f.getlength(line) for line in lines] + [1.0])
    img = Image.new("L", (round(width) + 2 * margin_px, line_h * len(lines) + 2 * margin_px), 255)
    draw = ImageDraw.Draw(img)
    ascent, descent = f.getmetrics()
    printed = []
    for i, line in enumerate(lines):
        y = margin_px + i * line_h
        draw.text((margin_px, y + (line_h - ascent - descent) // 2 + ascent), line, font=f,
                  fill=0, anchor="ls")
        printed.append(PrintedLine(line, Box(margin_px, y, round(f.getlength(line)), line_h)))
    img.info["dpi"] = (dpi, dpi)
    text = "\n".join(lines)
    return RenderedPage(img, text, normalise_text(text), printed, None, "", 1, dpi)
