"""The command line, run as a person would: real processes, real archive."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

OCR_TEXT = (
    "~=-'.,;:_ |l1I! ~~ ;.:' ,,\n"
    "MESSAGE TO THE WORKERS\n\n"
    "The leding role of the Communist arty in the strug-\n"
    "gle of the working class is clear.\n\n"
    "- 2 -\n"
)


def palimpsest(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "palimpsest", *args], capture_output=True, text=True, timeout=300
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_clean_prints_clean_text_and_json(tmp_path: Path) -> None:
    f = tmp_path / "ocr.txt"
    f.write_text(OCR_TEXT)
    plain = palimpsest("clean", str(f)).stdout
    assert "|l1I" not in plain and "struggle of the working class" in plain
    data = json.loads(palimpsest("clean", str(f), "--json").stdout)
    assert data["text"] == plain.rstrip("\n")
    assert {"text", "edits", "noise_lines"} <= data.keys()
    assert any(e["rule"] == "hyphenation" for e in data["edits"])
    assert data["noise_lines"][0]["text"].startswith("~=-")


def test_ingest_search_show_list_errors(tmp_path: Path) -> None:
    docs, arc = tmp_path / "docs", str(tmp_path / "archive")
    docs.mkdir()
    (docs / "message.txt").write_text(OCR_TEXT)
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    proc = palimpsest("ingest", str(docs), "--archive", arc, "--json", check=False)
    assert proc.returncode == 3
    summary = json.loads(proc.stdout)
    assert summary["added"] == 1 and summary["failed"] == 1

    hits = json.loads(palimpsest("search", "struggle", "--archive", arc, "--json").stdout)
    assert len(hits) == 1
    doc_id = hits[0]["document_id"]
    doc = json.loads(palimpsest("show", str(doc_id), "--archive", arc, "--json").stdout)
    for key in (
        "id",
        "source_path",
        "sha256",
        "media_type",
        "pages",
        "language",
        "text",
        "original_text",
        "edits",
        "errors",
    ):
        assert key in doc
    assert doc["original_text"] == OCR_TEXT
    assert doc["language"] == "en"

    listed = json.loads(palimpsest("list", "--archive", arc, "--json").stdout)
    assert [d["id"] for d in listed] == [doc_id]
    table = palimpsest("list", "--archive", arc).stdout  # each file named from its folder
    assert "message.txt" in table and "sources under" in table
    errs = json.loads(palimpsest("errors", "--archive", arc, "--json").stdout)
    assert [Path(e["path"]).name for e in errs] == ["broken.pdf"]
    assert "Broken" not in palimpsest("errors", "--archive", arc).stderr


def test_missing_archive_and_bad_query_are_clear_errors(tmp_path: Path) -> None:
    proc = palimpsest("search", "x", "--archive", str(tmp_path / "none"), check=False)
    assert proc.returncode == 1 and "no archive" in proc.stderr
    (tmp_path / "d.txt").write_text("some words")
    palimpsest("ingest", str(tmp_path / "d.txt"), "--archive", str(tmp_path / "a"))
    proc = palimpsest("search", "--archive", str(tmp_path / "a"), "--", "-only", check=False)
    assert proc.returncode == 1 and "error" in proc.stderr
    proc = palimpsest("show", "999", "--archive", str(tmp_path / "a"), check=False)
    assert proc.returncode == 1


def test_entity_commands_on_a_missing_archive_say_so_and_create_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo"
    for args in (["entities", "list"], ["entities", "merge", "1", "2"], ["entities", "log"]):
        proc = palimpsest(*args, "--archive", str(missing), check=False)
        assert proc.returncode == 1 and "no archive" in proc.stderr, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
    assert not missing.exists()


def test_confirm_finds_the_name_in_documents_already_ingested(tmp_path: Path) -> None:
    """``entities confirm`` says how many stored documents gained a mention, and ``show``
    lists it; an alias given afterwards is looked for too."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Statement of the National Union of Mineworkers on the strike.")
    (docs / "b.txt").write_text("The pit lads and the national union of mineworkers met today.")
    arc = ["--archive", str(tmp_path / "arc")]
    palimpsest("ingest", str(docs), *arc)
    entities = json.loads(palimpsest("entities", "list", "--json", "--type", "ORG", *arc).stdout)
    (num,) = [e for e in entities if "Mineworkers" in e["canonical"]]
    name = "National Union of Mineworkers"  # whatever the recogniser made of it
    palimpsest("entities", "rename", str(num["id"]), name, "--user", "ana", *arc)
    proc = palimpsest("entities", "confirm", str(num["id"]), "--user", "ana", *arc)
    assert "found in 1 stored document" in proc.stderr, proc.stderr
    proc = palimpsest("entities", "alias", str(num["id"]), "pit lads", "--user", "ana", *arc)
    assert "found in 1 stored document" in proc.stderr, proc.stderr
    listed = json.loads(palimpsest("list", "--json", *arc).stdout)
    b_id = next(d["id"] for d in listed if d["source_path"].endswith("b.txt"))
    shown = json.loads(palimpsest("show", str(b_id), "--json", *arc).stdout)
    names = sorted(m["text"] for m in shown["entities"] if m["entity_id"] == num["id"])
    assert names == ["national union of mineworkers", "pit lads"], shown["entities"]


