"""Write the sample collection: every input kind an archive meets, with answers.

Each document of :mod:`palimpsest.sample.texts` becomes one kind of file an
archivist receives (PNG or JPEG scans, a multi-page TIFF, a scanned PDF, a
PDF with a text layer, raw OCR output in a legacy encoding), degraded to a
known degree. Beside them go the ground truth and a manifest, so ingest, OCR,
cleaning and metadata extraction can all be scored against known answers.

Layout of ``out_dir``: ``collection/`` (the inputs to ingest), ``ground_truth/<id>.txt``
(logical text, UTF-8), ``ground_truth/<id>.printed.txt`` (lines as printed,
pages split by form feeds) and ``manifest.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
import zlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from palimpsest.sample.degrade import HEAVY, LIGHT, MEDIUM, Degradation
from palimpsest.sample.pdfwrite import image_pdf as make_image_pdf
from palimpsest.sample.pdfwrite import text_pdf
from palimpsest.sample.render import document_text, render_document, wrap_words
from palimpsest.sample.texts import SAMPLE_TEXTS, SampleText

Format = Literal["png", "jpeg", "tiff", "pdf-image", "pdf-text", "txt"]
MANIFEST_VERSION = 1


@dataclass(frozen=True, slots=True)
class _Plan:
    """How one document is turned into files."""

    fmt: Format
    preset: Degradation | None = None
    font: str = "serif"
    size_pt: float = 11
    margin_in: float = 1.0
    right_dateline: bool = False
    justify: bool = True
    chars: int = 84  # line width of text outputs, in characters
    hyphenate: bool = True
    encoding: str = "utf-8"
    newline: str = "\n"
    pdf_font: str = "Times-Roman"
    pdf_compression: Literal["jpeg", "flate"] = "jpeg"
    jpeg_quality: int = 70


PLANS: dict[str, _Plan] = {
    "en-appeal-1921": _Plan("png", MEDIUM, size_pt=14, margin_in=1.3, right_dateline=True),
    "en-minutes-1936": _Plan("pdf-text", pdf_font="Times-Roman", chars=84),
    "en-newsletter": _Plan("txt", chars=68),
    "es-carta-1983": _Plan("tiff", LIGHT, font="mono", size_pt=14, margin_in=1.4,
                           right_dateline=True, justify=False),
    "es-comunicado": _Plan("jpeg", HEAVY, font="dejavu-serif", size_pt=10.5, jpeg_quality=55),
    "es-manifiesto": _Plan("pdf-image", HEAVY.with_(smudge_masthead=False), font="sans",
                           size_pt=13.5, margin_in=1.1, jpeg_quality=50),
    "fr-tract-1968": _Plan("png", MEDIUM.with_(smudge_masthead=True), font="sans"),
    "fr-lettre": _Plan("txt", chars=72, encoding="cp1252", newline="\r\n"),
    "de-aufruf-1955": _Plan("pdf-image", LIGHT, right_dateline=True, pdf_compression="flate"),
    "de-resolution": _Plan("pdf-text", pdf_font="Helvetica", chars=76, hyphenate=False),
}


@dataclass(slots=True)
class SampleEntry:
    """One document of the sample as written: its files and its known answers."""

    id: str
    language: str
    format: Format
    files: list[str]
    ground_truth: str
    printed_truth: str
    pages: int
    dpi: int | None
    encoding: str | None
    degradation: dict[str, Any] | None
    metadata: dict[str, Any]
    ocr_errors: list[list[str]] = field(default_factory=list)


@dataclass(slots=True)
class SampleManifest:
    """What :func:`generate_sample` wrote; paths are relative to ``root``."""

    root: Path
    seed: int
    dpi: int
    documents: list[SampleEntry]
    seconds: float = 0.0

    def to_json(self) -> str:
        d = {"version": MANIFEST_VERSION, "seed": self.seed, "dpi": self.dpi,
             "documents": [asdict(e) for e in self.documents]}
        return json.dumps(d, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def load(cls, root: Path) -> SampleManifest:
        """Read ``root/manifest.json`` back (for tests and benchmarks)."""
        d = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        return cls(root, d["seed"], d["dpi"], [SampleEntry(**e) for e in d["documents"]])

    def files(self) -> list[Path]:
        """Every file the manifest names, as absolute paths."""
        out = [self.root / "manifest.json"]
        for e in self.documents:
            out += [self.root / f for f in (*e.files, e.ground_truth, e.printed_truth)]
        return out


def _doc_seed(seed: int, doc_id: str) -> int:
    """A per-document seed that does not shift when documents are added."""
    return zlib.crc32(f"{seed}:{doc_id}".encode())


def wrap_text(text: str, chars: int, *, hyphenate: bool, seed: int) -> list[str]:
    """Wrap logical text to ``chars`` columns, blank lines between blocks."""
    rng = random.Random(seed)
    out: list[str] = []
    for block in text.split("\n\n"):
        if out:
            out.append("")
        for hard in block.split("\n"):
            for wl in wrap_words(hard.split(" "), chars, len, space=1, hyphenate=hyphenate,
                                 rng=rng):
                out.append(" ".join(wl.words))
    return out


_GARBAGE = ".,:;'~-_|!il1 ^\"*"
_FORCED = {"leading": "leding", "Party": "arty"}  # always made, so tests can rely on them
_CONFUSIONS: list[tuple[str, str]] = [
    ("rn", "m"), ("m", "rn"), ("e", "c"), ("l", "1"), ("h", "b"), ("ü", "ii"), ("é", "e"),
    ("ñ", "n"), ("o", "0"), ("cl", "d"), ("fi", "f"), ("u", "n"),
]


def _confuse(word: str, rng: random.Random) -> str:
    """One OCR-like mistake in ``word``, or the word unchanged if none applies."""
    core = word.strip(".,;:!?()«»\"'")
    if core in _FORCED:
        return word.replace(core, _FORCED[core], 1)
    if len(core) < 4:
        return word
    if core[0].isupper() and core[1:].islower() and rng.random() < 0.25:
        return word.replace(core, core[1:], 1)  # "Party" -> "arty"
    pair = re.search(r"[aeiou]{2}", core)
    if pair and rng.random() < 0.3:  # "leading" -> "leding"
        return word.replace(core, core[: pair.start() + 1] + core[pair.end():], 1)
    options = [(a, b) for a, b in _CONFUSIONS if a in core]
    if not options:
        return word
    a, b = options[rng.randrange(len(options))]
    starts = [m.start() for m in re.finditer(re.escape(a), core)]
    i = starts[rng.randrange(len(starts))]
    return word.replace(core, core[:i] + b + core[i + len(a):], 1)


def simulate_ocr(sample: SampleText, *, chars: int, seed: int, rate: float = 0.05,
                 ) -> tuple[str, list[str], list[list[str]]]:
    """Text as a poor OCR engine would have left it, the clean lines, and its mistakes.

    The masthead comes out as garbage (it was smudged), about ``rate`` of the
    words get a character confusion, line ends keep their hyphens, and a
    speck of dirt becomes a line of punctuation.
    """
    rng = random.Random(seed)
    clean = wrap_text(sample.text, chars, hyphenate=True, seed=seed)
    mast_lines = len(wrap_text(sample.masthead, chars, hyphenate=False, seed=seed))
    out: list[str] = []
    errors: list[list[str]] = []
    for i, line in enumerate(clean):
        if i < mast_lines:
            out.append("".join(c if c == " " or rng.random() < 0.3 else rng.choice(_GARBAGE)
                               for c in line))
            errors.append([line, out[-1]])
            continue
        words = line.split(" ") if line else []
        for k, w in enumerate(words):
            if rng.random() < rate or w.strip(".,;:") in _FORCED:
                bad = _confuse(w, rng)
                if bad != w:
                    errors.append([w, bad])
                    words[k] = bad
        out.append(" ".join(words))
    spot = rng.randrange(mast_lines + 1, len(out))
    out.insert(spot, "".join(rng.choice(".,'`~ ") for _ in range(rng.randint(3, 8))).strip()
               or ".")
    return "\n".join(out) + "\n", clean, errors


def _paginate_lines(lines: list[str], per_page: int) -> list[str]:
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    return ["\n".join(p).strip("\n") for p in pages]


def _write_images(sample: SampleText, plan: _Plan, docs: Path, seed: int, dpi: int,
                  ) -> tuple[list[str], list[str], dict[str, Any]]:
    """Render, degrade and save one document's page images; return files and truths."""
    if plan.preset is None:
        raise ValueError(f"{sample.id}: an image format needs a degradation preset")
    pages = render_document(
        sample.body, masthead=sample.masthead, font=plan.font, size_pt=plan.size_pt, dpi=dpi,
        margin_in=plan.margin_in, seed=seed, center=[sample.title],
        right=[sample.dateline] if plan.right_dateline and sample.dateline else [],
        justify=plan.justify,
    )
    if document_text(pages) != sample.text:
        raise RuntimeError(f"{sample.id}: rendered text differs from the source text")
    rng = random.Random(seed)
    skews = [round(plan.preset.skew_deg * rng.uniform(0.5, 1.0) * rng.choice((-1, 1)), 2)
             for _ in pages]
    preset = plan.preset.with_(blur=round(plan.preset.blur * dpi / 300, 3))  # tuned at 300 dpi
    images = [
        preset.with_(skew_deg=skew).apply(p.image, seed=seed + n, masthead_box=p.masthead_box)
        for n, (p, skew) in enumerate(zip(pages, skews, strict=True))
    ]
    for img in images:
        img.info["dpi"] = (dpi, dpi)
    stem = sample.id
    many = len(images) > 1
    files: list[str] = []
    if plan.fmt in ("png", "jpeg"):
        ext = "png" if plan.fmt == "png" else "jpg"
        for n, img in enumerate(images, 1):
            name = f"{stem}-p{n}.{ext}" if many else f"{stem}.{ext}"
            if ext == "png":
                img.save(docs / name, "PNG", dpi=(dpi, dpi))
            else:
                img.save(docs / name, "JPEG", quality=plan.jpeg_quality, dpi=(dpi, dpi))
            files.append(name)
    elif plan.fmt == "tiff":
        files.append(f"{stem}.tif")
        images[0].save(docs / files[0], "TIFF", save_all=True, append_images=images[1:],
                       compression="tiff_deflate", dpi=(dpi, dpi))
    else:
        files.append(f"{stem}.pdf")
        (docs / files[0]).write_bytes(make_image_pdf(
            images, dpi, compression=plan.pdf_compression, jpeg_quality=plan.jpeg_quality))
    degradation = {"preset": preset.name, **preset.params(), "skew_deg": skews}
    return files, [p.printed_text for p in pages], degradation


