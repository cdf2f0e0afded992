"""Readers of the OCR evaluation formats, on tiny fixture files written on the spot."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from palimpsest.eval.ocr_sets import (
    OcrSetError,
    discover_sets,
    hipe_normalise,
    read_bln600,
    read_hipe_ocrepair,
    read_icdar2017,
    read_overproof,
)

SHARED_OCR = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ocr"

# ----------------------------------------------------------------------------- fixtures

BLN_HEADER = ["Sample ID", "Date", "Publication", "OCR Text", "Ground Truth", "CER"]
NEWS = "Illustrated Police News"
BLN_ROWS = [
    ["3200797032", "1882-05-27", NEWS, "CHARGE OF SETT1NG", "CHARGE OF SETTING", "0.05"],
    ["3200797032", "1882-05-27", NEWS, 'He said, "I hive"', 'He said, "I have"', "0.1"],
    ["3200797045", "1855-01-02", "The Era", "Tbe play, at last.", "The play, at last.", "0.05"],
]


def write_bln600(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows = BLN_ROWS
    with (folder / "data_test.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(BLN_HEADER)
        w.writerows(rows)
    with (folder / "data_train.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(BLN_HEADER)
        w.writerow(["1", "1850-03-04", "X", "a", "b", "1.0"])
    # published corrections of the test split: extra columns after the data ones
    header = [*BLN_HEADER[:5], "old_CER", "Model Correction", "new_CER", "CER_reduction"]
    fixes = ["CHARGE OF SETTING", 'He said, "I have"', "The play, at last."]
    with (folder / "results_llama-2-13b.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows([*r[:5], r[5], fix, "0.0", ""] for r, fix in zip(rows, fixes, strict=True))
    return folder


def icdar_lines(ocr_aligned: str, gold_aligned: str) -> str:
    assert len(ocr_aligned) == len(gold_aligned)
    raw = ocr_aligned.replace("@", "")
    return f"[OCR_toInput] {raw}\r\n[OCR_aligned] {ocr_aligned}\r\n[ GS_aligned] {gold_aligned}"


# stretch 1 | "##" | stretch 2 | "###" | lone space (dropped) | "#"
ICDAR_OCR = "Tbe c@t" + "xx" + " sat@ on" + "zzz" + " " + "q"
ICDAR_GOLD = "The cat" + "##" + " sat. on" + "###" + " " + "#"


def write_icdar2017(root: Path) -> Path:
    base = root / "ICDAR2017_datasetPostOCR_Evaluation_2M_v1.2"
    (base / "eng_monograph").mkdir(parents=True)
    (base / "eng_periodical").mkdir()
    (base / "eng_monograph" / "1.txt").write_text(icdar_lines(ICDAR_OCR, ICDAR_GOLD), "utf-8")
    (base / "eng_monograph" / "10.txt").write_text(icdar_lines("ab", "ab"), "utf-8")
    (base / "eng_monograph" / "2.txt").write_text(icdar_lines("c@d", "cxd"), "utf-8")
    periodical = icdar_lines("Nevvs of@ the day", "Ne@ws of  the day")
    (base / "eng_periodical" / "1.txt").write_text(periodical, "utf-8")
    (base / "eval_metadata.csv").write_text(
        "File;Date;Type;NbAlignedChar\n"
        "fr_monograph\\1.txt;1781;monograph;68597\n"
        "eng_monograph\\1.txt;1858;monograph;22\n"
        "eng_monograph\\2.txt;n/a;monograph;3\n"
        "eng_periodical\\1.txt;1841;periodical;17\n",
        "utf-8",
    )
    return root


OVERPROOF_TEXT = (
    "*$*OVERPROOF*$* 12414000 year 1843 type Article title The Sydney Morn aid 12414000\n"
    "j ( LAND SALE. ^||@@||LAND SALE.||@@||j ( LAND SALE. A\n"
    "parish of Thorns-||@@||parish of Thorns-||@@||parish of Thornshope\n"
    "hope, near Mount||@@||hope, near Mount||@@|| near Mount\n"
    "*$*OVERPROOF*$* 12878000 year 1845 type Article title The Sydney Morn aid 12878000\n"
    "Tbe Sheep||@@||The Sheep||@@||The Sheep\n"
)


def write_overproof(root: Path) -> Path:
    folder = root / "dataset2" / "rawTextAndHumanCorrectionAndOverproofCorrectionTriples"
    folder.mkdir(parents=True)
    (folder / "allArticles.txt").write_text(OVERPROOF_TEXT, "utf-8")
    (folder / "index.html").write_text("<html></html>", "utf-8")
    return root


HIPE_TEST = "hipe-ocrepair-bench_v0.9_icdar2017_v1.1_test_en"
HIPE_OTHER = "hipe-ocrepair-bench_v0.9_impresso-snippets_v1.0_test_en"


def hipe_record(doc_id: str, ocr: str, truth: str, **meta: str) -> dict[str, object]:
    return {
        "document_metadata": {"document_id": doc_id, "language": "en", **meta},
        "ground_truth": {"transcription_unit": truth, "num_chars": len(truth)},
        "ocr_hypothesis": {"transcription_unit": ocr},
    }


def system_record(doc_id: str, output: str) -> dict[str, object]:
    return {
        "document_metadata": {"document_id": doc_id},
        "ground_truth": {"transcription_unit": ""},
        "ocr_hypothesis": {"transcription_unit": "ignored"},
        "ocr_postcorrection_output": {"transcription_unit": output},
    }


def write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


def write_hipe(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    icdar_file = "data/x/icdar2017__train__en__periodical__eng_periodical-46__chunk_{}__GT.txt"
    write_jsonl(
        root / f"{HIPE_TEST}.jsonl",
        [
            hipe_record(
                "icdar2017_train_en_46_444",
                "Tbe tempor¬\nary mea-sure",
                "The tempor¬\nary measure",
                date="n/a",
                primary_dataset_name="icdar2017",
                primary_dataset_filename=icdar_file.format(444),
                publication_title="icdar 2017 - en - periodical document 46 - chunk 444",
            ),
            hipe_record(
                "icdar2017_train_en_46_454",
                "Mr. Harwood, surgeon",
                "Mr. Harwood, surgeon.",
                date="n/a",
                primary_dataset_name="icdar2017",
                primary_dataset_filename=icdar_file.format(454),
            ),
            hipe_record(
                "ALST-1835-05-05-a-p0003_par21",
                "THE LATE MR. HEBER",
                "THE LATE MR. HEBER.",
                date="1835-05-05",
                publication_title="ALST-1835-05-05-a-p0003",
            ),
        ],
    )
    write_jsonl(
        root / f"{HIPE_OTHER}.jsonl",
        [hipe_record("BEHI-1875-09-25-a-p0012_par7", "x", "y", date="1875-09-25")],
    )
    out = root / "system_outputs"
    out.mkdir()
    stem = HIPE_TEST.replace("_test_", "_masked-test_")
    # another order than the test file, one unit missing, and a placeholder
    write_jsonl(
        out / f"blocr_{stem}_run1.jsonl",
        [
            system_record("ALST-1835-05-05-a-p0003_par21", "THE LATE MR. HEBER."),
            system_record("icdar2017_train_en_46_444", "The tempor¬\nary measure"),
        ],
    )
    write_jsonl(
        out / f"bnf-mistral_{stem}_run2.jsonl",
        [
            system_record("icdar2017_train_en_46_444", "a"),
            system_record("icdar2017_train_en_46_454", "None"),
            system_record("ALST-1835-05-05-a-p0003_par21", "c"),
        ],
    )
    other = HIPE_OTHER.replace("_test_", "_masked-test_")
    write_jsonl(
        out / f"l3i_{other}_run1.jsonl", [system_record("BEHI-1875-09-25-a-p0012_par7", "y")]
    )
    return root


# ----------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Straße¬\nÆsop's  CŒUR_x", "strasseaesop s coeur x"),
        ("tempor¬\nary", "temporary"),
        ("Le¬ ben", "le ben"),  # a ¬ not at a line end is punctuation
        ("fa\u0364hrt  o\u0364l u\u0364ber", "fährt öl über"),
        ("ſonſt — wir\nsind; eté!", "ſonſt wir sind eté"),  # accents and long s kept
        ("  «Mr.»\t\tHeber ", "mr heber"),
        ("deꝛ", "der"),
        ("", ""),
    ],
)
def test_hipe_normalise(text: str, expected: str) -> None:
    assert hipe_normalise(text) == expected


# ----------------------------------------------------------------------------- BLN600


def test_read_bln600(tmp_path: Path) -> None:
    s = read_bln600(write_bln600(tmp_path / "bln600"))
    assert s.name == "bln600/test"
    assert s.lang == "en"
    assert [p.id for p in s.pairs] == ["3200797032-1", "3200797032-2", "3200797045-1"]
    assert [p.group for p in s.pairs] == ["3200797032", "3200797032", "3200797045"]
    assert [p.year for p in s.pairs] == [1882, 1882, 1855]
    assert s.pairs[1].ocr == 'He said, "I hive"'
    assert s.pairs[1].truth == 'He said, "I have"'
    assert list(s.reference_outputs) == ["llama-2-13b"]
    assert s.reference_outputs["llama-2-13b"][1] == 'He said, "I have"'


def test_read_bln600_train_split_has_no_reference_outputs(tmp_path: Path) -> None:
    s = read_bln600(write_bln600(tmp_path / "bln600"), split="train")
    assert s.name == "bln600/train"
    assert len(s.pairs) == 1
    assert s.pairs[0].year == 1850
    assert s.reference_outputs == {}


def test_read_bln600_errors(tmp_path: Path) -> None:
    with pytest.raises(OcrSetError, match=r"data_dev\.csv"):
        read_bln600(write_bln600(tmp_path / "b"), split="dev")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "data_test.csv").write_text("id,text\n1,a\n", "utf-8")
    with pytest.raises(OcrSetError, match="missing columns"):
        read_bln600(tmp_path / "c")


# ----------------------------------------------------------------------------- ICDAR 2017


def test_read_icdar2017_stretches_between_hash_runs(tmp_path: Path) -> None:
    mono, peri = read_icdar2017(write_icdar2017(tmp_path / "icdar2017_en"))
    assert (mono.name, peri.name) == ("icdar2017/eng_monograph", "icdar2017/eng_periodical")
    assert mono.lang == "en"
    # files in numeric order; file 1 gives two stretches (the lone space is dropped)
    assert [p.id for p in mono.pairs] == [
        "eng_monograph/1:1",
        "eng_monograph/1:2",
        "eng_monograph/2:1",
        "eng_monograph/10:1",
    ]
    first, second = mono.pairs[:2]
    assert (first.ocr, first.truth) == ("Tbe ct", "The cat")
    assert (second.ocr, second.truth) == (" sat on", " sat. on")
    assert first.group == second.group == "eng_monograph/1"
    assert [p.year for p in mono.pairs] == [1858, 1858, None, None]
    assert (mono.pairs[2].ocr, mono.pairs[2].truth) == ("cd", "cxd")
    assert (peri.pairs[0].ocr, peri.pairs[0].truth) == ("Nevvs of the day", "News of  the day")
    assert peri.pairs[0].year == 1841
    assert mono.reference_outputs == {}


def test_read_icdar2017_errors(tmp_path: Path) -> None:
    folder = tmp_path / "eng_monograph"
    folder.mkdir()
    (folder / "1.txt").write_text(icdar_lines("ab", "ab").replace("ab\r\n[ GS", "abc\r\n[ GS"))
    with pytest.raises(OcrSetError, match="differ in length"):
        read_icdar2017(tmp_path)
    (folder / "1.txt").write_text("[OCR_toInput] ab\n[OCR_aligned] ab\n")
    with pytest.raises(OcrSetError, match="expected 3 lines"):
        read_icdar2017(tmp_path)
    (folder / "1.txt").write_text("hello")
    with pytest.raises(OcrSetError, match="no ICDAR 2017 files"):
        read_icdar2017(tmp_path)


# ----------------------------------------------------------------------------- Overproof


def test_read_overproof_one_pair_per_article(tmp_path: Path) -> None:
    s = read_overproof(write_overproof(tmp_path / "overproof"))
    assert s.name == "overproof/dataset2"
    assert [p.id for p in s.pairs] == ["12414000", "12878000"]
    assert [p.group for p in s.pairs] == ["12414000", "12878000"]
    assert [p.year for p in s.pairs] == [1843, 1845]
    art = s.pairs[0]
    assert art.ocr == "j ( LAND SALE. ^\nparish of Thorns-\nhope, near Mount"
    assert art.truth == "LAND SALE.\nparish of Thorns-\nhope, near Mount"
    assert s.reference_outputs["overproof"] == [
        "j ( LAND SALE. A\nparish of Thornshope\n near Mount",
        "The Sheep",
    ]


def test_read_overproof_without_corrections_and_errors(tmp_path: Path) -> None:
    f = tmp_path / "two_columns.txt"
    f.write_text("*$*OVERPROOF*$* 7 year 1900 type Article\nTbe||@@||The\n", "utf-8")
    s = read_overproof(f)
    assert (s.pairs[0].ocr, s.pairs[0].truth, s.pairs[0].year) == ("Tbe", "The", 1900)
    assert s.reference_outputs == {}
    f.write_text("*$*OVERPROOF*$* 7 year 1900\na||@@||b||@@||c||@@||d\n", "utf-8")
    with pytest.raises(OcrSetError, match=r"two_columns.txt:2: .*4 fields"):
        read_overproof(f)
    f.write_text("*$*OVERPROOF*$*\n", "utf-8")
    with pytest.raises(OcrSetError, match="without an article id"):
        read_overproof(f)


# ----------------------------------------------------------------------------- HIPE-OCRepair


def test_read_hipe_ocrepair(tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match=r"blocr.*1 unit"):
        sets = read_hipe_ocrepair(write_hipe(tmp_path / "hipe_en"))
    assert [s.name for s in sets] == [
        "hipe-ocrepair/icdar2017_v1.1/en",
        "hipe-ocrepair/impresso-snippets_v1.0/en",
    ]
    s = sets[0]
    assert s.lang == "en"
    assert [p.id for p in s.pairs] == [
        "icdar2017_train_en_46_444",
        "icdar2017_train_en_46_454",
        "ALST-1835-05-05-a-p0003_par21",
    ]
    # the source document: ICDAR file, newspaper page
    assert [p.group for p in s.pairs] == [
        "eng_periodical-46",
        "eng_periodical-46",
        "ALST-1835-05-05-a-p0003",
    ]
    assert [p.year for p in s.pairs] == [None, None, 1835]
    assert s.pairs[0].ocr == "Tbe tempor¬\nary mea-sure"  # raw, soft hyphen kept
    assert s.pairs[0].truth == "The tempor¬\nary measure"
    # matched by id; a missing unit and a "None" placeholder are empty, as the scorer does
    assert s.reference_outputs == {
        "blocr": ["The tempor¬\nary measure", "", "THE LATE MR. HEBER."],
        "bnf-mistral/run2": ["a", "", "c"],
    }
    assert sets[1].reference_outputs == {"l3i": ["y"]}
    assert sets[1].pairs[0].group == "BEHI-1875-09-25-a-p0012_par7"  # no title: its own id


def test_read_hipe_ocrepair_errors(tmp_path: Path) -> None:
    write_jsonl(tmp_path / f"{HIPE_TEST}.jsonl", [{"ground_truth": {}, "ocr_hypothesis": {}}])
    with pytest.raises(OcrSetError, match="transcription_unit"):
        read_hipe_ocrepair(tmp_path)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.jsonl").write_text('{"a": 1}\n', "utf-8")
    with pytest.raises(OcrSetError, match="no HIPE-OCRepair test files"):
        read_hipe_ocrepair(tmp_path / "other")


# ----------------------------------------------------------------------------- discovery


@pytest.fixture
def ocr_root(tmp_path: Path) -> Path:
    root = tmp_path / "ocr"
    write_bln600(root / "bln600")
    write_icdar2017(root / "icdar2017_en")
    write_overproof(root / "overproof")
    write_hipe(root / "hipe_ocrepair2026_en")
    (root / "README.md").write_text("# data\n", "utf-8")
    return root


@pytest.mark.filterwarnings("ignore:blocr")
def test_discover_sets_finds_every_format(ocr_root: Path) -> None:
    names = [s.name for s in discover_sets(ocr_root)]
    assert names == [
        "bln600/test",
        "icdar2017/eng_monograph",
        "icdar2017/eng_periodical",
        "overproof/dataset2",
        "hipe-ocrepair/icdar2017_v1.1/en",
        "hipe-ocrepair/impresso-snippets_v1.0/en",
    ]
    with_train = [s.name for s in discover_sets(ocr_root / "bln600", include_train=True)]
    assert with_train == ["bln600/test", "bln600/train"]


@pytest.mark.filterwarnings("ignore:blocr")
def test_discover_sets_on_subfolders_and_files(ocr_root: Path) -> None:
    def names(path: Path) -> list[str]:
        return [s.name for s in discover_sets(path)]

    icdar = ocr_root / "icdar2017_en" / "ICDAR2017_datasetPostOCR_Evaluation_2M_v1.2"
    assert names(icdar / "eng_periodical") == ["icdar2017/eng_periodical"]
    one = discover_sets(icdar / "eng_monograph" / "1.txt")
    assert [p.id for p in one[0].pairs] == ["eng_monograph/1:1", "eng_monograph/1:2"]
    assert one[0].pairs[0].year == 1858
    assert names(ocr_root / "bln600" / "data_train.csv") == ["bln600/train"]
    assert names(ocr_root / "overproof") == ["overproof/dataset2"]
    hipe = ocr_root / "hipe_ocrepair2026_en" / f"{HIPE_TEST}.jsonl"
    (s,) = discover_sets(hipe)
    assert set(s.reference_outputs) == {"blocr", "bnf-mistral/run2"}


def test_discover_sets_errors(ocr_root: Path, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        discover_sets(tmp_path / "nowhere")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(OcrSetError, match="no OCR evaluation set recognised"):
        discover_sets(empty)
    with pytest.raises(OcrSetError, match="not a recognised OCR evaluation file"):
        discover_sets(ocr_root / "README.md")
    with pytest.raises(OcrSetError, match="results file"):
        discover_sets(ocr_root / "bln600" / "results_llama-2-13b.csv")
    outputs = ocr_root / "hipe_ocrepair2026_en" / "system_outputs"
    with pytest.raises(OcrSetError, match="system output"):
        discover_sets(next(outputs.iterdir()))
    with pytest.raises(OcrSetError, match="holds system outputs"):
        discover_sets(outputs)


@pytest.mark.skipif(not SHARED_OCR.is_dir(), reason=f"evaluation data not here ({SHARED_OCR})")
@pytest.mark.filterwarnings("ignore:blocr")
def test_discover_sets_reads_the_shared_evaluation_data() -> None:
    sets = {s.name: s for s in discover_sets(SHARED_OCR)}
    assert len(sets["bln600/test"].pairs) == 2792
    assert len({p.group for p in sets["bln600/test"].pairs}) == 120
    assert len(sets["overproof/dataset2"].pairs) == 159
    assert set(sets["bln600/test"].reference_outputs) == {"llama-2-13b", "bart-large"}
    assert "icdar2017/eng_monograph" in sets and "icdar2017/eng_periodical" in sets
    hipe = sets["hipe-ocrepair/icdar2017_v1.1/en"]
    assert len(hipe.pairs) == 100
    assert "baseline-no-correction" in hipe.reference_outputs
    assert hipe.reference_outputs["baseline-no-correction"] == [p.ocr for p in hipe.pairs]
