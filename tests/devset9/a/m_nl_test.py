from lib import *
from spec import M

M(861, "nl", "block", "paspoort-vingerafdrukken-formulier",
  "Burgerzaken Turnhout <burgerzaken@turnhout.be>", "helpdesk@id-kiosk-leverancier.be",
  "storing kiosk - registratie nog niet doorgestuurd",
  f"""Hallo helpdesk,

Sinds vanmiddag hangt de kiosk bij het doorsturen. Onderstaande registratie staat nog in de wachtrij:

Aanvrager:          Marieke Hendrickx
Rijksregisternr.:   {nn('900228', 342, 'pairs')}
Document:           paspoort
Vingerafdrukken:    L-wijsvinger + R-wijsvinger ingelezen (WSQ + template, kwaliteit 78/81)
Pasfoto:            OK
Status:             FOUT 0x1F - upload afgebroken

Kunnen jullie de template uit de lokale cache recupereren zodat ze niet terug moet komen?

Groeten,
Wouter - Burgerzaken Turnhout (014 44 33 11)""", "B NN",
  "fingerprint capture of a named applicant with NN in a Label: value form")

M(862, "nl", "block", "huntington-predictief",
  "Dienst Neurologie AZ Groeninge <neurologie@azgroeninge.be>", "dr.vercruysse@kinepraktijk-kuurne.be",
  "verwijsbrief",
  """Collega,

In bijlage de verwijsbrief voor onze gemeenschappelijke patiënt. Graag uw advies over het
bewegingsprogramma.

Dr. Nele Deprez
Neurologie - 056 63 63 63""", "G H",
  "referral letter with predictive Huntington test result of a named patient (DOCX)",
  att=[docx_att("verwijsbrief_Vanneste.docx", [
      "Betreft: dhr. Geert Vanneste, °1981",
      "Voorgeschiedenis: vader overleden aan de ziekte van Huntington.",
      "Predictieve test (HTT-gen): 42 CAG-herhalingen - drager van de volledig penetrante mutatie.",
      "Klinisch: beginnende chorea, lichte cognitieve klachten. Start tetrabenazine 12,5 mg.",
      "Vraag: aangepast oefenprogramma."])])

M(863, "nl", "block", "bezwaar-burgerpanel",
  "Griffie Gemeente Zwolle <griffie@zwolle.nl>", "secretariaat@onderzoeksbureau-panelwerk.nl",
  "Samenstelling burgerpanel - vervanging",
  f"""Beste Anouk,

Voor de vervanging in het burgerpanel hebben we een kandidaat. Dhr. Erik de Vries (BSN {bsn('27364510', 'dots')})
gaf in het intakegesprek aan dat hij lid is van Forum voor Democratie en bij de laatste Kamerverkiezingen
op die partij heeft gestemd; voor de spreiding in het panel is dat relevant. Hij is geen raadslid of
volksvertegenwoordiger.

Met vriendelijke groet,
Griffie Zwolle | 038 498 91 11""", "P BSN",
  "party membership and vote of a named citizen with BSN")

M(864, "nl", "block", "standplaatsen-woonwagen",
  "Team Wonen Gemeente Veldhoven <wonen@veldhoven.nl>", "verhuur@woningcorporatie-dekempen.nl",
  "wachtlijst standplaatsen",
  """Hallo Wim,

Bijgaand de wachtlijst, zoals besproken met de kolom afkomst (we willen de Sinti- en Roma-families volgens
het beleidskader niet uit elkaar halen).

Groet,
Anja""", "E",
  "waiting list with Sinti/Roma ethnic origin per named family (XLSX)",
  att=[xlsx_att("wachtlijst_standplaatsen.xlsx", {"wachtlijst": [
      ["positie", "hoofdbewoner", "afkomst", "gezinsleden"],
      [1, "Johannes Weiss", "Sinti", 5], [2, "Maria Lakatos", "Roma (Hongaars)", 3],
      [3, "Piet Hanegraaf", "reizigers (woonwagenbewoner)", 2]]})])

