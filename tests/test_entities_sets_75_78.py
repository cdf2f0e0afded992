"""Names the blind sets 75-78 missed (``fixtures/entities/samples_holdout75.json`` to
``78``, thirty-second session, each scored before these rules): a name the model read as
a person in a list of places. Kept because no set fell and HIPE-2020 French rose
(docs/entities.md, "Thirty-second session")."""

from __future__ import annotations

from palimpsest.enrich.entities import recognise


def found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(a.value["text"], a.value["type"]) for a in recognise(text, lang)}


def test_a_person_in_a_list_of_places_is_a_place() -> None:
    got = found("Los socios de Bilbao, Ocharcoaga, Durango y Guernica pueden entregar sus "
                "cuotas.", "es")
    assert ("Ocharcoaga", "LOC") in got
