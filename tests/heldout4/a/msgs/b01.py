from lib import M, D, xlsx, csvfile, pdf, docx, txtfile

M(num=1, lang="nl", slug="ocmw-gent-dossier-huisarts",
  frm="Liesbeth Vanhecke <liesbeth.vanhecke@stad.gent>",
  to=["dr. Pieter Claeys <pieter.claeys@huisartsen-brugsepoort.be>"],
  subject="Dossier mevr. Verstraete – aanvraag thuiszorg",
  date=D("2026-02-03 10:12"),
  body="""Beste dokter Claeys,

Zoals telefonisch besproken bezorg ik u hierbij de gegevens van uw patiënte voor de aanvraag van
bijkomende thuiszorg via ons Sociaal Huis.

Naam: Godelieve Verstraete
Rijksregisternummer: 56.08.23-564.75
Adres: Wondelgemstraat 114, 9000 Gent

Mevrouw Verstraete werd op 19 januari ontslagen uit AZ Sint-Lucas na een opname voor een
exacerbatie van haar COPD (GOLD 3). Ze is sindsdien zuurstofafhankelijk en heeft hulp nodig bij
de ochtendverzorging. Uit ons huisbezoek blijkt ook dat ze haar inhalatiemedicatie niet correct
gebruikt.

Kan u ons een medisch verslag bezorgen dat de zorgnood bevestigt? Dan kunnen we de aanvraag bij
de dienst gezinszorg deze week nog indienen.

Met vriendelijke groeten,

Liesbeth Vanhecke
Maatschappelijk werker – Sociaal Huis Brugse Poort
Stad Gent | Rooigemlaan 2, 9000 Gent
T 09 266 41 20
""",
  action="block", ent=["BE_NATIONAL_NUMBER", "ART9_HEALTH"],
  note="citizen's national number and COPD diagnosis / oxygen dependence sent to a GP by plain mail",
  nums=[("56.08.23-564.75", "BE_NATIONAL_NUMBER", "valid")])

M(num=2, lang="nl", slug="abb-omzendbrief-lokale-verkiezingen",
  frm="Agentschap Binnenlands Bestuur <verkiezingen@vlaanderen.be>",
  to=["algemeen.directeur@zele.be"],
  cc=["secretariaat@vvsg.be"],
  subject="Omzendbrief KB/ABB 2026/2 – voorbereiding lokale en provinciale verkiezingen",
  date=D("2026-01-15 14:30"),
  body="""Geachte algemeen directeur,

In bijlage vindt u de omzendbrief KB/ABB 2026/2 over de voorbereiding van de lokale en
provinciale verkiezingen. De belangrijkste punten:

1. De kandidatenlijsten worden ingediend bij de voorzitter van het hoofdbureau van de kieskring,
   uiterlijk op de vijftigste dag voor de verkiezingen. Een lijst moet voorgedragen worden door
   uittredende gemeenteraadsleden of door een minimum aantal kiezers, afhankelijk van het
   inwonersaantal.
2. Politieke partijen die een beschermd lijstnummer willen, dienen hun aanvraag in bij de
   Vlaamse Regering volgens de gebruikelijke procedure.
3. Gemeentepersoneel dat als bijzitter of secretaris wordt aangeduid, moet zich tijdens de
   stemverrichtingen strikt neutraal opstellen. Het dragen van partijsymbolen of het voeren van
   propaganda in of bij het stembureau is verboden.
4. De gemeente stelt de kiezerslijst op 1 augustus vast. Inzage door partijen gebeurt enkel
   volgens artikel 16 van het Lokaal en Provinciaal Kiesdecreet.

Vragen over de omzendbrief kan u richten aan de helpdesk verkiezingen, bereikbaar op
02 553 40 90 (werkdagen 9-16 u) of via verkiezingen@vlaanderen.be.

Met vriendelijke groeten,

Team Verkiezingen
Agentschap Binnenlands Bestuur
Havenlaan 88 bus 70, 1000 Brussel
https://www.vlaanderenkiest.be
""",
  att=[pdf("omzendbrief_KB_ABB_2026_2.pdf", "Omzendbrief KB/ABB 2026/2 – lokale en provinciale verkiezingen",
           ["Aan de colleges van burgemeester en schepenen en de algemeen directeurs.",
            "Deze omzendbrief geeft een overzicht van de termijnen en de rol van het gemeentebestuur bij de "
            "voorbereiding van de verkiezingen. Het gemeentepersoneel dat bij de verkiezingen wordt ingezet, "
            "vervult zijn taak in volle neutraliteit."],
           [["Datum", "Handeling", "Bevoegd"],
            ["1 augustus", "Vaststelling kiezerslijst", "college van burgemeester en schepenen"],
            ["D-50", "Indiening kandidatenlijsten", "voorzitter hoofdbureau"],
            ["D-15", "Oproepingsbrieven verstuurd", "gemeente"],
            ["D-day", "Stemming 8-14 u (papier) of 8-16 u (digitaal)", "stembureaus"]],
           ["Vragen: helpdesk verkiezingen, 02 553 40 90, verkiezingen@vlaanderen.be"])],
  action="allow", ent=[], note="election circular: procedures, parties in general, no individual's opinion")

