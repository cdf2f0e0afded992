"""Roles the thirty-fourth held-out set taught (thirtieth session): certificates and
judgments titled by their kind under a letterhead, a vice-consulate's and a mining
deputation's letterheads as issuers, a lottery's notice, and a committee signed by its
word alone named as the text names it, lower-case complement and all (docs/roles.md)."""

from __future__ import annotations

from .conftest import roles_values as _values


def test_a_certificate_under_a_consulates_letterhead() -> None:
    v = _values(
        "Kaiserlich Deutsches Vizekonsulat\nHaifa.\n\nJ.-Nr. 412.\n\nBescheinigung.\n\n"
        "Auf Grund der vorgelegten Urkunden wird hiermit amtlich bescheinigt, daß Herr Jakob "
        "Lämmle, Wagnermeister in Haifa, die Reichsangehörigkeit nicht verloren hat.\n\n"
        "Haifa, den 2. Februar 1906.\n\nDer Kaiserliche Vizekonsul:\nDr. Ernst Wendlandt.\n",
        "de",
    )
    assert v["title"] in ("Bescheinigung.", "Bescheinigung")
    assert str(v["issuer"]).startswith("Kaiserlich Deutsches Vizekonsulat") or \
        "Wendlandt" in str(v["issuer"])


def test_a_judgment_under_a_deputations_letterhead() -> None:
    v = _values(
        "DIPUTACIÓN DE MINERÍA DEL REAL DE CATORCE\n(Estado de San Luis Potosí)\n\n"
        "SENTENCIA\npronunciada en el juicio sobre internación de labores entre la mina «La "
        "Purísima» y la mina «San Agustín».\n\nReal de Catorce, a 18 de junio de 1882.\n\n"
        "Vistos los autos del juicio promovido por la Negociación Minera de Santa Ana, se "
        "falla que la demandada debe suspender sus labores.\n\nEl Diputado Presidente, "
        "Francisco de P. Rangel.\n",
        "es",
    )
    assert str(v["title"]).startswith("SENTENCIA")
    assert str(v["issuer"]).startswith("DIPUTACIÓN DE MINERÍA DEL REAL DE CATORCE") or \
        "Rangel" in str(v["issuer"])


def test_a_lottery_notice_signed_for_its_committee() -> None:
    v = _values(
        "LOTERIE\nautorisée par arrêté royal du 14 février 1884\nau profit de l'achèvement de "
        "l'église Saint-Pierre de Bastogne.\n\nLe Comité de la loterie, présidé par M. le "
        "doyen Jean-Baptiste Kayser, a l'honneur de porter à la connaissance du public que "
        "l'émission des billets est ouverte.\n\nPour le Comité :\nLe Président,\n"
        "J.-B. KAYSER, doyen.\n",
        "fr",
    )
    assert v["genre"] in ("leaflet", "appeal", "statement")
    assert v["issuer"] in ("Comité de la loterie", "Le Comité de la loterie") or \
        "KAYSER" in str(v["issuer"])


def test_a_deed_titled_by_its_kind_issued_by_its_notary() -> None:
    v = _values(
        "Zahl 1184/1897.\n\nKaufvertrag.\n\nVor mir, Dr. Friedrich Schiel, königlichem "
        "öffentlichem Notar mit dem Amtssitze in Kronstadt, sind heute in meiner Kanzlei "
        "erschienen: Herr Michael Gusbeth, Tuchmachermeister, als Verkäufer, und Frau "
        "Karoline Roth als Käuferin, und haben folgenden Kaufvertrag geschlossen.\n",
        "de",
    )
    assert v["title"] in ("Kaufvertrag.", "Kaufvertrag")
    assert v["issuer"] == "Dr. Friedrich Schiel"


def test_a_prospectus_signed_by_order_of_the_board() -> None:
    v = _values(
        "THE UPPER INDIA TRADERS' BANK, LIMITED.\n(Incorporated under the Indian Companies "
        "Act, 1882.)\n\nPROSPECTUS.\n\nThe Bank is formed to carry on the business of "
        "banking in the United Provinces, and the Directors invite applications for shares."
        "\n\nBy order of the Board,\nFREDERICK J. LOWE,\nSecretary.\n",
        "en",
    )
    assert v["title"] in ("PROSPECTUS.", "PROSPECTUS")
    assert v["genre"] in ("leaflet", "statement", "other")
    assert str(v["issuer"]).startswith("UPPER INDIA TRADERS' BANK")