M(865, "nl", "block", "thread-verlof-feestdagen",
  "Nathalie Wouters <nathalie.wouters@fod-financien.be>", "j.mertens@sociaalsecretariaat-sdworx.be",
  "RE: RE: RE: compensatieverlof september",
  """Dag Jeroen,

Ok, dan boek ik het zo in. Zie de vraag van de collega hieronder, voor de volledigheid.

Nathalie

-----Oorspronkelijk bericht-----
Van: Jeroen Mertens
Verzonden: dinsdag 10 februari 2026 14:02
Onderwerp: RE: RE: compensatieverlof september

Prima, maar welke code moet ik gebruiken? Een reden is niet nodig in ons systeem.

-----Oorspronkelijk bericht-----
Van: Nathalie Wouters
Verzonden: dinsdag 10 februari 2026 11:40
Onderwerp: RE: compensatieverlof september

> Van: David Rosenberg
> Zoals je weet ben ik joods en hou ik Jom Kipoer en Rosj Hasjana; ik vraag die dagen als
> compensatieverlof aan. Ik ben ook vakbondsafgevaardigde voor ACOD, dus ik zit op 22/9 sowieso in het
> overlegcomité.
""", "R T",
  "religion and union role of a named employee buried in a quoted reply thread", inreply=True)

M(866, "nl", "block", "subject-coming-out",
  "Leerlingenbegeleiding Atheneum <leerlingenbegeleiding@atheneum-lier.be>", "clb.contact@vrijclb-lier.be",
  "Vertrouwelijk: Robbe (5B) - coming-out en pesterijen",
  """Dag Sofie,

Zoals besproken: Robbe Van den Broeck uit 5B wordt sinds zijn coming-out online uitgescholden. Hij
vroeg om het niet aan zijn ouders te melden; de screenshots heb ik bewaard. Kan het CLB een gesprek
plannen?

Groeten
Jonas
Leerlingenbegeleiding""", "S",
  "sexual orientation of a named pupil, also in the subject line")

M(867, "nl", "block", "voorlopige-hechtenis-huurder",
  "Sociaal Verhuurkantoor Brugge <svk@brugge.be>", "beheer@immo-vanacker.be",
  "huur dhr. Dumon - achterstal",
  "Zie HTML.",
  "C NN", "pre-trial detention of a named tenant with NN in an HTML table",
  html=f"""<html><body><p>Geachte,</p>
<p>Wij hebben vernomen waarom de huur van maart niet betaald werd:</p>
<table border="1">
<tr><td><b>Huurder</b></td><td>Sven Dumon</td></tr>
<tr><td><b>INSZ</b></td><td>{nn('950113', 275, 'spaces')}</td></tr>
<tr><td><b>Situatie</b></td><td>sinds 20/02 in voorlopige hechtenis, gevangenis Brugge (onderzoek drugshandel)</td></tr>
<tr><td><b>Actie</b></td><td>OCMW neemt contact op met de advocaat</td></tr></table>
<p>SVK Brugge - 050 32 70 00</p></body></html>""")

M(868, "nl", "block", "clb-eetstoornis",
  "CLB Antwerpen <info@clb-antwerpen.be>", "zorgcoordinator@sint-lievenscollege.be",
  "Terugkeer Lotte - afspraken",
  """Beste zorgcoördinator,

Lotte De Smet (4de jaar) komt vanaf 16/3 halftijds terug na haar opname op de KJP van ZNA
(anorexia nervosa, 7 weken). Ze blijft in ambulante begeleiding bij de kinderpsychiater en
de diëtist; gewichtscontrole op school is niet de bedoeling. Graag geen LO voorlopig.

Met vriendelijke groet,
Karen Peeters, CLB-medewerker
03 270 32 10""", "H",
  "eating disorder, psychiatric hospitalisation of a named pupil (abbreviated wording)")

M(869, "nl", "block", "camera-match-gezocht",
  "Lokale Politie Antwerpen - RIC <ric@politie-antwerpen.be>", "security@evenementenhal-expo.be",
  "ANPR/FR-hit evenement zaterdag",
  """Goedemiddag,

Tijdens het evenement van zaterdag gaf de gezichtsherkenningsmodule een hit (score 0,97 tegen de
referentietemplate) op Dylan Verstraeten, die geseind staat voor een openstaand bevel tot aanhouding
(gewapende diefstal). Graag de beelden van ingang B tussen 21u10 en 21u30 bewaren.

INP Wouters - RIC""", "B C",
  "face-recognition hit on a named person wanted for armed robbery")

