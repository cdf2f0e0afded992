"""Inferred dates: a range [earliest, latest] and a best year for an undated text.

Every clue is a piece of evidence with what it implies:

* a year the text mentions is a *terminus post quem*: the text was written in or after
  it (unless it looks ahead: "by 1980", "bis 1990", "hasta 1990");
* a chronology match (``Bundeskanzler Adenauer``, ``NATO``, ``the Cold War``, ``radio``)
  implies the text is from after the row's start year (a bare surname a little less
  strictly); a term or spelling that went out of use (``to-day``, ``Theil``, ``fué``) makes
  later years less likely;
* a printed weekday with its date ("Samstag, den 23. November") favours the years in
  which that day was that weekday;
* the learned period model (:class:`PeriodModel`, when ``data/period_model.npz`` is
  shipped) says which decades the words of the text resemble, and says that it is learned.

Each clue is a likelihood over the years 1500–2026 (a mentioned year: most likely a few
years before the writing, sometimes history, rarely a year ahead or no date at all); their
tempered product with a broad prior is the posterior, whose median is the best year and
whose central 95 % is the range: a few years when clues are many and agree, centuries when
there are none. Constants are in :data:`PARAMS` (see ``docs/dating.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as _date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from palimpsest.enrich.chronology import Chronology, ChronologyMatch
from palimpsest.enrich.dates import DateMention, document_date, find_dates, month_number
from palimpsest.enrich.language import detect_language
from palimpsest.model import Annotation, Evidence

METHOD = "palimpsest.dating@0.2.0"
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


def _chronology_clues(matches: list[ChronologyMatch]) -> list[Clue]:
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
        if m.one_word and kind in ("head_of_state", "head_of_government", "office", "person"):
            w, slack = w * 0.6, slack + (5 if kind == "person" else 10)
        ids = ",".join(key)
        if kind == "spelling" or (kind == "term" and end < NOW):
            before = end + (15 if kind == "spelling" else 10)
            after = None if kind == "spelling" else start - slack
            clue = Clue(m.text, m.start, m.end, f"chronology:{ids}", after, before,
                        0.3 if kind == "spelling" else w,
                        f"usage of {start}–{end}: probably before {before}")
        else:
            clue = Clue(m.text, m.start, m.end, f"chronology:{ids}", start - slack, None, w,
                        f"{m.rows[0].name} ({start}–{end if end < NOW else ''}): written after "
                        f"{start - slack}" + (", most likely in those years" if end < NOW else ""),
                        until=end if end < NOW else None)
        seen[key] = clue
        out.append(clue)
    return out


_WEEKDAYS = {
    name: i for i, names in enumerate((
        "monday lunes lundi montag", "tuesday martes mardi dienstag",
        "wednesday miércoles miercoles mercredi mittwoch", "thursday jueves jeudi donnerstag",
        "friday viernes vendredi freitag", "saturday sábado sabado samedi samstag sonnabend",
        "sunday domingo dimanche sonntag",
    )) for name in names.split()
}
_WEEKDAY_NAME = re.compile("|".join(sorted(_WEEKDAYS, key=len, reverse=True)))
_WEEKDAY_DATE = re.compile(
    r"\b(?P<wd>" + "|".join(_WEEKDAYS) + r")\b[,.]?\s+(?:(?:den|le|el|the|am)\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:\.|st|nd|rd|th|er)?\s+(?:de\s+|of\s+)?(?P<m1>[^\W\d_]{3,12})\b"
    r"|(?P<m2>[^\W\d_]{3,12})\b\.?\s+(?P<d2>\d{1,2})\b)(?!\s*,?\s*(?:de\s+)?\d{4})",
)


@cache
def _bins(n: int) -> np.ndarray:
    """The learned model's decade bin of each year of GRID."""
    return np.clip((GRID - BIN0) // BIN_YEARS, 0, n - 1)


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


def _weekday_clues(text: str) -> list[Clue]:
    """``Samstag, den 23. November``: the years in which that day was a Saturday."""
    out: list[Clue] = []
    low = text.lower()
    if len(low) != len(text) or not _WEEKDAY_NAME.search(low):
        return out
    for m in _WEEKDAY_DATE.finditer(low):
        mon = month_number(m.group("m1") or m.group("m2"))
        day = int(m.group("d1") or m.group("d2"))
        if mon is None or not 1 <= day <= 31:
            continue
        wd = _WEEKDAYS[m.group("wd").lower()]
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
    "weekday_penalty": 1.5,  # log-odds against years where a printed weekday does not fit
    "saturation": 1.0,  # repeated mentions of one year count up to about this much
    "learned_kappa": 1.0,  # sharpness of the learned model's per-word log-likelihoods
    "learned_weight": 3.0,  # weight of the learned clue against the others
}
GRID = np.arange(1500, NOW + 1)


