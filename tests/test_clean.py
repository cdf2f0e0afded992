"""First-pass cleaning: noise lines, hyphenation, paragraphs, whitespace, unicode."""

from __future__ import annotations

import random
import re
import time
import unicodedata

import pytest

from palimpsest.model import PAGE_SEPARATOR
from palimpsest.text.clean import METHOD, Cleaning, clean
from palimpsest.text.edits import apply_edits

BODY = (
    "We have discussed the proposals of the central committee at great length\n"
    "and we agree that the struggle of the working class must go on.\n"
)


def _check_invariants(text: str, c: Cleaning) -> str:
    """Properties every cleaning must have; returns the clean text."""
    assert c.original is text
    out: str = apply_edits(text, c.edits).text  # raises on overlapping edits
    assert out == out.strip()
    assert "  " not in out and "\n\n\n" not in out and PAGE_SEPARATOR not in out
    assert all(e.method == METHOD and e.rule and 0 < e.confidence <= 1 for e in c.edits)
    return out


def test_typical_political_message() -> None:
    text = (
        "~=-'.,;:_ |l1I!\n"
        "The leding role of the Communist arty in the struggle against imperialism\n"
        "is recognised by all the fraternal parties.\n"
    )
    c = clean(text, lang="en")
    out = _check_invariants(text, c)
    assert out == (
        "The leding role of the Communist arty in the struggle against imperialism "
        "is recognised by all the fraternal parties."
    )
    assert [(n.text, n.reason) for n in c.noise_lines] == [("~=-'.,;:_ |l1I!", "garbage")]
    n = c.noise_lines[0]
    assert text[n.start : n.end] == n.text
    assert c.text == out


GARBAGE = [
    "~=-'.,;:_ |l1I!",
    "iI1l| ~~ ;.:' ,,",
    "|",
    "rn",
    ".",
    ";:",
    "Iil lI1",
    "%&#",
    "&",
    "xqzv",
    ":; iii ;:",
    "} {",
    "\\\\ //",
]

REAL_SHORT = [
    "Dear Comrades,",
    "Lima, 5 de agosto de 1983",
    "To the members of the Party",
    "J. SMITH",
    "Secretary",
    "1.",
    "MESSAGE TO THE WORKERS",
    "¡Viva el Perú!",
    "Estimados camaradas:",
    "Sr. D. José Pérez",
    "Chers camarades,",
    "Paris, le 3 mai 1981",
    "Vive l'Humanité !",
    "Liebe Genossinnen und Genossen!",
    "Berlin, den 12. März 1984",
    "Proletarier aller Länder, vereinigt euch!",
    "KPD",
    "Angstschweiß",
    "1983",
    "12,5 % 13,2 %",
    "Nr. 4/83",
    "P.S.",
    "II.",
    "a)",
    "O'Brien",
    "Товарищи!",
]


@pytest.mark.parametrize("line", GARBAGE)
def test_garbage_lines_go(line: str) -> None:
    text = BODY + "\n" + line + "\n\n" + BODY
    c = clean(text)
    out = _check_invariants(text, c)
    assert [n.text for n in c.noise_lines] == [line]
    assert out.count("working class") == 2


@pytest.mark.parametrize("line", REAL_SHORT)
def test_real_short_lines_stay(line: str) -> None:
    for text in (BODY + "\n" + line + "\n\n" + BODY, line + "\n\n" + BODY, BODY + "\n" + line):
        c = clean(text)
        out = _check_invariants(text, c)
        assert c.noise_lines == []
        assert line.replace(" !", " !") in out


def test_line_conf_is_extra_evidence() -> None:
    line = "ll Il |"
    text = BODY + "\n" + line + "\n\n" + BODY
    start = text.index(line)
    assert clean(text).noise_lines == []
    assert clean(text, line_conf={start: 95.0}).noise_lines == []
    assert [n.text for n in clean(text, line_conf={start: 8.0}).noise_lines] == [line]
    # real words survive even a low confidence
    text = BODY + "\nDear Comrades,\n\n" + BODY
    assert clean(text, line_conf={text.index("Dear"): 5.0}).noise_lines == []


