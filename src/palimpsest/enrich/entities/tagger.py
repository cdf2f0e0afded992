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
from itertools import accumulate, compress
from operator import sub
from pathlib import Path

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.lexicon import (
    CONNECTORS,
    HEADS,
    LEADING_DROP,
    LOC_PREPOSITIONS,
    NAME_ADJECTIVES,
    ORG_WORDS,
    TAIL_ARTICLES,
    TAIL_OF,
    TAIL_STOP,
    TITLES,
)

CLASSES = ("PER", "ORG", "LOC", "O")
# words (with inner apostrophes: O'Brien, aujourd'hui), French elided articles on their own
# (d'|Italie, l'|Europe, Conseil d'|Etat: the name is the word after them), punctuation
TOKEN = re.compile(r"[dDlL](?<!\w[dDlL])['’](?=\w)|\w+(?:['’](?![sS]\b)\w+)*|[^\w\s]")
_SENT_END = frozenset(".!?:;\"«»¿¡—–-(•*")


@dataclass(slots=True)
class Candidate:
    start: int  # character offsets in the text
    end: int
    first: int  # token indices [first, last]
    last: int
    features: tuple[str, ...]
    key: str  # folded words without dots: the gazetteer key


# a token with the white space before it; the token is the same as TOKEN's (possessive
# quantifiers: no backtracking, the same matches)
_SPACED_TOKEN = re.compile(
    r"\s*+(?:[dDlL](?<!\w[dDlL])['’](?=\w)|\w++(?:['’](?![sS]\b)\w++)*+|[^\w\s])")