def test_a_notice_to_the_public_and_a_petition() -> None:
    v = _values("CUERPO DE TELÉGRAFOS\n\nAVISO AL PÚBLICO\n\nDesde el día 1.º de julio la "
                "estación estará abierta de siete de la mañana a diez de la noche.\n", "es")
    assert str(v["title"]).startswith("AVISO")
    v = _values("Fischerzunft Lindau.\n\nGehorsamste Bitte\nder Fischerzunft Lindau um "
                "Abänderung der Schonzeit.\n\nDie unterzeichneten Fischer bitten die "
                "Königliche Regierung, die Schonzeit zu verlegen.\n", "de")
    assert str(v["title"]).startswith("Gehorsamste Bitte")
    assert v["genre"] in ("appeal", "letter")


def test_a_passage_contract_under_a_shipping_lines_letterhead() -> None:
    v = _values(
        "HAMBURG-AMERIKA LINIE\n(Hamburg-Amerikanische Packetfahrt-Actien-Gesellschaft)\n"
        "Hamburg, Alsterdamm 25.\n\nÜberfahrts-Vertrag Nr. 48317\nfür Zwischendecks-Reisende "
        "von Hamburg nach New York.\n\nDie Gesellschaft verpflichtet sich, die unten genannten "
        "Reisenden mit einem ihrer Postdampfer nach New York zu befördern.\n",
        "de",
    )
    assert str(v["title"]).startswith("Überfahrts-Vertrag Nr. 48317")
    assert v["genre"] in ("statement", "other")


def test_a_notice_signed_by_order_of_the_council_and_a_strike_bulletin() -> None:
    v = _values(
        "SOUTHLAND ACCLIMATISATION SOCIETY.\nOffice: Athenaeum Buildings, Dee Street, "
        "Invercargill.\n\nNOTICE TO SPORTSMEN.\n\nNOTICE is hereby given that the shooting "
        "season opens on the first day of May.\n\nBy order of the Council,\nJAMES HUNTER,\n"
        "Secretary.\n",
        "en",
    )
    assert str(v["issuer"]).startswith("SOUTHLAND ACCLIMATISATION SOCIETY")
    v = _values("FEDERACIÓN OBRERA ARGENTINA — SECCIÓN TUCUMÁN\n\nBOLETÍN N.º 3\ndel comité "
                "de huelga de los ingenios\n\nTucumán, 29 de agosto de 1904.\n\nCompañeros: "
                "la huelga sigue firme en todos los ingenios.\n", "es")
    assert v["genre"] in ("leaflet", "appeal", "statement")


def test_a_long_letterhead_that_runs_on_to_its_seat() -> None:
    v = _values(
        "' .· ~ , ; ' . - ·\nK. k. Bukowinaer griechisch-orientalische Religionsfonds-"
        "Güterdirektion\nin Czernowitz.\n\nZ. 4817.\n\nKundmachung.\n\nMit Genehmigung des "
        "k. k. Ministeriums werden die nachstehend verzeichneten Grundstücke im Wege der "
        "öffentlichen Versteigerung verkauft.\n",
        "de",
    )
    assert v["title"] in ("Kundmachung.", "Kundmachung")
    assert str(v["issuer"]).startswith("K. k. Bukowinaer")


def test_instructions_to_the_neighbourhood_and_demands() -> None:
    v = _values("JUNTA DE SANIDAD DEL PUERTO DE MOLLENDO\n\nINSTRUCCIONES\nal vecindario para "
                "precaver la peste bubónica.\n\nMollendo, 9 de mayo de 1904.\n\nLa junta "
                "recomienda a los vecinos el aseo de sus casas.\n", "es")
    assert v["genre"] in ("leaflet", "statement")
    assert v["addressee"] == "al vecindario"
    v = _values("VERBAND DER HAFENARBEITER DEUTSCHLANDS\nZahlstelle Rostock.\n\nAn die Herren "
                "Reeder und Stauer in Rostock!\n\nForderungen der Hafenarbeiter.\n\n1. Der "
                "Stundenlohn wird auf 45 Pfennig erhöht.\n", "de")
    assert str(v["title"]).startswith("Forderungen")