def _write_entry(sample: SampleText, plan: _Plan, root: Path, seed: int, dpi: int) -> SampleEntry:
    docs, truth = root / "collection", root / "ground_truth"
    errors: list[list[str]] = []
    degradation: dict[str, Any] | None = None
    encoding: str | None = None
    image_dpi: int | None = None
    if plan.fmt == "txt":
        text, clean, errors = simulate_ocr(sample, chars=plan.chars, seed=seed)
        files = [f"{sample.id}.txt"]
        data = text.replace("\n", plan.newline).encode(plan.encoding)
        (docs / files[0]).write_bytes(data)
        printed, encoding = ["\n".join(clean)], plan.encoding
    elif plan.fmt == "pdf-text":
        lines = wrap_text(sample.text, plan.chars, hyphenate=plan.hyphenate, seed=seed)
        printed = _paginate_lines(lines, 46)
        files = [f"{sample.id}.pdf"]
        (docs / files[0]).write_bytes(text_pdf(printed, 11, font=plan.pdf_font,
                                               title=sample.title))
    else:
        files, printed, degradation = _write_images(sample, plan, docs, seed, dpi)
        image_dpi = dpi
    gt = f"ground_truth/{sample.id}.txt"
    pt = f"ground_truth/{sample.id}.printed.txt"
    (truth / f"{sample.id}.txt").write_text(sample.text + "\n", encoding="utf-8")
    (truth / f"{sample.id}.printed.txt").write_text("\f".join(printed) + "\n", encoding="utf-8")
    return SampleEntry(
        id=sample.id, language=sample.language, format=plan.fmt,
        files=[f"collection/{f}" for f in files], ground_truth=gt, printed_truth=pt,
        pages=len(printed), dpi=image_dpi, encoding=encoding, degradation=degradation,
        metadata=sample.metadata(), ocr_errors=errors,
    )


