"""The core model: typed dataclasses every stage speaks.

A document's OCR text (``original_text``) is never changed. Everything derived
from it is *standoff*: an :class:`Edit` replaces a span of the original text, an
:class:`Annotation` labels a span of the clean text. Offsets are Python string
indices (code points), half-open ``[start, end)``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EditStatus = Literal["applied", "suggested", "rejected"]

PAGE_SEPARATOR = "\f"
"""Joins page texts in ``Document.original_text`` (Tesseract's own page break)."""


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the page image, in pixels, origin top-left."""

    x: int
    y: int
    w: int
    h: int


@dataclass(slots=True)
class Word:
    """One recognised word with its place on the page and in the text.

    ``start``/``end`` index ``Document.original_text``; ``conf`` is the OCR
    engine's confidence in percent, or ``None`` for text layers with no score.
    """

    text: str
    start: int
    end: int
    box: Box | None = None
    conf: float | None = None
    line: int = 0


@dataclass(slots=True)
class Page:
    """One page of a source: its span of the document text and its words."""

    number: int  # 1-based
    start: int
    end: int
    width: int | None = None
    height: int | None = None
    method: str = ""  # how its text was obtained: "text", "pdf-text", "tesseract@5.3.0", ...
    words: list[Word] = field(default_factory=list)
    mean_conf: float | None = None
    language: str | None = None


@dataclass(slots=True)
class Edit:
    """A standoff change to the original text: replace ``[start, end)``.

    ``rule`` names the reason (``noise-line``, ``hyphenation``, ``whitespace``,
    ``unicode``, ``ocr-correction``...), ``method`` the code that made it
    (``name@version``) or ``curator:<user>``. Only ``applied`` edits shape the
    clean text; ``suggested`` ones are kept for review.
    """

    start: int
    end: int
    replacement: str
    rule: str
    method: str
    confidence: float = 1.0
    status: EditStatus = "applied"
    candidates: list[tuple[str, float]] = field(default_factory=list)
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["candidates"] = [list(c) for c in self.candidates]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Edit:
        d = dict(d)
        d["candidates"] = [(str(c[0]), float(c[1])) for c in d.get("candidates") or []]
        return cls(**d)


@dataclass(slots=True)
class Evidence:
    """Why a derived value holds: where in the text, and what it rests on."""

    text: str
    start: int | None = None
    end: int | None = None
    page: int | None = None
    source: str = ""  # e.g. a chronology row id


@dataclass(slots=True)
class Annotation:
    """A standoff label over a span of the clean text (title, date, mention...)."""

    kind: str
    start: int
    end: int
    value: Any
    method: str
    confidence: float = 1.0
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """One ingested source file: its identity, pages, original text and edits."""

    sha256: str
    source_path: str
    media_type: str
    size: int
    original_text: str = ""
    pages: list[Page] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    language: str | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    id: int | None = None


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """A file that could not be ingested, and why, in one line."""

    path: str
    stage: str
    reason: str
    sha256: str | None = None


@dataclass(slots=True)
class Entity:
    """A person, organisation or place the archive knows, across documents.

    ``status``: ``machine`` (made by resolution), ``confirmed`` (a curator vouched
    for it: it is then looked for in every document), ``merged`` (folded into
    ``merged_into``).
    """

    id: int
    type: str  # PER, ORG, LOC
    canonical: str
    aliases: list[str] = field(default_factory=list)
    status: str = "machine"
    merged_into: int | None = None
    score: float = 0.0
    chronology_id: str | None = None
    documents: int = 0
    mentions: int = 0


@dataclass(slots=True)
class ResolvedMention:
    """A recognised name in a document's clean text and the entity it names.

    ``key`` is the resolver's normalised name: mentions with the same key (or a
    key a curator gave an entity as alias) name the same entity.
    """

    start: int
    end: int
    text: str
    type: str
    key: str
    canonical: str
    confidence: float
    method: str
    chronology_id: str | None = None


@dataclass(frozen=True, slots=True)
class NameOccurrence:
    """Where a curated entity's name stands in a stored document's clean text, found
    when a curator confirms the entity (or gives a confirmed one another name)."""

    document_id: int
    start: int
    end: int
    text: str
    method: str  # what found it, name@version
    confidence: float = 0.99
