"""OCR step: real Tesseract on small images rendered here, plus a fake binary
for the process-level contract (environment, timeout, exit codes)."""

from __future__ import annotations

import shutil
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from palimpsest.ocr import preprocess as pp
from palimpsest.ocr import tesseract as tess
from palimpsest.ocr.tesseract import OcrError, OcrPage, ocr_image, parse_tsv

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if FONT.exists():
        return ImageFont.truetype(str(FONT), size)
    return ImageFont.load_default(size=size)


def render(paragraphs: list[list[str]], size: int = 32, width: int = 900) -> Image.Image:
    """Lines of text, a blank line's gap between paragraphs, at roughly 300 dpi."""
    font = _font(size)
    pitch = int(size * 1.5)
    n_lines = sum(len(p) for p in paragraphs) + len(paragraphs) - 1
    img = Image.new("L", (width, 2 * size + pitch * n_lines + size), 255)
    draw = ImageDraw.Draw(img)
    y = size
    for para in paragraphs:
        for line in para:
            draw.text((size, y), line, font=font, fill=0)
            y += pitch
        y += pitch
    img.info["dpi"] = (300, 300)
    return img


PARAS = [
    ["The quick brown fox jumps", "over the lazy sleeping dog."],
    ["Seven pounds and sixpence."],
]


@pytest.fixture(scope="module")
def page() -> OcrPage:
    return ocr_image(render(PARAS))


@needs_tesseract
def test_words_have_offsets_boxes_and_confidences(page: OcrPage) -> None:
    assert page.method == f"tesseract@{tess.tesseract_version()}"
    assert page.words and page.mean_conf is not None and page.mean_conf > 80
    for w in page.words:
        assert page.text[w.start : w.end] == w.text
        assert w.box is not None and w.box.w > 0 and w.box.h > 0
        assert w.box.x >= 0 and w.box.x + w.box.w <= page.width
        assert w.box.y >= 0 and w.box.y + w.box.h <= page.height
        assert w.conf is not None and 0 <= w.conf <= 100
    assert [w.text for w in page.words][:3] == ["The", "quick", "brown"]
    lines = [w.line for w in page.words]
    assert lines == sorted(lines) and lines[-1] == 2


@needs_tesseract
def test_text_layout_lines_and_paragraphs(page: OcrPage) -> None:
    assert page.text == (
        "The quick brown fox jumps\nover the lazy sleeping dog.\n\nSeven pounds and sixpence."
    )
    starts = sorted(page.line_conf)
    assert starts == [0, page.text.index("over"), page.text.index("Seven")]
    assert all(0 <= c <= 100 for c in page.line_conf.values())


@needs_tesseract
def test_auto_preprocessing_reads_a_shadowed_noisy_page() -> None:
    """Paper darkening to the right, fading ink and grain: plain Tesseract cuts
    the lines short here (its global threshold), "auto" reads them whole."""
    ink = np.asarray(render(PARAS)).astype(np.float32) / 255.0
    x = np.arange(ink.shape[1], dtype=np.float32)[None, :] / ink.shape[1]
    paper = 245 - 150 * x
    page = ink * paper + (1 - ink) * np.minimum(20 + 120 * x, paper - 30)
    page += np.random.default_rng(0).normal(0, 8, page.shape)
    img = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8))
    img.info["dpi"] = (300, 300)
    expected = "\n\n".join("\n".join(p) for p in PARAS)
    assert ocr_image(pp.preprocess(img, "auto")).text == expected


def test_parse_tsv_builds_text_from_hierarchy() -> None:
    rows = [
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "1\t1\t0\t0\t0\t0\t0\t0\t500\t300\t-1\t",
        "5\t1\t1\t1\t1\t1\t10\t10\t40\t20\t90\tAlpha",
        "5\t1\t1\t1\t1\t2\t60\t10\t40\t20\t70\tbeta",
        "5\t1\t1\t1\t2\t1\t10\t40\t40\t20\t80\tgamma",
        "5\t1\t1\t1\t2\t2\t60\t40\t40\t20\t95\t ",
        "4\t1\t2\t1\t1\t0\t10\t100\t90\t20\t-1\t",
        "5\t1\t2\t1\t1\t1\t10\t100\t40\t20\t60\tdelta",
        "5\t1\t2\t2\t1\t1\t10\t150\t40\t20\t50\tepsilon",
    ]
    p = parse_tsv("\n".join(rows) + "\n", 500, 300)
    assert p.text == "Alpha beta\ngamma\n\ndelta\n\nepsilon"
    assert [(w.text, w.start, w.end, w.line) for w in p.words] == [
        ("Alpha", 0, 5, 0),
        ("beta", 6, 10, 0),
        ("gamma", 11, 16, 1),
        ("delta", 18, 23, 2),
        ("epsilon", 25, 32, 3),
    ]
    assert p.line_conf == {0: 80.0, 11: 80.0, 18: 60.0, 25: 50.0}
    assert p.mean_conf == 70.0
    assert parse_tsv("", 1, 1).text == "" and parse_tsv("", 1, 1).mean_conf is None


@pytest.mark.parametrize("angle", [2.0, -3.0, 0.7])
def test_deskew_recovers_known_skew(angle: float) -> None:
    lines = [f"Line {i} of the register, entries and accounts" for i in range(10)]
    img = render([lines], size=24, width=800)
    skewed = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    assert abs(pp.estimate_skew(skewed) - angle) < 0.5
    straight = pp.deskew(skewed)
    assert abs(pp.estimate_skew(straight)) < 0.5
    assert straight.getpixel((0, 0)) == 255  # white fill, not black corners


