"""The classifier of candidate names: PER, ORG, LOC or O, by a linear model.

One weight per feature (:mod:`.features`) and class, learnt by an averaged perceptron
(:func:`train`) and kept as a JSON file (``data/ner-model.json.gz``); a candidate's
scores are the sums of its features' weights. :class:`Scorer` gives the same sums
without making the features, looking up each word's weights once: recognition then costs
a few dozen dictionary probes per candidate.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from collections.abc import Mapping, Sequence
from pathlib import Path

from palimpsest.enrich.entities.features import (
    GROUPS,
    N_FEATURES,
    make_candidate,
    span_context,
)
from palimpsest.enrich.entities.lexicon import LOC_PREPOSITIONS, ORG_WORDS, TITLES
from palimpsest.enrich.entities.tokens import CACHE_WORDS, SHAPES, Tokens

CLASSES = ("PER", "ORG", "LOC", "O")


Packed = tuple[complex, complex]  # a feature's four weights: (PER + ORG j, LOC + O j)
_F, _L, _P, _X, _S3, _PS3, _W, _SENT_F = range(8)  # a word's features, as Scorer keeps them


class _WordWeights(dict[str, tuple[Packed | None, ...]]):
    """folded word → the weights of its features ``f= l= p= x= s3= ps3= w= sent_f=``."""

    def __init__(self, packed: Mapping[str, Packed]) -> None:
        super().__init__()
        self.packed = packed

    def __missing__(self, w: str) -> tuple[Packed | None, ...]:
        get, end = self.packed.get, w[-3:]
        found = self[w] = (get("f=" + w), get("l=" + w), get("p=" + w), get("x=" + w),
                           get("s3=" + end), get("ps3=" + end), get("w=" + w),
                           get("sent_f=" + w))
        return found


class Scorer:
    """``Model.scores`` of a candidate's features, without making the candidate: the
    weights of each word's features are looked up once and kept, and the weights are
    added in the order :func:`~palimpsest.enrich.entities.features.make_candidate` lists
    the features, so the sums are the same to the last bit."""

    def __init__(self, model: Model) -> None:
        self.model = model
        packed = self.packed = model.packed
        self.words = _WordWeights(packed)
        get = packed.get
        self.bias = get("b")
        self.n = [get(f) for f in N_FEATURES]
        self.shapes = {k[3:]: v for k, v in packed.items() if k.startswith("sh=")}
        self.const = {f: get(f) for f in ("sent", "line", "salute", "dateline", "title", "tname",
                                          "ptitle", "locprep", "orgw", "call")}
        self.zipf: dict[str, Packed | None] = {}

    def trim(self) -> None:
        """Forget the words' weights when they are too many (call between texts)."""
        if len(self.words) > CACHE_WORDS:
            self.words.clear()

    def span(
        self, text: str, tk: Tokens, first: int, last: int, gazetteer: Mapping[str, str],
        common: Mapping[str, int], group: str = "R",
    ) -> tuple[str, list[float]]:
        """The gazetteer key and the four class scores of tokens ``[first, last]``
        (``group``: as :func:`candidates` has it for the language)."""
        if GROUPS:
            cand = make_candidate(text, tk, first, last, gazetteer, common, group, first,
                                  [SHAPES[w] for w in tk.words[first:last + 1]],
                                  ["w=" + w for w in tk.folded[first:last + 1]])
            return cand.key, self.model.scores(cand.features)
        words, folded, wv, const = tk.words, tk.folded, self.words, self.const
        n = len(words)
        fs = folded[first:last + 1]
        f0, fl = fs[0], fs[-1]
        nw = last - first + 1
        fprev, gap, nxt, sent = span_context(text, tk, first, last)
        v0 = wv[f0]
        vl = wv[fl] if nw > 1 else v0
        if nw == 1:
            shape = SHAPES[words[first]]
        else:
            shape = "".join([SHAPES[w] for w in words[first:min(last + 1, first + 4)]])
        # in make_candidate's order: b n= f= l= p= x= s3= ps3= sh= w=...
        vecs = [self.bias, self.n[nw if nw < 5 else 5], v0[_F], vl[_L], wv[fprev][_P],
                wv[nxt][_X], vl[_S3], v0[_PS3], self.shapes.get(shape)]
        if nw == 1:
            vecs.append(v0[_W])
            span = f0
        else:
            vecs += [wv[w][_W] for w in fs]
            span = " ".join(fs)
            vecs.append(self.packed.get("span=" + span))
        if sent:
            vecs.append(const["sent"])
            vecs.append(v0[_SENT_F])
        if "\n" in gap:
            vecs.append(const["line"])
            if nxt in (",", ":", "!"):
                after = text[tk.ends[last + 1]:tk.starts[last + 2]] if last + 2 < n else "\n"
                if "\n" in after:
                    vecs.append(const["salute"])
                elif any(w.isdigit() for w in words[last + 2:last + 5]):
                    vecs.append(const["dateline"])
        if first > 1:
            vecs.append(self.packed.get("pp=" + folded[first - 2] + "_" + fprev))
        if f0 in TITLES:
            vecs.append(const["title"])
            if nw > 1 and fl not in TITLES and tk.caps[last]:
                vecs.append(const["tname"])
        if fprev in TITLES:
            vecs.append(const["ptitle"])
        if fprev in LOC_PREPOSITIONS:
            vecs.append(const["locprep"])
        if not ORG_WORDS.isdisjoint(fs):
            vecs.append(const["orgw"])
        name = " ".join([w for w in fs if w != "."]) if "." in fs else span
        g = gazetteer.get(name)
        if g is None and nw > 1 and f0 in TITLES:
            g = gazetteer.get(" ".join([w for w in fs[1:] if w != "."]))
        if g is not None:
            vecs.append(self.packed.get("gaz=" + g))
        known = g is not None
        if nw > 1:
            g = gazetteer.get(fl)
            if g is not None:
                vecs.append(self.packed.get("gl=" + g))
            g = gazetteer.get(f0)
            if g is not None:
                vecs.append(self.packed.get("gf=" + g))
        z = common.get(f0, 0)
        if not known and z:
            vecs.append(self._zipf(f"z={z}{'U' if words[first].isupper() else ''}"))
            if sent:
                vecs.append(self._zipf(f"zs={z}"))
            if z >= 4 and (nw == 1 or all(common.get(w, 0) >= 4 or w == "." for w in fs)):
                vecs.append(const["call"])
        a = b = 0j
        for x, y in filter(None, vecs):
            a += x
            b += y
        return name, [a.real, a.imag, b.real, b.imag]

    def _zipf(self, feature: str) -> Packed | None:
        try:
            return self.zipf[feature]
        except KeyError:
            found = self.zipf[feature] = self.packed.get(feature)
            return found


