"""Names the blind sets 45-50 missed (``fixtures/entities/samples_holdout45.json`` to
``50``, thirty-first session, each scored before these rules): German bodies with their
seat after ``zu``, numbered regiments, societies with their towns, titles ending in a
degree; French styles with an office, bodies going on in lower case to their place,
capital headings led by a body's word; papers a notice is printed in. Each rule was kept
because no other set fell, or fell by a documented trade (docs/entities.md,
"Thirty-second session")."""

from __future__ import annotations

from palimpsest.enrich.entities import recognise


def found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(a.value["text"], a.value["type"]) for a in recognise(text, lang)}


def test_a_german_body_takes_its_seat_after_zu() -> None:
    got = found("Die Handelskammer zu Schweidnitz und die Königliche Berginspektion zu "
                "Königshütte haben beschlossen.", "de")
    assert {("Handelskammer zu Schweidnitz", "ORG"),
            ("Königliche Berginspektion zu Königshütte", "ORG")} <= got


def test_a_branch_before_zu_still_gives_its_town() -> None:
    assert ("Bezirksverein zu Bochum", "ORG") not in found(
        "Der Bezirksverein zu Bochum lädt ein.", "de")


def test_a_regiment_by_its_arm_and_number_is_an_organisation() -> None:
    got = found("Es spielt die Kapelle des Pionier-Bataillons Nr. 2 und die des 2. "
                "Jäger-Bataillons aus Aschaffenburg.", "de")
    assert {("Pionier-Bataillons Nr. 2", "ORG"), ("2. Jäger-Bataillons", "ORG")} <= got
    assert not any(t.endswith("Regimentes") for t, _ in found(
        "Ein Musik-Corps des 25. Regimentes spielt.", "de"))  # no arm: HIPE-2020 marks none


def test_a_society_with_its_town_is_the_society() -> None:
    got = found("Es singen die Mitglieder des Liederkranzes Bregenz und des "
                "Männergesangvereins Feldkirch.", "de")
    assert {("Liederkranzes Bregenz", "ORG"), ("Männergesangvereins Feldkirch", "ORG")} <= got


def test_titles_ending_in_a_degree_join_the_name() -> None:
    assert ("Herrn Landeshauptmann Dr. Josef Schlegel", "PER") in found(
        "Die Begrüßung erfolgte durch Herrn Landeshauptmann Dr. Josef Schlegel im Saal.", "de")


def test_a_french_style_with_an_office_is_in_the_person() -> None:
    got = found("Présents : M. le chanoine Vigier, M. le chef de bataillon Eugène Rivollet, "
                "M. le médecin-major Auguste Fontanel et Mme veuve Gustave Manès.", "fr")
    assert {("M. le chanoine Vigier", "PER"),
            ("M. le chef de bataillon Eugène Rivollet", "PER"),
            ("M. le médecin-major Auguste Fontanel", "PER"),
            ("Mme veuve Gustave Manès", "PER")} <= got


def test_an_office_before_a_verb_or_a_place_takes_no_name() -> None:
    got = found("M. le maire de Lyon est absent. M. le maire remercie Jean Dupont.", "fr")
    assert not any(t.startswith("M. le maire") for t, _ in got)


def test_a_french_body_goes_on_in_lower_case_to_its_place() -> None:
    got = found("Les contrevenants seront poursuivis devant le Tribunal de simple police de "
                "Binche ; la Caisse régionale de Crédit agricole mutuel de Colmar prête.", "fr")
    assert {("Tribunal de simple police de Binche", "ORG"),
            ("Caisse régionale de Crédit agricole mutuel de Colmar", "ORG")} <= got


def test_a_capital_heading_led_by_a_body_word_is_the_body() -> None:
    assert ("CUERPO DE BOMBEROS DE GUAYAQUIL", "ORG") in found(
        "CUERPO DE BOMBEROS DE GUAYAQUIL\n\nORDEN GENERAL N.º 14\n\nSe dispone lo siguiente.",
        "es")


def test_the_papers_a_notice_is_printed_in_are_organisations() -> None:
    got = found("Publíquese en El Grito del Pueblo y en El Telégrafo. Esta lista se publica "
                "también en El Mercurio.", "es")
    assert {("El Grito del Pueblo", "ORG"), ("El Telégrafo", "ORG"),
            ("El Mercurio", "ORG")} <= got
    assert ("Le Courrier de Tlemcen", "ORG") in found(
        "La présente circulaire sera insérée dans Le Courrier de Tlemcen.", "fr")
