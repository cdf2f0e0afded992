"""The command line: thin over :class:`palimpsest.archive.Archive`.

Exit status: 0 success; 1 the command could not run (no archive, bad query,
missing file); 2 wrong usage; 3 ingest finished but some files failed (see
``palimpsest errors``); 130 interrupted (rerun to finish).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from palimpsest import __version__, settings
from palimpsest.archive import Archive
from palimpsest.cli_common import ArchiveOpt, JsonOpt, err, fail, open_archive, out, print_json
from palimpsest.cli_dating import chronology_app, redate
from palimpsest.cli_entities import app as entities_app
from palimpsest.cli_show import date_clues, describe_date, names_by_kind
from palimpsest.enrich.language import detect_language
from palimpsest.ingest.base import IngestOptions
from palimpsest.ingest.errors import IngestError
from palimpsest.ingest.text import decode_text, normalise_newlines
from palimpsest.model import IngestFailure
from palimpsest.search import QueryError
from palimpsest.settings import SettingError
from palimpsest.store.base import Filters
from palimpsest.store.sqlite import ArchiveVersionError
from palimpsest.text.clean import clean as clean_text
from palimpsest.text.edits import apply_edits

if TYPE_CHECKING:
    from palimpsest.pipeline import Outcome

EXIT_FAILED_FILES = 3
EXIT_INTERRUPTED = 130

app = typer.Typer(
    help="palimpsest: a trustworthy, searchable archive of scanned and OCR'd documents.",
    no_args_is_help=True,
    add_completion=False,
)


@app.command()
def version() -> None:
    """Print the version."""
    out.print(f"palimpsest {__version__}")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files and folders to ingest.")],
    archive: ArchiveOpt = None,
    workers: Annotated[int, typer.Option(help="Worker processes; 0 = one per core.")] = 0,
    lang: Annotated[
        str | None, typer.Option(help="OCR languages: 'eng', 'spa+eng', 'en,es'.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Ingest files and folders: keep each original, OCR, clean and index it."""
    from palimpsest.pipeline import Failed  # the stages load only when they run

    options = IngestOptions.from_settings(lang)
    workers = workers or settings.get_int("workers")
    with (
        Archive.open(archive) as arc,
        Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]:.1f} files/s"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=as_json,
            disable=as_json,
        ) as bar,
    ):
        task = bar.add_task("ingest", total=None, rate=0.0)

        def progress(outcome: Outcome | IngestFailure | None, total: int) -> None:
            if outcome is None:
                bar.update(task, total=total)
                return
            bar.advance(task)
            elapsed = bar.tasks[task].elapsed or 0.0
            bar.update(task, rate=bar.tasks[task].completed / elapsed if elapsed else 0.0)
            if isinstance(outcome, Failed):
                f = outcome.failure
                bar.console.print(f"[yellow]failed[/yellow] {escape(f.path)}: {escape(f.reason)}")

        report = arc.ingest(paths, options, workers, progress)
    summary = {
        "archive": str(arc.root),
        "added": report.added,
        "duplicates": report.duplicates,
        "unchanged": report.unchanged,
        "pages": report.pages,
        "failed": len(report.failures),
        "interrupted": report.interrupted,
        "redated": report.redated,
        "seconds": round(report.seconds, 2),
        "failures": [dataclasses.asdict(f) for f in report.failures],
    }
    if as_json:
        print_json(summary)
    else:
        err.print(
            f"{report.added} added, {report.duplicates} duplicate, {report.unchanged} unchanged,"
            f" {len(report.failures)} failed, {report.pages} pages in {report.seconds:.1f} s"
            f" → {escape(str(arc.root))}"
        )
        if report.redated:
            err.print(
                f"{report.redated} undated documents dated again with the years of the"
                " documents that print theirs"
            )
        if report.failures:
            err.print("[yellow]Some files failed: 'palimpsest errors' lists them.[/yellow]")
        if report.interrupted:
            err.print("[yellow]Interrupted: run the same command again to finish.[/yellow]")
    if report.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if report.failures:
        raise typer.Exit(EXIT_FAILED_FILES)


