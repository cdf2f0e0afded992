"""OCR error correction: a noisy-channel word corrector with a word n-gram model.

``Corrector.load(lang).correct(text)`` returns :class:`~palimpsest.model.Edit` s over
``text`` (rule ``ocr-correction``); :func:`correct_text` applies them. Data (language
models, the OCR channel) ships in ``palimpsest/data``, built by
:mod:`palimpsest.text.correct.build`. See ``docs/correction.md``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from palimpsest.model import Edit
from palimpsest.text.correct.corrector import METHOD, RULE, Corrector, Settings
from palimpsest.text.edits import CleanText, apply_edits, map_edit_to_original, merge_edits

__all__ = [
    "METHOD",
    "RULE",
    "Corrector",
    "Settings",
    "clean_and_correct",
    "correct_after_cleaning",
    "correct_text",
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
) -> tuple[str, list[Edit]]:
    """``(corrected text, edits)``: the applied edits substituted into ``text``.

    Suggested edits are returned too but do not change the text. A language without
    a model returns ``(text, [])``.
    """
    if not supported(lang):
        return text, []
    edits = Corrector.load(lang).correct(text, word_conf=word_conf, trusted=trusted)
    return apply_edits(text, edits).text, edits


def correct_after_cleaning(
    original: str,
    clean_edits: Sequence[Edit],
    lang: str | None,
    *,
    word_conf: Mapping[int, float] | None = None,
    trusted: Collection[str] = (),
) -> list[Edit]:
    """The pipeline's step: correct the clean text, return all edits over ``original``.

    ``clean_edits`` are the cleaning edits over ``original`` (``clean(...).edits``);
    ``word_conf`` maps a word's start offset **in the original** to its OCR confidence.
    Corrections are made on the clean text, moved onto the original with
    :func:`map_edit_to_original` and merged with ``supersede=True`` (a correction across
    a hyphenation join wins; the join comes back ``rejected``). Without a model for
    ``lang`` the cleaning edits come back unchanged.
    """
    if not supported(lang):
        return list(clean_edits)
    ct = apply_edits(original, clean_edits)
    conf = None
    if word_conf:
        conf = {ct.to_clean(k, k)[0]: v for k, v in word_conf.items() if 0 <= k < len(original)}
    fixes = Corrector.load(str(lang)).correct(ct.text, word_conf=conf, trusted=trusted)
    mapped = [map_edit_to_original(e, ct) for e in fixes]
    return merge_edits(clean_edits, mapped, supersede=True)


def clean_and_correct(original: str, lang: str | None) -> CleanText:
    """``original``'s clean text as ingest makes it: cleaned (noise lines, broken words),
    then corrected; without word confidences or an archive's vocabulary. For the
    evaluations that score what ingest finds (``--clean``)."""
    from palimpsest.text.clean import clean  # cleaning imports nothing of correction

    return apply_edits(original, correct_after_cleaning(original, clean(original, lang).edits,
                                                        lang))
