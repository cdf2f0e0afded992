"""Roles the thirty-first session's blind holdouts (44-49) taught: a body's organ that
signs where no body heads the page signs as the text names it, with its article (``Der
Vorstand``), not as the bare word; a document's kind with its qualifier heads it (``ANNUAL
APPEAL``, ``GRAN CONCIERTO``); the line under a programme names who made it (docs/roles.md)."""

from __future__ import annotations

from .conftest import roles_values as _values


def test_a_board_signing_with_no_body_over_it_keeps_its_article() -> None:
    v = _values(
        "Bekanntmachung.\n\nDie Mitglieder werden ersucht, die Beiträge bis zum 1. März an "
        "den Kassier abzuführen.\n\nStadtilm, den 2. Februar 1899.\n\nDer Vorstand:\n"
        "Karl Müller, Vorsitzender.\n",
        "de",
    )
    assert str(v["issuer"]).startswith("Der Vorstand")


def test_a_board_under_its_body_still_signs_for_the_body() -> None:
    v = _values(
        "BOARD OF SCHOOL TRUSTEES OF THE CITY OF NELSON.\n\nNOTICE.\n\nThe schools will "
        "reopen on Monday next.\n\nBy order of the Board,\nJOHN SMITH, Secretary.\n",
        "en",
    )
    assert str(v["issuer"]).startswith("BOARD OF SCHOOL TRUSTEES")


def test_a_kind_with_its_qualifier_under_a_letterhead_is_the_title() -> None:
    """``ANNUAL APPEAL``, ``FUNERAL NOTICE``, ``Kirchliche Bekanntmachung``, ``ORDEN
    GENERAL``, ``PARTE DEL ACCIDENTE``, ``GRAN CONCIERTO``: a document's kind, qualified,
    under the body that issues it (holdouts 44-49)."""
    v = _values("BALLARAT ORPHAN ASYLUM.\n\nANNUAL APPEAL FOR 1884.\n\nThe Committee "
                "earnestly appeal to the public for help.\n\nJOHN SMITH, Hon. Secretary.\n", "en")
    assert str(v["title"]).startswith("ANNUAL APPEAL")
    v = _values("CUERPO DE BOMBEROS DE GUAYAQUIL\n\nORDEN GENERAL N.º 14\n\nSe dispone que "
                "todas las compañías formen el domingo.\n\nEl Primer Jefe, Juan Pérez.\n", "es")
    assert str(v["title"]).startswith("ORDEN GENERAL")
    v = _values("BANDA MUNICIPAL DE SÓLLER\n\nGRAN CONCIERTO\n\nque se celebrará en la plaza "
                "el domingo a las nueve de la noche.\n", "es")
    assert v["title"] == "GRAN CONCIERTO" and v["genre"] == "leaflet"


def test_the_line_under_a_programme_names_who_made_it() -> None:
    v = _values("VILLE DE BINCHE\n\nPROGRAMME DES FÊTES\narrêté par le Comité des fêtes, "
                "d'accord avec l'Administration communale\n\nDIMANCHE GRAS\n\nA 10 heures. — "
                "Réception des sociétés.\n", "fr")
    assert v["title"] == "PROGRAMME DES FÊTES"
    assert v["issuer"] in ("Comité des fêtes", "VILLE DE BINCHE")