M(num=3, lang="nl", slug="utrecht-wmo-indicatie-thuiszorg",
  frm="Marloes de Wit <m.dewit@utrecht.nl>",
  to=["planning@thuiszorg-vechtstreek.nl"],
  subject="Wmo-beschikking huishoudelijke hulp en begeleiding – dhr. Bakker",
  date=D("2026-02-09 11:05"),
  body="""Goedemorgen,

Hierbij de gegevens voor de start van de ondersteuning per 16 februari.

Cliënt: dhr. H.J. (Henk) Bakker
BSN: 076 892 177
Adres: Kanaalweg 31-bis, 3526 KL Utrecht
Indicatie: huishoudelijke hulp 3 uur/week, individuele begeleiding 2 uur/week

Achtergrond: bij dhr. Bakker is in november de diagnose ziekte van Alzheimer (beginnend stadium)
gesteld door de geheugenpoli van het Diakonessenhuis. Hij woont alleen, vergeet regelmatig zijn
medicatie (donepezil) en is twee keer gevallen. Zijn dochter is contactpersoon.

Willen jullie de intake met de dochter inplannen en mij laten weten wie de vaste begeleider wordt?

Met vriendelijke groet,

Marloes de Wit
Consulent Wmo | Buurtteam Zuidwest
Gemeente Utrecht
T 030 286 00 00
""",
  action="block", ent=["NL_BSN", "ART9_HEALTH"],
  note="BSN with spaces plus Alzheimer diagnosis and medication of a named client",
  nums=[("076 892 177", "NL_BSN", "valid")])

M(num=4, lang="nl", slug="leuven-factuur-zaalhuur",
  frm="Financiële dienst Stad Leuven <facturatie@leuven.be>",
  to=["boekhouding@eventbureau-dijleland.be"],
  subject="Factuur 2026/00417 – huur Stadsfeestzaal 24 januari",
  date=D("2026-02-02 08:40"),
  body="""Geachte,

In bijlage vindt u factuur 2026/00417 voor de huur van de Stadsfeestzaal op 24 januari 2026.

Gelieve het bedrag van EUR 2.178,00 te storten op rekening BE34 6030 0399 1390 van Stad Leuven
met de gestructureerde mededeling +++417/2026/00034+++ vóór 4 maart 2026.

Ondernemingsnummer Stad Leuven: 0754.124.520

Voor vragen over deze factuur kunt u terecht bij de financiële dienst, 016 27 22 00.

Met vriendelijke groeten,
Financiële dienst – debiteurenbeheer
Stad Leuven, Professor Van Overstraetenplein 1, 3000 Leuven
""",
  att=[pdf("factuur-2026-00417.pdf", "Stad Leuven – Factuur 2026/00417",
           ["Klant: Eventbureau Dijleland bv, Tiensevest 80, 3010 Kessel-Lo",
            "Klantnummer: K-20931 | Factuurdatum: 02/02/2026 | Vervaldag: 04/03/2026"],
           [["Omschrijving", "Aantal", "Eenheidsprijs", "Totaal"],
            ["Huur Stadsfeestzaal (dagtarief, commercieel)", "1", "1.650,00", "1.650,00"],
            ["Schoonmaak na evenement", "1", "150,00", "150,00"],
            ["Technische ondersteuning (uur)", "3", "126,00", "378,00"],
            ["Totaal (vrijgesteld van btw, art. 44)", "", "", "2.178,00"]],
           ["Betaling op BE34 6030 0399 1390 (Stad Leuven) – mededeling +++417/2026/00034+++",
            "Ondernemingsnummer 0754.124.520"])],
  action="allow", ent=[], note="invoice with the city's own IBAN and enterprise number",
  nums=[("BE34 6030 0399 1390", "IBAN_CODE", "org"), ("0754.124.520", "BE_ENTERPRISE", "org")])