PAGE_NUMBERS = ["- 3 -", "3", "— 12 —", "Page 3", "p. 3", "Seite 7", "Pág. 4", "[5]", "xiv", "IV"]


@pytest.mark.parametrize("number", PAGE_NUMBERS)
def test_page_numbers(number: str) -> None:
    text = BODY + "\n" + number + "\n" + PAGE_SEPARATOR + BODY
    c = clean(text)
    out = _check_invariants(text, c)
    assert [(n.text, n.reason) for n in c.noise_lines] == [(number, "page-number")]
    para = BODY.strip().replace("\n", " ")
    assert out == para + "\n\n" + para


def test_page_number_at_top_and_list_number_kept() -> None:
    text = "2\n\n" + BODY + "\n1.\nThe first point.\n"
    c = clean(text)
    assert [n.text for n in c.noise_lines] == ["2"]
    assert _check_invariants(text, c).endswith("go on.\n\n1. The first point.")


def test_running_heads_and_feet() -> None:
    pages = []
    for i in range(1, 4):
        head = f"THE RED FLAG — No. {i}" if i > 1 else "THE RED FLAG — No. 1"
        pages.append(f"{head}\n\n{BODY}\nPrinted by the Party Press  {i}\n")
    text = PAGE_SEPARATOR.join(pages)
    c = clean(text)
    out = _check_invariants(text, c)
    reasons = sorted((n.reason, n.text) for n in c.noise_lines)
    assert [r for r, _ in reasons] == ["running-foot"] * 3 + ["running-head"] * 2
    assert out.startswith("THE RED FLAG — No. 1\n\nWe have")  # on page one it is the title
    assert out.count("THE RED FLAG") == 1 and "Printed by" not in out
    assert out.count("working class must go on.") == 3


def test_single_page_has_no_running_heads() -> None:
    text = "THE RED FLAG\n\n" + BODY
    assert clean(text).noise_lines == []


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("the lead-\ning role", "the leading role"),
        ("the Marxist-\nLeninist party", "the Marxist-Leninist party"),
        ("the lead¬\ning role", "the leading role"),
        ("the Marxist¬\nLeninist party", "the Marxist-Leninist party"),
        ("the lead\u00ad\ning role", "the leading role"),
        ("in the years 1980-\n1985 we", "in the years 1980-1985 we"),
        ("a policy of self-\nreliance", "a policy of self-reliance"),
        ("c'est peut-\nêtre vrai", "c'est peut-être vrai"),
        ("die SPD-\nVorsitzende", "die SPD-Vorsitzende"),
        ("the COMMU-\nNIST PARTY", "the COMMUNIST PARTY"),
        ("the lead-\f\ning role", "the leading role"),
        ("the lead-\n\fing role", "the leading role"),
        (
            "THE RED FLAG\nthe lead-\n\n- 4 -\n\fTHE RED FLAG\ning role\n\fTHE RED FLAG\nand so on",
            "THE RED FLAG\n\nthe leading role and so on",
        ),
        ("the end -\nnext line", "the end - next line"),
        ("first part-\n\nNew paragraph", "first part-\n\nNew paragraph"),
    ],
)
def test_hyphenation(src: str, want: str) -> None:
    c = clean(src, lang="fr" if "peut" in src else None)
    assert _check_invariants(src, c) == want
    for e in c.edits:
        if e.rule == "hyphenation":
            assert src[e.start] in "-¬\u00ad\n\f"


