"""Roles the nineteenth and twentieth held-out sets taught (twenty-seventh session): a
consul's despatch, a lodge's circular, a morning paper, an academy's minutes, a shipping
company's notice, a cottage hospital's annual report, a parish priest's report. Each rule
was kept because no other roles document fell (docs/roles.md)."""

from __future__ import annotations

from .conftest import roles_values as _values


def test_my_lord_opens_a_despatch() -> None:
    v = _values(
        "British Consulate,\nBilbao, November 14th, 1888.\n\nMy Lord,\n\nI have the honour "
        "to report to your Lordship the death of Mr. Thomas Harker, a British subject.\n\n"
        "I have the honour to be,\nMy Lord,\nYour Lordship's most obedient,\nhumble "
        "Servant,\n\nHORACE W. CALVERT,\nConsul.\n",
        "en",
    )
    assert v["genre"] == "letter"
    assert v["addressee"] == "My Lord,"
    assert v["issuer"] in ("HORACE W. CALVERT", "British Consulate")  # the consul or his post


def test_a_lodge_heads_its_circular_its_seat_under_it() -> None:
    v = _values(
        "Johannisloge „Zur Treue am Neckar“\nim Orient Heilbronn\n\nHeilbronn, den 20. "
        "September 1909.\n\nGeliebte Brüder!\n\nUnsere Loge begeht am Sonnabend, den 16. "
        "Oktober, das Fest ihres fünfzigjährigen Bestehens.\n\nMit brüderlichem Gruß\n"
        "Wilhelm Härle.\n",
        "de",
    )
    assert "title" not in v
    assert v["genre"] == "letter"


def test_a_morning_paper_and_its_rubric() -> None:
    v = _values(
        "LA REVISTA DE PANAY\nDIARIO DE LA MAÑANA\nIloilo, sábado 12 de mayo de 1894\n\n"
        "CRÓNICA DE SOCIEDAD\n\nBoda. — El jueves último se celebró en la iglesia "
        "parroquial de Jaro el enlace de la señorita Consuelo Ledesma.\n",
        "es",
    )
    assert v["title"] == "CRÓNICA DE SOCIEDAD"
    assert v["issuer"] == "LA REVISTA DE PANAY"


def test_a_sitting_s_date_heads_its_minutes() -> None:
    v = _values(
        "ACADÉMIE DES SCIENCES, BELLES-LETTRES ET ARTS DE SAVOIE\n\nSéance du 7 mars 1889"
        "\n\nPrésidence de M. le comte Louis de Charvex, président.\n\nLe procès-verbal de "
        "la dernière séance est lu et adopté.\n\nLa séance est levée à cinq heures.\n\n"
        "Le Secrétaire perpétuel,\nJ. Mugnier-Dufour.\n",
        "fr",
    )
    assert v["title"] == "Séance du 7 mars 1889"
    assert v["genre"] == "minutes"


def test_a_notice_to_emigrants_under_a_company_s_name_and_seat() -> None:
    v = _values(
        "COMPAGNIE DES CHARGEURS RÉUNIS\nSociété anonyme — Siège social : 3, boulevard "
        "Malesherbes, Paris\n\nSERVICES POSTAUX A VAPEUR\nDU HAVRE AU BRÉSIL ET A LA PLATA\n"
        "\nAVIS AUX ÉMIGRANTS\n\nLe paquebot Ville-de-Santos partira du Havre le jeudi 10 "
        "mars 1887, à 4 heures du soir, pour Lisbonne, Rio-de-Janeiro et Santos.\n",
        "fr",
    )
    assert v["title"] == "AVIS AUX ÉMIGRANTS"
    assert v["genre"] == "leaflet"
    assert v["issuer"] == "COMPAGNIE DES CHARGEURS RÉUNIS"
    assert v["addressee"] == "AUX ÉMIGRANTS"


def test_an_annual_report_under_its_officers() -> None:
    v = _values(
        "SKIPTON AND DISTRICT COTTAGE HOSPITAL.\n\nHon. Secretary: Mr. Thomas Brayshaw.\n"
        "Matron: Miss Ellen Hartley.\nMedical Officers: Dr. W. Wilson Smith and Dr. R. A. "
        "Wright.\n\nTWENTY-FOURTH ANNUAL REPORT OF THE COMMITTEE,\nfor the year ending 31st "
        "December, 1900,\npresented to the Annual Meeting of Subscribers held in the Town "
        "Hall, Skipton, on 14th February, 1901.\n\nDuring the year 112 in-patients were "
        "admitted, of whom 97 were discharged cured or relieved.\n",
        "en",
    )
    assert str(v["title"]).startswith("TWENTY-FOURTH ANNUAL REPORT OF THE COMMITTEE")
    assert v["genre"] == "report"
    assert v["issuer"] == "SKIPTON AND DISTRICT COTTAGE HOSPITAL"
    assert str(v["addressee"]).startswith("to the Annual Meeting of Subscribers")


def test_an_das_alone_opens_an_address() -> None:
    v = _values(
        "Pfarramt Tarrenz\n\nTarrenz, am 12. November 1910.\n\nAn das\nHochwürdigste "
        "Fürstbischöfliche Ordinariat\nin Brixen.\n\nBetreff: Wiederherstellung der "
        "Pfarrkirche; Bericht.\n\nDie Arbeiten an der Pfarrkirche sind im Oktober beendet "
        "worden.\n",
        "de",
    )
    assert str(v["addressee"]).startswith("An das Hochwürdigste Fürstbischöfliche Ordinariat")
