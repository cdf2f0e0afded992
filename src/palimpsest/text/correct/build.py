"""Build the corrector's data: per-language word n-gram models and the OCR channel.

Reproducible (same inputs, same bytes)::

    python -m palimpsest.text.correct.build lm --shared ../shared --out src/palimpsest/data
    python -m palimpsest.text.correct.build channel --shared ../shared \\
        --out src/palimpsest/data
    python -m palimpsest.text.correct.build shapes --out src/palimpsest/data
    python -m palimpsest.eval.rendered_ocr /tmp/rendered --lang es --docs 300 --seed 1 \\
        ../shared/eval/ner/es_ancora/train.tsv
    python -m palimpsest.eval.rendered_ocr /tmp/rendered --lang fr --docs 300 --seed 1 \\
        ../shared/corpora/fr/eltec/FRA*.txt
    python -m palimpsest.eval.rendered_ocr /tmp/rendered --lang de --docs 300 --seed 1 \\
        ../shared/corpora/de/eltec/DEU*.txt
    python -m palimpsest.eval.rendered_ocr /tmp/rendered --lang en --docs 300 --seed 1 \\
        ../shared/corpora/en/eltec/*.txt
    python -m palimpsest.text.correct.build channel --rendered /tmp/rendered/rendered-es.jsonl \\
        --rendered /tmp/rendered/rendered-fr.jsonl --rendered /tmp/rendered/rendered-de.jsonl \\
        --rendered /tmp/rendered/rendered-en.jsonl

``lm`` reads the clean corpora in ``../shared/corpora/<lang>`` (ELTeC novels and, for
English, the State of the Union and UN General Debate speeches in ``eval/dating``: all
public domain / CC0) and the ``wordfreq`` 3.1.1 frequency lists ("large"), and writes
``lm-<lang>.npz``: a vocabulary (words by falling frequency), unigram log-probabilities
(wordfreq and corpus frequencies averaged), corpus unigram counts, and the corpus bigram
counts seen at least ``--min-bigram`` times. For English, the ground truth of BLN600's
*train* split (19th-century British newspapers, the archive's commonest kind of text) is
counted ``--in-domain-weight`` times over (10; 0 leaves it out), as in-domain text that
the novels and speeches lack: on a held-out half of that split, weights 0/1/3/5/10/20 read
−20.0/−20.5/−20.8/−20.9/−21.0/−21.2 % CER. ``channel`` learns the OCR confusion model
from BLN600's *train* split only (the test split is evaluation data) and writes
``channel.json``; see :mod:`palimpsest.text.correct.channel`. With ``--rendered``, it
learns the channel of Tesseract's text in a language (``channel-tesseract-<lang>.json``)
from a rendered set instead: text typeset, degraded and OCR'd by Tesseract as ingest does
(the same Tesseract version makes the same bytes); ingest corrects the pages it OCRs
with it, and any other text with ``channel.json``. ``shapes`` reads the
vocabulary of each ``lm-<lang>.npz`` in ``--out`` and writes ``shapes-<lang>.npz``, its
character n-gram model (:mod:`palimpsest.text.correct.shapes`).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from palimpsest.text.correct.channel import learn_channel
from palimpsest.text.correct.lm import BIGRAM_SHIFT, MAX_NEAR_LEN, WORD_RE, deletes
from palimpsest.text.correct.marks import learn_marks
from palimpsest.text.correct.shapes import WordShapes

__all__ = ["build_channel", "build_lm", "build_rendered_channel", "build_shapes", "main"]

LANGS = ("en", "es", "fr", "de")
EXTRA_EN = ("eval/dating/sotu", "eval/dating/ungd_dev")  # public domain / CC0 speeches
IN_DOMAIN_EN = "eval/ocr/bln600/data_train.csv"  # newspaper truth; research use
IN_DOMAIN_WEIGHT = 10
_SENT_BREAK = re.compile(r"[.!?;:]\s|\n\s*\n")


def _texts(shared: Path, lang: str) -> Iterator[Path]:
    folders = [shared / "corpora" / lang]
    if lang == "en":
        folders += [shared / p for p in EXTRA_EN]
    for folder in folders:
        if folder.is_dir():
            yield from sorted(p for p in folder.rglob("*.txt") if p.name not in ("SOURCE.md",))


def _tokens(text: str) -> Iterator[list[str]]:
    """Lowercased words per sentence-ish chunk (bigrams never cross a chunk)."""
    for chunk in _SENT_BREAK.split(text):
        words = [w.lower().replace("’", "'") for w in WORD_RE.findall(chunk)]
        if words:
            yield words


def _in_domain(shared: Path, lang: str) -> list[str]:
    """The in-domain truth texts of ``lang`` (BLN600 train for English), one per row."""
    path = shared / IN_DOMAIN_EN
    if lang != "en" or not path.is_file():
        return []
    import csv

    with path.open(encoding="utf-8-sig", newline="") as f:
        return [row["Ground Truth"] for row in csv.DictReader(f)]


def build_lm(
    shared: Path,
    lang: str,
    out: Path,
    *,
    min_count: int = 3,
    min_wordfreq: float = 1e-7,
    min_bigram: int = 2,
    max_vocab: int = 400_000,
    near_vocab: int = 30_000,
    in_domain_weight: int = IN_DOMAIN_WEIGHT,
) -> Path:
    """Count the corpora of ``lang``, merge wordfreq, and write ``lm-<lang>.npz``."""
    import wordfreq

    uni: Counter[str] = Counter()
    ids: dict[str, int] = {}
    big: Counter[int] = Counter()

    def count(text: str, times: int = 1) -> None:
        for words in _tokens(text):
            wid = [ids.setdefault(w, len(ids)) for w in words]
            pairs = [(a << BIGRAM_SHIFT) | b for a, b in itertools.pairwise(wid)]
            for _ in range(times):
                uni.update(words)
                big.update(pairs)

    files = list(_texts(shared, lang))
    if not files:
        raise FileNotFoundError(f"no corpus texts for {lang!r} under {shared}")
    for path in files:
        count(path.read_text(encoding="utf-8", errors="replace"))
    in_domain = _in_domain(shared, lang) if in_domain_weight > 0 else []
    for text in in_domain:
        count(text, in_domain_weight)
    total = sum(uni.values())
    wf = wordfreq.get_frequency_dict(lang, "large")
    vocab = {w for w, c in uni.items() if c >= min_count}
    vocab |= {w for w, f in wf.items() if f >= min_wordfreq and WORD_RE.fullmatch(w)}

    def prob(w: str) -> float:
        return 0.5 * wf.get(w, 0.0) + 0.5 * uni.get(w, 0) / total

    words = sorted(vocab, key=lambda w: (-prob(w), w))[:max_vocab]
    if len(words) >= 1 << BIGRAM_SHIFT:
        raise ValueError("vocabulary too large for the bigram key")
    new_id = {w: i for i, w in enumerate(words)}
    old_to_new = {ids[w]: new_id[w] for w in words if w in ids}
    mask = (1 << BIGRAM_SHIFT) - 1
    keys: list[int] = []
    counts: list[int] = []
    for key, c in big.items():
        if c < min_bigram:
            continue
        a, b = old_to_new.get(key >> BIGRAM_SHIFT), old_to_new.get(key & mask)
        if a is not None and b is not None:
            keys.append((a << BIGRAM_SHIFT) | b)
            counts.append(min(c, 65535))
    order = np.argsort(np.array(keys, dtype=np.int64), kind="stable")
    k = np.array(keys, dtype=np.int64)[order]
    deltas = np.diff(k, prepend=np.int64(0)).astype(np.uint64)
    if deltas.size and int(deltas.max()) >= 1 << 32:
        raise ValueError("bigram key gap too large for uint32 deltas")
    hashes, hids = delete_index(words[:near_vocab])
    out.mkdir(parents=True, exist_ok=True)
    dest = out / f"lm-{lang}.npz"
    np.savez_compressed(
        dest,
        vocab=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
        logp=np.array([math.log(prob(w)) for w in words], dtype=np.float32),
        count=np.array([uni.get(w, 0) for w in words], dtype=np.uint32),
        bigram_delta=deltas.astype(np.uint32),
        bigram_count=np.array(counts, dtype=np.uint16)[order],
        near_delta=np.diff(hashes, prepend=np.uint32(0)).astype(np.uint32),
        near_id=hids,
        meta=np.frombuffer(
            json.dumps(
                {
                    "lang": lang,
                    "tokens": total,
                    "files": len(files),
                    "in_domain": {"rows": len(in_domain), "weight": in_domain_weight},
                }
            ).encode(),
            dtype=np.uint8,
        ),
    )
    return dest


def delete_index(words: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """SymSpell's index: CRC-32 of every string 0-2 deletions from a word, sorted, with ids."""
    pairs: set[tuple[int, int]] = set()
    for i, w in enumerate(words):
        if 2 <= len(w) <= MAX_NEAR_LEN:
            pairs.update((h, i) for h in (zlib.crc32(d.encode()) for d in deletes(w)))
    arr = np.array(sorted(pairs), dtype=np.uint64).reshape(-1, 2)
    return arr[:, 0].astype(np.uint32), arr[:, 1].astype(np.uint16)


