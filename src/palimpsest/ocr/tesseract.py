"""Run the real ``tesseract`` binary on one page image and read its TSV output.

One subprocess per page, image on stdin, TSV on stdout: no temporary files, and
the TSV gives every word's box and confidence alongside the layout hierarchy
(block / paragraph / line), from which we rebuild the page text so that word
offsets index it exactly.

``OMP_THREAD_LIMIT=1`` because we parallelise across pages (worker
processes); Tesseract's own OpenMP threads only oversubscribe the cores:
on a busy 2-core box one 2550x3300 page took 1.8 s with it, 6-7 s without.

The image travels as uncompressed PNM (PGM/PPM), never PNG: on that page
Pillow writes PNM in 2 ms (RGB: 11 ms) but needs 1.0 s for PNG (200 ms at
compress_level 1; RGB: 2.0 s), since a preprocessed scan's grain hardly
compresses; Tesseract's own time is the same for both. PNM has no resolution field,
so the image's dpi goes on the command line.
"""

from __future__ import annotations

import functools
import io
import os
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from palimpsest.model import Box, Word
from palimpsest.ocr.preprocess import normalize_mode

TESSERACT_CMD = "tesseract"
"""The binary to run; a module attribute so tests (or packagers) can point elsewhere."""

_PROBE_TIMEOUT = 30.0


class OcrError(Exception):
    """OCR could not run or failed; the message is one line a user can act on."""


@dataclass(slots=True)
class OcrPage:
    """The OCR result of one page image.

    ``words`` carry ``start``/``end`` offsets into ``text``, and ``line`` is a
    running line index on the page. ``line_conf`` maps each line's start offset
    in ``text`` to the mean confidence of its words, so later stages can tell
    doubtful lines from sure ones without going back to the words.
    """

    text: str
    words: list[Word]
    width: int
    height: int
    mean_conf: float | None
    method: str
    line_conf: dict[int, float] = field(default_factory=dict)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def _not_installed(cmd: str, e: OSError) -> OcrError:
    if isinstance(e, FileNotFoundError):
        return OcrError(
            f"Tesseract is not installed or not on PATH ({cmd!r}); "
            "install it (apt install tesseract-ocr)"
        )
    return OcrError(f"cannot run Tesseract ({cmd!r}): {e.strerror or e}")


def _probe(cmd: str, *args: str) -> str:
    """Run ``tesseract ARGS`` and return stdout+stderr (versions print to either)."""
    try:
        proc = subprocess.run(
            [cmd, *args],
            capture_output=True,
            timeout=_PROBE_TIMEOUT,
            env=_env(),
            check=False,
        )
    except OSError as e:
        raise _not_installed(cmd, e) from e
    except subprocess.TimeoutExpired as e:
        raise OcrError(
            f"'tesseract {' '.join(args)}' did not answer in {_PROBE_TIMEOUT:.0f} s"
        ) from e
    return (proc.stdout + proc.stderr).decode("utf-8", "replace")


@functools.cache
def _version_of(cmd: str) -> str:
    out = _probe(cmd, "--version")
    m = re.search(r"tesseract\s+v?(\d+\.\d+(?:\.\d+)?\S*)", out, re.IGNORECASE)
    if m is None:
        raise OcrError(f"cannot read the Tesseract version from {cmd!r}: {out.strip()[:80]!r}")
    return m.group(1)


@functools.cache
def _languages_of(cmd: str) -> frozenset[str]:
    out = _probe(cmd, "--list-langs")
    langs = set()
    for line in out.splitlines():
        line = line.strip()
        if line and not line.lower().startswith("list of available languages") and " " not in line:
            langs.add(line)
    return frozenset(langs)


def tesseract_version() -> str:
    """The installed Tesseract version, e.g. ``"5.3.0"`` (cached)."""
    return _version_of(TESSERACT_CMD)


def available_languages() -> set[str]:
    """Language packs Tesseract can load, e.g. ``{"eng", "spa", "osd"}`` (cached)."""
    return set(_languages_of(TESSERACT_CMD))


def _check_languages(lang: str) -> None:
    wanted = [part for part in lang.split("+") if part]
    if not wanted:
        raise OcrError(f"no Tesseract language given ({lang!r})")
    have = available_languages()
    for part in wanted:
        if part not in have:
            pkg = "tesseract-ocr-" + part.lower().replace("_", "-")
            raise OcrError(f"Tesseract language pack {part!r} is not installed (apt install {pkg})")


