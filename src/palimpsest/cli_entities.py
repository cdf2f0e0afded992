"""``palimpsest entities ...``: browse and curate people, organisations and places.

Every change is recorded with who made it (``--user``, else ``$PALIMPSEST_USER``,
else the login name) and can be undone with ``palimpsest entities undo ACTION``.
"""

from __future__ import annotations

import dataclasses
import getpass
import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from palimpsest.archive import Archive
from palimpsest.cli_common import ArchiveOpt, JsonOpt, err, fail, open_archive, out, print_json
from palimpsest.model import NameOccurrence
from palimpsest.store.sqlite_entities import SqliteEntities
from palimpsest.store.sqlite_entity_reads import CurationError

app = typer.Typer(help="People, organisations and places: browse and curate.", no_args_is_help=True)
UserOpt = Annotated[str | None, typer.Option("--user", help="Who is curating.")]
EntityArg = Annotated[int, typer.Argument(metavar="ENTITY", help="Entity id.")]


def _user(user: str | None) -> str:
    return user or os.environ.get("PALIMPSEST_USER") or getpass.getuser()


def _entities(arc: Archive) -> SqliteEntities:
    entities = arc.store.entities
    if not isinstance(entities, SqliteEntities):
        raise fail("only the embedded SQLite store supports curation so far")
    return entities


def _curate(
    archive: Path | None, action: Callable[[SqliteEntities, Archive], int], what: str
) -> None:
    """Run one curation action; ``what`` says what was done."""
    with open_archive(archive, readonly=False) as arc:
        try:
            action_id = action(_entities(arc), arc)
        except CurationError as e:
            raise fail(str(e)) from e
    err.print(f"{what} (action {action_id}; 'palimpsest entities undo {action_id}' reverts it)")


def _found(arc: Archive, entity_id: int, names: list[str] | None) -> list[NameOccurrence]:
    """Places in stored documents where a confirmed entity's ``names`` stand; says how many."""
    from palimpsest.linking import name_occurrences

    e = _entities(arc).get(entity_id)
    if e is None or e.status == "merged":
        return []
    found = name_occurrences(arc.store, e, names)
    docs = len({f.document_id for f in found})
    err.print(f"{len(found)} more mention(s) found in {docs} stored document(s)")
    return found


@app.command("list")
def list_entities(
    archive: ArchiveOpt = None,
    type: Annotated[str | None, typer.Option(help="PER, ORG or LOC.")] = None,
    name: Annotated[str | None, typer.Option(help="Part of a name or alias.")] = None,
    limit: int = 100,
    as_json: JsonOpt = False,
) -> None:
    """Entities, the most documented first."""
    with open_archive(archive) as arc:
        rows = _entities(arc).find(type.upper() if type else None, name, limit)
    if as_json:
        print_json([dataclasses.asdict(e) for e in rows])
        return
    table = Table("id", "type", "name", "aliases", "docs", "status")
    for e in rows:
        table.add_row(
            str(e.id),
            e.type,
            escape(e.canonical),
            escape(", ".join(e.aliases)),
            str(e.documents),
            e.status,
        )
    out.print(table)


@app.command()
def show(entity: EntityArg, archive: ArchiveOpt = None, as_json: JsonOpt = False) -> None:
    """An entity: its documents, years, co-occurring entities, mentions in context."""
    with open_archive(archive) as arc:
        view = _entities(arc).view(entity)
    if view is None:
        raise fail(f"no entity {entity}")
    view["entity"] = dataclasses.asdict(view["entity"])
    if as_json:
        print_json(view)
        return
    e = view["entity"]
    out.print(f"[bold]#{e['id']} {escape(e['canonical'])}[/bold] ({e['type']}, {e['status']})")
    if e["aliases"]:
        out.print("also: " + escape(", ".join(e["aliases"])))
    if view["years"]:
        out.print(f"years: {view['years'][0]}–{view['years'][-1]}")
    out.print(
        f"{len(view['documents'])} document(s); with: "
        + escape(
            ", ".join(f"{c['canonical']} ({c['documents']})" for c in view["co_occurring"][:10])
        )
    )
    for m in view["mentions"][:20]:
        mark = " [red](rejected)[/red]" if m["status"] == "rejected" else ""
        out.print(
            f"  [dim]m{m['id']} doc {m['document_id']}[/dim] "
            f"…{escape(m['context'].replace(chr(10), ' '))}…{mark}"
        )