def build_channel(shared: Path, out: Path) -> Path:
    """Learn the OCR channel from BLN600's train split and write ``channel.json``."""
    import csv

    path = shared / "eval" / "ocr" / "bln600" / "data_train.csv"
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = [(r["OCR Text"], r["Ground Truth"]) for r in csv.DictReader(f)]
    model = learn_channel(rows)
    out.mkdir(parents=True, exist_ok=True)
    dest = out / "channel.json"
    dest.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0) + "\n")
    return dest


def build_rendered_channel(lang: str, rendered: Path, out: Path) -> Path:
    """Learn the channel of Tesseract's text in ``lang`` from a rendered set
    (:mod:`palimpsest.eval.rendered_ocr`: text typeset, degraded and OCR'd by Tesseract as
    ingest does) and write ``channel-tesseract-<lang>.json``, which corrects the pages
    ingest OCRs (:func:`~palimpsest.text.correct.ocr_engine`). Its confusions are laid
    over BLN600's (``channel.json``, which must be in ``out``): where the rendered text saw
    a confusion, its rate; elsewhere, BLN600's. Its whole-word misreadings, specks and
    glued marks read as letters (:mod:`palimpsest.text.correct.marks`) are the
    language's own."""
    from palimpsest.eval.ocr_sets.rendered import read_rendered

    s = read_rendered(rendered)
    if s.lang != lang or s.engine != "tesseract":
        raise ValueError(f"{rendered}: a rendered set of {s.engine or 'unknown'} text in "
                         f"{s.lang!r}, not of tesseract in {lang!r}")
    pairs = [(p.ocr, p.truth) for p in s.pairs]
    model = learn_channel(pairs, lang=lang,
                          trained_on=f"{rendered.name}: {len(s.pairs)} rendered documents"
                          " (palimpsest.eval.rendered_ocr), over BLN600's confusions")
    base = json.loads((out / "channel.json").read_text(encoding="utf-8"))
    model["rules"] = {**base["rules"], **model["rules"]}
    model["marks"] = learn_marks(pairs)
    dest = out / f"channel-tesseract-{lang}.json"
    dest.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0) + "\n")
    return dest


