"""The genre of a document: a vote of layout features and wording cues.

Each cue adds weight to a genre: a genre word heading the title weighs most,
then the shape of the page (subject line, salutation and closing formula for a
letter; masthead and byline for an article; shouted lines and exclamations for a
leaflet), then words of the body (``Present:`` for minutes, ``considérant`` for
a resolution...). The winner's confidence is its share of the votes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from palimpsest.enrich import roles_lexicon as lx
from palimpsest.enrich import roles_text as tx

if TYPE_CHECKING:
    from palimpsest.enrich.roles_lines import Line

GENRES = (
    "letter", "message", "statement", "resolution", "appeal", "article", "leaflet", "minutes",
    "report", "other",
)  # fmt: skip

_BODY_CAP = 3.0


def _genre_word(text: str) -> str | None:
    m = lx.GENRE_HEAD.match(text) or lx.GENRE_HEAD.match(tx.repair_lead(text) or "")
    if m is None:
        return None
    return next((g for g, v in m.groupdict().items() if v), None)


# kin greeted in a family's letter
_KIN = frozenset({"padres", "hijos", "parents", "children", "eltern",
                  "geschwister", "kinder", "enfants", "famille", "familia", "family", "padre",
                  "madre", "father", "mother", "vater", "mutter"})


def guess_genre(
    text: str,
    head: Sequence[Line],
    tail: Sequence[Line],
    title: Sequence[Line],
    lang: str | None,
) -> tuple[str, float, list[Line]]:
    """(genre, confidence, evidence lines) for a document."""
    votes = dict.fromkeys(GENRES, 0.0)
    why: dict[str, list[Line]] = {g: [] for g in GENRES}

    def vote(genre: str, w: float, ln: Line | None = None) -> None:
        votes[genre] += w
        if ln is not None and ln not in why[genre]:
            why[genre].append(ln)

    kinds = {ln.kind for ln in head} | {ln.kind for ln in tail}
    for ln in head:
        if ln.kind == "issued" and _genre_word(ln.text):
            vote(_genre_word(ln.text) or "leaflet", 3.0, ln)  # "Flugblatt der SPD ..."
        elif ln.kind == "genre":
            g = _genre_word(ln.text)
            if g == "leaflet" and ln.toks[:1] == ["einladung"] and (
                    kinds & {"salutation", "address", "closing"}):
                g = "letter"  # an invitation that greets or closes as a letter does
            if g is not None:
                vote(g, 6.0 if title and ln is title[0] else 3.0, ln)
        elif ln.kind == "subject":
            vote("letter", 3.0, ln)
        elif ln.kind in ("address-open",):
            vote("letter", 2.0, ln)
        elif ln.kind == "address" and ln.text.rstrip().endswith("!") and ln.text.isupper():
            vote("leaflet", 2.0, ln)  # "¡A LOS OBREROS DE LOS DIQUES …!": a call, no letter
            vote("appeal", 1.0, ln)
        elif ln.kind in ("publication", "paper"):
            vote("article", 4.0, ln)
        elif ln.kind == "byline":
            vote("article", 3.0, ln)
        elif ln.kind == "salutation":
            collective = not lx.PLURAL_ADDRESS.isdisjoint(ln.toks)
            if ln.text.rstrip().endswith("!") and lx.VOCATIVE.match(ln.text):
                vote("leaflet", 3.0, ln)
            elif not _KIN.isdisjoint(ln.toks):
                vote("letter", 2.0, ln)  # "Queridos padres y hermanos:": a family's letter
            elif collective:
                vote("appeal", 0.5, ln)
                vote("letter", 0.5, ln)
            else:
                vote("letter", 1.5, ln)
        elif ln.kind == "heading" and ln.text.rstrip().endswith("!"):
            vote("leaflet", 1.0, ln)
            vote("appeal", 1.0, ln)
    for ln in tail:
        if ln.kind == "closing":
            vote("letter", 1.5, ln)
        elif ln.kind == "issued":
            g = _genre_word(ln.text)
            vote(g or "leaflet", 3.0 if g else 1.0, ln)
            vote("statement", 0.5, ln)
        elif ln.kind == "heading" and ln.text.rstrip().endswith("!"):
            vote("leaflet", 0.5, ln)
            vote("appeal", 0.5, ln)
    signers = [ln for ln in tail if ln.kind in ("heading", "org") and tx.person_name(ln.text)]
    if signers:
        votes["leaflet"] = max(0.0, votes["leaflet"] - 1.0)
    elif any(ln.org for ln in tail) and "closing" not in kinds:
        vote("leaflet", 1.0)  # signed by a body alone, no formula
    shouted = sum(1 for ln in (*head, *tail) if ln.words >= 2 and ln.text.isupper())
    if shouted >= 3:
        vote("leaflet", 1.0)
    if not (title and title[0].kind == "genre"):  # a genre word in the title settles it
        for g, k in tx.body_cues(text).items():
            vote(g, min(_BODY_CAP, k))
    if text.count("!") >= 4:
        vote("leaflet", 1.0)
    if len(text) < 1200 and votes["leaflet"] > 0:
        vote("leaflet", 1.0)
    best = max(GENRES, key=lambda g: votes[g])
    total = sum(votes.values())
    if votes[best] < 1.0:
        return "other", 0.3, []
    conf = min(0.95, 0.4 + 0.6 * votes[best] / total)
    return best, conf, why[best][:3]
