from lib import M, D, xlsx, csvfile, pdf, docx, ods, odt, zipped, attached_mail, txtfile, htmlfile

M(num=46, lang="nl", slug="ocmw-leuven-doorverwijzing-psycholoog",
  frm="Joke Vanderstraeten <joke.vanderstraeten@ocmwleuven.be>",
  to=["praktijk@psychologen-ladeuze.be"],
  subject="Doorverwijzing jongere – eerste gesprek",
  date=D("2026-04-06 10:40"),
  body="""Dag mevrouw Michiels,

Ik verwijs graag een jongere door voor begeleiding, in het kader van het project eerstelijnspsychologie
waarvoor het OCMW de kosten draagt.

Het gaat om Mathias Wouters (19 jaar), die sinds januari in een studio van ons woonproject
verblijft. Mathias vertelde mij dat hij homo is en dat zijn ouders hem na zijn coming-out het huis
hebben uitgezet. Hij heeft sindsdien een vaste vriend, maar kampt met paniekaanvallen en slaapt
slecht; zijn huisarts vermoedt een angststoornis en heeft hem sertraline voorgeschreven.

Mathias is akkoord met deze doorverwijzing. Zijn gsm-nummer geef ik u telefonisch.

Met vriendelijke groeten,
Joke Vanderstraeten
Maatschappelijk werker jongerenwerking – OCMW Leuven
Andreas Vesaliusstraat 47, 3000 Leuven
""",
  action="block", ent=["ART9_SEX_LIFE", "ART9_HEALTH"],
  note="sexual orientation and anxiety disorder/medication of a named young client")

M(num=47, lang="nl", slug="bcsd-notulen-geaggregeerd",
  frm="Secretariaat BCSD Tienen <bcsd@tienen.be>",
  to=["toezicht.vlaamsbrabant@vlaanderen.be"],
  subject="Notulen Bijzonder Comité voor de Sociale Dienst 17 maart 2026 (openbaar deel)",
  date=D("2026-04-03 11:10"),
  body="""Geachte,

Hierbij de notulen van het openbare deel van de zitting van het Bijzonder Comité voor de Sociale
Dienst van 17 maart 2026.

Aanwezig: Katrien Partyka (voorzitter), Jan Laurys, Sofie Van Hoof, Marc Thielemans,
Nathalie Vanderhulst (leden); Bert Vangoidsenhoven (algemeen directeur, secretaris).
Verontschuldigd: Elif Cakir.

1. Goedkeuring notulen 17 februari: goedgekeurd.
2. Overzicht individuele beslissingen (geanonimiseerd): 38 leefloonaanvragen behandeld,
   31 toegekend, 7 geweigerd; 12 beslissingen aanvullende steun voor medische kosten;
   4 doorverwijzingen naar schuldbemiddeling.
3. Evaluatie energiecel: 142 huishoudens begeleid in 2025 (+18 %).
4. Varia: volgende zitting 21 april.

Met vriendelijke groeten,
Secretariaat BCSD – Stad Tienen
""",
  att=[odt("notulen_bcsd_2026-03-17_openbaar.odt",
           ["Notulen Bijzonder Comité voor de Sociale Dienst – zitting 17 maart 2026 (openbaar deel)",
            "Aanwezig: Katrien Partyka (voorzitter), Jan Laurys, Sofie Van Hoof, Marc Thielemans, Nathalie Vanderhulst; "
            "Bert Vangoidsenhoven (algemeen directeur). Verontschuldigd: Elif Cakir.",
            "Overzicht individuele beslissingen (enkel aantallen):"],
           [["Soort beslissing", "Behandeld", "Toegekend", "Geweigerd"],
            ["Leefloon", "38", "31", "7"],
            ["Aanvullende steun medische kosten", "12", "12", "0"],
            ["Doorverwijzing schuldbemiddeling", "4", "4", "-"]])],
  action="allow", ent=[], note="minutes with members' names and only aggregated decisions")