@app.command()
def merge(
    keep: EntityArg,
    other: Annotated[int, typer.Argument(metavar="OTHER")],
    archive: ArchiveOpt = None,
    user: UserOpt = None,
) -> None:
    """Fold OTHER into ENTITY (mentions, names and later mentions too)."""
    _curate(archive, lambda s, _: s.merge(keep, other, _user(user)), f"merged {other} into {keep}")


@app.command()
def split(
    entity: EntityArg,
    mentions: Annotated[list[int], typer.Argument(metavar="MENTION...")],
    name: Annotated[str | None, typer.Option(help="Name of the new entity.")] = None,
    archive: ArchiveOpt = None,
    user: UserOpt = None,
) -> None:
    """Move some mentions of ENTITY to a new entity."""
    _curate(archive, lambda s, _: s.split(entity, mentions, _user(user), name), "split")


@app.command()
def rename(entity: EntityArg, name: str, archive: ArchiveOpt = None, user: UserOpt = None) -> None:
    """Give ENTITY a new canonical name (the old one stays as an alias)."""
    _curate(archive, lambda s, _: s.rename(entity, name, _user(user)), "renamed")


@app.command()
def alias(entity: EntityArg, name: str, archive: ArchiveOpt = None, user: UserOpt = None) -> None:
    """Add another name of ENTITY; later mentions of it link here (and, for a confirmed
    entity, the name is looked for in the documents already stored)."""
    from palimpsest.enrich.entities import mention_key

    def act(s: SqliteEntities, arc: Archive) -> int:
        e = s.get(entity)
        found = _found(arc, entity, [name]) if e and e.status == "confirmed" else []
        return s.alias(entity, name, _user(user), key=mention_key(name), found=found)

    _curate(archive, act, "alias added")


@app.command()
def reject(
    mention: Annotated[int, typer.Argument(metavar="MENTION")],
    archive: ArchiveOpt = None,
    user: UserOpt = None,
) -> None:
    """Mark a mention as not a name at all (or not this entity)."""
    _curate(archive, lambda s, _: s.reject(mention, _user(user)), "rejected")


@app.command()
def confirm(entity: EntityArg, archive: ArchiveOpt = None, user: UserOpt = None) -> None:
    """Vouch for ENTITY: its names are then looked for in every document, those already
    stored included."""
    def act(s: SqliteEntities, arc: Archive) -> int:
        return s.confirm(entity, _user(user), found=_found(arc, entity, None))

    _curate(archive, act, "confirmed")


@app.command()
def undo(
    action: Annotated[int, typer.Argument(metavar="ACTION")],
    archive: ArchiveOpt = None,
    user: UserOpt = None,
) -> None:
    """Revert a curation action (itself recorded, so it can be undone too)."""
    _curate(archive, lambda s, _: s.undo(action, _user(user)), f"undid action {action}")


@app.command()
def log(archive: ArchiveOpt = None, as_json: JsonOpt = False) -> None:
    """Every curation action: who, when, what."""
    with open_archive(archive) as arc:
        rows = list(_entities(arc).log())
    if as_json:
        print_json(rows)
        return
    table = Table("action", "at", "user", "what", "summary", "undone by")
    for r in rows:
        table.add_row(
            str(r["id"]),
            r["at"],
            escape(r["user"]),
            r["action"],
            escape(r["summary"]),
            str(r["undone_by"] or ""),
        )
    out.print(table)
