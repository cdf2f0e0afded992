"""Bulletins, subject lines, minutes' heads and headings in capitals: the thirty-third
session's title rules, learnt from held-out sets 54-85 (none of these texts is theirs)."""

from __future__ import annotations

from .conftest import roles_values as _values


def test_an_english_re_line_without_its_colon_is_the_subject() -> None:
    v = _values("Hobart, 3rd March, 1902.\n\nTo the Warden and Councillors,\nMunicipal "
                "Chambers, Hobart.\n\nRe FOOTBALL GROUND AT NEW TOWN.\n\nGentlemen,\n\nWe beg "
                "to apply for the use of the ground on Saturday afternoons during the coming "
                "season, as in former years.\n\nYours faithfully,\nA. B. Smith, Secretary.\n",
                "en")
    assert v["title"].endswith("FOOTBALL GROUND AT NEW TOWN")


def test_an_address_that_runs_on_in_lower_case_keeps_the_subject_in_the_head() -> None:
    v = _values("Le 3 mars 1920.\n\nMonsieur le Directeur\nde la Compagnie des tramways de "
                "la ville de Brest,\nrue de Siam.\n\nObjet : Horaires des ouvriers de nuit."
                "\n\nMonsieur le Directeur,\n\nNous avons l'honneur de vous soumettre les "
                "demandes adoptées par l'assemblée des ouvriers du dépôt.\n", "fr")
    assert v["title"] == "Horaires des ouvriers de nuit"
    assert v["addressee"].startswith("Monsieur le Directeur")


def test_an_address_opened_by_an_die_takes_its_long_second_line() -> None:
    v = _values("Bruck, am 4. Juni 1871.\n\nAn die\nlöbliche k. k. Bezirkshauptmannschaft für "
                "Forstangelegenheiten\nin Bruck.\n\nBetreff: Weiderechte der Gemeinde "
                "Oberaich am Hochanger.\n\nLöbliche Bezirkshauptmannschaft!\n\nDie gefertigten "
                "Gemeindevertreter erlauben sich, gegen den Entwurf Einspruch zu erheben.\n",
                "de")
    assert v["title"].startswith("Weiderechte der Gemeinde Oberaich")
    assert v["addressee"].startswith("An die")


def test_a_heading_in_capitals_with_its_stop_under_the_masthead_is_the_title() -> None:
    v = _values("AMALGAMATED SOCIETY OF RAILWAY SERVANTS.\nOffice: 12 Station Road, Crewe.\n"
                "\nLOCKOUT AT THE WORKS.\n\nTO ALL MEMBERS OF THE CREWE BRANCH.\n\nBrothers,\n"
                "\nThe company has closed the gates of the carriage works against three hundred "
                "of our members.\n\nW. JONES, Secretary.\n", "en")
    assert v["title"] == "LOCKOUT AT THE WORKS"


def test_a_heading_in_capitals_that_names_its_year_is_no_dateline() -> None:
    v = _values("ANNUAL EXCURSION 1899\n\nThe members of the Field Club will visit the ruins "
                "of the abbey on Thursday next, leaving the Market Place at nine.\n", "en")
    assert v["title"] == "ANNUAL EXCURSION 1899"
    v = _values("PARIS LE 5 MAI 1968\n\nAUX ÉTUDIANTS\n\nCamarades,\n\nLa Sorbonne est "
                "fermée depuis vendredi.\n", "fr")
    assert v.get("title") != "PARIS LE 5 MAI 1968"


def test_ladies_and_gentlemen_with_a_dash_greets() -> None:
    v = _values("TO THE ELECTORS OF OAMARU.\n\nLadies and Gentlemen,—\n\nAt the request of a "
                "large number of electors I again offer myself as your representative.\n\n"
                "I am, yours faithfully,\nJ. SMITH.\n", "en")
    assert v.get("title") != "Ladies and Gentlemen"


def test_a_call_in_capitals_atop_the_page_is_its_title() -> None:
    v = _values("¡VECINOS DE SAN RAMÓN Y DE LA MERCED!\n\nCompañeros:\n\nLa empresa del "
                "ferrocarril quiere cobrar de nuevo el flete doble por la carga de los "
                "chacareros.\n\nEl Comité\n", "es")
    assert v["title"] == "¡VECINOS DE SAN RAMÓN Y DE LA MERCED!"


def test_a_bulletins_name_over_its_number_is_the_title() -> None:
    v = _values("VEREIN FÜR HEIMATKUNDE\n\nMitteilungsblatt Nr. 7 — März 1952\n\nAus dem "
                "Vereinsleben.\n\nDie Wanderung zur Burgruine fand bei schönstem Wetter statt; "
                "es nahmen vierzig Mitglieder teil.\n", "de")
    assert v["title"] == "Mitteilungsblatt Nr. 7 — März 1952"
    v = _values("CLUBNACHRICHTEN\ndes Schwimmclubs Seeburg\nNr. 4 · Juli 1961\n\nRegatta\n\n"
                "Am Sonntag fand die Regatta auf dem See statt.\n", "de")
    assert v["title"] == "CLUBNACHRICHTEN des Schwimmclubs Seeburg"


def test_an_article_headline_under_a_bulletins_number_stays_the_title() -> None:
    v = _values("BOLETÍN INFORMATIVO\nNúm. 12\n\nLa huelga de los tranviarios, día por día\n\n"
                "El lunes los tranviarios de la ciudad acordaron en asamblea ir a la huelga "
                "general.\n", "es")
    assert v["title"] == "La huelga de los tranviarios, día por día"