M(num=5, lang="nl", slug="zemst-syndicale-premie-lijst",
  frm="Personeelsdienst Gemeente Zemst <personeel@zemst.be>",
  to=["dossierbeheer@sociaal-secretariaat-delta.be"],
  subject="Lijst syndicale premies 2025 – gemeente en OCMW Zemst",
  date=D("2026-02-11 16:20"),
  body="""Dag Koen,

Zoals elk jaar bezorgen wij jullie de lijst van personeelsleden die een syndicale premie
aanvragen, zodat jullie de attesten kunnen verwerken in de loonberekening van maart.

De lijst in bijlage bevat 9 personeelsleden; 2 attesten volgen nog.

Groeten,
Ann Wouters
Personeelsdienst – gemeente en OCMW Zemst
Hoogstraat 45, 1980 Zemst – 015 62 71 11
""",
  att=[xlsx("syndicale_premie_2025_zemst.xlsx", [("Premie 2025", [
      ["Personeelsnummer", "Naam", "Voornaam", "Dienst", "Vakbond", "Lidnummer vakbond", "Attest ontvangen"],
      ["P0412", "Meulemans", "Sofie", "Burgerzaken", "ACV-Openbare Diensten", "112-44871", "ja"],
      ["P0388", "De Smet", "Rudi", "Technische dienst", "ACOD", "LOK-20913", "ja"],
      ["P0467", "Janssens", "Hilde", "Thuiszorg", "ACV-Openbare Diensten", "112-51002", "ja"],
      ["P0501", "Peeters", "Bart", "Groendienst", "VSOA", "VS-7731", "ja"],
      ["P0233", "Van Dessel", "Marleen", "Financiën", "ACOD", "LOK-18820", "nee"],
      ["P0619", "Aerts", "Jonas", "Technische dienst", "ACV-Openbare Diensten", "112-60345", "ja"],
      ["P0290", "Verhulst", "Greet", "Kinderopvang", "ACOD", "LOK-19472", "ja"],
      ["P0544", "Lemmens", "Tom", "Sport", "VSOA", "VS-8012", "nee"],
      ["P0377", "Goossens", "Nadia", "Bibliotheek", "ACV-Openbare Diensten", "112-49933", "ja"]])])],
  action="block", ent=["ART9_TRADE_UNION"],
  note="spreadsheet with a 'Vakbond' column for each named staff member")

M(num=6, lang="nl", slug="integratie-vorming-levensbeschouwelijke-diversiteit",
  frm="Vormingen Agentschap Integratie en Inburgering <vorming@integratievlaanderen.be>",
  to=["hr@logistiek-schelde.be"],
  subject="Vorming 'Levensbeschouwelijke diversiteit op de werkvloer' – 12 en 19 maart",
  date=D("2026-02-05 09:00"),
  body="""Beste HR-verantwoordelijke,

Hoe ga je als werkgever om met een vraag naar een gebedsruimte, met vasten tijdens de ramadan
in de drukke periode, of met een medewerker die om religieuze redenen geen alcohol wil serveren?
En wat zegt de antidiscriminatiewet over neutraliteitsregels en hoofddoeken?

In deze praktijkgerichte vorming van twee halve dagen leer je:
- het wettelijk kader (Europese rechtspraak, antidiscriminatiewet, arbeidsreglement);
- redelijke aanpassingen afwegen tegen de bedrijfsorganisatie;
- een open gesprek voeren zonder iemands overtuiging te bevragen of te registreren;
- conflicten tussen collega's met verschillende levensbeschouwingen de-escaleren.

Data: donderdag 12 en 19 maart 2026, 9.00-12.30 u
Plaats: Huis van het Nederlands, Antwerpen (of online)
Prijs: 180 euro per deelnemer

Inschrijven kan via https://www.integratievlaanderen.be/vormingen.

Met vriendelijke groeten,
Team Vorming
Agentschap Integratie en Inburgering
Koning Albert II-laan 15, 1210 Brussel | 02 205 00 55
""",
  action="allow", ent=[], note="training announcement on religious diversity in general; no individual")

