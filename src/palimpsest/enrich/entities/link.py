"""One call for the pipeline: a document's clean text → its mentions, resolved against the
archive's entities, as :class:`palimpsest.model.ResolvedMention`.

    linked = link_document(clean_text, lang, known_entities)   # list[(ResolvedMention, id)]

``known_entities`` are the archive's ``model.Entity`` rows (merged ones left out by the
caller). Each result carries the id of the known entity the mention names, or ``None``
for a new entity; mentions of one new entity share its ``key`` (the ``mention_key`` of its
canonical name), so a store that creates one entity per new key groups them rightly. For
a known entity, ``key`` is the ``mention_key`` of its canonical name. Confirmed entities'
names and aliases are passed to the recogniser as curated names, so they are found in
every document.
"""

from __future__ import annotations

from collections.abc import Sequence

from palimpsest.enrich.entities.name_keys import mention_key
from palimpsest.enrich.entities.recognise import Recogniser
from palimpsest.enrich.entities.resolve import Entity, Mention, Resolver
from palimpsest.model import Entity as ArchiveEntity
from palimpsest.model import ResolvedMention


def to_resolver_entity(e: ArchiveEntity) -> Entity:
    return Entity(key=str(e.id), type=e.type, canonical=e.canonical, aliases=set(e.aliases),
                  chronology=(e.chronology_id,) if e.chronology_id else (),
                  confirmed=e.status == "confirmed")


def link_document(
    text: str, lang: str | None, known: Sequence[ArchiveEntity] = (),
    recogniser: Recogniser | None = None, resolver: Resolver | None = None,
) -> list[tuple[ResolvedMention, int | None]]:
    """Recognise and resolve. For a batch, build both once and pass them to every call:
    ``Recogniser(curated_names(known))`` and ``Resolver(to_resolver_entity(e) for e in
    known)``; the resolver then also groups new entities across the batch's documents."""
    rec = recogniser or Recogniser(curated_names(known))
    anns = rec.recognise(text, lang)
    if resolver is None:
        resolver = Resolver(to_resolver_entity(e) for e in known if e.status != "merged")
    resolved = resolver.resolve([Mention(a.value["text"], a.value["type"], None, a.start, a.end)
                                 for a in anns])
    out: list[tuple[ResolvedMention, int | None]] = []
    for a, r in zip(anns, resolved, strict=True):
        ent = r.entity
        entity_id = None if ent.key.startswith("new:") else int(ent.key)
        out.append((ResolvedMention(
            start=a.start, end=a.end, text=a.value["text"], type=a.value["type"],
            key=mention_key(ent.canonical, ent.type), canonical=ent.canonical,
            confidence=round(a.confidence * r.score, 3), method=a.method,
            chronology_id=ent.chronology[0] if ent.chronology else None,
        ), entity_id))
    return out


def curated_names(known: Sequence[ArchiveEntity]) -> dict[str, str]:
    """Name → type for every confirmed entity's canonical name and aliases."""
    names: dict[str, str] = {}
    for e in known:
        if e.status == "confirmed":
            for name in (e.canonical, *e.aliases):
                names[name] = e.type
    return names