@pytest.mark.parametrize(
    ("src", "lang", "want"),
    [
        ("nach Ber\u2e17\nlin", None, "nach Berlin"),  # Fraktur's double hyphen
        ("nach Ham=\nburg", "de", "nach Hamburg"),  # ... as OCR often reads it
        ("die SPD\u2e17\nVorsitzende", "de", "die SPD-Vorsitzende"),
        ("die Wor\u2014\nte des Herrn", "de", "die Worte des Herrn"),  # ... or as a dash
        ("die Mei\u2013\nnung", "deu", "die Meinung"),
        ("he said\u2014\nand left", "en", "he said\u2014 and left"),  # an English dash
        ("er sagte \u2014\nund ging", "de", "er sagte \u2014 und ging"),
        ("im Jahre 1848\u2014\n1849", "de", "im Jahre 1848\u2014 1849"),
        ("die Stra-\u2014\nße", "de", "die Straße"),  # a hyphen read twice
        ("die Ha\u0364\u2014\nuser", "de", "die Ha\u0364user"),  # a mark riding on a letter
        ("this week distribu.\u00ac\nted a large", "en", "this week distributed a large"),
        ("He met Mr.\u00ac\nSmith", "en", "He met Mr.\u00ac Smith"),  # not before a capital
        ("the end of it.-\nand so", "en", "the end of it.- and so"),  # a dot ends a sentence
    ],
)
def test_fraktur_line_end_hyphens(src: str, lang: str | None, want: str) -> None:
    """Fraktur's double hyphen, and what OCR makes of it, joins words as a hyphen does."""
    assert _check_invariants(src, clean(src, lang=lang)) == want


def test_hyphenation_confidence_reflects_certainty() -> None:
    def conf(src: str) -> float:
        found: float = next(e.confidence for e in clean(src).edits if e.rule == "hyphenation")
        return found

    assert conf("the lead-\ning role") > conf("a policy of self-\nreliance")
    assert conf("the lead\u00ad\ning") >= conf("the lead-\ning")


def test_paragraphs() -> None:
    text = "  First line\nof a paragraph.\n\n\n\nSecond   paragraph\t here.  \n\n"
    c = clean(text)
    assert _check_invariants(text, c) == "First line of a paragraph.\n\nSecond paragraph here."
    rules = {e.rule for e in c.edits}
    assert rules == {"paragraph", "whitespace"}


def test_page_break_joins_or_splits() -> None:
    text = BODY + "and so the sentence\n" + PAGE_SEPARATOR + "continues here.\n"
    assert "the sentence continues here." in clean(text).text
    text = BODY + "That is all.\n" + PAGE_SEPARATOR + "Another page.\n"
    assert "That is all.\n\nAnother page." in clean(text).text


def test_heuristic_paragraph_break_after_short_last_line() -> None:
    long = "word " * 14
    text = f"{long}\n{long}\n{long}end.\nShort end.\nNext paragraph starts {long}\n{long}\n"
    out = clean(text).text
    assert "Short end.\n\nNext paragraph" in out
    assert out.count("\n\n") == 1


def test_unicode() -> None:
    text = (
        "The ﬁrst ﬂag\u00a0and\u2009the ſtreet’s \u201cquote\u201d ca\u0301mara"
        " zero\u200bwidth co\u00adoperate ﬅ"
    )
    c = clean(text)
    out = _check_invariants(text, c)
    assert out == "The first flag and the ſtreet’s \u201cquote\u201d cámara zerowidth cooperate ſt"
    assert unicodedata.is_normalized("NFC", out)
    assert all(e.rule == "unicode" for e in c.edits)


def test_original_is_never_modified_and_spans_map_back() -> None:
    text = PAGE_SEPARATOR.join(
        [
            "iI1l| ~~ ;.:' ,,\n\nThe  ﬁrst   lead-\ning  role\nof the Party.\n\n- 2 -\n",
            "THE HEAD\nmore ca\u0301mara text.\n",
            "THE HEAD\nEnd.\n",
        ]
    )
    before = str(text)
    c = clean(text)
    assert text == before
    ct = c.apply()
    for m in re.finditer(r"\S+", ct.text):
        os_, oe = ct.to_original(m.start(), m.end())
        piece = unicodedata.normalize("NFKC", text[os_:oe])
        assert re.sub(r"[\s\-¬]+", "", piece) == re.sub(r"[\s\-]+", "", m.group())


