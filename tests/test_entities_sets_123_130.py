"""Names the blind sets 123-130 missed (``fixtures/entities/samples_holdout123.json`` to
``130``, thirty-fourth session, each scored before these rules): Spanish callings before a
name, family firms named for their heirs, bodies named for a pair of trades and their town
(docs/entities.md, "Thirty-fourth session")."""

from __future__ import annotations

from palimpsest.enrich.entities import recognise


def found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(a.value["text"], a.value["type"]) for a in recognise(text, lang)}


def test_a_spanish_calling_before_the_name_is_in_the_mention() -> None:
    got = found("Presidió el señor alcalde don Eusebio Peñaranda; dio la clase el profesor "
                "don Aurelio Díaz Ordóñez, y firmaron el ingeniero agrónomo don Tomás "
                "Gutiérrez y el médico titular don Santiago Aznárez Pérez.", "es")
    assert {("señor alcalde don Eusebio Peñaranda", "PER"),
            ("profesor don Aurelio Díaz Ordóñez", "PER"),
            ("ingeniero agrónomo don Tomás Gutiérrez", "PER"),
            ("médico titular don Santiago Aznárez Pérez", "PER")} <= got


def test_a_military_rank_of_three_words_and_a_lady_s_style() -> None:
    got = found("Revistó las tropas el general de brigada don Juan Esteban Vacarezza, con "
                "la Excma. señora doña Mercedes Astray de Vallejo.", "es")
    assert ("general de brigada don Juan Esteban Vacarezza", "PER") in got
    assert ("Excma. señora doña Mercedes Astray de Vallejo", "PER") in got


def test_a_secretary_s_office_and_a_lone_second_word_stay_out() -> None:
    got = found("Actuó de secretario don Luis Gómez, y habló el mayor Gilberto Narváez.", "es")
    assert ("don Luis Gómez", "PER") in got
    assert ("Gilberto Narváez", "PER") in got


def test_a_firm_named_for_its_founder_s_heirs_is_one_organisation() -> None:
    got = found("En la fábrica de Hijos de Vicente Aliaga Roig despidieron a diez; la casa "
                "Sucesores de Hernando imprimió las memorias.", "es")
    assert {("Hijos de Vicente Aliaga Roig", "ORG"), ("Sucesores de Hernando", "ORG")} <= got


def test_a_body_named_for_a_pair_of_trades_goes_on_to_its_town() -> None:
    got = found("La Caja Rural de Ahorros y Préstamos de Ejea y la Asociación de Capitanes y "
                "Patrones de Bahía enviaron su adhesión.", "es")
    assert ("Caja Rural de Ahorros y Préstamos de Ejea", "ORG") in got
    assert ("Asociación de Capitanes y Patrones de Bahía", "ORG") in got


def test_a_noble_s_house_after_a_given_name_is_in_the_mention() -> None:
    got = found("Es sprachen Herr Oberstleutnant Rudolf von Pirkenau und Frau Baronin "
                "Ottilie von Aichelburg.", "de")
    assert {("Herr Oberstleutnant Rudolf von Pirkenau", "PER"),
            ("Frau Baronin Ottilie von Aichelburg", "PER")} <= got


def test_a_house_named_by_its_trade_and_owner_is_one_firm() -> None:
    got = found("Das Holz lieferte die Holzhandlung Wilhelm Hauck, die Orgel baute die "
                "Orgelbauanstalt Ernst Schmeißer.", "de")
    assert {("Holzhandlung Wilhelm Hauck", "ORG"),
            ("Orgelbauanstalt Ernst Schmeißer", "ORG")} <= got


def test_a_body_of_a_canton_and_numbered_units() -> None:
    got = found("Die Forstdirektion des Kantons Bern grüßt die 28. Division, das 3. Badischen "
                "Infanterie-Regiments Nr. 111, das Füsilierbataillon 75 und die Musik des "
                "k. u. k. Feldjägerbataillons Nr. 8.", "de")
    assert {("Forstdirektion des Kantons Bern", "ORG"), ("28. Division", "ORG"),
            ("3. Badischen Infanterie-Regiments Nr. 111", "ORG"),
            ("Füsilierbataillon 75", "ORG"),
            ("k. u. k. Feldjägerbataillons Nr. 8", "ORG")} <= got


def test_a_list_after_a_preposition_of_places_needs_one_place_read() -> None:
    got = found("Ermäßigte Fahrpreise gelten ab Riesa, Wurzen, Mügeln und Strehla.", "de")
    assert {("Wurzen", "LOC"), ("Mügeln", "LOC"), ("Strehla", "LOC")} <= got
    got = found("Unterricht ertheilt Dr. Clausen in Pflanzenbau, Thierzucht und "
                "Buchführung.", "de")
    assert ("Thierzucht", "LOC") not in got


def test_a_french_office_of_several_words_between_the_style_and_the_name() -> None:
    got = found("Signé : M. l'inspecteur des forêts Edmond Thiriet et M. le conseiller "
                "communal Alfred Porchat.", "fr")
    assert {("M. l'inspecteur des forêts Edmond Thiriet", "PER"),
            ("M. le conseiller communal Alfred Porchat", "PER")} <= got


def test_a_french_surname_s_particle_and_a_founder_before_his_sons() -> None:
    got = found("Le premier, Yves-Marie Le Goaziou, fils d'un fermier. Les graines venaient de "
                "la maison Le Borgne et fils. Pour Casimir Jaquet & fils : Louis Jaquet.", "fr")
    assert {("Yves-Marie Le Goaziou", "PER"), ("Le Borgne et fils", "ORG"),
            ("Casimir Jaquet & fils", "ORG")} <= got


def test_a_town_s_choirs_ranks_and_an_inn() -> None:
    got = found("Chantèrent la Cécilienne de Treyvaux et le Chœur mixte de Corpataux, devant "
                "le premier-lieutenant Louis Mercanton et le sergent Jean-Baptiste Ehrsam, à "
                "l'Auberge du Lion d'Or.", "fr")
    assert {("Cécilienne de Treyvaux", "ORG"), ("Chœur mixte de Corpataux", "ORG"),
            ("premier-lieutenant Louis Mercanton", "PER"),
            ("sergent Jean-Baptiste Ehrsam", "PER"), ("Auberge du Lion d'Or", "LOC")} <= got
