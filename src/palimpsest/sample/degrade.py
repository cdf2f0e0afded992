"""Make clean rendered pages look like cheap photocopies and scans.

OCR and preprocessing must be tested on the faults real archive scans have:
blur, speckle, uneven and faded ink, tinted and shaded paper, skew, a
smudged letterhead, JPEG blocks. Each fault is one vectorised numpy step,
seeded, so a whole A4 page at 300 dpi degrades in well under half a second
and the same seed always gives the same bytes.
"""

from __future__ import annotations

import io
import math
from dataclasses import asdict, dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from palimpsest.model import Box

FloatArray = npt.NDArray[np.float32]


def _smooth_field(rng: np.random.Generator, shape: tuple[int, int], cells: tuple[int, int],
                  ) -> FloatArray:
    """Random values (0..1) on a coarse ``cells`` grid, upsampled smoothly to ``shape``."""
    coarse = rng.random((cells[1], cells[0]), dtype=np.float32)
    img = Image.fromarray(coarse).resize((shape[1], shape[0]), Image.Resampling.BICUBIC)
    return np.asarray(img, dtype=np.float32)


def _to_full(field: FloatArray, size: tuple[int, int]) -> Image.Image:
    """A low-resolution 0..1 field as a full-size "L" image (0..255), bilinear."""
    low = Image.fromarray(np.clip(field * 255 + 0.5, 0, 255).astype(np.uint8))
    return low.resize(size, Image.Resampling.BILINEAR)


def _rotation(size: tuple[int, int], deg: float) -> tuple[float, ...]:
    """PIL affine coefficients rotating by ``deg`` counter-clockwise about the centre."""
    a = -math.radians(deg)
    cos, sin = math.cos(a), math.sin(a)
    cx, cy = size[0] / 2, size[1] / 2
    return (cos, sin, cx - cos * cx - sin * cy, -sin, cos, cy + sin * cx - cos * cy)


