"""Word-level helpers for :mod:`palimpsest.enrich.roles`: tokens, organisation and
person names, body cues, and forgiving lookups for OCR'd keywords."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import compress, count
from typing import TYPE_CHECKING

import regex

from palimpsest.enrich.roles_lexicon import (
    ARTICLE,
    BODY_CUES,
    CONTACT_SUFFIXES,
    CONTACT_WORDS,
    LEAD,
    MEETING_WORDS,
    ORG_SUFFIXES,
    ORG_WORDS,
    SUBUNIT_WORDS,
    words,
)

if TYPE_CHECKING:
    from palimpsest.text.correct.shapes import WordShapes


def _phrase_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for genre, phrases in BODY_CUES.items():
        for phrase in phrases.split(" | "):
            words = tuple(tokens(phrase, keep_colon=True))
            index.setdefault(words[0], []).append((words[1:], genre))
    return index


_EDGE = ',;!?¡¿"()[]«»„“”‘–—…*/|'
# Edge punctuation to spaces: a regex substitution, several times faster than
# ``str.translate`` with a dict on text that is not pure ASCII.
_TO_SPACE = re.compile("[" + re.escape(_EDGE + ":") + "]")
_TO_SPACE_KEEP_COLON = re.compile("[" + re.escape(_EDGE) + "]")


def tokens(text: str, keep_colon: bool = False) -> list[str]:
    """Lower-case words, punctuation at their edges and French elisions gone."""
    edge = _TO_SPACE_KEEP_COLON if keep_colon else _TO_SPACE
    low = " " + edge.sub(" ", text.lower())
    if "’" in low:
        low = low.replace("’", "'")
    if "'" in low:
        low = low.replace(" l'", " ").replace(" d'", " ").replace(" qu'", " ")
    out = low.replace(". ", " ").split()
    if out and out[-1][-1:] == ".":
        out[-1] = out[-1][:-1] or "."
    return out


def body_cues(text: str) -> dict[str, int]:
    """How many cue phrases of each genre ``text`` holds."""
    toks = tokens(text, keep_colon=True)
    counts: dict[str, int] = {}
    index = _BODY_INDEX
    for i in compress(count(), map(index.__contains__, toks)):  # words a phrase starts with
        for rest, genre in index[toks[i]]:
            if tuple(toks[i + 1 : i + 1 + len(rest)]) == rest:
                counts[genre] = counts.get(genre, 0) + 1
    return counts


def is_org(toks: list[str]) -> bool:
    """Whether a line's words name an organisation."""
    if not ORG_WORDS.isdisjoint(toks) or not _ORG_SUFFIX_WORDS.isdisjoint(toks):
        return True
    if "&" in toks and toks[-1] in _FIRM_ENDS:
        return True  # a firm: Joh. Heinr. Weffel & Co., Schneider & Cie
    return any(len(w) >= 8 and _org_stem(w).endswith(_ORG_STEMS) for w in toks)


def is_subunit(toks: list[str]) -> bool:
    return not SUBUNIT_WORDS.isdisjoint(toks)


def is_contact(toks: list[str]) -> bool:
    return not CONTACT_WORDS.isdisjoint(toks) or any(w.endswith(CONTACT_SUFFIXES) for w in toks)


_PARTICLES = words("""de del la las los y da von van der den du le di""")
_ARTICLES = words("""the der die das el la los las le les""")
_NAME_JOINERS = _PARTICLES | words("""des of the and und et für fur pour para""")


def name_line(s: str) -> bool:
    """Whether a line is a name set as a line, every word capitalised but the little
    words that join a name's parts (``Der Arbeiter-, Soldaten- und Bauernrat.``): a
    stop after it ends no sentence."""
    words = s.rstrip(".").split()
    return len(words) >= 2 and all(
        w[:1].isupper() or w in _NAME_JOINERS for w in words)
_SIGN_PREFIX = words(
    """gez signed sgd firmado fdo signé dein deine euer eure your yours ton ta votre tu"""
)


