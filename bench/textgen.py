"""Synthetic OCR-text pages for the throughput and search benchmarks.

Each page is ~2,000 characters in one of the four sample languages: runs of
real phrases copied from the sample texts (so phrase queries find something),
a long tail of made-up words with Zipf frequencies (so there are rare words),
OCR confusions on some words, line-end hyphenation, a running head, one
garbage line and a page number. Every page carries a unique serial, so no two
files share bytes (ingest would store identical bytes once). About a fifth of
the pages are written as one-page text-layer PDFs instead of ``.txt`` files.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from functools import cache
from pathlib import Path

from palimpsest.sample.texts import SAMPLE_TEXTS

LANGS = ("en", "es", "fr", "de")
PAGE_CHARS = 2000
PDF_SHARE = 0.2
TAIL_WORDS = 60_000  # size of the made-up long-tail vocabulary per language
TAIL_SHARE = 0.08  # share of words drawn from the long tail
NOISE_SHARE = 0.03  # share of words given one OCR confusion

_SYLLABLES = {
    lang: syllables.split()
    for lang, syllables in {
        "en": "ab al an ar ber bor cal com den der el en er ford ham ing ker la lan ley "
              "man mer mon ney or ough ped rick ron sen ston ter ton wen win worth",
        "es": "ba ca ción da do el en es ga gue lla lo ma mi na ne ño pa que ra re ri "
              "ro sa ta te ti to va ve za zo",
        "fr": "ail ais ard bé cha che de eau en eur ier in is la le lon mé ment ne on "
              "ou pé que rai re ron sé teau ti tion ve",
        "de": "ach au bach berg chen dorf ei en er feld ge hau heim in kel lich mann "
              "ner ring sch sei stein ter ung wald ze",
    }.items()
}
_CONFUSIONS = [
    ("m", "rn"), ("rn", "m"), ("e", "c"), ("c", "e"), ("l", "1"), ("i", "í"), ("o", "0"),
    ("h", "li"), ("u", "ii"), ("a", "o"), ("n", "u"), ("t", "f"), ("f", "t"), ("s", "ſ"),
    ("ü", "u"), ("é", "e"), ("d", "cl"), ("w", "vv"),
]  # fmt: skip
_GARBAGE = "~.:;|',_=-^`\"°*»«"
_HEADS = {
    "en": ["THE BULLETIN", "Union News", "Circular to Branches", "Minutes"],
    "es": ["BOLETÍN", "Comunicado", "La Voz del Pueblo", "Acta"],
    "fr": ["LE BULLETIN", "Tract", "La Voix Ouvrière", "Compte rendu"],
    "de": ["MITTEILUNGSBLATT", "Rundschreiben", "Die Stimme", "Protokoll"],
}


@cache
def _tokens(lang: str) -> tuple[str, ...]:
    """The language's sample texts as one stream of whitespace-separated tokens."""
    words: list[str] = []
    for st in SAMPLE_TEXTS:
        if st.language == lang:
            words.extend(st.text.split())
    return tuple(words)


@cache
def _tail(lang: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """Made-up words for ``lang`` and their cumulative Zipf weights."""
    rng = random.Random(f"tail-{lang}")
    syl = _SYLLABLES[lang]
    seen: set[str] = set()
    words: list[str] = []
    while len(words) < TAIL_WORDS:
        w = "".join(rng.choice(syl) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w.capitalize() if rng.random() < 0.3 else w)
    cum = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))
    return tuple(words), tuple(cum)


def prepare() -> None:
    """Build the vocabularies now (before worker processes fork, so they share them)."""
    for lang in LANGS:
        _tokens(lang)
        _tail(lang)


def tail_words(lang: str) -> tuple[str, ...]:
    """The long-tail vocabulary, most frequent first (for picking query words)."""
    return _tail(lang)[0]


def _noisy(word: str, rng: random.Random) -> str:
    for _ in range(3):
        a, b = rng.choice(_CONFUSIONS)
        i = word.find(a)
        if i >= 0:
            return word[:i] + b + word[i + len(a):]
    return word


