"""Ingest: every format, every bad input, originals kept byte for byte, idempotence."""

from __future__ import annotations

import hashlib
import io
import os
import random
import struct
import zlib
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from palimpsest.archive import Archive
from palimpsest.ingest.base import IngestOptions
from palimpsest.model import Edit
from palimpsest.sample.pdfwrite import text_pdf
from palimpsest.text.edits import apply_edits

from .conftest import render_text

PAGE = "The leading role of the Party\nin the struggle of the workers"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def only_doc(archive: Archive) -> dict:
    docs = archive.documents()
    assert len(docs) == 1, docs
    doc = archive.document(docs[0].id)
    assert doc is not None
    return doc


def minimal_pdf_with_text(text: str) -> bytes:
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
    )
    ops = b"BT /F1 14 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, 612, 792],
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
        Contents=pdf.make_stream(ops),
    )
    pdf.pages.append(pikepdf.Page(page))
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


# -- formats -------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1", "cp1252", "utf-16"])
def test_text_in_any_encoding(tmp_path: Path, archive: Archive, encoding: str) -> None:
    text = "Señores: el Partido reafirma su línea. Déclaration française «Ça va». Œuvre ü ß.\n"
    if encoding == "latin-1":
        text = text.replace("Œ", "O").replace("«", '"').replace("»", '"')
    f = tmp_path / "in.txt"
    f.write_bytes(text.encode(encoding))
    before = sha(f)
    report = archive.ingest([str(f)], workers=1)
    assert report.ok and report.added == 1
    doc = only_doc(archive)
    assert doc["original_text"].strip() == text.strip()
    assert sha(f) == before
    assert sha(archive.blobs.path_for(doc["sha256"])) == before


def test_cp1252_french_with_crlf_is_not_taken_for_a_baltic_code_page(
    tmp_path: Path, archive: Archive
) -> None:
    text = ("Chers camarades,\r\nLe conseil d’administration de la Société – réuni le "
            "12 mars – a décidé que l’œuvre commune continue. Nos sociétaires sont invités "
            "à la réunion.\r\n")
    f = tmp_path / "lettre.txt"
    f.write_bytes(text.encode("cp1252"))
    archive.ingest([str(f)], workers=1)
    doc = only_doc(archive)
    assert "sociétaires" in doc["original_text"] and "œuvre" in doc["original_text"]
    assert doc["encoding"] == "cp1252"


def test_text_pages_split_on_form_feed(tmp_path: Path, archive: Archive) -> None:
    f = tmp_path / "two.txt"
    f.write_text("first page text\fsecond page text\f")
    archive.ingest([str(f)], workers=1)
    doc = only_doc(archive)
    assert [p["number"] for p in doc["pages"]] == [1, 2]
    a, b = doc["pages"]
    assert doc["original_text"][a["start"] : a["end"]] == "first page text"
    assert doc["original_text"][b["start"] : b["end"]] == "second page text"


def test_png_is_ocrd_with_word_boxes(tmp_path: Path, archive: Archive) -> None:
    render_text(PAGE).save(tmp_path / "page.png")
    assert archive.ingest([str(tmp_path)], workers=1).ok
    doc = only_doc(archive)
    assert "leading role" in doc["original_text"]
    words = doc["pages"][0]["words"]
    assert words and all(w["box"] and w["conf"] is not None for w in words)
    for w in words:  # word offsets index the document text
        assert doc["original_text"][w["start"] : w["end"]] == w["text"]
    assert doc["pages"][0]["method"].startswith("tesseract@")
    assert doc["media_type"] == "image/png"


def test_multipage_tiff_and_jpeg(tmp_path: Path, archive: Archive) -> None:
    first, second = render_text("First page of the appeal"), render_text("Second page follows")
    first.save(tmp_path / "scan.tif", save_all=True, append_images=[second])
    render_text("A photographed letter").convert("RGB").save(tmp_path / "photo.jpg", quality=90)
    assert archive.ingest([str(tmp_path)], workers=1).ok
    docs = {d.media_type: archive.document(d.id) for d in archive.documents()}
    tiff = docs["image/tiff"]
    assert tiff is not None and len(tiff["pages"]) == 2
    assert "Second page" in tiff["original_text"].split("\f")[1]
    assert "letter" in (docs["image/jpeg"] or {})["original_text"]