def test_empty_and_blank_inputs() -> None:
    for text in ("", "   ", "\n\n\f\n", "\f"):
        c = clean(text)
        assert c.text == ""
        assert c.noise_lines == []


def test_randomised_inputs_keep_invariants() -> None:
    rng = random.Random(7)
    alphabet = ["word", "Word", "the", "-", "¬", " ", " ", "\n", "\n", "\f", "\t", "ﬁ", "~", "|",
                "l1I", "\u00a0", "\u200b", "e\u0301", ".", "3", "\r\n", "\u00ad"]  # fmt: skip
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        c = clean(text)
        _check_invariants(text, c)


def _pages(n: int) -> str:
    rng = random.Random(3)
    words = ["the", "of", "and", "workers", "party", "struggle", "comrades", "revolution"]
    pages: list[str] = []
    for i in range(n):
        lines = ["THE RED FLAG", ""]
        while sum(map(len, lines)) < 1900:
            line = " ".join(rng.choice(words) for _ in range(10))
            lines.append(line + (" lead-" if rng.random() < 0.2 else "."))
        pages.append("\n".join([*lines, "", f"- {i + 1} -", ""]))
    return PAGE_SEPARATOR.join(pages)


def test_speed() -> None:
    text = _pages(200)
    clean(text[:5000])
    t = time.perf_counter()
    clean(text)
    rate = len(text) / (time.perf_counter() - t)
    # a guard against a pathological slowdown, not the benchmark (the target, 2 MB/s, is
    # measured by make bench): a loaded 2-core machine read 0.93 MB/s here
    assert rate > 300_000


def test_stray_marks_around_single_letters_are_noise() -> None:
    text = (
        ".*i ^*,C;N\n\nBulletin of the Tenants' Association, No. 37\n\n"
        "Y a la huelga, compañeros.\n"
    )
    result = clean(text, "en")
    assert [n.text for n in result.noise_lines] == [".*i ^*,C;N"]
    assert result.text.startswith("Bulletin of the Tenants")
    assert "Y a la huelga, compañeros." in result.text


def test_what_a_smudged_masthead_leaves_above_the_text_goes() -> None:
    text = "E IR\n\nAR\n\nA\n\nCOMUNICADO A LA OPINIÓN PÚBLICA\n\n" + BODY
    c = clean(text, "es")
    _check_invariants(text, c)
    assert [n.text for n in c.noise_lines] == ["E IR", "AR", "A"]
    assert c.text.startswith("COMUNICADO")
    later = BODY + "\n\nA\n\n" + BODY  # below the text's first line it is not the masthead's
    assert clean(later).noise_lines == []


@pytest.mark.parametrize(
    "dateline",
    ["Leeds, 3 November 1936", "Lima, 5 de agosto de 1983", "Paris, le 10 mai 1968",
     "Düsseldorf, im April 1955"],
)
def test_a_dateline_on_its_own_line_is_not_joined_to_a_heading(dateline: str) -> None:
    text = "Minutes of the Quarterly General Meeting\n" + dateline + "\n\n" + BODY
    c = clean(text)
    _check_invariants(text, c)
    assert "Meeting\n\n" + dateline in c.text


@pytest.mark.parametrize(
    "salutation", ["Comrades,", "Dear Sir and Brother,", "Estimados camaradas:", "¡Compañeros!",
                   "Liebe Kollegen,"],
)
def test_a_salutation_on_its_own_line_is_not_joined_to_the_sender_s_line(salutation: str) -> None:
    text = ("from the Central Committee of the Communist Party of Peru\n" + salutation + "\n"
            + BODY)
    c = clean(text)
    _check_invariants(text, c)
    assert "Peru\n\n" + salutation + "\n\n" in c.text


