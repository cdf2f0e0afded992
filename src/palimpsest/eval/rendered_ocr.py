"""A rendered OCR set: held-out clean text typeset, degraded, and read as ingest reads a scan.

No aligned OCR data in ``../shared`` is Spanish, and the English, French and German sets
come from a few printers and decades each. This makes an aligned set for any language
from clean text the language models never counted: each document is typeset in one of
the sample's fonts (:mod:`palimpsest.sample.render`), degraded light, medium or heavy
(:mod:`palimpsest.sample.degrade`), preprocessed and OCR'd by Tesseract as ingest does
(:class:`palimpsest.ingest.image.PageReader`). Its ground truth is the text *as printed*
(line breaks, and the hyphens the typesetting added at line ends), as in the ICDAR 2017
and Overproof sets, so that the corrector is judged on the words alone; Tesseract's word
confidences are kept, as ingest keeps them::

    python -m palimpsest.eval.rendered_ocr OUT --lang es ../shared/eval/ner/es_ancora/dev.tsv
    palimpsest eval ocr OUT/rendered-es.jsonl

Sources: plain text (paragraphs split by blank lines) or token-per-line IOB files
(AnCora, CoNLL-2002: one sentence per block, detokenised). The set is written outside the
project (it holds the source's text), one JSON object a line with the document's id,
language, font, degradation, OCR text and truth; the same arguments make the same set.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

FORMAT = "palimpsest-rendered-ocr/1"
FONTS = ("serif", "sans", "mono", "dejavu-serif")
PRESETS = ("light", "medium", "heavy")
TESSERACT = {"en": "eng", "es": "spa", "fr": "fra", "de": "deu"}
DOC_CHARS = 1400  # about a leaflet's page in 11 pt on A4
SKIP_PARAGRAPHS = 40  # a long source's opening paragraphs: title page, contents, preface

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?)\]}»%]|'s\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{¿¡«]) ")


@dataclass(frozen=True, slots=True)
class RenderedDoc:
    """One rendered document: what Tesseract read, and what was printed."""

    id: str
    lang: str
    font: str
    preset: str
    ocr: str
    truth: str
    engine: str = ""  # the OCR that read it (``tesseract@5.3.0``)
    conf: dict[str, float] = field(default_factory=dict)  # word start in ``ocr`` -> confidence
    format: str = FORMAT


def detokenise(tokens: Sequence[str]) -> str:
    """A sentence from its tokens: no space before closing marks or after opening ones;
    straight double quotes open and close in turn."""
    parts: list[str] = []
    opened = False
    for t in tokens:
        if t == '"':
            opened = not opened
            t = "\x01" if opened else "\x02"  # placeholders glued below
        parts.append(t.replace("_", " "))  # AnCora joins multiword tokens with _
    text = _NO_SPACE_BEFORE.sub(r"\1", " ".join(parts))
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    return text.replace("\x01 ", '"').replace("\x01", '"').replace(" \x02", '"').replace(
        "\x02", '"')


def _is_iob(lines: Sequence[str]) -> bool:
    return sum(1 for ln in lines[:200] if re.fullmatch(r"\S+[\t ](?:O|[BI]-\w+)", ln)) >= 50


def read_sentences(path: Path) -> Iterator[str]:
    """Sentences (IOB token files) or paragraphs (plain text: blocks between blank lines,
    or lines when there are none, as in ELTeC's) of ``path``, in order."""
    return iter(_read(path)[0])


def _read(path: Path) -> tuple[list[str], bool]:
    """:func:`read_sentences`' list, and whether ``path`` is plain text (not IOB)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    if not _is_iob(lines):
        text = "\n".join(lines)
        blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else lines
        return [p for p in (" ".join(b.split()) for b in blocks) if p], True
    out: list[str] = []
    tokens: list[str] = []
    for ln in lines:
        parts = ln.split()
        if len(parts) >= 2 and not ln.startswith("-DOCSTART-"):
            tokens.append(parts[0])
        elif tokens:
            out.append(detokenise(tokens))
            tokens = []
    if tokens:
        out.append(detokenise(tokens))
    return out, False


def documents(sentences: Iterator[str], n_docs: int) -> list[str]:
    """``n_docs`` texts of about :data:`DOC_CHARS` characters, each of consecutive
    sentences in paragraphs of three to six."""
    rng = random.Random(0)
    docs: list[str] = []
    paras: list[str] = []
    para: list[str] = []
    size, para_len = 0, rng.randint(3, 6)
    for s in sentences:
        if len(s) < 20 or not any(c.isalpha() for c in s) or "ZZ" in s:
            continue  # headlines, datelines, lone marks; AnCora's masked names (ZZNM)
        para.append(s)
        size += len(s) + 1
        if len(para) >= para_len:
            paras.append(" ".join(para))
            para, para_len = [], rng.randint(3, 6)
        if size >= DOC_CHARS:
            if para:
                paras.append(" ".join(para))
            docs.append("\n\n".join(paras))
            paras, para, size = [], [], 0
            if len(docs) >= n_docs:
                break
    return docs


def spread(sources: Sequence[Path], n_docs: int) -> list[str]:
    """``n_docs`` documents taken in turn from each source (a few from each of many
    novels, not all from the first), a long plain text's first paragraphs (a title page,
    a preface) left out."""
    per = -(-n_docs // max(1, len(sources)))
    lists = []
    for src in sources:
        sentences, plain = _read(src)  # each source read once
        skip = SKIP_PARAGRAPHS if plain and len(sentences) > 10 * SKIP_PARAGRAPHS else 0
        lists.append(documents(iter(sentences[skip:]), per))
    return [d for group in itertools.zip_longest(*lists) for d in group if d][:n_docs]


def render_one(job: tuple[str, str, str, str, str, int]) -> RenderedDoc:
    """Typeset, degrade and OCR one document (a worker's task)."""
    from palimpsest.ingest.base import IngestOptions
    from palimpsest.ingest.image import PageReader
    from palimpsest.sample.degrade import PRESETS as DEGRADATIONS
    from palimpsest.sample.render import render_document

    doc_id, lang, text, font, preset, seed = job
    options = IngestOptions(lang=TESSERACT[lang])
    ocr_pages: list[str] = []
    printed: list[str] = []
    engine = ""
    conf: dict[str, float] = {}
    at = 0  # where the page's text starts in the document's
    for page in render_document(text, font=font, seed=seed):
        # no smudged masthead: whole lines lost are no word errors for a corrector to mend
        degradation = DEGRADATIONS[preset].with_(smudge_masthead=False)
        image = degradation.apply(page.image, seed=seed + page.number)
        read = PageReader(options)(image)
        lead = len(read.text) - len(read.text.lstrip())
        at += 2 if ocr_pages else 0  # the blank line between pages
        for w in read.words:
            if w.conf is not None and w.start >= lead:
                conf[str(at + w.start - lead)] = round(w.conf, 2)
        ocr_pages.append(read.text.strip())
        at += len(ocr_pages[-1])
        printed.append(page.printed_text)
        engine = read.method
    return RenderedDoc(doc_id, lang, font, preset, "\n\n".join(ocr_pages),
                       "\n\n".join(printed), engine, conf)


def jobs_for(lang: str, texts: list[str], seed: int) -> list[tuple[str, str, str, str, str, int]]:
    """Each text with its font and degradation: every combination in turn."""
    combos = [(f, p) for p in PRESETS for f in FONTS]
    random.Random(seed).shuffle(combos)
    return [(f"{lang}-{i:04d}", lang, t, *combos[i % len(combos)], seed + 1000 * i)
            for i, t in enumerate(texts)]


def write_set(out: Path, lang: str, sources: Sequence[Path], n_docs: int, seed: int = 0,
              workers: int = 2) -> Path:
    """Render ``n_docs`` documents from ``sources`` into ``out/rendered-<lang>.jsonl``."""
    texts = spread(sources, n_docs)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"rendered-{lang}.jsonl"
    with ProcessPoolExecutor(workers) as pool, path.open("w", encoding="utf-8") as fh:
        for doc in pool.map(render_one, jobs_for(lang, texts, seed)):
            fh.write(json.dumps(asdict(doc), ensure_ascii=False) + "\n")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m palimpsest.eval.rendered_ocr",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="folder to write rendered-<lang>.jsonl into")
    ap.add_argument("sources", type=Path, nargs="+", help="plain text or IOB token files")
    ap.add_argument("--lang", required=True, choices=sorted(TESSERACT))
    ap.add_argument("--docs", type=int, default=60, help="documents to render (default 60)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    missing = [str(p) for p in args.sources if not p.is_file()]
    if missing:
        ap.error(f"no such source file: {', '.join(missing)}")
    path = write_set(args.out, args.lang, args.sources, args.docs, args.seed, args.workers)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