M(num=7, lang="nl", slug="pz-antwerpen-huurder-aanhouding",
  frm="Inspecteur Kevin Bosmans <kevin.bosmans@politie.antwerpen.be>",
  to=["wijkwerking@woonhaven-noord.be"],
  subject="RE: overlast Kievitplein blok C",
  date=D("2026-01-27 13:48"),
  in_reply_to="<a81c2@woonhaven-noord.be>",
  body="""Dag Sarah,

Als antwoord op je vraag over de overlast in blok C:

De huurder van appartement C-0.3, dhr. Youssef El Idrissi (°1991), werd op 14 januari
aangehouden op verdenking van drugshandel vanuit zijn woning. Bij de huiszoeking werden
320 gram cannabis en een weegschaal aangetroffen. De onderzoeksrechter heeft hem onder
voorwaarden vrijgelaten. Hij werd in 2023 al veroordeeld door de correctionele rechtbank
van Antwerpen voor gelijkaardige feiten (8 maanden met uitstel).

Ik laat het aan jullie over of dit gevolgen heeft voor het huurcontract, maar ik zou het
dossier graag samen bekijken op het wijkoverleg van 5 februari.

Mvg,
INP Kevin Bosmans
Wijkinspecteur Antwerpen-Noord
Politiezone Antwerpen | Oudaan 5, 2000 Antwerpen

-----Oorspronkelijk bericht-----
Van: Sarah Michiels <wijkwerking@woonhaven-noord.be>
Verzonden: maandag 26 januari 2026 16:10
Onderwerp: overlast Kievitplein blok C

Dag Kevin, we krijgen veel klachten van bewoners over verkeer aan de deur van blok C, vooral
's avonds. Weten jullie daar meer over?
Sarah
""",
  action="block", ent=["ART10_CRIMINAL"],
  note="arrest on suspicion of drug dealing and prior conviction of a named tenant, sent to the housing company")

M(num=8, lang="nl", slug="aopers-ziekteverzuim-per-oorzaak",
  frm="Dirk Van den Bossche <dirk.vandenbossche@vlaanderen.be>",
  to=["prof.an.lenaerts@kuleuven.be"],
  subject="Cijfers ziekteverzuim 2025 per oorzaakcategorie voor het onderzoeksproject",
  date=D("2026-03-02 15:22"),
  body="""Beste professor Lenaerts,

Zoals afgesproken bezorg ik u de geaggregeerde cijfers over het ziekteverzuim bij de Vlaamse
overheid in 2025, opgesplitst per oorzaakcategorie en per beleidsdomein. Het gaat uitsluitend
om totalen; cellen met minder dan 10 personeelsleden zijn weggelaten (aangeduid met "<10").

Opvallend: het aandeel psychosociale oorzaken (burn-out, depressie, stress) stijgt verder tot
31 % van de afwezigheidsdagen; musculoskeletale aandoeningen blijven op 24 %.

Mag ik vragen om in de publicatie de bron te vermelden als "Agentschap Overheidspersoneel,
personeelsmonitor 2025"?

Met vriendelijke groeten,

Dirk Van den Bossche
Analist personeelsmonitor
Agentschap Overheidspersoneel
Havenlaan 88, 1000 Brussel | 02 553 01 21
""",
  att=[xlsx("ziekteverzuim_2025_per_oorzaak.xlsx", [
      ("Per oorzaak", [
          ["Oorzaakcategorie", "Afwezigheidsdagen", "Aandeel %", "Gem. duur (dagen)"],
          ["Psychosociaal (burn-out, depressie, stress)", 412380, 31.0, 48.2],
          ["Musculoskeletaal", 319260, 24.0, 21.7],
          ["Infecties (griep, COVID-19, luchtwegen)", 186220, 14.0, 4.1],
          ["Ongevallen (privé en arbeid)", 93110, 7.0, 17.9],
          ["Zwangerschapsgerelateerd", 66510, 5.0, 26.3],
          ["Kanker", 53200, 4.0, 92.5],
          ["Overige / niet gespecificeerd", 199520, 15.0, 6.8]]),
      ("Per beleidsdomein", [
          ["Beleidsdomein", "Personeelsleden", "Verzuim %", "Waarvan psychosociaal %"],
          ["Mobiliteit en Openbare Werken", 7120, 7.9, 28],
          ["Welzijn, Volksgezondheid en Gezin", 5480, 8.4, 36],
          ["Onderwijs en Vorming", 3110, 6.2, 33],
          ["Kanselarij, Bestuur, Buitenland", 2890, 5.1, 30],
          ["Omgeving", 2650, 6.0, 27]])])],
  action="allow", ent=[], note="aggregated sick-leave statistics by cause; no individual")

