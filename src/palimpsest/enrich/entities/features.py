"""The features of a candidate name: what the classifier of :mod:`.model` weighs.

Each candidate is described by sparse features (its words, first and last word, suffix,
shape, the words around it, whether it starts a sentence or a line, title and
organisation words, the gazetteer type, how common the first word is on wordfreq's Zipf
scale), as strings, one weight per feature and class. They are made here for training
and for checks; recognition adds up their weights without making them
(:class:`~palimpsest.enrich.entities.model.Scorer`), so the two must list the same
features in the same order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from palimpsest.enrich.entities.lexicon import LOC_PREPOSITIONS, ORG_WORDS, TITLES
from palimpsest.enrich.entities.tokens import Tokens

SENT_END = frozenset(".!?:;\"«»¿¡—–-(•*")
GROUPS = False
_GROUPED = frozenset("bnpxszcl")  # feature initials: bias, n=, p=, x=, sh=/sent/z=, call, line
N_FEATURES = tuple(f"n={k}" for k in range(6))


@dataclass(slots=True)
class Candidate:
    start: int  # character offsets in the text
    end: int
    first: int  # token indices [first, last]
    last: int
    features: tuple[str, ...]
    key: str  # folded words without dots: the gazetteer key


def span_context(
    text: str, tk: Tokens, first: int, last: int
) -> tuple[str, str, str, bool]:
    """What stands around tokens ``[first, last]``: the folded word before, the gap
    before it, the folded word after, and whether a sentence starts there."""
    if first > 0:
        prev = tk.words[first - 1]
        fprev = tk.folded[first - 1]
        gap = text[tk.ends[first - 1]:tk.starts[first]]
    else:
        prev = fprev = ""
        gap = "\n"
    nxt = tk.folded[last + 1] if last + 1 < len(tk.words) else ""
    return fprev, gap, nxt, not prev or prev in SENT_END


def make_candidate(
    text: str, tk: Tokens, first: int, last: int, gazetteer: Mapping[str, str],
    common: Mapping[str, int], group: str, off: int, shapes: list[str], wfeats: list[str],
) -> Candidate:
    """The candidate of tokens ``[first, last]``; ``shapes`` and ``wfeats`` are the run's
    tokens' shapes and ``w=`` features from token ``off`` on.

    :meth:`.model.Scorer.span` adds up the weights of these features without making them:
    a change here is a change there (``tests/test_entities.py`` checks they agree)."""
    words, folded = tk.words, tk.folded
    n = len(words)
    fs = folded[first:last + 1]
    f0, fl = fs[0], fs[-1]
    nw = last - first + 1
    fprev, gap, nxt, sent = span_context(text, tk, first, last)
    f = ["b", N_FEATURES[nw if nw < 5 else 5], "f=" + f0, "l=" + fl, "p=" + fprev,
         "x=" + nxt, "s3=" + fl[-3:], "ps3=" + f0[-3:],
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
