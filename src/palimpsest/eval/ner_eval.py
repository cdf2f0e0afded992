"""Named-entity recognition scored the way the HIPE scorer counts it.

Readers: HIPE IOB TSV (``# key = value`` metadata, ``TOKEN`` header lines, one
document per ``document_id``, ``NE-COARSE-LIT`` column, ``NoSpaceAfter`` and
``EndOfLine`` in ``MISC``), AnCora (``token<TAB>tag``) and CoNLL-2002
(``token tag``). Coarse types map ``pers``→PER, ``org``→ORG, ``loc``→LOC; every
other type (``prod``, ``time``, ``work``, MISC, DATE...) is left out.

Each document's tokens are joined back into text (a space unless ``NoSpaceAfter``,
a newline at ``EndOfLine``), :func:`recognise` runs over it, and each predicted
character span becomes the tokens it overlaps. *Strict*: same tokens, same type.
*Fuzzy*: same type, overlapping tokens (one prediction for one gold mention).
Precision, recall and F1 per type and micro-averaged over all.

With ``--clean`` the text is first cleaned and OCR-corrected as ingest does (noise lines
dropped, words broken at line ends joined, corrections applied), recognition runs over
that clean text, and each mention is moved back onto the original's tokens: what the
archive finds in a stored document, scored against the same gold.

    python -m palimpsest.eval.ner_eval ../shared/eval/ner/hipe2020_en [--json] [--clean]
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from palimpsest.model import Annotation

TYPES = ("PER", "ORG", "LOC")
_MAP = {"pers": "PER", "per": "PER", "org": "ORG", "loc": "LOC"}
_SAMPLE_TOKEN = re.compile(r"\w+|[^\w\s]")
PAGE_CHARS = 2000  # one "page" for speed figures: about 330 words


@dataclass(slots=True)
class NerDoc:
    """Tokens with their spacing and gold mentions as token ranges ``[start, end)``."""

    lang: str
    tokens: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)  # what follows each token: " ", "", "\n"
    gold: list[tuple[int, int, str]] = field(default_factory=list)
    name: str = ""
    raw: str | None = None  # the text as written, when tokens carry their own offsets
    offsets: list[tuple[int, int]] = field(default_factory=list)

    def text_and_offsets(self) -> tuple[str, list[tuple[int, int]]]:
        if self.raw is not None:
            return self.raw, self.offsets
        parts: list[str] = []
        spans: list[tuple[int, int]] = []
        pos = 0
        for tok, sep in zip(self.tokens, self.after, strict=True):
            spans.append((pos, pos + len(tok)))
            parts.append(tok)
            parts.append(sep)
            pos += len(tok) + len(sep)
        return "".join(parts), spans


def _close(doc: NerDoc, labels: list[str]) -> None:
    """Turn IOB labels (one per token) into gold mentions of our types."""
    start, kind = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        prefix, _, typ = lab.partition("-")
        typ = _MAP.get(typ.lower(), "") if typ else ""
        if prefix == "I" and start >= 0 and typ == kind:
            continue
        if start >= 0 and kind:
            doc.gold.append((start, i, kind))
        start, kind = (i, typ) if prefix in ("B", "I") and typ else (-1, "")


def read_hipe(path: Path) -> list[NerDoc]:
    """Documents of a HIPE TSV file (2020 or 2022 layout)."""
    docs: list[NerDoc] = []
    lang = "en"
    for part in path.stem.split("-"):
        if part in ("en", "fr", "de", "es"):
            lang = part
    doc: NerDoc | None = None
    labels: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            key = key.strip().split(":")[-1]
            if key == "language":
                lang = value.strip()
            elif key == "document_id":
                if doc is not None and doc.tokens:
                    _close(doc, labels)
                    docs.append(doc)
                doc, labels = NerDoc(lang=lang, name=value.strip()), []
            continue
        cols = line.split("\t")
        if len(cols) < 2 or cols[0] == "TOKEN":
            continue
        if doc is None:
            doc, labels = NerDoc(lang=lang, name=path.name), []
        misc = cols[-1]
        doc.tokens.append(cols[0])
        doc.after.append("\n" if "EndOfLine" in misc else "" if "NoSpaceAfter" in misc else " ")
        labels.append(cols[1])
    if doc is not None and doc.tokens:
        _close(doc, labels)
        docs.append(doc)
    return docs


def read_iob(path: Path, lang: str = "es", per_doc: int = 20) -> list[NerDoc]:
    """AnCora / CoNLL-2002 files: a token and its tag a line, blank lines between
    sentences; ``per_doc`` sentences make one document, one sentence a line."""
    docs: list[NerDoc] = []
    doc, n = NerDoc(lang=lang, name=f"{path.name}#0"), 0
    labels: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("-DOCSTART-"):
            continue
        if not line:
            if doc.tokens and doc.after[-1] != "\n":
                doc.after[-1] = "\n"
                n += 1
                if n % per_doc == 0:
                    _close(doc, labels)
                    docs.append(doc)
                    doc, labels = NerDoc(lang=lang, name=f"{path.name}#{n}"), []
            continue
        tok, _, tag = line.replace("\t", " ").rpartition(" ")
        doc.tokens.append(tok.strip())
        doc.after.append(" ")
        labels.append(tag)
    if doc.tokens:
        _close(doc, labels)
        docs.append(doc)
    return docs


def read_any(path: Path) -> list[NerDoc]:
    """Pick the reader from the file: HIPE when it has a ``TOKEN`` header or ``#`` lines,
    the test suite's samples when it is JSON."""
    if path.suffix == ".json":
        return read_samples(path)
    with path.open(encoding="utf-8") as fh:
        head = fh.read(4096)
    if head.startswith(("TOKEN", "#")):
        return read_hipe(path)
    return read_iob(path, "es")


