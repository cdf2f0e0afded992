"""Names the blind sets 51-54 missed (``fixtures/entities/samples_holdout51.json`` to
``54``, thirty-second session, each scored before these rules): the GDR's people's works
and its state bodies, societies with a saint's town, papers named after any words of a
notice and with a French adjective, French bodies before ``de l'`` and bodies the model saw
only the place of, ministries, Spanish lower-case place heads. Each rule was kept because
no other set fell, or fell by a documented trade (docs/entities.md, "Thirty-second
session")."""

from __future__ import annotations

from palimpsest.enrich.entities import recognise


def found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(a.value["text"], a.value["type"]) for a in recognise(text, lang)}


def test_a_peoples_works_and_a_state_body_of_the_gdr() -> None:
    got = found("Die Kollegen des VEB Möbelkombinat Zeulenroda spendeten über die Staatsbank "
                "der DDR an das Solidaritätskomitee der DDR.", "de")
    assert {("VEB Möbelkombinat Zeulenroda", "ORG"), ("Staatsbank der DDR", "ORG"),
            ("Solidaritätskomitee der DDR", "ORG")} <= got


def test_a_society_with_a_saints_town() -> None:
    assert ("Gewerkschaftskartell St. Pölten", "ORG") in found(
        "Es spricht der Obmann des Gewerkschaftskartell St. Pölten zur Versammlung der "
        "Arbeiter von St. Pölten.", "de")  # the town a place elsewhere in the text


def test_papers_after_any_words_of_the_notice_and_with_an_adjective() -> None:
    got = found("Para conocimiento del público, se publicará el presente en El Fénix. "
                "Rechazamos la versión publicada por El Sur.", "es")
    assert {("El Fénix", "ORG"), ("El Sur", "ORG")} <= got
    got = found("Le présent avis paraîtra dans L'Abeille jurassienne et dans Le Moniteur de "
                "l'Algérie.", "fr")
    assert {("L'Abeille jurassienne", "ORG"), ("Le Moniteur de l'Algérie", "ORG")} <= got


def test_a_french_body_before_de_l_and_one_the_model_saw_only_the_place_of() -> None:
    got = found("Le Conseil central des syndicats nationaux de l'Ontario appuie la demande "
                "avec l'Université de Sherbrooke.", "fr")
    assert {("Conseil central des syndicats nationaux de l'Ontario", "ORG"),
            ("Université de Sherbrooke", "ORG")} <= got


def test_a_ministry_by_its_remit() -> None:
    got = found("Le Ministère de l'Industrie et du Travail a répondu ; le Ministère du "
                "Travail se tait.", "fr")
    assert {("Ministère de l'Industrie et du Travail", "ORG"),
            ("Ministère du Travail", "ORG")} <= got
    assert ("Ministerio de Instrucción Pública", "ORG") in found(
        "Recomiende al Ministerio de Instrucción Pública la creación de un curso.", "es")


def test_spanish_lower_case_heads_of_places() -> None:
    got = found("Los vecinos de la población Boca Sur se reunieron en el jirón Amalia Puga.",
                "es")
    assert {("población Boca Sur", "LOC"), ("jirón Amalia Puga", "LOC")} <= got


def test_a_german_town_goes_on_with_its_river_or_land() -> None:
    got = found("Das Krankenhaus in Krems a. d. Donau, der Markt in Kraiburg am Inn und der "
                "Rat in Freiberg i. Sa. tagen.", "de")
    assert {("Krems a. d. Donau", "LOC"), ("Kraiburg am Inn", "LOC"),
            ("Freiberg i. Sa.", "LOC")} <= got
    got = found("Die Rechnung der Kasse in Trogen am Schlusse des Jahres; der Gang zur "
                "Teufelsbrücke an der Sihl.", "de")
    assert not any(" am " in t or " an der " in t for t, _ in got)


def test_a_german_speaking_town_by_its_short_name_is_a_small_place() -> None:
    from palimpsest.enrich.entities.gazetteers import small_places
    from palimpsest.enrich.entities.places import short_forms

    assert short_forms("Lauffen am Neckar", "DE") == ["Lauffen"]
    assert short_forms("Bad Wimpfen", "DE") == ["Wimpfen"]
    assert short_forms("Neumarkt in Steiermark", "AT") == ["Neumarkt"]
    assert short_forms("Saint-Pierre-d'Albigny", "FR") == []
    assert {"lauffen", "wimpfen", "braunau"} <= small_places()


def test_german_coordinated_bodies_and_ministries() -> None:
    got = found("Die Hanseatische Lombard- und Wechselbank und die Handels- und Gewerbekammer "
                "Heilbronn haben mit Genehmigung des Bayerischen Staatsministeriums des Innern "
                "und des k. k. Ministeriums für Kultus und Unterricht beschlossen.", "de")
    assert {("Hanseatische Lombard- und Wechselbank", "ORG"),
            ("Handels- und Gewerbekammer Heilbronn", "ORG"),
            ("Bayerischen Staatsministeriums des Innern", "ORG"),
            ("k. k. Ministeriums für Kultus und Unterricht", "ORG")} <= got
    assert not any("Waisenkasse" in t for t, _ in found(
        "Spenden für die Witwen- und Waisenkasse nimmt der Schatzmeister entgegen.", "de"))
