"""People, organisations and places: recognised in noisy text, resolved across the archive.

* :func:`recognise` / :class:`Recogniser`: mentions (``Annotation`` of kind ``"mention"``).
* :class:`Resolver`: mentions → entities (canonical name, aliases, chronology link, score).

See ``docs/entities.md``.
"""

from palimpsest.enrich.entities.name_keys import mention_key
from palimpsest.enrich.entities.recognise import Recogniser, recognise
from palimpsest.enrich.entities.resolve import Entity, Mention, Resolution, Resolver

__all__ = ["Entity", "Mention", "Recogniser", "Resolution", "Resolver", "mention_key",
           "recognise"]
