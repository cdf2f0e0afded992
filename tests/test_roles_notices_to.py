"""Roles the twenty-seventh and twenty-eighth held-out sets taught (twenty-ninth session):
notices to their readers, an address line in title case, edicts and auction notices,
statutes, a consulate's letterhead. Each rule was kept because no other roles document
fell (docs/roles.md)."""

from __future__ import annotations

from .conftest import roles_values as _values


def test_a_notice_to_its_readers_is_titled_and_addressed_by_its_heading() -> None:
    v = _values(
        "CARN BREA WATER COMPANY.\n\nNOTICE TO CONSUMERS.\n\nOWING to the continued drought, "
        "the supply to all houses in Redruth will be turned on for two hours only each day, "
        "until further notice.\n\nBy order,\nJOHN BLIGHT,\nSecretary.\n",
        "en",
    )
    assert v["title"] in ("NOTICE TO CONSUMERS.", "NOTICE TO CONSUMERS")
    assert v["genre"] in ("leaflet", "statement")
    assert str(v["addressee"]).startswith("CONSUMERS") or "TO CONSUMERS" in str(v["addressee"])


def test_an_aviso_to_passengers_is_its_title() -> None:
    v = _values(
        "RAMÓN DOMÍNGUEZ E HIJOS\nAgentes de emigración\n\nAVISO A LOS SEÑORES PASAJEROS\n\n"
        "Se previene a los señores pasajeros que deberán presentarse en esta Agencia con "
        "tres días de anticipación a la salida, provistos de su cédula personal.\n\n"
        "Vigo, 2 de marzo.\n",
        "es",
    )
    assert v["title"] == "AVISO A LOS SEÑORES PASAJEROS"
    assert "PASAJEROS" in str(v["addressee"])


def test_an_address_line_in_title_case_ends_with_its_stop() -> None:
    v = _values(
        "ARDNAMURCHAN SCHOOL BOARD.\n\nELEVENTH ANNUAL REPORT\n\nTo the Ratepayers of the "
        "Parish of Ardnamurchan.\n\nThe Board have pleasure in stating that all the schools "
        "under their management were open during the year, and that the attendance has "
        "improved.\n\nBy order of the Board,\nDONALD MACRAE, Chairman.\n",
        "en",
    )
    assert v["addressee"] == "To the Ratepayers of the Parish of Ardnamurchan"


def test_an_edict_and_an_auction_notice_are_titled_by_their_word() -> None:
    v = _values(
        "DIRECCIÓN GENERAL DE POLICÍA\n\nEDICTO\n\nEl Director General de Policía hace saber "
        "al público que durante las fiestas de fin de año queda prohibido disparar cohetes "
        "en las calles de la ciudad.\n\nSan José, 20 de diciembre de 1921.\n",
        "es",
    )
    assert v["title"] == "EDICTO"
    v = _values(
        "ALCALDÍA CONSTITUCIONAL DE MONFORTE DE LEMOS\n\nANUNCIO DE SUBASTA\n\nDon Ramón "
        "Quiroga y Losada, Alcalde constitucional de esta villa,\n\nHago saber: Que en virtud "
        "de lo acordado por el Ayuntamiento se sacan a pública subasta los derechos del "
        "mercado.\n",
        "es",
    )
    assert v["title"] == "ANUNCIO DE SUBASTA"


def test_statutes_are_no_leaflet_and_a_consulate_heads_no_title() -> None:
    v = _values(
        "SOCIÉTÉ DE SECOURS MUTUELS « LA FRATERNITÉ OUVRIÈRE »\n\nEXTRAIT DES STATUTS\n\n"
        "Article premier. La caisse de pensions est alimentée par les cotisations des "
        "membres et les dons.\n\nPour extrait conforme,\nLe Secrétaire, N. Weber.\n",
        "fr",
    )
    assert v["genre"] in ("other", "statement")
    v = _values(
        "CONSULAT DE FRANCE\nÀ VALPARAISO\n\nValparaiso, le 3 juin 1889.\n\nA Monsieur le "
        "Maire de Lasseube.\n\nMonsieur le Maire,\n\nJ'ai le regret de vous faire connaître "
        "le décès d'un de vos administrés.\n\nLe Consul de France,\nH. Marcel.\n",
        "fr",
    )
    assert v.get("title") is None


