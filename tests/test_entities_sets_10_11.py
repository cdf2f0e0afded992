"""Names the tenth and eleventh held-out sets taught (``fixtures/entities/
samples_holdout10.json``, ``samples_holdout11.json``, twenty-fifth session): German names
in lists, functions, ways, churches and bodies named by an adjective or a compound; an
office of a body in English; places a heading, a building's word or a preposition shows;
corners; Spanish and French institutions, firms and leagues. Each rule was kept because no
other set fell, or fell by a documented trade (docs/entities.md)."""

from __future__ import annotations

from palimpsest.enrich.entities import recognise
from palimpsest.enrich.entities.rules import body_head_label
from palimpsest.enrich.entities.tokens import Tokens


def found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(a.value["text"], a.value["type"]) for a in recognise(text, lang)}


def test_german_people_in_a_list_a_title_with_its_dot_before_one() -> None:
    got = found("Es sprechen Rudi Dutschke und Prof. Helmut Gollwitzer in Berlin.", "de")
    assert {("Rudi Dutschke", "PER"), ("Prof. Helmut Gollwitzer", "PER")} <= got
    # a particle is no list: one person
    got = found("Es sprach Carl Friedrich von Weizsäcker in Hamburg.", "de")
    assert ("Carl Friedrich von Weizsäcker", "PER") in got


def test_an_honorific_before_a_function_is_no_person_a_name_after_both_is() -> None:
    got = found("An den Herrn Oberkreisdirektor\ndes Landkreises Göttingen\n\n"
                "Sehr geehrter Herr Oberkreisdirektor!\n\nAm 10. März sind sie eingetroffen.",
                "de")
    assert not any(t == "PER" for _, t in got)
    got = found("Die Festrede hält Herr Stadtpfarrer Christian Römer.", "de")
    assert ("Herr Stadtpfarrer Christian Römer", "PER") in got


def test_a_german_way_named_by_an_adjective_is_a_place_a_noun_before_one_is_not() -> None:
    got = found("Der Zug ging vom Potsdamer Platz zum Oranienburger Tor; in der Krummen "
                "Straße und an der Groner Landstraße standen Posten.", "de")
    assert {("Potsdamer Platz", "LOC"), ("Oranienburger Tor", "LOC"),
            ("Krummen Straße", "LOC"), ("Groner Landstraße", "LOC")} <= got
    assert not found("Die Stadt wurde in energischer Weise Straße um Straße gesäubert.", "de")


def test_german_bodies_named_by_adjectives_a_group_and_its_place_an_acronym_after_des() -> (
        None):
    got = found("Das Deutsche Rote Kreuz, die Landsmannschaft Schlesien und Pastor Grüber vom "
                "Evangelischen Hilfswerk helfen; die Kasernierte Volkspolizei sperrt ab. Wir "
                "schreiben an den Bundesvorstand des FDGB.", "de")
    assert {("Deutsche Rote Kreuz", "ORG"), ("Landsmannschaft Schlesien", "ORG"),
            ("Evangelischen Hilfswerk", "ORG"), ("Kasernierte Volkspolizei", "ORG"),
            ("FDGB", "ORG")} <= got


def test_an_office_of_a_body_in_english_is_the_body_a_peer_s_title_is_a_person() -> None:
    got = found("Dr. Martin Luther King, Jr., President of the Southern Christian Leadership "
                "Conference, will speak. Also John Lewis, Chairman of S.N.C.C.", "en")
    assert {("Southern Christian Leadership Conference", "ORG"), ("S.N.C.C.", "ORG")} <= got
    assert not any(text.startswith(("President", "Chairman")) for text, _ in got)


def test_places_a_line_a_bridge_an_inn_or_a_preposition_shows() -> None:
    got = found("DALLAS COUNTY VOTERS LEAGUE\nSelma, Alabama\n\nMASS MEETING TONIGHT", "en")
    assert ("Selma", "LOC") in got
    got = found("WOMEN'S SOCIAL AND POLITICAL UNION\nClement's Inn, Strand, London, W.C.\n\n"
                "Troopers beat our people on the Edmund Pettus Bridge.", "en")
    assert {("Clement's Inn", "LOC"), ("Edmund Pettus Bridge", "LOC")} <= got
    assert ("Versailles", "LOC") in found("Le gouvernement s'est enfui à Versailles.", "fr")