M(num=9, lang="nl", slug="cjib-betalingsregeling-deurwaarder",
  frm="CJIB Team Regelingen <regelingen@cjib.nl>",
  to=["dossiers@gerechtsdeurwaarders-vanderlinden.nl"],
  subject="Betalingsregeling zaak 4400 1923 7781 – verzoek opschorting beslag",
  date=D("2026-02-17 10:30"),
  body="""Geachte heer/mevrouw,

Betrokkene in onderstaande zaak heeft bij het CJIB een betalingsregeling getroffen. Wij verzoeken
u het beslag op de bankrekening op te schorten zolang de termijnen worden voldaan.

Betrokkene: mevrouw S. (Saskia) Hendriks
Geboortedatum: 11-04-1987
BSN: 22548142
Rekening betrokkene: NL80 RABO 2239 7212 43
Zaaknummer CJIB: 4400 1923 7781
Regeling: 12 termijnen van EUR 64,50, eerste termijn 1 maart 2026

Wij vernemen graag binnen vijf werkdagen of het beslag is opgeheven.

Met vriendelijke groet,

R. Yilmaz
Medewerker Team Regelingen
Centraal Justitieel Incassobureau
Postbus 1794, 8901 CB Leeuwarden
""",
  action="block", ent=["NL_BSN", "IBAN_CODE"],
  note="BSN written as 8 digits (leading zero dropped) and the debtor's private IBAN",
  nums=[("22548142", "NL_BSN", "valid"), ("NL80 RABO 2239 7212 43", "IBAN_CODE", "valid")])

M(num=10, lang="nl", slug="brussel-mobiliteit-overleg-fietsroutes",
  frm="Joris Declercq <jdeclercq@sprb.brussels>",
  to=["Nathalie Dumont <ndumont@leefmilieu.brussels>"],
  subject="Overleg GFR-routes Maximiliaanpark – voorstel data",
  date=D("2026-02-19 09:47"),
  body="""Dag Nathalie,

Voor de afstemming over het tracé van de gewestelijke fietsroute langs het Maximiliaanpark stel
ik volgende data voor:

- dinsdag 3 maart, 14-16 u, bij ons (Sint-Lazaruslaan 2, zaal 4.12)
- donderdag 5 maart, 10-12 u, bij jullie in Thurn & Taxis
- vrijdag 6 maart, 9-11 u, online

Op de agenda: de bomenrij aan de Antwerpsesteenweg, de waterdoorlatende verharding en de
timing van de werf tegenover de planning van Vivaqua. Hanne brengt de plannen van het
studiebureau mee.

Laat je weten wat voor jullie past?

Groeten,
Joris Declercq
Projectleider fietsinfrastructuur
Brussel Mobiliteit – GOB
T 02 204 21 11
""",
  action="allow", ent=[], note="ordinary meeting planning between two Brussels bodies")

M(num=11, lang="nl", slug="nicc-nfi-str-profielen",
  frm="Dr. Evelien Maes <evelien.maes@nicc.fgov.be>",
  to=["dnadatabank@nfi.nl"],
  subject="Uitwisseling STR-profielen – gemeenschappelijk onderzoeksteam 'Grensweg'",
  date=D("2026-02-24 12:15"),
  body="""Geachte collega's,

In het kader van het gemeenschappelijk onderzoeksteam "Grensweg" (overvallen op
geldtransporten Limburg / Noord-Brabant) bezorg ik u hierbij de STR-profielen van de drie
verdachten die door de Belgische onderzoeksrechter werden bemonsterd. Wij vragen een vergelijking
met de sporen uit uw zaken 2025-0417 en 2025-0533.

De profielen zijn bepaald met GlobalFiler (21 autosomale loci); in de bijlage staan de
kernloci van de ESS.

Met collegiale groeten,

Dr. Evelien Maes
Deskundige DNA – Nationaal Instituut voor Criminalistiek en Criminologie
Vilvoordsesteenweg 100, 1120 Brussel | +32 2 240 05 00
""",
  att=[csvfile("grensweg_str_profielen.csv", [
      ["Naam", "Geboortedatum", "Rol", "Staal", "D3S1358", "vWA", "D16S539", "D2S1338", "D8S1179", "D21S11", "D18S51", "D19S433", "TH01", "FGA"],
      ["Kristof Vandormael", "1988-06-02", "verdachte", "NICC-26-0114", "15,17", "16,18", "11,12", "19,23", "13,14", "29,30.2", "14,16", "13,14.2", "6,9.3", "21,24"],
      ["Dennis Paquay", "1993-11-19", "verdachte", "NICC-26-0115", "16,16", "17,19", "9,13", "17,20", "10,13", "28,31", "12,17", "14,15", "7,8", "22,23"],
      ["Mehmet Kaya", "1985-03-07", "verdachte", "NICC-26-0116", "14,18", "15,17", "12,12", "20,25", "12,15", "30,32.2", "13,15", "12,13", "9,9.3", "20,25"]])],
  action="block", ent=["ART9_GENETIC", "ART10_CRIMINAL"],
  note="CSV export of DNA STR profiles of named suspects in a criminal investigation")