_ROW_PARAMS = ("recent", "recent_exact", "tau", "horizon", "ahead", "noise", "tau_ahead")


@lru_cache(maxsize=8192)
def _after_row(after: int, exact: bool, until: int, consts: tuple[float, ...]) -> np.ndarray:
    """log-likelihood over :data:`GRID` of a terminus post quem ``after`` (and, for a term,
    its end ``until``): most likely the last few years — or the term's years —, sometimes
    history, rarely ahead of its time or no date at all. Cached: years recur."""
    recent_share, recent_exact, tau, horizon, ahead_share, noise, tau_ahead = consts
    recent = recent_exact if exact else recent_share
    span = until - after  # a term (a government, a state): "recent" is any year of it
    d = GRID - after
    past = (1 - ahead_share - noise) * (
        recent / (tau + span) * np.exp(-np.maximum(d - span, 0) / tau) + (1 - recent) / horizon)
    ahead = ahead_share / tau_ahead * np.exp(np.minimum(d, 0) / tau_ahead)
    row = np.log(np.where(d >= 0, past, ahead) + noise / 500.0)
    row.flags.writeable = False
    return row


def posterior(clues: list[Clue], params: dict[str, float] | None = None) -> np.ndarray:
    """Probability of each year of :data:`GRID` given the clues."""
    p = PARAMS if params is None else params
    score = np.where(GRID < 1700, (GRID - 1700) / 20.0, 0.0)
    score = score - 0.5 * ((GRID - p["prior_mean"]) / p["prior_sd"]) ** 2
    afters: dict[tuple[int, bool, int], float] = {}
    for c in clues:
        if c.after is not None and not c.learned and c.weight > 0:
            key = (c.after, c.exact, max(c.after, c.until or c.after))
            afters[key] = afters.get(key, 0.0) + c.weight
        if c.before is not None and not c.learned:
            score -= c.weight * np.maximum(GRID - c.before, 0) / p["tau_before"]
        if c.logp is not None:
            score += c.logp * c.weight
    if afters:
        consts = tuple(p[k] for k in _ROW_PARAMS)
        weights = np.fromiter(afters.values(), dtype=float)
        weights = p["saturation"] * (1 - np.exp(-weights / p["saturation"]))
        for (after, exact, until), w in zip(afters, weights.tolist(), strict=True):
            score += w * _after_row(after, exact, until, consts)
    score = (score - score.max()) / p["temperature"]
    prob = np.exp(score)
    return np.asarray(prob / prob.sum())


def combine(
    clues: list[Clue], params: dict[str, float] | None = None
) -> tuple[int, int, int, float]:
    """(earliest, latest, best, confidence): the central interval and median of the posterior."""
    p = PARAMS if params is None else params
    prob = posterior(clues, p)
    cdf = np.cumsum(prob)
    tail = (1 - p["mass"]) / 2
    last = len(GRID) - 1
    lo = int(GRID[min(int(np.searchsorted(cdf, tail)), last)])
    hi = int(GRID[min(int(np.searchsorted(cdf, 1 - tail)), last)])
    best = int(GRID[min(int(np.searchsorted(cdf, 0.5)), last)])
    conf = float(min(1.0, 10.0 / max(hi - lo, 1)))
    return lo, hi, best, conf