M(num=48, lang="nl", slug="fod-financien-terugbetaling-erfgenaam",
  frm="FOD Financiën – Team Invordering Gent <invordering.gent@minfin.fed.be>",
  to=["notaris.devriendt@notaris.be"],
  subject="Nalatenschap Robert Baeyens – terugbetaling personenbelasting aan erfgenaam",
  date=D("2026-04-07 14:25"),
  body="""Geachte meester De Vriendt,

In het dossier van de nalatenschap van wijlen Robert Baeyens kunnen wij de teruggave
personenbelasting aanslagjaar 2025 (EUR 1.318,27) uitbetalen aan de erfgenaam die u ons heeft
opgegeven. Wilt u onderstaande gegevens bevestigen?

Erfgenaam: Martine Baeyens
NN 750523 910 10
Rekeningnummer erfgenaam: BE76 0404 5885 5095

Na uw bevestiging gebeurt de betaling binnen tien werkdagen.

Met de meeste hoogachting,
Dirk Vercauteren
Adviseur – Team Invordering Gent
FOD Financiën, Kortrijksesteenweg 1005, 9000 Gent
""",
  action="block", ent=["BE_NATIONAL_NUMBER", "IBAN_CODE"],
  note="heir's national number in unusual grouping and her private IBAN",
  nums=[("750523 910 10", "BE_NATIONAL_NUMBER", "valid"), ("BE76 0404 5885 5095", "IBAN_CODE", "valid")])

M(num=49, lang="nl", slug="belastingdienst-ontwikkelaars-elfproef",
  frm="Belastingdienst Ontwikkelaarsportaal <odb@belastingdienst.nl>",
  to=["developers@salarissoftware-nederland.nl"],
  subject="Nieuwsbrief softwareontwikkelaars: controle op BSN in aangifte loonheffingen",
  date=D("2026-03-20 09:00"),
  body="""Beste softwareontwikkelaar,

Vanaf de aangifte loonheffingen over april keurt de Belastingdienst berichten af waarin een
burgerservicenummer de elfproef niet doorstaat. Controleer daarom al bij invoer:

- een BSN bestaat uit 9 cijfers (een nummer van 8 cijfers vult u aan met een voorloopnul);
- vermenigvuldig de cijfers met 9, 8, 7, 6, 5, 4, 3, 2 en het laatste cijfer met -1;
- de som moet deelbaar zijn door 11.

Voorbeelden uit de testset (die bewust fout zijn en dus moeten worden afgekeurd): 123456788,
987654320 en 111222334. Gebruik voor tests nooit nummers van echte personen, maar de
testnummers uit de Logius-testset.

Technische specificaties: https://odb.belastingdienst.nl

Met vriendelijke groet,
Belastingdienst – Ontwikkelaarsportaal
""",
  action="allow", ent=[], note="explains the eleven-test with look-alike BSNs that fail it",
  nums=[("123456788", "NL_BSN", "invalid"), ("987654320", "NL_BSN", "invalid"), ("111222334", "NL_BSN", "invalid")])

M(num=50, lang="nl", slug="uzleuven-erfelijkheid-brca1-familie",
  frm="Dr. Sarah Peeters <sarah.peeters@uzleuven.be>",
  to=["klinische.genetica@radboudumc.nl"],
  subject="Familieonderzoek BRCA1 – resultaten Belgische familieleden",
  date=D("2026-04-08 15:50"),
  body="""Beste collega Van der Meer,

In het kader van het familieonderzoek rond uw indexpatiënte mevrouw Els Janssen-Timmermans
(BRCA1 c.5266dupC, borstkanker op 41 jaar) werden bij ons twee familieleden getest:

- zus Kristien Timmermans (°1978): draagster van de familiale BRCA1-variant. Zij is
  doorverwezen naar onze borstkliniek voor MRI-screening en gesprek over risicoreducerende
  chirurgie.
- broer Jan Timmermans (°1982): geen drager.

De moeder van beide, Maria Timmermans-Goossens, wil voorlopig niet getest worden.

Het volledige verslag volgt via het beveiligde verwijzersplatform.

Met collegiale groeten,
Dr. Sarah Peeters
Centrum Menselijke Erfelijkheid – UZ Leuven
Herestraat 49, 3000 Leuven
""",
  action="block", ent=["ART9_GENETIC", "ART9_HEALTH"],
  note="BRCA1 carrier status and cancer diagnosis of named family members")