def test_a_short_line_ending_in_a_comma_in_narrow_columns_runs_on() -> None:
    text = ("The meeting\nwas held in\nthe town hall\nand the mayor\nsaid that,\nHowever,\n"
            "it rained.\n")
    assert "said that, However, it rained." in clean(text).text


def test_a_letter_s_short_head_lines_stay_apart() -> None:
    """Many short head lines (sender, place and date, addressee, salutation) do not pass
    for the width of the text: each stands apart from the next."""
    body = ("The National Executive Committee has decided that the strike at the\n"
            "colliery shall be supported by all Areas, and we ask every branch to\n"
            "organise picketing and to collect money for the families of the men.\n")
    text = ("NATIONAL UNION OF MINEWORKERS\nYorkshire Area\nBarnsley, 14th March l984\n"
            "To all Branch Secretaries\nDear Comrades,\n" + body
            + "Yours fraternally,\nJ. Taylor\nArea Secretary\n")
    c = clean(text)
    _check_invariants(text, c)
    assert c.text.startswith("NATIONAL UNION OF MINEWORKERS\n\nYorkshire Area\n\nBarnsley, 14th "
                             "March l984\n\nTo all Branch Secretaries\n\nDear Comrades,\n\nThe ")


def test_lines_above_the_first_full_line_and_a_signature_below_the_last_stand_apart() -> None:
    text = ("ACTA DE LA ASAMBLEA GENERAL\ndel Sindicato de Obreros Textiles de Vitarte\n"
            "En Vitarte, a los doce días del mes de julio de mil novecientos sesenta y ocho,\n"
            "se reunió la asamblea general con asistencia de ciento veinte socios, y se\n"
            "acordó por unanimidad apoyar la huelga de los trabajadores de la fábrica.\n"
            "Siendo las nueve de la noche se levantó la sesión, y firmaron los presentes.\n"
            "El Secretario de Actas\n")
    c = clean(text)
    _check_invariants(text, c)
    assert "de Vitarte\n\nEn Vitarte, a los doce" in c.text
    assert "los presentes.\n\nEl Secretario de Actas" in c.text
    assert "ocho, se reunió" in c.text  # the body's lines still run on


def test_a_blank_line_the_ocr_set_inside_a_sentence_is_no_paragraph_break() -> None:
    text = ("Ante la política económica del gobierno de Belaúnde, que ha llevado al\n\n"
            "pais a la peor crisis de su historia, la CGTP convoca a todos los\n\n"
            "trabajadores a la huelga general. Exigimos la libertad de los dirigen-\n\n"
            "tes detenidos.\n\nLa lucha continúa en todo el país y en todas las fábricas.\n")
    c = clean(text, "es")
    _check_invariants(text, c)
    assert "llevado al pais a la peor" in c.text
    assert "de los dirigentes detenidos.\n\nLa lucha" in c.text
    # a full line ending in "the" goes on, whatever the next line's first letter
    text = ("Correspondence. A letter was read from the General Secretary of the Amalgamated\n"
            "Association respecting the proposed reduction in wages. It was resolved that the\n\n"
            "Secretary write to Mr. Thomas of the Employers' Federation asking for a meeting.\n\n"
            "Strike pay. Moved by Bro. Greenwood, seconded by Bro. Crossley, that strike pay.\n")
    c = clean(text, "en")
    _check_invariants(text, c)
    assert "resolved that the Secretary write" in c.text
    assert "for a meeting.\n\nStrike pay" in c.text
    # and across no blank line, though the next line reads like a salutation
    text = ("En Santiago de Chile, a 14 de septiembre de 1976, ante el abogado que suscribe, "
            "comparece\nMaría Elena Fuentes Rojas, dueña de casa, domiciliada en calle Los "
            "Aromos, comuna de La\nFlorida, quien expone:\n\n"
            "Que el día 2 de agosto llegaron a su domicilio cinco individuos de civil.\n")
    c = clean(text, "es")
    _check_invariants(text, c)
    assert "comuna de La Florida, quien expone:" in c.text
    # a heading's short line and its lower-case second part stay apart
    text = "MOTION\nSUR LA GUERRE\n\nadoptée par l'assemblée générale\n\n" + BODY
    assert "GUERRE\n\nadoptée" in clean(text, "fr").text


