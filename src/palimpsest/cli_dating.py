"""``palimpsest chronology import`` and ``palimpsest redate``: what dating knows.

Rows a user adds to the chronology, and the archive's own dated documents, change what
the undated documents' ranges should be; ``redate`` infers them again (a chronology
import does it for the documents already stored).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from palimpsest.archive import Archive
from palimpsest.cli_common import ArchiveOpt, err, fail, open_archive

chronology_app = typer.Typer(help="The chronology behind date inference.", no_args_is_help=True)


def redate_archive(arc: Archive) -> int:
    """Re-date every undated document of ``arc``, with a progress bar; how many."""
    from palimpsest.redate import redate  # the dating stages load only when used

    with Progress(
        TextColumn("re-dating"), BarColumn(), MofNCompleteColumn(), console=err, transient=True
    ) as bar:
        task = bar.add_task("redate", total=None)
        return redate(
            arc, progress=lambda done, total: bar.update(task, completed=done, total=total)
        )


@chronology_app.command("import")
def chronology_import(
    file: Annotated[Path, typer.Argument(help="CSV: id,name,aliases,kind,start,end,lang,source")],
    archive: ArchiveOpt = None,
) -> None:
    """Add your own chronology rows (people, offices, organisations, events) to an archive;
    its undated documents are dated again with them."""
    from palimpsest.enrich.chronology import ChronologyError, import_csv

    with Archive.open(archive) as arc:
        try:
            n = import_csv(file, arc.chronology_path)
        except (ChronologyError, OSError) as e:
            raise fail(str(e)) from e
        err.print(f"{n} chronology rows imported into {escape(str(arc.chronology_path))}")
        if arc.store.count_documents():
            err.print(f"{redate_archive(arc)} undated documents dated again")


def redate(archive: ArchiveOpt = None) -> None:
    """Infer the dates of the undated documents again: with the chronology as it is now
    and the years of the archive's documents that print their date."""
    with open_archive(archive, readonly=False) as arc:
        err.print(f"{redate_archive(arc)} undated documents dated again")