def collect_clues(
    text: str, lang: str | None, chronology: Chronology | None = None,
    model: PeriodModel | None = None, dates: list[DateMention] | None = None,
) -> list[Clue]:
    """Every clue in ``text``: mentioned dates, chronology matches, the learned model's."""
    chron = chronology if chronology is not None else Chronology.load()
    clues = _date_clues(find_dates(text, lang) if dates is None else dates)
    clues += _chronology_clues(chron.find(text, lang))
    clues += _weekday_clues(text)
    strong = sum(c.weight for c in clues if c.after is not None and c.weight >= 0.6)
    if model is not None and strong < 6:  # with many firm clues it would change little
        clue = model.clue(text, lang)
        if clue is not None:
            clues.append(clue)
    return clues


def infer_date(
    text: str, lang: str | None = None, chronology: Chronology | None = None,
    model: Any = "default", line_breaks: Iterable[int] | None = None,
    prior: tuple[float, float] | None = None,
) -> Annotation:
    """Estimate when an (undated) text was written, with the evidence for it.

    ``model`` is the learned period model; ``"default"`` loads the shipped one when it
    exists, ``None`` leaves it out. A printed document date, when there is one, decides.
    ``line_breaks``: see :func:`palimpsest.enrich.dates.find_dates`. ``prior`` is the
    collection's (mean year, spread) when known — e.g. from the printed dates of the
    archive's other documents (:func:`collection_prior`); else a broad 19th–20th c. one.
    """
    return estimate_date(text, lang, chronology, model, line_breaks, prior).annotation


@dataclass(slots=True)
class DateEstimate:
    """A date annotation and every clue behind it (``printed``: a dateline decided).

    The clues are what the prior is weighed against, so :meth:`with_prior` dates the
    text again under another prior without reading it again (ingest does this when the
    archive's printed years have moved the prior, see :mod:`palimpsest.redate`).
    """

    annotation: Annotation
    clues: list[Clue]
    printed: bool

    def with_prior(self, prior: tuple[float, float] | None) -> Annotation:
        """The same annotation (evidence included) with its range weighed under ``prior``."""
        if self.printed:
            return self.annotation
        lo, hi, best, conf = combine(self.clues, _params(prior))
        a = self.annotation
        value = {**a.value, "earliest": lo, "latest": hi, "best": best,
                 "prior": _recorded_prior(prior)}
        return Annotation(a.kind, a.start, a.end, value, a.method, round(conf, 3), a.evidence)


def _params(prior: tuple[float, float] | None) -> dict[str, float]:
    if prior is None:
        return PARAMS
    return {**PARAMS, "prior_mean": float(prior[0]), "prior_sd": max(float(prior[1]), 5.0)}


def _recorded_prior(prior: tuple[float, float] | None) -> list[float] | None:
    return None if prior is None else [round(float(x), 1) for x in prior]


def estimate_date(
    text: str, lang: str | None = None, chronology: Chronology | None = None,
    model: Any = "default", line_breaks: Iterable[int] | None = None,
    prior: tuple[float, float] | None = None,
) -> DateEstimate:
    """:func:`infer_date`, keeping the clues (see :class:`DateEstimate`)."""
    if lang is None:
        lang = detect_language(text).code
    if isinstance(model, str) and model == "default":
        model = default_model()
    dates = find_dates(text, lang, line_breaks)
    printed = document_date(text, lang, dates)
    clues = collect_clues(text, lang, chronology, model, dates)
    if printed is not None:
        y = int(printed.value["best"])
        lo, hi, best, conf = y, y, y, printed.confidence
    else:
        lo, hi, best, conf = combine(clues, _params(prior))
    strong: list[Clue] = []
    for c in sorted(clues, key=lambda c: (-(c.after or 0), -c.weight)):
        if len(strong) < 12 and all(c.source != s.source for s in strong):
            strong.append(c)  # the strongest clues, one per source
    evidence = [Evidence(text=c.text, start=c.start, end=c.end, source=c.source) for c in strong]
    if printed is not None:
        evidence = printed.evidence + evidence
    value = {"value": printed.value["value"] if printed else None, "earliest": lo,
             "latest": hi, "best": best, "printed": printed is not None,
             "clues": [c.to_dict() for c in strong],
             # a dateline decides: no prior was weighed
             "prior": None if printed is not None else _recorded_prior(prior)}
    annotation = Annotation(kind="date", start=0, end=len(text), value=value, method=METHOD,
                            confidence=round(conf, 3), evidence=evidence)
    return DateEstimate(annotation, clues, printed is not None)