def _words(lang: str, rng: random.Random, n_chars: int) -> list[str]:
    """Runs of real phrases, then some words swapped for long-tail ones or OCR-confused."""
    stream = _tokens(lang)
    tail, cum = _tail(lang)
    out: list[str] = []
    size = 0
    while size < n_chars:
        start = rng.randrange(len(stream))
        run = stream[start : start + rng.randint(4, 25)]
        out.extend(run)
        size += sum(map(len, run)) + len(run)
    n = len(out)
    for i in rng.sample(range(n), int(n * NOISE_SHARE)):
        out[i] = _noisy(out[i], rng)
    k = int(n * TAIL_SHARE)
    for i, w in zip(rng.sample(range(n), k), rng.choices(tail, cum_weights=cum, k=k),
                    strict=True):
        out[i] = w
    return out


def _wrap(words: list[str], rng: random.Random, width: int) -> list[str]:
    """Lines of at most ``width`` characters; long words at a line end are often hyphenated."""
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for w in words:
        sep = 1 if line else 0
        if used + sep + len(w) <= width:
            line.append(w)
            used += sep + len(w)
            continue
        room = width - used - 2
        if len(w) >= 7 and room >= 3 and w.isalpha() and rng.random() < 0.5:
            cut = min(room, len(w) - 3)
            line.append(w[:cut] + "-")
            w = w[cut:]
        lines.append(" ".join(line))
        line, used = [w], len(w)
    if line:
        lines.append(" ".join(line))
    return lines


def page_text(serial: int, seed: int = 0) -> tuple[str, str]:
    """The text of synthetic page ``serial`` and its language; same arguments, same text."""
    rng = random.Random(serial * 7919 + seed)
    lang = LANGS[serial % len(LANGS)]
    width = rng.randint(58, 78)
    head = f"{rng.choice(_HEADS[lang])} — No. {serial // 40 + 1} — {serial}"
    body = _wrap(_words(lang, rng, PAGE_CHARS - 120), rng, width)
    # paragraphs: a blank line every 6-14 lines
    lines = [head, ""]
    n = 0
    for ln in body:
        lines.append(ln)
        n += 1
        if n > rng.randint(6, 14):
            lines.append("")
            n = 0
    garbage = "".join(rng.choice(_GARBAGE + "  ") for _ in range(rng.randint(8, 30)))
    lines.insert(rng.randint(3, len(lines)), garbage)
    lines += ["", f"- {serial % 400 + 1} -"]
    return "\n".join(lines) + "\n", lang


def _pdf_string(line: str) -> bytes:
    data = line.encode("cp1252", errors="replace")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def minimal_text_pdf(text: str) -> bytes:
    """One A4 page showing ``text`` line by line in Helvetica (WinAnsi): a text-layer PDF."""
    ops = [b"BT /F1 9.5 Tf 11.5 TL 50 800 Td"]
    for line in text.split("\n"):
        ops.append(_pdf_string(line) + b" Tj T*")
    ops.append(b"ET")
    content = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _pdf_writer() -> Callable[[str], bytes]:
    """The sample package's PDF writer (Helvetica, as a word processor would), else ours."""
    try:
        from palimpsest.sample.pdfwrite import text_pdf
    except ImportError:  # the sample package without its PDF writer
        return minimal_text_pdf

    def write(text: str) -> bytes:
        try:
            return text_pdf([text.rstrip("\n")], 9.5, font="Helvetica", margin_pt=50)
        except ValueError:  # more lines than fit
            return minimal_text_pdf(text)

    return write


def write_pages(folder: Path, first: int, count: int, seed: int = 0,
                per_folder: int = 1000) -> int:
    """Write pages ``first .. first+count-1`` under ``folder``; returns bytes written."""
    pdf = _pdf_writer()
    total = 0
    for serial in range(first, first + count):
        text, lang = page_text(serial, seed)
        sub = folder / f"{serial // per_folder:04d}"
        if (serial - first) % per_folder == 0 or serial % per_folder == 0:
            sub.mkdir(parents=True, exist_ok=True)
        if random.Random(serial ^ 0x5EED).random() < PDF_SHARE:
            data = pdf(text)
            name = f"p{serial:06d}-{lang}.pdf"
        else:
            data = text.encode("utf-8")
            name = f"p{serial:06d}-{lang}.txt"
        (sub / name).write_bytes(data)
        total += len(data)
    return total
