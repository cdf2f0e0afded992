"""The chronology: people in office, organisations, states, events, technology and
vocabulary with the years they existed or were in use, and a fast matcher over text.

The built-in table is ``data/chronology.csv`` (``id,name,aliases,kind,start,end,lang,source``;
aliases ``|``-separated). Users add rows with their own CSV of the same columns
(:func:`import_csv`), kept in a file the caller names; a user row replaces a built-in
row with the same ``id``.

Matching folds case and accents (one character for one, so offsets hold), splits the
text into word tokens and looks each token up in a dictionary of aliases keyed by
their first token, longest alias first: one pass, a few dictionary probes per word.
A one-word alias must keep its capital (``Bush`` the president, not ``bush``), an
all-capital one its capitals (``NATO``, not ``nato``), and a many-word alias its
punctuation (``to-day`` is not ``day to day``).
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import compress, count
from pathlib import Path

KINDS = frozenset({
    "head_of_state", "head_of_government", "person", "office", "organisation", "state",
    "event", "technology", "term", "spelling",
})
LANGS = frozenset({"", "en", "es", "fr", "de"})
COLUMNS = ("id", "name", "aliases", "kind", "start", "end", "lang", "source", "periods")
REQUIRED = ("id", "name", "kind", "start", "end")
MIN_YEAR, MAX_YEAR = -3000, 2100


class ChronologyError(ValueError):
    """A chronology CSV that cannot be used; the message names the file, row and problem."""


@dataclass(frozen=True, slots=True)
class ChronologyRow:
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    start: int
    end: int
    lang: str = ""
    source: str = ""
    # the separate terms inside start..end, when there are several (Belaúnde: 1963–1968
    # and 1980–1985); empty when start..end is one
    periods: tuple[tuple[int, int], ...] = ()

    @property
    def terms(self) -> tuple[tuple[int, int], ...]:
        """The row's years as (start, end) terms: its periods, or start..end as one."""
        return self.periods or ((self.start, self.end),)

    def to_csv_row(self) -> list[str]:
        return [self.id, self.name, "|".join(self.aliases), self.kind, str(self.start),
                str(self.end), self.lang, self.source,
                "|".join(f"{a}-{b}" for a, b in self.periods)]


@dataclass(frozen=True, slots=True)
class ChronologyMatch:
    """One alias found in the text: its span and every row it may stand for."""

    start: int
    end: int
    text: str
    alias: str
    rows: tuple[ChronologyRow, ...]

    @property
    def one_word(self) -> bool:
        """A bare one-word name (``Adenauer``): weaker than a role (``Bundeskanzler Adenauer``)."""
        return " " not in self.alias.strip() and "-" not in self.alias


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {0x2019: "'", 0x2018: "'"}
    for code in range(0x41, 0x250):
        ch = chr(code)
        low = ch.lower()
        if len(low) != 1:
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
        table[code] = base if len(base) == 1 else low
    table[0x17F] = "s"  # long s: Rouſſeau is Rousseau
    return table


_FOLD = _fold_table()
_TOKEN = re.compile(r"\w+")
_SPLIT = re.compile(r"(\w+)")  # separators and words in turn


def fold(text: str) -> str:
    """Lower-case and strip accents (and the long s), one character for one (offsets are
    kept)."""
    return text.translate(_FOLD)


def _norm_ws(s: str) -> str:
    return " ".join(s.split())


class TextTokens:
    """A text's word tokens (``\\w+``) lower-cased, with their offsets: split once for
    every reader of one text (the chronology, the learned period model, weekdays)."""

    __slots__ = ("_at", "_parts", "_pos", "folded", "low", "words")

    def __init__(self, low: str, parts: list[str], folded: bool) -> None:
        self.low = low  # the text lower-cased; folded (:func:`fold`) when that changed its length
        self.folded = folded  # ``low`` is fold(text), not text.lower()
        self.words = parts[1::2]  # the tokens of ``low``
        self._parts = parts  # separator, word, separator, ..., separator
        self._at = self._pos = 0  # parts[:_at] are _pos characters long

    def start(self, i: int) -> int:
        """Where word ``i`` starts in ``low``. Offsets are summed on from the word asked
        before (readers ask in text order, and for few words), not all made up front."""
        k = 2 * i + 1
        if k >= self._at:
            self._pos += sum(map(len, self._parts[self._at:k]))
        else:
            self._pos -= sum(map(len, self._parts[k:self._at]))
        self._at = k
        return self._pos

    def end(self, i: int) -> int:
        """Where word ``i`` ends in ``low``."""
        return self.start(i) + len(self.words[i])


def text_tokens(text: str) -> TextTokens:
    """Split ``text`` into :class:`TextTokens` (one regex split)."""
    low = text.lower()
    folded = len(low) != len(text)
    if folded:
        low = fold(text)
    return TextTokens(low, _SPLIT.split(low), folded)


