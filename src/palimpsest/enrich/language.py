"""Which language a text is in: a fast vote of function words and letters for en, es, fr,
de (the languages the models read), and it and pt (named only, so that they are not
taken for Spanish or French).

Function words survive OCR noise well and short texts still carry many of them. A
word found in several languages' lists ("de", "la", "en", "die") votes for each with
a share of one, so shared words no longer block a decision; letters and endings only
one of the languages writes (ñ, ¿, ß, ç, -ción, -ung) add small votes, which settles
short headings. The answer is ``None`` when there is too little evidence.
:func:`detect_languages` gives a document's language and each page's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

METHOD = "palimpsest.language@0.3.0"

# Frequent function words (and a few words of this archive's genres); OCR rarely breaks
# such short words beyond recognition.
_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "the of and to in is that for it with as was on be by this are from at which not "
        "have has we our their they his her but an or were will all its been would who you "
        "your us them these those than then there what when after before into against every "
        "shall must should could any only also no one if so my me i dear yours comrades "
        "workers members meeting branch",
        "es": "de la que el en los del las por con una para no es se su al lo como más pero sus "
        "le ya o fue este ha sí porque esta son entre cuando muy sin sobre también nuestra "
        "nuestro y un nuestros nuestras hay todos todas ante desde hasta contra pueblo "
        "compañeros trabajadores sindicato ser están estos estas donde ni",
        "fr": "le la les de des du et est un une en dans que qui pour pas sur au aux par ce "
        "cette nous vous il ils sont avec plus ne se son sa ses leur mais ont été être notre nos "
        "leurs contre tous toutes aussi où comme chers camarades travailleurs syndicat votre "
        "elle sans entre à non",
        "de": "der die das und ist nicht den dem des ein eine einer zu mit von auf für sich im "
        "auch es wir sie sind wird werden hat haben bei nach aus dass daß noch wie unsere "
        "unser über unserer alle gegen durch oder nur wenn schon einen einem zur zum ihre "
        "kollegen genossen arbeiter liebe",
    }.items()
}
# Two languages an archive of these four also holds: named, so that a page in them is not
# read (and corrected) as Spanish or French; no model reads them further. They vote apart
# and win only by the same margin over the four, which keep their own vote as it was.
_OTHER_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "it": "il di che e la per un in non una sono del della delle dei degli gli lo si con "
        "da al alla ai ha anche come più ma questo questa nel nella sul sulla tutti noi loro "
        "nostro nostra lavoratori compagni sindacato essere è stato ci ne dalla perché",
        "pt": "o a os as de do da dos das em no na nos nas um uma que não com para por se mais "
        "mas ao aos pelo pela é são foi ser está nosso nossa nossos todos companheiros "
        "trabalhadores sindicato também ou já muito quando seu sua",
    }.items()
}

TESSERACT_CODES = {"en": "eng", "es": "spa", "fr": "fra", "de": "deu", "it": "ita", "pt": "por"}

_WORD = regex.compile(r"\p{L}+")


def _vote_table(
    stopwords: dict[str, frozenset[str]]
) -> dict[str, tuple[tuple[str, float], ...]]:
    """Each function word's votes: one, split between the languages that use it."""
    langs: dict[str, list[str]] = {}
    for code, words in stopwords.items():
        for w in words:
            langs.setdefault(w, []).append(code)
    return {w: tuple((c, 1.0 / len(cs)) for c in cs) for w, cs in langs.items()}


_VOTES = _vote_table(_STOPWORDS)
_OTHER_VOTES = _vote_table(_OTHER_STOPWORDS)
# Letters and endings only one of the four languages writes (of the other two: ã, õ, ì).
_LETTERS = {
    c: code for code, cs in {"es": "ñ¿¡íóúá", "fr": "çèêàâîôûœù", "de": "ßäöü"}.items() for c in cs
}
_OTHER_LETTERS = {"ã": "pt", "õ": "pt", "ì": "it"}
# The other two must say more: their function words are half the four's ("de", "la",
# "que"), and a short Spanish line must stay Spanish.
_OTHER_EVIDENCE = 4.0
_OTHER_MARGIN = 2.0
_LETTER_VOTE = 0.3
_ENDINGS = {"ción": "es", "ones": "es", "idad": "es", "ente": "es", "ung": "de",
            "ngen": "de", "keit": "de", "heit": "de", "lich": "de", "isch": "de",
            "eaux": "fr", "eux": "fr", "ient": "fr", "ait": "fr", "ing": "en", "ness": "en",
            "ould": "en"}  # fmt: skip  # last 3-5 letters of words of 5+
