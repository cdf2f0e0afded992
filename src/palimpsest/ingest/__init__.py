"""Ingestors, one per format family, keyed by the family :func:`detect` names."""

from palimpsest.ingest.base import Ingestor
from palimpsest.ingest.image import ImageIngestor
from palimpsest.ingest.pdf import PdfIngestor
from palimpsest.ingest.text import TextIngestor

INGESTORS: dict[str, Ingestor] = {
    i.family: i for i in (TextIngestor(), PdfIngestor(), ImageIngestor())
}

__all__ = ["INGESTORS", "Ingestor"]
