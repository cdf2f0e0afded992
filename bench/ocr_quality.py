"""OCR quality: character error rate of bare Tesseract and of our clean text.

On the sample collection's page images (``generate_sample``: PNG, JPEG,
multi-page TIFF and scanned PDFs, LIGHT to HEAVY degradation), each document
is read twice in its own language (eng/spa/fra/deu):

* ``bare``: ``tesseract IMG stdout -l LANG`` (a scanned PDF's pages are first
  rendered at the scan's dpi, as our ingest does);
* ``ours``: ``Archive.ingest`` with ``IngestOptions(lang=LANG)``, then the
  document's ``clean_text`` from the archive.

Both are compared with the logical ground truth (the text as written: what
the archive should end up holding) after folding whitespace (runs -> one
space, stripped). CER per document and corpus-level (total edits / total
ground-truth characters). The printed ground truth (line-end hyphens kept) is
reported too, since bare Tesseract is judged by what was on the page.
"""

from __future__ import annotations

import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import Config, make_tmp, section, table
from palimpsest.archive import Archive
from palimpsest.eval.metrics import fold_whitespace, levenshtein, wer
from palimpsest.ingest.base import IngestOptions
from palimpsest.ocr.tesseract import run_bare_tesseract

NAME = "cer"
TESS = {"en": "eng", "es": "spa", "fr": "fra", "de": "deu"}
IMAGE_FORMATS = ("png", "jpeg", "tiff", "pdf-image")
QUICK_IDS = ("en-appeal-1921", "es-comunicado", "fr-tract-1968", "de-aufruf-1955")


@dataclass
class Doc:
    id: str
    lang: str
    fmt: str
    preset: str
    pages: int
    files: list[Path]
    truth: str  # logical, folded
    printed: str  # as printed, folded


def load_docs(root: Path, quick: bool) -> list[Doc]:
    """The sample's page-image documents with their ground truth."""
    try:
        from palimpsest.sample.generate import generate_sample
    except ImportError:
        return _render_fallback(root, quick)
    manifest = generate_sample(root)
    docs = []
    for e in manifest.documents:
        if e.format not in IMAGE_FORMATS or (quick and e.id not in QUICK_IDS):
            continue
        docs.append(Doc(
            e.id, e.language, e.format, (e.degradation or {}).get("preset", "?"), e.pages,
            [root / f for f in e.files],
            fold_whitespace((root / e.ground_truth).read_text(encoding="utf-8")),
            fold_whitespace((root / e.printed_truth).read_text(encoding="utf-8")),
        ))
    return docs


def _render_fallback(root: Path, quick: bool) -> list[Doc]:
    """Without ``generate_sample``: render and degrade (MEDIUM) the sample texts ourselves."""
    from palimpsest.sample.degrade import MEDIUM
    from palimpsest.sample.render import document_text, render_document
    from palimpsest.sample.texts import SAMPLE_TEXTS

    root.mkdir(parents=True, exist_ok=True)
    docs = []
    for n, st in enumerate(SAMPLE_TEXTS):
        if quick and st.id not in QUICK_IDS:
            continue
        pages = render_document(st.body, masthead=st.masthead, seed=n, center=[st.title])
        files = []
        for k, p in enumerate(pages, 1):
            path = root / f"{st.id}-p{k}.png"
            MEDIUM.apply(p.image, seed=n * 10 + k, masthead_box=p.masthead_box).save(
                path, "PNG", dpi=(300, 300))
            files.append(path)
        docs.append(Doc(st.id, st.language, "png", MEDIUM.name, len(pages), files,
                        fold_whitespace(document_text(pages)),
                        fold_whitespace("\n".join(p.printed_text for p in pages))))
    return docs


def _bare_inputs(doc: Doc, scratch: Path) -> list[Path]:
    """Files bare Tesseract can read: a PDF's pages rendered to PNG at 300 dpi."""
    out = []
    for f in doc.files:
        if f.suffix.lower() != ".pdf":
            out.append(f)
            continue
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(f))
        try:
            for i in range(len(pdf)):
                img = pdf[i].render(scale=300 / 72, grayscale=True).to_pil()
                path = scratch / f"{f.stem}-p{i + 1}.png"
                img.save(path, "PNG", dpi=(300, 300))
                out.append(path)
        finally:
            pdf.close()
    return out


def bare_text(doc: Doc, scratch: Path) -> str:
    return "\n".join(run_bare_tesseract(p, TESS[doc.lang]) for p in _bare_inputs(doc, scratch))


