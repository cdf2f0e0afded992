"""Printed dates: datelines in four languages, OCR damage, mentioned dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from palimpsest.enrich.dates import METHOD, document_date, find_dates, month_number
from palimpsest.sample.texts import SAMPLE_TEXTS, SampleText


@pytest.mark.parametrize("sample", SAMPLE_TEXTS, ids=lambda s: s.id)
def test_samples_document_date(sample: SampleText) -> None:
    ann = document_date(sample.text, sample.language)
    if sample.date is None:
        assert ann is None
        return
    assert ann is not None
    assert ann.value["value"] == sample.date
    assert ann.value["earliest"] == ann.value["latest"] == ann.value["best"] == int(sample.date[:4])
    assert ann.value["printed"] is True
    assert ann.method == METHOD
    assert sample.dateline is not None
    assert sample.text[ann.start:ann.end] in sample.dateline
    assert ann.evidence[0].text == sample.text[ann.start:ann.end]


@pytest.mark.parametrize("sample", SAMPLE_TEXTS, ids=lambda s: s.id)
def test_samples_mentioned_years_never_document(sample: SampleText) -> None:
    found = find_dates(sample.text, sample.language)
    for year in sample.years_mentioned:
        hits = [d for d in found if d.year == year]
        assert hits, f"{year} not found"
        assert all(d.role == "mentioned" for d in hits)
    assert all(d.role == "mentioned" or sample.date for d in found)


DATELINES = [
    ("Lima, 5 de agosto de 1983\n\nCompañeros:", "es", "1983-08-05"),
    ("Paris, le 10 mai 1968\n\nChers camarades,", "fr", "1968-05-10"),
    ("Düsseldorf, im April 1955\n\nLiebe Kollegen,", "de", "1955-04"),
    ("14 March 1921\n\nTo the members", "en", "1921-03-14"),
    ("Manchester, March 14th, 1921\nDear friends,", "en", "1921-03-14"),
    ("Berlin, den 3. Oktober 1990\nAn alle", "de", "1990-10-03"),
    ("Madrid, 1 de julio de 1936.\nA los obreros", "es", "1936-07-01"),
    ("Leipzig, 17.6.1953\nKollegen!", "de", "1953-06-17"),
    ("Long text of the appeal.\nFait à Lyon, le 1er décembre 1890", "fr", "1890-12-01"),
    ("Buenos Aires, septiembre de 1974\n", "es", "1974-09"),
]

DAMAGED = [
    ("Lima, 5 de agoslo de l983\n\nCompañeros:", "es", "1983-08-05"),
    ("Paris. le 10 rnai 1968\n\nChers camarades,", "fr", "1968-05-10"),
    ("Düsseldorf, im Apri1 19S5\n\nLiebe Kollegen,", "de", "1955-04"),
    ("l4 Marcb 1921\n\nTo the members", "en", "1921-03-14"),
    ("Lyon, le 3 déccmbre 1890\n", "fr", "1890-12-03"),
    # an ordinal's letters misread, "le" read "ie" (a heavily degraded scan)
    ("Leeds 6.\n12u1 June, 1947.\n\nThe Secretary,\n\nDear Sir,", "en", "1947-06-12"),
    ("Tous au meeting ce soir !\nBoulogne-Billancourt, ie 17 mai 1968\n\nLa section", "fr",
     "1968-05-17"),
    # "le" left as a smudge
    ("Tous à Besançon !\n\nBesançon, '\" 20 août 1973\n\nLe Comité de soutien", "fr",
     "1973-08-20"),
]

def test_a_closing_line_of_submission_or_adoption_dates_the_document() -> None:
    for text, iso in [
        ("LIST OF MEMBERS VICTIMISED\n\nThomas Jenkins, collier.\n\nSubmitted to the "
         "Executive Council, 15th December, 1926.\n\nA. J. Cook, Secretary.", "1926-12-15"),
        ("MOTION\n\nLe Congrès exige l'échelle mobile.\n\nAdoptée à l'unanimité par le "
         "Congrès, le 12 mai 1936.", "1936-05-12"),
    ]:
        ann = document_date(text, None)
        assert ann is not None and ann.value["value"] == iso


# A Spanish act, declaration or minutes opens with its own date, in a sentence.
ACT_OPENINGS = [
    ("DECLARACION JURADA\n\nEn Santiago de Chile, a 14 de septiembre de 1976, ante el "
     "abogado que suscribe, comparece doña María Fuentes, quien expone:", "1976-09-14"),
    ("ACTA\n\nEn la ciudad de Lima, a 5 de agosto de 1983, se reunieron los\ndelegados "
     "de las bases.", "1983-08-05"),
]


@pytest.mark.parametrize(("text", "iso"), ACT_OPENINGS)
def test_an_acts_opening_dates_it(text: str, iso: str) -> None:
    ann = document_date(text, "es")
    assert ann is not None and ann.value["value"] == iso


def test_a_date_in_a_sentence_is_no_act_opening() -> None:
    text = "El diario dijo que en Lima, a 5 de agosto de 1983, hubo una huelga general."
    assert document_date(text, "es") is None


@pytest.mark.parametrize(("text", "lang", "iso"), DATELINES + DAMAGED)
def test_datelines(text: str, lang: str, iso: str) -> None:
    ann = document_date(text, lang)
    assert ann is not None, text
    assert ann.value["value"] == iso
    assert ann.value["best"] == int(iso[:4])


def test_damage_is_flagged_and_costs_confidence() -> None:
    clean = find_dates("Lima, 5 de agosto de 1983", "es")[0]
    damaged = find_dates("Lima, 5 de agoslo de l983", "es")[0]
    assert not clean.repaired and damaged.repaired
    assert damaged.confidence < clean.confidence


MENTIONS = [
    ("El sindicato fue fundado en 1912 y desde entonces lucha por sus derechos.", "es", 1912),
    ("Depuis la grève du 10 mai 1968, nous n'avons cessé de lutter pour nos droits.", "fr", 1968),
    ("Seit der Gründung unseres Vereins im Jahre 1949 kämpfen wir für gute Wohnungen.", "de", 1949),
    ("The flats were built in 1926 and have not been repaired since the war.", "en", 1926),
    ("On 3 May 1926 the General Council called out the printers and the dockers.", "en", 1926),
]


@pytest.mark.parametrize(("text", "lang", "year"), MENTIONS)
def test_mentioned_dates_are_not_the_document_date(text: str, lang: str, year: int) -> None:
    found = find_dates(text, lang)
    assert [d.year for d in found] == [year]
    assert found[0].role == "mentioned"
    assert document_date(text, lang) is None


def test_document_date_beside_mentions() -> None:
    text = ("Sindicato Textil\n\nLima, 5 de agosto de 1983\n\nDesde la huelga de 1981 y "
            "la ley de 1979 no hemos dejado de luchar.")
    ann = document_date(text, "es")
    assert ann is not None and ann.value["value"] == "1983-08-05"
    roles = {d.year: d.role for d in find_dates(text, "es")}
    assert roles == {1983: "document", 1981: "mentioned", 1979: "mentioned"}


def test_precision_and_values() -> None:
    found = find_dates("in the 1960s, in 1871, in May 1968 and on 14 July 1789", "en")
    assert [(d.value, d.precision) for d in found] == [
        ("196X", "decade"), ("1871", "year"), ("1968-05", "month"), ("1789-07-14", "day")]


def test_counts_are_weak_and_amounts_skipped() -> None:
    found = {d.text: d for d in find_dates("a fine of £1850 and 1500 francs, in 1850", "fr")}
    assert "£1850" not in found and "1850" in found
    weak = find_dates("we sent 1500 francs to them", "fr")
    assert weak and weak[0].confidence < 0.5


def test_month_names() -> None:
    assert month_number("agosto") == (8, False)
    assert month_number("Décembre") == (12, False)
    assert month_number("März") == (3, False)
    assert month_number("rnai") == (5, True)
    assert month_number("Septembcr") == (9, True)
    assert month_number("mayor") is None
    assert month_number("table") is None


ROLE_FIXTURES = Path(__file__).parent / "fixtures" / "roles"
FIXTURE_DATES = {  # checked by hand against each file's heading, dateline or signature
    "de-01.txt": "1966-10-14", "de-09.txt": None,
    "en-03.txt": "1952-02-08", "en-05.txt": "1915-05-04", "en-09.txt": "1947-12-31",
    "es-03.txt": "1973-09-10", "es-05.txt": "1991-03-14", "es-07.txt": "1958-10",
    "es-09.txt": None, "fr-05.txt": "1955-06-06", "fr-10.txt": "1936-02-02",
    "holdout3/en-m1.txt": "1962-06-22", "holdout3/es-m3.txt": "1934-10-01",
    "holdout4/es-n1.txt": "1936-01-15", "holdout4/de-n2.txt": "1971-10-12",
}


@pytest.mark.parametrize(("name", "iso"), FIXTURE_DATES.items())
def test_role_fixtures(name: str, iso: str | None) -> None:
    path = ROLE_FIXTURES / name
    if not path.exists():
        pytest.skip(f"fixture {name} is gone")
    ann = document_date(path.read_text(encoding="utf-8"), name.split("/")[-1][:2])
    assert (ann.value["value"] if ann else None) == iso


def test_line_breaks_restore_the_dateline() -> None:
    joined = "Sindicato Textil Lima, 5 de agosto de 1983 Compañeros: desde 1981 luchamos."
    assert document_date(joined, "es") is None
    breaks = [joined.index(" Lima"), joined.index(" Compañeros")]
    ann = document_date(joined, "es", line_breaks=breaks)
    assert ann is not None and ann.value["value"] == "1983-08-05"
    assert joined[ann.start:ann.end] == "5 de agosto de 1983"


def test_a_heading_s_date_followed_by_where_the_meeting_was_held() -> None:
    text = ("Protokoll der Mitgliederversammlung\ndes Ortsvereins Essen-Borbeck der SPD\n"
            "am 3. Oktober 1959 im Saalbau\nAnwesend: 42 Genossinnen und Genossen.\n"
            "Der Vorsitzende berichtete.\nDie Versammlung beschloss eine Resolution.\n")
    d = document_date(text, "de")
    assert d is not None and d.value["value"] == "1959-10-03"
    # a sentence, and a line that continues the one above, are no heading
    for text in ("Der Streik begann am 5. Oktober 1959 in Essen.\nx\ny\nz\n",
                 "Eine Ehe geschlossen am 12. November\n1921 in Mosman, und\nx\ny\nz\n",
                 "ihre Heirat am-\n12. November 1921 in Mosman\nx\ny\nz\n"):
        assert document_date(text, "de") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [("En Vitarte, a los doce días del mes de julio de mil novecientos sesenta y ocho, se "
      "reunió la asamblea general.", "es"),
     ("Fait à Lyon, le douze juillet mil neuf cent soixante-huit.", "fr"),
     ("Geschehen zu Bonn am zwölften Juli neunzehnhundertachtundsechzig.", "de"),
     ("Signed this twelfth day of July, nineteen hundred and sixty-eight.", "en")],
)
def test_a_date_written_in_words_opening_a_record_is_its_date(text: str, lang: str) -> None:
    d = document_date(text + "\nx\ny\nz\n", lang)
    assert d is not None and d.value["value"] == "1968-07-12"


def test_numbers_in_words_are_dates_only_with_a_month_or_a_year_word() -> None:
    text = ("Dos mil trabajadores marcharon con mil quinientos estudiantes. Fue fundado en el "
            "año mil novecientos treinta, y en quatre-vingt-dix-neuf.")
    got = [(d.value, d.role) for d in find_dates(text, "es")]
    assert got == [("1930", "mentioned")]
    text = "l'an mil sept cent quatre-vingt-dix-neuf; nineteen sixty-eight in the year"
    assert [d.value for d in find_dates(text, "fr")] == ["1799"]


def test_a_number_of_things_is_a_weak_year_a_year_before_a_noun_is_not() -> None:
    """``annähernd 2000 Fr.``, ``some 1500 men``: counts, more likely than years; but
    ``the 1981 budget`` names a year."""
    def conf(text: str, lang: str) -> float:
        (d,) = find_dates(text, lang)
        return d.confidence

    assert conf("Sie überwies den Betrag, annähernd 2000\nFr., der Sammlung.", "de") < 0.4
    assert conf("Some 1500 men marched to the square.", "en") < 0.4
    assert conf("Ils ont payé 1850 francs.", "fr") < 0.4
    assert conf("The 1981 budget cut the grants.", "en") >= 0.7