M(870, "nl", "block", "dna-verwantschap-gezinshereniging",
  "Dienst Vreemdelingenzaken - Gezinshereniging <gezinshereniging@ibz.fgov.be>", "consular@belgianembassy-partner-lab.org",
  "Resultaat DNA-verwantschapsonderzoek",
  f"""Dear colleagues / beste collega's,

Resultaat voor de aanvraag van de referentiepersoon dhr. Ahmed Nour (BIS {nn('910514', 89, 'dots', bis=20)}):

- vermeende zoon Yusuf Nour: biologisch verwantschap bevestigd (W = 99,999 %)
- vermeende dochter Hana Nour: verwantschap uitgesloten

Het visum kan voor Yusuf verder behandeld worden.

DVZ - Gezinshereniging""", "G BIS",
  "DNA kinship test results of named persons with a BIS number")

M(871, "nl", "block", "petitie-handtekeningen",
  "Dienst Burgerparticipatie <participatie@hasselt.be>", "info@drukkerij-vanmol.be",
  "drukwerk uitnodiging",
  """Hallo,

Voor de uitnodigingen aan de ondertekenaars: in bijlage de lijst (naam, adres). Het gaat om de mensen
die de petitie van de lokale afdeling van Vooruit tegen de ringweg tekenden en zich als sympathisant
lieten registreren; de lijst kregen we van de afdeling.

Mvg, Ine""", "P",
  "named signatories registered as supporters of a party section (CSV)",
  att=[csv_att("ondertekenaars.csv", [["naam", "adres", "status"],
      ["Jef Moors", "Kempische Steenweg 12, Hasselt", "sympathisant Vooruit"],
      ["Lieve Cuppens", "Diesterstraat 3, Hasselt", "lid Vooruit Hasselt"],
      ["Omar Tahiri", "Kuringersteenweg 88, Hasselt", "sympathisant Vooruit"]], delim=",")])

M(872, "nl", "block", "tolk-dialyse",
  "Interculturele bemiddeling UZ Leuven <interculturele.bemiddeling@uzleuven.be>", "planning@tolkenbureau-babel.be",
  "aanvraag tolk nefrologie",
  """Goedemorgen,

Graag een tolk Turks voor mevr. Fatma Demir (Turkse afkomst, spreekt geen Nederlands) bij de
dialysesessies op ma/wo/vr 8u-12u vanaf 9 maart. Ze start met hemodialyse na het uitvallen van haar
niertransplant.

Interculturele bemiddeling - 016 33 22 11""", "E H",
  "ethnic origin and dialysis of a named patient in an interpreter request")

M(873, "nl", "block", "gevangenis-ramadanlijst",
  "Directie Gevangenis Hasselt <directie.hasselt@just.fgov.be>", "bestellingen@cateringgroep-limburg.be",
  "Ramadan: aangepaste maaltijden sectie C",
  """Dag,

Vanaf 18/2 volgende gedetineerden in sectie C aangepaste maaltijden na zonsondergang (moslim,
vasten tijdens ramadan):

  C-114  Bilal Ouahbi
  C-117  Hamza El Amrani
  C-120  Nordin Berrada (ook diabetisch dieet)

Directie Gevangenis Hasselt""", "R C H",
  "religion of named detainees (detention) and a diet for diabetes")

M(874, "nl", "block", "ivf-duomoeders-verlof",
  "HR Stad Mechelen <hr@mechelen.be>", "advies@sociaal-juridisch-kantoor.be",
  "vraag verlofregeling IVF",
  """Beste,

Een medewerkster, Ellen Bogaerts, vraagt welk verlof ze kan nemen. Zij en haar vrouw zitten in een
IVF-traject in het fertiliteitscentrum van het UZA (haar vrouw draagt het kind, Ellen wordt meemoeder).
Volgende punctie staat eind maart gepland. Valt dit onder geboorteverlof of klein verlet?

Dank, HR Mechelen - 015 29 75 10""", "S H",
  "same-sex relationship and fertility treatment of a named employee")

M(875, "nl", "block", "terugbetaling-ziekenvervoer",
  "Financiële dienst Brandweerzone Midwest <financien@zonemidwest.be>", "dispute@payment-acquirer-benelux.com",
  "Chargeback 26-0219 / ziekenvervoer",
  """Geachte,

In bijlage het dossier voor de betwiste betaling. De factuur voor het ziekenvervoer (epilepsieaanval,
transport naar AZ Delta) werd door de patiënt zowel met kaart als via overschrijving betaald; we storten
het dubbel betaalde bedrag terug op zijn rekening.

Financiële dienst Zone Midwest""", "H CC IBAN",
  "ambulance transport for epilepsy of a named patient, his card number and IBAN (ZIP with XLSX)",
  att=[zip_att("chargeback_26-0219.zip", [
      xlsx_att("betalingen.xlsx", {"betalingen": [
          ["patiënt", "reden vervoer", "kaart", "IBAN terugstorting", "bedrag"],
          ["Frederik Lannoo", "epilepsieaanval", card('545762003114987', 'dash'), iban('BE', '0631234567', grouped=True), "93,50"]]}),
      txt_att("toelichting.txt", "Dubbele betaling, terugstorting naar rekening patiënt.")])])