def test_pdf_text_layer_and_scanned_pdf(tmp_path: Path, archive: Archive) -> None:
    (tmp_path / "born-digital.pdf").write_bytes(minimal_pdf_with_text("Resolution of the congress"))
    render_text("Scanned appeal to the miners").save(tmp_path / "scanned.pdf", resolution=150)
    assert archive.ingest([str(tmp_path)], workers=1).ok
    texts = {d.source_path.rsplit("/", 1)[1]: archive.document(d.id) for d in archive.documents()}
    born = texts["born-digital.pdf"]
    assert born is not None and "Resolution of the congress" in born["original_text"]
    assert born["pages"][0]["method"].startswith("pdfium-text@")
    assert born["pages"][0]["words"][0]["box"] is not None
    scanned = texts["scanned.pdf"]
    assert scanned is not None and "miners" in scanned["original_text"]
    assert scanned["pages"][0]["method"].startswith("tesseract@")


def test_a_pdf_s_gap_between_lines_is_a_blank_line(tmp_path: Path, archive: Archive) -> None:
    """pdfium gives lines with nothing where the page leaves a gap; the gap is a
    paragraph's (or a heading's) end, so the original text gets a blank line there, and
    every word still points at its own text."""
    page = ("BRANCH NOTES\n\nGovan: collection for the fighting fund\nraised 412 pounds last "
            "week.\n\nClydebank: the stewards thank the women\nof the Guild for the teas.")
    (tmp_path / "notes.pdf").write_bytes(text_pdf([page]))
    assert archive.ingest([str(tmp_path)], workers=1).ok
    doc = only_doc(archive)
    text = doc["original_text"]
    assert "BRANCH NOTES\n\nGovan" in text and "week.\n\nClydebank" in text
    assert "fund\nraised" in text  # lines of one paragraph stay together
    assert all(text[w["start"]:w["end"]] == w["text"] for w in doc["pages"][0]["words"])
    assert "Govan: collection" in doc["clean_text"].split("\n\n")[1]


def test_content_not_extension_decides(tmp_path: Path, archive: Archive) -> None:
    render_text("Not really text").save(tmp_path / "misnamed.txt", format="PNG")
    assert archive.ingest([str(tmp_path)], workers=1).ok
    assert only_doc(archive)["media_type"] == "image/png"


def test_clean_text_maps_back_to_original(tmp_path: Path, archive: Archive) -> None:
    f = tmp_path / "ocr.txt"
    f.write_text(
        "~=-'.,;:_ |l1I! ~~\nThe leding role of the Com-\nmunist arty in the strug-\n"
        "gle.\n\n- 3 -\n"
    )
    archive.ingest([str(f)], workers=1)
    doc = only_doc(archive)
    edits = [Edit.from_dict({k: v for k, v in e.items()}) for e in doc["edits"]]
    clean = apply_edits(doc["original_text"], edits)
    assert clean.text == doc["clean_text"]
    assert "leading role of the Communist party" in clean.text and "struggle" in clean.text
    assert "|l1I" not in clean.text
    start = clean.text.index("Communist")
    o_start, o_end = clean.to_original(start, start + len("Communist"))
    assert doc["original_text"][o_start:o_end] == "Com-\nmunist"
    start = clean.text.index("party")  # the correction shows the word as printed
    o_start, o_end = clean.to_original(start, start + len("party"))
    assert doc["original_text"][o_start:o_end] == "arty"


