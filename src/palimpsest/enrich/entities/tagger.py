"""Candidate names and their classifier: capitalised runs, typed by an averaged perceptron.

A *candidate* is a run of capitalised words, with the dots of initials and titles
(``Mr. J. Smith``) and lower-case connectors between capitals (``Bank of England``,
``Partido de los Trabajadores``); leading sentence words (``The``, ``Der``) are dropped.
Each candidate is described by sparse features (its words, first and last word, suffix,
shape, the words around it, whether it starts a sentence or a line, title and
organisation words, the gazetteer type, how common the first word is on wordfreq's Zipf
scale) and classified as PER, ORG, LOC or O by a linear model whose weights are a JSON
file (``data/ner-model.json.gz``).
One pass over the tokens and a few dozen dictionary probes per candidate.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.lexicon import (
    CONNECTORS,
    LEADING_DROP,
    LOC_PREPOSITIONS,
    ORG_WORDS,
    TITLES,
)

CLASSES = ("PER", "ORG", "LOC", "O")
TOKEN = re.compile(r"\w+(?:['’](?![sS]\b)\w+)*|[^\w\s]")
_SENT_END = frozenset(".!?:;\"«»¿¡—–-(•*")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # character offsets in the text
    end: int
    first: int  # token indices [first, last]
    last: int
    features: tuple[str, ...]
    key: str  # folded words without dots: the gazetteer key


def tokenise(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _cap(tok: str) -> bool:
    return tok[0].isupper()


def _shape(word: str) -> str:
    if word.isupper():
        return "U" if len(word) > 1 else "I"
    if word[0].isupper():
        return "C" if word[1:].islower() or len(word) == 1 else "M"
    return "d" if word[0].isdigit() else "l"


@dataclass(frozen=True, slots=True)
class Run:
    """A capitalised run cut into atoms at connectors and line breaks; ``spans`` holds a
    candidate for each range of up to :data:`MAX_ATOMS` atoms ``[a, b)``."""

    atoms: int
    spans: tuple[tuple[int, int, Candidate], ...]


MAX_ATOMS = 4
GROUPS = False
_GROUPED = frozenset("bnpxszcl")  # feature initials: bias, n=, p=, x=, sh=/sent/z=, call, line


def candidates(
    text: str, toks: Sequence[tuple[int, int, str]], gazetteer: Mapping[str, str],
    common: Mapping[str, int], lang: str | None = None,
) -> list[Run]:
    """Every capitalised run of ``text`` with its candidate spans and their features."""
    group = "D" if lang == "de" else "R"  # German capitalises every noun
    out: list[Run] = []
    n = len(toks)
    i = 0
    while i < n:
        word = toks[i][2]
        if not _cap(word):
            i += 1
            continue
        j, last = i + 1, i
        while j < n:
            gap = text[toks[j - 1][1]:toks[j][0]]
            if gap.count("\n") > 1 or "\f" in gap:
                break
            w = toks[j][2]
            if _cap(w):
                last = j
                j += 1
                continue
            if (w in ("-", "¬") and gap == "" and j == last + 1 and j + 1 < n
                    and "\n" in text[toks[j][1]:toks[j + 1][0]] and toks[j + 1][2].isalpha()):
                last = j + 1  # a name hyphenated at a line end: Weight-|man
                j += 2
                continue
            nxt = j + 1 < n and _cap(toks[j + 1][2])
            if (w == "-" and gap == "" and j + 1 < n and toks[j + 1][0] == toks[j][1]
                    and toks[j + 1][2][0].isalnum()):
                last = j + 1  # Cohn-Bendit, Co-operative, Metallarbeiter-Verbandes
                j += 2
                continue
            if w in ("'", "’") and nxt and gap == "" and toks[j - 1][2][-1] in "sS":
                j += 1  # Workers' Union
                continue
            if w == "." and nxt and gap == "" and (
                len(toks[j - 1][2]) == 1 or fold(toks[j - 1][2]) in TITLES
            ):
                j += 1
                continue
            fw = fold(w)
            if (fw in CONNECTORS or w == "&") and j - last <= 2 and (
                nxt or (j + 2 < n and fold(toks[j + 1][2]) in CONNECTORS and _cap(toks[j + 2][2]))
            ):
                j += 1
                continue
            break
        first = i
        while first <= last and fold(toks[first][2]) in LEADING_DROP:
            first += 1
        if first <= last:
            atoms = _atoms(text, toks, first, last)
            spans = []
            for a in range(len(atoms)):
                for b in range(a + 1, min(len(atoms), a + MAX_ATOMS) + 1):
                    cand = _make(text, toks, atoms[a][0], atoms[b - 1][1], gazetteer, common,
                                 group)
                    spans.append((a, b, cand))
            out.append(Run(len(atoms), tuple(spans)))
        i = j
    return out


def _atoms(
    text: str, toks: Sequence[tuple[int, int, str]], first: int, last: int,
) -> list[tuple[int, int]]:
    """Token ranges ``[first, last]`` of the run's pieces between connectors and line breaks."""
    atoms: list[tuple[int, int]] = []
    k = first
    while k <= last:
        if _cap(toks[k][2]) and fold(toks[k][2]) not in LEADING_DROP:
            e = k
            while e + 1 <= last and not (
                fold(toks[e + 1][2]) in CONNECTORS or toks[e + 1][2] == "&"
                or ("\n" in text[toks[e][1]:toks[e + 1][0]] and toks[e][2] not in "-¬")
            ):
                e += 1
            atoms.append((k, e))
            k = e + 1
        else:
            k += 1
    return atoms or [(first, last)]