# ------------------------------------------------------------------ allow

M(876, "nl", "allow", "criminaliteitscijfers",
  "Strategische Analyse <analyse@politie-gent.be>", "onderzoek@ugent-criminologie.be",
  "Criminaliteitscijfers per wijk 2025",
  """Dag prof. Hardyns,

In bijlage het CSV-bestand met de geregistreerde feiten per wijk en type (PCS). Geen namen of
dossiernummers.

Strategische Analyse PZ Gent""", "", "aggregated crime statistics",
  att=[csv_att("feiten_per_wijk_2025.csv", [["wijk", "woninginbraak", "geweld", "drugs"],
      ["Binnenstad", 212, 640, 455], ["Ledeberg", 98, 187, 121], ["Sint-Amandsberg", 143, 201, 87]])])

M(877, "nl", "allow", "beleidsnota-biometrie-eid",
  "Kabinet Binnenlandse Zaken <kabinet@ibz.fgov.be>", "commissie.binnenlandsezaken@dekamer.be",
  "Nota wetsontwerp vingerafdrukken op de eID",
  """Geachte commissieleden,

In bijlage de toelichtende nota bij het wetsontwerp dat de bewaartermijn van vingerafdrukken op de
eID beperkt tot de productietijd (max. 3 maanden). Centrale opslag blijft verboden.

Kabinet van de minister van Binnenlandse Zaken""", "", "policy note on a law change about biometrics",
  att=[docx_att("nota_wetsontwerp_eID.docx", ["Toelichtende nota", "Art. 1: wijziging art. 6 wet van 19 juli 1991",
      "Art. 2: vingerafdrukken worden na uitreiking gewist."])])

M(878, "nl", "allow", "procedure-referentiestaal",
  "Directie Forensische Wetenschappen <dfw@police.belgium.eu>", "opleidingen@politieschool-limburg.be",
  "Procedure afname referentiestaal (versie 4)",
  """Beste,

Voor de opleiding recherche: de bijgewerkte procedure voor de afname van een DNA-referentiestaal
(wangslijmvlies). Graag gebruiken vanaf module 3.

DFW""", "", "generic DNA sampling procedure",
  att=[pdf_att("procedure_referentiestaal_v4.pdf", ["Procedure afname referentiestaal v4",
      "1. Handschoenen en mondmasker", "2. Twee wattenstaafjes, 30 seconden per wang",
      "3. Verzegelen met barcode, geen naam op het staal", "4. Formulier [NAAM BETROKKENE] invullen in het systeem"])])

M(879, "nl", "allow", "sjabloon-inschrijving",
  "Publiekszaken Gemeente Leiden <publiekszaken@leiden.nl>", "webteam@leiden-extern-bureau.nl",
  "Nieuw HTML-sjabloon eerste inschrijving",
  "Zie HTML-versie voor het sjabloon.", "",
  "blank registration template with placeholders",
  html="""<html><body><h3>Eerste inschrijving BRP - sjabloon</h3>
<table border="1"><tr><td>Naam</td><td>[achternaam]</td></tr>
<tr><td>BSN</td><td>[wordt toegekend]</td></tr><tr><td>Geboortedatum</td><td>[dd-mm-jjjj]</td></tr>
<tr><td>Nationaliteit</td><td>[nationaliteit]</td></tr><tr><td>IBAN</td><td>NL__ ____ ____ ____ __</td></tr></table>
<p>Team Publiekszaken - 071 516 50 00</p></body></html>""")

M(880, "nl", "allow", "verlof-zonder-reden",
  "Secretariaat Schepencollege <secretariaat@knokke-heist.be>", "projectleider@studiebureau-arcadis.be",
  "Afwezigheid projectverantwoordelijke",
  """Beste heer Maes,

Onze projectverantwoordelijke Lien Verhaeghe neemt verlof van 23 tot 27 maart. Voor dringende vragen
kunt u terecht bij Brecht Deknudt (050 63 01 00, brecht.deknudt@knokke-heist.be).

Met vriendelijke groet,
Secretariaat""", "", "leave without reason, professional contacts")