M(num=51, lang="nl", slug="ibz-vingerafdrukken-eid-uitleg",
  frm="Helpdesk Belpic FOD Binnenlandse Zaken <helpdesk.belpic@rrn.ibz.be>",
  to=["burgerzaken@beveren.be"],
  subject="Info voor loketmedewerkers: vingerafdrukken op de elektronische identiteitskaart",
  date=D("2026-03-16 13:00"),
  body="""Beste medewerkers Burgerzaken,

Naar aanleiding van vragen van burgers zetten we de regels over de vingerafdrukken op de eID
nog eens op een rij:

- Bij de aanvraag worden twee vingerafdrukken genomen (in principe de wijsvingers).
- De afdrukken worden enkel op de chip van de kaart opgeslagen en na de aanmaak van de kaart
  uiterlijk na drie maanden gewist bij de producent; er is geen centrale databank.
- Alleen erkende controlediensten (bijv. grenscontrole) mogen de afdrukken uitlezen, om na te
  gaan of de kaart bij de houder hoort.
- Kinderen jonger dan 12 jaar geven geen vingerafdrukken.

Een burger die weigert, kan geen eID krijgen; verwijs bij discussie naar de FAQ op
https://www.ibz.rrn.fgov.be.

Met vriendelijke groeten,
Helpdesk Belpic – FOD Binnenlandse Zaken
""",
  action="allow", ent=[], note="general explanation of fingerprints on the eID; no one's biometric data")

M(num=52, lang="nl", slug="amsterdam-ois-migratieachtergrond-tsv",
  frm="Onderzoek en Statistiek <ois-onderzoek@amsterdam.nl>",
  to=["projectteam@bureau-stadsvisie.nl"],
  subject="Adressenbestand interviews 'Wonen in Nieuw-West'",
  date=D("2026-04-09 12:30"),
  body="""Hoi Anouk,

Hierbij het bestand voor de huis-aan-huisinterviews. We hebben de migratieachtergrond
toegevoegd, zodat de interviewers een tolk kunnen meenemen waar nodig. Het bestand is
tab-gescheiden.

Groet,
Wessel Bakker
Onderzoeker – Onderzoek en Statistiek, Gemeente Amsterdam
""",
  att=[csvfile("interviews_nieuw_west.tsv", [
      ["naam", "adres", "leeftijd", "migratieachtergrond", "tolk"],
      ["Fatima Azzouzi", "Slotermeerlaan 88-2", "47", "Marokkaans (Berbers)", "Tarifit"],
      ["Mustafa Yilmaz", "Burgemeester de Vlugtlaan 121-1", "63", "Turks", "Turks"],
      ["Sunita Jagessar", "Osdorpplein 402", "55", "Surinaams-Hindostaans", "nee"],
      ["Kwame Mensah", "Pieter Calandlaan 17-3", "38", "Ghanees", "nee"],
      ["Agnieszka Nowak", "Lodewijk van Deysselstraat 9", "31", "Pools", "Pools"]], delimiter="\t")],
  action="block", ent=["ART9_ETHNIC_ORIGIN"],
  note="TSV of named residents with home address and migration/ethnic background")

M(num=53, lang="nl", slug="net-brussel-ophaalkalender-vme",
  frm="Net Brussel Klantendienst <info@net.brussels>",
  to=["syndicus@vme-residentie-flagey.be"],
  subject="Nieuwe ophaaldagen vanaf 4 mei – Residentie Flagey",
  date=D("2026-04-10 10:00"),
  body="""Geachte syndicus,

Vanaf maandag 4 mei wijzigen de ophaaldagen in uw straat (Vijverstraat, Elsene):

- witte zakken (restafval): maandag en donderdag
- blauwe zakken (PMD): donderdag
- gele zakken (papier en karton): donderdag, om de twee weken
- oranje container (etensresten): dinsdag

Zakken buitenzetten tussen 18.00 en 6.00 uur. Wilt u de bewoners informeren? U kunt de
affiche in bijlage in de inkomhal hangen.

Met vriendelijke groeten,
Klantendienst Net Brussel – 0800 981 81
""",
  att=[htmlfile("ophaalkalender_vijverstraat.html", """<html><head><meta charset="utf-8"><title>Ophaalkalender</title></head><body>
<h2>Ophaalkalender Vijverstraat – vanaf 4 mei 2026</h2>
<table border="1" cellpadding="6">
<tr><th>Dag</th><th>Fractie</th></tr>
<tr><td>maandag</td><td>Restafval (wit)</td></tr>
<tr><td>dinsdag</td><td>Etensresten (oranje container)</td></tr>
<tr><td>donderdag</td><td>Restafval (wit), PMD (blauw), papier (geel, even weken)</td></tr>
</table>
<p>Net Brussel – 0800 981 81 – www.net.brussels</p>
</body></html>""")],
  action="allow", ent=[], note="ordinary waste collection calendar with an HTML table")