class Model:
    """A linear classifier over candidate features: one weight per feature and class."""

    def __init__(
        self, weights: dict[str, list[float]], common: Mapping[str, Mapping[str, int]],
        meta: Mapping[str, object] | None = None, source: str = "",
    ) -> None:
        self.weights = weights
        self.meta = dict(meta or {})  # what it was trained on, under which licence
        self.source = source  # the file's name and a digest of its bytes, when loaded
        self.common = {lang: dict(words) for lang, words in common.items()}
        # the weights as two complex numbers (PER + ORG j, LOC + O j): a complex sum adds
        # real and imaginary parts apart, each exactly as a float sum in the same order
        self.packed: dict[str, Packed] = {
            k: (complex(w[0], w[1]), complex(w[2], w[3])) for k, w in weights.items()}
        self._scorer: Scorer | None = None
        # (language, word) → whether the word misreads a larger place, for the language's
        # common words above (PlaceLabels.misread_label): shared by the model's recognisers
        self.misread: dict[tuple[str, str], bool] = {}

    def scores(self, features: Sequence[str]) -> list[float]:
        """The four classes' scores: the sums of the features' weights, in their order."""
        a = b = 0j
        for x, y in filter(None, map(self.packed.get, features)):
            a += x
            b += y
        return [a.real, a.imag, b.real, b.imag]

    def scorer(self) -> Scorer:
        """The model's :class:`Scorer` (one a model: it keeps words' weights)."""
        if self._scorer is None:
            self._scorer = Scorer(self)
        return self._scorer

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
        raw = Path(path).read_bytes()
        data = json.loads(gzip.decompress(raw).decode("utf-8"))
        return cls({k: [float(x) for x in v] for k, v in data["weights"].items()},
                   data["common"], data.get("meta"), source_of(Path(path).name, raw))


def source_of(name: str, raw: bytes) -> str:
    """A model file's name and the digest of its bytes: which model found a name."""
    return f"{name}:{hashlib.sha256(raw).hexdigest()[:12]}"


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
