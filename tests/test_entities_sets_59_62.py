"""Names the blind sets 59-62 missed (``fixtures/entities/samples_holdout59.json`` to
``62``, thirty-second session, each scored before these rules): French bodies going on in
lower case after a common noun of their name, German bodies with a land in the genitive,
a priest's style before an honorific and a calling, papers named before their verb or
after a longer phrase. Each rule was kept because no other set fell, or fell by a
documented trade (docs/entities.md, "Thirty-second session")."""

from __future__ import annotations

from palimpsest.enrich.entities import recognise


def found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(a.value["text"], a.value["type"]) for a in recognise(text, lang)}


def test_a_french_body_goes_on_in_lower_case_after_a_common_noun() -> None:
    got = found("La Caisse générale d'épargne et de retraite, la Fédération nationale des "
                "ports et docks a décidé ; la Ligue internationale des femmes pour la paix et "
                "la liberté, l'Association suisse pour la Société des Nations.", "fr")
    assert {("Caisse générale d'épargne et de retraite", "ORG"),
            ("Fédération nationale des ports et docks", "ORG"),
            ("Ligue internationale des femmes pour la paix et la liberté", "ORG"),
            ("Association suisse pour la Société des Nations", "ORG")} <= got
    got = found("Le Conseil central de Montréal appelle à une manifestation.", "fr")
    assert not any(t.endswith("appelle") for t, _ in got)  # after a name: the sentence


def test_a_german_body_with_a_land_in_the_genitive() -> None:
    got = found("Der Verband der Bergarbeiter Deutschlands und die Gewerkschaft der "
                "Eisenbahner des Saargebietes rufen auf.", "de")
    assert {("Verband der Bergarbeiter Deutschlands", "ORG"),
            ("Gewerkschaft der Eisenbahner des Saargebietes", "ORG")} <= got


def test_a_priests_style_honorific_and_calling_join_the_name() -> None:
    assert ("hochw. Herr Dechant Wilhelm Tenhagen", "PER") in found(
        "Die Predigt hält hochw. Herr Dechant Wilhelm Tenhagen in der Kirche.", "de")


def test_papers_before_their_verb_and_after_a_longer_phrase() -> None:
    got = found("El Pensamiento Navarro publicará el horario. Publicar el estado de cuentas "
                "en El Carbayón y en El Socialista.", "es")
    assert {("El Pensamiento Navarro", "ORG"), ("El Carbayón", "ORG"),
            ("El Socialista", "ORG")} <= got


def test_an_english_society_the_model_read_as_a_place() -> None:
    got = found("The Maitland City Band and the Cessnock Male Voice Choir will assist at the "
                "concert in the Town Hall.", "en")
    assert {("Maitland City Band", "ORG"), ("Cessnock Male Voice Choir", "ORG")} <= got
