"""Seats, papers, family letters and what OCR does to heads: the twelfth session's
held-out documents, as typed and as scanned."""

from __future__ import annotations

from pathlib import Path

from .conftest import roles_values as _values

FIXTURES = Path(__file__).parent / "fixtures" / "roles"


def test_a_place_and_its_town_under_a_masthead_are_its_seat() -> None:
    v = _values("CONSEJO NACIONAL DE HUELGA\nCiudad Universitaria, México\n\nAL PUEBLO DE "
                "MEXICO\n\nDesde el 26 de julio el gobierno ha respondido con granaderos a "
                "las demandas de los estudiantes.\n", "es")
    assert "title" not in v and v["issuer"] == "CONSEJO NACIONAL DE HUELGA"
    assert v["addressee"] == "AL PUEBLO DE MEXICO"


def test_a_town_with_its_postcode_is_an_address() -> None:
    v = _values("UNITED FARM WORKERS OF AMERICA, AFL-CIO\nLa Paz, Keene, California 93531\n\n"
                "March 3, 1975\n\nDear Friend,\n\nFor ten years the farm workers have "
                "struggled for the right to choose their own union.\n\nDolores Huerta\n", "en")
    assert "title" not in v
    assert v["addressee"] == "Dear Friend,"
    assert v["issuer"] in ("UNITED FARM WORKERS OF AMERICA, AFL-CIO", "Dolores Huerta")


def test_a_familys_letter_is_signed_by_a_first_name() -> None:
    v = _values("Penal de Punta Carretas, 12 de octubre de 1972\n\nQuerida madre:\n\nTe escribo "
                "desde el penal, donde estoy desde agosto. No te preocupes por mí.\n\nTu hijo,\n"
                "Jorge\n", "es")
    assert v["genre"] == "letter" and v["issuer"] == "Jorge"
    assert v["addressee"] == "Querida madre:"


def test_a_papers_name_and_date_head_its_article() -> None:
    v = _values("THE DAILY HERALD, TUESDAY, MAY 4, 1926.\n\nGENERAL STRIKE BEGINS\n\nMILLIONS "
                "OUT IN SUPPORT OF THE MINERS\n\nFrom our Industrial Correspondent\n\nAt "
                "midnight the General Council called out the railwaymen and the printers.\n",
                "en")
    assert v["title"] == "GENERAL STRIKE BEGINS" and v["genre"] == "article"
    assert v["issuer"] == "DAILY HERALD"


def test_an_information_service_names_its_body() -> None:
    v = _values("Informationsdienst der Aktion Sühnezeichen\nJebensstraße 1, 1000 Berlin 12\n"
                "\nNr. 4/1979\n\nFreiwillige in Auschwitz und Majdanek\n\nIm Sommer werden "
                "wieder zwanzig junge Freiwillige in der Gedenkstätte arbeiten.\n", "de")
    assert v["issuer"] == "Aktion Sühnezeichen"
    assert v["title"] == "Freiwillige in Auschwitz und Majdanek"


def test_a_vocative_whose_comma_the_ocr_lost_still_greets() -> None:
    v = _values("SYNDICAT DES MÉTAUX DE LA RÉGION PARISIENNE\n\nAUX TRAVAILLEURS DE RENAULT\n"
                "Camarades\n\nDepuis le 28 mai, les usines de Billancourt sont occupées. Chez "
                "Citroën à Javel, les ouvriers ont suivi votre exemple.\n", "fr")
    assert "title" not in v and v["addressee"] == "AUX TRAVAILLEURS DE RENAULT"


def test_an_address_wrapped_after_an_ampersand_goes_on() -> None:
    text = (FIXTURES / "holdout8" / "de-q1.txt").read_text(encoding="utf-8")
    v = _values(text.replace("Werner & Pfleiderer!", "Werner &\nPfleiderer!"), "de")
    assert "title" not in v
    assert v["addressee"] == ("An die Vertrauensleute der Betriebe Bosch, Daimler und Werner "
                              "& Pfleiderer")