MODEL_PATH = "period_model.npz"
_WORDS = re.compile(r"\w\w+")
MODEL_CHARS = 4000  # the learned model reads the first few thousand characters only
BIN0, BIN_YEARS = 1780, 10  # the learned model's period bins: decades from 1780


def words_of(text: str) -> list[str]:
    """The learned model's tokens: lower-cased runs of two or more word characters."""
    return _WORDS.findall(text.lower())


class PeriodModel:
    """Learned word statistics by decade, per language (multinomial naive Bayes).

    Trained by ``python -m palimpsest.eval.dating_eval ../shared/eval --train-model
    ../shared/corpora`` on dated text disjoint from what is evaluated. Its clue is
    marked ``learned``; decades it saw no text for are left neutral.
    """

    def __init__(self, langs: dict[str, tuple[dict[str, int], np.ndarray, np.ndarray]]) -> None:
        self.langs = langs  # lang -> (vocabulary, log P(word | decade) [V x B], covered [B])

    @classmethod
    def load(cls, path: Path) -> PeriodModel:
        with np.load(path) as z:
            langs = {}
            for lang in str(z["langs"]).split():
                vocab = {w: i for i, w in enumerate(str(z[f"{lang}_vocab"]).split("\n"))}
                langs[lang] = (vocab, z[f"{lang}_logp"].astype(np.float32), z[f"{lang}_covered"])
        return cls(langs)

    def log_prob(self, text: str, lang: str | None) -> tuple[np.ndarray, int] | None:
        """Tempered log-probability over :data:`GRID` and the number of words used."""
        if lang not in self.langs:
            return None
        vocab, logp, covered = self.langs[lang]
        get = vocab.get
        ids = [i for i in map(get, words_of(text[:MODEL_CHARS])) if i is not None]
        if len(ids) < 20 or not covered.any():
            return None
        per_word = logp[np.asarray(ids)].sum(axis=0) / len(ids)
        per_word = np.where(covered, per_word, per_word[covered].mean())
        scaled = PARAMS["learned_kappa"] * (per_word - per_word.max())
        return scaled[_bins(len(covered))], len(ids)

    def clue(self, text: str, lang: str | None) -> Clue | None:
        got = self.log_prob(text, lang)
        if got is None:
            return None
        lp, n = got
        best = int(GRID[int(np.argmax(lp))])
        decade = best - best % 10
        return Clue(f"{n} words", None, None, f"learned:{MODEL_PATH}", None, None,
                    PARAMS["learned_weight"],
                    f"vocabulary and spelling most like the {decade}s (learned)",
                    learned=True, logp=lp)


def collection_prior(years: Iterable[int]) -> tuple[float, float] | None:
    """(median, robust spread) of the known years of a collection's other documents."""
    ys = np.asarray(sorted(years), dtype=float)
    if len(ys) < 5:
        return None
    med = float(np.median(ys))
    mad = float(np.median(np.abs(ys - med)))
    return med, max(1.4826 * mad, 8.0)


def model_path() -> Path:
    return Path(str(resources.files("palimpsest") / "data" / MODEL_PATH))


@cache
def default_model() -> PeriodModel | None:
    """The shipped learned model, or ``None`` when its data file is absent."""
    path = model_path()
    return PeriodModel.load(path) if path.exists() else None