M(num=12, lang="nl", slug="mechelen-testbestand-ongeldige-rrn",
  frm="Wouter Heylen <wouter.heylen@mechelen.be>",
  to=["support@civicsoft.be"],
  subject="Ticket CS-88120 – validatie rijksregisternummer in module Burgerzaken",
  date=D("2026-02-26 11:31"),
  body="""Dag support,

In de testomgeving van de module Burgerzaken aanvaardt het invoerveld rijksregisternummer
nummers waarvan het controlegetal niet klopt. In bijlage een klein testbestand met fictieve
nummers die we hebben samengesteld door het controlegetal bewust te verschuiven; ze zouden allemaal
geweigerd moeten worden, maar de applicatie slaat ze op zonder foutmelding.

Er staan geen gegevens van echte inwoners in het bestand.

Kunnen jullie de controle (modulo 97, ook de variant voor geboortes vanaf 2000) nakijken vóór de
release van 16 maart?

Bedankt,
Wouter Heylen
Functioneel analist ICT – Stad Mechelen
Grote Markt 21, 2800 Mechelen | 015 29 77 00
""",
  att=[csvfile("testset_rrn_ongeldig.csv", [
      ["testgeval", "rijksregisternummer", "verwacht", "resultaat"],
      ["T01", "85031212345", "geweigerd", "aanvaard"],
      ["T02", "71.09.15-432.18", "geweigerd", "aanvaard"],
      ["T03", "99120312301", "geweigerd", "aanvaard"],
      ["T04", "03091219091", "geweigerd", "aanvaard"]])],
  action="allow", ent=[], note="test file of look-alike national numbers whose check digits fail",
  nums=[("85031212345", "BE_NATIONAL_NUMBER", "invalid"), ("71.09.15-432.18", "BE_NATIONAL_NUMBER", "invalid"),
        ("99120312301", "BE_NATIONAL_NUMBER", "invalid"), ("03091219091", "BE_NATIONAL_NUMBER", "invalid")])

M(num=13, lang="nl", slug="ggd-jeugdarts-epilepsie-thread",
  frm="Jeugdarts Ilse Visser <i.visser@ggdhm.nl>",
  to=["zorgcoordinator@ckc-dezonnewijzer.nl"],
  subject="Re: Re: Re: gesprek over Noor (groep 5)",
  date=D("2026-03-04 08:55"),
  in_reply_to="<b71f0c@ckc-dezonnewijzer.nl>",
  body="""Beste Femke,

Prima, dan zie ik jullie dinsdag 10 maart om 15.00 uur op school.

Groet,
Ilse Visser
Jeugdarts KNMG – GGD Hollands Midden

Op 3 mrt 2026 om 17:02 schreef Femke Boer <zorgcoordinator@ckc-dezonnewijzer.nl>:
> Dag Ilse,
> De ouders willen graag dat jij aansluit. Kan dinsdag 10 maart na schooltijd?
> Femke
>
> Op 2 mrt 2026 om 12:40 schreef Ilse Visser <i.visser@ggdhm.nl>:
>> Hoi Femke,
>> Ik kan een gesprek met ouders en leerkracht begeleiden. Stuur je me nog wat achtergrond?
>> Ilse
>>
>> Op 27 feb 2026 om 21:14 schreef Jeroen en Mirjam Smit:
>>> Beste juf Femke,
>>> Zoals besproken: Noor Smit heeft sinds december de diagnose absence-epilepsie (vastgesteld
>>> door de kinderneuroloog in het LUMC). Ze gebruikt nu ethosuximide, 2x daags. Door de
>>> medicatie is ze 's middags vaak moe en soms even "weg" in de klas. Wilt u dit met de
>>> schoolarts bespreken? Ze mag niet alleen zwemmen tijdens de schoolzwemles.
>>> Met vriendelijke groet,
>>> Jeroen en Mirjam Smit
""",
  action="block", ent=["ART9_HEALTH"],
  note="a pupil's epilepsy diagnosis and medication three quotes down a reply thread")