M(num=54, lang="nl", slug="zaanstad-burgerpanel-partijvoorkeur",
  frm="Burgerpanel Gemeente Zaanstad <burgerpanel@zaanstad.nl>",
  to=["veldwerk@peilingbureau-noordholland.nl"],
  subject="Panelleden voor verdiepende interviews lokale politiek",
  date=D("2026-04-13 14:14"),
  body="""Beste Joost,

Voor de verdiepende interviews over vertrouwen in de lokale politiek hebben we uit het
burgerpanel de leden geselecteerd die daarvoor toestemming gaven. In de bijlage (ODT) staan
naam, wijk en de partij waarop ze bij de gemeenteraadsverkiezingen zeggen te hebben gestemd
of van plan zijn te stemmen, zodat jullie een evenwichtige spreiding kunnen maken.

Met vriendelijke groet,
Lisa Schipper
Onderzoeker burgerpanel – Gemeente Zaanstad
""",
  att=[odt("panelleden_interviews_politiek.odt",
           ["Selectie panelleden – verdiepende interviews (april 2026)",
            "Kolom 'stemintentie' zoals door het panellid opgegeven in de peiling van maart."],
           [["Naam", "Wijk", "Stemintentie gemeenteraad", "Lid van een partij"],
            ["Gerard Brouwer", "Krommenie", "PVV", "nee"],
            ["Sanne Ooms", "Zaandam-Zuid", "GroenLinks-PvdA", "ja (GroenLinks)"],
            ["Hüseyin Aydın", "Poelenburg", "DENK", "nee"],
            ["Marja Kaptein", "Wormerveer", "VVD", "nee"],
            ["Pieter Zwart", "Assendelft", "BBB", "ja"]])],
  action="block", ent=["ART9_POLITICAL_OPINION"],
  note="ODT table of named residents with their voting intention and party membership")

M(num=55, lang="nl", slug="fod-waso-syndicalisatiegraad-cijfers",
  frm="Dienst Statistiek FOD WASO <statistiek@werk.belgie.be>",
  to=["redactie@knack.be"],
  subject="Re: syndicalisatiegraad en sociale verkiezingen – cijfers",
  date=D("2026-03-27 11:45"),
  in_reply_to="<k771@knack.be>",
  body="""Geachte heer Dewever,

Op uw vraag: de syndicalisatiegraad in België blijft in internationaal perspectief hoog. Op
basis van de ledenaantallen die de vakbonden zelf publiceren en de loontrekkende bevolking
schatten we die op ongeveer 50 %.

Resultaten sociale verkiezingen 2024 (ondernemingsraden, mandaten, alle colleges samen):
- ACV/CSC: 52,4 %
- ABVV/FGTB: 35,8 %
- ACLVB/CGSLB: 11,8 %

Opkomst: 68,2 % van de kiesgerechtigde werknemers. De cijfers per sector vindt u op
https://werk.belgie.be/nl/sociale-verkiezingen.

Met vriendelijke groeten,
Dienst Statistiek – FOD Werkgelegenheid, Arbeid en Sociaal Overleg
Ernest Blerotstraat 1, 1070 Brussel
""",
  action="allow", ent=[], note="aggregated union density and social-election results")

