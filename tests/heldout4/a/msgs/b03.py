from lib import M, D, xlsx, csvfile, pdf, docx, ods, odt, zipped, attached_mail, txtfile

M(num=31, lang="nl", slug="atheneum-levensbeschouwing-catering",
  frm="Secretariaat GO! Atheneum Zottegem <secretariaat@atheneumzottegem.be>",
  to=["orders@catering-vlaamseardennen.be"],
  subject="Leerlingenlijst meerdaagse 5de jaar – maaltijden",
  date=D("2026-03-24 13:20"),
  body="""Beste,

Voor de meerdaagse naar Durbuy (20-22 april) vindt u in bijlage de lijst van de leerlingen van
5B met hun levensbeschouwelijk vak, zodat u de halal- en vegetarische maaltijden kunt voorzien.
De leerlingen met islam krijgen halal, de andere volgen het standaardmenu tenzij anders vermeld.

Met vriendelijke groeten,
Inge Claus
Secretariaat – GO! Atheneum Zottegem
""",
  att=[ods("leerlingen_5B_meerdaagse.ods", [("5B", [
      ["Leerling", "Klas", "Levensbeschouwing", "Menu"],
      ["Amine Berrada", "5B", "islam", "halal"],
      ["Lotte De Wilde", "5B", "niet-confessionele zedenleer", "standaard"],
      ["Yasmina El Amrani", "5B", "islam", "halal"],
      ["Jonas Van Hecke", "5B", "rooms-katholieke godsdienst", "standaard"],
      ["Elif Demir", "5B", "islam", "halal"],
      ["Ruben Temmerman", "5B", "protestants-evangelische godsdienst", "vegetarisch"],
      ["Noa Goldberg", "5B", "israëlitische godsdienst", "vegetarisch"],
      ["Kato Bracke", "5B", "niet-confessionele zedenleer", "standaard"]])])],
  action="block", ent=["ART9_RELIGION"],
  note="ODS list of named pupils with their religion / belief course")

M(num=32, lang="nl", slug="unia-cijfers-haatmisdrijven",
  frm="Woordvoerder Unia <pers@unia.be>",
  to=["joke.vervaet@demorgen.be"],
  subject="Re: cijfers haatmisdrijven 2025",
  date=D("2026-03-11 16:45"),
  in_reply_to="<3fe1a@demorgen.be>",
  body="""Dag Joke,

Hierbij de cijfers waar je om vroeg. In 2025 opende Unia 2.614 dossiers, waarvan 151 over
haatmisdrijven en haatboodschappen met een strafrechtelijke component. Verdeling naar motief
(dossiers haatmisdrijf):

- zogenaamde raciale criteria (afkomst, huidskleur, nationaliteit): 71
- geloof of levensbeschouwing: 29
- seksuele geaardheid: 24
- handicap: 11
- overige criteria (leeftijd, geslacht, vermogen ...): 16

Deze cijfers gaan over meldingen bij Unia, niet over veroordelingen; voor de vervolgingen
verwijs ik je naar het College van procureurs-generaal. Het volledige jaarverslag verschijnt op
22 april.

Groeten,
Stijn Verlinden
Woordvoerder Unia | 0474 00 00 10 | Koningsstraat 138, 1000 Brussel
""",
  action="allow", ent=[], note="aggregated hate-crime statistics by motive for a journalist")