def _ocr_ready(image: Image.Image) -> Image.Image:
    """Bring the image to a mode PNM can carry: 1, L or RGB."""
    return image if image.mode in ("1", "L", "RGB") else normalize_mode(image)


def _encode(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PPM")
    return buf.getvalue()


def _dpi_args(image: Image.Image) -> list[str]:
    """Pass the scan resolution on, since PNM cannot carry it; Tesseract guesses otherwise."""
    dpi = image.info.get("dpi")
    try:
        value = round(float(dpi[0])) if dpi else 0
    except (TypeError, ValueError, IndexError):
        value = 0
    return ["--dpi", str(value)] if 70 <= value <= 2400 else []


def _last_line(stderr: bytes) -> str:
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1] if lines else "no message"


def _run(args: Sequence[str], data: bytes | None, timeout: float, what: str) -> str:
    try:
        proc = subprocess.run(
            [TESSERACT_CMD, *args],
            input=data,
            capture_output=True,
            timeout=timeout,
            env=_env(),
            check=False,
        )
    except OSError as e:
        raise _not_installed(TESSERACT_CMD, e) from e
    except subprocess.TimeoutExpired as e:
        raise OcrError(f"Tesseract took longer than {timeout:g} s on {what}; abandoned") from e
    if proc.returncode != 0:
        msg = _last_line(proc.stderr)
        if "Failed loading language" in proc.stderr.decode("utf-8", "replace"):
            msg = "failed loading a language pack: " + msg
        raise OcrError(f"Tesseract failed on {what} (exit {proc.returncode}): {msg}")
    return proc.stdout.decode("utf-8", "replace")


def ocr_image(
    image: Image.Image,
    lang: str = "eng",
    *,
    timeout: float = 300,
    psm: int | None = None,
) -> OcrPage:
    """OCR one page image with one Tesseract call and return text, words and confidences."""
    _check_languages(lang)
    version = tesseract_version()
    img = _ocr_ready(image)
    args = ["stdin", "stdout", "-l", lang, *_dpi_args(image)]
    if psm is not None:
        args += ["--psm", str(psm)]
    args.append("tsv")
    tsv = _run(args, _encode(img), timeout, "the page")
    page = parse_tsv(tsv, img.width, img.height)
    page.method = f"tesseract@{version}"
    return page


def parse_tsv(tsv: str, width: int, height: int) -> OcrPage:
    """Rebuild page text and words from Tesseract TSV.

    Words of a line are joined by one space, lines by ``"\\n"``, and a new
    paragraph or block starts after a blank line, so the layout Tesseract saw
    survives in plain text that later stages can split on.
    """
    parts: list[str] = []
    pos = 0
    words: list[Word] = []
    line_conf: dict[int, float] = {}
    line_confs: list[float] = []
    line_start = 0
    prev: tuple[int, int, int, int] | None = None  # page, block, par, line
    line_idx = -1

    def close_line() -> None:
        if line_confs:
            line_conf[line_start] = round(sum(line_confs) / len(line_confs), 2)

    for row in tsv.splitlines()[1:]:
        cols = row.split("\t", 11)
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        try:
            key = (int(cols[1]), int(cols[2]), int(cols[3]), int(cols[4]))
            left, top, w, h = (int(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        if prev is None:
            sep = ""
        elif key[:3] != prev[:3]:
            sep = "\n\n"
        elif key != prev:
            sep = "\n"
        else:
            sep = " "
        if key != prev:
            close_line()
            line_confs = []
            line_idx += 1
            line_start = pos + len(sep)
        prev = key
        parts.append(sep)
        pos += len(sep)
        conf_value = conf if conf >= 0 else None
        words.append(Word(text, pos, pos + len(text), Box(left, top, w, h), conf_value, line_idx))
        if conf_value is not None:
            line_confs.append(conf_value)
        parts.append(text)
        pos += len(text)
    close_line()
    confs = [w.conf for w in words if w.conf is not None]
    mean = round(sum(confs) / len(confs), 2) if confs else None
    return OcrPage("".join(parts), words, width, height, mean, "tesseract", line_conf)


def run_bare_tesseract(path: str | Path, lang: str = "eng") -> str:
    """Plain ``tesseract IMG stdout -l LANG`` with our environment: the benchmark baseline."""
    return _run([str(path), "stdout", "-l", lang], None, 600, str(path))
