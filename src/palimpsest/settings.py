"""Every setting in one place: environment variable, default and meaning.

Read with :func:`get`; ``palimpsest settings`` prints the table. Command-line
options override these for one run.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: str
    meaning: str

    @property
    def env(self) -> str:
        return "PALIMPSEST_" + self.name.upper()


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting("archive", "./archive", "Archive folder: originals and the SQLite database."),
        Setting(
            "ocr_lang",
            "auto",
            "Tesseract languages ('eng', 'spa+eng'), or 'auto': told from the first page.",
        ),
        Setting(
            "ocr_dpi", "300", "Resolution at which PDF pages without text are rendered for OCR."
        ),
        Setting(
            "ocr_timeout", "300", "Seconds one Tesseract page may take before it is abandoned."
        ),
        Setting(
            "preprocess",
            "auto",
            "Page-image preprocessing: 'auto' (gray,deskew,denoise,flatten), 'none', or steps"
            " from gray, deskew, denoise, flatten, binarize.",
        ),
        Setting("max_file_mb", "512", "Files larger than this many MiB are refused with an error."),
        Setting(
            "max_image_pixels",
            "120000000",
            "Images (or rendered pages) above this many pixels are refused as bombs.",
        ),
        Setting(
            "max_pages", "2000", "Pages read from one PDF or TIFF at most; the rest is an error."
        ),
        Setting(
            "min_text_layer_chars",
            "20",
            "A PDF page with fewer letters in its text layer is OCR'd instead.",
        ),
        Setting(
            "rank_window",
            "5000",
            "Searches matching more documents rank the newest this many only; 0 ranks all.",
        ),
        Setting(
            "correct",
            "auto",
            "OCR correction: 'auto' (OCR'd text, not PDF text layers), 'on' or 'off'.",
        ),
        Setting(
            "enrich", "on", "Title, genre, issuer, addressee and dates at ingest: 'on' or 'off'."
        ),
        Setting(
            "entities",
            "on",
            "People, organisations and places found and linked at ingest: 'on' or 'off'.",
        ),
        Setting(
            "ner_model",
            "",
            "A names model built by 'python -m palimpsest.enrich.entities.train' (with --nc:"
            " non-commercial use only) in place of the shipped one; empty: the shipped model.",
        ),
        Setting("workers", "0", "Ingest worker processes; 0 means one per core."),
    ]
}


def get(name: str) -> str:
    """The value of a setting: its environment variable, else its default."""
    s = SETTINGS[name]
    return os.environ.get(s.env, s.default)


class SettingError(ValueError):
    """A setting's value that cannot be used; the message names its variable."""


def get_int(name: str) -> int:
    raw = get(name)
    try:
        return int(raw)
    except ValueError as e:
        raise SettingError(f"{SETTINGS[name].env} must be a whole number, got {raw!r}") from e


def get_file(name: str) -> Path | None:
    """A setting that names a file: ``None`` when empty, else a file that exists."""
    raw = get(name)
    if not raw:
        return None
    if not Path(raw).is_file():
        raise SettingError(f"{SETTINGS[name].env} names {raw!r}, which is not a file")
    return Path(raw)


def archive_dir(override: str | Path | None = None) -> Path:
    """``--archive`` if given, else ``$PALIMPSEST_ARCHIVE``, else ``./archive``."""
    return Path(override) if override else Path(get("archive"))
