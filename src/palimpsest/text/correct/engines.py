"""Which OCR engine read a text, and the channel of its misreadings: Tesseract's pages are
corrected with Tesseract's own channel (learned from rendered pages), any other text with
the one learned from BLN600's newspapers."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from palimpsest.text.correct.channel import Channel


def data_dir() -> Path:
    """The package's data folder (language models, channels, shapes)."""
    return Path(str(resources.files("palimpsest") / "data"))


# OCR engines with channels of their own, learned from text they read (rendered sets)
ENGINES = ("tesseract",)


def ocr_engine(method: str | None) -> str:
    """The engine that read a page, from its ``method`` (``tesseract@5.3.0``), when it is
    one of :data:`ENGINES`; ``""`` for any other text (imported OCR, a text layer)."""
    name = (method or "").partition("@")[0]
    return name if name in ENGINES else ""


def corrector_key(lang: str, engine: str = "") -> str:
    """How a collection's correctors are keyed: ``es``, ``es/tesseract``."""
    return f"{lang}/{engine}" if engine else lang


@cache
def engine_channel(lang: str, engine: str) -> Channel:
    """The channel of text that ``engine`` read in ``lang`` (``channel-<engine>-<lang>.json``,
    learned from its rendered and OCR'd pages:
    :func:`~palimpsest.text.correct.build.build_rendered_channel`), else the one learned
    from BLN600's newspapers (``channel.json``), for text of any other origin."""
    own = data_dir() / f"channel-{engine}-{lang}.json"
    if engine and own.is_file():
        return Channel.load(own)
    return _base_channel()


@cache
def _base_channel() -> Channel:
    return Channel.load(data_dir() / "channel.json")