def eval_files(root: Path) -> list[Path]:
    """The evaluation files under ``root``: dev/testa sets, never training data."""
    if root.is_file():
        return [root]
    found = [
        p for p in sorted(root.rglob("*"))
        if p.is_file() and p.suffix in (".tsv", ".testa", ".json") and "train" not in p.name
        and "substitutes" not in p.parts
        and ("dev" in p.name or p.suffix == ".testa" or p.name == "samples.json")
    ]
    return found


@dataclass(slots=True)
class Counts:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    fuzzy: int = 0

    def prf(self, correct: int) -> dict[str, float]:
        p = correct / self.pred if self.pred else 0.0
        r = correct / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def predicted_tokens(
    annotations: Sequence[Annotation], spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Map character-span mentions onto the token ranges they overlap."""
    out: list[tuple[int, int, str]] = []
    starts = [s for s, _ in spans]
    for a in annotations:
        typ = a.value.get("type") if isinstance(a.value, dict) else None
        if typ not in TYPES:
            continue
        i = max(0, bisect.bisect_right(starts, a.start) - 1)
        if spans and spans[i][1] <= a.start:
            i += 1
        j = i
        while j < len(spans) and spans[j][0] < a.end:
            j += 1
        if j > i:
            out.append((i, j, str(typ)))
    return out


def score_doc(
    gold: Sequence[tuple[int, int, str]], pred: Sequence[tuple[int, int, str]],
    counts: dict[str, Counts],
) -> None:
    """Add one document's strict and fuzzy matches to ``counts`` (per type and ``ALL``)."""
    for _s, _e, t in gold:
        counts[t].gold += 1
        counts["ALL"].gold += 1
    for _s, _e, t in pred:
        counts[t].pred += 1
        counts["ALL"].pred += 1
    gset = set(gold)
    for m in set(pred) & gset:
        counts[m[2]].strict += 1
        counts["ALL"].strict += 1
    used: set[int] = set()
    for s, e, t in gold:
        for k, (ps, pe, pt) in enumerate(pred):
            if k not in used and pt == t and ps < e and s < pe:
                used.add(k)
                counts[t].fuzzy += 1
                counts["ALL"].fuzzy += 1
                break


Recogniser = Callable[[str, "str | None"], list[Annotation]]


def evaluate(
    docs: Sequence[NerDoc], recognise: Recogniser, clean: bool = False
) -> dict[str, object]:
    """Strict and fuzzy P/R/F1 per type and overall, and the recogniser's speed
    (``clean``: over the text as ingest cleans and corrects it, see the module's text)."""
    from palimpsest.derive import capital_lines_apart  # as ingest reads names
    from palimpsest.text.correct import clean_and_correct

    counts = {t: Counts() for t in (*TYPES, "ALL")}
    chars, elapsed = 0, 0.0
    for lang in {d.lang for d in docs}:
        recognise("Warm Up", lang)  # load models outside the timing
    for doc in docs:
        text, spans = doc.text_and_offsets()
        clean_text = clean_and_correct(text, doc.lang) if clean else None
        t0 = time.perf_counter()
        anns = recognise(capital_lines_apart(clean_text) if clean_text else text, doc.lang)
        elapsed += time.perf_counter() - t0
        chars += len(text)
        if clean_text is not None:
            anns = [replace(a, start=s, end=e) for a in anns
                    for s, e in [clean_text.to_original(a.start, a.end)]]
        score_doc(doc.gold, predicted_tokens(anns, spans), counts)
    result: dict[str, object] = {}
    for t, c in counts.items():
        result[t] = {"gold": c.gold, "pred": c.pred, "strict": c.prf(c.strict),
                     "fuzzy": c.prf(c.fuzzy)}
    pages = chars / PAGE_CHARS
    result["speed"] = {"pages": round(pages, 1), "seconds": round(elapsed, 3),
                       "pages_per_s": round(pages / elapsed, 1) if elapsed else 0.0,
                       "ms_per_page": round(1000 * elapsed / pages, 3) if pages else 0.0}
    return result


def report(name: str, result: dict[str, object]) -> str:
    lines = [name, f"  {'type':5} {'gold':>6} {'pred':>6}  strict P/R/F1        fuzzy P/R/F1"]
    for t in (*TYPES, "ALL"):
        r = result[t]
        assert isinstance(r, dict)
        s, f = r["strict"], r["fuzzy"]
        lines.append(
            f"  {t:5} {r['gold']:>6} {r['pred']:>6}  "
            f"{s['precision']:.3f} {s['recall']:.3f} {s['f1']:.3f}   "
            f"{f['precision']:.3f} {f['recall']:.3f} {f['f1']:.3f}"
        )
    sp = result["speed"]
    assert isinstance(sp, dict)
    lines.append(f"  speed: {sp['ms_per_page']} ms/page ({sp['pages_per_s']} pages/s, one core)")
    return "\n".join(lines)


def read_samples(path: Path) -> list[NerDoc]:
    """The test suite's samples (``tests/fixtures/entities/samples.json``): texts with
    their mentions in order; each text becomes one token per character run."""
    data = json.loads(path.read_text(encoding="utf-8"))
    docs: list[NerDoc] = []
    for i, d in enumerate(data["documents"]):
        text: str = d["text"]
        doc = NerDoc(lang=d["lang"], name=f"{path.name}#{i}")
        spans: list[tuple[int, int, str]] = []
        pos = 0
        for surface, typ in d["mentions"]:
            at = text.find(surface, pos)
            if at < 0:
                raise ValueError(f"{doc.name}: {surface!r} not found after offset {pos}")
            spans.append((at, at + len(surface), typ))
            pos = at + len(surface)
        # tokens: words and single punctuation marks, so mention edges fall between them
        doc.raw = text
        for m in _SAMPLE_TOKEN.finditer(text):
            doc.tokens.append(m.group())
            doc.after.append("")
            doc.offsets.append((m.start(), m.end()))
        offsets = doc.offsets
        for s_, e_, t in spans:
            first = next(k for k, (a, _) in enumerate(offsets) if a >= s_)
            last = max(k for k, (_, b) in enumerate(offsets) if b <= e_)
            doc.gold.append((first, last + 1, t))
        docs.append(doc)
    return docs


def _iter_sets(paths: Sequence[Path]) -> Iterator[tuple[str, list[NerDoc]]]:
    for root in paths:
        for f in eval_files(root):
            yield str(f), read_any(f)


def main(argv: Sequence[str] | None = None) -> int:
    """Score every evaluation set under each PATH; exit 1 when none is found."""
    from palimpsest.enrich.entities.model import Model
    from palimpsest.enrich.entities.recognise import Recogniser

    ap = argparse.ArgumentParser(prog="ner_eval", description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--model", type=Path, help="another model file (from the training command)")
    ap.add_argument("--clean", action="store_true",
                    help="recognise in the text as ingest cleans and corrects it")
    args = ap.parse_args(argv)
    recognise = Recogniser(model=Model.load(args.model) if args.model else None)
    results: dict[str, dict[str, object]] = {}
    for name, docs in _iter_sets(args.paths):
        results[name] = evaluate(docs, recognise, clean=args.clean)
        if not args.json:
            print(report(name, results[name]), flush=True)
    if args.json:
        print(json.dumps(results, indent=2))
    if not results:
        print("no evaluation files found", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