M(num=56, lang="nl", slug="digitaal-vlaanderen-gezichtssjablonen-export",
  frm="Frederik Coppens <frederik.coppens@vlaanderen.be>",
  to=["integration@facegate-solutions.de"],
  subject="Proefproject toegang Herman Teirlinck – export gezichtssjablonen pilotgroep",
  date=D("2026-04-14 09:26"),
  body="""Hello Jan,

Zoals afgesproken voor de integratietest: in bijlage de embeddings (512-dim, ArcFace-model
v2.3, genormaliseerd) van de 4 medewerkers uit de pilotgroep, afgeleid van hun badgefoto.
Ik heb per vector enkel de eerste 12 waarden in het voorbeeld gezet, het volledige bestand staat
op de gedeelde map.

Kan je bevestigen dat de matching met deze sjablonen werkt op jullie testterminal?

Groeten,
Frederik Coppens
Architect identiteits- en toegangsbeheer – Digitaal Vlaanderen
Havenlaan 88, 1000 Brussel
""",
  att=[txtfile("pilot_face_embeddings.json", """{
  "model": "arcface-r100-v2.3",
  "dim": 512,
  "templates": [
    {"employee": "Katrien Dierickx", "badge": "HT-04412", "embedding": [0.0412, -0.1187, 0.0733, 0.0291, -0.0568, 0.1324, -0.0077, 0.0915, -0.0442, 0.0619, 0.1006, -0.0839]},
    {"employee": "Mohamed Haddouchi", "badge": "HT-04518", "embedding": [-0.0725, 0.0341, 0.1198, -0.0904, 0.0217, -0.0471, 0.0862, 0.0133, -0.1051, 0.0398, -0.0186, 0.0744]},
    {"employee": "Veronique Lambert", "badge": "HT-04603", "embedding": [0.0958, 0.0112, -0.0649, 0.0487, 0.1071, -0.0322, -0.0915, 0.0268, 0.0533, -0.0717, 0.0804, 0.0059]},
    {"employee": "Pieterjan Smet", "badge": "HT-04677", "embedding": [-0.0166, -0.0893, 0.0427, 0.1152, -0.0601, 0.0745, 0.0389, -0.0982, 0.0214, 0.0676, -0.0455, 0.1019]}
  ]
}
""", subtype="plain")],
  action="block", ent=["ART9_BIOMETRIC"],
  note="face embeddings (templates) per named employee sent to a vendor")

M(num=57, lang="nl", slug="svb-betaaldata-kinderbijslag",
  frm="SVB Relatiebeheer <relatiebeheer@svb.nl>",
  to=["info@budgetcoaching-drechtsteden.nl"],
  subject="Betaaldata kinderbijslag en AOW 2026 voor uw cliëntvoorlichting",
  date=D("2026-01-08 10:00"),
  body="""Beste hulpverleners,

Veel cliënten vragen wanneer hun uitkering binnenkomt. Daarom alvast de betaaldata voor 2026:

Kinderbijslag (per kwartaal, achteraf):
- 1e kwartaal: uiterlijk 3 april
- 2e kwartaal: uiterlijk 3 juli
- 3e kwartaal: uiterlijk 5 oktober
- 4e kwartaal: uiterlijk 5 januari 2027

AOW: rond de 23e van elke maand; in december rond de 21e.

Meer informatie en posters voor uw wachtruimte: https://www.svb.nl/betaaldata

Met vriendelijke groet,
Team Relatiebeheer – Sociale Verzekeringsbank
""",
  action="allow", ent=[], note="ordinary payment calendar for partner organisations")

M(num=58, lang="nl", slug="dvz-statistiek-gesloten-centra",
  frm="Studiedienst Dienst Vreemdelingenzaken <statistieken@ibz.fgov.be>",
  to=["onderzoek.migratie@uantwerpen.be"],
  subject="Gevraagde cijfers bezetting gesloten centra 2025",
  date=D("2026-04-15 16:05"),
  body="""Geachte professor,

In antwoord op uw vraag bezorgen wij u de geaggregeerde cijfers over de vasthouding in de
gesloten centra in 2025:

- totaal aantal vastgehouden personen: 6.942
- gemiddelde verblijfsduur: 41 dagen
- aantal gezinnen met minderjarige kinderen in de woonunits: 27
- verwijderingen vanuit een gesloten centrum: 3.118
- vrijlatingen na beslissing van de raadkamer: 486

Een uitsplitsing per centrum en per nationaliteitsgroep (alleen groepen van 20 of meer) volgt
eind deze maand. Individuele gegevens kunnen wij niet meedelen.

Met vriendelijke groeten,
Studiedienst – Dienst Vreemdelingenzaken
Pachecolaan 44, 1000 Brussel
""",
  att=[xlsx("bezetting_gesloten_centra_2025.xlsx", [("2025", [
      ["Centrum", "Capaciteit", "Vastgehouden personen 2025", "Gem. verblijfsduur (dagen)", "Verwijderingen"],
      ["127bis Steenokkerzeel", 120, 1694, 33, 902],
      ["Caricole", 90, 1881, 29, 1011],
      ["Merksplas", 145, 1290, 52, 488],
      ["Brugge", 112, 1148, 47, 402],
      ["Vottem", 160, 929, 55, 315],
      ["Totaal", 627, 6942, 41, 3118]])])],
  action="allow", ent=[], note="aggregated detention statistics; no individual")

