"""Score an OCR corrector on the evaluation sets, beside the published systems.

``evaluate(sets, correct_fn)`` runs ``correct_fn`` over every pair's OCR text and
reports per set, corpus level (total edits / total reference length):

* CER and WER before (raw OCR) and after correction, and the relative CER reduction;
  CER after folding whitespace (case and punctuation kept), as in ``../shared/README.md``;
* the false-correction rate: OCR words that equal their ground-truth word (by a
  word-level alignment) and that the output no longer holds unchanged, as a share of
  those correct words; and the share of wrong OCR words that the output fixed;
* throughput: OCR characters corrected per CPU second of this process (one core; the
  CPU time, not the wall clock, so a busy shared machine does not distort it); the
  models' one-time load (``warm``) is timed apart, so a set's figure does not depend on
  whether an earlier set of its language loaded them;
* for HIPE-OCRepair sets, cMER = (S+D+I)/(H+S+D+I) after :func:`hipe_normalise`;
* the same figures for every reference output shipped with a set (Llama-2/BART on
  BLN600, Overproof's own correction, HIPE ``system_outputs/``), scored by this code.

Run it standalone: ``python -m palimpsest.eval.ocr_eval PATH [--json] [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

from palimpsest.eval.metrics import fold_whitespace
from palimpsest.eval.ocr_sets import OcrSet, OcrSetError, discover_sets, hipe_normalise

__all__ = [
    "Scores",
    "SetReport",
    "evaluate",
    "evaluate_set",
    "format_report",
    "main",
    "palimpsest_setup",
    "palimpsest_warm",
    "score",
]

CorrectFn = Callable[[str, str], str]
"""``correct_fn(ocr_text, lang) -> corrected text``."""
Setup = Callable[[OcrSet], CorrectFn]
"""Given a whole set (its OCR texts only), a ``CorrectFn`` for it (timed with it)."""
Warm = Callable[[OcrSet], None]
"""Loads what a set's correction needs once per process (timed apart)."""


@dataclass
class Scores:
    """Corpus-level figures of one output (raw OCR, ours, or a published system)."""

    cer: float
    wer: float
    cmer: float | None = None
    false_correction_rate: float = 0.0  # correct OCR words changed / correct OCR words
    fixed_rate: float = 0.0  # wrong OCR words made right / wrong OCR words


@dataclass
class SetReport:
    """One set: sizes, the raw OCR's scores, ours, and each reference system's."""

    name: str
    lang: str
    pairs: int
    chars: int
    words: int
    before: Scores
    after: Scores | None = None
    seconds: float = 0.0  # wall clock
    cpu_seconds: float = 0.0  # this process's CPU time: one core, whatever else runs
    chars_per_s: float = 0.0  # OCR characters per CPU second (per core)
    load_seconds: float = 0.0  # the one-time model load before it (``warm``), wall clock
    references: dict[str, Scores] = field(default_factory=dict)

    @property
    def cer_reduction(self) -> float | None:
        """Relative CER reduction, (before - after) / before."""
        if self.after is None or not self.before.cer:
            return None
        return (self.before.cer - self.after.cer) / self.before.cer

    @property
    def cmer_reduction(self) -> float | None:
        """Relative cMER reduction (HIPE-OCRepair sets)."""
        b, a = self.before.cmer, self.after.cmer if self.after else None
        if a is None or not b:
            return None
        return (b - a) / b

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["cer_reduction"] = self.cer_reduction
        d["cmer_reduction"] = self.cmer_reduction
        return d


def _is_hipe(s: OcrSet) -> bool:
    return s.name.startswith("hipe-ocrepair/")


def _word_changes(
    ocrs: Sequence[str], truths: Sequence[str], outs: Sequence[str]
) -> tuple[float, float]:
    """(false-correction rate, fixed rate) of ``outs`` given the OCR and the truth.

    An OCR word is *correct* when a word alignment of OCR to truth pairs it with an
    equal word; it is *kept* when an alignment of OCR to output pairs it with an equal
    word. Wrong words count as fixed when the output aligns them... to the truth word:
    measured as the output holding, at that place, exactly the truth word.
    """
    correct = changed = wrong = fixed = 0
    for ocr, truth, out in zip(ocrs, truths, outs, strict=True):
        o, t, h = ocr.split(), truth.split(), out.split()
        ok = [False] * len(o)  # OCR word equals its truth word
        to_truth: list[int | None] = [None] * len(o)
        for op in Levenshtein.opcodes(o, t):
            if op.tag == "equal":
                for k in range(op.src_end - op.src_start):
                    ok[op.src_start + k] = True
            elif op.tag == "replace" and op.src_end - op.src_start == op.dest_end - op.dest_start:
                for k in range(op.src_end - op.src_start):
                    to_truth[op.src_start + k] = op.dest_start + k
        kept = [False] * len(o)
        to_out: list[int | None] = [None] * len(o)
        for op in Levenshtein.opcodes(o, h):
            n = op.src_end - op.src_start
            if op.tag == "equal":
                for k in range(n):
                    kept[op.src_start + k] = True
            elif op.tag == "replace" and n == op.dest_end - op.dest_start:
                for k in range(n):
                    to_out[op.src_start + k] = op.dest_start + k
        for i in range(len(o)):
            if ok[i]:
                correct += 1
                changed += not kept[i]
            else:
                wrong += 1
                ti, hi = to_truth[i], to_out[i]
                fixed += ti is not None and hi is not None and h[hi] == t[ti]
    return (changed / correct if correct else 0.0), (fixed / wrong if wrong else 0.0)