M(num=33, lang="nl", slug="lier-tuchtdossier-partijlid",
  frm="Annelies Goris <annelies.goris@lier.be>",
  to=["mr.vandeneynde@advocaten-netestraat.be"],
  subject="Tuchtdossier medewerker groendienst – vraag om advies",
  date=D("2026-03-25 11:58"),
  body="""Geachte meester Van den Eynde,

Ik had u graag advies gevraagd in het tuchtdossier van Luc Hermans, ploegbaas bij onze
groendienst.

Feiten: op 9 en 16 maart heeft de heer Hermans tijdens de werkuren, in werkkledij van de stad,
folders verdeeld op de markt. Hij is al jaren lid van Vlaams Belang en actief in de lokale
afdeling, maar hij is geen kandidaat of mandataris. Verschillende collega's klagen bovendien dat
hij in de refter openlijk propaganda maakt en hen aanspoort om bij de volgende verkiezingen voor
die partij te stemmen.

Onze vraag: kunnen we hem een tuchtstraf opleggen voor het gedrag tijdens de diensturen, zonder
dat het lijkt alsof we hem sanctioneren voor zijn politieke overtuiging?

Ik stuur u het verslag van het hoorgesprek via de beveiligde map.

Met vriendelijke groeten,
Annelies Goris
Diensthoofd HR – Stad Lier, Paradeplein 2, 2500 Lier
""",
  action="block", ent=["ART9_POLITICAL_OPINION"],
  note="party membership and political activity of a named employee who holds no public mandate")

M(num=34, lang="nl", slug="vlaamse-overheid-vorming-politieke-neutraliteit",
  frm="Leerpunt Vlaamse overheid <leerpunt@vlaanderen.be>",
  to=["opleidingen@vgc.brussels"],
  subject="Nieuw e-learningpakket: politieke neutraliteit en deontologie in verkiezingstijd",
  date=D("2026-03-02 10:00"),
  body="""Beste opleidingsverantwoordelijke,

Vanaf april bieden we een nieuw e-learningpakket aan voor ambtenaren van lokale en
gemeenschapsbesturen: "Neutraal dienstverlenen in verkiezingstijd".

Inhoud (ca. 90 minuten):
- de deontologische code en het verbod op partijdige dienstverlening;
- wat mag een ambtenaar wel: lid zijn van een partij, kandidaat zijn, zijn mening geven
  buiten de dienst;
- wat mag niet: propaganda tijdens de diensturen, gebruik van dienstmiddelen voor een campagne;
- casussen: sociale media, petities, een schepen die om een dienst vraagt.

De module is gratis voor partnerbesturen. Toegang aanvragen via https://leerpunt.vlaanderen.be.

Met vriendelijke groeten,
Team Leerpunt – Agentschap Overheidspersoneel
""",
  action="allow", ent=[], note="training on political neutrality in general")

M(num=35, lang="nl", slug="hasselt-parkeren-dubbele-debitering-kaart",
  frm="Parkeerbedrijf Hasselt <parkeren@hasselt.be>",
  to=["merchant.support@paysquare-benelux.eu"],
  subject="Terugbetaling dubbele transactie parkeerautomaat Kolonel Dusart – klacht burger",
  date=D("2026-03-26 09:33"),
  body="""Geachte,

Een bezoeker klaagt dat zijn kredietkaart twee keer gedebiteerd werd aan parkeerautomaat
PA-0417 (parking Kolonel Dusart) op 21 maart om 14.12 uur. Wij vragen de terugbetaling van de
tweede transactie.

Kaarthouder: Geert Lenaerts
Kaartnummer: 4845 1470 5844 1908
Vervaldatum: 09/28
Bedrag: EUR 6,40 (2x)
Terminal-ID: 60441207 – merchant Parkeerbedrijf Hasselt

Kunnen jullie ons laten weten wanneer de terugboeking gebeurt, zodat we de burger kunnen
antwoorden?

Vriendelijke groeten,
Mieke Jorissen
Klantendienst Parkeerbedrijf Stad Hasselt
""",
  action="block", ent=["CREDIT_CARD"],
  note="a citizen's full payment-card number in a refund request",
  nums=[("4845 1470 5844 1908", "CREDIT_CARD", "valid")])

M(num=36, lang="nl", slug="uwv-bevestiging-werkgeverswebinar",
  frm="UWV Werkgeversservicepunt Twente <wsp.twente@uwv.nl>",
  to=["p.olde.rikkert@metaalbouw-hengelo.nl"],
  subject="Bevestiging aanmelding webinar 'Loonkostenvoordelen 2026'",
  date=D("2026-03-09 12:10"),
  body="""Beste heer Olde Rikkert,

Bedankt voor uw aanmelding voor het webinar "Loonkostenvoordelen 2026" op donderdag 2 april van
10.00 tot 11.00 uur. U ontvangt de link een dag van tevoren.

Onderwerpen: het lage-inkomensvoordeel, het loonkostenvoordeel oudere werknemer en de
no-riskpolis, en hoe u de doelgroepverklaring op tijd aanvraagt.

Kunt u niet? Meld u dan af via deze e-mail, dan geven we uw plaats aan een andere werkgever.

Met vriendelijke groet,
Werkgeversservicepunt Twente
UWV | 088 - 898 92 95
""",
  action="allow", ent=[], note="ordinary webinar confirmation to an employer")