def generate_sample(out_dir: Path, *, seed: int = 1983, dpi: int = 300) -> SampleManifest:
    """Write the whole sample collection into ``out_dir`` and return its manifest.

    Same seed, same bytes. ``dpi`` below 300 makes smaller, faster images
    for tests; the collection itself is meant at 300 dpi.
    """
    start = time.perf_counter()
    out_dir = Path(out_dir)
    for sub in ("collection", "ground_truth"):
        (out_dir / sub).mkdir(parents=True, exist_ok=True)
    entries = [
        _write_entry(s, PLANS[s.id], out_dir, _doc_seed(seed, s.id), dpi) for s in SAMPLE_TEXTS
    ]
    manifest = SampleManifest(out_dir, seed, dpi, entries)
    (out_dir / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
    manifest.seconds = time.perf_counter() - start
    return manifest


def main(argv: list[str] | None = None) -> int:
    """``python -m palimpsest.sample.generate OUT_DIR [--seed N] [--dpi N]``."""
    parser = argparse.ArgumentParser(description="Write the palimpsest sample collection.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=1983)
    parser.add_argument("--dpi", type=int, default=300)
    args = parser.parse_args(argv)
    manifest = generate_sample(args.out_dir, seed=args.seed, dpi=args.dpi)
    n_files = len(manifest.files())
    print(f"wrote {len(manifest.documents)} documents ({n_files} files) to {args.out_dir} "
          f"in {manifest.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