@dataclass(frozen=True, slots=True)
class _Alias:
    tokens: tuple[str, ...]
    folded: str  # whitespace-normalised folded alias, for the punctuation check
    text: str
    rows: tuple[int, ...]
    case: str  # "upper" (NATO), "cap" (Bush), "" (no constraint)
    lang: str
    exact: bool  # spelling markers: accents count (fué is not fue)
    caps: tuple[int, ...]  # token positions that must start with a capital (Great War)


def _spellings(row: ChronologyRow) -> list[str]:
    """The row's name and aliases, each also as German writes it on the other side of the
    1996 reform (``NATO-Doppelbeschluss``: ``NATO-Doppelbeschluß``); a spelling row's
    aliases only as given (they mark one side of it)."""
    names = [a.strip() for a in (row.name, *row.aliases)]
    if row.kind == "spelling" or row.lang not in ("", "de"):
        return names
    other = [a.replace("ss", "ß") if "ss" in a else a.replace("ß", "ss") for a in names]
    return list(dict.fromkeys([*names, *other]))


class Chronology:
    """Rows and an index of their aliases; :meth:`find` returns matches in text order."""

    def __init__(self, rows: Iterable[ChronologyRow]) -> None:
        by_id: dict[str, ChronologyRow] = {}
        for row in rows:
            by_id[row.id] = row  # later rows (user rows) replace earlier ones
        self.rows: tuple[ChronologyRow, ...] = tuple(by_id.values())
        self._by_id = by_id
        grouped: dict[tuple[str, str, str, bool], list[int]] = {}
        for i, row in enumerate(self.rows):
            for alias in _spellings(row):
                if not alias or not _TOKEN.search(fold(alias)):
                    continue
                key = (_norm_ws(fold(alias)), alias, row.lang, row.kind == "spelling")
                grouped.setdefault(key, []).append(i)
        one: dict[str, list[_Alias]] = {}
        two: dict[tuple[str, str], list[_Alias]] = {}
        for (folded, alias, lang, exact), idx in grouped.items():
            tokens = tuple(_TOKEN.findall(folded))
            letters = [c for c in alias if c.isalpha()]
            if len(tokens) == 1 and len(letters) >= 2 and all(c.isupper() for c in letters):
                case = "upper"
            elif len(tokens) == 1 and alias[0].isupper():
                case = "cap"
            else:
                case = ""
            caps = tuple(j for j, t in enumerate(_TOKEN.findall(alias)) if t[0].isupper())
            entry = _Alias(tokens, folded, alias, tuple(idx), case, lang, exact,
                           caps if len(tokens) > 1 else ())
            if len(tokens) == 1:
                one.setdefault(tokens[0], []).append(entry)
            else:
                two.setdefault(tokens[:2], []).append(entry)
        for entries in two.values():
            entries.sort(key=lambda a: -len(a.tokens))
        self._one, self._two = one, two
        self._firsts = frozenset(one) | frozenset(k[0] for k in two)

    def __len__(self) -> int:
        return len(self.rows)

    def get(self, row_id: str) -> ChronologyRow | None:
        return self._by_id.get(row_id)

    @classmethod
    def load(cls, extra: Path | None = None) -> Chronology:
        """The built-in table, plus the user's rows from ``extra`` when it exists."""
        if extra is None or not Path(extra).exists():
            return _builtin()
        st = Path(extra).stat()
        return _with_extra(str(extra), st.st_mtime_ns, st.st_size)

    def find(
        self, text: str, lang: str | None = None, tokens: TextTokens | None = None
    ) -> list[ChronologyMatch]:
        """Every alias in ``text`` (longest first at each place), in order.

        ``tokens``: :func:`text_tokens` of ``text``, when the caller has them."""
        tok = text_tokens(text) if tokens is None else tokens
        words = tok.words
        if not tok.low.isascii():
            words = [w if w.isascii() else w.translate(_FOLD) for w in words]
        out: list[ChronologyMatch] = []
        firsts, one, two = self._firsts, self._one, self._two
        n, skip = len(words), 0
        for i in compress(count(), map(firsts.__contains__, words)):  # [i if w in firsts]
            if i < skip:
                continue
            w = words[i]
            pair = two.get((w, words[i + 1])) if i + 1 < n else None
            for a in (*pair, *one.get(w, ())) if pair else one.get(w, ()):
                k = len(a.tokens)
                if (a.lang and a.lang != lang) or i + k > n:
                    continue
                if k > 2 and tuple(words[i:i + k]) != a.tokens:
                    continue
                start, end = tok.start(i), tok.end(i + k - 1)
                if k > 1:
                    span = fold(text[start:end])
                    if span != a.folded and _norm_ws(span) != a.folded:
                        continue
                    if any(not text[tok.start(i + j)].isupper() for j in a.caps):
                        continue
                elif not _case_ok(a.case, text[start:end]):
                    continue
                if a.exact and _norm_ws(text[start:end].lower()) != a.text.lower():
                    continue
                out.append(ChronologyMatch(start, end, text[start:end], a.text,
                                           tuple(self.rows[j] for j in a.rows)))
                skip = i + k
                break
        return out