def tokenise(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


@dataclass(frozen=True, slots=True)
class Tokens:
    """A text's tokens as parallel lists: offsets, words, folded words (:func:`fold`),
    and whether each starts with a capital."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    folded: list[str]
    caps: list[bool]

    @classmethod
    def of(cls, text: str) -> Tokens:
        """The tokens of :func:`tokenise`, found in one pass and folded in one call."""
        chunks = _SPACED_TOKEN.findall(text.rstrip())  # no trailing space: no rescans
        words = list(map(str.lstrip, chunks))  # str.lstrip strips what \s matches
        ends = list(accumulate(map(len, chunks)))
        starts = list(map(sub, ends, map(len, words)))
        return cls._build(starts, ends, words)

    @classmethod
    def from_tuples(cls, toks: Sequence[tuple[int, int, str]]) -> Tokens:
        return cls._build([t[0] for t in toks], [t[1] for t in toks], [t[2] for t in toks])

    @classmethod
    def _build(cls, starts: list[int], ends: list[int], words: list[str]) -> Tokens:
        if len(_FOLDED) > _CACHE_WORDS:
            _FOLDED.clear()
            _CAPS.clear()
            _SHAPES.clear()
        return cls(starts, ends, words, list(map(_FOLDED.__getitem__, words)),
                   list(map(_CAPS.__getitem__, words)))


class _Folded(dict[str, str]):
    """word → :func:`fold` (word), filled as words are met."""

    def __missing__(self, word: str) -> str:
        folded = self[word] = fold(word)
        return folded


class _Caps(dict[str, bool]):
    """word → whether it starts with a capital."""

    def __missing__(self, word: str) -> bool:
        cap = self[word] = word[0].isupper()
        return cap


def _shape(word: str) -> str:
    if word.isupper():
        return "U" if len(word) > 1 else "I"
    if word[0].isupper():
        return "C" if word[1:].islower() or len(word) == 1 else "M"
    return "d" if word[0].isdigit() else "l"


class _Shapes(dict[str, str]):
    """word → :func:`_shape` (word)."""

    def __missing__(self, word: str) -> str:
        shape = self[word] = _shape(word)
        return shape


_CACHE_WORDS = 1 << 16  # the caches are emptied when they grow past this many words
_FOLDED = _Folded()
_CAPS = _Caps()
_SHAPES = _Shapes()


@dataclass(slots=True)
class Run:
    """A capitalised run cut into atoms at connectors and line breaks; ``spans`` holds a
    candidate for each range of up to :data:`MAX_ATOMS` atoms ``[a, b)``."""

    atoms: int
    spans: tuple[tuple[int, int, Candidate], ...]


MAX_ATOMS = 4
MAX_TAIL = 3  # atoms of a lower-case tail (see _tail)
GROUPS = False
_GROUPED = frozenset("bnpxszcl")  # feature initials: bias, n=, p=, x=, sh=/sent/z=, call, line
_N = tuple(f"n={k}" for k in range(6))


TAIL_LANGS = frozenset({"fr", "es"})  # languages whose names go on in lower case


def runs(
    text: str, tk: Tokens, lang: str | None = None,
) -> list[tuple[int, int, list[tuple[int, int]], int]]:
    """Every capitalised run of ``text``: its tokens ``[first, last]``, its atoms, and how
    many of them are the run's own (the others: its lower-case tail, see :func:`_tail`)."""
    starts, ends, words, folded, caps = tk.starts, tk.ends, tk.words, tk.folded, tk.caps
    out: list[tuple[int, int, list[tuple[int, int]], int]] = []
    tails = lang in TAIL_LANGS
    n = len(words)
    j = 0
    for i in compress(range(n), caps):
        if i < j:
            continue  # inside the last run
        j, last = i + 1, i
        while j < n:
            gap = text[ends[j - 1]:starts[j]]
            if gap.count("\n") > 1 or "\f" in gap:
                break
            if caps[j]:
                last = j
                j += 1
                continue
            w = words[j]
            if (w in ("-", "¬") and gap == "" and j == last + 1 and j + 1 < n
                    and "\n" in text[ends[j]:starts[j + 1]] and words[j + 1].isalpha()):
                last = j + 1  # a name hyphenated at a line end: Weight-|man
                j += 2
                continue
            nxt = j + 1 < n and caps[j + 1]
            if (w == "-" and gap == "" and j + 1 < n and starts[j + 1] == ends[j]
                    and words[j + 1][0].isalnum()):
                last = j + 1  # Cohn-Bendit, Co-operative, Metallarbeiter-Verbandes
                j += 2
                continue
            if w in ("'", "’") and nxt and gap == "" and words[j - 1][-1] in "sS":
                j += 1  # Workers' Union
                continue
            if (w in ("'", "’") and gap == "" and j == last + 1 and j + 2 < n
                    and words[j + 1] in ("s", "S") and starts[j + 1] == ends[j]
                    and caps[j + 2] and "\n" not in text[ends[j + 1]:starts[j + 2]]):
                j += 2  # Women's Co-operative Guild (the possessive ends an atom)
                continue
            if w == "." and gap == "" and (len(words[j - 1]) == 1 or folded[j - 1] in TITLES):
                if nxt or (j + 2 < n and folded[j + 1] in CONNECTORS and caps[j + 2]):
                    j += 1  # Mr. J. Smith, M. de Gaulle
                    continue
                if j == last + 1 and j >= 3 and words[j - 2] == "." and caps[j - 1]:
                    last = j  # the last dot of initials: S.F.I.O.
                    j += 1
                    continue
            if (w == "&" or folded[j] in CONNECTORS) and j - last <= 2 and (
                nxt or (j + 2 < n and folded[j + 1] in CONNECTORS and caps[j + 2])
            ):
                j += 1
                continue
            break
        first = i
        while first <= last and folded[first] in LEADING_DROP:
            first += 1
        if first > last:
            continue
        # one token, one atom (what _atoms says of it)
        atoms = [(first, last)] if first == last else _atoms(text, tk, first, last)
        own = len(atoms)
        if tails and folded[last] in HEADS and atoms[-1][0] == last:
            tail = _tail(text, tk, last)
            if tail:
                atoms += tail
                last = tail[-1][1]
                j = max(j, last + 1)
        out.append((first, last, atoms, own))
    return out


def _tail(text: str, tk: Tokens, head: int) -> list[tuple[int, int]]:
    """The lower-case words that go on a name after its head word, as atoms: up to two
    adjectives of :data:`NAME_ADJECTIVES`, then a complement after a connector
    (``Conseil | fédéral``, ``Parti | communiste | français``, ``Syndicat des | dockers``,
    ``Union | nationale des | étudiants de | France``); at most :data:`MAX_TAIL` atoms, none
    across punctuation; a capitalised complement (a name: ``de France``) ends it."""
    starts, ends, words, folded, caps = tk.starts, tk.ends, tk.words, tk.folded, tk.caps
    n = len(words)
    out: list[tuple[int, int]] = []
    k = head + 1
    adjectives = 0
    while k < n and len(out) < MAX_TAIL:
        if "\n\n" in text[ends[k - 1]:starts[k]]:
            break
        if folded[k] in TAIL_OF:
            m = k + 1
            if m < n and folded[m] in TAIL_ARTICLES:
                m += 1  # de la, de l'
            end = _tail_word(tk, m, False)
            if end < 0 or "\n\n" in text[ends[k]:starts[m]]:
                break
            if caps[m]:  # a name after the connector ends the tail: de France, de la Seine
                while (end + 1 < n and (caps[end + 1] or words[end + 1] in (".", "-"))
                       and "\n" not in text[ends[end]:starts[end + 1]]):
                    end += 1
                out.append((m, end))
                break
            out.append((m, end))
            adjectives = 2  # no adjective after a complement but its own
            k = end + 1
            continue
        if adjectives >= 2:
            break
        end = _tail_word(tk, k, True)
        if end < 0:
            break
        out.append((k, end))
        adjectives += 1
        k = end + 1
    return out


def _tail_word(tk: Tokens, k: int, adjective: bool) -> int:
    """The last token of the tail word at ``k`` (a hyphenated word is one), or -1: a
    lower-case word not in :data:`TAIL_STOP` (an adjective: in :data:`NAME_ADJECTIVES`,
    its last part when hyphenated), or a capitalised one after a connector."""
    words, folded, caps = tk.words, tk.folded, tk.caps
    n = len(words)
    if k >= n or not words[k].isalpha() or folded[k] in TAIL_STOP or (caps[k] and adjective):
        return -1
    end = k
    while (end + 2 < n and words[end + 1] == "-" and tk.starts[end + 1] == tk.ends[end]
           and tk.starts[end + 2] == tk.ends[end + 1] and words[end + 2].isalpha()):
        end += 2  # radical-socialiste
    if adjective and folded[end] not in NAME_ADJECTIVES:
        return -1
    return end


def dateline(text: str, tk: Tokens, first: int, last: int) -> bool:
    """Whether tokens ``[first, last]`` open a line that goes on with a comma and a date
    (``Nanterre, le 22 mars 1968``): the feature ``dateline`` of :func:`_make`."""
    n = len(tk.words)
    if first > 0 and "\n" not in text[tk.ends[first - 1]:tk.starts[first]]:
        return False
    return (last + 2 < n and tk.words[last + 1] in (",", ":", "!")
            and "\n" not in text[tk.ends[last + 1]:tk.starts[last + 2]]
            and any(w.isdigit() for w in tk.words[last + 2:last + 5]))


def spans_of(atoms: Sequence[tuple[int, int]], own: int, caps: Sequence[bool]) -> list[
        tuple[int, int]]:
    """The candidate spans of a run, as atom ranges ``[a, b)`` of up to :data:`MAX_ATOMS`
    atoms, by ``a`` then ``b``: every one that starts at one of the run's ``own`` atoms or
    at a capitalised word of its tail."""
    na = len(atoms)
    return [(a, b) for a in range(na) if a < own or caps[atoms[a][0]]
            for b in range(a + 1, min(na, a + MAX_ATOMS) + 1)]


def candidates(
    text: str, toks: Sequence[tuple[int, int, str]] | Tokens, gazetteer: Mapping[str, str],
    common: Mapping[str, int], lang: str | None = None,
) -> list[Run]:
    """Every capitalised run of ``text`` with its candidate spans and their features
    (``toks``: :func:`tokenise`'s tokens, or :meth:`Tokens.of` the text)."""
    tk = toks if isinstance(toks, Tokens) else Tokens.from_tuples(toks)
    group = "D" if lang == "de" else "R"  # German capitalises every noun
    out: list[Run] = []
    for first, last, atoms, own in runs(text, tk, lang):
        # per token of the run, once: its shape and its word feature
        shapes = [_SHAPES[w] for w in tk.words[first:last + 1]]
        wfeats = ["w=" + w for w in tk.folded[first:last + 1]]
        spans = []
        for a, b in spans_of(atoms, own, tk.caps):
            cand = _make(text, tk, atoms[a][0], atoms[b - 1][1], gazetteer, common, group,
                         first, shapes, wfeats)
            spans.append((a, b, cand))
        out.append(Run(len(atoms), tuple(spans)))
    return out


def _atoms(text: str, tk: Tokens, first: int, last: int) -> list[tuple[int, int]]:
    """Token ranges ``[first, last]`` of the run's pieces between connectors and line breaks."""
    words, folded, caps = tk.words, tk.folded, tk.caps
    atoms: list[tuple[int, int]] = []
    k = first
    while k <= last:
        if caps[k] and folded[k] not in LEADING_DROP:
            e = k
            while e + 1 <= last and not (
                folded[e + 1] in CONNECTORS or words[e + 1] == "&"
                or ("\n" in text[tk.ends[e]:tk.starts[e + 1]] and words[e] not in "-¬")
                or (words[e + 1] in ("'", "’") and e + 2 <= last and words[e + 2] in ("s", "S"))
            ):
                e += 1
            atoms.append((k, e))
            k = e + 1
        else:
            k += 1
    return atoms or [(first, last)]


def _make(
    text: str, tk: Tokens, first: int, last: int, gazetteer: Mapping[str, str],
    common: Mapping[str, int], group: str, off: int, shapes: list[str], wfeats: list[str],
) -> Candidate:
    """The candidate of tokens ``[first, last]``; ``shapes`` and ``wfeats`` are the run's
    tokens' shapes and ``w=`` features from token ``off`` on.

    :meth:`Scorer.span` adds up the weights of these features without making them:
    a change here is a change there (``tests/test_entities.py`` checks they agree)."""
    words, folded = tk.words, tk.folded
    n = len(words)
    fs = folded[first:last + 1]
    f0, fl = fs[0], fs[-1]
    nw = last - first + 1
    if first > 0:
        prev = words[first - 1]
        fprev = folded[first - 1]
        gap = text[tk.ends[first - 1]:tk.starts[first]]
    else:
        prev = fprev = ""
        gap = "\n"
    nxt = folded[last + 1] if last + 1 < n else ""
    sent = not prev or prev in _SENT_END
    f = ["b", _N[nw if nw < 5 else 5], "f=" + f0, "l=" + fl, "p=" + fprev, "x=" + nxt,
         "s3=" + fl[-3:], "ps3=" + f0[-3:],
         "sh=" + "".join(shapes[first - off:min(last + 1, first + 4) - off])]
    f += wfeats[first - off:last + 1 - off]
    span = " ".join(fs) if nw > 1 else f0
    if nw > 1:
        f.append("span=" + span)
    if sent:
        f.append("sent")
        f.append("sent_f=" + f0)
    if "\n" in gap:
        f.append("line")
        if nxt in (",", ":", "!"):
            after = text[tk.ends[last + 1]:tk.starts[last + 2]] if last + 2 < n else "\n"
            if "\n" in after:
                f.append("salute")  # Camarades,|  Dear Comrades,|
            elif any(w.isdigit() for w in words[last + 2:last + 5]):
                f.append("dateline")  # Nanterre, le 22 mars 1968
    if first > 1:
        f.append("pp=" + folded[first - 2] + "_" + fprev)
    if f0 in TITLES:
        f.append("title")
        if nw > 1 and fl not in TITLES and tk.caps[last]:
            f.append("tname")  # Comrade Tom Mann, Mr. Attlee
    if fprev in TITLES:
        f.append("ptitle")
    if fprev in LOC_PREPOSITIONS:
        f.append("locprep")
    if not ORG_WORDS.isdisjoint(fs):
        f.append("orgw")
    name = " ".join([w for w in fs if w != "."]) if "." in fs else span
    g = gazetteer.get(name)
    if g is None and nw > 1 and f0 in TITLES:
        g = gazetteer.get(" ".join([w for w in fs[1:] if w != "."]))
    if g is not None:
        f.append("gaz=" + g)
    known = g is not None
    if nw > 1:
        g = gazetteer.get(fl)
        if g is not None:
            f.append("gl=" + g)
        g = gazetteer.get(f0)
        if g is not None:
            f.append("gf=" + g)
    z = common.get(f0, 0)
    if not known and z:
        f.append(f"z={z}{'U' if words[first].isupper() else ''}")
        if sent:
            f.append(f"zs={z}")
        if z >= 4 and (nw == 1 or all(common.get(w, 0) >= 4 or w == "." for w in fs)):
            f.append("call")
    # context and shape features both shared and by script group (German vs the rest)
    if GROUPS:
        f.extend(group + x for x in f[:] if x[0] in _GROUPED)
    return Candidate(tk.starts[first], tk.ends[last], first, last, tuple(f), name)


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
    added in the order :func:`_make` lists the features, so the sums are the same to the
    last bit."""

    def __init__(self, model: Model) -> None:
        self.model = model
        packed = self.packed = model.packed
        self.words = _WordWeights(packed)
        get = packed.get
        self.bias = get("b")
        self.n = [get(f) for f in _N]
        self.shapes = {k[3:]: v for k, v in packed.items() if k.startswith("sh=")}
        self.const = {f: get(f) for f in ("sent", "line", "salute", "dateline", "title", "tname",
                                          "ptitle", "locprep", "orgw", "call")}
        self.zipf: dict[str, Packed | None] = {}

    def trim(self) -> None:
        """Forget the words' weights when they are too many (call between texts)."""
        if len(self.words) > _CACHE_WORDS:
            self.words.clear()

    def span(
        self, text: str, tk: Tokens, first: int, last: int, gazetteer: Mapping[str, str],
        common: Mapping[str, int], group: str = "R",
    ) -> tuple[str, list[float]]:
        """The gazetteer key and the four class scores of tokens ``[first, last]``
        (``group``: as :func:`candidates` has it for the language)."""
        if GROUPS:
            cand = _make(text, tk, first, last, gazetteer, common, group, first,
                         [_SHAPES[w] for w in tk.words[first:last + 1]],
                         ["w=" + w for w in tk.folded[first:last + 1]])
            return cand.key, self.model.scores(cand.features)
        words, folded, wv, const = tk.words, tk.folded, self.words, self.const
        n = len(words)
        fs = folded[first:last + 1]
        f0, fl = fs[0], fs[-1]
        nw = last - first + 1
        if first > 0:
            prev = words[first - 1]
            fprev = folded[first - 1]
            gap = text[tk.ends[first - 1]:tk.starts[first]]
        else:
            prev = fprev = ""
            gap = "\n"
        nxt = folded[last + 1] if last + 1 < n else ""
        sent = not prev or prev in _SENT_END
        v0 = wv[f0]
        vl = wv[fl] if nw > 1 else v0
        if nw == 1:
            shape = _SHAPES[words[first]]
        else:
            shape = "".join([_SHAPES[w] for w in words[first:min(last + 1, first + 4)]])
        # in _make's order: b n= f= l= p= x= s3= ps3= sh= w=...
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

    def __init__(self, weights: dict[str, list[float]], common: Mapping[str, Mapping[str, int]]):
        self.weights = weights
        self.common = {lang: dict(words) for lang, words in common.items()}
        # the weights as two complex numbers (PER + ORG j, LOC + O j): a complex sum adds
        # real and imaginary parts apart, each exactly as a float sum in the same order
        self.packed: dict[str, Packed] = {
            k: (complex(w[0], w[1]), complex(w[2], w[3])) for k, w in weights.items()}
        self._scorer: Scorer | None = None

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