M(num=37, lang="nl", slug="riziv-invaliditeit-controlelijst-html",
  frm="Dienst Uitkeringen RIZIV <uitkeringen.controle@riziv-inami.fgov.be>",
  to=["medische.controle@cm.be"],
  subject="Dossiers invaliditeit – herziening Geneeskundige Raad april",
  date=D("2026-03-27 15:40"),
  body="""Geachte adviserend arts,

Hieronder de dossiers die op de zitting van de Geneeskundige Raad voor Invaliditeit van april
worden herzien. Graag uw actueel verslag vóór 10 april.

Rijksregisternr. | Naam | Diagnose | Invalide sinds
69.12.28-719.71 | Marc Wuyts | multiple sclerose, EDSS 6.0 | 2019
82050671982 | Veerle Cools | recidiverende depressie, ernstige episode | 2021
03091219090 | Lukas Hendrickx | traumatisch hersenletsel na verkeersongeval | 2024

Met vriendelijke groeten,
Dienst Uitkeringen – RIZIV
Galileelaan 5/01, 1210 Brussel
""",
  html="""<html><body>
<p>Geachte adviserend arts,</p>
<p>Hieronder de dossiers die op de zitting van de Geneeskundige Raad voor Invaliditeit van april
worden herzien. Graag uw actueel verslag v&oacute;&oacute;r 10 april.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Rijksregisternr.</th><th>Naam</th><th>Diagnose</th><th>Invalide sinds</th></tr>
<tr><td>69.12.28-719.71</td><td>Marc Wuyts</td><td>multiple sclerose, EDSS 6.0</td><td>2019</td></tr>
<tr><td>82050671982</td><td>Veerle Cools</td><td>recidiverende depressie, ernstige episode</td><td>2021</td></tr>
<tr><td>03091219090</td><td>Lukas Hendrickx</td><td>traumatisch hersenletsel na verkeersongeval</td><td>2024</td></tr>
</table>
<p>Met vriendelijke groeten,<br>Dienst Uitkeringen &ndash; RIZIV<br>Galileelaan 5/01, 1210 Brussel</p>
</body></html>""",
  action="block", ent=["BE_NATIONAL_NUMBER", "ART9_HEALTH"],
  note="HTML table of national numbers with invalidity diagnoses (incl. a 2000+ birth number)",
  nums=[("69.12.28-719.71", "BE_NATIONAL_NUMBER", "valid"), ("82050671982", "BE_NATIONAL_NUMBER", "valid"),
        ("03091219090", "BE_NATIONAL_NUMBER", "valid")])

