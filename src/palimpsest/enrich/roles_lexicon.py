"""Keyword lexicons for :mod:`palimpsest.enrich.roles`, in English, Spanish, French, German.

All four languages are compiled into each pattern: a page's language guess can be
wrong or missing, and a German masthead over a French text is still German. The
patterns are anchored at a line start (``match``) unless said otherwise, and
tolerate the commonest OCR slips in the words that carry the decision (``l``/``I``
for ``1``, a dropped accent, ``3`` for ``e``).
"""

from __future__ import annotations

import regex

_F = regex.IGNORECASE | regex.VERSION1


def words(text: str) -> frozenset[str]:
    """A set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Genre keywords as they head a title, per genre.
GENRE_WORDS: dict[str, str] = {
    "statement": r"(?:press\s+)?statement|press\s+release|pressemitteilung|presseerkl[aä]rung"
    r"|declaration|communiqu[eé]|declaraci[oó]n|comunicado|d[eé]claration"
    r"|erkl[aä]rung|stellungnahme|manifest[oe]?|manifiesto|pronunciamiento"
    r"|proclamation|public\s+notice|proclama|bando|avis\s+au\s+public|bekanntmachung|kundmachung"
    r"|ordenanza|ordonnance|verordnung|ordinance|arr[eê]t[eé](?=\s*$|\s+(?:du|de\s+la|municipal))"
    r"|reglamento|r[eè]glement|fabrikordnung|arbeitsordnung|hausordnung"
    r"|denuncia(?:\s+p[uú]blica)?"
    r"|proklamation|(?:extrait\s+des\s+)?statuts|estatutos|statuten|satzungen?"
    r"|edicto|edict|[ée]dit(?=\s*$)|anuncio(?=\s+de\s|\s*$)"  # EDICTO, ANUNCIO DE SUBASTA
    r"|acuerdo\s+(?:municipal|gubernativo)"  # a council's or a governor's decree
    r"|orden\s+general"  # a fire brigade's or a garrison's ORDEN GENERAL N.º 14
    r"|bescheinigung|certificado|certificat|certificate|sentencia|urteil|jugement|judgment"
    r"|forderungen|reivindicaciones|revendications|demands"
    r"|resultados?\s+de\s+la\s+votaci[oó]n|r[ée]sultats?\s+du\s+vote"  # a ballot's result
    r"|(?:[\w-]+(?:liche|ische)\s+)?anordnung"  # Viehseuchenpolizeiliche Anordnung
    r"|(?:preis)?vereinbarung|inventario|inventaire|inventar"  # an agreement, an inventory
    r"|regulations|rules(?=\s+(?:for|of)\b)|bye-laws|by-laws"
    r"|(?:kauf|pacht|miet|überfahrts-|ueberfahrts-|arbeits)?vertrag"  # a deed: Kaufvertrag.
    r"(?=\s*(?:nr\.?\s*\d+)?\s*[.:]?\s*$)",  # Überfahrts-Vertrag Nr. 48317
    "resolution": r"resolutions?|motion|resoluci[oó]n|acuerdos?|r[eé]solution|entschlie(?:ß|ss)ung"
    r"|conclusiones(?=\s*$|\s+aprobadas)"  # CONCLUSIONES aprobadas por la Junta general
    r"|ordre\s+du\s+jour(?!\s*:)"
    r"|beschluss|beschlu(?:ß|ss)",
    "minutes": r"minutes|minute(?=\s+of\s+(?:the\s+)?(?:meeting|sederunt))|acta|actas"
    r"|proc[eè]s[- ]verbal|compte[- ]rendu|protokoll|niederschrift|verhandlungsschrift"
    r"|extrait\s+du\s+registre",  # EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU SYNDICAT
    "appeal": r"(?:an\s+)?appeal|(?:a\s+)?call|(?:the\s+)?(?:humble\s+)?petition|llamamiento"
    r"|llamado|convocatoria"
    r"|petici[oó]n|appel|p[eé]tition|aufruf|excitativa"
    r"|(?:gehorsamste|ergebenste|unterth?änigste|dringende)\s+bitte|bittschrift"
    r"|urgent\s+action|action\s+urgente|acci[oó]n\s+urgente|eilaktion",
    "message": r"message|greetings|mensaje|saludo|salut(?:\s+fraternel)?|salutations"
    r"|(?:post\s+office\s+)?telegram|t[eé]l[eé]gramme|telegrama|telegramm"
    r"|gru(?:ß|ss)(?:botschaft|adresse|wort)",
    "report": r"(?:(?:(?:twenty|thirty|forty|fifty|sixty)-)?(?:first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth"
    r"|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)\s+"
    r"|\d+(?:st|nd|rd|th)\s+)?(?:annual\s+|quarterly\s+)?report"
    r"|informe|memoria|rapport|estado\s+de\s+cuentas|statement\s+of\s+accounts"
    r"|parte(?=\s+del?\s)"  # PARTE DEL ACCIDENTE: a mine's report of an accident
    r"|palmar[eè]s|prize\s+list"
    r"|(?:\w+(?:ter|ster)\s+)?(?:t[aä]tigkeits|rechenschafts|jahres|geschäfts)?bericht"
    r"|(?:pfarr|volks)?kalender|jahrbuch|almanach|almanac|almanaque|annuaire|yearbook"
    r"|rechnungsabschlu(?:ß|ss)|jahresrechnung|rechnungsablage",  # a society's accounts
    "letter": r"(?:open\s+)?letter|carta(?:\s+abierta)?|lettre(?:\s+ouverte)?|(?:offener\s+)?brief"
    r"|circular|circulaire|rundschreiben|zirkular|memorandum|memo|invitation|invitaci[oó]n",
    "leaflet": r"leaflet|handbill|volante|octavilla|tract|flugblatt|strike\s+bulletin|einladung"
    r"|loterie|loter[ií]a|lotterie|lottery"  # a lottery's notice: LOTERIE autorisée par
    r"|prospectus|prospecto|prospekt"  # a company's offer of its shares
    r"|kurliste|fremdenliste|list\s+of\s+visitors|liste\s+des\s+[ée]trangers"  # a spa's
    r"|preisliste|price\s+list|lista\s+de\s+precios|prix\s+courant"  # a firm's prices to its trade
    r"|dividendo(?=(?:\s+n[úu]mero\s+\d+)?\s*$)"  # DIVIDENDO NÚMERO 5: a bank's notice
    r"|(?:gran\s+)?funci[oó]n(?=\s+extraordinaria|\s+de\s+gala|\s*$)"  # a playbill's
    r"|concierto|konzert|programa|programme|(?:\w+s)?programm|baile"  # a concert's, a ball's
    r"|bolet[ií]n(?=(?:\s+n\.?\s*[º°o]?\.?\s*\d+)?\s*$)"  # a strike's BOLETÍN N.º 3
    r"|instrucciones|instructions|belehrung|aufgebote|amonestaciones|proclamations\s+de\s+mariage"
    r"|avis(?=\s+aux?\s|\s*$)(?!\s+au\s+public)"  # AVIS AUX ÉMIGRANTS: a notice to some
    r"|ank[üu]ndigung|notice(?=\s+(?:to|of)\s|\s*[.:]?\s*$)"  # NOTICE TO CONSUMERS., NOTICE OF
    r"|aviso(?=\s+al?\s|\s*$)",  # AVISO A LOS SEÑORES PASAJEROS, AVISO AL PÚBLICO
}
# a word that may qualify the kind before it: ANNUAL APPEAL, FUNERAL NOTICE, GRAN CONCIERTO,
# Kirchliche Bekanntmachung
_GENRE_QUALIFIER = (r"(?:(?:annual|funeral|public|grand|gran|kirchliche|amtliche|"
                    r"(?:ö|oe)ffentliche)\s+)?")
GENRE_HEAD = regex.compile(
    r"[\W\d_]{0,3}" + _GENRE_QUALIFIER + r"(?:"
    + "|".join(f"(?P<{g}>{p})" for g, p in GENRE_WORDS.items()) + r")\b",
    _F,
)

# A state's letterhead over an official notice: its name and motto, no title, no issuer
# ("RÉPUBLIQUE FRANÇAISE / LIBERTÉ — ÉGALITÉ — FRATERNITÉ / COMMUNE DE PARIS").
STATE_HEAD = regex.compile(
    r"(?:r[ée]publique\s+fran[çc]aise|libert[ée]\W+[ée]galit[ée]\W+fraternit[ée]"
    r"|rep[úu]blica\s+(?:de\s+|del\s+|oriental\s+del\s+)?\w+|estado\s+de\s+\w+"
    r"|royaume\s+de\s+belgique|confédération\s+suisse|schweizerische\s+eidgenossenschaft"
    r"|freistaat\s+\w+|(?:deutsches|österreichisches)\s+reich)\W*",
    _F,
)

# A heading that opens with an English article (not Spanish "A los …", "A todos …"):
# a new heading after a blank line, not the rest of the one above.
ENGLISH_ARTICLE_HEAD = regex.compile(
    r"(?:the|an|a(?!\s+(?:l[oa]s?|el|todos|todas|nuestr|sus|tous|toutes|nos|vos)\b))\s+\w", _F)

# An act's opening naming the body that met: "En la Comunidad Campesina de Sarhua, a los
# veinte días …", "Dans la section syndicale de …, le 3 mai …".
# ... or whose premises it met in: "se reúnen en el local del Sindicato de Luz y Fuerza,"
ACT_PREMISES_BODY = regex.compile(
    r"(?:en|dans|au|aux|im|in)\s+(?:el\s+|la\s+|les\s+|den\s+)?"
    r"(?:local|locales|sede|sal[óo]n|si[èe]ge|locaux|salle|lokal|r[äa]umen|saal|b[üu]ro)"
    r"\s+(?:del|de\s+la|de\s+los|de|du|de\s+l['’]|des|der|des)\s+"
    r"(?P<who>\p{Lu}[^,;.]{3,80}?)(?=[,;.]|\s+(?:en|à|in|a\s+las|siendo|calle|rue)\s)",
    _F,
)
ACT_OPENING_BODY = regex.compile(
    r"(?:en\s+(?:la|el|los|las)|dans\s+(?:la|le|les|l['’])|in\s+(?:der|dem))\s*"
    r"(?P<who>\p{Lu}[^,;.]{3,80}?)(?=,|\s+(?:a\s+los|a\s+las|el\s+d[ií]a|siendo|le\s+\d|am\s))",
    _F,
)

# "Subject:" lines in letters: what follows is the title (Swiss French "Concerne :").
SUBJECT = regex.compile(
    r"(?:subject|re|ref|reference|asunto|ref\.?|referencia|objet|concerne|betr(?:eff)?"
    r"|betrifft)\s*\.?\s*[:.\-–]+\s*(?=\w)",
    _F,
)
# An English subject line without its colon: "Re EASTER CYCLING CARNIVAL AND ROAD RACE."
BARE_RE = regex.compile(r"Re\.?\s+(?=\p{Lu}{2,}[\s:'’-])")

# An address line: "To the members of", "A los compañeros", "Aux étudiants", "An den Rat",
# "To His Excellency", "À Son Excellence", "An Seine Majestät" (a petition's head).
ADDRESS = regex.compile(
    r"(?:to|an|para|à|a|destinataires?|destinatarios?)\s*:\s*(?=\w)"
    r"|[¡!]?(?:to\s+(?:the|all|our|every|each|comrade|members|friends|workers)"
    r"|(?:to\s+(?:his|her|their)|[àa]\s+(?:son|sa|su|sus)|an\s+(?:seine|ihre|eure?))\s+"
    r"(?:excellenc[ye]|excellencies|majest[yé]|royal\s+highness|grace|lordship|worship|grandeur"
    r"|[ée]minence|saintet[ée]"
    r"|honou?r|exzellenz|majest[äa]t|excelencia|majestad|altesse|alteza|gr[aâ]ce)"
    r"|(?:submitted|addressed|presented|dirigido|adressé|vorgelegt)\s+(?:to|a|à|an|al|aux?|dem|der|den)\s"
    r"|erstattet\s+(?:in|vor)\s+der\s+(?:\w+\s+)?(?:general|haupt|mitglieder|jahres)versammlung"
    r"|al\s|a\s+(?:l[oa]s?|todo|toda|nuestr|sus\s|usted|compa|trabajad|obrer|vecin|estudiant|ciudadan"
    r"|pueblo|militant|socio|afiliad|delegad|miembro)"
    r"|(?:aux?(?!\s+nom\b)|à\s+(?:la|l'|tous|toutes|nos)|a\s+tous)\s"
    r"|an\s+(?:den|die|das|alle|unsere|sämtliche)\s"
    r"|(?:sr\.?|se[ñn]or)\s+(?:d\.|don)\s+\p{Lu}"  # Sr. Don José Martí (a letter's address)
    r"|messrs\.?\s+(?=.*(?:&|\band\b)\s*(?:co\.|sons|bros\.?)?,?\s*$)"  # Messrs. X & Co.,
    r"|se[ñn]or(?:a|es)?\s+(?:ministr|president|director|secretari|alcalde|prefect|intendent"
    r"|gerente|jefe|general|coronel|rector|decano|juez|gobernador|diputad|senador)"
    r"|[àa]\s+(?:messieurs|mesdames)\s+les\s"  # A Messieurs les membres du Comité
    r"|[àa]\s+(?:monsieur|madame|mademoiselle|monseigneur)\s+(?-i:\p{Lu})"  # A Monsieur L. J.,
    r"|(?:[àa]\s+)?(?:monsieur|madame)\s+(?:le|la|l['’])\s*(?:ministre|pr[ée]sident|pr[ée]f[eè]t"
    r"|maire|bourgmestre|[ée]chevin|directeur|directrice|d[ée]put[ée]|s[ée]nateur|procureur|juge"
    r"|g[ée]n[ée]ral|recteur|doyen|secr[ée]taire|commissaire|gouverneur|ambassadeur|b[âa]tonnier"
    r"|ing[ée]nieur|inspecteur|administrateur)"
    r"|herrn\s+(?:\p{Lu}\.\s*)*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$"  # Herrn Friedrich Ramthun
    r"|(?:an\s+)?(?:den\s+)?herrn\s+(?:bundes|minister|pr[äa]sident|oberb[üu]rgermeister"
    r"|b[üu]rgermeister|direktor|landrat|staatssekret[äa]r|senator|generaldirektor))",
    _F,
)
# A town and a street address on one line: "Hamburg, Steinhöft 7.", "Paris, 12, rue Lafitte"
STREET_ADDRESS = regex.compile(
    r"\p{Lu}[\p{L}-]+,\s+(?:\d{1,3},?\s+)?\p{Lu}[\p{L}. -]{2,30}\s*\d{1,3}[a-z]?\.?")
# A petition's head in capitals without its "TO" (on a line of its own, which the cleaner
# may have taken for noise): "HIS EXCELLENCY SIR …, / GOVERNOR OF BOMBAY,"
EXCELLENCY_HEAD = regex.compile(r"(?:HIS|HER|THEIR)\s+(?:EXCELLENCY|MAJESTY|GRACE|LORDSHIP)\b")
# A formal French address, which may end with a stop: "A Messieurs les membres du Comité …."
FORMAL_ADDRESS = regex.compile(
    r"[àa]\s+(?:messieurs|mesdames|monsieur|madame|monseigneur)\s"
    r"|a\s+l[oa]s\s+(?:se[ñn]or(?:es|as)|socios|socias|vecinos|afiliados|compa[ñn]eros)\s"
    r"|al\s+se[ñn]or\s", _F)
GERMAN_ADDRESS = regex.compile(r"an\s+(?:den|die|das|alle|unsere|sämtliche)\s", _F)
# A bare address-block opener: "Señor" / "Monsieur le Ministre" on a line of its own.
ADDRESS_OPEN = regex.compile(
    r"(?:se[ñn]or(?:es)?|sr\.?|se[ñn]ora|monsieur|madame|herrn?|frau"
    r"|an\s+(?:herrn|frau|das|den|die))\s*$", _F  # "An das / Hochwürdigste … Ordinariat"
)
ADDRESS_CLOSE = regex.compile(r"(?:presente|s/d|p/c)\W*$|[—-]\s*presente", _F)

# Salutations and vocatives: "Dear Comrades,", "Estimados compañeros:", "Liebe Kollegen,".
SALUTATION = regex.compile(
    r"[¡!]?\s*(?:(?:my\s+)?dear|respected|esteemed|honou?red|querid[oa]s?|estimad[oa]s?|distinguid[oa]s?|apreciad[oa]s?"
    r"|mon\s+cher|ma\s+ch[eè]re|mes\s+(?:bien\s+|tr[eè]s\s+)?chers|cher|ch[eè]re|chers|ch[eè]res"
    r"|my\s+lords?|sir|gentlemen|ladies(?:\s+and\s+gentlemen)?"
    r"|liebe[rn]?|werte[rn]?|sehr\s+geehrte[rn]?|verehrte[rn]?|geliebte[rn]?"
    r"|hochgeehrte[rn]?|hochverehrte[rn]?|hochzuverehrende[rn]?|geehrte[rn]?"
    r"|mesdames|messieurs|monsieur|madame|monseigneur"
    r"|(?:muy\s+)?se[ñn]or(?:es)?|se[ñn]ora|sr\.|sres\.|de\s+(?:mi|nuestra)\s+(?:mayor\s+|más\s+alta\s+)?consideraci[oó]n)\b",
    _F,
)
VOCATIVE = regex.compile(
    r"[¡!]?\s*(?:(?:fellow\s+)?(?:comrades?|workers|friends|citizens|members|brothers|sisters"
    r"|tenants|women|men|youth|students|colleagues|countrymen|townsmen|electors|labourers"
    r"|operatives|weavers|spinners)"
    r"|compa[ñn]er[oa]s?|camaradas|trabajador[ae]s|obrer[oa]s|vecin[oa]s|ciudadan[oa]s"
    r"|estudiantes|pobladores|hermanos|amigos"
    r"|camarades|travailleu(?:rs|ses)|ouvri[eè]res?|ouvriers|citoyen(?:ne)?s|habitants|amis"
    r"|coll[eè]gues|[eé]tudiants|militants|locataires|femmes"
    r"|kolleginnen|kollegen|genoss(?:en|innen)|arbeiter(?:innen)?|bürger(?:innen)?|freunde"
    r"|mitglieder|mieter(?:innen)?|frauen|kumpels?|bergleute|bergarbeiter|metaller"
    r"|mineros|campesinos|paisanos|mineurs|paysans|miners|busmen|dockers"
    r"|fran[cç]ais(?:es)?|parisien(?:ne)?s|patriotes|compatriotes|compatriotas|patriotas"
    r"|chilen[oa]s|mitbürger(?:innen)?|landsleute|patriots"
    r"|\w{3,}(?:ais|ois)(?:es)?(?=\s*!)"  # LYONNAIS ! (a town's people called)
    r"|\w{3,}innen\s+und\s+\w{3,})\b",  # Berlinerinnen und Berliner, Wählerinnen und Wähler
    _F,
)

# Plural forms of address: a salutation to many is not a private letter's.
PLURAL_ADDRESS = words(
    """comrades friends members workers colleagues brothers sisters citizens tenants compañeros
    compañeras companeros camaradas trabajadores trabajadoras hermanos amigos vecinos
    camarades amis collègues travailleurs travailleuses citoyens habitants militants
    kollegen kolleginnen genossen genossinnen freunde mitglieder arbeiter bürger
    countrymen townsmen electors labourers operatives weavers spinners"""
)

# Closing formulas in a signature block.
# The formal French closing, a sentence long: "Veuillez agréer, Monsieur le Ministre,
# l'expression de notre haute considération."
LONG_CLOSING = regex.compile(r"(?:veuillez|recevez|nous\s+vous\s+prions|je\s+vous\s+prie)\s", _F)
CLOSING = regex.compile(
    r"(?:yours\s+(?:fraternally|faithfully|sincerely|truly)|fraternally(?:\s+yours)?"
    r"|with\s+(?:fraternal|comradely)\s+greetings|comradely\s+greetings|in\s+solidarity"
    r"|on\s+behalf\s+of|for\s+the\s+|signed"
    r"|fraternalmente|saludos?|saludan?\s+(?:atenta|fraternal|cordial|respetuosa)mente|un\s+abrazo|atentamente|sin\s+otro\s+particular|por\s+(?:el|la)\s"
    r"|dios\s+guarde"
    r"|salutations|fraternellement|bien\s+fraternellement|veuillez\s+agr[eé]er|amiti[eé]s"
    r"|pour\s+(?:le|la|l')|recevez|salut\s+fraternel"
    r"|mit\s+\w+(?:\s+\w+)?\s+gr(?:u|ü)(?:ß|ss)(?:en)?|mit\s+\w*gr(?:u|ü)(?:ß|ss)|hochachtungsvoll|für\s+(?:den|die|das)\s"
    r"|gez\.|i\.\s*a\.|freundschaft"
    # a family's letter: Tu hijo, / Your loving son, / Ta mère, / Dein Sohn,
    r"|(?:tu|su|vuestr[oa]|your(?:\s+(?:loving|affectionate|devoted))?|ton|ta|votre|dein[e]?|euer|eure)"
    r"\s+(?:hij[oa]|madre|padre|herman[oa]|espos[oa]|son|daughter|mother|father|brother"
    r"|sister|wife|husband|fils|fille|m[eè]re|p[eè]re|fr[eè]re|s(?:œ|oe)ur|femme|mari"
    r"|sohn|tochter|mutter|vater|bruder|schwester|frau|mann)\s*,?\s*$)",
    _F,
)

# Explicit issuers: "Issued by", "Edita:", "Publié par", "V.i.S.d.P.:".
ISSUED_BY = regex.compile(
    r"(?:issued|published|printed\s+and\s+published|authorised|authorized)"
    r"\s+(?:by|for|on\s+behalf\s+of)\s+"
    r"|(?:editado|publicado|emitido)\s+por\s+|edita\s*:\s*"
    r"|(?:publi[eé]|[eé]dit[eé]|diffus[eé])\s+par\s+"
    r"|herausgeber\s*:\s*|herausgegeben\s+vo[nm]\s+|v\.\s*i\.\s*s\.\s*d\.\s*p\.\s*:?\s*"
    r"|verantwortlich\s*:\s*"
    r"|by\s+order\s+of\s+(?:the\s+)?|par\s+ordre\s+(?:du|de\s+la|des|de)\s+"
    r"|por\s+orden\s+(?:del|de\s+la|de)\s+|im\s+auftrag(?:e)?\s+(?:des|der)\s+",
    _F,
)
PRINTER = regex.compile(
    r"(?:printed|imprim[eé]|imprenta|impreso|tipograf[ií]a|druck|gedruckt|eigendruck)\b", _F
)
ISSUER_STOP = regex.compile(
    r"\s+(?:printed|imprim[eé]|imprenta|druck|gedruckt|permanence|tel\.|phone|telephone"
    r"|tél|teléfono)\b.*$|[,;]?\s*\d{1,4}\s+\w+\s+(?:street|road|lane|rue|calle|stra(?:ß|ss)e).*$",
    _F,
)

# A publication masthead: "Bulletin of the X", "Órgano del X", "Mitteilungsblatt der X".
PUBLICATION = regex.compile(
    r"(?:(?:monthly|weekly|fortnightly|official)\s+)?(?:bulletin|newsletter|paper|organ|journal"
    r"|news\s*sheet|magazine)\s+(?:of|for)\s+(?:the\s+)?"
    r"|(?:[oó]rgano|bolet[ií]n|peri[oó]dico|vocero|revista)(?:\s+\w+)?\s+(?:oficial\s+)?"
    r"(?:del|de\s+la|de\s+los|de)\s+"
    r"|(?:bulletin|journal|organe|feuille)(?:\s+\w+)?\s+(?:du|de\s+la|de\s+l'|des|de)\s*"
    r"|(?:mitteilungsblatt|mitteilungen|zeitung|organ|nachrichtenblatt|rundbrief|informationsblatt"
    r"|informationsdienst|pressedienst|nachrichtendienst)"
    r"(?:\s+\w+)?\s+(?:der|des|für)\s+"
    r"|(?:bolet[ií]n|bulletin|newsletter|informationsblatt|mitteilungen|nachrichten)"
    r"(?:\s+(?:informativo|d'information|interno|intérieur|mensuel|mensual|monthly|paroissial"
    r"|parroquial|municipal|communal|syndical|officiel|oficial))?"
    r"(?:\s*[,.—–-]?\s*(?:n[°ºo]\.?|nr\.?|no\.|núm\.?|num\.?)\s*\d[\d/.-]*)?\s*$",
    _F,
)
# A bulletin's own name at a line's start: "Mitteilungsblatt für den Bezirk …", "RUNDBRIEF
# Nr. 14", "CLUBNACHRICHTEN", "BULLETIN TRIMESTRIEL", "BOLETÍN MENSUAL"
BULLETIN_NAME = regex.compile(
    r"(?:mitteilungsblatt|mitteilungen|rundbrief|\w*nachrichten|nachrichtenblatt"
    r"|informationsblatt|bulletin|bolet[ií]n|newsletter)\b", _F)
# A periodical's number: "Nr. 14", "N° 37", "Núm. 38", "Folge 10", "Heft 3"
ISSUE_NUMBER = regex.compile(r"(?:n\.?[°ºo]\.?|nr\.?|no\.|núm\.?|num\.?|folge|heft)\s*\d", _F)
# A paper's name: up to three words and a word for a paper ("THE DAILY HERALD").
_PAPER = (
    r"(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:herald|times|gazette|chronicle|tribune"
    r"|courier|post|mail|news|worker|telegraph|observer|guardian|express|standard|mercury"
    r"|advertiser|citizen|clarion|leader|bulletin|zeitung|volksblatt|vorwärts|humanité|populaire"
    r"|diario|heraldo|mercurio)"
)
# ... and its date on one line: "THE DAILY HERALD, TUESDAY, MAY 4, 1926."
NEWSPAPER_LINE = regex.compile(rf"(?P<name>{_PAPER})\s*[,.—–-]\s+(?=[^\n]*\d{{4}}\.?\s*$)", _F)
# ... or alone on its line, over a line that dates it ("THE BOMBAY CHRONICLE")
NEWSPAPER_NAME = regex.compile(rf"{_PAPER}\.?", _F)
# The line under a newspaper's name that says how often it comes out, and no body whose
# organ it is ("Quotidien socialiste — Genève"; not "Organ der KPS": that body issues it).
PRESS_SUBTITLE = regex.compile(
    r"(?:quotidien|hebdomadaire|diario|semanario|tageszeitung|wochenzeitung|wochenblatt"
    r"|daily|weekly)\b(?!\s+(?:organ|organe|[oó]rgano|of|der|des|del)\b)"
    r"(?!\s+du\s+(?!matin\b|soir\b))(?!\s+de\s+(?!la\s+(?:ma[ñn]ana|tarde|noche)\b))",
    _F,
)
PUBLICATION_TAIL = regex.compile(
    r"\s+[—–-]\s+(?=.*\d).*$|\s+(?:one|two|three|four|six)\s+(?:penny|pence|halfpence)\b.*$|\s*(?:[,;—–-]|\s)\s*(?:no\.?|n[°º]|nr\.?|num\.?|número|vol\.?|año|jahrgang|price|prix"
    r"|precio|preis|\d{1,2}(?:st|nd|rd|th)?\s+year)(?=[\s\d.:]|$).*$",
    _F,
)
# (the capital is matched case-sensitively: "Por una universidad abierta" is no byline)
BYLINE = regex.compile(
    r"(?:by|por|par|von)\s+(?=(?-i:\p{Lu})|our\b|nuestro|notre|unser)"
    r"|from\s+(?:our|a)\s+(?:own\s+|special\s+|\w+\s+)?correspondent"  # From our own ...
    r"|de\s+(?:notre|nuestro)\s+(?:envoy[ée]\s+sp[ée]cial|correspon[ds]a[nl]t?e?)",
    _F,
)

# Words that make a line name an organisation: whole words, and German compound endings.
ORG_WORDS = words(
    """union society federation association league committee council party circle branch guild
    club movement front brotherhood co-operative cooperative executive secretariat board
    bureau group commission sindicato federación federacion confederación confederacion
    asociación asociacion comité comite coordinadora movimiento partido comisión comision
    comisiones central junta frente liga unión comedor cooperativa centro directorio
    directiva secretaría secretaria consejo agrupación colectivo comunidad syndicat fédération
    federation confédération union coopérative section parti ligue conseil cellule collectif
    amicale mouvement intersyndicale coordination cgt cfdt fo cnt ugt ccoo kpd spd dgb ig e.v
    e.v. vorstand commune plenario convención convencion afl-cio afl cio tuc cgil cisl uil
    alianza alliance veb évêché eveche archevêché archeveche academy académie academie academia
    paroisse parroquia pfarrei trust trustees municipalidad municipalité municipalite
    ayuntamiento
    sociedad société societe chamber chambre cámara camara compañía compania compagnie company
    hospital consulat consulado consulate konsulat legation légation embassy ambassade
    embajada bank banco banque gremio montepío montepio alcaldía alcaldia mairie diputación
    diputacion jefatura inspección inspeccion museum musée musee museo"""
)
ORG_SUFFIXES = (
    "gewerkschaft", "verband", "bund", "bündnis", "genossenschaft", "verein", "partei",
    "betriebsrat", "vorstand", "ausschuss", "ausschuß", "komitee", "initiative", "initiativen",
    "ortsgruppe", "kartell", "gewerkschaftsbund", "arbeiterrat", "soldatenrat", "bauernrat",
    "personalrat", "zentralrat", "arbeiterunion", "streikleitung", "kreisleitung",
    "bezirksleitung", "parteileitung", "landesleitung", "gewerkschaftsleitung", "feuerwehr",
    "johannisloge", "großloge", "grossloge", "gesellschaft", "kombinat", "ordinariat",
    "pfarramt", "bürgermeisteramt", "bezirksamt", "landratsamt", "gemeindeamt", "standesamt",
    "sparkasse", "brauerei", "konsulat", "direktion", "pastorat", "vereinigung",
)  # fmt: skip
# A firm's legal form, seat or capital on a line under its name: "Société anonyme — Siège
# social : …", "Sociedad anónima", "Aktiengesellschaft", "Capital social : …"
LEGAL_FORM = regex.compile(
    r"(?:soci[ée]t[ée]\s+anonyme|sociedad\s+an[óo]nima|aktiengesellschaft|si[èe]ge\s+social"
    r"|eingetragene\s+genossenschaft|capital\s+(?:social|de)\b)", _F)
# A body's officer named under its name: "Hon. Secretary: Mr. Thomas Brayshaw.", "Medical
# Officers: Dr. W. Wilson Smith and Dr. R. A. Wright." (names, initials, and/und/et/y)
OFFICER_LINE = regex.compile(
    r"(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}]*:\s+"
    r"(?:(?:\p{Lu}[\p{L}'’.-]*|and|und|et|y|of|von|de)[,\s]+)*\p{Lu}[\p{L}'’.-]*\.?$")
# A firm named by its partners alone, on a line of its own (HIRST, OLDROYD & FEARNLEY.;
# Haworth & Pickup): a body, as a letter's signature or letterhead
PARTNERS_LINE = regex.compile(
    r"\p{Lu}[\p{L}'’-]+(?:,\s+\p{Lu}[\p{L}'’-]+){0,3}\s+&\s+\p{Lu}[\p{L}'’-]+\.?")
# An office holder's letterhead in capitals, the office and its place: LE CURÉ DE GRUYÈRES,
# EL ALCALDE DE LORCA, THE VICAR OF WAKEFIELD, DER BÜRGERMEISTER VON BAUTZEN
OFFICE_HEAD = regex.compile(
    r"(?:LE|LA|EL|THE|DER|DIE)\s+(?:CURÉ|CURE|MAIRE|PRÉFET|PREFET|SOUS-PRÉFET|ALCALDE|CURA"
    r"|PÁRROCO|PARROCO|VICAR|RECTOR|MAYOR|BÜRGERMEISTER|PFARRER|CONSUL|CÓNSUL|GOBERNADOR)"
    r"\s+(?:DE|DU|D['’]|DEL|OF|VON|ZU|IN)\s*\p{Lu}")
# A line under a body's name that gives its seat: "im Orient Heilbronn", "à Lyon", "À
# VALPARAISO".
SEAT_LINE = regex.compile(
    r"(?:im|in|zu|à|en|at)\s+(?:Orient\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\.?"
    r"|(?:IM|IN|ZU|À|A|EN|AT)\s+\p{Lu}[\p{Lu}-]+(?:\s+\p{Lu}[\p{Lu}-]+)?\.?")
# A line naming a sub-unit of the organisation above it: "Bristol No. 3 Branch".
SUBUNIT_WORDS = words(
    """branch district section division lodge chapel area region local committee seccional
    sección seccion secretaría secretaria filial regional régionale regionale région departamental
    distrital base sous-
    section locale départementale kreis bezirk ortsverein ortsgruppe verwaltungsstelle
    kreisverband landesverband bezirksverband unterbezirk ortskartell bezirksleitung
    landesleitung kreisleitung ortsleitung leitung bezirksverwaltung kreisverwaltung
    ortsverwaltung landesbezirk verwaltungsstelle secretariat secrétariat secretariado
    sekretariat department departamento département abteilung"""
)
# Contact lines under a masthead: street addresses, telephone, "Secretary: X".
CONTACT_WORDS = words(
    """street road lane avenue square terrace row place rue calle avenida av casilla apartado
    straße strasse str platz weg postfach tel telephone téléphone teléfono telefon fernruf
    maison house hall c/o"""
)
CONTACT_SUFFIXES = ("straße", "strasse", "str.", "gasse", "allee", "platz")
# A letter's file reference: "Our Ref: AS/JM", "N/Réf. : 123", "Unser Zeichen: Br/Ko".
REFERENCE = regex.compile(
    r"(?:(?:our|your)\s+ref(?:erence)?|ref(?:erence)?\.?\s*no|[nv](?:otre|/)\s*r[ée]f"
    r"|(?:nuestra|su)\s+ref(?:erencia)?|(?:unser|ihr)e?\s+zeichen)\.?\s*[:.]", _F)

MONTHS = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|march|mar\.|april|apr\.|may|june|july|aug(?:ust|\.)?"
    r"|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|noviembre|diciembre"
    r"|janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
    r"|d[eé]cembre|januar|februar|m[aä]rz|juni|juli|oktober|dezember"
)
YEAR = regex.compile(r"\b(?:1[6-9]|20)\d\d\b")
DATE = regex.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th|er|°|\.)?\s+(?:de\s+)?(?:{MONTHS})\b"
    rf"|\b(?:{MONTHS})\s+(?:\d{{1,2}},?\s+)?(?:de\s+)?1[89]\d\d\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-](?:1[89])?\d\d\b|\b(?:1[89]|20)\d\d\b",
    _F,
)
# A dateline ending a heading line that OCR ran into it: "... Meeting Leeds, 3 November 1936".
TRAILING_DATELINE = regex.compile(
    rf"\s+\p{{Lu}}[\p{{L}}-]+,\s+(?:le\s+|den\s+|am\s+|el\s+|im\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?)?(?:{MONTHS})\.?\s+(?:de\s+)?\d{{4}}\.?$",
    _F,
)

# Words that continue a heading onto the next line ("STATEMENT ON THE / UNOFFICIAL ...").
CONTINUES = regex.compile(
    r"(?:of|on|for|to|from|by|at|in|and|about|concerning|regarding|adopted|presented|held"
    r"|del?|de\s+la|de\s+los|de\s+las|sobre|al|a|a\s+la|a\s+los|a\s+las|para|por|con|ante|en"
    r"|du|de\s+l'|des|sur|au|aux|à|pour|par|adopt[eé]e?|pr[eé]sent[eé]e?"
    r"|des|der|zur|zum|zu|an|für|über|vom|von|gegen|beim|am|im)\b",
    _F,
)
OPEN_END = words(
    """the of on for to and a an la las los el de del y e le les du des et der die das und zur
    zum für &"""
)
ENDS_OPEN = regex.compile(
    r"(?:\b(?:the|of|on|for|to|and|a|an|la|las|los|el|de|del|y|e|le|les|du|des|et|der|die|das"
    r"|des|und|zur|zum|für)|&)$",  # "… Daimler und Werner &" / "Pfleiderer!"
    _F,
)
# "of X" inside a heading: the issuing body of "Statement of the Executive Committee".
HEADING_OF = regex.compile(
    r"\b(?:(?:of\s+the|from\s+the|from|of|del|de\s+la|de\s+los|du|des|de|der|des|by\s+the"
    r"|par\s+l[ae]|por\s+el|por\s+la|von\s+der|vom)\s+|(?:de|par)\s+l['’]\s*)"
    r"(?P<who>.+?)(?=\s+(?:on|to|about|concerning|regarding|sobre|al|a\s+la|a\s+los|ante|sur|au"
    r"|aux|à|zur|zum|über|an|gegen|für|pr[eé]sent[eé]|adopted|adopt[eé]e?)\b|$)",
    _F,
)
HEADING_TO = regex.compile(
    r"\b(?P<to>(?:to|al|a\s+la|a\s+los|a\s+las|au|aux|à\s+la|à\s+l'|à(?!\s+\p{Ll}+(?:er|re|ir)\b)"
    r"|an\s+den|an\s+die"
    r"|an\s+das|an\s+alle)\s+.+?)(?=\s+(?:from|de\s+parte\s+de|de\s+la\s+part|von\s+der"
    r"|para\s+(?:precaver|evitar|prevenir|la|el)|pour\s+(?:pr[ée]venir|[ée]viter))\b|$)",
    _F,
)
ARTICLE = regex.compile(r"(?:the|el|la|los|las|le|les|der|die|das|den)\s+|l['’]", _F)
# "of the" before a body's name on a line of its own: "del Comité ...", "du Syndicat ..."
# A body's name going on with its cause on the next line, in capitals (COMITÉ MONDIAL DES
# FEMMES / CONTRE LA GUERRE ET LE FASCISME)
PURPOSE_LEAD = regex.compile(r"(?:contre|pour|for|against|gegen|für|contra|por|para)\s", _F)
GENITIVE_LEAD = regex.compile(
    r"(?:of\s+the|of|del|de\s+la|de\s+los|de\s+las|du|de\s+l['’]|des|der|des|vom|von\s+der"
    r"|von\s+den)\s*(?=\w)",
    _F,
)

# Body cues, counted over the first words of the text: genre -> phrases (lower case).
BODY_CUES: dict[str, str] = {
    "minutes": "present: | apologies | in the chair | minutes of the last | minutes of the previous"
    " | it was agreed | it was resolved | meeting closed | agenda | orden del día | se acordó"
    " | se levantó la sesión | asistencia | présents : | présents: | excusés | ordre du jour"
    " | séance est levée | anwesend: | tagesordnung | schluß der sitzung | schluss der sitzung",
    "resolution": "that this | resolves | resolved that | calls upon | resuelve | visto:"
    " | considerando | considérant | se prononce | décide de | beschließt | beschliesst"
    " | angenommen | à l'unanimité | einstimmig | adopted unanimously | unanimously",
    "statement": "declara: | déclare | erklärt | make it clear | stellt fest | denuncia | dénonce"
    " | rechaza | rechazamos | protest | protests | protestamos",
    "appeal": "we appeal | appeal to | llamamos | hacemos un llamado | appelons | appelle à"
    " | rufen | ruft | donations | donation | collection | solidarity | solidarité | solidaridad"
    " | spenden | aufruf",
    "message": "greetings | saludo fraternal | salut fraternel | grüße | grüsse | deliberations",
    "report": "year under review | membership | balance | ejercicio | afiliados | exercice"
    " | chiffre d'affaires | mitgliederentwicklung | rechtsschutz | bildungsarbeit",
    "letter": "by the present | por la presente | por medio de la presente | nous avons l'honneur"
    " | your letter | tu carta | su carta | ta lettre | votre lettre | deinen brief | ihr schreiben"
    " | i am instructed | i am writing",
    "leaflet": "mass meeting | come to the | todos a la | tous au | venez nombreux | rendez-vous"
    " | treffpunkt | warnstreik | kundgebung | manifestación | manifestation",
}


# All line-start patterns in one, in the order their kinds take precedence: one match
# per line tells which (if any) could apply.
_LEADS = {
    "subject": SUBJECT,
    "genre": GENRE_HEAD,
    "publication": PUBLICATION,
    "issued": ISSUED_BY,
    "byline": BYLINE,
    "closing": CLOSING,
    "printer": PRINTER,
    "address": ADDRESS,
    "address_open": ADDRESS_OPEN,
    "salutation": SALUTATION,
    "vocative": VOCATIVE,
}
LEAD = regex.compile(
    "|".join(
        f"(?P<{k}>" + regex.sub(r"\(\?P<\w+>", "(?:", p.pattern) + ")" for k, p in _LEADS.items()
    ),
    _F,
)


MEETING_ENDINGS = ("versammlung", "sitzung", "konferenz", "tagung")  # German compounds
MEETING_WORDS = words(
    """meeting session conference assembly sitting reunión sesión asamblea réunion séance
    assemblée congrès conférence sitzung versammlung tagung konferenz"""
)
DATED_TAIL = regex.compile(
    r",?\s+(?:held|tenue?|celebrad[ao]|réunie?s?|versammelt)\b.*$"
    r"|,?\s+(?:am|on|le|el|du|vom)\b(?=.*\d).*$"
    r"|,?\s+(?:for|pour|para|für)\s+(?:the\s+|l'|el\s+|das\s+)?(?:year|ann[ée]e|año|jahr)\b.*$",
    _F,
)
SUBTITLE = regex.compile(
    r"(?:adopted|passed|carried|issued|submitted|presented|prepared|drawn\s+up|adopt[eé]e?s?"
    r"|vot[eé]e?s?|pr[eé]sent[eé]e?|adoptad[ao]|aprobad[ao]|presentad[ao]|elaborad[ao]"
    r"|beschlossen|angenommen|verabschiedet|erstattet|vorgelegt)\b",
    _F,
)

# "General Secretary of the X": the role before a body's name in a signature.
ROLE_OF = regex.compile(
    r"^(?:(?:the|el|la|le|der|die)\s+)?(?:(?:erste[r]?\s+)?(?:general\s+)?secretary|chairman"
    r"|president|treasurer|secretario(?:\s+general)?|presidente|secrétaire(?:\s+général)?"
    r"|président|vorsitzende[r]?|sekretär|kassierer|präsident)"
    r"\s+(?:of\s+the|of|del?|de\s+la|du|de\s+l'|der|des)\s+",
    _F,
)

PRESENTED = regex.compile(
    r"^(?:submitted|presented|addressed|presentado|dirigido|présenté|adressé|vorgelegt"
    r"|erstattet)\s+",
    _F,
)

# A heading that ends in its own number ("Circular N° 12", "Rundschreiben Nr. 7/1950").
# A periodical's issue line: "Año II — Nº 14", "Vol. 3, No. 12", "5. Jahrgang, Nr. 4",
# "No 1234. — Mardi 14 mars": no title, whatever its capitals.
ISSUE_LINE = regex.compile(
    r"(?:(?:a[ñn]o|vol(?:ume)?\.?|tome|t\.|jahrgang|jg\.|year|ann[eé]e)\s+[IVXLC\d]+"
    r"|\d+\.?\s+jahrgang)?\s*[—–,.-]*\s*(?:n[°ºo]\.?|nr\.?|no\.?|núm\.?|num\.?|number"
    r"|num[eé]ro|nummer)\s*\d[\d/.-]*\.?(?:\s*[—–,-]\s*.{0,40})?",
    _F,
)
# An issue's number inside a longer line (a paper's dateline: "… 1905 — Año IX — Núm. 648")
ISSUE_MARK = regex.compile(r"[—–-]\s*(?:a[ñn]o|vol\.?|jahrgang|ann[eé]e|n[°ºo]\.?|nr\.?|núm\.?)"
                           r"\s*[IVXLC\d]", _F)
# A deed's number in words heading it ("NÚMERO CIENTO VEINTISIETE."): the protocol's, no title
DEED_NUMBER = regex.compile(r"n[úu]mero\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,4}\.?", _F)
# A paper's price on a line of its own ("One Penny", "Price 2d.", "Prix : 10 centimes")
PRICE_LINE = regex.compile(
    r"(?:(?:price|prix|precio|preis)\s*:?\s*)?(?:(?:one|two|three|four|six)\s+"
    r"(?:penny|pence|halfpence)|\d+\s*(?:d|p|c|cts?|cent(?:ime)?s?|centavos?|pf(?:ennig)?"
    r"|rp|kr|heller)\.?)"
    r"|(?:price|prix|precio|preis)\s*:?\s*\S+(?:\s+\S+)?",
    _F,
)
NUMBERED = regex.compile(r"(?:n[°ºo]\.?|nr\.?|no\.|núm\.?|num\.?)\s*\d[\d/.-]*$", _F)
MEMO_FROM = regex.compile(r"(?:from|de|von|remitente|exp[eé]diteur|absender)\s*:\s*", _F)
MEMO_TO = regex.compile(r"(?:to|an|para|à|a|destinataires?|destinatarios?)\s*:\s*", _F)

# Verbs a statement's first sentence opens with after naming its author:
# "La Fédération ... informe que", "The Committee rejects", "Der Vorstand fordert".
SUBJECT_VERBS = words(
    """informs rejects declares calls protests condemns demands denounces welcomes supports
    has have is notes informa declara rechaza denuncia exige llama protesta saluda apoya
    informe déclare rejette dénonce appelle exige proteste salue soutient a
    erklärt fordert lehnt protestiert verurteilt unterstützt ruft begrüßt hat teilt"""
)
