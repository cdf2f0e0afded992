"""Entities and their mentions in SQLite, and the curation of them.

Every curation action records, in ``curation_log``, who did what and when, with
the rows it touched as they were before and after; undoing an action puts the
"before" rows back. Actions are therefore reversible whatever they were, and
the log reads as the history of each entity.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from palimpsest.model import Entity, NameOccurrence, ResolvedMention
from palimpsest.store.sqlite_entity_reads import CurationError, SqliteEntityReads

TABLES = ("entities", "entity_keys", "mentions")
_KEY_COLUMN = {"entities": "id", "entity_keys": "key", "mentions": "id"}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _chunks(values: list[Any], size: int = 500) -> Iterator[list[Any]]:
    """``values`` in slices small enough for one statement's parameters."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


class SqliteEntities(SqliteEntityReads):
    """Entities written: ingest's mentions linked to them, and the curators' actions."""

    # -- resolution: mentions from ingest ------------------------------------------------

    def _current_entities(
        self, keys: Iterable[str], ids: Iterable[int]
    ) -> tuple[dict[str, int], dict[int, int]]:
        """The entity each of ``keys`` belongs to, and the entity each of ``ids`` now is
        (merges followed): two queries for a document's mentions, not one or two each."""
        by_key: dict[str, int] = {}
        merged: dict[int, int] = {}
        for chunk in _chunks(sorted(set(keys))):
            for key, entity_id, into in self.db.execute(
                "SELECT k.key, k.entity_id, e.merged_into FROM entity_keys k"
                " JOIN entities e ON e.id = k.entity_id"
                f" WHERE k.key IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                by_key[key] = int(entity_id) if into is None else self._final(int(into))
        for chunk in _chunks(sorted(set(ids))):
            for entity_id, into in self.db.execute(
                "SELECT id, merged_into FROM entities"
                f" WHERE id IN ({','.join('?' * len(chunk))}) AND merged_into IS NOT NULL",
                chunk,
            ):
                merged[int(entity_id)] = self._final(int(into))
        return by_key, merged

    def add_mentions(
        self, document_id: int, mentions: Iterable[tuple[ResolvedMention, int | None]]
    ) -> None:
        """Link a document's mentions to entities: the one the resolver named, else the
        one its key belongs to, else a new entity for that key."""
        mentions = list(mentions)
        with self._write():
            by_key, merged = self._current_entities(
                (m.key for m, _ in mentions), (k for _, k in mentions if k is not None)
            )
            rows: list[tuple[Any, ...]] = []
            new_keys: list[tuple[str, int]] = []  # a key's first entity (as INSERT OR IGNORE)
            now = _now()
            for m, known in mentions:
                if known is not None:
                    entity_id: int | None = merged.get(known, known)
                else:
                    entity_id = by_key.get(m.key)
                if entity_id is None:
                    cur = self.db.execute(
                        "INSERT INTO entities (type, canonical, aliases, chronology_id, score,"
                        " updated_at) VALUES (?,?,?,?,?,?)",
                        (m.type, m.canonical, "[]", m.chronology_id, m.confidence, now),
                    )
                    entity_id = int(cur.lastrowid or 0)
                if m.key not in by_key:
                    by_key[m.key] = entity_id
                    new_keys.append((m.key, entity_id))
                rows.append(
                    (document_id, entity_id, m.start, m.end, m.text, m.type, m.confidence,
                     m.method)
                )
            self.db.executemany("INSERT OR IGNORE INTO entity_keys VALUES (?, ?)", new_keys)
            self.db.executemany(
                'INSERT INTO mentions (document_id, entity_id, start, "end", text, type,'
                " confidence, method) VALUES (?,?,?,?,?,?,?,?)",
                rows,
            )

    def _add_found(self, e: Entity, found: Iterable[NameOccurrence]) -> None:
        """Mentions of ``e`` where its names were found in stored documents."""
        for f in found:
            self.db.execute(
                'INSERT INTO mentions (document_id, entity_id, start, "end", text, type,'
                " confidence, method) VALUES (?,?,?,?,?,?,?,?)",
                (f.document_id, e.id, f.start, f.end, f.text, e.type, f.confidence, f.method),
            )

    # -- curation -----------------------------------------------------------------------

    def _rows(self, table: str, ids: Iterable[Any]) -> dict[str, dict[str, Any] | None]:
        col = _KEY_COLUMN[table]
        out: dict[str, dict[str, Any] | None] = {}
        for i in ids:
            row = self.db.execute(f"SELECT * FROM {table} WHERE {col} = ?", (i,)).fetchone()
            out[json.dumps(i)] = None if row is None else dict(row)
        return out

    def _touched(self, entity_ids: Iterable[int]) -> dict[str, list[Any]]:
        ids = list(entity_ids)
        marks = ",".join("?" * len(ids))
        return {
            "entities": ids,
            "entity_keys": [
                r[0]
                for r in self.db.execute(
                    f"SELECT key FROM entity_keys WHERE entity_id IN ({marks})", ids
                )
            ],
            "mentions": [
                r[0]
                for r in self.db.execute(
                    f"SELECT id FROM mentions WHERE entity_id IN ({marks})", ids
                )
            ],
        }

    def _snapshot(self, touched: dict[str, list[Any]]) -> dict[str, Any]:
        return {t: self._rows(t, touched[t]) for t in TABLES}

    def _curate(
        self,
        user: str,
        action: str,
        summary: str,
        entity_ids: list[int],
        change: Callable[[], Iterable[int]],
    ) -> int:
        """Run ``change`` (which returns any entity ids it created) and log it."""
        with self._write():
            touched = self._touched(entity_ids)
            before = self._snapshot(touched)
            created = list(change())
            after_touched = self._touched(entity_ids + created)
            for t in TABLES:  # rows that exist now but not before are "before: None"
                for k in after_touched[t]:
                    before[t].setdefault(json.dumps(k), None)
            after = self._snapshot(after_touched)
            cur = self.db.execute(
                "INSERT INTO curation_log (at, user, action, summary, before, after)"
                " VALUES (?,?,?,?,?,?)",
                (_now(), user, action, summary, json.dumps(before), json.dumps(after)),
            )
            return int(cur.lastrowid or 0)

    def _live(self, entity_id: int) -> Entity:
        entity = self.get(entity_id)
        if entity is None:
            raise CurationError(f"no entity {entity_id}")
        if entity.status == "merged":
            raise CurationError(f"entity {entity_id} was merged into {entity.merged_into}")
        return entity

    def merge(self, keep: int, other: int, user: str) -> int:
        """Fold ``other`` into ``keep``: its mentions, names and keys move over."""
        a, b = self._live(keep), self._live(other)
        if a.id == b.id:
            raise CurationError("an entity cannot be merged into itself")

        def change() -> list[int]:
            aliases = _unique([*a.aliases, b.canonical, *b.aliases], a.canonical)
            self.db.execute(
                "UPDATE entities SET aliases = ?, updated_at = ? WHERE id = ?",
                (json.dumps(aliases, ensure_ascii=False), _now(), a.id),
            )
            self.db.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (a.id, b.id))
            self.db.execute(
                "UPDATE entity_keys SET entity_id = ? WHERE entity_id = ?", (a.id, b.id)
            )
            self.db.execute(
                "UPDATE entities SET status = 'merged', merged_into = ?,"
                " updated_at = ? WHERE id = ?",
                (a.id, _now(), b.id),
            )
            return []

        return self._curate(user, "merge", f"{b.canonical} → {a.canonical}", [a.id, b.id], change)

    def split(
        self, entity_id: int, mention_ids: list[int], user: str, canonical: str | None = None
    ) -> int:
        """Move some mentions of an entity to a new entity of their own."""
        e = self._live(entity_id)
        owned = {
            r[0]
            for r in self.db.execute("SELECT id FROM mentions WHERE entity_id = ?", (entity_id,))
        }
        if not mention_ids or not set(mention_ids) <= owned:
            raise CurationError(
                f"mentions {sorted(set(mention_ids) - owned)} are not of entity {entity_id}"
                if mention_ids
                else "name the mentions to split"
            )
        first = self.db.execute(
            "SELECT text FROM mentions WHERE id = ?", (mention_ids[0],)
        ).fetchone()[0]
        name = canonical or first

        def change() -> list[int]:
            cur = self.db.execute(
                "INSERT INTO entities (type, canonical, aliases, status, updated_at)"
                " VALUES (?,?,?,?,?)",
                (e.type, name, "[]", "confirmed", _now()),
            )
            new_id = int(cur.lastrowid or 0)
            marks = ",".join("?" * len(mention_ids))
            self.db.execute(
                f"UPDATE mentions SET entity_id = ?, status = 'curator' WHERE id IN ({marks})",
                [new_id, *mention_ids],
            )
            return [new_id]

        return self._curate(user, "split", f"{name} out of {e.canonical}", [e.id], change)

    def rename(self, entity_id: int, name: str, user: str) -> int:
        e = self._live(entity_id)
        if not name.strip():
            raise CurationError("a name cannot be empty")

        def change() -> list[int]:
            aliases = _unique([*e.aliases, e.canonical], name)
            self.db.execute(
                "UPDATE entities SET canonical = ?, aliases = ?, updated_at = ? WHERE id = ?",
                (name.strip(), json.dumps(aliases, ensure_ascii=False), _now(), e.id),
            )
            return []

        return self._curate(user, "rename", f"{e.canonical} → {name}", [e.id], change)

    def alias(
        self,
        entity_id: int,
        alias: str,
        user: str,
        key: str | None = None,
        found: Iterable[NameOccurrence] = (),
    ) -> int:
        """Add a name; with ``key`` (the resolver's form of it) later mentions link here;
        ``found``: where the name stands in stored documents (for a confirmed entity)."""
        e = self._live(entity_id)

        def change() -> list[int]:
            self._add_found(e, found)
            aliases = _unique([*e.aliases, alias.strip()], e.canonical)
            self.db.execute(
                "UPDATE entities SET aliases = ?, updated_at = ? WHERE id = ?",
                (json.dumps(aliases, ensure_ascii=False), _now(), e.id),
            )
            if key:
                self.db.execute("INSERT OR REPLACE INTO entity_keys VALUES (?, ?)", (key, e.id))
            return []

        return self._curate(user, "alias", f"{alias} for {e.canonical}", [e.id], change)

    def reject(self, mention_id: int, user: str) -> int:
        row = self.db.execute(
            "SELECT entity_id, text FROM mentions WHERE id = ?", (mention_id,)
        ).fetchone()
        if row is None:
            raise CurationError(f"no mention {mention_id}")

        def change() -> list[int]:
            self.db.execute("UPDATE mentions SET status = 'rejected' WHERE id = ?", (mention_id,))
            return []

        return self._curate(user, "reject", f"mention {mention_id} '{row[1]}'", [row[0]], change)

    def confirm(self, entity_id: int, user: str, found: Iterable[NameOccurrence] = ()) -> int:
        """Vouch for an entity; ``found`` are its names' places in stored documents, made
        mentions of it (undo removes them with the rest of the action)."""
        e = self._live(entity_id)

        def change() -> list[int]:
            self._add_found(e, found)
            self.db.execute(
                "UPDATE entities SET status = 'confirmed', updated_at = ? WHERE id = ?",
                (_now(), e.id),
            )
            return []

        return self._curate(user, "confirm", e.canonical, [e.id], change)

    def undo(self, action_id: int, user: str) -> int:
        """Put back the rows an action changed, as they were; logged as an action too."""
        row = self.db.execute("SELECT * FROM curation_log WHERE id = ?", (action_id,)).fetchone()
        if row is None:
            raise CurationError(f"no curation action {action_id}")
        if row["undone_by"] is not None:
            raise CurationError(f"action {action_id} was undone already")
        before: dict[str, dict[str, Any]] = json.loads(row["before"])
        after: dict[str, dict[str, Any]] = json.loads(row["after"])
        with self._write():
            for table in TABLES:  # rows as they were, updated in place (others point at them)
                col = _KEY_COLUMN[table]
                for old in before[table].values():
                    if old is not None:
                        cols = ",".join(f'"{c}"' for c in old)
                        updates = ",".join(f'"{c}" = excluded."{c}"' for c in old if c != col)
                        self.db.execute(
                            f"INSERT INTO {table} ({cols}) VALUES ({','.join('?' * len(old))})"
                            f" ON CONFLICT({col}) DO UPDATE SET {updates}",
                            list(old.values()),
                        )
            for table in reversed(TABLES):  # rows the action created go, mentions first
                col = _KEY_COLUMN[table]
                for k, old in before[table].items():
                    if old is None:
                        self.db.execute(f"DELETE FROM {table} WHERE {col} = ?", (json.loads(k),))
            cur = self.db.execute(
                "INSERT INTO curation_log (at, user, action, summary, before, after)"
                " VALUES (?,?,?,?,?,?)",
                (
                    _now(),
                    user,
                    "undo",
                    f"undo #{action_id}: {row['summary']}",
                    json.dumps(after),
                    json.dumps(before),
                ),
            )
            undo_id = int(cur.lastrowid or 0)
            self.db.execute(
                "UPDATE curation_log SET undone_by = ? WHERE id = ?", (undo_id, action_id)
            )
        return undo_id

    def log(self) -> Iterator[dict[str, Any]]:
        for r in self.db.execute(
            "SELECT id, at, user, action, summary, undone_by FROM curation_log ORDER BY id"
        ):
            yield dict(r)


def _unique(names: list[str], canonical: str) -> list[str]:
    seen = {canonical.casefold()}
    out = []
    for n in names:
        if n and n.casefold() not in seen:
            seen.add(n.casefold())
            out.append(n)
    return out