M(881, "nl", "allow", "factuur-leverancier-nl",
  "Crediteurenadministratie <crediteuren@rotterdam.nl>", "debiteuren@medisch-hulpmiddelen-bv.nl",
  "Betaalspecificatie factuur 2026-3381",
  f"""Geachte heer/mevrouw,

Factuur 2026-3381 (rolstoelen voor de Wmo-uitleen) is vandaag betaald op uw rekening
{iban('NL', 'RABO031245678', org=True)} t.n.v. Medisch Hulpmiddelen B.V., KvK 24123450.

Crediteurenadministratie Gemeente Rotterdam""", "",
  "payment advice with the supplier's company IBAN",
  att=[xlsx_att("betaalspecificatie_3381.xlsx", {"spec": [["factuur", "omschrijving", "bedrag"],
      ["2026-3381", "12 rolstoelen Wmo-uitleen", "8.940,00"]]})])

M(882, "nl", "allow", "ordernummers-lookalike",
  "Logistiek Rijkswaterstaat <logistiek@rws.nl>", "orders@kantoorartikelen-direct.nl",
  "Openstaande orders",
  """Goedemiddag,

In bijlage de openstaande orders. Let op: de ordernummers hebben 9 cijfers, maar het zijn geen BSN's.

Logistiek RWS""", "", "order numbers looking like BSN/IBAN but failing checksums (ZIP with CSV)",
  att=[zip_att("orders.zip", [csv_att("orders.csv", [["ordernummer", "referentie", "status"],
      [bsn('11122233', bad=True), iban('NL', 'INGB012345678', bad=True, grouped=False), "open"],
      [bsn('44455566', bad=True), "-", "in behandeling"]])])])

M(883, "nl", "allow", "notulen-gemeenteraad-stemming",
  "Griffie Gemeente Ede <griffie@ede.nl>", "redactie@edestad-nieuws.nl",
  "Besluitenlijst raad 19 februari",
  """Geachte redactie,

In bijlage de besluitenlijst. Motie 14 (azc-locatie) werd verworpen met 18 tegen 21; voor stemden
ChristenUnie, GroenLinks en D66, tegen stemden VVD, SGP en BBB. Raadslid Marjolein Klomp (SGP) legde een
stemverklaring af.

Griffie Ede""", "", "council voting record by party, public mandates",
  att=[odt_att("besluitenlijst_19022026.odt", ["Besluitenlijst gemeenteraad 19-02-2026",
      "Motie 14: verworpen (18-21)", "Amendement 3: aangenomen (unaniem)"])])

M(884, "nl", "allow", "training-levensbeschouwing-werkvloer",
  "Kenniscentrum Diversiteit <kenniscentrum@vlaamseoverheid-diversiteit.be>", "leidinggevenden@vlaamse-entiteiten.be",
  "Workshop: omgaan met levensbeschouwelijke diversiteit",
  """Beste leidinggevende,

Hoe ga je om met een vraag naar een gebedsruimte, verlof voor religieuze feestdagen of
dieetwensen? In deze workshop bespreken we het wettelijk kader en casussen (zonder namen).

Donderdag 23 april, 13u30-16u30, Herman Teirlinckgebouw, Brussel.
Inschrijven via Mijn Loopbaan.""", "", "training on religious diversity, generic")

M(885, "nl", "allow", "persbericht-vaccinatie",
  "Agentschap Zorg en Gezondheid <pers@zorg-en-gezondheid.be>", "newsdesk@vrt.be",
  "Persbericht: vaccinatiegraad griep 65-plussers",
  """PERSBERICHT

De vaccinatiegraad tegen griep bij 65-plussers steeg tot 71 %. In 12 gemeenten ligt ze onder 60 %.
Vlaams minister van Welzijn en Volksgezondheid Caroline Gennez (Vooruit) roept op om de
campagne voort te zetten.

Woordvoerder: 0475 00 00 00""", "", "press release with aggregates and a minister's statement",
  att=[html_att("vaccinatiegraad_per_provincie.html", """<html><body><table border="1"><tr><th>Provincie</th><th>Vaccinatiegraad 65+</th></tr>
<tr><td>Antwerpen</td><td>70,2 %</td></tr><tr><td>Limburg</td><td>73,9 %</td></tr><tr><td>West-Vlaanderen</td><td>74,4 %</td></tr></table></body></html>""")])