def _rate(edits: int, length: int) -> float:
    return edits / length if length else 0.0


def score(s: OcrSet, outputs: Sequence[str]) -> Scores:
    """Score ``outputs`` (one text per pair of ``s``) against the set's truth."""
    ce = cl = we = wl = 0
    me = mh = 0
    hipe = _is_hipe(s)
    for p, out in zip(s.pairs, outputs, strict=True):
        h, r = fold_whitespace(out), fold_whitespace(p.truth)
        ce += Levenshtein.distance(h, r)
        cl += len(r)
        hw, rw = out.split(), p.truth.split()
        we += Levenshtein.distance(hw, rw)
        wl += len(rw)
        if hipe:
            hn, rn = hipe_normalise(out), hipe_normalise(p.truth)
            d = Levenshtein.distance(hn, rn)
            # hits = reference characters neither substituted nor deleted
            subs_dels = sum(op.tag != "insert" for op in Levenshtein.editops(hn, rn))
            me += d
            mh += len(rn) - subs_dels
    fcr, fixed = _word_changes([p.ocr for p in s.pairs], [p.truth for p in s.pairs], outputs)
    cmer = _rate(me, mh + me) if hipe else None
    return Scores(_rate(ce, cl), _rate(we, wl), cmer, fcr, fixed)


def evaluate_set(
    s: OcrSet,
    correct_fn: CorrectFn | Setup | None = None,
    *,
    references: bool = True,
    setup: bool = False,
    warm: Warm | None = None,
) -> SetReport:
    """Score one set: the raw OCR, ``correct_fn``'s output (timed), and the references.

    With ``setup=True``, ``correct_fn`` is a :data:`Setup`: called once with the set
    (to learn the collection's vocabulary from its OCR text, never its truth), inside
    the timing. ``warm`` runs before the timing (models loaded once per process).
    """
    ocrs = [p.ocr for p in s.pairs]
    rep = SetReport(
        name=s.name,
        lang=s.lang,
        pairs=len(s.pairs),
        chars=sum(map(len, ocrs)),
        words=sum(len(t.split()) for t in ocrs),
        before=score(s, ocrs),
    )
    if correct_fn is not None:
        if warm is not None:
            t0 = time.perf_counter()
            warm(s)
            rep.load_seconds = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        fn: CorrectFn = correct_fn(s) if setup else correct_fn  # type: ignore[call-arg,arg-type,assignment]
        outs = [fn(text, p.lang or s.lang) for text, p in zip(ocrs, s.pairs, strict=True)]
        rep.seconds = time.perf_counter() - t0
        rep.cpu_seconds = time.process_time() - c0
        rep.chars_per_s = rep.chars / rep.cpu_seconds if rep.cpu_seconds else 0.0
        rep.after = score(s, outs)
    if references:
        for name, outs in sorted(s.reference_outputs.items()):
            rep.references[name] = score(s, outs)
    return rep


def evaluate(
    sets: Iterable[OcrSet],
    correct_fn: CorrectFn | Setup | None = None,
    *,
    limit: int | None = None,
    references: bool = True,
    setup: bool = False,
    warm: Warm | None = None,
) -> list[SetReport]:
    """:func:`evaluate_set` on each set (its first ``limit`` pairs when given)."""
    reports = []
    for s in sets:
        if limit is not None and limit < len(s.pairs):
            refs = {k: v[:limit] for k, v in s.reference_outputs.items()}
            s = OcrSet(s.name, s.lang, s.pairs[:limit], refs)
        reports.append(
            evaluate_set(s, correct_fn, references=references, setup=setup, warm=warm)
        )
    return reports


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.2f}%"


def _line(label: str, sc: Scores, base: Scores) -> str:
    red = (base.cer - sc.cer) / base.cer if base.cer else 0.0
    parts = [f"  {label:<26} CER {_pct(sc.cer):>7} ({red:+.1%})  WER {_pct(sc.wer):>7}"]
    if sc.cmer is not None and base.cmer:
        mred = (base.cmer - sc.cmer) / base.cmer
        parts.append(f"  cMER {sc.cmer:.4f} ({mred:+.1%})")
    parts.append(f"  false-corr {_pct(sc.false_correction_rate)}  fixed {_pct(sc.fixed_rate)}")
    return "".join(parts)