M(num=38, lang="nl", slug="eindhoven-betalingsherinnering-leges",
  frm="Gemeente Eindhoven Debiteuren <debiteuren@eindhoven.nl>",
  to=["administratie@horecagroep-strijp.nl"],
  subject="Betalingsherinnering factuur 2026-118204 (terrasvergunning)",
  date=D("2026-03-30 08:15"),
  body="""Geachte heer, mevrouw,

Volgens onze administratie is factuur 2026-118204 van 12 februari 2026 (leges terrasvergunning
Stratumseind 41, EUR 1.245,00) nog niet betaald.

Wij verzoeken u het bedrag binnen 14 dagen over te maken op NL38 BNGH 0285 0123 45 ten name van
Gemeente Eindhoven, onder vermelding van het factuurnummer. Heeft u inmiddels betaald? Dan kunt
u deze herinnering als niet verzonden beschouwen.

Uw debiteurnummer: 300917
KvK-nummer van uw onderneming volgens onze gegevens: 17241876

Met vriendelijke groet,
Team Debiteuren – Gemeente Eindhoven
Postbus 90150, 5600 RB Eindhoven | 14 040
""",
  att=[pdf("herinnering-2026-118204.pdf", "Gemeente Eindhoven – Betalingsherinnering",
           ["Debiteur: Horecagroep Strijp B.V., Torenallee 20, 5617 BC Eindhoven",
            "Debiteurnummer 300917 – KvK 17241876"],
           [["Factuur", "Datum", "Omschrijving", "Bedrag"],
            ["2026-118204", "12-02-2026", "Leges terrasvergunning Stratumseind 41", "EUR 1.245,00"],
            ["", "", "Openstaand", "EUR 1.245,00"]],
           ["Betalen op NL38 BNGH 0285 0123 45 t.n.v. Gemeente Eindhoven o.v.v. 2026-118204."])],
  action="allow", ent=[], note="payment reminder with the municipality's own IBAN and a company number",
  nums=[("NL38 BNGH 0285 0123 45", "IBAN_CODE", "org")])

M(num=39, lang="nl", slug="ggd-amsterdam-bronopsporing-tbc-doorgestuurd",
  frm="Arts TBC-bestrijding GGD Amsterdam <tbc@ggd.amsterdam.nl>",
  to=["infectieziektebestrijding.antwerpen@zorg-en-gezondheid.be"],
  subject="Fwd: bronopsporing open longtuberculose – contact woonachtig in Antwerpen",
  date=D("2026-03-31 10:22"),
  body="""Geachte collega's,

Bij een bronopsporing rond een patiënt met open longtuberculose blijkt één nauw contact in
Antwerpen te wonen. Ter informatie stuur ik het oorspronkelijke bericht van onze
sociaal-verpleegkundige door; wilt u het contactonderzoek daar overnemen?

Met collegiale groet,
drs. Hanneke Post
Arts Maatschappij & Gezondheid, TBC-bestrijding
GGD Amsterdam, Nieuwe Achtergracht 100, 1018 WT Amsterdam
""",
  att=[attached_mail("bronopsporing_tbc_2026-0312.eml",
      frm="Yvonne Schouten <y.schouten@ggd.amsterdam.nl>",
      to=["tbc@ggd.amsterdam.nl"],
      subject="Bronopsporing TBC 2026-0312",
      date=D("2026-03-30 16:48"),
      body="""Hoi Hanneke,

Indexpatiënt: Dennis Groot, BSN 963547835, 44 jaar, sputum positief (open longtuberculose),
sinds 24 maart opgenomen in het OLVG, start standaard 4-middelen-therapie.

Nauwe contacten:
- partner, woont op hetzelfde adres (Amsterdam-West), Mantoux gepland 2 april
- broer Sander Groot, woont in Antwerpen (Berchem), bezocht de patiënt wekelijks

Kun jij de Belgische collega's inlichten over de broer?

Groet, Yvonne
Sociaal-verpleegkundige TBC-bestrijding
""")],
  action="block", ent=["NL_BSN", "ART9_HEALTH"],
  note="attached message/rfc822 with a patient's BSN and tuberculosis diagnosis",
  nums=[("963547835", "NL_BSN", "valid")])