_OTHER_ENDINGS = {"zione": "it", "zioni": "it", "ção": "pt", "ções": "pt"}
_ENDING_VOTE = 0.25
_MIN_EVIDENCE = 1.0  # one word only this language uses, or the like
_MARGIN = 1.4  # the winner's lead over the runner-up


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A language code (or ``None``), a confidence in 0..1, and the votes behind it.

    ``scores`` counts function words per language (as in version 0.1); ``votes``
    is what decided: shared words split, letters and endings added.
    """

    code: str | None
    confidence: float
    scores: dict[str, int]
    votes: dict[str, float] = field(default_factory=dict)


def detect_language(text: str, max_words: int = 3000) -> LanguageGuess:
    """Vote by function words, letters and endings over the first ``max_words`` words."""
    words = _WORD.findall(text[: max_words * 12].lower())
    if len(words) > max_words:
        words = words[:max_words]
    scores = dict.fromkeys(_STOPWORDS, 0)
    votes = dict.fromkeys(_STOPWORDS, 0.0)
    counts = Counter(words)
    for w, k in counts.items():
        table = _VOTES.get(w)
        if table is not None:
            for code, v in table:
                scores[code] += k
                votes[code] += v * k
        elif len(w) >= 5:
            code_e = _ENDINGS.get(w[-4:]) or _ENDINGS.get(w[-3:]) or _ENDINGS.get(w[-5:])
            if code_e is not None:
                votes[code_e] += _ENDING_VOTE * k
    for ch, code_l in _LETTERS.items():
        n = text.count(ch, 0, max_words * 12)
        if n:
            votes[code_l] += _LETTER_VOTE * min(n, 10)
    ranked = sorted(votes.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    other = _other_language(counts, text[: max_words * 12], top)
    if other is not None:
        return other
    if top < _MIN_EVIDENCE or top < _MARGIN * second:
        return LanguageGuess(None, 0.0, scores, votes)
    confidence = round(min(1.0, (top - second) / top * min(1.0, top / 6)), 3)
    return LanguageGuess(best, max(confidence, 0.05), scores, votes)


def _other_language(counts: Counter[str], text: str, top: float) -> LanguageGuess | None:
    """Italian or Portuguese, when its own vote is :data:`_OTHER_EVIDENCE` or more and
    leads the four's best (``top``) and the other's by :data:`_OTHER_MARGIN`; else
    ``None``."""
    votes = dict.fromkeys(_OTHER_STOPWORDS, 0.0)
    for w, k in counts.items():
        table = _OTHER_VOTES.get(w)
        if table is not None:
            for code, v in table:
                votes[code] += v * k
        elif len(w) >= 5:
            code_e = _OTHER_ENDINGS.get(w[-5:]) or _OTHER_ENDINGS.get(w[-4:]) or (
                _OTHER_ENDINGS.get(w[-3:]))
            if code_e is not None:
                votes[code_e] += _ENDING_VOTE * k
    for ch, code_l in _OTHER_LETTERS.items():
        n = text.count(ch)
        if n:
            votes[code_l] += _LETTER_VOTE * min(n, 10)
    (best, lead), (_, runner) = sorted(votes.items(), key=lambda kv: kv[1], reverse=True)
    if lead < _OTHER_EVIDENCE or lead < _OTHER_MARGIN * max(top, runner):
        return None
    confidence = round(min(1.0, (lead - top) / lead * min(1.0, lead / 6)), 3)
    return LanguageGuess(best, max(confidence, 0.05), {}, votes)


def detect_languages(
    pages: Sequence[str], min_page_confidence: float = 0.35
) -> tuple[str | None, list[str | None]]:
    """The document's language and each page's.

    A page keeps its own answer when it is confident and differs from the
    document's (a bilingual leaflet); a page with too little text of its own
    (a title page, a signature page) takes the document's.
    """
    guesses = [detect_language(page, max_words=500) for page in pages]
    if len(pages) == 1:
        return guesses[0].code, [guesses[0].code]
    doc = detect_language("\n".join(pages[:50]), max_words=1500).code
    if doc is None:  # evenly mixed: the language of most confident pages
        codes = [g.code for g in guesses if g.code and g.confidence >= min_page_confidence]
        doc = max(set(codes), key=codes.count) if codes else None
    out: list[str | None] = []
    for g in guesses:
        if g.code is None or (g.code != doc and g.confidence < min_page_confidence):
            out.append(doc)
        else:
            out.append(g.code)
    return doc, out