def test_a_signature_in_capitals_with_a_given_name_is_a_person() -> None:
    got = found("We ask every branch to send resolutions.\n\nYours sincerely,\nMABEL TUKE,\n"
                "Hon. Secretary.", "en")
    assert ("MABEL TUKE", "PER") in got


def test_the_two_names_of_a_corner_are_streets() -> None:
    got = found("Asesinaron a cuatro obreros en la esquina de Alcorta y Pepirí.", "es")
    assert {("Alcorta", "LOC"), ("Pepirí", "LOC")} <= got
    got = found("They met at the corner of Portage and Main.", "en")
    assert {("Portage", "LOC"), ("Main", "LOC")} <= got


def test_spanish_firms_and_a_league_named_by_its_adjective() -> None:
    got = found("Los crumiros de los Talleres Vasena dispararon; los señoritos de la Liga "
                "Patriótica también. Que la casa Vasena acepte el pliego.", "es")
    assert {("Talleres Vasena", "ORG"), ("Liga Patriótica", "ORG"), ("Vasena", "ORG")} <= got
    # the adjective rule takes no sport's league (Liga Catalana); what the model makes of
    # one is its own reading (names@24: an unsure organisation)
    tk = Tokens.of("Ganó la Liga Catalana en 1996.")
    assert body_head_label(tk, 2, ("O", 0.0, 0.0)) == ("O", 0.0, 0.0)


def test_a_german_league_s_compound_with_its_complement_or_place_a_camp() -> None:
    """``Caritasverband``, ``Arbeitgeberverband Hamburg-Altona``, ``Zentralverbandes
    deutscher Konsumvereine``: a league named by its members or cause; not a unit of one
    (``Kreisverband``) nor an indefinite one (``eines Parteiverbandes``). ``Lager
    Friedland`` is a place, as a works named by its kind is."""
    got = found("Der Caritasverband und der Arbeitgeberverband Hamburg-Altona lehnen ab; der "
                "Vorstand des Zentralverbandes deutscher Konsumvereine tagt. Das Lager "
                "Friedland ist überfüllt.", "de")
    assert {("Caritasverband", "ORG"), ("Arbeitgeberverband Hamburg-Altona", "ORG"),
            ("Zentralverbandes deutscher Konsumvereine", "ORG"),
            ("Lager Friedland", "LOC")} <= got
    assert not found("Der Kreisverband tagt; sie bleiben außerhalb eines Parteiverbandes.",
                     "de")


def test_a_society_s_compound_and_its_purpose_a_valley_s_name() -> None:
    """``Preußenverein``, ``Volksvereins für das katholische Deutschland``: a society
    named by its members or cause, its purpose with it; not its kind before a name in
    quotes (``Männergesangverein „Liederkranz"``). ``Turtmanthal`` is a valley; a hospital
    (``Notspital``) is none."""
    got = found("Der Preußenverein tagte; der Vorstand des Volksvereins für das katholische "
                "Deutschland sprach. Wir wanderten durch das Turtmanthal zum Notspital.", "de")
    assert {("Preußenverein", "ORG"), ("Volksvereins für das katholische Deutschland", "ORG"),
            ("Turtmanthal", "LOC")} <= got
    assert ("Notspital", "LOC") not in got
    got = found('Der Männergesangverein „Liederkranz" Eßlingen lädt ein.', "de")
    assert ("Männergesangverein", "ORG") not in got


def test_german_state_bodies_saints_churches_hyphened_places_acronym_compounds() -> None:
    got = found("Nach den Friedensgebeten in der Nikolaikirche ziehen Tausende zum "
                "Karl-Marx-Platz. Die SED-Bezirksleitung hat Volkspolizei und "
                "Staatssicherheit zusammengezogen.", "de")
    assert {("Nikolaikirche", "LOC"), ("Karl-Marx-Platz", "LOC"), ("SED", "ORG"),
            ("Volkspolizei", "ORG"), ("Staatssicherheit", "ORG")} <= got
    assert ("Schweizerkirche", "LOC") not in found(
        "Die Synode der evangelischen Schweizerkirche tagte.", "de")


def test_two_titles_before_a_german_surname_are_the_person_s() -> None:
    got = found("Gouverneur Admiral Souchon hat die Forderungen der Matrosen anerkannt.", "de")
    assert ("Gouverneur Admiral Souchon", "PER") in got


