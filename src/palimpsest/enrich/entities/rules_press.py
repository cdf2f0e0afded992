"""Papers named where a notice says it is published (``Publíquese en El Grito del Pueblo y
en El Telégrafo``, ``sera inséré dans L'Abbevillois``): a French or Spanish title with its
article after such words is a paper, an organisation, whatever the model read in it (a
place, a person, nothing).
"""

from __future__ import annotations

import regex

from palimpsest.enrich.entities.rules import take_span
from palimpsest.model import Annotation

_S = r"[^\S\n]+"
_WORD = r"\p{Lu}[\p{L}'’-]*\p{L}"
# a French title's adjective in lower case (L'Est républicain, L'Abeille jurassienne, L'Union
# franc-comtoise), by its ending: not a verb after the title (Le Soleil présente)
_ADJECTIVE = (r"\p{Ll}+(?:-\p{Ll}+)*(?:ain|aine|ien|ienne|ois|oise|ais|aise|al|ale|el|elle"
              r"|ique|if|ive|ard|arde|in|ine|iste)(?![\w'’-])")
# a paper's title: its article, a capitalised word, and a complement (El Norte de Castilla,
# Le Courrier de la Guadeloupe, L'Écho d'Oran) or a second capitalised word (El Cubano Libre)
_PAPER = (rf"(?:(?:El|La|Los|Las|Le|Les){_S}|L['’]){_WORD}"
          rf"(?:{_S}(?:de{_S}la|de{_S}los|del|de|du|des){_S}{_WORD}|{_S}(?:de{_S}l|d)['’]{_WORD}"
          rf"|{_S}{_WORD}|{_S}{_ADJECTIVE})?")
# what says a notice or its list is printed in a paper (publíquese en, se publicará el
# presente en, publicará, insértese en, anunciada en, publicada por, por medio de; sera inséré
# dans, paraîtra dans, publiée dans, paru dans, publié par; a call to read it: Lisez, Lea
# usted; a paper's kind: le journal, el diario); then the paper, and the others joined to it
# (y en, et dans, a comma)
_TRIGGER = regex.compile(
    rf"(?<!\w)(?:[Pp]ublíquese|[Pp]ublicar(?:á|án)?|[Pp]ublicad[oa]s?|[Pp]ublica"
    rf"|[Ii]nsértese|[Ii]nsertará|[Ii]nserta|anunciad[oa]s?|por{_S}medio{_S}de|paraîtra"
    rf"|paraissent|publiée?s?|publier|insérée?s?|parue?s?|[Ll]isez|[Ll]ea{_S}usted|[Ll]eed"
    rf"|journal|journaux|diarios?|periódicos?|semanario)(?!\w)")
_PRINTED = regex.compile(
    rf"(?:{_S}(?:también|además|íntegra|chaque|jour|en|dans|par|por|el|le|au|journal|diario"
    rf"|periódico|semanario))*"
    rf"(?:(?:{_S}\p{{Ll}}[\p{{Ll}}'’]*){{1,5}}?{_S}(?:en|dans|par|por))?"
    rf"{_S}(?P<paper>{_PAPER})(?![\w'’-])"
    rf"(?:(?:,{_S}|{_S}(?:y|et){_S}(?:(?:en|dans){_S})?)(?P<paper>{_PAPER})(?![\w'’-]))*")


# a paper that prints it, named before its verb: El Pensamiento Navarro publicará el horario
_PRINTS = regex.compile(
    rf"(?<![\w'’])(?P<paper>{_PAPER})(?:{_S}(?:y|et){_S}(?P<paper>{_PAPER}))?"
    rf"{_S}(?:publicará|publica|publicó|ha{_S}publicado|publiera|publie|publiera|a{_S}publié"
    rf"|publiait|publiará)(?![\w'’-])")
_PRINTS_VERB = regex.compile(r"publicará|publica|publicó|publicado|publiera|publie|publié"
                             r"|publiait|publiará")  # what _PRINTS needs, found at once


def printed_papers(text: str, mentions: list[Annotation], curated: str, method: str) -> None:
    """Each paper a notice says it is printed in is an organisation (``publíquese en El
    Salteño y en La Voz del Pueblo``, ``paraîtra dans L'Abeille jurassienne et dans Le
    Courrier du Jura``), in place of what the model found in its title; not over a
    curator's name. In place."""
    found = [m for t in _TRIGGER.finditer(text)
             if (m := _PRINTED.match(text, t.end())) is not None]
    if _PRINTS_VERB.search(text):
        found += _PRINTS.finditer(text)
    for m in found:
        for start, end in zip(m.starts("paper"), m.ends("paper"), strict=True):
            if not any(a.method == curated and a.start < end and start < a.end
                       for a in mentions):
                take_span(text, mentions, start, end, "ORG", method)


# an English paper after "published in the", "appear in the" (the article is no part of its
# name: the Western Mail, the Kidderminster Shuttle); up to four capitalised words
_PRINTED_EN = regex.compile(
    rf"(?<!\w)(?:published|printed|inserted|advertised|appeared|appear|appears|reported)"
    rf"(?:{_S}(?:in{_S}full|also|weekly|daily))?{_S}in{_S}the{_S}"
    rf"(?P<paper>\p{{Lu}}[\p{{L}}'’-]*(?:{_S}\p{{Lu}}[\p{{L}}'’-]*){{1,3}})(?![\w'’-])")


def printed_english_papers(text: str, mentions: list[Annotation], curated: str,
                           method: str) -> None:
    """An English paper a notice says it is printed in (``inserted in the Kidderminster
    Shuttle``, ``appear in the Cape Times``) is an organisation, its name two to four
    capitalised words; in place of the town or the person the model read in it. In
    place."""
    for m in _PRINTED_EN.finditer(text):
        start, end = m.span("paper")
        if not any(a.method == curated and a.start < end and start < a.end for a in mentions):
            take_span(text, mentions, start, end, "ORG", method)