def format_report(reports: Sequence[SetReport]) -> str:
    """A plain-text table: per set, raw OCR, ours, and each reference system."""
    out: list[str] = []
    for r in reports:
        out.append(f"{r.name}  [{r.lang}]  {r.pairs} units, {r.chars:,} chars, {r.words:,} words")
        cm = f"  cMER {r.before.cmer:.4f}" if r.before.cmer is not None else ""
        out.append(
            f"  {'raw OCR':<26} CER {_pct(r.before.cer):>7}           "
            f"WER {_pct(r.before.wer):>7}{cm}"
        )
        if r.after is not None:
            out.append(_line("palimpsest", r.after, r.before) + f"  {r.chars_per_s:,.0f} chars/s")
        for name, sc in r.references.items():
            out.append(_line(name, sc, r.before))
        out.append("")
    return "\n".join(out)


def palimpsest_warm(s: OcrSet) -> None:
    """Load the corrector of ``s``'s language and engine (once per process; cached)."""
    from palimpsest.text.correct import Corrector, supported

    if supported(s.lang):
        Corrector.load(s.lang, s.engine)


def palimpsest_setup(
    learn: bool = True, clean_first: bool = False, adapt: bool = True
) -> Setup:
    """Our corrector; with ``learn``, trusting the vocabulary the set's OCR text vouches for.

    ``clean_first`` runs the pipeline's cleaning (:func:`palimpsest.text.clean.clean`:
    line-end hyphens joined, lines rejoined, noise lines dropped) before correcting, as
    ingest does; otherwise the corrector alone sees the raw OCR text. With ``adapt``, the
    channel learns the set's misreadings from its confident corrections as the units are
    corrected in order (:class:`~palimpsest.text.correct.adapt.ChannelTeacher`).
    """
    from palimpsest.text.clean import clean
    from palimpsest.text.correct import Corrector, correct_text, supported
    from palimpsest.text.correct.adapt import ChannelTeacher

    def setup(s: OcrSet) -> CorrectFn:
        trusted: set[str] = set()
        engine = s.engine  # Tesseract's text (a rendered set): its channel
        if learn and s.lang in ("en", "es", "fr", "de"):
            trusted = Corrector.load(s.lang, engine).learn_vocabulary(p.ocr for p in s.pairs)
        teachers: dict[str, ChannelTeacher] = {}
        # the OCR's word confidences, where the set has them (rendered sets), as ingest
        # weighs them; not after cleaning, which moves the words
        confs = {} if clean_first else {p.ocr: p.word_conf for p in s.pairs if p.word_conf}

        def fn(text: str, lang: str) -> str:
            conf = confs.get(text)
            if clean_first:
                text = clean(text, lang or None).text
            lang = lang or "en"
            if not adapt or not supported(lang):
                return correct_text(text, lang, trusted=trusted, engine=engine,
                                    word_conf=conf)[0]
            teacher = teachers.get(lang)
            if teacher is None:
                teacher = teachers[lang] = ChannelTeacher(Corrector.load(lang, engine))
            out, edits = correct_text(text, lang, trusted=trusted, corrector=teacher.corrector,
                                      word_conf=conf)
            teacher.observe(text, edits)
            return out

        return fn

    return setup


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m palimpsest.eval.ocr_eval PATH [--json] [--limit N] [--only NAME]``."""
    ap = argparse.ArgumentParser(prog="palimpsest eval ocr", description=__doc__.split("\n")[0])
    ap.add_argument("path", type=Path, help="a folder of evaluation sets, or one set's file")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--limit", type=int, default=None, help="first N units of each set")
    ap.add_argument("--only", default=None, help="sets whose name contains this")
    ap.add_argument("--no-correct", action="store_true", help="score raw OCR and references")
    ap.add_argument("--no-learn", action="store_true", help="no vocabulary learned from the set")
    ap.add_argument("--clean", action="store_true", help="clean the OCR text first (as ingest)")
    ap.add_argument("--no-adapt", action="store_true",
                    help="the shipped channel only (no misreadings learned from the set)")
    args = ap.parse_args(argv)
    try:
        found = discover_sets(args.path)
    except (FileNotFoundError, OcrSetError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    sets = [s for s in found if not args.only or args.only in s.name]
    fn = (None if args.no_correct
          else palimpsest_setup(not args.no_learn, args.clean, not args.no_adapt))
    reports = []
    for s in sets:
        reports.extend(evaluate([s], fn, limit=args.limit, setup=fn is not None,
                                warm=palimpsest_warm))
        if not args.json:
            print(format_report(reports[-1:]), flush=True)
    if args.json:
        print(json.dumps([r.to_dict() for r in reports], indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