M(886, "nl", "allow", "vragenlijst-seksuele-gezondheid",
  "Sensoa-onderzoekscel <onderzoek@sensoa.be>", "ethiek@uantwerpen.be",
  "Vragenlijst studie seksuele gezondheid jongeren (ter advies)",
  """Beste leden van het comité,

Ter advies de blanco vragenlijst. Er zijn nog geen respondenten; de afname gebeurt anoniem online.

Met vriendelijke groet,
Onderzoekscel""", "", "blank questionnaire on sexual health, no respondents",
  att=[pdf_att("vragenlijst_blanco_v2.pdf", ["Vragenlijst seksuele gezondheid (blanco)",
      "V1. Seksuele oriëntatie: [ ] hetero [ ] homo/lesbisch [ ] bi [ ] anders [ ] zeg ik liever niet",
      "V2. Soa-test in de laatste 12 maanden? [ ] ja [ ] nee",
      "Respondentcode: ________"])])

M(887, "nl", "allow", "verslag-syndicaal-overleg",
  "Secretariaat Basisoverlegcomité <boc@sociale-zekerheid.fgov.be>", "secretariaat@overleg-extern-voorzitter.be",
  "Verslag BOC 12 februari",
  """Geachte voorzitter,

Het verslag van het basisoverlegcomité: de drie representatieve vakbondsorganisaties gingen akkoord met
het telewerkreglement; het protocol van akkoord wordt ter ondertekening voorgelegd. Stakingsaanzegging van
de gemeenschappelijke vakbondsfront voor 10/3 werd toegelicht.

Secretariaat BOC""", "", "minutes of union consultation, no individual membership",
  att=[docx_att("verslag_BOC_1202.docx", ["Verslag BOC 12/02/2026",
      "Punt 1: telewerk - akkoord", "Punt 2: planning sociale verkiezingen - kennisname"])])

M(888, "nl", "allow", "bestek-dna-analyses",
  "Aankoop FOD Justitie <aankoop@just.fgov.be>", "tenders@forensisch-labo-europa.com",
  "Prijsinventaris opdracht DNA-analyses 2026-2029",
  """Geachte,

In bijlage de prijsinventaris voor de opdracht 'forensische DNA-analyses'. Er worden geen gegevens
uit lopende dossiers meegedeeld.

Dienst Aankoop""", "", "tender price schedule for DNA analyses",
  att=[xlsx_att("prijsinventaris_DNA.xlsx", {"inventaris": [["post", "omschrijving", "hoeveelheid", "eenheidsprijs"],
      [1, "STR-profiel spoor", 12000, ""], [2, "Referentiestaal", 8000, ""], [3, "Y-STR", 900, ""]]})])

M(889, "nl", "allow", "omzendbrief-etnisch-profileren",
  "Algemene Directie Bestuurlijke Politie <dgpa@police.belgium.eu>", "korpschefs@lokale-politie.be",
  "Omzendbrief: verbod op etnisch profileren bij identiteitscontroles",
  """Aan de korpschefs,

De omzendbrief bevestigt dat identiteitscontroles nooit mogen steunen op vermeende etnische afkomst,
huidskleur of religie. Registratie van controles gebeurt zonder vermelding van afkomst. Een evaluatie
volgt via een anonieme steekproef.

AD Bestuurlijke Politie""", "", "circular on ethnic profiling, generic")

M(890, "nl", "allow", "fwd-nieuwsbrief-gba",
  "DPO FOD Volksgezondheid <dpo@health.fgov.be>", "dpo-netwerk@federale-dpo.be",
  "Fwd: Nieuwsbrief GBA - boete voor lek gezondheidsgegevens",
  """Collega's,

Ter info de nieuwsbrief van de GBA over de recente beslissing (lek van gezondheidsgegevens bij een
ziekenhuis, geen namen van betrokkenen). Goede casus voor onze volgende sensibilisering.

DPO FOD Volksgezondheid""", "", "forwarded newsletter about a DPA decision, no individuals",
  att=[eml_att("Nieuwsbrief_GBA_februari.eml", "GBA <nieuwsbrief@gegevensbeschermingsautoriteit.be>",
               "dpo@health.fgov.be", "Nieuwsbrief februari", "Mon, 16 Feb 2026 09:00:00 +0100",
               """Nieuwsbrief februari

- De Geschillenkamer legde een boete van 40.000 euro op aan een ziekenhuis omdat een
  medewerker patiëntenlijsten per e-mail verstuurde.
- Nieuwe aanbeveling over biometrie op de werkvloer.
""", msgid="nb.2026.02@gba.be")])
