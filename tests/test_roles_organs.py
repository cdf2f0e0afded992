"""Roles the thirty-first session's blind holdouts (44-49) taught: a body's organ that
signs where no body heads the page signs as the text names it, with its article (``Der
Vorstand``), not as the bare word (docs/roles.md)."""

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
