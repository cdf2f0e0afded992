"""Rendered OCR sets: held-out text typeset, degraded, read by real Tesseract, read back."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from palimpsest.eval.ocr_sets import OcrSetError, discover_sets
from palimpsest.eval.rendered_ocr import (
    FORMAT,
    detokenise,
    documents,
    jobs_for,
    read_sentences,
    render_one,
)
from palimpsest.text.correct.build import build_rendered_channel

TEXT = ("La asamblea general del sindicato aprobó por unanimidad la huelga de los "
        "trabajadores de la fábrica textil, que piden el pago de los salarios adeudados.")


def test_tokens_become_a_sentence_again() -> None:
    tokens = ['"', "Respetamos", "a", "los", "otros", '"', ",", "afirmó", "(", "EFE", ")",
              "¿", "no", "?", "Banco_Central", "."]
    assert detokenise(tokens) == '"Respetamos a los otros", afirmó (EFE) ¿no? Banco Central.'


def test_iob_files_and_plain_text_give_sentences(tmp_path: Path) -> None:
    iob = tmp_path / "ner.tsv"
    iob.write_text("".join(f"{w}\tO\n" for w in ["El", "equipo", "ganó", "."] * 30)
                   + "\nLa\tO\nliga\tB-MISC\nsigue\tO\n.\tO\n")
    sentences = list(read_sentences(iob))
    assert sentences[-1] == "La liga sigue."
    plain = tmp_path / "text.txt"
    plain.write_text("Uno dos tres.\nCuatro.\n\nCinco seis.\n")
    assert list(read_sentences(plain)) == ["Uno dos tres. Cuatro.", "Cinco seis."]


def test_documents_are_a_page_of_paragraphs() -> None:
    docs = documents(iter([TEXT] * 40), 2)
    assert len(docs) == 2
    assert all(1400 <= len(d) < 1800 and "\n\n" in d for d in docs)


def test_a_page_is_rendered_degraded_and_read(tmp_path: Path) -> None:
    """Real Tesseract on a real page: the OCR text is close to what was printed."""
    job = jobs_for("es", [TEXT], seed=3)[0]
    doc = render_one((*job[:3], "serif", "light", job[5]))
    assert doc.truth.split() == TEXT.split()  # a short text: no line-end hyphens
    same = sum(a == b for a, b in zip(doc.ocr.split(), doc.truth.split(), strict=False))
    assert same >= 0.8 * len(doc.truth.split())
    out = tmp_path / "rendered-es.jsonl"
    out.write_text(json.dumps(asdict(doc), ensure_ascii=False) + "\n")
    (s,) = discover_sets(tmp_path)
    assert s.name == "rendered/es" and s.pairs[0].truth == doc.truth
    assert s.engine == "tesseract" and doc.engine.startswith("tesseract@")
    # each word's confidence, at its start in the OCR text (as ingest keeps them)
    starts = {int(k) for k in doc.conf}
    assert len(starts) == len(doc.ocr.split())
    assert all(doc.ocr[k] != " " and (k == 0 or doc.ocr[k - 1].isspace()) for k in starts)
    assert s.pairs[0].word_conf == {int(k): v for k, v in doc.conf.items()}


def _record(doc_id: str, ocr: str, truth: str, lang: str = "es") -> str:
    return json.dumps({"id": doc_id, "lang": lang, "font": "serif", "preset": "heavy",
                       "ocr": ocr, "truth": truth, "format": FORMAT}, ensure_ascii=False)


def test_a_bad_record_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "rendered-es.jsonl"
    path.write_text(_record("a", "x", "y") + "\n" + '{"format": "' + FORMAT + '"}\n')
    with pytest.raises(OcrSetError, match=r"rendered-es.jsonl:2"):
        discover_sets(path)


def test_a_language_learns_its_own_channel(tmp_path: Path) -> None:
    """Marks read from letters, and whole-word misreadings, from a rendered set; the
    confusions laid over BLN600's."""
    data = Path(__file__).resolve().parents[1] / "src" / "palimpsest" / "data"
    out = tmp_path / "data"
    out.mkdir()
    (out / "channel.json").write_text((data / "channel.json").read_text(encoding="utf-8"))
    lines = [_record(f"es-{i}", "vino de! pueblo y e! hijo de ¡as casas con ¡a madre v el "
                                "padre: dijo que no.",
                     "vino del pueblo y el hijo de las casas con la madre y el "
                     "padre: dijo que no.") for i in range(6)]
    rendered = tmp_path / "rendered-es.jsonl"
    rendered.write_text("\n".join(lines) + "\n")
    path = build_rendered_channel("es", rendered, out)
    assert path.name == "channel-tesseract-es.json"
    model = json.loads(path.read_text(encoding="utf-8"))
    assert model["lang"] == "es"
    assert "l" in model["marks"]["trail"]["!"] and "l" in model["marks"]["lead"]["¡"]
    assert model["words"]["v"] == {"y": pytest.approx(-0.288, abs=0.01)}  # 6 of 6 (+2)
    base = json.loads((out / "channel.json").read_text(encoding="utf-8"))
    assert base["rules"].keys() <= model["rules"].keys()
