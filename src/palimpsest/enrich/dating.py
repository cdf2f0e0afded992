"""Inferred dates: a range [earliest, latest] and a best year for an undated text.

Every clue (:mod:`palimpsest.enrich.clues` finds them) is a piece of evidence with what
it implies:

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

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from palimpsest.enrich.chronology import Chronology
from palimpsest.enrich.clues import GRID, PARAMS, Clue, collect_clues
from palimpsest.enrich.dates import document_date, find_dates
from palimpsest.enrich.language import detect_language
from palimpsest.model import Annotation, Evidence

METHOD = "palimpsest.dating@0.2.2"


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


_EARLY = np.where(GRID < 1700, (GRID - 1700) / 20.0, 0.0)  # before 1700: ever less likely
_EARLY.flags.writeable = False


def posterior(clues: list[Clue], params: dict[str, float] | None = None) -> np.ndarray:
    """Probability of each year of :data:`GRID` given the clues."""
    p = PARAMS if params is None else params
    score = _EARLY + _log_prior(p["prior_mean"], p["prior_sd"], p["prior_escape"])
    consts = tuple(p[k] for k in _ROW_PARAMS)
    afters: dict[tuple[int, bool, int], float] = {}
    terms: list[tuple[tuple[tuple[int, int], ...], bool, float]] = []  # several terms each
    for c in clues:
        if c.after is not None and not c.learned and c.weight > 0:
            if c.periods:
                terms.append((c.periods, c.exact, c.weight))
            else:
                key = (c.after, c.exact, max(c.after, c.until or c.after))
                afters[key] = afters.get(key, 0.0) + c.weight
        if c.before is not None and not c.learned:
            score -= c.weight * np.maximum(GRID - c.before, 0) / p["tau_before"]
        if c.logp is not None:
            score += c.logp * c.weight
    if afters:
        weights = np.fromiter(afters.values(), dtype=float)
        weights = p["saturation"] * (1 - np.exp(-weights / p["saturation"]))
        for (after, exact, until), w in zip(afters, weights.tolist(), strict=True):
            score += w * _after_row(after, exact, until, consts)
    for periods, exact, weight in terms:  # one of its terms, each as likely
        rows = [_after_row(a, exact, b, consts) for a, b in periods]
        w = p["saturation"] * (1 - math.exp(-weight / p["saturation"]))
        score += w * (np.logaddexp.reduce(rows) - math.log(len(rows)))
    score = (score - score.max()) / p["temperature"]
    prob = np.exp(score)
    return np.asarray(prob / prob.sum())


@lru_cache(maxsize=64)
def _log_prior(mean: float, sd: float, escape: float) -> np.ndarray:
    """The prior over :data:`GRID`: the broad one of :data:`PARAMS`, or a collection's
    (``mean``, ``sd``) mixed with it (``escape`` the broad one's share), so that a document
    from outside the collection's period is not forced into it when its clues say
    otherwise. Cached: an archive's prior changes seldom."""
    broad_mean, broad_sd = PARAMS["prior_mean"], PARAMS["prior_sd"]
    broad = -0.5 * ((GRID - broad_mean) / broad_sd) ** 2
    if (mean, sd) != (broad_mean, broad_sd):
        own = -0.5 * ((GRID - mean) / sd) ** 2
        broad = np.logaddexp(math.log(1 - escape) - math.log(sd) + own,
                             math.log(escape) - math.log(broad_sd) + broad)
    broad.flags.writeable = False
    return broad


@dataclass(frozen=True, slots=True)
class YearRange:
    """What a posterior says: the central 95 % (``earliest``–``latest``), its median
    (``best``), the central half (``likely``: as likely in as out) and a confidence."""

    earliest: int
    latest: int
    best: int
    confidence: float
    likely: tuple[int, int]


def combine(clues: list[Clue], params: dict[str, float] | None = None) -> YearRange:
    """The central interval, median and central half of the posterior."""
    p = PARAMS if params is None else params
    cdf = np.cumsum(posterior(clues, p))
    tail = (1 - p["mass"]) / 2
    at = np.searchsorted(cdf, [tail, 1 - tail, 0.5, 0.25, 0.75])  # the quantiles at once
    lo, hi, best, q1, q3 = GRID[np.minimum(at, len(GRID) - 1)].tolist()
    conf = float(min(1.0, 10.0 / max(hi - lo, 1)))
    return YearRange(lo, hi, best, conf, (q1, q3))


def _range_value(r: YearRange) -> dict[str, Any]:
    return {"earliest": r.earliest, "latest": r.latest, "best": r.best,
            "likely": list(r.likely)}


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
        r = combine(self.clues, _params(prior))
        a = self.annotation
        value = {**a.value, **_range_value(r), "prior": _recorded_prior(prior)}
        return Annotation(a.kind, a.start, a.end, value, a.method, round(r.confidence, 3),
                          a.evidence)


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
        r = YearRange(y, y, y, printed.confidence, (y, y))
    else:
        r = combine(clues, _params(prior))
    strong: list[Clue] = []
    for c in sorted(clues, key=lambda c: (-(c.after or 0), -c.weight)):
        if len(strong) < 12 and all(c.source != s.source for s in strong):
            strong.append(c)  # the strongest clues, one per source
    evidence = [Evidence(text=c.text, start=c.start, end=c.end, source=c.source) for c in strong]
    if printed is not None:
        evidence = printed.evidence + evidence
    value = {"value": printed.value["value"] if printed else None, **_range_value(r),
             "printed": printed is not None,
             "clues": [c.to_dict() for c in strong],
             # a dateline decides: no prior was weighed
             "prior": None if printed is not None else _recorded_prior(prior)}
    annotation = Annotation(kind="date", start=0, end=len(text), value=value, method=METHOD,
                            confidence=round(r.confidence, 3), evidence=evidence)
    return DateEstimate(annotation, clues, printed is not None)


MODEL_PATH = "period_model.npz"
_WORDS = re.compile(r"\w\w+")
MODEL_CHARS = 4000  # the learned model reads the first few thousand characters only
BIN0, BIN_YEARS = 1780, 10  # the learned model's period bins: decades from 1780


def words_of(text: str) -> list[str]:
    """The learned model's tokens: lower-cased runs of two or more word characters."""
    return _WORDS.findall(text.lower())


@cache
def _bins(n: int) -> np.ndarray:
    """The learned model's decade bin of each year of GRID."""
    return np.clip((GRID - BIN0) // BIN_YEARS, 0, n - 1)


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
                vocab = {w: i for i, w in enumerate(str(z[f"{lang}_vocab"]).split("\n"))
                         if len(w) >= 2}  # as words_of reads them (log_prob's words need it)
                langs[lang] = (vocab, z[f"{lang}_logp"].astype(np.float32), z[f"{lang}_covered"])
        return cls(langs)

    def log_prob(
        self, text: str, lang: str | None, words: list[str] | None = None
    ) -> tuple[np.ndarray, int] | None:
        """Tempered log-probability over :data:`GRID` and the number of words used.

        ``words``: the ``\\w+`` tokens of ``text.lower()``, when the caller has them
        (single letters among them are in no vocabulary: :func:`words_of` has none)."""
        if lang not in self.langs:
            return None
        vocab, logp, covered = self.langs[lang]
        if words is None or len(text) > MODEL_CHARS:
            words = words_of(text[:MODEL_CHARS])
        ids = [i for i in map(vocab.get, words) if i is not None]
        if len(ids) < 20 or not covered.any():
            return None
        per_word = logp.take(np.array(ids, np.intp), axis=0).sum(axis=0) / len(ids)
        per_word = np.where(covered, per_word, per_word[covered].mean())
        scaled = PARAMS["learned_kappa"] * (per_word - per_word.max())
        return scaled[_bins(len(covered))], len(ids)

    def clue(self, text: str, lang: str | None, words: list[str] | None = None) -> Clue | None:
        got = self.log_prob(text, lang, words)
        if got is None:
            return None
        lp, n = got
        best = int(GRID[int(np.argmax(lp))])
        decade = best - best % 10
        known = ", ".join(f"{a}s" if a == b else f"{a}s–{b}s" for a, b in self.decades(lang))
        return Clue(f"{n} words", None, None, f"learned:{MODEL_PATH}", None, None,
                    PARAMS["learned_weight"],
                    f"vocabulary and spelling most like the {decade}s, of the decades the model "
                    f"has text for ({known}; learned)",
                    learned=True, logp=lp)

    def decades(self, lang: str | None) -> list[tuple[int, int]]:
        """The runs of decades (first, last) the model has text for in ``lang``: it cannot
        say that a text is from another decade, only which of its own the words resemble."""
        runs: list[tuple[int, int]] = []
        for i in np.flatnonzero(self.langs[lang or ""][2]).tolist():
            year = BIN0 + BIN_YEARS * i
            if runs and runs[-1][1] == year - BIN_YEARS:
                runs[-1] = (runs[-1][0], year)
            else:
                runs.append((year, year))
        return runs


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