def test_search_with_no_exact_match_tries_near_spellings_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text("The Cornmunist comrades met in Glasgow.")
    arc = ["--archive", str(tmp_path / "a")]
    palimpsest("ingest", str(tmp_path / "d.txt"), "--lang", "en", *arc)
    proc = palimpsest("search", "leadership", *arc)
    assert "no results" in proc.stderr
    proc = palimpsest("search", "comrades", *arc)
    assert "near spellings" not in proc.stderr and "d.txt" in proc.stdout
    proc = palimpsest("search", "cornrades", *arc)  # misspelt by the searcher this time
    assert "near spellings" in proc.stderr and "d.txt" in proc.stdout
    assert json.loads(palimpsest("search", "cornrades", "--json", *arc).stdout) == []


def test_search_with_a_filter_and_no_words_browses(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text(
        "MESSAGE TO THE WORKERS\n\nPresident Belaúnde has raised prices again in Lima.\n")
    arc = ["--archive", str(tmp_path / "a")]
    palimpsest("ingest", str(tmp_path / "d.txt"), "--lang", "en", *arc)
    proc = palimpsest("search", "--person", "belaunde", *arc)
    assert "d.txt" in proc.stdout and "MESSAGE TO THE WORKERS" in proc.stdout
    assert "message ·" in proc.stdout  # each hit says what the document is and when
    hit = json.loads(palimpsest("search", "Lima", "--json", *arc).stdout)[0]
    assert hit["genre"] == "message" and hit["title"] == "MESSAGE TO THE WORKERS"
    assert hit["date"] and "–" in hit["date"]  # no printed date: the inferred range
    proc = palimpsest("search", *arc, check=False)
    assert proc.returncode != 0 and "a filter" in proc.stderr


def test_list_names_each_source_from_the_folder_they_share() -> None:
    from palimpsest.cli import shared_folder

    assert shared_folder(["/box/a/1.png", "/box/a/2.png", "/box/b/x.pdf"]) == "/box"
    assert shared_folder(["/box/a/1.png"]) == "/box/a"
    assert shared_folder(["/box/a/1.png", "/box/a/1.png"]) == "/box/a"
    assert shared_folder(["/a.txt", "/b.txt"]) == ""
    # paths as ingest was given them, relative to where it ran (make run's sample)
    assert shared_folder(["sample/collection/a.txt", "sample/collection/b.pdf"]) == (
        "sample/collection")
    assert shared_folder(["a.txt", "b.txt"]) == ""
    assert shared_folder(["/box/a.txt", "box/b.txt"]) == ""  # no folder both are in
    assert shared_folder([]) == ""