def person_name(s: str) -> str | None:
    """The name in a signature line ("Thomas Hartley, General Secretary"; "El Presidente,
    Lic. Ignacio Aceves"; "Der Präsident: Emil Studer"), if any."""
    if s.rstrip().endswith(("!", "?")):
        return None  # "Vertrauet der Versammlung, die ihr selbst gewählt habt!": a call
    s = regex.split(r"\s{3,}", s.strip())[0]  # two signatures side by side: the first
    s = _MANU_PROPRIA.sub("", s)  # "Ing. Karl Haberfellner m. p."
    office = _OFFICE_FIRST.match(s)
    if office is not None:  # the office first, the name after its comma or colon
        s = s[office.end():]
    s = s.split(",")[0].strip()
    words = s.split()
    while words and words[0].lower().rstrip(".:") in _SIGN_PREFIX:
        words = words[1:]
    if not 2 <= len(words) <= 5 or not words[-1][:1].isupper() or words[-1][-1] == "-":
        return None
    if words[0].lower() in _ARTICLES:
        return None  # "Der Präsident der Nationalversammlung": an office, not a name
    if not _ADDRESSED.isdisjoint(w.lower() for w in words):
        return None  # "de Votre Grandeur", "Your Lordship's": a closing's form of address
    if any(w.endswith(":") for w in words):
        return None  # "Treffpunkt: Wilster": a field's label and its value
    if any(not w[:1].isupper() and w not in _PARTICLES for w in words):
        return None
    if is_org(tokens(s)) or any(map(str.isdigit, s)):
        return None
    return " ".join(words)


_ADDRESSED = words("votre vos your vuestra vuestro euer eure ihrer")
# "m. p." (manu propria) after an Austrian signature
_MANU_PROPRIA = regex.compile(r"\s+m\.\s?p\.?(?=\s*(?:,|$))")
# an office with its article before the name it signs: "El Presidente, ", "Der Aktuar: "
_OFFICE_FIRST = regex.compile(r"(?:the|der|die|el|la|le|il)\s+\p{Ll}*\p{L}+\s*[,:]\s+"
                              r"(?=(?:(?:lic|dr|ing|don|sr|herr|mr|m)\.?\s+)?\p{Lu})",
                              regex.IGNORECASE)

_LEAD_PREFIX: dict[str, bool] = {}


def lead(line: str) -> regex.Match[str] | None:
    """``LEAD.match(line)``, skipped at once when no lead word can start that way.

    Whether a line's first four characters can begin a match is asked once per
    prefix (``partial`` matching) and remembered: most lines fail there.
    """
    key = line[:4].lower()
    ok = _LEAD_PREFIX.get(key)
    if ok is None:
        if len(_LEAD_PREFIX) > 50_000:
            _LEAD_PREFIX.clear()
        ok = _LEAD_PREFIX[key] = LEAD.match(key, partial=True) is not None
    return LEAD.match(line) if ok else None


def _org_stem(w: str) -> str:
    return w.rstrip("sen")


_ORG_STEMS = tuple({_org_stem(x) for x in ORG_SUFFIXES})
_ORG_SUFFIX_WORDS = frozenset(ORG_SUFFIXES)
_FIRM_ENDS = frozenset({"co", "cie", "comp", "cia", "sohn", "söhne", "sohne", "sons", "bros",
                        "brothers", "fils", "hijos", "hermanos"})

_OCR_DIGITS = str.maketrans("0134580|", "oleasbol")


def ocr_letters(s: str) -> str:
    """``s`` with digits read as the letters OCR mistakes them for ("Comrad3s")."""
    return s.translate(_OCR_DIGITS)


# A meeting, not a body: skipped when looking for "of X" in a minutes heading.

_MULTI = (("rn", "m"), ("cl", "d"), ("vv", "w"), ("ii", "u"), ("li", "h"), ("tl", "d"))