def test_a_savings_bank_s_report_and_a_parish_s_announcement() -> None:
    v = _values(
        "» DARWEN AND DISTRICT SAVINGS BANK. .'\n\nSIXTIETH ANNUAL REPORT OF THE TRUSTEES AND "
        "MANAGERS,\nwith Statement of Accounts for the Year ended 20th November, 1897.\n\nTo the "
        "Depositors.\n\nThe Trustees and Managers have much pleasure in laying before the "
        "Depositors their Sixtieth Annual Report, showing a further increase in deposits.\n",
        "en",
    )
    assert str(v["title"]).startswith("SIXTIETH ANNUAL REPORT")
    assert v["genre"] == "report"
    assert v["addressee"] == "To the Depositors"
    v = _values(
        "Katholisches Pfarramt Nenzing.\n\nAnkündigung der heiligen Volksmission.\n\nGeliebte "
        "Pfarrkinder!\n\nZwölf Jahre sind verflossen, seit in unserer Pfarrkirche die letzte "
        "heilige Mission gehalten wurde. Die Mission halten drei Patres aus Bludenz.\n",
        "de",
    )
    assert v["title"] == "Ankündigung der heiligen Volksmission"
    assert v["issuer"] == "Katholisches Pfarramt Nenzing"


def test_a_priest_s_letter_of_recommendation_and_an_appeal_s_subtitle() -> None:
    v = _values(
        "LE CURÉ DE GRUYÈRES\n(Canton de Fribourg)\n\nGruyères, le 18 février 1907.\n\n"
        "A Monsieur Louis-Édouard Jeanneret,\ngérant de la Société de laiterie des "
        "Ponts-de-Martel,\naux Ponts-de-Martel (Neuchâtel).\n\nMonsieur le Gérant,\n\n"
        "J'apprends par notre syndic que vous cherchez un fromager pour la saison.\n",
        "fr",
    )
    assert v.get("title") is None
    assert v["issuer"] in ("LE CURÉ DE GRUYÈRES", "CURÉ DE GRUYÈRES")
    assert str(v["addressee"]).startswith("A Monsieur Louis-Édouard Jeanneret")
    v = _values(
        "SADDLE HILL COLLIERY RELIEF FUND.\n\nAPPEAL\n\nON BEHALF OF THE WIDOWS AND ORPHANS OF "
        "THE MEN KILLED IN THE EXPLOSION OF 29th JULY, 1884.\n\nGreen Island, 9th August, "
        "1884.\n\nTo the Citizens of Dunedin and the Settlers of Otago.\n\nLADIES AND "
        "GENTLEMEN,—\n\nOn the morning of Tuesday an explosion of fire-damp took place.\n",
        "en",
    )
    assert v["addressee"] == "To the Citizens of Dunedin and the Settlers of Otago"


def test_conclusions_adopted_by_a_meeting_are_resolutions() -> None:
    v = _values(
        "SOCIEDAD DE PESCADORES «LA MARINERA»\nDE ÁGUILAS (MURCIA)\n\nCONCLUSIONES\naprobadas "
        "por la Junta general extraordinaria celebrada el día 16 de febrero de 1919.\n\n"
        "Primera. Protestar enérgicamente contra la pesca de arrastre.\n",
        "es",
    )
    assert v["genre"] == "resolution"


def test_a_firm_of_partners_signs_its_circular() -> None:
    v = _values(
        "BRUNSWICK MILLS, BATLEY.\n\nBatley, 1st January, 1889.\n\nDEAR SIR,\n\nWe beg to "
        "inform you that the partnership hitherto subsisting between the undersigned has been "
        "renewed, and that the business will be carried on as before.\n\nWe are, Dear Sir,\n"
        "Yours faithfully,\nHIRST, OLDROYD & FEARNLEY.\n",
        "en",
    )
    assert str(v["issuer"]).startswith("HIRST, OLDROYD & FEARNLEY")
    assert v["genre"] == "letter"


def test_a_benevolent_fund_s_statement_of_accounts() -> None:
    v = _values(
        "MONTEPÍO DE OBREROS MINEROS «SANTA BÁRBARA»\nDE TURÓN\n\nESTADO DE CUENTAS\ndel primer "
        "semestre de 1913, que la junta directiva presenta a los señores socios.\n\nINGRESOS\n"
        "Cuotas de 412 socios ........ 9.888,00\n",
        "es",
    )
    assert str(v["title"]).startswith("ESTADO DE CUENTAS")
    assert v["genre"] in ("report", "statement")
    assert str(v["issuer"]).startswith("MONTEPÍO DE OBREROS MINEROS")


