"""Dating clues: what a text says about when it was written, each with its likelihood.

A mentioned year, a chronology match (a person in office, an organisation, a term of a
period), a printed weekday with its date, and the learned period model's opinion
(:class:`palimpsest.enrich.dating.PeriodModel`) each become a :class:`Clue`;
:mod:`palimpsest.enrich.dating` weighs them into a range. :data:`PARAMS` holds the
constants both read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as _date
from functools import cache
from itertools import compress, count
from typing import TYPE_CHECKING, Any

import numpy as np

from palimpsest.enrich.chronology import (
    Chronology,
    ChronologyMatch,
    ChronologyRow,
    TextTokens,
    fold,
    text_tokens,
)
from palimpsest.enrich.date_words import WEEKDAYS
from palimpsest.enrich.dates import DateMention, find_dates, month_number

if TYPE_CHECKING:  # typing only: the model's module imports this one
    from palimpsest.enrich.dating import PeriodModel

NOW = 2026
_FUTURE = frozenset([
    "by", "until", "till", "bis", "hasta", "jusqu", "d'ici", "para", "toward", "towards",
    "through", "zum", "hacia", "vers",
])
# Weight of a clue towards the terminus post quem, by chronology kind (one strong clue = 1).
_KIND_WEIGHT = {
    "head_of_state": 1.0, "head_of_government": 1.0, "office": 1.0, "person": 0.8,
    "organisation": 0.8, "state": 0.8, "event": 0.8, "technology": 0.4, "term": 0.4,
    "spelling": 0.0,
}
# How many years before its start a thing may already be mentioned.
_KIND_SLACK = {"technology": 5, "term": 5, "organisation": 1, "state": 1, "event": 0}


@dataclass(slots=True)
class Clue:
    """One piece of dating evidence and the years it points to."""

    text: str
    start: int | None
    end: int | None
    source: str  # "date", "chronology:<id>", "learned:<model>"
    after: int | None  # terminus post quem it implies
    before: int | None  # soft terminus ante quem it implies
    weight: float
    implies: str
    learned: bool = False
    exact: bool = False  # a full printed date: usually of the last months
    logp: np.ndarray | None = None  # the learned model's log-probability over GRID
    until: int | None = None  # the end of the named thing's term: "recent" means within it
    # the named thing's terms when it had several, (after, until) each (Belaúnde: 1963–1968
    # and 1980–1985); empty when after..until is one
    periods: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "source": self.source,
                "implies": self.implies, "weight": round(self.weight, 3),
                "learned": self.learned}


def _date_clues(dates: list[DateMention]) -> list[Clue]:
    out = []
    for d in dates:
        if d.year > NOW or d.context in _FUTURE:
            continue
        if d.precision in ("day", "month"):
            w = 1.0
        elif d.precision == "decade":
            w = 0.6
        else:
            w = 1.0 if d.confidence >= 0.7 else 0.6 if d.confidence >= 0.45 else 0.25
        if d.repaired:
            w *= 0.5
        out.append(Clue(d.text, d.start, d.end, f"date:{d.value}", d.year, None, w,
                        f"written in or after {d.year} (mentions {d.text!r})",
                        exact=d.precision in ("day", "month")))
    return out


# Words that make a bare surname within three words after them a role of its own
# (``el gobierno del general Odría``, ``the government of General Franco``).
_ROLE_BEFORE = frozenset({
    "gobierno", "regimen", "dictadura", "government", "regime", "administration",
    "dictatorship", "gouvernement", "dictature", "regierung", "kabinett", "diktatur",
})


def _in_role(text: str, start: int) -> bool:
    """Whether a name at ``start`` follows a government word within three words."""
    before = fold(text[max(0, start - 40):start]).split()[-3:]
    return any(w.strip(".,;:'’") in _ROLE_BEFORE for w in before)


def _chronology_clues(matches: list[ChronologyMatch], text: str) -> list[Clue]:
    out: list[Clue] = []
    seen: dict[tuple[str, ...], Clue] = {}
    for m in matches:
        key = tuple(r.id for r in m.rows)
        if key in seen:  # a repeated mention adds a little weight, not a new clue
            seen[key].weight = min(seen[key].weight * 1.5, 2.0)
            continue
        kind = m.rows[0].kind
        start = min(r.start for r in m.rows)
        end = max(r.end for r in m.rows)
        w = _KIND_WEIGHT.get(kind, 0.4)
        slack = _KIND_SLACK.get(kind, 0)
        if (m.one_word and kind in ("head_of_state", "head_of_government", "office", "person")
                and not _in_role(text, m.start)):
            w, slack = w * 0.6, slack + (5 if kind == "person" else 10)
        ids = ",".join(key)
        if kind == "spelling" or (kind == "term" and end < NOW):
            before = end + (15 if kind == "spelling" else 10)
            after = None if kind == "spelling" else start - slack
            clue = Clue(m.text, m.start, m.end, f"chronology:{ids}", after, before,
                        0.3 if kind == "spelling" else w,
                        f"usage of {start}–{end}: probably before {before}")
        else:
            terms = _terms(m.rows)
            years = ", ".join(f"{a}–{b if b < NOW else ''}" for a, b in terms)
            clue = Clue(m.text, m.start, m.end, f"chronology:{ids}", start - slack, None, w,
                        f"{m.rows[0].name} ({years}): written after "
                        f"{start - slack}" + (", most likely in those years" if end < NOW else ""),
                        until=end if end < NOW else None,
                        periods=tuple((a - slack, min(b, NOW)) for a, b in terms)
                        if len(terms) > 1 else ())
        seen[key] = clue
        out.append(clue)
    return out


def _terms(rows: tuple[ChronologyRow, ...]) -> list[tuple[int, int]]:
    """The rows' terms, those that overlap or touch joined, in order."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(t for r in rows for t in r.terms):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