def _case_ok(case: str, span: str) -> bool:
    if case == "cap":
        return span[:1].isupper()
    return case != "upper" or span.isupper()


def builtin_path() -> Path:
    return Path(str(resources.files("palimpsest") / "data" / "chronology.csv"))


@cache
def _builtin() -> Chronology:
    return Chronology(read_csv(builtin_path()))


@cache
def _with_extra(path: str, mtime_ns: int, size: int) -> Chronology:
    return Chronology([*_builtin().rows, *read_csv(Path(path))])


def _parse_row(rec: dict[str, str], where: str) -> ChronologyRow:
    def get(col: str) -> str:
        return (rec.get(col) or "").strip()

    for col in REQUIRED:
        if not get(col):
            raise ChronologyError(f"{where}: column {col!r} is empty")
    years: list[int] = []
    for col in ("start", "end"):
        try:
            years.append(int(get(col)))
        except ValueError:
            raise ChronologyError(f"{where}: {col} {get(col)!r} is not a year") from None
    start, end = years
    if not MIN_YEAR <= start <= MAX_YEAR or not MIN_YEAR <= end <= MAX_YEAR:
        raise ChronologyError(f"{where}: years must lie in {MIN_YEAR}..{MAX_YEAR}")
    if start > end:
        raise ChronologyError(f"{where}: start {start} is after end {end}")
    kind, lang = get("kind"), get("lang")
    if kind not in KINDS:
        raise ChronologyError(f"{where}: unknown kind {kind!r} (one of {', '.join(sorted(KINDS))})")
    if lang not in LANGS:
        raise ChronologyError(f"{where}: lang {lang!r} must be empty or one of en, es, fr, de")
    if not re.fullmatch(r"[\w.:-]+", get("id")):
        raise ChronologyError(f"{where}: id {get('id')!r} may hold only letters, digits, . : - _")
    aliases = tuple(a.strip() for a in get("aliases").split("|") if a.strip())
    for alias in (get("name"), *aliases):
        if not _TOKEN.search(fold(alias)):
            raise ChronologyError(f"{where}: alias {alias!r} has no letters or digits")
    periods = _periods(get("periods"), start, end, where)
    return ChronologyRow(get("id"), get("name"), aliases, kind, start, end, lang, get("source"),
                         periods)


def _periods(value: str, start: int, end: int, where: str) -> tuple[tuple[int, int], ...]:
    """``"1963-1968|1980-1985"``: terms in order, apart, inside ``start``..``end``."""
    if not value:
        return ()
    out: list[tuple[int, int]] = []
    for part in value.split("|"):
        m = re.fullmatch(r"\s*(\d{3,4})\s*-\s*(\d{3,4})\s*", part)
        if m is None:
            raise ChronologyError(f"{where}: periods {value!r}: write them as 1963-1968|1980-1985")
        a, b = int(m.group(1)), int(m.group(2))
        if not start <= a <= b <= end or (out and a <= out[-1][1]):
            raise ChronologyError(
                f"{where}: periods {value!r} must be in order, apart, and within {start}-{end}")
        out.append((a, b))
    return tuple(out) if len(out) > 1 else ()


def read_csv(path: Path) -> list[ChronologyRow]:
    """Read and validate a chronology CSV; errors name the file, line and problem."""
    try:
        data = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise ChronologyError(f"{path}: cannot read: {e}") from None
    reader = csv.DictReader(io.StringIO(data))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ChronologyError(f"{path}: line 1: missing column(s) {', '.join(missing)}")
    reader.fieldnames = header
    rows: list[ChronologyRow] = []
    seen: dict[str, int] = {}
    for rec in reader:
        line = reader.line_num
        where = f"{path}: line {line}"
        if None in rec:
            raise ChronologyError(f"{where}: more fields than the header has columns")
        if not any((v or "").strip() for v in rec.values()):
            continue
        row = _parse_row(rec, where)
        if row.id in seen:
            raise ChronologyError(f"{where}: id {row.id!r} repeats line {seen[row.id]}")
        seen[row.id] = line
        rows.append(row)
    return rows


def import_csv(path: Path, into: Path) -> int:
    """Validate the user's CSV ``path`` and merge it into the user table ``into``.

    Rows replace earlier user rows with the same id. Nothing is written unless
    every row is valid. Returns the number of rows imported.
    """
    new = read_csv(path)
    old = read_csv(into) if Path(into).exists() else []
    merged = {r.id: r for r in old}
    merged.update({r.id: r for r in new})
    into = Path(into)
    into.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=into.parent, prefix=".chronology-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(r.to_csv_row() for r in merged.values())
    os.replace(tmp, into)
    return len(new)
