"""Readers for OCR evaluation sets: aligned (OCR text, ground truth) pairs.

Four formats are understood (see ``../shared/README.md``, section ``eval/ocr``):

* **BLN600** (:func:`read_bln600`): ``data_<split>.csv`` with columns Sample ID, Date,
  Publication, OCR Text, Ground Truth, CER; one pair per sentence, grouped by article
  (the Sample ID). ``results_*.csv`` beside it (corrections of the test split by
  published systems) become reference outputs.
* **ICDAR 2017 post-OCR** (:func:`read_icdar2017`): one file per document, lines
  ``[OCR_toInput] raw``, ``[OCR_aligned] ...``, ``[ GS_aligned] ...``, character-aligned
  with ``@`` for gaps and ``#`` where there is no ground truth. One pair per stretch of
  aligned positions between ``#`` runs; one set per ``<lang>_<type>`` folder.
* **Overproof** (:func:`read_overproof`): ``*$*OVERPROOF*$* <id> year <YYYY> ...``
  header lines, then ``OCR||@@||ground truth||@@||Overproof correction`` per text line;
  one pair per article (lines joined with ``"\\n"``), because Overproof's corrections
  move text across line ends (it joins hyphenated words), so only whole articles align.
* **HIPE-OCRepair 2026** (:func:`read_hipe_ocrepair`): JSON Lines test sets, one pair
  per transcription unit; the files in ``system_outputs/`` that answer a test set become
  its reference outputs, matched by ``document_id``.

:func:`discover_sets` finds and reads every set under a path. :func:`hipe_normalise` is
the HIPE-OCRepair scorer's text normalisation (for cMER).

The data itself is not part of the project (licences): these readers only ever read it
from where it lies.
"""

from __future__ import annotations

from palimpsest.eval.ocr_sets.bln600 import read_bln600
from palimpsest.eval.ocr_sets.common import OcrPair, OcrSet, OcrSetError
from palimpsest.eval.ocr_sets.discover import discover_sets
from palimpsest.eval.ocr_sets.hipe import hipe_normalise, read_hipe_ocrepair
from palimpsest.eval.ocr_sets.icdar2017 import read_icdar2017
from palimpsest.eval.ocr_sets.overproof import read_overproof

__all__ = [
    "OcrPair",
    "OcrSet",
    "OcrSetError",
    "discover_sets",
    "hipe_normalise",
    "read_bln600",
    "read_hipe_ocrepair",
    "read_icdar2017",
    "read_overproof",
]