def test_a_price_list_an_order_and_a_dividend_notice() -> None:
    v = _values("AKTIENBRAUEREI FRIEDBERG VORM. J. PH. WAGNER\nFriedberg i. H., Kaiserstraße 58."
                "\n\nPreisliste\nfür die Herren Gastwirte, gültig vom 1. April 1907 an.\n\n"
                "Sehr geehrter Herr!\n\nWir beehren uns, Ihnen unsere neuen Preise mitzuteilen."
                "\n", "de")
    assert str(v["title"]).startswith("Preisliste")
    v = _values("Kaiserliche Kreisdirektion Schlettstadt.\n\nViehseuchenpolizeiliche Anordnung,"
                "\nbetreffend die Maul- und Klauenseuche.\n\nAuf Grund des Gesetzes wird für "
                "den Kreis Schlettstadt angeordnet, was folgt.\n", "de")
    assert str(v["title"]).startswith("Viehseuchenpolizeiliche Anordnung")
    v = _values("BANCO MERCANTIL DE LA LAGUNA, S. A.\nCapital social: $ 2.500,000.00. — Avenida "
                "Morelos núm. 18, Torreón, Coah.\n\nDIVIDENDO NÚMERO 5\n\nAVISO A LOS SEÑORES "
                "ACCIONISTAS\n\nPor acuerdo del consejo de administración se pagará un dividendo."
                "\n\nPor el Consejo,\nEl Gerente, Ramón Gómez.\n", "es")
    assert str(v["title"]).startswith("DIVIDENDO NÚMERO 5")
    assert str(v["issuer"]).startswith("BANCO MERCANTIL DE LA LAGUNA")


def test_accounts_under_a_letterhead_with_a_note_in_brackets() -> None:
    v = _values("Leichenbestattungs-Verein „Pietät“ in Iglau.\n(Behördlich genehmigt mit Erlaß "
                "der k. k. mährischen Statthalterei vom 14. Mai 1889, Z. 18.412.)\n\n"
                "Rechnungsabschluß\nder Sterbekasse für das Jahr 1906.\n\nEinnahmen.\n"
                "Kassarest vom Jahre 1905 .................. K 1.284·16\n", "de")
    assert str(v["title"]).startswith("Rechnungsabschluß")
    assert v["genre"] in ("statement", "report")
    v = _values("FEDERACIÓN OBRERA DE CHILE\nCONSEJO FEDERAL N.º 3 — SEWELL\n\nRESULTADO DE LA "
                "VOTACIÓN\nsobre la declaración de huelga.\n\nCompañeros: la votación se hizo "
                "en todos los campamentos.\n", "es")
    assert v["genre"] in ("leaflet", "statement", "resolution")


def test_an_agreement_an_inventory_and_a_museums_report() -> None:
    v = _values("Vereinigung der Kohlenhändler von Schweidnitz und Umgegend.\nGeschäftsstelle: "
                "Hochstraße 12.\n\nPreisvereinbarung\nfür den Winter 1911/12.\n\nDie "
                "unterzeichneten Firmen verpflichten sich, folgende Preise einzuhalten.\n\n"
                "Der Vorstand.\n", "de")
    assert str(v["title"]).startswith("Preisvereinbarung")
    assert str(v["issuer"]).startswith("Vereinigung der Kohlenhändler")
    v = _values("REGISTRO SUBALTERNO DEL DISTRITO LIBERTADOR\n\nINVENTARIO\nde los bienes de la "
                "sucesión del señor general don Eusebio Uzcátegui Rangel.\n\nEn Mérida, a doce "
                "de abril de mil ochocientos noventa y siete, comparecieron los herederos.\n", "es")
    assert str(v["title"]).startswith("INVENTARIO")


def test_a_spas_list_of_visitors() -> None:
    v = _values("Kurliste\nvon St. Moritz im Oberengadin.\n\nNr. 14. — Samstag, den 27. Juli "
                "1907.\n\nAngekommene Kurgäste:\nHotel Kulm: Herr Geheimer Kommerzienrat Eduard "
                "Haniel mit Familie, Düsseldorf.\n", "de")
    assert str(v["title"]).startswith("Kurliste")
    assert v["genre"] in ("other", "leaflet", "statement")


def test_a_notice_signed_by_order_of_the_committee() -> None:
    v = _values("HASLINGDEN INDUSTRIAL CO-OPERATIVE SOCIETY LIMITED.\nRegistered Office: "
                "Deardengate, Haslingden.\n\nDIVIDEND NOTICE.\n\nThe dividend on members' "
                "purchases for the quarter will be paid at the Central Stores.\n\nBy order of "
                "the Committee,\nJOHN ASHWORTH, Secretary.\n", "en")
    assert str(v["issuer"]).startswith("HASLINGDEN INDUSTRIAL CO-OPERATIVE SOCIETY")
