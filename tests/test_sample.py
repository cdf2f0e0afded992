"""The sample collection: texts, rendering, degradation, PDF writing, generation."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path
from typing import Literal

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from palimpsest.sample.degrade import HEAVY, LIGHT, MEDIUM, PRESETS, degrade
from palimpsest.sample.generate import SampleManifest, generate_sample, simulate_ocr
from palimpsest.sample.pdfwrite import image_pdf, pdf_string, text_pdf
from palimpsest.sample.render import (
    document_text,
    render_document,
    render_lines,
    render_page,
    split_points,
)
from palimpsest.sample.texts import BY_ID, SAMPLE_TEXTS, get_text, normalise_text


def _pdf_text(data: bytes) -> list[str]:
    doc = pdfium.PdfDocument(data)
    try:
        return [p.get_textpage().get_text_bounded().replace("\r\n", "\n") for p in doc]
    finally:
        doc.close()


def _words(printed: str) -> list[str]:
    """The words of printed lines, with line-end hyphens joined back."""
    return re.sub(r"-\n|\x02", "", printed).split()


# -- texts -------------------------------------------------------------------

def test_texts_cover_languages_and_shapes() -> None:
    langs = [t.language for t in SAMPLE_TEXTS]
    assert {lang: langs.count(lang) for lang in set(langs)} == {"en": 3, "es": 3, "fr": 2, "de": 2}
    assert 4 <= sum(t.date is not None for t in SAMPLE_TEXTS) <= 6
    for t in SAMPLE_TEXTS:
        text = t.text
        lines = text.split("\n")
        assert 150 <= len(text.split()) <= 350, t.id
        assert any(ln == t.title or ln.endswith(": " + t.title) for ln in lines), t.id
        assert t.issuer in "\n".join(lines[:3] + lines[-2:]), t.id
        assert lines[0] == t.masthead
        if t.addressee:
            assert t.addressee in lines, t.id
        if t.dateline:
            assert t.dateline in lines and t.date and t.date[:4] in t.dateline, t.id
        for year in t.years_mentioned:
            assert str(year) in text, (t.id, year)
        for name in t.signatories:
            assert name in text, (t.id, name)
        text.encode("cp1252")  # every sample fits WinAnsi text PDFs
        assert normalise_text(text) == text
    with pytest.raises(KeyError, match="no sample document"):
        get_text("xx-missing")


# -- render ------------------------------------------------------------------

def test_render_page_ground_truth() -> None:
    t = BY_ID["de-resolution"]
    page = render_page(t.body, masthead=t.masthead, dpi=100, seed=7, center=[t.title])
    assert page.image.mode == "L"
    assert page.image.size == (827, 1169)
    assert page.logical_text == t.text
    assert [pl.text for pl in page.lines] == [x for x in page.printed_text.split("\n") if x]
    assert _words(page.printed_text) == t.text.split()
    assert "-\n" in page.printed_text
    assert page.masthead_box is not None and page.masthead_box.y == 100
    assert page.lines[0].style == "masthead"
    dark = np.asarray(page.image) < 128
    for pl in page.lines[:5]:
        b = pl.box
        assert dark[b.y : b.y + b.h, b.x : b.x + b.w].any(), pl.text


def test_hyphenation_is_seeded() -> None:
    t = BY_ID["es-carta-1983"]

    def printed(seed: int, hyphenate: bool = True) -> str:
        return render_page(t.body, masthead=t.masthead, dpi=72, seed=seed,
                           hyphenate=hyphenate).printed_text

    assert printed(3) == printed(3)
    variants = {printed(s) for s in range(6)}
    assert len(variants) > 1
    assert any(re.search(r"\w-\n", v) for v in variants)
    plain = printed(3, hyphenate=False)
    assert not re.search(r"\w-\n", plain)
    assert split_points("organisation,") and not split_points("1949")
    assert all(3 <= p <= len("compañeros") - 3 for p in split_points("compañeros"))


def test_render_document_pages_join_back() -> None:
    t = BY_ID["en-appeal-1921"]
    pages = render_document(t.body, masthead=t.masthead, dpi=72, height_in=4.0, seed=2)
    assert len(pages) > 2
    assert document_text(pages) == t.text
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert pages[0].masthead_box is not None and pages[1].masthead_box is None
    assert all(not p.printed_text.endswith("-") for p in pages[:-1])
    assert pages[-1].next_join == ""
    with pytest.raises(ValueError, match="render_document"):
        render_page(t.body, dpi=72, height_in=4.0)


def test_render_lines_is_small() -> None:
    page = render_lines(["Grüße aus Düsseldorf", "El niño, ¿sí?"], size_pt=12, dpi=100)
    assert page.printed_text == "Grüße aus Düsseldorf\nEl niño, ¿sí?"
    assert page.image.width < 400 and page.image.height < 100
    assert (np.asarray(page.image) < 100).any()


def test_missing_font_names_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import palimpsest.sample.render as render

    render.load_font.cache_clear()
    monkeypatch.setattr(render, "FONT_ROOT", Path("/nonexistent"))
    with pytest.raises(FileNotFoundError, match="fonts-liberation2"):
        render.load_font("serif", 12)
    render.load_font.cache_clear()


# -- degrade -----------------------------------------------------------------

def test_degrade_is_deterministic() -> None:
    img = render_lines(["The quick brown fox", "jumps over the lazy dog"], dpi=150).image
    a = degrade(img, seed=1, skew_deg=1.5, jpeg_quality=50)
    b = degrade(img, seed=1, skew_deg=1.5, jpeg_quality=50)
    c = degrade(img, seed=2, skew_deg=1.5, jpeg_quality=50)
    assert a.mode == "L" and a.size == img.size
    assert a.tobytes() == b.tobytes()
    assert a.tobytes() != c.tobytes()
    for preset in PRESETS.values():
        out = np.asarray(preset.apply(img, seed=3), dtype=np.float32)
        assert out.std() > 5  # text still there


def test_degrade_levels_and_smudge() -> None:
    t = BY_ID["fr-tract-1968"]
    page = render_page(t.body, masthead=t.masthead, dpi=100)
    box = page.masthead_box
    assert box is not None
    clean = np.asarray(page.image, dtype=np.float32)

    def err(img: Image.Image) -> float:
        return float(np.abs(np.asarray(img, dtype=np.float32) - clean).mean())

    assert err(LIGHT.apply(page.image, seed=1)) < err(HEAVY.apply(page.image, seed=1))
    plain = np.asarray(MEDIUM.apply(page.image, seed=4), dtype=np.float32)
    smudged = np.asarray(MEDIUM.with_(smudge_masthead=True).apply(page.image, seed=4),
                         dtype=np.float32)
    region = (slice(box.y, box.y + box.h), slice(box.x, box.x + box.w))
    assert np.abs(plain[region] - smudged[region]).mean() > 20
    below = (slice(box.y + 3 * box.h, box.y + 6 * box.h), slice(None))
    assert np.abs(plain[below] - smudged[below]).mean() < 5


def test_degrade_a4_speed() -> None:
    page = render_page("Some words on a page. " * 100, masthead="A masthead", dpi=300)
    MEDIUM.apply(page.image, seed=0)  # warm caches
    start = time.perf_counter()
    out = HEAVY.apply(page.image, seed=1, masthead_box=page.masthead_box)
    assert out.size == (2481, 3507)
    assert time.perf_counter() - start < 2.0  # ~0.35 s on a modest CPU


# -- pdfwrite ----------------------------------------------------------------

def test_text_pdf_round_trip_with_accents() -> None:
    pages = ["Grüße aus Düsseldorf – «Straße»\nEl niño comió piñas, ¿sí? ¡Olé!\n\n"
             "Ça coûte 5 €, l’œuvre (done) \\ ok", "Page two\nline two"]
    data = text_pdf(pages, 11, title="Prüfung")
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    got = _pdf_text(data)
    assert [[ln for ln in p.split("\n") if ln] for p in got] == [
        [ln for ln in p.split("\n") if ln] for p in pages]
    xref = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert data[xref : xref + 4] == b"xref"
    for m in re.finditer(rb"(\d{10}) 00000 n\r\n", data):
        num_at = int(m.group(1))
        assert re.match(rb"\d+ 0 obj\n", data[num_at : num_at + 12])
    pikepdf = pytest.importorskip("pikepdf")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pdf.check_pdf_syntax() == []
        assert str(pdf.docinfo["/Title"]) == "Prüfung"
    with pytest.raises(ValueError, match="lines"):
        text_pdf(["x\n" * 200])


def test_pdf_string_escapes() -> None:
    assert pdf_string("a(b)c\\") == b"(a\\(b\\)c\\\\)"
    assert pdf_string("é") == b"(\\351)"
    assert pdf_string("Ω") == b"(?)"


@pytest.mark.parametrize("compression", ["jpeg", "flate"])
def test_image_pdf_renders(compression: Literal["jpeg", "flate"]) -> None:
    img = render_lines(["Scanned page", "second line"], size_pt=14, dpi=100).image
    data = image_pdf([img, img.convert("RGB")], 100, compression=compression)
    doc = pdfium.PdfDocument(data)
    assert len(doc) == 2
    w, h = doc[0].get_size()
    assert abs(w - img.width * 72 / 100) < 0.1 and abs(h - img.height * 72 / 100) < 0.1
    rendered = np.asarray(doc[0].render(scale=100 / 72).to_pil().convert("L"), dtype=np.float32)
    assert abs(rendered.shape[1] - img.width) <= 1
    original = np.asarray(img, dtype=np.float32)
    assert abs(rendered.mean() - original.mean()) < 3
    assert _pdf_text(data) == ["", ""]
    doc.close()


# -- generate ----------------------------------------------------------------

@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> SampleManifest:
    return generate_sample(tmp_path_factory.mktemp("sample"), seed=7, dpi=60)


def test_generate_writes_manifest_files(sample: SampleManifest) -> None:
    root = sample.root
    assert SampleManifest.load(root).to_json() == sample.to_json()
    for path in sample.files():
        assert path.is_file() and path.stat().st_size > 0, path
    assert {e.format for e in sample.documents} == {
        "png", "jpeg", "tiff", "pdf-image", "pdf-text", "txt"}
    assert {e.degradation["preset"] for e in sample.documents if e.degradation} == {
        "light", "medium", "heavy"}
    for e in sample.documents:
        assert (root / e.ground_truth).read_text(encoding="utf-8") == get_text(e.id).text + "\n"
        assert e.metadata["title"] == get_text(e.id).title
        printed = (root / e.printed_truth).read_text(encoding="utf-8").split("\f")
        assert len(printed) == e.pages
        main = root / e.files[0]
        if e.format in ("png", "jpeg"):
            assert len(e.files) == e.pages
            with Image.open(main) as im:
                assert im.mode == "L" and round(im.info["dpi"][0]) == 60
        elif e.format == "tiff":
            with Image.open(main) as im:
                assert getattr(im, "n_frames", 1) == e.pages > 1
        elif e.format == "pdf-image":
            assert len(pdfium.PdfDocument(main.read_bytes())) == e.pages
        elif e.format == "pdf-text":
            # pdfium joins words hyphenated at line ends, marking the break "\\x02"
            assert _words("\n".join(_pdf_text(main.read_bytes()))) == get_text(e.id).text.split()
        else:
            raw = main.read_bytes()
            assert e.encoding is not None
            text = raw.decode(e.encoding)
            if e.encoding != "utf-8":
                with pytest.raises(UnicodeDecodeError):
                    raw.decode("utf-8")
            assert text.splitlines()[0] != get_text(e.id).masthead  # garbage masthead
            assert e.ocr_errors


def test_generate_is_deterministic(sample: SampleManifest, tmp_path: Path) -> None:
    again = generate_sample(tmp_path, seed=7, dpi=60)
    for a, b in zip(sample.files(), again.files(), strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_simulated_ocr_has_known_mistakes() -> None:
    text, clean, errors = simulate_ocr(BY_ID["en-newsletter"], chars=68, seed=1)
    assert "leding" in text and "Labour arty" in text
    assert ["leading", "leding"] in errors
    assert re.search(r"\w-\n", text)
    assert len(clean) < len(text.splitlines())  # a dirt line was added
