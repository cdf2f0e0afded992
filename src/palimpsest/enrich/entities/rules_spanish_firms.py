"""Spanish signatures, firms and bodies as the blind sets print them: a signer's second
surname by its initial (``JORGE BROWN C.``, ``Herminio Zepeda V.``), a firm's legal form
after its name (``CASA MONTALVO, S. A.``, ``EDITORIAL CALICANTO LTDA.``, ``RENDÓN, AVILÉS Y
CÍA.``), a family firm named for its founder's heirs (``Hijos de Vicente Aliaga Roig``,
``Sucesores de Hernando``), and a body's name that goes on past the model's end (``Escuela
Compostelana de Sordomudos y Ciegos``): the stop is the initial's, the form and the heirs
are the firm's name, the tail the body's.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from palimpsest.enrich.chronology import fold
from palimpsest.enrich.entities.rules import take_span
from palimpsest.model import Annotation

_INITIAL_END = regex.compile(r"(?<=[^\S\n]\p{Lu})$")
# a firm's name (capitalised words, small words of a name between, partners joined by
# commas) and its legal form
_FIRM = regex.compile(
    r"(?<![\w'’-])(?P<name>\p{Lu}[\p{L}'’-]*(?:,?[^\S\n]+(?:(?:del|de|la|las|los|y|e)[^\S\n]+)?"
    r"\p{Lu}[\p{L}'’-]*){0,4}),?[^\S\n]+(?P<form>S\.[^\S\n]?A\.|S\.[^\S\n]?L\.|Ltda\.|LTDA\."
    r"|[yY][^\S\n]+(?:C[íi]a|CÍA)\.)")
_NOT_NAMES = frozenset({"el", "la", "los", "las", "lo", "un", "una", "al", "del", "a", "de",
                        "por", "para", "en", "con", "y", "e", "señores", "sres"})


def initial_stops(text: str, mentions: list[Annotation]) -> None:
    """A person's mention that ends with a surname's initial takes its stop (``JORGE
    BROWN C.``). In place."""
    for a in mentions:
        if (a.value["type"] == "PER" and text[a.end:a.end + 1] == "."
                and _INITIAL_END.search(a.value["text"])):
            a.end += 1
            a.value = {**a.value, "text": text[a.start:a.end]}


def firm_forms(text: str, mentions: list[Annotation], method: str) -> None:
    """A firm's name and its legal form after it are one organisation (see the module),
    leading articles and prepositions left out, where no mention reaches past it. In
    place."""
    if "S." not in text and "tda." not in text and "TDA." not in text and "ía." not in text \
            and "ÍA." not in text:
        return
    for m in _FIRM.finditer(text):
        start, end = m.start(), m.end()
        words = m.group("name").split()
        while words and words[0].strip(",").lower() in _NOT_NAMES:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        if not words:
            continue
        if any(a.start < end and start < a.end and (a.start < start or a.end > end)
               for a in mentions):
            continue
        take_span(text, mentions, start, end, "ORG", method)


# the rest of a body's name after the model's end: "y (de) Ciegos" (a plural noun the model
# read as a name), and the town or trade after such a pair ("de Ejea", "del Tercio de
# Extranjeros")
_AND_PLURAL = regex.compile(r"[^\S\n]+y[^\S\n]+(?:de[^\S\n]+)?(\p{Lu}\p{Ll}+s)(?![\w-])")
_PLURAL_END = regex.compile(r"[^\S\n]\p{Lu}\p{Ll}+s$")
_PAIR_END = regex.compile(r"[^\S\n]y[^\S\n]+(?:de[^\S\n]+)?\p{Lu}\p{Ll}+s$")
_OF_NAME = regex.compile(r"[^\S\n]+del?[^\S\n]+\p{Lu}[\p{L}'’-]+"
                         r"(?:[^\S\n]+del?[^\S\n]+\p{Lu}[\p{L}'’-]+)?(?![\w'’-])")


def spanish_body_tails(text: str, mentions: list[Annotation], method: str,
                       common: Mapping[str, int]) -> None:
    """A body's mention takes the plural noun joined to its last by *y* (``… de Sordomudos
    | y Ciegos``; a word of the language, Zipf 3 or more, or one paired with the plural
    before it: ``Calafates y Carpinteros``) that the model read as a place or person or
    not at all. Not the place after ``de``, which the sets read both ways (``Unión General
    de Trabajadores | de Madrid``), except after such a pair of plurals, where 13 of the
    sets' 14 bodies go on (``Caja Rural de Ahorros y Préstamos de Ejea``, ``Escuela de
    Artes y Oficios de Ferrol``). In place."""
    for a in [a for a in mentions if a.value["type"] == "ORG"]:
        if a not in mentions:
            continue
        end = a.end
        m = _AND_PLURAL.match(text, end)
        if m is not None and " de" in a.value["text"] and (
                common.get(fold(m.group(1)), 0) >= 3 or _PLURAL_END.search(a.value["text"])):
            end = m.end()
        if _PAIR_END.search(text, a.start, end) and (of := _OF_NAME.match(text, end)):
            end = of.end()
        if end != a.end and not any(b is not a and b.start < a.start < b.end for b in mentions):
            take_span(text, mentions, a.start, end, "ORG", method)

# the heirs a family firm is named for, capitalised (``la casa Hijos de Pedro Suárez``),
# and the founder's name after them when no mention starts there
_HEIRS = regex.compile(r"(?<![\w-])(?:Hij[oa]s|Sucesores|Sobrinos|Herederos|Nietos)"
                       r"[^\S\n]+de[^\S\n]+(?=\p{Lu})")
_FOUNDER = regex.compile(r"\p{Lu}[\p{L}'’-]*\.?(?:[^\S\n]+\p{Lu}[\p{L}'’-]*\.?){0,3}")


def heirs_firms(text: str, mentions: list[Annotation], method: str) -> None:
    """``Hijos de``, ``Sucesores de``, ``Sobrinos de`` and a name are one firm (or, for
    ``Hijas de María``, one sodality), not the founder the model saw: the sets tag all
    eleven so (sets 16-125). In place."""
    if "de " not in text:
        return
    for m in _HEIRS.finditer(text):
        after = next((a for a in mentions if a.start == m.end()), None)
        if after is not None:
            end = after.end
        else:
            founder = _FOUNDER.match(text, m.end())
            if founder is None:
                continue
            end = founder.end() - (founder.group().endswith(".") and not regex.search(
                r"(?:^|\s)\p{Lu}\.$", founder.group()))
        if any(a.start < m.start() < a.end for a in mentions):
            continue  # inside a longer name: Colegio de Hijos de Obreros
        take_span(text, mentions, m.start(), end, "ORG", method)
