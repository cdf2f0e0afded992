"""palimpsest: a trustworthy, searchable archive of scanned and OCR'd documents."""

__version__ = "0.1.0"