# -- bad input -----------------------------------------------------------------------


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1000)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def make_bad_inputs(d: Path) -> dict[str, str]:
    """Write one file of each kind of bad input; name → words its error must contain."""
    (d / "empty.txt").write_bytes(b"")
    # fixed bytes: random ones now and then begin like an image format (a flaky test)
    (d / "junk.txt").write_bytes(random.Random(7).randbytes(4096) + b"\x00" * 64)
    (d / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage" * 3)
    good = minimal_pdf_with_text("hello")
    (d / "truncated.pdf").write_bytes(good[: len(good) // 2])
    enc = pikepdf.open(io.BytesIO(good))
    enc.save(d / "encrypted.pdf", encryption=pikepdf.Encryption(owner="o", user="secret"))
    png = io.BytesIO()
    render_text("truncated image").save(png, format="PNG")
    (d / "truncated.png").write_bytes(png.getvalue()[: len(png.getvalue()) // 2])
    (d / "bomb.png").write_bytes(_png_header_only(200_000, 200_000))
    os.mkfifo(d / "pipe.txt")
    os.symlink(d / "loop-b", d / "loop-a")
    os.symlink(d / "loop-a", d / "loop-b")
    with open(d / "huge.bin", "wb") as f:  # 200 MB, sparse: zeros read as binary junk
        f.truncate(200 * 1024 * 1024)
    return {
        "empty.txt": "empty",
        "junk.txt": "binary",
        "corrupt.pdf": "PDF",
        "truncated.pdf": "PDF",
        "encrypted.pdf": "encrypted",
        "truncated.png": "image",
        "bomb.png": "bomb",
        "pipe.txt": "regular file",
        "loop-a": "loop",
        "loop-b": "loop",
        "huge.bin": "binary",
    }


def test_bad_inputs_are_recorded_and_the_batch_goes_on(tmp_path: Path, archive: Archive) -> None:
    src = tmp_path / "in"
    src.mkdir()
    expected = make_bad_inputs(src)
    (src / "good.txt").write_text("A good statement of the committee.")
    report = archive.ingest([str(src)], workers=2)
    assert report.added == 1
    failed = {Path(f.path).name: f for f in report.failures}
    assert set(failed) == set(expected)
    for name, words in expected.items():
        assert words.lower() in failed[name].reason.lower(), (name, failed[name])
        assert "\n" not in failed[name].reason
    assert {Path(e.path).name for e in archive.errors()} == set(expected)
    assert (src / "empty.txt").read_bytes() == b""  # originals untouched


def test_size_limit(tmp_path: Path, archive: Archive) -> None:
    f = tmp_path / "big.txt"
    f.write_text("word " * 500_000)
    report = archive.ingest([str(f)], IngestOptions(max_file_bytes=1 << 20), workers=1)
    assert "limit" in report.failures[0].reason


def test_small_pixel_limit_refuses_real_image(tmp_path: Path, archive: Archive) -> None:
    render_text("a real but large image").save(tmp_path / "big.png")
    report = archive.ingest([str(tmp_path)], IngestOptions(max_image_pixels=10_000), workers=1)
    assert "pixel" in report.failures[0].reason


def test_odd_bytes_in_file_name(tmp_path: Path, archive: Archive) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9 \xff\xfe.txt")
    with open(name, "wb") as f:
        f.write(b"Text under a name that is not UTF-8.")
    assert archive.ingest([str(tmp_path)], workers=1).ok
    doc = only_doc(archive)
    assert doc["source_path"].endswith("caf\\xe9 \\xff\\xfe.txt")


def test_directory_link_loop_is_walked_once(tmp_path: Path, archive: Archive) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("inside the folder")
    os.symlink(tmp_path, tmp_path / "sub" / "up")
    report = archive.ingest([str(tmp_path)], workers=1)
    assert report.added == 1
    assert any("loop" in f.reason for f in report.failures)


def test_archive_folder_inside_input_is_not_ingested(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("the only document")
    with Archive.open(tmp_path / "archive") as arc:
        arc.ingest([str(tmp_path)], workers=1)
        report = arc.ingest([str(tmp_path)], workers=1)
        assert arc.store.count_documents() == 1 and report.added == 0


# -- idempotence ---------------------------------------------------------------------


def test_same_file_twice_is_one_document(tmp_path: Path, archive: Archive) -> None:
    (tmp_path / "a.txt").write_text("Appeal to the dockers of Liverpool.")
    (tmp_path / "copy-of-a.txt").write_text("Appeal to the dockers of Liverpool.")
    first = archive.ingest([str(tmp_path)], workers=1)
    assert (first.added, first.duplicates) == (1, 1)
    second = archive.ingest([str(tmp_path)], workers=1)
    assert (second.added, second.duplicates, second.unchanged) == (0, 0, 2)
    doc = only_doc(archive)
    assert len(doc["sources"]) == 2


def test_failed_file_fixed_then_ingested_clears_its_error(tmp_path: Path, archive: Archive) -> None:
    f = tmp_path / "late.txt"
    f.write_bytes(b"")
    archive.ingest([str(f)], workers=1)
    assert len(archive.errors()) == 1
    f.write_text("now it has text")
    assert archive.ingest([str(f)], workers=1).ok
    assert archive.errors() == []


def test_stale_temporary_files_of_a_killed_run_are_swept(tmp_path: Path, archive: Archive) -> None:
    archive.blobs.root.mkdir(parents=True, exist_ok=True)
    stale = archive.blobs.root / "abc.tmp"
    stale.write_bytes(b"half a copy")
    os.utime(stale, (0, 0))
    fresh = archive.blobs.root / "def.tmp"  # another run may be writing this one now
    fresh.write_bytes(b"in progress")
    (tmp_path / "a.txt").write_text("a document")
    archive.ingest([str(tmp_path / "a.txt")], workers=1)
    assert not stale.exists() and fresh.exists()


@pytest.mark.parametrize(("enrich", "entities"), [(True, False), (False, True), (False, False)])
def test_enrichment_and_names_are_separate_stages(
    tmp_path: Path, enrich: bool, entities: bool
) -> None:
    """Roles and dates (``PALIMPSEST_ENRICH``) and names (``PALIMPSEST_ENTITIES``) can
    each be turned off without the other."""
    src = tmp_path / "letter.txt"
    src.write_text(
        "Message to the members\n\nLondon, 5 March 1921\n\n"
        "The National Union of Mineworkers met Ramsay MacDonald in Glasgow.\n"
    )
    options = IngestOptions(enrich=enrich, entities=entities)
    with Archive.open(tmp_path / "archive") as archive:
        archive.ingest([str(src)], options, workers=1)
        doc = only_doc(archive)
    assert (doc["date"] is not None) == enrich
    assert (doc["title"] is not None) == enrich
    assert bool(doc["entities"]) == entities


def test_a_stage_failing_on_one_document_of_a_batch_fails_that_one_alone(
    tmp_path: Path, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text files are read in batches, each stage over the batch before the next: a bug
    that one document's text sets off is that file's recorded error, and the others of
    its batch are stored as they would be alone."""
    from palimpsest.linking import recognise as real

    src = tmp_path / "in"
    src.mkdir()
    for i in range(5):
        (src / f"letter{i}.txt").write_text(
            f"Dear Comrades,\n\nThe meeting in Leeds on 5 March 192{i} thanked Ramsay "
            f"MacDonald.\n{'TRIGGER' if i == 2 else ''}\n"
        )

    def recognise(doc: Any, text: str, archive: Any, parts: Any) -> Any:
        if "TRIGGER" in text:
            raise ValueError("a bug in recognition")
        return real(doc, text, archive, parts)

    monkeypatch.setattr("palimpsest.derive.recognise", recognise)
    report = archive.ingest([str(src)], workers=1)
    assert report.added == 4
    assert [(Path(f.path).name, f.stage) for f in report.failures] == [("letter2.txt", "derive")]
    assert "ValueError: a bug in recognition" in report.failures[0].reason
    kept = ("language", "clean_text", "title", "genre", "issuer", "date", "edits")

    def derived(arc: Archive, doc_id: int) -> dict[str, Any]:
        doc = arc.document(doc_id)
        assert doc is not None
        names = [(m["start"], m["end"], m["text"], m["type"]) for m in doc["entities"]]
        return {k: doc[k] for k in kept} | {"entities": names}

    by_name = {Path(d.source_path).name: d.id for d in archive.documents()}
    for i in (0, 1, 3, 4):
        with Archive.open(tmp_path / f"alone{i}") as alone:
            alone.ingest([str(src / f"letter{i}.txt")], workers=1)
            (doc,) = alone.documents()
            assert derived(alone, doc.id) == derived(archive, by_name[f"letter{i}.txt"])
    assert ("Ramsay MacDonald", "PER") in {
        (m[2], m[3]) for m in derived(archive, by_name["letter0.txt"])["entities"]}


def test_workers_record_documents_in_the_order_the_files_were_found(
    tmp_path: Path, archive: Archive
) -> None:
    """With several workers, the parent takes their chunks in the order they were handed
    out, not as they finish: the same files get the same document ids, and names are
    resolved in the same order, on every run. The first chunk here is the slowest (long
    texts), so the later ones finish first."""
    src = tmp_path / "in"
    src.mkdir()
    for k in range(48):
        words = 6000 if k < 16 else 20
        (src / f"d{k:02d}.txt").write_text(f"Statement {k} of the committee. " * (words // 6))
    report = archive.ingest([str(src)], IngestOptions(correct="off"), workers=2)
    assert report.added == 48
    docs = sorted(archive.documents(), key=lambda d: d.id)
    assert [Path(d.source_path).name for d in docs] == [f"d{k:02d}.txt" for k in range(48)]