def test_deskew_leaves_blank_page_alone() -> None:
    blank = Image.new("L", (300, 200), 255)
    assert pp.estimate_skew(blank) == 0.0
    assert pp.deskew(blank) is blank


def _odd_modes() -> dict[str, Image.Image]:
    base = render([["Mode test"]], size=24, width=300)
    rgba = base.convert("RGBA")
    alpha = np.where(np.asarray(base) < 128, 255, 0).astype(np.uint8)
    rgba.putalpha(Image.fromarray(alpha))  # transparent page, opaque ink
    i16 = Image.fromarray(np.asarray(base).astype(np.uint16) * 257)
    return {
        "P": base.convert("RGB").convert("P"),
        "RGBA": rgba,
        "LA": base.convert("LA"),
        "I;16": i16 if i16.mode.startswith("I") else i16.convert("I"),
        "I": base.convert("I"),
        "F": base.convert("F"),
        "CMYK": base.convert("CMYK"),
        "1": base.convert("1"),
    }


@pytest.mark.parametrize("mode", list(_odd_modes()))
def test_odd_modes_become_ocr_ready(mode: str) -> None:
    img = _odd_modes()[mode]
    out = pp.normalize_mode(img)
    assert out.mode in ("1", "L", "RGB")
    gray = np.asarray(out.convert("L"))
    assert gray[0, 0] > 200  # paper stays white (transparency flattened onto white)
    assert gray.min() < 60  # ink stays dark (16-bit scaled, not clipped)
    assert pp.preprocess(img).mode == "L"


@needs_tesseract
def test_ocr_on_16bit_and_transparent_images() -> None:
    modes = _odd_modes()
    assert "Mode" in ocr_image(modes["I;16"]).text
    assert "Mode" in ocr_image(modes["RGBA"]).text


def test_exif_orientation_is_applied() -> None:
    img = Image.new("L", (40, 20), 255)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    img.info["exif"] = exif.tobytes()
    out = pp.preprocess(img, "none")
    assert out.size == (20, 40)


def test_preprocess_steps_and_dpi() -> None:
    img = render([["Some text"]], size=24, width=300).convert("RGB")
    assert pp.preprocess(img, "none").mode == "RGB"
    out = pp.preprocess(img, "auto")
    assert out.mode == "L" and out.info.get("dpi") == (300, 300)
    binary = np.unique(np.asarray(pp.preprocess(img, "gray,denoise,flatten,binarize")))
    assert set(binary.tolist()) <= {0, 255}
    with pytest.raises(ValueError, match="unknown preprocessing step"):
        pp.preprocess(img, "gray,sharpen")


@needs_tesseract
def test_missing_language_is_a_clear_error() -> None:
    with pytest.raises(OcrError, match=r"'xyz' is not installed \(apt install tesseract-ocr-xyz\)"):
        ocr_image(render([["x"]]), "eng+xyz")
    assert {"eng"} <= tess.available_languages()


@needs_tesseract
def test_run_bare_tesseract(tmp_path: Path) -> None:
    path = tmp_path / "p.png"
    render([["Seven pounds and sixpence."]]).save(path)
    assert "sixpence" in tess.run_bare_tesseract(path, "eng")


def test_missing_binary(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(tess, "TESSERACT_CMD", str(tmp_path / "no-such-tesseract"))
    with pytest.raises(OcrError, match="not installed"):
        ocr_image(Image.new("L", (10, 10), 255))


@pytest.fixture
def fake_tesseract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A stand-in binary: answers probes, records its environment, obeys $FAKE_MODE."""
    script = tmp_path / "tesseract"
    script.write_text(
        f"#!{sys.executable}\n"
        + textwrap.dedent(
            f"""
            import os, sys, time
            args = sys.argv[1:]
            if args == ["--version"]:
                print("tesseract 9.9.9"); sys.exit(0)
            if args == ["--list-langs"]:
                print('List of available languages in "/x/" (1):'); print("eng"); sys.exit(0)
            sys.stdin.buffer.read()
            open({str(tmp_path / "env")!r}, "w").write(os.environ.get("OMP_THREAD_LIMIT", "unset"))
            mode = os.environ.get("FAKE_MODE", "")
            if mode == "sleep":
                time.sleep(5)
            if mode == "fail":
                print("Error: something broke", file=sys.stderr); sys.exit(3)
            print("level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num"
                  "\\tleft\\ttop\\twidth\\theight\\tconf\\ttext")
            print("5\\t1\\t1\\t1\\t1\\t1\\t1\\t1\\t5\\t5\\t88\\tok")
            """
        )
    )
    script.chmod(0o755)
    monkeypatch.setattr(tess, "TESSERACT_CMD", str(script))
    monkeypatch.setenv("OMP_THREAD_LIMIT", "8")
    return tmp_path


def test_omp_thread_limit_is_one(fake_tesseract: Path) -> None:
    p = ocr_image(Image.new("L", (10, 10), 255))
    assert (fake_tesseract / "env").read_text() == "1"
    assert p.text == "ok" and p.method == "tesseract@9.9.9"


def test_timeout_and_failure_are_ocr_errors(
    fake_tesseract: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_MODE", "sleep")
    with pytest.raises(OcrError, match=r"longer than 0\.5 s"):
        ocr_image(Image.new("L", (10, 10), 255), timeout=0.5)
    monkeypatch.setenv("FAKE_MODE", "fail")
    with pytest.raises(OcrError, match=r"exit 3\): Error: something broke"):
        ocr_image(Image.new("L", (10, 10), 255))