def test_the_first_line_of_a_minutes_heading_ends_with_its_comma() -> None:
    v = _values("DARVEL CO-OPERATIVE SOCIETY.\n\nMINUTES OF HALF-YEARLY MEETING OF MEMBERS,\n"
                "held in the Institute, Darvel, on Monday, 3rd May, 1897, at 7 p.m.\n\nMr. "
                "John Morton in the chair. The minutes of the last meeting were read and "
                "approved.\n", "en")
    assert v["title"].startswith("MINUTES OF HALF-YEARLY MEETING OF MEMBERS")
    assert v["genre"] == "minutes"


def test_an_extract_of_the_register_and_a_verhandlungsschrift_are_minutes() -> None:
    v = _values("COMMUNE DE SAINT-AMAND\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL "
                "MUNICIPAL\n\nSéance du 4 mai 1899.\n\nPrésents : MM. Durand, maire ; Petit, "
                "adjoint. Le conseil, après en avoir délibéré, décide de voter le crédit.\n",
                "fr")
    assert v["title"].startswith("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS")
    v = _values("Einigungsamt Leoben\n\nVerhandlungsschrift,\naufgenommen am 3. März 1925 im "
                "Rathaus.\n\nAnwesend: der Vorsitzende und je zwei Beisitzer der Parteien. "
                "Gegenstand der Verhandlung ist der Lohnstreit in der Papierfabrik.\n", "de")
    assert v["title"].startswith("Verhandlungsschrift")


def test_an_office_before_its_signers_name_gives_the_name() -> None:
    v = _values("BARRA DE ABOGADOS DEL NORTE\n\nACTA de la sesión ordinaria celebrada el 3 de "
                "mayo de 1931.\n\nSe abrió la sesión a las siete de la noche con asistencia de "
                "doce socios, y se aprobó el acta anterior.\n\nEl Presidente, Lic. Tomás "
                "Ibarra Rosales.\nEl Secretario, Lic. Pedro Lugo Vera.\n", "es")
    assert v["issuer"].startswith(("Lic. Tomás Ibarra Rosales", "BARRA DE ABOGADOS"))
    v = _values("RESOLUTION,\nangenommen von der Versammlung der Arbeiter der Reparaturwerkstätte "
                "am 2. März 1919.\n\nDie Versammlung fordert die Einführung des Achtstundentages "
                "in allen Werkstätten der Bahn.\n\nIm Namen der Versammlung:\nDer Präsident: "
                "Hans Meier.\nDer Aktuar: Otto Keller.\n", "de")
    assert v["issuer"].rstrip(".") == "Hans Meier"


def test_a_surname_under_an_office_signs_for_it() -> None:
    v = _values("Polizei-Verordnung,\nbetreffend den Marktverkehr am Hafen.\n\n§ 1. Der "
                "Marktverkehr beginnt im Sommer um fünf Uhr früh und endet um sieben Uhr "
                "abends.\n\nMemel, den 3. Mai 1898.\n\nDie Polizei-Verwaltung.\nDer "
                "Bürgermeister.\nKrause.\n", "de")
    assert v["issuer"] == "Krause"


def test_manu_propria_is_no_part_of_the_name() -> None:
    from palimpsest.enrich.roles_text import person_name

    assert person_name("Ing. Karl Haberfellner m. p.") == "Ing. Karl Haberfellner"


def test_an_invitation_to_a_meeting_is_a_leaflet_unless_it_greets() -> None:
    v = _values("GASWERK AKTIENGESELLSCHAFT OLTEN\n\nEinladung\nzur ordentlichen "
                "Generalversammlung der Aktionäre\n\nauf Montag, den 4. Mai 1903, im Saale "
                "des Hotels Krone.\n\nTraktanden: 1. Jahresbericht; 2. Rechnung; 3. Wahlen."
                "\n\nFür den Verwaltungsrat:\nDer Präsident: Emil Hug.\n", "de")
    assert v["genre"] == "leaflet"
    v = _values("Einladung\nzur Jahreshauptversammlung\n\nLiebe Mitglieder,\n\nwir laden "
                "Euch herzlich zur Versammlung am Sonntag im Vereinslokal ein.\n\nDer "
                "Vorstand\n", "de")
    assert v["genre"] == "letter"


def test_a_call_in_capitals_to_the_workers_is_no_letter() -> None:
    v = _values("¡A LOS OBREROS DE LOS ASTILLEROS Y TALLERES!\n\nCompañeros:\n\nLa empresa "
                "ha despedido a doce calderistas sin aviso ni indemnización. Os llamamos a "
                "la asamblea del domingo.\n\nEL COMITÉ DEL SINDICATO DE CALDEREROS\n", "es")
    assert v["genre"] in ("leaflet", "appeal")


def test_a_german_ordinal_report_and_a_spanish_bulletins_number() -> None:
    v = _values("KINDERHEIM ST. ANNA IN WIL\n\nDritter Jahresbericht\nüber das Jahr 1929.\n\n"
                "Das Heim zählte im vergangenen Jahr vierzig Kinder; die Rechnung schließt "
                "mit einem kleinen Überschuss.\n\nFür die Kommission:\nDer Präsident: Karl "
                "Meier.\n", "de")
    assert v["genre"] == "report" and v["title"].startswith("Dritter Jahresbericht")
    v = _values("BIBLIOTECA POPULAR «JOSÉ INGENIEROS»\n\nBOLETÍN N.º 7 — Mayo de 1955\n\n"
                "NUEVOS LIBROS\n\nLa biblioteca recibió este mes cuarenta volúmenes donados "
                "por los socios.\n", "es")
    assert v["title"].startswith("BOLETÍN N.º 7")