def test_a_field_of_minutes_opens_a_paragraph() -> None:
    """``Entschuldigt: Kollege Nowak`` under ``Anwesend: …``: two fields, not one line."""
    text = ("Niederschrift über die Sitzung des Betriebsrates am 12. Januar 1962\n\n"
            "Anwesend: Kollegen Schulte (Vorsitzender), Krämer, Wojciechowski, Kollegin Baumann\n"
            "Entschuldigt: Kollege Nowak\n\n" + BODY)
    c = clean(text, "de")
    _check_invariants(text, c)
    assert "Kollegin Baumann\n\nEntschuldigt: Kollege Nowak" in c.text


def test_a_table_s_rows_with_dot_leaders_stand_apart() -> None:
    """A list of contributions keeps one row a paragraph, not one run-on line."""
    text = ("MINERS' RELIEF FUND\n\nContributions received, week ending 12th January, 1985.\n\n"
            "Bro. J. Walker, Kiveton Park ............ £5.00\n"
            "Mrs. E. Hardy, Maltby .................. £2.50\n"
            "Dinnington Labour Club ................. £25.00\n\n"
            "Total ................................. £32.50\n")
    c = clean(text, "en")
    _check_invariants(text, c)
    assert "£5.00\n\nMrs. E. Hardy" in c.text and "£2.50\n\nDinnington" in c.text


def test_a_letter_spaced_word_is_one_word_again() -> None:
    """German *Sperrsatz* and spaced capitals (``N i e d e r s c h r i f t``, ``G R È V E``)
    are joined, each gap an edit of its own that can be undone; initials and runs of
    fewer than four single letters stay as they are."""
    text = ("N i e d e r s c h r i f t über die Sitzung des Betriebsrates\n\n"
            "BULLETIN DE G R È V E N° 14. Es sprachen J. F. K. Müller und a y o.\n")
    c = clean(text, "de")
    out = _check_invariants(text, c)
    assert out.startswith("Niederschrift über die Sitzung") and "GRÈVE N° 14" in out
    assert "J. F. K. Müller" in out and "a y o." in out
    gaps = [e for e in c.edits if e.rule == "letter-spacing"]
    assert len(gaps) == 12 + 4 and all(e.replacement == "" and e.confidence == 0.9 for e in gaps)
    assert all(text[e.start:e.end] == " " for e in gaps)


def test_two_columns_on_one_line_are_one_space_apart_and_two_lines_to_readers() -> None:
    """Five spaces or more inside a line part two columns (a letterhead's left and right,
    two signatures side by side): the clean text has one space there, like any run of
    spaces, but the edit says ``column``, so the readers of lines read two lines."""
    from palimpsest.derive import capital_lines_apart
    from palimpsest.enrich.roles_lines import column_breaks, line_breaks

    text = "Circular No. 14.          Trades Hall, Sydney.\n\nErich Wolters      Fritz Henke\n"
    c = clean(text, "en")
    out = _check_invariants(text, c)
    assert out == "Circular No. 14. Trades Hall, Sydney.\n\nErich Wolters Fritz Henke"
    gaps = [e for e in c.edits if e.rule == "column"]
    assert len(gaps) == 2 and all(e.replacement == " " and e.confidence == 0.9 for e in gaps)
    ct = c.apply()
    cols = column_breaks(ct)
    assert cols == [out.index(" Trades"), out.index(" Fritz")]
    assert set(cols) <= set(line_breaks(ct))
    assert capital_lines_apart(ct).endswith("Erich Wolters\nFritz Henke")
    assert not [e for e in clean("Two  spaces    stay one.", "en").edits if e.rule == "column"]