def test_a_jail_or_a_theatre_is_a_place_an_institution_s_word_and_a_name_a_body() -> None:
    got = found("He was taken to Yeravda Central Jail. The meeting is at the Citizens "
                "Theatre.", "en")
    assert {("Yeravda Central Jail", "LOC"), ("Citizens Theatre", "LOC")} <= got
    got = found("MM. Duclaux, de l'Institut Pasteur, et Grimaux signent.", "fr")
    assert ("Institut Pasteur", "ORG") in got
    got = found("Los recursos presentados ante la Corte Suprema fueron rechazados; los "
                "vieron en Villa Grimaldi.", "es")
    assert {("Corte Suprema", "ORG"), ("Villa Grimaldi", "LOC")} <= got
    assert ("prison Montluc", "LOC") in found(
        "Ils ont été conduits à la prison Montluc, où on les torture.", "fr")


def test_a_german_university_or_choir_with_its_town_a_society_s_compound_an_acronym() -> None:
    """HIPE-2020 German's bodies: ``Universität Zürich``, ``Männerchor Außersihl`` (a group's
    word and its place), ``Pestalozzigesellschaft`` and ``die Zürcher Kunstgesellschaft``
    (a society's compound, a town's adjective before it; not ``die Gesellschaft``); capitals
    with stops after an article (``die L.V.Z.``, ``the N.U.M.``)."""
    got = found("Die Universität Zürich und der Männerchor Außersihl danken der "
                "Pestalozzigesellschaft und der Zürcher Kunstgesellschaft. Die L.V.Z. "
                "berichtet darüber; die Gesellschaft tagt.", "de")
    assert {("Universität Zürich", "ORG"), ("Männerchor Außersihl", "ORG"),
            ("Pestalozzigesellschaft", "ORG"), ("Zürcher Kunstgesellschaft", "ORG"),
            ("L.V.Z.", "ORG")} <= got
    assert ("Gesellschaft", "ORG") not in got
    assert ("N.U.M.", "ORG") in found("The N.U.M. met the Coal Board.", "en")


def test_a_german_title_an_honorific_s_plural_and_a_function_cut_from_its_name() -> None:
    """HIPE-2020 German's people: ``Hr. Landammann Jütz``, ``HH. Direktor Zangger``,
    ``Prinzessin Mathilde``; ``Hr. Konzertmeister`` / ``Carl Güther`` over a line's end
    is one person."""
    got = found("Hr. Landammann Jütz eröffnete die Sitzung; HH. Direktor Zangger und "
                "Prinzessin Mathilde waren da.", "de")
    assert {("Hr. Landammann Jütz", "PER"), ("HH. Direktor Zangger", "PER"),
            ("Prinzessin Mathilde", "PER")} <= got
    got = found("Als Solist wird sich Hr. Konzertmeister\nCarl Güther hören lassen.", "de")
    assert ("Hr. Konzertmeister\nCarl Güther", "PER") in got


def test_an_unknown_town_opening_a_dateline_a_dotted_postcode_a_works_firm() -> None:
    """Held-out set 12: ``Weisweil, den 20. Februar 1975`` (no gazetteer knows it; not
    ``Goles: 0-1``); ``London W.1`` ends at its postal district (not ``C.G.T.`` / ``33,
    rue``); ``la verrerie Baudoux`` is the firm; ``Escuela Normal``, ``Akademische Legion``
    and the old ``Kärntnerthor`` are named."""
    assert ("Weisweil", "LOC") in found("Kontaktadresse: Weisweil, Hauptstraße 12\n\n"
                                        "Weisweil, den 20. Februar 1975\n\nPressemitteilung",
                                        "de")
    assert ("London", "LOC") in found("89 Charlotte Street, London W.1\n\nSHARPEVILLE", "en")
    assert ("Baudoux", "ORG") in found("On télégraphie que la verrerie Baudoux a brûlé.", "fr")
    assert ("Escuela Normal", "ORG") in found("Los comités de la Escuela Normal mantienen la "
                                               "huelga.", "es")
    got = found("Die Akademische Legion besetzt das Kärntnerthor.", "de")
    assert {("Akademische Legion", "ORG"), ("Kärntnerthor", "LOC")} <= got


def test_a_name_after_a_lower_case_rank_is_a_person() -> None:
    """``le général Van der Smissen``, ``le lieutenant Barbie``: a French or Spanish rank
    in lower case says a person's name follows (the model read neither)."""
    got = found("Le général Van der Smissen a pris le commandement ; le lieutenant Barbie "
                "les fait torturer.", "fr")
    assert {("général Van der Smissen", "PER"), ("lieutenant Barbie", "PER")} <= got