def build_shapes(lang: str, out: Path) -> Path:
    """Write ``shapes-<lang>.npz``: the character model of ``lm-<lang>.npz``'s vocabulary."""
    with np.load(out / f"lm-{lang}.npz") as z:
        words = z["vocab"].tobytes().decode("utf-8").split("\n")
    return WordShapes.from_words(words).save(out / f"shapes-{lang}.npz")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m palimpsest.text.correct.build {lm,channel,shapes} --shared DIR --out DIR``."""
    ap = argparse.ArgumentParser(prog="palimpsest.text.correct.build", description=__doc__)
    ap.add_argument("what", choices=("lm", "channel", "shapes", "all"))
    ap.add_argument("--rendered", type=Path, action="append", default=[],
                    help="with channel: a rendered-<lang>.jsonl set to learn that "
                    "language's own channel from (palimpsest.eval.rendered_ocr)")
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[2] / "data")
    ap.add_argument("--lang", action="append", choices=LANGS, help="default: all four")
    ap.add_argument(
        "--in-domain-weight",
        type=int,
        default=IN_DOMAIN_WEIGHT,
        help="times BLN600 train's truth counts in the English model (0: left out)",
    )
    args = ap.parse_args(argv)
    langs: Iterable[str] = args.lang or LANGS
    if args.what in ("channel", "all") and not args.rendered:
        print(build_channel(args.shared, args.out))
    for path in args.rendered:
        lang = path.stem.removeprefix("rendered-")
        print(build_rendered_channel(lang, path, args.out))
    if args.what in ("lm", "all"):
        for lang in langs:
            print(build_lm(args.shared, lang, args.out, in_domain_weight=args.in_domain_weight))
    if args.what in ("shapes", "all"):
        for lang in langs:
            print(build_shapes(lang, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
