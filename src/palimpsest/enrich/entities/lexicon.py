"""Word lists the recogniser and the resolver share, in English, Spanish, French and German.

All entries are folded (lower case, no accents; see :func:`palimpsest.enrich.chronology.fold`).
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Titles and honorifics before a person's name. Abbreviations are given without their dot.
TITLES = _words("""
mr mrs ms miss messrs dr sir lord lady dame rev revd reverend hon capt captain col colonel
gen general lt lieut lieutenant major sergeant sgt cpl corporal admiral adm gov governor
president chairman chairwoman comrade brother sister prof professor judge justice senator
rep representative secretary minister premier chancellor king queen prince princess duke
earl count countess baron bishop archbishop cardinal pope father fr saint st mayor alderman
councillor cllr marshal emperor empress sheriff esq
sr sra srta senor senora senorita don dona d dr dra camarada companero companera presidente
presidenta general coronel capitan teniente ministro ministra secretario secretaria
dna sres sras ilmo excmo alcalde diputado diputada senador rey reina principe obispo padre
fray licenciado lic ing
m mm mme mlle monsieur madame mademoiselle messieurs camarade citoyen citoyenne president
ministre general colonel capitaine marechal abbe pere maitre me docteur roi reine prince
eveque cardinal depute senateur maire prefet
herr hr frau fr fraulein frl genosse genossin kamerad dr prof professor prasident minister
reichskanzler kanzler bundeskanzler general oberst hauptmann leutnant major graf grafin
furst konig konigin kaiser kaiserin bischof pfarrer pater burgermeister abgeordneter
staatssekretar sekretar vorsitzender direktor
""")

# Words that make a capitalised run an organisation.
ORG_WORDS = _words("""
union unions party company co corporation corp inc ltd limited society association
federation confederation committee council congress league bank railway railways
board ministry department office institute institution university college school
church army navy government parliament assembly senate club trust fund press times
herald gazette chronicle journal news agency commission bureau brotherhood guild
cooperative co-operative syndicate trades workers employers international movement
front alliance coalition group foundation hospital academy court police
partido sindicato confederacion federacion comite consejo congreso liga banco
ministerio gobierno asamblea senado universidad colegio iglesia ejercito compania
sociedad asociacion movimiento frente alianza agrupacion central union juventudes
juventud comision tribunal policia
parti syndicat confederation federation comite conseil congres ligue banque ministere
gouvernement assemblee universite eglise armee compagnie societe association
mouvement front alliance chambre cgt tribunal commission
partei gewerkschaft bund verband verein ausschuss rat kongress bank ministerium
regierung versammlung reichstag bundestag landtag universitat kirche armee
gesellschaft genossenschaft bewegung front zentrale komitee kommission gericht
polizei vorstand
""")

# Lower-case words allowed inside a name between capitalised words.
CONNECTORS = _words("""
of the and for de del la las los y e du des d' et le von van der und fur
di da do dos
""")

# Capitalised words that start sentences and headings but do not start names.
LEADING_DROP = _words("""
the a an this that these those in on at to from by for with of and or but as if when
while after before since during under over our your their his her its my we they he she
it there here all no not yes dear
el la los las un una unos unas en de del a por para con y o pero como si cuando
nuestro nuestra nuestros nuestras su sus este esta estos estas al
le la les un une des du au aux en dans par pour avec et ou mais comme si quand notre nos
votre vos leur leurs ce cette ces
der die das den dem des ein eine einer einen einem in im an am auf aus bei mit nach von
vom zu zum zur fur und oder aber wenn als wie unser unsere unseren euer eure ihr ihre
dieser diese dieses
""")

# Words before a place name.
LOC_PREPOSITIONS = _words("""
in at from near to into towards across through via
en desde hacia cerca
a en depuis vers pres
in aus nach bei zu von
""")

