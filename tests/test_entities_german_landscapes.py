"""German places the held-out sets taught in the thirtieth session: unknown villages in a
list that ``aus``, ``in`` or ``nach`` opens, and landscapes named by their last element,
in the genitive too (docs/entities.md, "Thirtieth session")."""

from __future__ import annotations

from palimpsest.enrich.entities import recognise


def found(text: str) -> set[tuple[str, str]]:
    return {(a.value["text"], a.value["type"]) for a in recognise(text, "de")}


def test_unknown_villages_in_a_list_after_aus_are_places() -> None:
    got = found("Es kamen Landwirte aus Wannbach, Hetzelsdorf und Unterzaunsbach, wo der "
                "Verein eine Annahmestelle hat.")
    assert {("Hetzelsdorf", "LOC"), ("Unterzaunsbach", "LOC")} <= got


def test_a_list_of_common_nouns_names_no_place() -> None:
    got = found("Der Verein bezieht vor allem aus Maschinen, Düngemitteln und Futter seinen "
                "Umsatz.")
    assert not any(t == "LOC" for _, t in got), got


def test_landscapes_by_their_last_element_are_places() -> None:
    got = found("Der Kurs für die Hebammen des Flachgaus und des Tennengaus beginnt am 2. Mai; "
                "die Turner des Riesengebirges und des Turngaues kommen mit.")
    assert {("Flachgaus", "LOC"), ("Tennengaus", "LOC"), ("Riesengebirges", "LOC")} <= got
    assert ("Turngaues", "LOC") not in got