M(num=40, lang="nl", slug="ocmw-aalst-blanco-aanvraagformulier-leefloon",
  frm="Sociale dienst OCMW Aalst <socialedienst@aalst.be>",
  to=["onthaal@cawoostvlaanderen.be"],
  subject="Nieuw aanvraagformulier leefloon (versie 2026) voor jullie onthaal",
  date=D("2026-03-04 14:00"),
  body="""Beste collega's van het CAW,

Vanaf 1 april gebruiken we een nieuw aanvraagformulier voor het leefloon. In bijlage het blanco
formulier; jullie mogen het afdrukken voor cliënten die bij jullie langskomen. Ingevulde formulieren
graag niet mailen, maar laten afgeven aan ons onthaal of via de beveiligde uploadpagina op
https://www.aalst.be/leefloon.

Met vriendelijke groeten,
Sociale dienst OCMW Aalst
Gasthuisstraat 40, 9300 Aalst
""",
  att=[docx("aanvraagformulier_leefloon_2026_blanco.docx",
            ["Aanvraag maatschappelijke integratie (leefloon) – in te vullen door de aanvrager",
             "Deel 1 – Identificatie", "Naam en voornaam: ..............................",
             "Rijksregisternummer: __ __ . __ __ . __ __ - __ __ __ . __ __",
             "Adres: ..............................",
             "Nationaliteit: ..............................",
             "Deel 2 – Gezinssamenstelling (zie tabel)",
             "Deel 3 – Inkomsten en rekeningnummer: IBAN BE__ ____ ____ ____",
             "Deel 4 – Gezondheid: bent u arbeidsongeschikt? ja / nee (attest bijvoegen)",
             "Handtekening aanvrager: ......................  Datum: ....../....../........"],
            [[["Naam gezinslid", "Verwantschap", "Geboortedatum", "Inkomen"],
              ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]]])],
  action="allow", ent=[], note="blank application form with empty identifier/health fields")

M(num=41, lang="nl", slug="schaarbeek-interreligieuze-ontmoeting",
  frm="Dienst Samenleven Schaarbeek <samenleven@schaarbeek.brussels>",
  to=["contact@vzw-buurthuis-josaphat.be"],
  subject="Uitnodiging: interlevensbeschouwelijke avond 'Samen aan tafel' – 13 maart",
  date=D("2026-02-25 15:30"),
  body="""Beste partners,

Naar aanleiding van de ramadan en de vastenperiode nodigt de dienst Samenleven u uit op de avond
"Samen aan tafel" op vrijdag 13 maart in het Gemeentehuis (Colignonplein).

Programma:
18.30 – Welkom door de schepen van Samenleven
18.45 – Gesprek met vertegenwoordigers van de moskee Al-Houda, de protestantse kerk,
        de Sint-Servaasparochie en de vrijzinnige vereniging deMens.nu
19.40 – Iftar en gedeelde maaltijd (halal en vegetarisch)

Inschrijven vóór 9 maart via samenleven@schaarbeek.brussels of 02 244 75 11.

Met vriendelijke groeten,
Dienst Samenleven – Gemeente Schaarbeek
""",
  action="allow", ent=[], note="announcement of an interfaith event; religion only in general")

M(num=42, lang="nl", slug="uzbrussel-aanbesteding-infuuspompen",
  frm="Aankoopdienst UZ Brussel <aankoop@uzbrussel.be>",
  to=["tenders.benelux@medisupply-intl.com"],
  subject="Opdracht UZB/2026/014 – volumetrische infuuspompen en spuitpompen: vraag en antwoord 2",
  date=D("2026-03-18 17:20"),
  body="""Geachte inschrijver,

Hieronder het antwoord op de vragen die via het platform werden gesteld (ronde 2). Dit document
maakt deel uit van de opdrachtdocumenten.

V1: Moeten de pompen een bibliotheek met geneesmiddelenprofielen ondersteunen?
A1: Ja, minimum 1.500 profielen, beheerd door de ziekenhuisapotheek, met harde en zachte limieten.

V2: Is koppeling met het EPD verplicht?
A2: Koppeling met het elektronisch patiëntendossier (HL7/FHIR) is een gunningscriterium, geen
minimumeis.

V3: Hoeveel pompen worden per perceel voorzien?
A3: Perceel 1: 420 volumetrische pompen (intensieve zorg, oncologie, pediatrie); perceel 2: 260
spuitpompen; perceel 3: onderhoud 7 jaar.

De uiterste datum voor indiening blijft 14 april 2026, 12.00 u.

Met vriendelijke groeten,
Aankoopdienst – Universitair Ziekenhuis Brussel
Laarbeeklaan 101, 1090 Jette
""",
  action="allow", ent=[], note="hospital supply tender Q&A; no patient data")

