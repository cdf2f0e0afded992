"""Reading the archive's entities in SQLite: one, a list, a document's mentions, an
entity's view (its documents, years, co-occurring entities and mentions in context).

:class:`~.sqlite_entities.SqliteEntities` adds what writes them: ingest's mentions and the
curators' actions.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from palimpsest.model import Entity


class CurationError(ValueError):
    """A curation action cannot be done; the message says why."""


class SqliteEntityReads:
    """The entities' tables read (and, for :meth:`_final`, merges followed)."""

    def __init__(
        self, db: sqlite3.Connection, write: Callable[[], AbstractContextManager[None]]
    ) -> None:
        self.db = db
        self._write = write

    def _final(self, entity_id: int) -> int:
        """Follow merges to the entity that now stands for ``entity_id``."""
        for _ in range(100):
            row = self.db.execute(
                "SELECT merged_into FROM entities WHERE id = ?", (entity_id,)
            ).fetchone()
            if row is None or row[0] is None:
                return entity_id
            entity_id = int(row[0])
        raise CurationError(f"merge cycle at entity {entity_id}")

    def confirmed_names(self) -> list[tuple[str, str, int]]:
        """(name, type, entity id) for every name of every confirmed entity."""
        out = []
        for r in self.db.execute(
            "SELECT id, type, canonical, aliases FROM entities WHERE status = 'confirmed'"
        ):
            for name in [r[2], *json.loads(r[3])]:
                out.append((name, r[1], int(r[0])))
        return out

    def mention_spans(self, document_id: int) -> list[tuple[int, int]]:
        return [
            (int(r[0]), int(r[1]))
            for r in self.db.execute(
                'SELECT start, "end" FROM mentions WHERE document_id = ?', (document_id,)
            )
        ]

    def _entity(self, row: sqlite3.Row) -> Entity:
        return Entity(
            row["id"],
            row["type"],
            row["canonical"],
            json.loads(row["aliases"]),
            row["status"],
            row["merged_into"],
            row["score"],
            row["chronology_id"],
            row["n_docs"],
            row["n_mentions"],
        )

    _SELECT = (
        "SELECT e.*, (SELECT count(DISTINCT document_id) FROM mentions m WHERE m.entity_id = e.id"
        " AND m.status != 'rejected') AS n_docs, (SELECT count(*) FROM mentions m"
        " WHERE m.entity_id = e.id AND m.status != 'rejected') AS n_mentions FROM entities e"
    )

    def get(self, entity_id: int) -> Entity | None:
        row = self.db.execute(f"{self._SELECT} WHERE e.id = ?", (entity_id,)).fetchone()
        return None if row is None else self._entity(row)

    def find(
        self, type: str | None = None, name: str | None = None, limit: int | None = 100
    ) -> list[Entity]:
        where, params = ["e.status != 'merged'"], []
        if type:
            where.append("e.type = ?")
            params.append(type)
        if name:
            where.append(
                "(instr(lower(e.canonical), lower(?)) > 0 OR instr(lower(e.aliases), lower(?)) > 0)"
            )
            params += [name, name]
        rows = self.db.execute(
            f"{self._SELECT} WHERE {' AND '.join(where)} ORDER BY n_docs DESC, e.canonical LIMIT ?",
            [*params, -1 if limit is None else limit],
        )
        return [self._entity(r) for r in rows]

    def document_mentions(self, document_id: int) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self.db.execute(
                'SELECT m.id, m.start, m."end", m.text, m.type, m.entity_id, e.canonical,'
                " m.confidence, m.method, m.status FROM mentions m"
                " LEFT JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ?"
                " ORDER BY m.start",
                (document_id,),
            )
        ]

    def view(self, entity_id: int, context: int = 60) -> dict[str, Any] | None:
        """An entity with its documents, years, co-occurring entities and mentions in context."""
        entity = self.get(entity_id)
        if entity is None:
            return None
        mentions = [
            dict(r)
            for r in self.db.execute(
                'SELECT m.id, m.document_id, m.start, m."end", m.text, m.status, d.source_path,'
                ' d.year_best, substr(d.clean_text, max(1, m.start + 1 - ?), m."end" - m.start'
                " + 2 * ?) AS context FROM mentions m JOIN documents d ON d.id = m.document_id"
                " WHERE m.entity_id = ? ORDER BY d.id, m.start",
                (context, context, entity_id),
            )
        ]
        co = [
            dict(r)
            for r in self.db.execute(
                "SELECT e.id, e.canonical, e.type, count(DISTINCT o.document_id) AS documents"
                " FROM mentions m JOIN mentions o ON o.document_id = m.document_id"
                " JOIN entities e ON e.id = o.entity_id WHERE m.entity_id = ? AND o.entity_id != ?"
                " AND m.status != 'rejected' AND o.status != 'rejected'"
                " GROUP BY e.id ORDER BY documents DESC, e.canonical LIMIT 50",
                (entity_id, entity_id),
            )
        ]
        live = [m for m in mentions if m["status"] != "rejected"]
        years = sorted({m["year_best"] for m in live if m["year_best"] is not None})
        documents = sorted({(m["document_id"], m["source_path"]) for m in live})
        return {
            "entity": entity,
            "documents": [{"id": i, "source_path": p} for i, p in documents],
            "years": years,
            "co_occurring": co,
            "mentions": mentions,
        }