M(num=59, lang="nl", slug="vmm-uitnodiging-overleg-droogte",
  frm="Team Waterbeheer VMM <waterbeheer@vmm.be>",
  to=["r.verhoeven@water-link.be", "s.dhondt@farys.be", "m.janssens@pidpa.be"],
  subject="Uitnodiging: voorbereidend overleg droogteseizoen 2026 – 28 april",
  date=D("2026-04-14 08:30"),
  body="""Beste collega's,

Graag nodigen we jullie uit voor het voorbereidend overleg over het droogteseizoen op dinsdag
28 april van 10.00 tot 12.30 uur in het VAC Aalst (Dokter De Moorstraat 24-26).

Deelnemers: Rik Verhoeven (Water-link), Sofie D'hondt (Farys), Marijke Janssens (Pidpa),
Kris Lauwers (De Watergroep, bevestigd) en vanuit de VMM Tom Heirman en ikzelf.

Agenda:
1. Stand grondwater en bekkens (VMM)
2. Afspraken captatieverboden en communicatie naar landbouwers
3. Noodleveringen tussen drinkwatermaatschappijen
4. Varia

Graag jullie bevestiging tegen 22 april.

Met vriendelijke groeten,
Lien Goetghebeur
Coördinator waterschaarste – Vlaamse Milieumaatschappij
""",
  action="allow", ent=[], note="meeting invitation naming professional participants")

M(num=60, lang="nl", slug="awv-bemiddeling-conflict-thread",
  frm="Bart Lievens <bart.lievens@wegenenverkeer.be>",
  to=["info@bemiddeling-rademakers.be"],
  subject="RE: RE: RE: bemiddeling district Geel – achtergrond",
  date=D("2026-04-16 17:35"),
  in_reply_to="<c2204@bemiddeling-rademakers.be>",
  body="""Dag Hilde,

Akkoord voor 29 april in het districtshuis. Ik laat de zaal reserveren.

Bart

Bart Lievens
HR-businesspartner – Agentschap Wegen en Verkeer
Lange Kievitstraat 111-113, 2018 Antwerpen

-----Oorspronkelijk bericht-----
Van: Hilde Rademakers <info@bemiddeling-rademakers.be>
Verzonden: woensdag 15 april 2026 11:02
Onderwerp: RE: RE: bemiddeling district Geel – achtergrond

Dag Bart, bedankt. Past 29 april voor beide partijen? Groet, Hilde

-----Oorspronkelijk bericht-----
Van: Bart Lievens
Verzonden: dinsdag 14 april 2026 09:14
Onderwerp: RE: bemiddeling district Geel – achtergrond

Hilde, ik voeg de mail van de districtschef van vorige maand toe, dan heb je de achtergrond.
Bart

-----Oorspronkelijk bericht-----
Van: Geert Van Gool (districtschef Geel)
Verzonden: vrijdag 20 maart 2026 16:40
Onderwerp: conflict ploeg wegenwachters

Bart, het conflict tussen Koen Smolders en Patrick Van Hove loopt uit de hand. Koen is
ACOD-afgevaardigde en dreigt met een stakingsaanzegging als Patrick hem nog eens "de
vakbondsclown" noemt. Patrick van zijn kant is pas terug na drie maanden afwezigheid wegens
een depressie en zegt dat Koen hem openlijk uitlacht met zijn antidepressiva. Kunnen we een
externe bemiddelaar inschakelen?
Geert
""",
  action="block", ent=["ART9_TRADE_UNION", "ART9_HEALTH"],
  note="union role of one employee and depression/medication of another, three quotes down")
