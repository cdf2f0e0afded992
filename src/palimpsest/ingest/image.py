"""Page images (PNG, JPEG, TIFF incl. multi-page, ...): preprocessed and OCR'd."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from PIL import Image, ImageSequence

from palimpsest.enrich.language import TESSERACT_CODES, detect_language
from palimpsest.ingest.base import Extracted, IngestOptions, Ingestor, PageText
from palimpsest.ingest.errors import IngestError
from palimpsest.ocr.preprocess import preprocess
from palimpsest.ocr.tesseract import OcrError, OcrPage, available_languages, ocr_image

AUTO = "auto"
FALLBACK_LANG = "eng"


def _page_text(result: OcrPage) -> PageText:
    return PageText(
        text=result.text,
        method=result.method,
        words=result.words,
        width=result.width,
        height=result.height,
        mean_conf=result.mean_conf,
        line_conf=dict(result.line_conf),
    )


class PageReader:
    """OCRs the pages of one document, preprocessed as the options say.

    With ``lang="auto"`` the first page is read in English, its language told from
    the text, and — when another installed pack fits better — read again in that
    language, which the rest of the document then uses. Only that one page is
    read twice.
    """

    def __init__(self, options: IngestOptions) -> None:
        self.options = options
        self.lang: str | None = None if options.lang == AUTO else options.lang

    def __call__(self, image: Image.Image) -> PageText:
        try:
            prepared = preprocess(image, self.options.preprocess)
            if self.lang is not None:
                return _page_text(self._ocr(prepared, self.lang))
            result = self._ocr(prepared, FALLBACK_LANG)
            code = TESSERACT_CODES.get(detect_language(result.text).code or "", FALLBACK_LANG)
            self.lang = code if code in available_languages() else FALLBACK_LANG
            if self.lang != FALLBACK_LANG:
                result = self._ocr(prepared, self.lang)
            return _page_text(result)
        except OcrError as e:
            raise IngestError("ocr", str(e)) from e

    def _ocr(self, image: Image.Image, lang: str) -> OcrPage:
        return ocr_image(image, lang, timeout=self.options.ocr_timeout)


def check_pixels(width: int, height: int, options: IngestOptions) -> None:
    if width * height > options.max_image_pixels:
        raise IngestError(
            "decode",
            f"image of {width}x{height} pixels is over the {options.max_image_pixels:,} pixel "
            "limit (possible decompression bomb; see PALIMPSEST_MAX_IMAGE_PIXELS)",
        )


def open_frames(path: Path, options: IngestOptions) -> Iterator[Image.Image]:
    """Yield each frame of an image file, fully decoded, refusing bombs and truncation."""
    previous_limit = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = options.max_image_pixels  # Pillow's own guard, at our limit
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                for n, frame in enumerate(ImageSequence.Iterator(img), start=1):
                    if n > options.max_pages:
                        raise IngestError(
                            "decode", f"more than {options.max_pages} pages (PALIMPSEST_MAX_PAGES)"
                        )
                    check_pixels(*frame.size, options)
                    frame.load()
                    yield frame.copy()
    except IngestError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise IngestError("decode", f"decompression bomb refused: {e}") from e
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        raise IngestError("decode", f"unreadable image: {e}") from e
    finally:
        Image.MAX_IMAGE_PIXELS = previous_limit


class ImageIngestor(Ingestor):
    family = "image"
    media_types: ClassVar[frozenset[str]] = frozenset(
        {
            "image/png",
            "image/jpeg",
            "image/tiff",
            "image/gif",
            "image/bmp",
            "image/webp",
            "image/jp2",
        }
    )

    def extract(self, path: Path, media_type: str, options: IngestOptions) -> Extracted:
        read = PageReader(options)
        return Extracted([read(frame) for frame in open_frames(path, options)])