def ours_texts(docs: list[Doc], root: Path) -> dict[str, str]:
    """Ingest each language's documents with that language; clean text per sample id."""
    by_lang: dict[str, list[Doc]] = defaultdict(list)
    for d in docs:
        by_lang[d.lang].append(d)
    out: dict[str, str] = {}
    with Archive.open(root) as arc:
        for lang, group in by_lang.items():
            paths = [str(f) for d in group for f in d.files]
            report = arc.ingest(paths, IngestOptions(lang=TESS[lang]), workers=2)
            for f in report.failures:
                print(f"  ! {f.path}: {f.stage}: {f.reason}")
        by_name: dict[str, str] = {}
        for summary in arc.documents():
            full = arc.document(summary.id)
            if full is not None:
                by_name[Path(summary.source_path).name] = full["clean_text"]
    for d in docs:
        out[d.id] = "\n".join(by_name.get(f.name, "") for f in d.files)
    return out


def run(cfg: Config) -> dict[str, Any]:
    section("cer: OCR quality, bare Tesseract vs our clean text (whitespace folded)")
    tmp = make_tmp("cer", cfg)
    t0 = time.perf_counter()
    docs = load_docs(tmp / "sample", cfg.quick)
    print(f"  {len(docs)} page-image documents ({sum(d.pages for d in docs)} pages) "
          f"ready in {time.perf_counter() - t0:.1f} s", flush=True)
    scratch = tmp / "bare"
    scratch.mkdir()
    t0 = time.perf_counter()
    with ThreadPoolExecutor(2) as pool:  # two tesseract processes at a time
        bare = dict(zip([d.id for d in docs], pool.map(lambda d: bare_text(d, scratch), docs),
                        strict=True))
    t_bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    ours = ours_texts(docs, tmp / "archive")
    t_ours = time.perf_counter() - t0
    print(f"  read in {t_bare:.1f} s (bare, 2 at a time) and {t_ours:.1f} s (ours, 2 workers)",
          flush=True)

    rows = []
    per_doc: list[dict[str, Any]] = []
    tot: defaultdict[str, int] = defaultdict(int)
    for d in docs:
        b, o = fold_whitespace(bare[d.id]), fold_whitespace(ours[d.id])
        eb, eo = levenshtein(b, d.truth), levenshtein(o, d.truth)
        pb, po = levenshtein(b, d.printed), levenshtein(o, d.printed)
        n, np_ = len(d.truth), len(d.printed)
        tot["edits_bare"] += eb
        tot["edits_ours"] += eo
        tot["chars"] += n
        tot["p_edits_bare"] += pb
        tot["p_edits_ours"] += po
        tot["p_chars"] += np_
        cb, co = eb / n, eo / n
        rel = (co - cb) / cb if cb else float("nan")
        rows.append([d.id, TESS[d.lang], d.fmt, d.preset, d.pages, n, f"{cb:.2%}", f"{co:.2%}",
                     f"{rel:+.1%}"])
        per_doc.append({"id": d.id, "lang": TESS[d.lang], "format": d.fmt, "degradation": d.preset,
                        "pages": d.pages, "truth_chars": n, "cer_bare": cb, "cer_ours": co,
                        "cer_bare_printed": pb / np_, "cer_ours_printed": po / np_,
                        "wer_bare": wer(b, d.truth), "wer_ours": wer(o, d.truth),
                        "relative_difference": rel})
    print()
    for d in docs:
        for name, text in (("bare Tesseract", bare[d.id]), ("our pipeline", ours[d.id])):
            if not text.strip():
                print(f"  ! {d.id}: {name} produced no text")
    print(table(["document", "lang", "format", "degr.", "pages", "GT chars", "CER bare",
                 "CER ours", "ours vs bare"], rows))
    cb = tot["edits_bare"] / tot["chars"]
    co = tot["edits_ours"] / tot["chars"]
    rel = (co - cb) / cb if cb else float("nan")
    pcb = tot["p_edits_bare"] / tot["p_chars"]
    pco = tot["p_edits_ours"] / tot["p_chars"]
    prel = (pco - pcb) / pcb if pcb else float("nan")
    print(f"\n  corpus CER vs logical ground truth: bare {cb:.2%}, ours {co:.2%} "
          f"({rel:+.1%} relative; negative = ours better)")
    print(f"  corpus CER vs printed ground truth: bare {pcb:.2%}, ours {pco:.2%} "
          f"({prel:+.1%} relative)")
    return {
        "documents": per_doc, "corpus_cer_bare": cb, "corpus_cer_ours": co,
        "relative_difference": rel, "corpus_cer_bare_printed": pcb,
        "corpus_cer_ours_printed": pco, "relative_difference_printed": prel,
        "truth_chars": tot["chars"], "seconds_bare": t_bare, "seconds_ours": t_ours,
    }
