"""Entities at ingest: names found in workers, resolved in the parent.

Recognition is per document and runs in the worker processes (with the
archive's confirmed names as a gazetteer, read once per process). Resolution
needs the archive's whole state — every entity so far, including those created
earlier in the same run — so it runs in the parent, in document order, with one
resolver kept for the run.

A curator's confirmed entity is looked for in the documents already stored, too
(:func:`name_occurrences`): the index says which documents hold one of its names,
and each is searched for them as the recogniser searches curated names
(:class:`~palimpsest.enrich.entities.curated.CuratedNames`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import replace
from functools import cache

from palimpsest.enrich.entities.curated import CuratedNames
from palimpsest.enrich.entities.link import to_resolver_entity
from palimpsest.enrich.entities.name_keys import mention_key
from palimpsest.enrich.entities.recognise import CURATED_METHOD, Recogniser
from palimpsest.enrich.entities.resolve import Mention, Resolver
from palimpsest.model import Annotation, Document, Entity, NameOccurrence, ResolvedMention
from palimpsest.search import parse_query
from palimpsest.store.base import Store


@cache
def recogniser_for(archive: Store | None) -> Recogniser:
    """A recogniser that also finds the archive's confirmed names (once per process and
    run: the pipeline clears the cache when a run starts)."""
    confirmed: list[tuple[str, str]] = []
    if archive is not None:
        with suppress(sqlite3.Error):  # busy: this run goes without the curated names
            confirmed = [(name, typ) for name, typ, _ in archive.entities.confirmed_names()]
    return Recogniser(confirmed)


def recognise(
    doc: Document, text: str, archive: Store | None,
    parts: Sequence[tuple[int, int, str | None]] = (),
) -> list[Annotation]:
    """Mention annotations (kind ``mention``) over the clean text; ``parts`` (clean-text
    spans and their languages: the pages, when their languages differ) are read each in
    its own language."""
    rec = recogniser_for(archive)
    if len({lang or doc.language for _, _, lang in parts}) <= 1:
        return rec.recognise(text, doc.language)
    out: list[Annotation] = []
    for start, end, lang in parts:
        out += [replace(a, start=a.start + start, end=a.end + start)
                for a in rec.recognise(text[start:end], lang or doc.language)]
    return out


class EntityLinker:
    """Resolves each new document's mentions against the archive, for one run."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._resolver: Resolver | None = None

    def _get_resolver(self) -> Resolver:
        if self._resolver is None:
            known = self.store.entities.find(limit=None)
            self._resolver = Resolver(to_resolver_entity(e) for e in known)
        return self._resolver

    def link(self, doc_id: int, mentions: list[Annotation]) -> None:
        """Resolve a stored document's mention annotations and record them."""
        if not mentions:
            return
        resolved = self._get_resolver().resolve(
            [Mention(a.value["text"], a.value["type"], None, a.start, a.end) for a in mentions]
        )
        linked: list[tuple[ResolvedMention, int | None]] = []
        for a, r in zip(mentions, resolved, strict=True):
            entity = r.entity
            entity_id = None if entity.key.startswith("new:") else int(entity.key)
            linked.append(
                (
                    ResolvedMention(
                        start=a.start,
                        end=a.end,
                        text=a.value["text"],
                        type=a.value["type"],
                        key=mention_key(entity.canonical, entity.type),
                        canonical=entity.canonical,
                        confidence=round(a.confidence * r.score, 3),
                        method=a.method,
                        chronology_id=entity.chronology[0] if entity.chronology else None,
                    ),
                    entity_id,
                )
            )
        self.store.entities.add_mentions(doc_id, linked)


def name_occurrences(
    store: Store, entity: Entity, names: list[str] | None = None
) -> list[NameOccurrence]:
    """Where ``names`` (default: the entity's canonical name and aliases) stand in the
    stored documents, outside any mention already there (a rejected one included)."""
    names = [n for n in (names or [entity.canonical, *entity.aliases]) if n.strip()]
    if not names:
        return []
    query = " OR ".join('"' + n.replace('"', " ") + '"' for n in names)
    try:
        doc_ids = store.documents_matching(parse_query(query))
    except ValueError:  # a name with nothing searchable in it
        return []
    curated = CuratedNames((n, entity.type) for n in names)  # as ingest looks for them
    out: list[NameOccurrence] = []
    for doc_id in doc_ids:
        text = store.clean_text(doc_id)
        if not text:
            continue
        taken = store.entities.mention_spans(doc_id)
        for start, end, _ in curated.find(text):
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            out.append(NameOccurrence(doc_id, start, end, text[start:end], CURATED_METHOD))
    return out