def find_masthead(gray: npt.NDArray[np.uint8]) -> Box | None:
    """The first band of ink in the top third of a page: where a letterhead sits."""
    h = gray.shape[0]
    top = gray[: h // 3]
    rows = (top < 128).sum(axis=1) > max(2, gray.shape[1] // 400)
    idx = np.flatnonzero(rows)
    if idx.size == 0:
        return None
    start = int(idx[0])
    gaps = np.flatnonzero(np.diff(idx) > max(3, h // 150))
    end = int(idx[gaps[0]]) if gaps.size else int(idx[-1])
    cols = np.flatnonzero((top[start : end + 1] < 128).any(axis=0))
    return Box(int(cols[0]), start, int(cols[-1] - cols[0] + 1), end - start + 1)


def _smudge(img: Image.Image, box: Box, rng: np.random.Generator) -> Image.Image:
    """Blur the masthead away and lay a blotchy grey stain over it."""
    pad_x, pad_y = box.h, box.h // 3  # spare the title that usually follows
    x0, y0 = max(0, box.x - pad_x), max(0, box.y - pad_y)
    x1, y1 = min(img.width, box.x + box.w + pad_x), min(img.height, box.y + box.h + pad_y)
    w, h = x1 - x0, y1 - y0
    if h < 8 or w < 8:
        return img
    region = img.crop((x0, y0, x1, y1)).filter(ImageFilter.GaussianBlur(max(1.0, box.h / 16)))
    mask_img = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask_img)
    for _ in range(int(rng.integers(5, 9))):
        cx, cy = rng.uniform(0.1 * w, 0.9 * w), rng.uniform(0.35 * h, 0.65 * h)
        rx, ry = rng.uniform(0.05, 0.2) * w, rng.uniform(0.15, 0.35) * h
        draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=int(rng.integers(170, 250)))
    mask = np.asarray(mask_img.filter(ImageFilter.GaussianBlur(h / 10)), dtype=np.float32)
    ramp_x = np.clip(np.minimum(np.arange(w), np.arange(w)[::-1]) / (h / 3), 0, 1)
    ramp_y = np.clip(np.minimum(np.arange(h), np.arange(h)[::-1]) / (h / 4), 0, 1)
    mask *= (ramp_y[:, None] * ramp_x[None, :]).astype(np.float32)
    stain = _smooth_field(rng, (h, w), (max(2, w // max(1, h // 4)), 4)) * 90 + 20
    stained = ImageChops.darker(region, Image.fromarray(stain.astype(np.uint8)))
    region.paste(stained, (0, 0), Image.fromarray(mask.astype(np.uint8)))
    out = img.copy()
    out.paste(region, (x0, y0))
    return out


def _fields(rng: np.random.Generator, low: tuple[int, int], *, ink: float, fade: float,
            tint: float, gradient: float, fill: int, skew_deg: float,
            ) -> tuple[FloatArray, FloatArray]:
    """Paper brightness and ink strength (0..1) at low resolution.

    Both vary slowly, so they are computed on a grid a quarter the page's
    size; outside the rotated sheet the paper is ``fill`` and there is no ink.
    """
    ink_f = np.ones(low, dtype=np.float32)
    if ink > 0:
        ink_f -= ink * _smooth_field(rng, low, (6, 8))
    if fade > 0:
        patches = _smooth_field(rng, low, (max(2, low[1] // 10), max(2, low[0] // 10)))
        ink_f *= np.where(patches > 1.0 - fade, 0.35, 1.0).astype(np.float32)
    paper = np.full(low, 1.0 - tint, dtype=np.float32)
    if gradient > 0:
        angle = rng.uniform(0, 2 * np.pi)
        yy = np.linspace(0, 1, low[0], dtype=np.float32)[:, None]
        xx = np.linspace(0, 1, low[1], dtype=np.float32)[None, :]
        ramp = np.cos(angle) * xx + np.sin(angle) * yy
        ramp -= ramp.min()
        paper -= gradient * ramp / max(float(ramp.max()), 1e-6)
    if tint > 0:
        paper -= tint * 0.5 * _smooth_field(rng, low, (4, 5))
    if skew_deg:
        sheet = Image.new("L", (low[1], low[0]), 255)
        sheet = sheet.transform(sheet.size, Image.Transform.AFFINE,
                                _rotation(sheet.size, skew_deg),
                                resample=Image.Resampling.BILINEAR, fillcolor=0)
        inside = np.asarray(sheet, dtype=np.float32) / 255
        paper = (paper * inside + (fill / 255) * (1 - inside)).astype(np.float32)
        ink_f *= inside
    return paper, ink_f


def _noise_tile(rng: np.random.Generator, shape: tuple[int, int], sigma: float,
                ) -> npt.NDArray[np.int16]:
    """Gaussian noise for a page from one 512x512 tile, randomly shifted (cheap)."""
    tile = np.rint(rng.standard_normal((512, 512)) * sigma).astype(np.int16)
    tile = np.roll(tile, (int(rng.integers(512)), int(rng.integers(512))), axis=(0, 1))
    reps = (-(-shape[0] // 512), -(-shape[1] // 512))
    return np.tile(tile, reps)[: shape[0], : shape[1]]


def degrade(
    image: Image.Image,
    *,
    seed: int,
    blur: float = 1.0,
    noise: float = 6.0,
    speckle: float = 0.001,
    ink: float = 0.3,
    fade: float = 0.05,
    tint: float = 0.05,
    gradient: float = 0.08,
    skew_deg: float = 0.0,
    fill: int = 255,
    smudge_masthead: bool = False,
    masthead_box: Box | None = None,
    contrast: float = 1.0,
    jpeg_quality: int | None = None,
) -> Image.Image:
    """A degraded grayscale copy of ``image``; same arguments, same pixels.

    blur: gaussian radius in pixels (ink spread). noise: gaussian noise sigma
    in grey levels. speckle: fraction of pixels turned to salt or pepper.
    ink: depth (0..1) of a low-frequency multiplicative ink field. fade:
    share of letter-sized patches printed faint. tint, gradient: paper
    darkening overall and across the page. skew_deg: rotation,
    counter-clockwise, showing ``fill`` beyond the sheet's edges.
    smudge_masthead: stain and blur the letterhead (``masthead_box``, else
    the first ink band) so OCR reads garbage there. contrast: >1 burns the
    background white like a photocopier, <1 washes everything grey.
    jpeg_quality: round-trip through JPEG for block artefacts.
    """
    rng = np.random.default_rng(seed)
    gray = image.convert("L")
    if smudge_masthead:
        box = masthead_box or find_masthead(np.asarray(gray))
        if box is not None:
            gray = _smudge(gray, box, rng)
    if skew_deg:  # the sheet turns first, then the optics blur it: nearest is enough
        gray = gray.transform(gray.size, Image.Transform.AFFINE, _rotation(gray.size, skew_deg),
                              resample=Image.Resampling.NEAREST, fillcolor=255)
    if blur > 0:
        gray = gray.filter(ImageFilter.GaussianBlur(blur))
    low = (max(2, gray.height // 4), max(2, gray.width // 4))
    paper, ink_f = _fields(rng, low, ink=ink, fade=fade, tint=tint, gradient=gradient,
                           fill=fill, skew_deg=skew_deg)
    # out = paper * (255 - ink_f * (255 - gray)), in uint8 C loops
    inked = ImageChops.multiply(ImageOps.invert(gray), _to_full(ink_f, gray.size))
    out = ImageChops.multiply(ImageOps.invert(inked), _to_full(paper, gray.size))
    arr = np.asarray(out, dtype=np.int16)
    if noise > 0:
        arr = arr + _noise_tile(rng, arr.shape, noise)
    if speckle > 0:
        n = int(speckle * arr.size)
        flat = arr.reshape(-1)
        flat[rng.integers(0, arr.size, n)] = 0
        flat[rng.integers(0, arr.size, n)] = 255
    if contrast != 1.0:
        lut = np.clip((np.arange(256) - 150.0) * contrast + 150.0, 0, 255).astype(np.uint8)
        result = Image.fromarray(lut[np.clip(arr, 0, 255).astype(np.uint8)])
    else:
        result = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if jpeg_quality is not None:
        buf = io.BytesIO()
        result.save(buf, "JPEG", quality=jpeg_quality)
        result = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    if "dpi" in image.info:
        result.info["dpi"] = image.info["dpi"]
    return result


@dataclass(frozen=True, slots=True)
class Degradation:
    """A named set of :func:`degrade` arguments, recorded in manifests."""

    name: str
    blur: float = 1.0
    noise: float = 6.0
    speckle: float = 0.001
    ink: float = 0.3
    fade: float = 0.05
    tint: float = 0.05
    gradient: float = 0.08
    skew_deg: float = 0.0
    fill: int = 255
    smudge_masthead: bool = False
    contrast: float = 1.0
    jpeg_quality: int | None = None

    def params(self) -> dict[str, Any]:
        """The :func:`degrade` keyword arguments (everything but ``name``)."""
        d = asdict(self)
        del d["name"]
        return d

    def with_(self, **changes: Any) -> Degradation:
        """A copy with some arguments changed (e.g. the skew for one page)."""
        return replace(self, **changes)

    def apply(self, image: Image.Image, *, seed: int, masthead_box: Box | None = None,
              ) -> Image.Image:
        """Degrade ``image`` with these settings."""
        return degrade(image, seed=seed, masthead_box=masthead_box, **self.params())


# a clean flatbed scan; a worn photocopy (background burnt white); a bad scan of a bad copy
LIGHT = Degradation("light", blur=0.7, noise=4.0, speckle=0.0002, ink=0.15, fade=0.01,
                    tint=0.03, gradient=0.03, skew_deg=0.4, contrast=1.35)
MEDIUM = Degradation("medium", blur=1.2, noise=8.0, speckle=0.0015, ink=0.4, fade=0.04,
                     tint=0.02, gradient=0.08, skew_deg=1.2, fill=200, contrast=1.6)
HEAVY = Degradation("heavy", blur=1.8, noise=14.0, speckle=0.004, ink=0.55, fade=0.10,
                    tint=0.12, gradient=0.20, skew_deg=2.5, fill=160, smudge_masthead=True,
                    contrast=0.9, jpeg_quality=40)
PRESETS: dict[str, Degradation] = {p.name: p for p in (LIGHT, MEDIUM, HEAVY)}