def _make(
    text: str, toks: Sequence[tuple[int, int, str]], first: int, last: int,
    gazetteer: Mapping[str, str], common: Mapping[str, int], group: str = "R",
) -> Candidate:
    words = [toks[k][2] for k in range(first, last + 1)]
    folded = [fold(w) for w in words]
    prev = toks[first - 1][2] if first > 0 else ""
    gap = text[toks[first - 1][1]:toks[first][0]] if first > 0 else "\n"
    fprev = fold(prev)
    nxt = fold(toks[last + 1][2]) if last + 1 < len(toks) else ""
    sent = not prev or prev in _SENT_END
    g_ = group
    f = ["b", f"n={min(len(words), 5)}", f"f={folded[0]}", f"l={folded[-1]}",
         f"p={fprev}", f"x={nxt}", f"s3={folded[-1][-3:]}", f"ps3={folded[0][-3:]}",
         "sh=" + "".join(_shape(w) for w in words[:4])]
    f.extend("w=" + w for w in folded)
    if len(words) > 1:
        f.append("span=" + " ".join(folded))
    if sent:
        f.append("sent")
        f.append("sent_f=" + folded[0])
    if "\n" in gap:
        f.append("line")
        if nxt in (",", ":", "!"):
            after = text[toks[last + 1][1]:toks[last + 2][0]] if last + 2 < len(toks) else "\n"
            if "\n" in after:
                f.append("salute")  # Camarades,|  Dear Comrades,|
            elif any(t[2].isdigit() for t in toks[last + 2:last + 5]):
                f.append("dateline")  # Nanterre, le 22 mars 1968
    if first > 1:
        f.append(f"pp={fold(toks[first - 2][2])}_{fprev}")
    if folded[0] in TITLES:
        f.append("title")
    if fprev in TITLES:
        f.append("ptitle")
    if fprev in LOC_PREPOSITIONS:
        f.append("locprep")
    if any(w in ORG_WORDS for w in folded):
        f.append("orgw")
    name = " ".join(w for w in folded if w != ".")
    g = gazetteer.get(name)
    if g is None and folded[0] in TITLES and len(folded) > 1:
        g = gazetteer.get(" ".join(w for w in folded[1:] if w != "."))
    if g is not None:
        f.append("gaz=" + g)
    known = g is not None
    if len(folded) > 1:
        g = gazetteer.get(folded[-1])
        if g is not None:
            f.append("gl=" + g)
        g = gazetteer.get(folded[0])
        if g is not None:
            f.append("gf=" + g)
    z = common.get(folded[0], 0)
    if not known and z:
        f.append(f"z={z}{'U' if words[0].isupper() else ''}")
        if sent:
            f.append(f"zs={z}")
        if z >= 4 and all(common.get(w, 0) >= 4 or w == "." for w in folded):
            f.append("call")
    # context and shape features both shared and by script group (German vs the rest)
    if GROUPS:
        f.extend(g_ + x for x in f[:] if x[0] in _GROUPED)
    return Candidate(toks[first][0], toks[last][1], first, last, tuple(f), name)


class Model:
    """A linear classifier over candidate features: one weight per feature and class."""

    def __init__(self, weights: dict[str, list[float]], common: Mapping[str, Mapping[str, int]]):
        self.weights = weights
        self.common = {lang: dict(words) for lang, words in common.items()}

    def scores(self, features: Sequence[str]) -> list[float]:
        s = [0.0, 0.0, 0.0, 0.0]
        get = self.weights.get
        for feat in features:
            w = get(feat)
            if w is not None:
                s[0] += w[0]
                s[1] += w[1]
                s[2] += w[2]
                s[3] += w[3]
        return s

    def save(self, path: Path, meta: Mapping[str, object]) -> None:
        data = {"meta": dict(meta), "classes": list(CLASSES),
                "common": self.common,
                "weights": {k: [round(x, 3) for x in v] for k, v in self.weights.items()}}
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        with path.open("wb") as out, gzip.GzipFile(filename="", fileobj=out, mode="wb",
                                                   mtime=0) as fh:
            fh.write(raw.encode("utf-8"))  # no name, no time: the same data, the same bytes

    @classmethod
    def load(cls, path: Path) -> Model:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        return cls({k: [float(x) for x in v] for k, v in data["weights"].items()},
                   data["common"])


def train(
    examples: Sequence[tuple[tuple[str, ...], int]], epochs: int = 6, seed: int = 13,
    min_weight: float = 0.005,
) -> dict[str, list[float]]:
    """Averaged multiclass perceptron; returns the averaged weights, small ones pruned."""
    weights: dict[str, list[float]] = {}
    totals: dict[str, list[float]] = {}
    stamps: dict[str, list[int]] = {}
    order = list(range(len(examples)))
    rng = random.Random(seed)
    step = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for idx in order:
            feats, gold = examples[idx]
            step += 1
            s = [0.0] * 4
            for f in feats:
                w = weights.get(f)
                if w is not None:
                    for c in range(4):
                        s[c] += w[c]
            guess = max(range(4), key=lambda c: (s[c], -c))
            if guess == gold:
                continue
            for f in feats:
                w = weights.setdefault(f, [0.0] * 4)
                tot = totals.setdefault(f, [0.0] * 4)
                st = stamps.setdefault(f, [0] * 4)
                for c, delta in ((gold, 1.0), (guess, -1.0)):
                    tot[c] += (step - st[c]) * w[c]
                    st[c] = step
                    w[c] += delta
    out: dict[str, list[float]] = {}
    for f, w in weights.items():
        tot, st = totals[f], stamps[f]
        avg = [(tot[c] + (step - st[c]) * w[c]) / step for c in range(4)]
        if max(abs(x) for x in avg) >= min_weight:
            out[f] = avg
    return out
