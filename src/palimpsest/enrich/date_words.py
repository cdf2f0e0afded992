"""Dates written out in words, as minutes, deeds and formal letters print them.

``a los doce días del mes de julio de mil novecientos sesenta y ocho``, ``le douze
juillet mil neuf cent soixante-huit``, ``am zwölften Juli neunzehnhundertachtundsechzig``,
``the twelfth day of July, nineteen hundred and sixty-eight``: a year of number words
(1400–2099), with the month and the day before it when they are printed. German number
words are compounds (``neunzehnhundertachtundsechzig``): they are cut into their parts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

# The days of the week in the four languages, lower-case, Monday 0 (weekday clues,
# newspapers' datelines)
WEEKDAYS = {
    name: i for i, names in enumerate((
        "monday lunes lundi montag", "tuesday martes mardi dienstag",
        "wednesday miércoles miercoles mercredi mittwoch", "thursday jueves jeudi donnerstag",
        "friday viernes vendredi freitag", "saturday sábado sabado samedi samstag sonnabend",
        "sunday domingo dimanche sonntag",
    )) for name in names.split()
}

_BLOCKS = {  # number words and their values (folded: no accents, ß → ss)
    "en": "one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 "
    "twelve 12 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 "
    "nineteen 19 twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 "
    "ninety 90 hundred 100 thousand 1000 first 1 second 2 third 3 fourth 4 fifth 5 sixth 6 "
    "seventh 7 eighth 8 ninth 9 tenth 10 eleventh 11 twelfth 12 thirteenth 13 fourteenth 14 "
    "fifteenth 15 sixteenth 16 seventeenth 17 eighteenth 18 nineteenth 19 twentieth 20 "
    "thirtieth 30",
    "es": "uno 1 un 1 una 1 primero 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 "
    "nueve 9 diez 10 once 11 doce 12 trece 13 catorce 14 quince 15 dieciseis 16 diecisiete 17 "
    "dieciocho 18 diecinueve 19 veinte 20 veintiuno 21 veintiun 21 veintidos 22 veintitres 23 "
    "veinticuatro 24 veinticinco 25 veintiseis 26 veintisiete 27 veintiocho 28 veintinueve 29 "
    "treinta 30 cuarenta 40 cincuenta 50 sesenta 60 setenta 70 ochenta 80 noventa 90 cien 100 "
    "ciento 100 doscientos 200 trescientos 300 cuatrocientos 400 quinientos 500 seiscientos "
    "600 setecientos 700 ochocientos 800 novecientos 900 mil 1000",
    "fr": "deux 2 trois 3 quatre 4 cinq 5 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 "
    "treize 13 quatorze 14 quinze 15 seize 16 vingt 20 vingts 20 trente 30 quarante 40 "
    "cinquante 50 soixante 60 cent 100 cents 100 mille 1000 premier 1 une 1",
    # German: the parts compounds are made of, then ordinals
    "de": "ein 1 eins 1 zwei 2 drei 3 vier 4 funf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 "
    "elf 11 zwolf 12 dreizehn 13 vierzehn 14 funfzehn 15 sechzehn 16 siebzehn 17 achtzehn 18 "
    "neunzehn 19 zwanzig 20 dreissig 30 vierzig 40 funfzig 50 sechzig 60 siebzig 70 achtzig 80 "
    "neunzig 90 hundert 100 tausend 1000",
    "de-ordinal": "eine 1 erste 1 ersten 1 zweite 2 dritte 3 siebte 7 achte 8",
}
_NUMBERS: dict[str, int] = {}
for _block in _BLOCKS.values():
    _it = iter(_block.split())
    _NUMBERS.update({w: int(v) for w, v in zip(_it, _it, strict=True)})
_JOINERS = frozenset({"and", "y", "et", "und"})
_WORD = regex.compile(r"\p{L}+")
# the German parts a compound number word is made of (longest first)
_GERMAN_PARTS = sorted(_BLOCKS["de"].split()[::2], key=len, reverse=True)
_GERMAN_SET = frozenset(_GERMAN_PARTS)
# Words before a year of number words that make it a year (not a count: "dos mil obreros").
_YEAR_NOUNS = frozenset({"ano", "an", "annee", "jahre", "jahr", "year", "anno"})


@dataclass(frozen=True, slots=True)
class WordDate:
    """A date of number words: its span, year, and month and day when printed."""

    start: int
    end: int
    year: int
    month: int | None
    day: int | None


def _plain(word: str) -> str:
    if word.isascii():
        return word.lower()
    s = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss"))
    return "".join(c for c in s if not unicodedata.combining(c))


@cache
def number_parts(word: str) -> tuple[int | str, ...] | None:
    """The values (and joiners) a folded word stands for: ``sesenta`` → (60,),
    ``achtundsechzig`` → (8, "und", 60), ``zwolften`` → (12,); ``None`` for no number."""
    if word in _NUMBERS:
        return (_NUMBERS[word],)
    if word[-1:] in "nrsm" and word[:-1] in _NUMBERS and len(word) > 4:  # dritten, ersten
        return (_NUMBERS[word[:-1]],)
    for suffix in ("sten", "ster", "stem", "ste", "ten", "ter", "tem", "te", "en"):  # ordinals
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            if stem in _NUMBERS and stem.isascii() and stem in _GERMAN_SET:
                return (_NUMBERS[stem],)  # zwölften, achten
            got = _german(stem)
            if got is not None:
                return got
    return _german(word)


def _german(word: str) -> tuple[int | str, ...] | None:
    """A German compound number word cut into its parts (greedy, longest part first)."""
    out: list[int | str] = []
    i = 0
    while i < len(word):
        if word.startswith("und", i) and out:
            out.append("und")
            i += 3
            continue
        part = next((p for p in _GERMAN_PARTS if word.startswith(p, i)), None)
        if part is None:
            return None
        out.append(_NUMBERS[part])
        i += len(part)
    return tuple(out) if len(out) > 1 else None


def value_of(parts: list[int]) -> int:
    """The number that number words' values make: ``mil novecientos sesenta y ocho``,
    ``nineteen hundred and sixty-eight``, ``quatre-vingt-dix`` (4 × 20 + 10); ``nineteen
    sixty-eight`` (no hundred) is read as a year's two halves."""
    if 100 not in parts and 1000 not in parts and len(parts) >= 2 and 10 <= parts[0] <= 99:
        rest = sum(parts[1:])
        if 10 <= rest <= 99:
            return parts[0] * 100 + rest
    total = current = 0
    prev = 0
    for v in parts:
        if v == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif v == 100:
            current = max(current, 1) * 100 if current < 100 else current + 100
        elif v == 20 and prev == 4:  # quatre-vingt(s)
            current += 80 - 4
        else:
            current += v
        prev = v
    return total + current


