"""Titles and honorifics before a person's name, in English, Spanish, French and German.

Shared by the OCR corrector (a name after a title need not read like a word of the
language) and the names' recogniser and resolver. Entries are folded (lower case, no
accents); abbreviations are given without their dot.
"""

from __future__ import annotations

__all__ = ["TITLES"]


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


TITLES = _words("""
mr mrs ms miss messrs dr sir lord lady dame rev revd reverend hon capt captain col colonel
gen general lt lieut lieutenant major sergeant sgt cpl corporal admiral adm gov governor
president chairman chairwoman comrade brother bro sister prof professor judge justice senator
rep representative secretary minister premier chancellor king queen prince princess duke
earl count countess baron bishop archbishop cardinal pope father fr saint st mayor alderman
councillor cllr marshal emperor empress sheriff esq attorney ensign commodore coroner
sr sra srta senor senora senorita don dona d dr dra camarada companero companera presidente
presidenta general coronel capitan teniente ministro ministra secretario secretaria
dna sres sras ilmo excmo alcalde intendente diputado diputada senador rey reina principe obispo
padre fray licenciado lic ing prefecto subprefecto
m mm mme mlle monsieur madame mademoiselle messieurs camarade citoyen citoyenne president
ministre general colonel capitaine marechal abbe pere maitre me docteur roi reine prince
eveque cardinal depute senateur maire prefet bourgmestre echevin
herr hr frau fr fraulein frl genosse genossin kollege kollegin kamerad dr prof professor
prasident minister
reichskanzler kanzler bundeskanzler general oberst hauptmann leutnant major graf grafin
furst konig konigin kaiser kaiserin bischof pfarrer pater burgermeister abgeordneter
staatssekretar sekretar vorsitzender vorsitzende direktor schriftfuhrer schriftfuhrerin
kassierer kassiererin beisitzer beisitzerin
rector dean inspector commissioner superintendent ambassador consul magistrate canon vicar
ingenieur
pastor deacon recteur doyen directeur inspecteur commissaire juge avocat notaire pasteur
cure chanoine commandant amiral professeur secretaire tresorier ambassadeur consul
rector decano director inspector comisario juez abogado notario pastor cura comandante
almirante profesor tesorero embajador gobernador rektor dekan inspektor kommissar richter
anwalt notar kommandant admiral doktor botschafter konsul landrat stadtrat
oberburgermeister gouverneur kapitan statthalter herzog herzogin prinz prinzessin markgraf
landgraf erzherzog kurfurst landammann rabbi
""")