def test_a_strike_bulletin_a_town_in_a_dateline_and_a_board_signing_by_order() -> None:
    v = _values(
        "TAYSIDE JUTE AND FLAX WORKERS' UNION.\n\nSTRIKE BULLETIN No. 3.\n\nDundee, 9th "
        "February, 1923.\n\nFELLOW WORKERS,—\n\nThe strike enters its fifth week on Monday.\n",
        "en",
    )
    assert str(v["title"]).startswith("STRIKE BULLETIN")
    v = _values(
        "SYNDICAT DES MÉDECINS DE L'ARRONDISSEMENT DE BRIEY\n\nPROTESTATION\ncontre les "
        "contrats de soins des sociétés minières.\n\nBriey, le 24 avril 1910.\n\nMonsieur le "
        "Président,\n\nLe Syndicat proteste.\n",
        "fr",
    )
    assert str(v["title"]).startswith("PROTESTATION")
    v = _values(
        "BOARD OF SCHOOL TRUSTEES OF THE CITY OF NELSON.\n\nNOTICE TO PARENTS AND GUARDIANS."
        "\n\nThe Board desire to inform parents that the schools will reopen on Monday.\n\n"
        "By order of the Board,\nGEORGE A. HUNTER, Chairman.\n",
        "en",
    )
    assert str(v["issuer"]).startswith("BOARD OF SCHOOL TRUSTEES")


def test_a_council_s_decree_and_a_prize_list() -> None:
    v = _values(
        "ALCALDÍA MUNICIPAL DE QUETZALTENANGO\n\nACUERDO MUNICIPAL\nsobre el nuevo mercado de "
        "San Antonio.\n\nCONSIDERANDO:\n\nQue el edificio del mercado está concluido;\n\n"
        "ACUERDA:\n\nArt. 1.º Toda venta de carnes se hará en el mercado.\n",
        "es",
    )
    assert v["genre"] in ("statement", "other")
    v = _values(
        "SYNDICAT D'ÉLEVAGE DE LA RACE TARINE\n\nCONCOURS DE BESTIAUX DE BOURG-SAINT-MAURICE\n\n"
        "PALMARÈS\n\nLe concours annuel du Syndicat s'est tenu sur le champ de foire.\n\n"
        "Taureaux. — 1er prix (120 fr.), M. Jean-Pierre Arnaud.\n",
        "fr",
    )
    assert v["genre"] in ("report", "statement")


def test_a_spanish_address_to_the_members_may_end_with_its_stop() -> None:
    v = _values(
        "SOCIEDAD CORAL «LA RIBERA»\n\nGRAN CONCIERTO EXTRAORDINARIO\nque se celebrará en el "
        "Teatro Gaztambide el domingo 29 de julio de 1928, a las diez de la noche.\n\nA los "
        "señores socios y al público de Tudela y su Ribera.\n\nLa Sociedad Coral tiene el honor "
        "de invitarles.\n",
        "es",
    )
    assert str(v["addressee"]).startswith("A los señores socios")


def test_a_notice_of_and_addresses_to_a_bishop_and_to_a_senor() -> None:
    v = _values(
        "FOREST OF DEAN MINERS' ASSOCIATION.\n\nNOTICE OF WAGE SCALE.\n\nThe Committee beg to "
        "inform the members that the scale has been agreed.\n",
        "en",
    )
    assert str(v["title"]).startswith("NOTICE OF WAGE SCALE")
    v = _values(
        "CONSEIL DE FABRIQUE DE BOIS-D'AMONT\n\nBois-d'Amont, le 2 août 1886.\n\nA Monseigneur "
        "Augustin-Marie Delorme, évêque de Saint-Claude, en son palais épiscopal, à "
        "Saint-Claude.\n\nMonseigneur,\n\nLe conseil a l'honneur de vous exposer ce qui suit.\n",
        "fr",
    )
    assert str(v["addressee"]).startswith("A Monseigneur Augustin-Marie Delorme")
    v = _values(
        "ESCUELA SUPERIOR N.º 2 DE LOTA\n\nLota Alto, 20 de diciembre de 1912.\n\nAl señor "
        "Visitador de Escuelas de la provincia de Concepción, don Abraham Cifuentes Luna.\n\n"
        "Señor Visitador:\n\nTengo el honor de dar cuenta a usted de la distribución de premios.\n",
        "es",
    )
    assert str(v["addressee"]).startswith("Al señor Visitador de Escuelas")