class Fuzzy:
    """Words one OCR slip away from a lexicon: a digit for a letter, "rn" for "m",
    or one letter substituted, dropped or added (via single-deletion keys)."""

    def __init__(self, lexicon: frozenset[str]) -> None:
        self.words = lexicon
        self.keys: dict[str, str] = {}
        for w in sorted(lexicon):
            for i in range(len(w)):
                self.keys.setdefault(w[:i] + w[i + 1 :], w)

    def get(self, word: str) -> str | None:
        """The lexicon word ``word`` is a misreading of, if any (words of 4+ letters)."""
        if word in self.words:
            return word
        if len(word) < 4:
            return None
        word = ocr_letters(word)
        for bad, good in _MULTI:
            if bad in word:
                fixed = word.replace(bad, good)
                if fixed in self.words:
                    return fixed
        if word in self.words:
            return word
        hit = self.keys.get(word)  # one letter added
        if hit is not None:
            return hit
        for i in range(len(word)):
            d = word[:i] + word[i + 1 :]
            if d in self.words:  # one letter dropped
                return d
            hit = self.keys.get(d)  # one letter substituted
            if hit is not None and len(hit) == len(word):
                return hit
        return None


# Words a line-start keyword can be, to repair an OCR'd first word before LEAD.
LEAD_WORDS = Fuzzy(
    words(
        """statement declaration communiqué declaración comunicado déclaration erklärung
        resolution resolución résolution entschließung motion minutes acta procès-verbal
        protokoll niederschrift appeal llamamiento appel aufruf message mensaje grußbotschaft
        report informe rapport bericht tätigkeitsbericht letter carta lettre brief leaflet
        tract flugblatt bulletin newsletter organ organe órgano boletín periódico
        mitteilungsblatt zeitung journal monthly weekly issued published edita publié
        herausgegeben dear querido queridos querida queridas estimado estimados estimada
        estimadas cher chers chère chères liebe lieber liebes werte werter mesdames messieurs
        monsieur madame comrades comrade friends colleagues brothers sisters workers citizens
        compañeros compañeras compañero camaradas trabajadores obreros vecinos camarades amis
        collègues travailleurs citoyens habitants kollegen kolleginnen genossen genossinnen
        freunde arbeiter bürger yours fraternally fraternalmente saludos atentamente
        fraternellement salutations hochachtungsvoll""".replace("ß", "ß")
    )
)
ORG_FUZZY = Fuzzy(ORG_WORDS | frozenset(ORG_SUFFIXES))


def misread_al(text: str) -> bool:
    """Whether ``text`` opens with ``Al`` as OCR misreads it (``A!``, ``A1``, ``AI``)
    before a lower-case word: ``A! pueblo de San Miguel``."""
    first, _, rest = text.partition(" ")
    return first in ("A!", "A1", "AI") and rest[:1].islower()


def repair_lead(text: str) -> str | None:
    """``text`` with its first word replaced by the lead word it misreads, if any."""
    first, sep, rest = text.partition(" ")
    if misread_al(text):
        return "Al" + sep + rest  # "A! pueblo de San Miguel": the l read as ! or 1 or I
    core = first.strip(_EDGE + ":").lower()
    if len(core) < 4 or core in LEAD_WORDS.words:
        return None
    fixed = LEAD_WORDS.get(core)
    return None if fixed is None else fixed + first[len(first.rstrip(_EDGE + ":")) :] + sep + rest


def is_org_fuzzy(toks: list[str]) -> bool:
    """:func:`is_org`, forgiving one OCR slip per word."""
    return is_org(toks) or any(len(w) >= 5 and ORG_FUZZY.get(w) for w in toks)


def known_org(line: str) -> bool:
    """Whether the chronology knows ``line`` as an organisation's name (``MADRES DE PLAZA
    DE MAYO``, ``Amnesty International``), though no word in it says so."""
    # imported here: roles need the names' module (and its numpy) only for such a heading
    from palimpsest.enrich.entities.gazetteers import chronology_gazetteer, name_key

    return chronology_gazetteer().get(name_key(line)) == "ORG"


def known_place(line: str) -> bool:
    """Whether ``line`` is only the name of a large place (``París``, ``London W.C.1``
    without its district): an address's town under a masthead, not a title."""
    # imported here, as in known_org: only such a short heading needs the places
    from palimpsest.enrich.entities.gazetteers import name_key, places

    return places().get(name_key(line.strip(" .,;:"))) in ("P1", "P2")


_BODY_INDEX = _phrase_index()


