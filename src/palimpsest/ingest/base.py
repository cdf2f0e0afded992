"""The ingestor contract: one class per format family, declaring what it takes.

An ingestor turns a stored original into page texts with their words. It reads
nothing but the file it is given and raises :class:`IngestError` for bad input;
the pipeline owns hashing, storage, cleaning, errors and parallelism.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from palimpsest import settings
from palimpsest.enrich.language import TESSERACT_CODES
from palimpsest.model import Word


def tesseract_langs(codes: str) -> str:
    """Accept 'en,es', 'eng+spa' or 'auto' and give Tesseract's form ('eng+spa')."""
    parts = [p for p in codes.replace(",", "+").split("+") if p]
    return "+".join(TESSERACT_CODES.get(p, p) for p in parts)


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """Per-run choices, picklable so that worker processes get the same ones."""

    lang: str = "auto"
    preprocess: str = "auto"
    dpi: int = 300
    ocr_timeout: float = 300.0
    max_file_bytes: int = 512 << 20
    max_image_pixels: int = 120_000_000
    max_pages: int = 2000
    min_text_layer_chars: int = 20
    chronology: str | None = None  # the archive's own chronology rows, if any
    correct: str = "auto"  # OCR correction: auto (OCR'd text only), on, off
    enrich: bool = True  # title, genre, issuer, addressee, dates
    entities: bool = True  # people, organisations, places
    date_prior: tuple[float, float] | None = None  # the archive's dated years (mean, spread)
    keep_date_clues: bool = False  # hand each inferred date's clues back (to date it again)

    @classmethod
    def from_settings(cls, lang: str | None = None) -> IngestOptions:
        """The settings' values; ``lang`` (as the CLI takes it) wins over the setting."""
        return cls(
            lang=tesseract_langs(lang or settings.get("ocr_lang")),
            preprocess=settings.get("preprocess"),
            dpi=settings.get_int("ocr_dpi"),
            ocr_timeout=float(settings.get_int("ocr_timeout")),
            max_file_bytes=settings.get_int("max_file_mb") << 20,
            max_image_pixels=settings.get_int("max_image_pixels"),
            max_pages=settings.get_int("max_pages"),
            min_text_layer_chars=settings.get_int("min_text_layer_chars"),
            correct=settings.get("correct"),
            enrich=settings.get("enrich") != "off",
            entities=_entities_on(),
        )


def _entities_on() -> bool:
    """The ``entities`` setting; when on, a ``ner_model`` it names must be a model that
    loads (an error now, not one a document)."""
    on = settings.get("entities") != "off"
    if on and settings.get_file("ner_model") is not None:
        from palimpsest.enrich.entities.gazetteers import default_model

        default_model()
    return on


@dataclass(slots=True)
class PageText:
    """A page's text as read, with word offsets relative to ``text``."""

    text: str
    method: str
    words: list[Word] = field(default_factory=list)
    width: int | None = None
    height: int | None = None
    mean_conf: float | None = None
    line_conf: dict[int, float] = field(default_factory=dict)


@dataclass(slots=True)
class Extracted:
    pages: list[PageText]
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


class Ingestor(ABC):
    """Reads one format family into pages."""

    family: ClassVar[str]
    media_types: ClassVar[frozenset[str]]

    @abstractmethod
    def extract(self, path: Path, media_type: str, options: IngestOptions) -> Extracted:
        """Read ``path`` (a stored original) into page texts."""