M(num=43, lang="nl", slug="vlaamse-waterweg-indiensttreding-vakbond",
  frm="HR-administratie De Vlaamse Waterweg <hr.administratie@vlaamsewaterweg.be>",
  to=["indiensttreding@acerta-partners.be"],
  subject="Indiensttreding 1 mei – sluiswachter Wintam",
  date=D("2026-04-01 09:05"),
  body="""Dag Evy,

Hierbij de gegevens van het intakeformulier voor onze nieuwe sluiswachter, om op te nemen in
de loonadministratie:

Naam: Tim Verbruggen
Functie: sluiswachter, sluis Wintam
Datum in dienst: 01/05/2026
Statuut: contractueel, voltijds
Vakbond: ACV Puls
Syndicale afhouding via loon: ja
Lidnummer vakbond: 3304-118-27

De overige documenten (diploma, rijbewijs) bezorgen we via het portaal.

Groeten,
Hilde Claes
HR-administratie – De Vlaamse Waterweg nv, Havenstraat 44, 3500 Hasselt
""",
  action="block", ent=["ART9_TRADE_UNION"],
  note="'Vakbond: ACV Puls' form line for a named new employee")

M(num=44, lang="nl", slug="duo-planning-levering-1cijferho",
  frm="DUO Informatieproducten <informatieproducten@duo.nl>",
  to=["bi-team@tudelft.nl"],
  subject="Planning leveringen 1cijferHO 2026",
  date=D("2026-03-06 11:00"),
  body="""Beste contactpersoon,

Hierbij de planning van de leveringen van het bestand 1cijferHO in 2026:

- 1 april: definitieve levering peildatum 1 oktober 2025
- 1 juli: voorlopige levering studiejaar 2025-2026
- 1 november: eerste levering peildatum 1 oktober 2026

De bestanden worden zoals gebruikelijk klaargezet op de beveiligde SFTP-omgeving; u ontvangt
een bericht zodra ze beschikbaar zijn. Let op: vanaf de julilevering wijzigt het recordformaat
(versie 2026.1); de documentatie staat op https://duo.nl/zakelijk.

Met vriendelijke groet,
Team Informatieproducten
Dienst Uitvoering Onderwijs, Groningen
""",
  action="allow", ent=[], note="ordinary delivery schedule between DUO and a university")

M(num=45, lang="nl", slug="pz-kempen-export-pv-migratie-zip",
  frm="Functioneel beheer PZ Kempen Noord-Oost <ict@politiekempennoordoost.be>",
  to=["consultant.migratie@datalogic-bv.nl"],
  subject="Testexport ISLP voor migratie – eerste batch",
  date=D("2026-04-02 16:55"),
  body="""Hoi Niels,

In bijlage een eerste export uit ISLP om jullie mapping te testen. Het zijn echte dossiers van
het voorbije kwartaal, dus graag niet verder delen. De ZIP bevat een CSV met puntkomma als
scheidingsteken.

Groeten,
Stefan Daems
Functioneel beheerder ICT – Politiezone Kempen Noord-Oost
""",
  att=[zipped("export_islp_batch1.zip", [
      csvfile("pv_export_2026Q1.csv", [
          ["pv_nummer", "datum", "betrokkene", "geboortedatum", "hoedanigheid", "misdrijf"],
          ["KE.61.L1.002341/2026", "2026-01-08", "Dimitri Van Roey", "1997-02-14", "verdachte", "diefstal uit voertuig"],
          ["KE.61.L1.002877/2026", "2026-01-19", "Jeroen Aerts", "1979-09-30", "verdachte", "sturen onder invloed (1,4 promille), recidive"],
          ["KE.61.L1.003102/2026", "2026-02-02", "Nicole Geens", "1984-05-21", "verdachte", "intrafamiliaal geweld"],
          ["KE.61.L1.003560/2026", "2026-02-27", "Rachid Ouahbi", "2001-12-03", "verdachte", "bezit verdovende middelen"],
          ["KE.61.L1.003998/2026", "2026-03-15", "Stijn Bervoets", "1990-07-11", "verdachte", "bedreiging en vernieling"]])])],
  action="block", ent=["ART10_CRIMINAL"],
  note="ZIP holding a CSV of police reports naming suspects and offences")