_WEEKDAY_WORDS = frozenset(WEEKDAYS)
_WEEKDAY_DATE = re.compile(
    r"\b(?P<wd>" + "|".join(WEEKDAYS) + r")\b[,.]?\s+(?:(?:den|le|el|the|am)\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:\.|st|nd|rd|th|er)?\s+(?:de\s+|of\s+)?(?P<m1>[^\W\d_]{3,12})\b"
    r"|(?P<m2>[^\W\d_]{3,12})\b\.?\s+(?P<d2>\d{1,2})\b)(?!\s*,?\s*(?:de\s+)?\d{4})",
)


def _weekday_dates(tokens: TextTokens) -> Iterator[re.Match[str]]:
    """``_WEEKDAY_DATE.finditer(tokens.low)``, tried only where a word is a weekday's name
    (the only places a match can start) rather than at every character."""
    end = 0
    for i in compress(count(), map(_WEEKDAY_WORDS.__contains__, tokens.words)):
        start = tokens.start(i)
        if start >= end:
            m = _WEEKDAY_DATE.match(tokens.low, start)
            if m is not None:
                end = m.end()
                yield m


@cache
def _weekday_years(month: int, day: int, weekday: int) -> np.ndarray:
    """0 for the years of GRID in which day/month fell on weekday, else a penalty."""
    out = np.full(len(GRID), -PARAMS["weekday_penalty"])
    for i, y in enumerate(GRID):
        try:
            if y >= 1583 and _date(int(y), month, day).weekday() == weekday:
                out[i] = 0.0
        except ValueError:
            continue
    return out


def _weekday_clues(text: str, tokens: TextTokens) -> list[Clue]:
    """``Samstag, den 23. November``: the years in which that day was a Saturday.

    ``tokens``: :func:`text_tokens` of ``text``; a weekday's name must be one of its
    words, so most texts are passed over without a search."""
    out: list[Clue] = []
    if tokens.folded or _WEEKDAY_WORDS.isdisjoint(tokens.words):
        return out  # (folded: lower-casing changed the length, offsets would not hold)
    for m in _weekday_dates(tokens):
        mon = month_number(m.group("m1") or m.group("m2"))
        day = int(m.group("d1") or m.group("d2"))
        if mon is None or not 1 <= day <= 31:
            continue
        wd = WEEKDAYS[m.group("wd").lower()]
        out.append(Clue(text[m.start():m.end()], m.start(), m.end(), "weekday", None, None, 1.0,
                        f"a year in which {day}/{mon[0]} fell on that weekday",
                        logp=_weekday_years(mon[0], day, wd)))
    return out


# The combiner's constants (set on the calibration halves of the dated sets, see
# docs/dating.md): how recent mentioned things usually are, and how often texts look ahead.
PARAMS: dict[str, float] = {
    "recent": 0.5,  # share of mentions that are of the last few years
    "recent_exact": 0.75,  # the same for full printed dates (day or month)
    "tau": 2.5,  # years: how fast that recent share decays
    "horizon": 120.0,  # years over which older (historical) mentions spread
    "ahead": 0.06,  # share of mentions that look ahead of the writing year
    "tau_ahead": 2.0,  # years: how far they look ahead
    "noise": 0.03,  # share of year-like numbers that are no date of the text at all
    "tau_before": 6.0,  # years: how fast a term that went out of use loses weight
    "temperature": 1.2,  # flattens the posterior (clues are not independent)
    "mass": 0.95,  # posterior mass inside [earliest, latest]
    "prior_mean": 1900.0,  # most archived documents are of the 19th and 20th centuries
    "prior_sd": 50.0,
    # Under a collection's prior (its printed years), the share of documents from outside
    # its period: they keep the broad prior above, so that clues can still place them.
    "prior_escape": 0.02,
    "weekday_penalty": 1.5,  # log-odds against years where a printed weekday does not fit
    "saturation": 1.0,  # repeated mentions of one year count up to about this much
    "learned_kappa": 1.0,  # sharpness of the learned model's per-word log-likelihoods
    "learned_weight": 3.0,  # weight of the learned clue against the others
}
GRID = np.arange(1500, NOW + 1)


def collect_clues(
    text: str, lang: str | None, chronology: Chronology | None = None,
    model: PeriodModel | None = None, dates: list[DateMention] | None = None,
) -> list[Clue]:
    """Every clue in ``text``: mentioned dates, chronology matches, the learned model's."""
    chron = chronology if chronology is not None else Chronology.load()
    clues = _date_clues(find_dates(text, lang) if dates is None else dates)
    tokens = text_tokens(text)  # split once for the chronology, weekdays and the model
    clues += _chronology_clues(chron.find(text, lang, tokens), text)
    clues += _weekday_clues(text, tokens)
    strong = sum(c.weight for c in clues if c.after is not None and c.weight >= 0.6)
    if model is not None and strong < 6:  # with many firm clues it would change little
        clue = model.clue(text, lang, None if tokens.folded else tokens.words)
        if clue is not None:
            clues.append(clue)
    return clues