M(num=14, lang="nl", slug="regie-gebouwen-bestek-gezichtsherkenning",
  frm="Cel Overheidsopdrachten Regie der Gebouwen <aankopen@regiedergebouwen.be>",
  to=["tenders@securaccess-systems.eu"],
  subject="Aankondiging opdracht RG/2026/031 – toegangscontrole met gezichtsherkenning (FAC Noord)",
  date=D("2026-03-06 10:00"),
  body="""Geachte,

De Regie der Gebouwen publiceert een openbare procedure voor de levering en installatie van een
toegangscontrolesysteem voor het Financiecentrum Noord. Perceel 2 betreft een optionele
module met gezichtsherkenning voor de technische ruimtes.

Kernpunten van het bestek (uittreksel in bijlage):
- biometrische sjablonen worden uitsluitend lokaal op de badge opgeslagen (match-on-card), geen
  centrale databank;
- een DPIA door de inschrijver is verplicht; de GBA-aanbevelingen over biometrie zijn van
  toepassing;
- alternatieve toegang zonder biometrie voor elk personeelslid dat niet wenst deel te nemen.

Het volledige bestek staat op e-Procurement (https://www.publicprocurement.be). Vragen kunnen tot
27 maart via het forum van het platform. Uiterste datum voor offertes: 21 april 2026, 11.00 u.

Met vriendelijke groeten,
Cel Overheidsopdrachten
Regie der Gebouwen – Kunstlaan 1, 1210 Brussel
""",
  att=[pdf("RG-2026-031-uittreksel-bestek.pdf", "RG/2026/031 – Uittreksel bestek toegangscontrole",
           ["Openbare procedure – levering, installatie en onderhoud (48 maanden).",
            "Gunningscriteria: prijs 40 %, technische waarde 35 %, privacy by design 25 %."],
           [["Perceel", "Omschrijving", "Raming (excl. btw)"],
            ["1", "Badgelezers en centrale software (412 toegangspunten)", "EUR 640.000"],
            ["2", "Optionele module gezichtsherkenning, match-on-card, 18 deuren", "EUR 210.000"],
            ["3", "Onderhoud en support 48 maanden", "EUR 150.000"]],
           ["Opslag van gezichtssjablonen buiten de badge is uitgesloten."])],
  action="allow", ent=[], note="tender for a face-recognition access system; biometrics only in general")

M(num=15, lang="nl", slug="kapellen-afwezigheid-burnout-rekening",
  frm="Els Mertens <els.mertens@kapellen.be>",
  to=["klantenteam.antwerpen@sociaal-secretariaat-delta.be"],
  subject="Arbeidsongeschiktheid en nieuw rekeningnummer – Dries Van Looy",
  date=D("2026-03-09 14:02"),
  body="""Hallo,

Twee wijzigingen voor de loonverwerking van maart voor onze medewerker Dries Van Looy
(personeelsnummer 2271, dienst Ruimtelijke Ordening):

1. Hij is arbeidsongeschikt sinds 2 maart 2026 wegens een burn-out; het attest van zijn
   huisarts vermeldt voorlopig afwezigheid tot 30 april. Gewaarborgd loon graag vanaf 2 maart
   toepassen; de aangifte bij het ziekenfonds volgt na de eerste maand.
2. Hij heeft een nieuw rekeningnummer: BE50 4051 0704 7918 (op zijn naam). Graag vanaf de
   volgende betaling gebruiken.

Alvast bedankt,

Els Mertens
Personeelsconsulent
Gemeente Kapellen | Hoevensebaan 54, 2950 Kapellen | 03 660 66 00
""",
  action="block", ent=["ART9_HEALTH", "IBAN_CODE"],
  note="sick leave with its reason (burn-out) and an employee's private IBAN to a payroll firm",
  nums=[("BE50 4051 0704 7918", "IBAN_CODE", "valid")])