_LETTER_WORDS = regex.compile(r"\p{L}{3,}")
_ANY_LETTERS = regex.compile(r"\p{L}+")
LEXICON_WORDS = ORG_WORDS | SUBUNIT_WORDS | MEETING_WORDS


def readable(line: str, lang: str | None) -> bool:
    """Whether a heading line reads as words: one of them, of three letters or more, is
    a word of the language (the corrector's vocabulary, 100,000–200,000 words with places
    and compounds; a word of three or four letters a common one), of the lexicons, or an
    acronym when acronyms are all the line holds (``SUTEP``). A line of OCR junk from a
    smudged masthead (``naa``, ``RREEREFTRALETCTUTTR el ABEENWIERKE``, ``¡Ps AAA AENA A
    dt``, ``ww RK "``) is none of these. With no vocabulary for the language, every line
    reads."""
    words = _LETTER_WORDS.findall(line)
    if not words:  # letters in ones and twos: capitals (an acronym) read, "ww RK" does not
        return all(w.isupper() for w in _ANY_LETTERS.findall(line))
    logp = _word_logp(lang)
    if logp is None:
        return True
    acronyms = all(w.isupper() and len(w) <= 6  # SUTEP, CGT – CFDT; not "¡Ps AAA AENA A dt"
                   for w in _ANY_LETTERS.findall(line))
    for w in words:
        low = w.lower()
        if low in LEXICON_WORDS or acronyms:
            return True
        p = logp(low)
        if p is not None and (len(low) >= 5 or p >= SHORT_WORD_LOGP):
            return True
    return any(_reads_as_name(w, lang) for w in words)


SHORT_WORD_LOGP = -13.0  # a word of 3-4 letters must be this common to vouch (naa: -14.9)
NAME_SURPRISE = -2.0  # how word-like a name's letters must be (Vitarte 0.9, ABEENWIERKE -17)


def _reads_as_name(word: str, lang: str | None) -> bool:
    """Whether ``word`` is a name no vocabulary holds but whose letters read like the
    language's words (:class:`~palimpsest.text.correct.shapes.WordShapes`): capitalised,
    five letters or more (``Vitarte y Ate``, an address's second line); OCR junk from a
    smudged heading reads like none (``RREEREFTRALETCTUTTR``, ``ABEENWIERKE``)."""
    if len(word) < 5 or not (word[0].isupper() and word[1:].islower()):
        return False
    shapes = _word_shapes(lang)
    return shapes is not None and shapes.surprise(word.lower()) >= NAME_SURPRISE


@cache
def _word_logp(lang: str | None) -> Callable[[str], float | None] | None:
    """``word → log P`` (``None`` for no word) in the corrector's vocabulary of ``lang``."""
    from palimpsest.text.correct import Corrector, supported  # loaded once, as ingest does

    if lang is None or not supported(lang):
        return None
    lm = Corrector.load(lang).lm

    def logp(word: str) -> float | None:
        i = lm.ids.get(word)
        return None if i is None else float(lm.logp[i])

    return logp


@cache
def _word_shapes(lang: str | None) -> WordShapes | None:
    """The character model of ``lang``'s words (the corrector's), if it has one."""
    from palimpsest.text.correct import Corrector, supported

    if lang is None or not supported(lang):
        return None
    return Corrector.load(lang).shapes


def strip_article(s: str) -> str:
    """``s`` without its leading article (``The``, ``La``, ``Der``, ``l'``)."""
    m = ARTICLE.match(s)
    return s[m.end() :] if m and len(s) > m.end() + 3 else s


def tidy(s: str) -> str:
    """``s`` without the punctuation and spaces around it; an abbreviation's stop at the
    end stays (``Weffel & Co.``, ``Smith & Sons, Ltd.``)."""
    out = s.strip(" ,;:.-–—·*_").strip()
    if s.rstrip(" ,;:").endswith(".") and _ABBREVIATED_END.search(out):
        return out + "."
    return out


_ABBREVIATED_END = re.compile(r"(?<![\w.])(?:Co|Cie|Cía|Ltd|Inc|Bros|Jr|Sr|Esq|Comp)$")