def test_a_spanish_organ_named_by_its_kind_alone_is_no_name() -> None:
    """``el Consejo Federal``, ``el Comité de Huelga``: a generic word for the body the
    text speaks for, as the archive's samples count it (AnCora and CoNLL-2002 tag them:
    a documented trade); a named body stays (``Consejo Nacional de Huelga``)."""
    got = found("El Consejo Federal declara la huelga general. Por el Comité de Huelga: "
                "Ramón Colón. El Consejo Nacional de Huelga convoca.", "es")
    assert not any(text in ("Consejo Federal", "Comité de Huelga") for text, _ in got)
    assert ("Consejo Nacional de Huelga", "ORG") in got


def test_a_house_a_building_a_hof_a_rabbi_and_an_ordinal_dateline() -> None:
    """Held-out set 13: ``Metropolitan Opera House``, ``Asch Building``; a housing block
    named by a person (``Karl-Marx-Hof``); ``Rabbi Stephen S. Wise``; ``Skibbereen, 3rd of
    1st month, 1847`` opens a dateline."""
    got = found("A mass meeting will be held at the Metropolitan Opera House. Rabbi Stephen "
                "S. Wise will speak of the Asch Building.", "en")
    assert {("Metropolitan Opera House", "LOC"), ("Asch Building", "LOC"),
            ("Rabbi Stephen S. Wise", "PER")} <= got
    assert ("Skibbereen", "LOC") in found("Skibbereen, 3rd of 1st month, 1847.\n\nRespected "
                                          "Friend,", "en")
    assert ("Karl-Marx-Hof", "LOC") in found("An die Mieter im Karl-Marx-Hof.", "de")


def test_a_german_title_s_weak_genitive_goes_with_the_name() -> None:
    """``unter dem Vorsitz des Genossen Bebel``: the title in its genitive is the mention's
    as in its nominative (``Genosse Paul Singer``); a fellow's is not (``des Kollegen``)."""
    got = found("Die Kommission tagte unter dem Vorsitz des Genossen Bebel in Erfurt.", "de")
    assert ("Genossen Bebel", "PER") in got


def test_a_town_council_in_capitals_atop_the_page_is_one_body() -> None:
    """``AYUNTAMIENTO DE JEREZ DE LA FRONTERA``, ``MAGISTRAT DER STADT WIEN``: a council's
    word opens a masthead in capitals, which is one organisation."""
    got = found("AYUNTAMIENTO DE JEREZ DE LA FRONTERA\n\nBANDO\n\nDon Francisco Germá Alsina, "
                "Alcalde Presidente, hago saber que quedan prohibidas las reuniones.", "es")
    assert ("AYUNTAMIENTO DE JEREZ DE LA FRONTERA", "ORG") in got
    got = found("MAGISTRAT DER STADT WIEN\nMagistratsabteilung 24\n\nWien, am 14. März 1962\n\n"
                "Die Gemeinde wird die Fenster erneuern lassen.", "de")
    assert ("MAGISTRAT DER STADT WIEN", "ORG") in got


def test_a_paper_s_name_heading_the_page_over_its_subtitle_or_dated_line() -> None:
    """``LE PEUPLE`` / ``Organe quotidien de …``, ``Vorwärts`` / ``Berliner Volksblatt.
    Zentralorgan der …``, ``LE PETIT PARISIEN`` / ``PARIS, DIMANCHE 11 MARS 1906``: a
    paper's name atop the page; not a headline over running text (``NEWS FROM ITALY``)."""
    assert ("LE PEUPLE", "ORG") in found("LE PEUPLE\nOrgane quotidien de la démocratie "
                                         "socialiste\n\nBruxelles, samedi 27 mars 1886.", "fr")
    assert ("Vorwärts", "ORG") in found("Vorwärts\nBerliner Volksblatt. Zentralorgan der "
                                        "sozialdemokratischen Partei Deutschlands.\n\nErfurt, "
                                        "16. Oktober.", "de")
    assert ("LE PETIT PARISIEN", "ORG") in found("LE PETIT PARISIEN\n\nPARIS, DIMANCHE 11 "
                                                 "MARS 1906\n\nLA CATASTROPHE DE COURRIÈRES",
                                                 "fr")
    assert ("NEWS FROM ITALY", "ORG") not in found("NEWS FROM ITALY\nROME, Monday, May 3, "
                                                   "1790.\nThe Pope has left the city.", "en")
