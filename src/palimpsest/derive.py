"""Everything derived from a document's text, in order: language, cleaning,
OCR correction, then enrichment (roles, dates) and names (people, organisations, places).

Pure computation over one document plus read-only archive knowledge (trusted
vocabulary, chronology), so it runs in worker processes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from palimpsest.enrich.dates import with_line_breaks
from palimpsest.enrich.dating import DateEstimate
from palimpsest.enrich.language import detect_languages
from palimpsest.enrich.roles_lines import column_breaks, line_breaks
from palimpsest.enrich.stage import enrich
from palimpsest.ingest.base import IngestOptions
from palimpsest.ingest.pdf import is_text_layer
from palimpsest.linking import recognise
from palimpsest.model import Document
from palimpsest.store.base import Store
from palimpsest.store.vocabulary import fold
from palimpsest.text.clean import clean
from palimpsest.text.correct import (
    RULE,
    Corrector,
    correct_after_cleaning,
    corrector_key,
    foreign_paragraphs,
    ocr_engine,
    supported,
)
from palimpsest.text.correct.adapt import ChannelTeacher
from palimpsest.text.edits import CleanText, apply_edits

TRUSTED_MIN_DOCUMENTS = 3


class FoldedTerms(Collection[str]):
    """Index terms (folded as the index folds them) that answer ``word in terms``."""

    def __init__(self, terms: frozenset[str]) -> None:
        self.terms = terms

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and fold(word) in self.terms

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)


@cache
def trusted_vocabulary(archive: Store | None) -> FoldedTerms:
    """Words recurring across the archive's documents: names, places, period spellings.

    Read once per process and run (the pipeline clears the cache when a run starts).
    """
    if archive is None:
        return FoldedTerms(frozenset())
    try:
        return FoldedTerms(archive.frequent_terms(TRUSTED_MIN_DOCUMENTS))
    except sqlite3.Error:
        return FoldedTerms(frozenset())


@cache
def collection_teachers(archive: Store | None) -> dict[str, ChannelTeacher]:
    """The run's channel teachers, one per language and OCR engine (keyed by
    :func:`~palimpsest.text.correct.corrector_key`): each document's confident corrections
    teach the channel that corrects the next ones (:mod:`palimpsest.text.correct.adapt`).
    Per process and run, like :func:`trusted_vocabulary`."""
    return {}


def wants_correction(doc: Document, options: IngestOptions) -> bool:
    """'auto' corrects OCR output and text files, not born-digital PDF text layers."""
    if options.correct == "off":
        return False
    if options.correct == "on":
        return True
    return any(not is_text_layer(p.method) for p in doc.pages)


@dataclass(slots=True)
class Derived:
    """What :func:`derive` hands back beside the document it filled in."""

    clean: CleanText
    date: DateEstimate | None = None  # with its clues, to date it again under a new prior
    doubtful: list[tuple[int, int]] = field(default_factory=list)  # see doubtful_lines
    breaks: list[int] = field(default_factory=list)  # line_breaks of the clean text


@dataclass(slots=True)
class _Work:
    """One document on its way through the stages of :func:`derive_many`."""

    doc: Document
    line_conf: dict[int, float]
    derived: Derived | None = None
    error: Exception | None = None


def derive(
    doc: Document,
    options: IngestOptions,
    line_conf: dict[int, float],
    archive: Store | None = None,
) -> Derived:
    """Fill in the document's language, edits and annotations; return its clean text
    (and the date estimate, when enrichment ran)."""
    result = derive_many([(doc, line_conf)], options, archive)[0]
    if isinstance(result, Exception):
        raise result
    return result


def derive_many(
    items: Sequence[tuple[Document, dict[int, float]]],
    options: IngestOptions,
    archive: Store | None = None,
) -> list[Derived | Exception]:
    """:func:`derive` for several documents, each stage over all of them before the next.

    Stage by stage, each stage's tables (language profiles, the cleaner's lexicon, the
    corrector's models, the chronology, the names' gazetteer and model: tens of MB) stay
    in the processor's caches from one document to the next, instead of being pushed out
    by the other stages between any two. A document whose stage fails gets the exception
    in its place, and the others go on."""
    work = [_Work(doc, conf) for doc, conf in items]
    stages = [_languages, _clean, _correct, _prepare]
    stages += [_enrich] if options.enrich else []
    stages += [_names] if options.entities else []
    for stage in stages:
        for w in work:
            if w.error is None:
                try:
                    stage(w, options, archive)
                except Exception as e:  # recorded as this document's failure by the caller
                    w.error = e
    return [w.error or _derived(w) for w in work]


def _derived(w: _Work) -> Derived:
    assert w.derived is not None
    return w.derived


def _languages(w: _Work, options: IngestOptions, archive: Store | None) -> None:
    doc = w.doc
    page_texts = [doc.original_text[p.start : p.end] for p in doc.pages]
    doc.language, page_languages = detect_languages(page_texts)
    for page, language in zip(doc.pages, page_languages, strict=True):
        page.language = language


def _clean(w: _Work, options: IngestOptions, archive: Store | None) -> None:
    w.doc.edits = clean(w.doc.original_text, w.doc.language, w.line_conf).edits


def _correct(w: _Work, options: IngestOptions, archive: Store | None) -> None:
    doc = w.doc
    if not wants_correction(doc, options):
        return
    word_conf = {wd.start: wd.conf for p in doc.pages for wd in p.words if wd.conf is not None}
    pages = [(p.start, p.end, p.language) for p in doc.pages]
    engines = [ocr_engine(p.method) for p in doc.pages]  # Tesseract's pages: its channel
    teachers = collection_teachers(archive)
    doc.edits = correct_after_cleaning(
        doc.original_text, doc.edits, doc.language, word_conf=word_conf,
        trusted=trusted_vocabulary(archive), pages=pages,
        correctors={key: t.corrector for key, t in teachers.items()}, engines=engines,
    )
    lang = doc.language
    if (lang and supported(lang) and all((p.language or lang) == lang for p in doc.pages)
            and len(set(engines)) == 1):
        key = corrector_key(lang, engines[0])
        if key not in teachers:
            teachers[key] = ChannelTeacher(Corrector.load(lang, engines[0]))
        teachers[key].observe(doc.original_text, [e for e in doc.edits if e.rule == RULE])


def _prepare(w: _Work, options: IngestOptions, archive: Store | None) -> None:
    """The clean text, and what the later stages read of it."""
    doc = w.doc
    w.derived = derived = Derived(apply_edits(doc.original_text, doc.edits))
    if w.line_conf:
        derived.doubtful = doubtful_lines(doc.original_text, derived.clean, w.line_conf)
    if options.enrich or options.entities:
        derived.breaks = line_breaks(derived.clean)


def _enrich(w: _Work, options: IngestOptions, archive: Store | None) -> None:
    doc, derived = w.doc, _derived(w)
    chronology = Path(options.chronology) if options.chronology else None
    enrichment = enrich(doc, derived.clean, chronology, options.date_prior, derived.doubtful,
                        derived.breaks)
    doc.annotations, derived.date = enrichment.annotations, enrichment.date


def _names(w: _Work, options: IngestOptions, archive: Store | None) -> None:
    doc, derived = w.doc, _derived(w)
    parts = [(*derived.clean.to_clean(p.start, p.end), p.language) for p in doc.pages]
    names_text = capital_lines_apart(derived.clean, derived.breaks)
    skip = derived.doubtful
    if wants_correction(doc, options):  # its model is loaded: paragraphs it cannot read
        skip = skip + foreign_paragraphs(derived.clean.text, doc.language)
    mentions = [a for a in recognise(doc, names_text, archive, parts)
                if not any(s <= a.start < e for s, e in skip)]
    if names_text is not derived.clean.text:  # a name over a line put back: as stored
        for a in mentions:
            a.value = {**a.value, "text": derived.clean.text[a.start:a.end]}
    doc.annotations += mentions


def capital_lines_apart(clean: CleanText, breaks: Sequence[int] | None = None) -> str:
    """The clean text with the line breaks that cleaning joined between two lines in
    capitals put back (``PLENARIO INTERSINDICAL DE TRABAJADORES / CONVENCION NACIONAL DE
    TRABAJADORES``: two mastheads, not one name), for the names; same length, same
    offsets; and every gap between two columns set side by side on one line (``Erich
    Wolters      Fritz Henke``: two signatures). ``breaks``: :func:`line_breaks` of
    ``clean``, when the caller has them."""
    text = clean.text
    breaks = line_breaks(clean) if breaks is None else breaks
    apart = column_breaks(clean) if breaks else []  # (columns are among the breaks)
    for i, k in enumerate(breaks):
        if not (text[k - 1:k].isupper() and text[k + 1:k + 2].isupper()):
            continue  # the common case: a join in running text
        before = text[max(text.rfind("\n", 0, k) + 1, breaks[i - 1] + 1 if i else 0):k]
        end = breaks[i + 1] if i + 1 < len(breaks) else len(text)
        nl = text.find("\n", k + 1, end)
        after = text[k + 1:nl if nl >= 0 else end]
        if _in_capitals(before) and _in_capitals(after):
            apart.append(k)
    return with_line_breaks(text, apart)


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


DOUBTFUL_CONF = 30.0  # OCR line confidence (0-100) below which a line is most often junk


def doubtful_lines(
    original: str, clean: CleanText, line_conf: dict[int, float]
) -> list[tuple[int, int]]:
    """Clean-text spans of the lines the OCR read with less than :data:`DOUBTFUL_CONF`:
    on a degraded scan, what a smudged masthead left (``DP Sch cette bap tip Oleh sp
    Maid``, conf 27, where a clear line reads 85-95). They stay in the clean text;
    no title, issuer or name is read from them."""
    out: list[tuple[int, int]] = []
    for start, conf in sorted(line_conf.items()):
        if conf < DOUBTFUL_CONF:
            end = original.find("\n", start)
            s, e = clean.to_clean(start, len(original) if end < 0 else end)
            if e > s:
                out.append((s, e))
    return out
