"""Weakly labelled English training examples from public-domain and CC0 text.

No openly licensed English NER training set of historical text is at hand, so the
English side learns its *contexts* (``at X``, ``Mr. X``, ``X county``) from text labelled
by rules: a span that is a chronology name takes its type; a large place (GeoNames rank
P1/P2) whose first word is rare is LOC; a person's title and capitalised words is PER;
capitalised words ending in an organisation word (``Union``, ``Company``) are ORG; a lone
common word (Zipf ≥ 5) that is no place is O (``London`` is common too); anything else is
left out. The features those rules read (gazetteer, title, organisation word) are dropped
from these examples, so that the model learns the evidence around the names rather than
the rules again (dropped from the positive ones only, they taught that an organisation
word means "no name").

Text: Overproof evaluation set 2 (Sydney Morning Herald 1843–1954, public domain; the raw
OCR column, noise kept), US State of the Union addresses 1900–2000 (public domain) and UN
General Debate speeches (UNGDC, CC0), from ``../shared/eval``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path

from palimpsest.enrich.entities.candidates import candidates
from palimpsest.enrich.entities.lexicon import ORG_WORDS, _words
from palimpsest.enrich.entities.model import CLASSES
from palimpsest.enrich.entities.tokens import tokenise

PERSON_TITLES = _words("""
mr mrs miss messrs dr sir lord lady rev reverend hon capt captain col colonel gen general
lieut lieutenant major senator governor judge justice president secretary prof professor
""")
_DROP = ("gaz=", "gl=", "gf=", "title", "ptitle", "orgw")


def english_texts(shared_eval: Path, chunk: int = 3000, limit: int = 2_500_000) -> Iterator[str]:
    """Chunks of about ``chunk`` characters, ``limit`` characters in all."""
    total = 0
    sources: list[str] = []
    triples = shared_eval / "ocr" / "overproof" / "dataset2" / \
        "rawTextAndHumanCorrectionAndOverproofCorrectionTriples" / "allArticles.txt"
    if triples.exists():
        article: list[str] = []
        for line in triples.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("*$*OVERPROOF*$*"):
                if article:
                    sources.append("\n".join(article))
                article = []
            else:
                article.append(line.split("||@@||")[0])
        if article:
            sources.append("\n".join(article))
    for folder in ("sotu", "ungd_dev"):
        d = shared_eval / "dating" / folder
        if d.is_dir():
            sources.extend(p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt")))
    for text in sources:
        for i in range(0, len(text), chunk):
            piece = text[i:i + chunk]
            cut = piece.rfind("\n\n") if i + chunk < len(text) else -1
            yield piece if cut < chunk // 2 else piece[:cut]
            total += len(piece)
            if total >= limit:
                return


def weak_label(key: str, gazetteer: Mapping[str, str], common: Mapping[str, int]) -> str | None:
    """PER, ORG, LOC, O, or ``None`` (no rule applies) for a candidate's folded key."""
    words = key.split()
    if not words:
        return None
    g = gazetteer.get(key)
    if g in ("PER", "ORG", "LOC"):
        return g
    if g in ("P1", "P2") and common.get(words[0], 0) < 4:
        return "LOC"
    if len(words) >= 2 and words[0] in PERSON_TITLES and not any(w in ORG_WORDS for w in words):
        return "PER"
    if len(words) >= 2 and words[-1] in ORG_WORDS:
        return "ORG"
    if len(words) == 1 and g is None and common.get(words[0], 0) >= 5:
        return "O"  # a common word, not a place (London is common too: no rule for it)
    return None


def weak_examples(
    texts: Iterator[str], gazetteer: Mapping[str, str], common: Mapping[str, int],
    stats: Counter[str],
) -> list[tuple[tuple[str, ...], int]]:
    out: list[tuple[tuple[str, ...], int]] = []
    for text in texts:
        for run in candidates(text, tokenise(text), gazetteer, common, "en"):
            for _a, _b, cand in run.spans:
                label = weak_label(cand.key, gazetteer, common)
                if label is None:
                    continue
                # the rules' own evidence is left out of every weak example: kept in the O
                # ones alone, it would teach that an organisation word means "no name"
                feats = tuple(f for f in cand.features if not f.startswith(_DROP))
                stats["weak_" + label] += 1
                out.append((feats, CLASSES.index(label)))
    return out
