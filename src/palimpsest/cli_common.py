"""What every command-line module shares: consoles, options, output, errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from palimpsest.archive import Archive

out = Console()
err = Console(stderr=True)

ArchiveOpt = Annotated[
    Path | None,
    typer.Option("--archive", help="Archive folder [default: $PALIMPSEST_ARCHIVE or ./archive]."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``message`` as an error; raise what this returns to end with ``code``."""
    err.print(f"[red]error:[/red] {escape(message)}")
    return typer.Exit(code)


def open_archive(archive: Path | None, readonly: bool = True) -> Archive:
    """An existing archive, or a clear error (never a new, empty one made by a typo)."""
    try:
        return Archive.open(archive, readonly=readonly, create=False)
    except FileNotFoundError as e:
        raise fail(str(e)) from e
