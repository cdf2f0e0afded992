"""OCR error correction: a noisy-channel word corrector with a word n-gram model.

``Corrector.load(lang).correct(text)`` returns :class:`~palimpsest.model.Edit` s over
``text`` (rule ``ocr-correction``); :func:`correct_text` applies them. Data (language
models, the OCR channel) ships in ``palimpsest/data``, built by
:mod:`palimpsest.text.correct.build`. See ``docs/correction.md``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from palimpsest.model import Edit
from palimpsest.text.correct.corrector import METHOD, RULE, Corrector, Settings
from palimpsest.text.correct.engines import ENGINES, corrector_key, ocr_engine
from palimpsest.text.edits import CleanText, apply_edits, map_edit_to_original, merge_edits

__all__ = [
    "ENGINES",
    "METHOD",
    "RULE",
    "Corrector",
    "Settings",
    "clean_and_correct",
    "correct_after_cleaning",
    "correct_text",
    "corrector_key",
    "foreign_paragraphs",
    "ocr_engine",
    "supported",
]

LANGS = ("en", "es", "fr", "de")


def supported(lang: str | None) -> bool:
    """Whether a corrector exists for ``lang``."""
    return lang in LANGS


def correct_text(
    text: str,
    lang: str,
    *,
    word_conf: Mapping[int, float] | None = None,
    trusted: Collection[str] = (),
    corrector: Corrector | None = None,
    engine: str = "",
) -> tuple[str, list[Edit]]:
    """``(corrected text, edits)``: the applied edits substituted into ``text``.

    Suggested edits are returned too but do not change the text. A language without
    a model returns ``(text, [])``. ``corrector``: one of ``lang``'s in place of the
    shipped one (a collection's, :mod:`.adapt`). ``engine``: the OCR engine that read
    ``text`` (:func:`ocr_engine`), whose own channel then weighs its misreadings.
    """
    if not supported(lang):
        return text, []
    corrector = corrector or Corrector.load(lang, engine)
    edits = corrector.correct(text, word_conf=word_conf, trusted=trusted)
    return apply_edits(text, edits).text, edits


def correct_after_cleaning(
    original: str,
    clean_edits: Sequence[Edit],
    lang: str | None,
    *,
    word_conf: Mapping[int, float] | None = None,
    trusted: Collection[str] = (),
    pages: Sequence[tuple[int, int, str | None]] = (),
    correctors: Mapping[str, Corrector] | None = None,
    engines: Sequence[str] = (),
) -> list[Edit]:
    """The pipeline's step: correct the clean text, return all edits over ``original``.

    ``clean_edits`` are the cleaning edits over ``original`` (``clean(...).edits``);
    ``word_conf`` maps a word's start offset **in the original** to its OCR confidence;
    ``pages`` are the pages' ``(start, end, language)`` in ``original``: when their
    languages differ, each page is corrected in its own (a Spanish page of a bilingual
    leaflet is no English text). Corrections are made on the clean text, moved onto the
    original with :func:`map_edit_to_original` and merged with ``supersede=True`` (a
    correction across a hyphenation join wins; the join comes back ``rejected``). Without
    a model for a language its text is left as cleaned. ``correctors``: a language's
    corrector in place of the shipped one (a collection's, :mod:`.adapt`), by
    :func:`corrector_key`. ``engines``: the OCR engine of each page (:func:`ocr_engine`;
    none: all text alike), whose channel reads that page.
    """
    ct = apply_edits(original, clean_edits)
    engine = engines[0] if engines and len(set(engines)) == 1 else ""
    parts = [(0, len(ct.text), lang, engine)]
    if len({page_lang or lang for _, _, page_lang in pages}) > 1 or len(set(engines)) > 1:
        page_engines = list(engines) or [""] * len(pages)
        parts = [(*ct.to_clean(s, e), page_lang or lang, eng)
                 for (s, e, page_lang), eng in zip(pages, page_engines, strict=True)]
    if not any(supported(part_lang) for _, _, part_lang, _ in parts):
        return list(clean_edits)
    conf = None
    if word_conf:
        conf = {ct.to_clean(k, k)[0]: v for k, v in word_conf.items() if 0 <= k < len(original)}
    fixes: list[Edit] = []
    for cs, ce, part_lang, part_engine in parts:
        if not supported(part_lang):
            continue
        corrector = ((correctors or {}).get(corrector_key(str(part_lang), part_engine))
                     or Corrector.load(str(part_lang), part_engine))
        for ps, pe in _own_language(ct.text, cs, ce, corrector):
            part_conf = {k - ps: v for k, v in conf.items() if ps <= k < pe} if conf else None
            found = corrector.correct(ct.text[ps:pe], word_conf=part_conf, trusted=trusted)
            fixes += [replace(e, start=e.start + ps, end=e.end + ps) for e in found]
    mapped = [map_edit_to_original(e, ct) for e in fixes]
    return merge_edits(clean_edits, mapped, supersede=True)


FOREIGN_WORDS = 12  # a paragraph this long or longer may be found to be in another language
FOREIGN_KNOWN = 0.35  # ... when fewer of its words than this are words of the corrector's
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
_LETTER_WORD = re.compile(r"\b[^\W\d_]{2,}\b")


def _foreign(text: str, start: int, end: int, corrector: Corrector) -> list[tuple[int, int]]:
    """The paragraphs of ``text[start:end]`` in a language without a model (a Turkish call
    in a German leaflet: ``Cuma gününden beri herkes için bir mark zam …``), which the
    corrector would "correct" into its own (``dönen`` → ``denen``): those whose letter-only
    words are mostly unknown to it. Noisy OCR of its language still reads as it (most
    words known or misread: on BLN600 and Overproof, 1 paragraph of 1,439 falls under)."""
    out: list[tuple[int, int]] = []
    for m in _PARAGRAPH.finditer(text, start, end):
        words = _LETTER_WORD.findall(m.group())
        if len(words) >= FOREIGN_WORDS:
            known = sum(w.lower() in corrector.lm.ids for w in words)
            if known < FOREIGN_KNOWN * len(words):
                out.append(m.span())
    return out


def _own_language(text: str, start: int, end: int, corrector: Corrector) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` to correct: all but its :func:`_foreign` paragraphs."""
    spans: list[tuple[int, int]] = []
    pos = start
    for s, e in _foreign(text, start, end, corrector):
        if s > pos:
            spans.append((pos, s))
        pos = e
    if pos < end:
        spans.append((pos, end))
    return spans


def foreign_paragraphs(text: str, lang: str | None) -> list[tuple[int, int]]:
    """The spans of ``text``'s paragraphs in a language without a model, which correction
    leaves as read; none when ``lang`` has no corrector to tell."""
    if not supported(lang):
        return []
    return _foreign(text, 0, len(text), Corrector.load(str(lang)))


def clean_and_correct(original: str, lang: str | None, engine: str = "") -> CleanText:
    """``original``'s clean text as ingest makes it: cleaned (noise lines, broken words),
    then corrected; without word confidences or an archive's vocabulary. For the
    evaluations that score what ingest finds (``--clean``). ``engine``: the OCR engine
    that read it (:func:`ocr_engine`)."""
    from palimpsest.text.clean import clean  # cleaning imports nothing of correction

    return apply_edits(original, correct_after_cleaning(
        original, clean(original, lang).edits, lang, engines=[engine] if engine else []))