def find_word_dates(
    text: str, months: dict[str, int], lo: int = 0, hi: int | None = None
) -> Iterator[WordDate]:
    """Every year of number words in ``text[lo:hi]``, with the month and day before it
    (offsets are ``text``'s). ``months`` maps folded month names to their numbers
    (:mod:`.dates` has them)."""
    end = len(text) if hi is None else min(hi, len(text))
    words = [(m.start(), m.end(), _plain(m.group())) for m in _WORD.finditer(text, lo, end)]
    i = 0
    while i < len(words):
        run, values, j = _number_run(text, words, i)
        if not run:
            i += 1
            continue
        year = value_of(values)
        if 1400 <= year <= 2099 and (len(values) >= 3 or 100 in values or 1000 in values):
            month, day, start = _read_back(words, i, months)
            before = {w for _, _, w in words[max(0, i - 3):i]}
            if month is not None or not before.isdisjoint(_YEAR_NOUNS):
                yield WordDate(start, words[j - 1][1], year, month, day)
        i = j


def _number_run(
    text: str, words: list[tuple[int, int, str]], i: int
) -> tuple[bool, list[int], int]:
    """Number words from word ``i``, apart by spaces or hyphens only (joiners between them
    allowed): (found, values, end)."""
    values: list[int] = []
    j = i
    while j < len(words):
        if j > i and text[words[j - 1][1]:words[j][0]].strip(" -\n") != "":
            break  # "mil ochocientos; sesenta": a stop between
        w = words[j][2]
        if w in _JOINERS and values and j + 1 < len(words) and number_parts(words[j + 1][2]):
            j += 1
            continue
        parts = number_parts(w) if len(w) > 1 else None
        if parts is None:
            break
        values += [p for p in parts if isinstance(p, int)]
        j += 1
    return bool(values), values, j


_DAY_GLUE = frozenset({"a", "los", "el", "le", "the", "am", "den", "dem", "day", "days", "dia",
                       "dias", "jour", "tag", "of", "del", "de", "mes", "month", "mois", "monat",
                       "des", "du", "im", "in", "en"})


def _read_back(
    words: list[tuple[int, int, str]], i: int, months: dict[str, int]
) -> tuple[int | None, int | None, int]:
    """Month and day printed before the year at word ``i``: (month, day, start)."""
    start = words[i][0]
    k = i - 1
    while k >= 0 and i - k <= 2 and words[k][2] in _DAY_GLUE:  # "de", "del mes de"
        k -= 1
    if k < 0 or words[k][2] not in months:
        return None, None, start
    month, start = months[words[k][2]], words[k][0]
    k -= 1
    steps = 0
    while k >= 0 and steps < 4 and words[k][2] in _DAY_GLUE:  # "días del mes de", "day of"
        k -= 1
        steps += 1
    if k >= 0:
        parts = number_parts(words[k][2])
        day = value_of([p for p in parts if isinstance(p, int)]) if parts else 0
        if 1 <= day <= 31:
            return month, day, words[k][0]
    return month, None, start