@app.command("clean")
def clean_command(
    file: Annotated[Path, typer.Argument(help="A text file (any encoding).", exists=False)],
    lang: Annotated[str | None, typer.Option(help="Language code, e.g. en, es.")] = None,
    correct: Annotated[bool, typer.Option(help="Also correct OCR errors in words.")] = True,
    ocr: Annotated[
        str | None,
        typer.Option(help="The OCR engine that made the text (tesseract: its own channel)."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Clean and correct one OCR text file and print the clean text (edits with --json)."""
    try:
        text, _ = decode_text(file.read_bytes())
    except OSError as e:
        raise fail(f"{file}: {e.strerror or e}") from e
    except IngestError as e:
        raise fail(f"{file}: {e.reason}") from e
    original = normalise_newlines(text)
    language = lang or detect_language(original).code
    cleaning = clean_text(original, language)
    edits = cleaning.edits
    if correct:
        from palimpsest.text.correct import ENGINES, correct_after_cleaning

        if ocr is not None and ocr not in ENGINES:
            raise fail(f"--ocr {ocr}: one of {', '.join(ENGINES)}, or leave it out")
        edits = correct_after_cleaning(original, edits, language, engines=[ocr] if ocr else [])
    result = apply_edits(original, edits)
    if as_json:
        print_json(
            {
                "language": language,
                "text": result.text,
                "edits": [e.to_dict() for e in edits],
                "noise_lines": [dataclasses.asdict(n) for n in cleaning.noise_lines],
            }
        )
    else:
        sys.stdout.write(result.text + "\n")


@app.command()
def search(
    query: Annotated[
        str,
        typer.Argument(
            help='Words, "a phrase", prefix*, near~, -exclude, a OR b; none with a filter: '
            "every document it lets through, by date."
        ),
    ] = "",
    archive: ArchiveOpt = None,
    limit: Annotated[int, typer.Option(help="Most results to show.")] = 20,
    lang: Annotated[str | None, typer.Option(help="Only documents in this language.")] = None,
    source: Annotated[str | None, typer.Option(help="Only sources whose path has this.")] = None,
    genre: Annotated[str | None, typer.Option(help="Only documents of this genre.")] = None,
    issuer: Annotated[
        str | None, typer.Option(help="Only documents whose issuer has this.")
    ] = None,
    year_from: Annotated[int | None, typer.Option(help="Only documents from this year on.")] = None,
    year_to: Annotated[int | None, typer.Option(help="Only documents up to this year.")] = None,
    person: Annotated[str | None, typer.Option(help="Only documents naming this person.")] = None,
    org: Annotated[
        str | None, typer.Option(help="Only documents naming this organisation.")
    ] = None,
    place: Annotated[str | None, typer.Option(help="Only documents naming this place.")] = None,
    fuzzy: Annotated[
        bool, typer.Option(help="Also match near spellings of every word (OCR damage).")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Search the archive: ranked results with highlighted snippets. When nothing matches
    exactly, near spellings are tried (as --fuzzy), and the output says so."""
    with open_archive(archive) as arc:
        try:
            filters = Filters(
                language=lang,
                source=source,
                genre=genre,
                issuer=issuer,
                year_from=year_from,
                year_to=year_to,
                person=person,
                org=org,
                place=place,
            )
            if not query.strip() and filters == Filters():
                raise fail("give words to look for, or a filter (--person, --year-from, ...)")
            hits = arc.search(query, filters, limit, fuzzy)
            if not hits and not fuzzy and not as_json:  # a person, not a script: help them
                hits = arc.search(query, filters, limit, fuzzy=True)
                if hits:
                    err.print("no exact matches; these hold near spellings (OCR damage):")
        except QueryError as e:
            raise fail(str(e)) from e
    if as_json:
        print_json([dataclasses.asdict(h) for h in hits])
        return
    if not hits:
        err.print("no results")
        return
    for h in hits:
        snippet, pos = [], 0
        for a, b in h.highlights:
            snippet += [escape(h.snippet[pos:a]), f"[bold yellow]{escape(h.snippet[a:b])}[/]"]
            pos = b
        snippet.append(escape(h.snippet[pos:]))
        score = f", {h.score:.2f}" if query.strip() else ""  # browsing: no ranking
        title = h.title if not h.title or len(h.title) <= 60 else h.title[:59] + "…"
        about = " · ".join(x for x in (h.genre, h.date, title) if x)
        out.print(
            f"[bold]#{h.document_id}[/bold] "
            f"{escape(h.source_path)} [dim]({h.language or '?'}{score})[/dim]"
            + (f" [cyan]{escape(about)}[/cyan]" if about else "")
        )
        out.print("   " + "".join(snippet).replace("\n", " "))


@app.command()
def show(
    doc_id: Annotated[int, typer.Argument(metavar="ID", help="Document id.")],
    archive: ArchiveOpt = None,
    as_json: JsonOpt = False,
    words: Annotated[bool, typer.Option(help="Include every word with its box.")] = False,
) -> None:
    """Show one document: identity, pages, clean and original text, edits."""
    with open_archive(archive) as arc:
        doc = arc.document(doc_id)
    if doc is None:
        raise fail(f"no document {doc_id}")
    doc["text"] = doc.pop("clean_text")
    if not words:
        for page in doc["pages"]:
            page["word_count"] = len(page.pop("words"))
    if as_json:
        print_json(doc)
        return
    out.print(f"[bold]#{doc['id']}[/bold] {escape(doc['source_path'])}")
    out.print(
        f"sha256 {doc['sha256']} · {doc['media_type']} · {len(doc['pages'])} page(s)"
        f" · language {doc['language'] or '?'} · {len(doc['edits'])} edit(s)"
    )
    for field in ("title", "genre", "issuer", "addressee"):
        if doc.get(field):
            out.print(f"[dim]{field:>9}[/dim] {escape(doc[field])}")
    if doc.get("date"):
        out.print(f"[dim]{'date':>9}[/dim] {escape(describe_date(doc['date']))}")
        for clue in date_clues(doc["date"]):
            out.print(f"[dim]{'':>9}   {escape(clue)}[/dim]")
    for label, names in names_by_kind(doc.get("entities") or []):
        out.print(f"[dim]{label:>13}[/dim] {escape(names)}")
    out.print()
    out.print(escape(doc["text"]))


def shared_folder(paths: list[str]) -> str:
    """The folder all ``paths`` lie in (``""`` if none), so that a table can show each
    path from there: a collection's files share a long prefix that leaves no room for
    their names in a terminal. Relative paths (as ingest was given them) share one too;
    a mix of relative and absolute shares none."""
    if not paths or len({os.path.isabs(p) for p in paths}) > 1:
        return ""
    folder = os.path.dirname(paths[0]) if len(paths) == 1 else os.path.commonpath(paths)
    if folder in paths:  # several sources of one path: the folder it is in
        folder = os.path.dirname(folder)
    return "" if folder in ("/", "") else folder


@app.command("list")
def list_documents(
    archive: ArchiveOpt = None,
    as_json: JsonOpt = False,
    limit: Annotated[int | None, typer.Option(help="Most documents to list.")] = None,
) -> None:
    """List the documents in the archive."""
    with open_archive(archive) as arc:
        docs = arc.documents(limit)
    if as_json:
        print_json([dataclasses.asdict(d) for d in docs])
        return
    folder = shared_folder([d.source_path for d in docs])
    table = Table("id", "source", "type", "lang", "pages", "chars",
                  caption=f"sources under {escape(folder)}" if folder else None)
    for d in docs:
        table.add_row(
            str(d.id),
            escape(d.source_path[len(folder):].lstrip("/\\") if folder else d.source_path),
            d.media_type,
            d.language or "?",
            str(d.pages),
            str(d.chars),
        )
    out.print(table)


@app.command()
def errors(archive: ArchiveOpt = None, as_json: JsonOpt = False) -> None:
    """List the files that could not be ingested, and why."""
    with open_archive(archive) as arc:
        rows = arc.errors()
    if as_json:
        print_json([dataclasses.asdict(r) for r in rows])
        return
    if not rows:
        err.print("no errors")
        return
    table = Table("file", "stage", "reason")
    for r in rows:
        table.add_row(escape(r.path), r.stage, escape(r.reason))
    out.print(table)


@app.command("settings")
def show_settings() -> None:
    """Print every setting: environment variable, current value, meaning."""
    table = Table("variable", "value", "meaning")
    for s in settings.SETTINGS.values():
        table.add_row(s.env, settings.get(s.name), s.meaning)
    out.print(table)


@app.command()
def sample(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the sample collection into.")],
    seed: Annotated[int, typer.Option(help="Random seed.")] = 1983,
) -> None:
    """Generate the project's own sample collection (page images, PDFs, OCR text)."""
    from palimpsest.sample.generate import generate_sample

    manifest = generate_sample(out_dir, seed=seed)
    err.print(f"sample of {len(manifest.documents)} documents written to {escape(str(out_dir))}")


# -- knowledge the archive owns ------------------------------------------------------------

app.add_typer(entities_app, name="entities")

app.add_typer(chronology_app, name="chronology")
app.command("redate")(redate)


@app.command("build-data")
def build_data(
    what: Annotated[str, typer.Argument(help="lm, channel or all.")],
    shared: Annotated[Path, typer.Option(help="The shared data folder.")] = Path("../shared"),
    out_dir: Annotated[Path, typer.Option("--out", help="Where the data files go.")] = Path(
        "src/palimpsest/data"
    ),
    lang: Annotated[str | None, typer.Option(help="One language only (lm).")] = None,
) -> None:
    """Rebuild the corrector's language models and OCR channel from ../shared (needs the
    'build' extra: pip install -e '.[build]')."""
    from palimpsest.text.correct.build import main as build_main

    args = [what, "--shared", str(shared), "--out", str(out_dir)]
    raise typer.Exit(build_main(args + (["--lang", lang] if lang else [])))


# -- evaluation ------------------------------------------------------------------------------

eval_app = typer.Typer(help="Measure quality on evaluation data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
PASS_THROUGH = {"allow_extra_args": True, "ignore_unknown_options": True}
PathArg = Annotated[str, typer.Argument(help="Evaluation data: a folder or file.")]


@eval_app.command("ocr", context_settings=PASS_THROUGH)
def eval_ocr(ctx: typer.Context, path: PathArg) -> None:
    """OCR correction: CER/WER before and after, per set (--json, --limit N)."""
    from palimpsest.eval.ocr_eval import main

    raise typer.Exit(main([path, *ctx.args]))


@eval_app.command("dating", context_settings=PASS_THROUGH)
def eval_dating(ctx: typer.Context, path: PathArg) -> None:
    """Date inference: MAE, coverage and range width per set (--json)."""
    from palimpsest.eval.dating_eval import main

    raise typer.Exit(main([path, *ctx.args]))


@eval_app.command("roles", context_settings=PASS_THROUGH)
def eval_roles(ctx: typer.Context) -> None:
    """Title, genre, issuer, addressee accuracy on the project's own fixtures."""
    from palimpsest.eval.roles_eval import main

    raise typer.Exit(main(list(ctx.args)))


def main() -> None:
    """Entry point: Ctrl-C anywhere ends with the documented status, not a traceback."""
    try:
        app()
    except (ArchiveVersionError, SettingError) as e:
        err.print(f"[red]error:[/red] {escape(str(e))}")
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/yellow]")
        sys.exit(EXIT_INTERRUPTED)


@eval_app.command("ner", context_settings=PASS_THROUGH)
def eval_ner(ctx: typer.Context, path: PathArg) -> None:
    """Named entities: strict and fuzzy P/R/F1 per type, HIPE-style (--json)."""
    from palimpsest.eval.ner_eval import main

    raise typer.Exit(main([path, *ctx.args]))
