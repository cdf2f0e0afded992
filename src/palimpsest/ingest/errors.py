"""The one exception an ingestor raises for bad input."""

from __future__ import annotations


class IngestError(Exception):
    """A file could not be ingested; ``stage`` and a one-line ``reason`` say why."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(f"{stage}: {reason}")
        self.stage = stage
        self.reason = reason
