"""French bodies named by their kind and what they are for, which the model leaves
unread: ``la Société nautique de Cette``, ``la Compagnie des Docks et Entrepôts de
Graville``, ``la Direction générale des Contributions indirectes``, ``la Faculté de
philosophie et lettres``.

After an article, a body's word in capitals and its complement (adjectives, then ``de``,
``des``, ``pour``, ``et`` and the nouns or names they join) are one organisation. A body's
word alone (``la Société``) stays no mention, as ``CONVENTIONS.md`` reads it.
"""

from __future__ import annotations

import regex

from palimpsest.enrich.entities.rules import take_span
from palimpsest.model import Annotation

_HEAD = regex.compile(
    r"(?<=(?:\b(?i:la|le|les|du|au|aux)[^\S\n]+|\b[lL]['’]))"
    r"(?:Soci[ée]t[ée]|Compagnie|Caisse|Direction|Administration|Association|Facult[ée]"
    r"|D[ée]partement|F[ée]d[ée]ration|Chambre|Banque|Station|Conservatoire|Cercle"
    r"|Syndicat|Acad[ée]mie|Institut|Office|Minist[èe]re|Commission|Coop[ée]rative"
    r"|Mutuelle|Ligue|Œuvre|Agence|Union|Amicale|Fanfare|Harmonie|Orph[ée]on)(?![\p{L}'’-])")
# an adjective after a body's word or a noun of its name: nautique, hypothécaire, générale
_ADJ = regex.compile(
    r"[^\S\n]+\p{Ll}+(?:ale|ales|aux|al|aire|aires|ique|iques|i[èe]re|i[èe]res|ier|iers"
    r"|ienne|iennes|ien|iens|ive|ives|if|ifs|[unr]elle|[unr]elles|el|els|ée|ées|é|és|aise"
    r"|aises|ais|oise|oises|ois|euse|euses|eux|ics|ic|iste|istes|ble|bles|ecte|ectes)"
    r"(?![\p{L}'’-])")
_S = r"[^\S\n]+"
_JOIN = (rf"(?:de{_S}la{_S}|de{_S}l['’]|d['’]|des{_S}|du{_S}|de{_S}|et{_S}|pour{_S}l['’]"
         rf"|pour{_S}la{_S}|pour{_S}les{_S})")
# a name after a join: Docks, Entrepôts de Graville, l'Intérieur
_NAMED = regex.compile(rf"[^\S\n]*{_JOIN}\p{{Lu}}[\p{{L}}'’-]*(?:[^\S\n]+\p{{Lu}}[\p{{L}}'’-]*)*")
# a noun in lower case after a join: not a word of the sentence, no infinitive
_NOUN = regex.compile(
    rf"[^\S\n]*{_JOIN}(?!(?:les|des|aux|une|son|ses|leur|leurs|tous|toutes|tout|qui|que"
    r"|dont|nos|vos|notre|votre|cette|ces|ceux|celle|elle|elles|ils|nous|vous|sont|plus"
    r"|moins|sur|dans|avec|chez|entre|par)(?![\p{L}'’-]))"
    r"(?!\p{Ll}{4,}(?:er|ir)(?![\p{L}'’-]))\p{Ll}{3,}(?![\p{L}'’-])")
_LONGEST = 14  # words


def _name_end(text: str, pos: int) -> int:
    """Where a body's name that opens with its word (ending at ``pos``) ends: its
    adjectives, then joins and nouns (lower-case ones only before any name)."""
    for _ in range(2):
        m = _ADJ.match(text, pos)
        if m is None:
            break
        pos = m.end()
    named = False
    while True:
        m = _NAMED.match(text, pos)
        if m is not None:
            pos, named = m.end(), True
        elif not named and (m := _NOUN.match(text, pos)) is not None:
            pos = m.end()
        else:
            break
        a = _ADJ.match(text, pos)
        if a is not None:
            pos = a.end()
    return pos


def french_bodies(text: str, mentions: list[Annotation], method: str) -> None:
    """Read each body's name of several words after an article (see the module) as one
    organisation, in place of the mentions inside it, where no mention reaches past it.
    In place."""
    for m in _HEAD.finditer(text):
        start = m.start()
        end = _name_end(text, m.end())
        if end == m.end() or len(text[start:end].split()) > _LONGEST:
            continue
        if any(a.start < end and start < a.end and (a.start < start or a.end > end)
               for a in mentions):
            continue
        take_span(text, mentions, start, end, "ORG", method)
