from lib import M, D, xlsx, csvfile, pdf, docx, txtfile

M(num=16, lang="nl", slug="belastingdienst-machtiging-adviseur",
  frm="Belastingdienst Particulieren <noreply-machtigingen@belastingdienst.nl>",
  to=["info@fiscaalbureau-terpstra.nl"],
  subject="Bevestiging intrekking machtiging aangifte IB 2025",
  date=D("2026-03-10 09:30"),
  body="""Geachte heer Terpstra,

Wij bevestigen de ontvangst van uw verzoek. De machtiging voor onderstaande belastingplichtige is
per vandaag ingetrokken op verzoek van belanghebbende zelf.

Naam belastingplichtige: J.M. (Johanna) van Dijk-Kuipers
BSN: 6254.54.741
Belastingjaar: 2025
Soort machtiging: aangifte inkomstenbelasting en toeslagen
Datum intrekking: 10 maart 2026

U kunt vanaf nu geen aangifte meer indienen voor deze belastingplichtige. Heeft u vragen? Bel de
BelastingTelefoon voor intermediairs: 0800 - 0543.

Met vriendelijke groet,

Belastingdienst
Afdeling Machtigingen Particulieren
""",
  action="block", ent=["NL_BSN"],
  note="'BSN:' form line with dotted BSN of a named taxpayer",
  nums=[("6254.54.741", "NL_BSN", "valid")])

M(num=17, lang="nl", slug="stad-brussel-persbericht-winteropvang",
  frm="Persdienst Stad Brussel <pers@brucity.be>",
  to=["redactie@bruzz.be"],
  subject="Persbericht: winteropvang Brussel-Stad verlengd tot 31 maart",
  date=D("2026-02-20 11:00"),
  body="""PERSBERICHT – Brussel, 20 februari 2026

Winteropvang Brussel-Stad verlengd tot 31 maart

Het college van burgemeester en schepenen heeft beslist de winteropvang in de
Pachecolaan met een maand te verlengen. Tussen 1 november en 15 februari werden gemiddeld
186 personen per nacht opgevangen, 14 % meer dan vorige winter. Een kwart van de bezoekers
is vrouw; 22 kinderen overnachtten met een ouder.

"We laten niemand in de kou staan zolang het vriest", zegt de schepen van Sociale Zaken.

De opvang blijft open van 19.00 tot 9.00 uur. Partners Samusocial en het OCMW van Brussel
zorgen voor de begeleiding.

Perscontact:
Anouk Verbeeck, woordvoerder Stad Brussel
+32 2 279 22 11 – anouk.verbeeck@brucity.be
""",
  action="allow", ent=[], note="press release with aggregate numbers and a spokesperson's professional contact")

M(num=18, lang="nl", slug="duo-examencommissie-dyslexie-adhd",
  frm="DUO Examens Staatsexamen <staatsexamens@duo.nl>",
  to=["examencommissie@mondriaancollege-oss.nl"],
  subject="Aangepaste examenvoorziening kandidaat staatsexamen havo",
  date=D("2026-03-12 13:40"),
  body="""Geachte examencommissie,

Voor het centraal examen in mei legt onderstaande kandidaat bij u op locatie een deel van het
staatsexamen af. DUO heeft de aanvraag voor aangepaste examenvoorzieningen goedgekeurd.

Kandidaat: Lars Meijer
Geboortedatum: 03-08-2008
BSN 284632545
Kandidaatnummer: SE-26-11873

Onderbouwing: dyslexieverklaring (2019) en ADHD-diagnose van de GGZ-instelling Reinier van Arkel
(2022); de kandidaat gebruikt methylfenidaat. Toegekend: 30 minuten verlenging per zitting,
voorleessoftware en een aparte ruimte met maximaal 6 kandidaten.

Wilt u de kandidaat indelen in een prikkelarme zaal?

Met vriendelijke groet,

Team Staatsexamens VO
Dienst Uitvoering Onderwijs
""",
  action="block", ent=["NL_BSN", "ART9_HEALTH"],
  note="a candidate's BSN together with dyslexia/ADHD diagnosis and medication",
  nums=[("284632545", "NL_BSN", "valid")])

M(num=19, lang="nl", slug="hasselt-uittreksel-strafregister-uitleg",
  frm="Dienst Burgerzaken Hasselt <burgerzaken@hasselt.be>",
  to=["tine.vanrompaey@outlook.be"],
  subject="Re: Hoe vraag ik een uittreksel uit het strafregister aan?",
  date=D("2026-02-12 10:18"),
  in_reply_to="<VI1P190MB0@outlook.be>",
  body="""Beste mevrouw Van Rompaey,

Bedankt voor uw vraag. Een uittreksel uit het strafregister kan u op drie manieren aanvragen:

1. Online via My e-Justice (https://www.myejustice.be) met uw eID of itsme. U ontvangt het
   uittreksel meteen als PDF; dat is gratis.
2. Aan het loket Burgerzaken in het Stadhuis (Limburgplein 1), op afspraak.
3. Per post, met een kopie van uw identiteitskaart.

Voor een vrijwilligersfunctie in de jeugdbeweging heeft u het uittreksel model 2 nodig
(artikel 596, tweede lid, Wetboek van strafvordering), omdat u met minderjarigen zal werken.
Vermeld het doel van de aanvraag: "activiteit in contact met minderjarigen".

Met vriendelijke groeten,
Dienst Burgerzaken – Stad Hasselt
011 23 90 00

> Van: Tine Van Rompaey
> Goeiedag, ik word leidster bij de Chiro en ze vragen een uittreksel uit het strafregister.
> Waar kan ik dat krijgen? Alvast bedankt, Tine
""",
  action="allow", ent=[], note="explains how to obtain a criminal-record extract; no record content")

M(num=20, lang="nl", slug="ocmw-molenbeek-artikel60-interim",
  frm="Tewerkstellingscel OCMW Molenbeek <tewerkstelling@ocmw-molenbeek.brussels>",
  to=["planning@interim-kanaalzone.be"],
  subject="Art. 60-tewerkstellingen vanaf april – gegevens werknemers",
  date=D("2026-03-13 15:05"),
  body="""Beste Karim,

Zoals afgesproken vindt u in bijlage de gegevens van de drie werknemers die vanaf 1 april via
artikel 60 bij jullie klant in de logistiek starten. Twee van hen hebben nog geen
rijksregisternummer maar wel een BIS-nummer; dat staat in de tabel.

Kan je de contracten klaarzetten tegen vrijdag?

Groeten,
Lotte Van Gils
Jobcoach – Tewerkstellingscel
OCMW Sint-Jans-Molenbeek, Vandenpeereboomstraat 14, 1080 Brussel | 02 412 53 11
""",
  att=[docx("art60_starters_april.docx",
            ["Artikel 60 §7 – starters 1 april 2026", "Werkpost: orderpicking, klant Van Moer Logistics (Vilvoorde)"],
            [[["Naam", "Voornaam", "Identificatienummer", "Nationaliteit", "Startdatum"],
              ["Diallo", "Mamadou", "BIS 94.22.27-243.08", "Guinee", "01/04/2026"],
              ["Popescu", "Andrei", "BIS 68.24.08-326.60", "Roemenië", "01/04/2026"],
              ["Benali", "Samira", "in aanvraag", "Belgisch", "15/04/2026"]]])],
  action="block", ent=["BE_BIS_NUMBER"],
  note="DOCX table with BIS numbers of named workers sent to a temp agency",
  nums=[("94.22.27-243.08", "BE_BIS_NUMBER", "valid"), ("68.24.08-326.60", "BE_BIS_NUMBER", "valid")])

M(num=21, lang="nl", slug="mechelen-agenda-gemeenteraad",
  frm="Secretariaat Gemeenteraad Mechelen <gemeenteraad@mechelen.be>",
  to=["redactie@gva.be"],
  cc=["nieuws@rtv.be"],
  subject="Agenda openbare zitting gemeenteraad 24 maart 2026",
  date=D("2026-03-16 12:00"),
  body="""Geachte,

Hierbij de agenda van de openbare zitting van de gemeenteraad van dinsdag 24 maart 2026 om
19.30 uur in de raadzaal van het stadhuis.

1. Goedkeuring notulen zitting 24 februari 2026
2. Meerjarenplan 2026-2031 – aanpassing 1
3. Reglement buurtbudgetten – wijziging
4. Interpellatie van raadslid Elke Peeters (Vooruit) over de toegankelijkheid van de
   Kazerne Dossin-site voor rolstoelgebruikers
5. Vraag van raadslid Hassan Amrani (Groen) over de nieuwe fietsstraten in Nekkerspoel
6. Voorstel van raadslid Bart Willems (N-VA) om de parkeertarieven in de binnenstad te bevriezen
7. Vraag van raadslid Ilse Rombouts (Vlaams Belang) over de inzet van gemeenschapswachten
8. Mondelinge vragen

Het volledige dossier is vanaf vandaag raadpleegbaar via https://besluiten.mechelen.be.
De zitting wordt live gestreamd.

Met vriendelijke groeten,
Secretariaat Gemeenteraad – Stad Mechelen
""",
  action="allow", ent=[], note="public council agenda naming councillors and their parties (public mandate)")

M(num=22, lang="nl", slug="antwerpen-groepsverzekering-borstkanker",
  frm="Karen De Bruyn <karen.debruyn@antwerpen.be>",
  to=["claims.collectief@verzekeringen-noordstar.be"],
  subject="Ann Peeters (pers.nr. 88412) – borstkanker, chemotherapie tot juni: aanvraag gewaarborgd inkomen",
  date=D("2026-03-17 10:44"),
  body="""Goeiemorgen,

Voor onze medewerkster in het onderwerp dienen we een aanvraag in onder de polis gewaarborgd
inkomen (polis 60.441.207). Ze is afwezig sinds 5 januari; de behandeling loopt volgens haar
oncoloog zeker tot eind juni, daarna volgt radiotherapie.

Het medisch attest en het aanvraagformulier sturen we vandaag per post.

Met vriendelijke groeten,
Karen De Bruyn
Dossierbeheerder verzekeringen – Personeelsdienst
Stad Antwerpen | Francis Wellesplein 1, 2018 Antwerpen
""",
  action="block", ent=["ART9_HEALTH"],
  note="diagnosis and treatment of a named employee in the subject line")

M(num=23, lang="nl", slug="svb-verslag-ketenoverleg-aow",
  frm="Sanne Vermeulen <sanne.vermeulen@svb.nl>",
  to=["a.kok@uwv.nl", "j.demir@belastingdienst.nl"],
  cc=["r.smits@rijksoverheid.nl"],
  subject="Verslag ketenoverleg AOW-uitbetaling 11 maart",
  date=D("2026-03-13 16:30"),
  body="""Beste allen,

In de bijlage het verslag van ons ketenoverleg van 11 maart. Graag opmerkingen vóór 20 maart,
daarna leg ik het vast.

Met vriendelijke groet,
Sanne Vermeulen
Ketenregisseur – Sociale Verzekeringsbank, Amstelveen
""",
  att=[docx("verslag_ketenoverleg_aow_2026-03-11.docx",
            ["Verslag ketenoverleg AOW-uitbetaling – 11 maart 2026, SVB Amstelveen",
             "Aanwezig: Sanne Vermeulen (SVB, voorzitter), Arjen Kok (UWV), Jasmijn Demir (Belastingdienst), "
             "Rob Smits (ministerie SZW). Afwezig met bericht: Pieter Bos (Logius).",
             "1. Cijfers: in februari ontvingen 3.612.400 personen AOW; 1.940 uitbetalingen liepen vertraging op "
             "door ontbrekende loonheffingsgegevens (0,05 %).",
             "2. Actie Belastingdienst: aanlevering gewijzigde heffingskortingen vóór de 20e van de maand.",
             "3. Rondvraag: UWV meldt een proef met realtime polisgegevens in Q3.",
             "Volgend overleg: 8 april 2026, online."],
            [[["Actiepunt", "Eigenaar", "Deadline"],
              ["Analyse vertraagde betalingen februari", "SVB", "27-03-2026"],
              ["Aanleverschema heffingskortingen", "Belastingdienst", "20-03-2026"],
              ["Notitie realtime polisgegevens", "UWV", "08-04-2026"]]])],
  action="allow", ent=[], note="minutes with attendees' professional names and aggregate figures")

M(num=24, lang="nl", slug="integratie-inburgeraars-herkomst-religie",
  frm="Pieter Desmet <pieter.desmet@integratievlaanderen.be>",
  to=["onderzoek@panelwise-research.be"],
  subject="Steekproef inburgeraars voor de tevredenheidsbevraging",
  date=D("2026-03-18 11:12"),
  body="""Dag Eva,

Hier de steekproef voor de telefonische bevraging (regio Gent). We hebben de kolommen herkomst
en religie toegevoegd omdat jullie de resultaten daarop willen uitsplitsen; telefoonnummers
staan in het tweede tabblad.

Laat maar weten als er iets ontbreekt.

Pieter Desmet
Beleidsmedewerker monitoring – Agentschap Integratie en Inburgering
""",
  att=[xlsx("steekproef_inburgeraars_gent.xlsx", [
      ("Steekproef", [
          ["Dossier", "Naam", "Geslacht", "Leeftijd", "Etnische herkomst", "Religie", "Traject"],
          ["IB-25-10441", "Ahmadi, Farid", "M", 34, "Afghaans (Hazara)", "sjiitische islam", "NT2 + MO"],
          ["IB-25-10502", "Tesfaye, Helen", "V", 27, "Eritrees (Tigrinya)", "orthodox christelijk", "NT2"],
          ["IB-25-10588", "Kowalczyk, Marta", "V", 41, "Pools", "rooms-katholiek", "MO"],
          ["IB-25-10611", "Haddad, Omar", "M", 52, "Syrisch (Koerdisch)", "soennitische islam", "NT2 + MO"],
          ["IB-25-10672", "Nguyen, Thi Lan", "V", 30, "Vietnamees", "boeddhistisch", "NT2"],
          ["IB-25-10690", "Mukendi, Patrick", "M", 45, "Congolees (Luba)", "pinkstergemeente", "MO"]]),
      ("Contact", [
          ["Dossier", "Telefoon", "Voorkeurstaal"],
          ["IB-25-10441", "0488 21 34 90", "Dari"], ["IB-25-10502", "0471 55 02 18", "Tigrinya"],
          ["IB-25-10588", "0496 33 71 02", "Pools"], ["IB-25-10611", "0489 10 44 67", "Arabisch"],
          ["IB-25-10672", "0477 82 19 50", "Vietnamees"], ["IB-25-10690", "0465 90 23 11", "Frans"]])])],
  action="block", ent=["ART9_ETHNIC_ORIGIN", "ART9_RELIGION"],
  note="spreadsheet with ethnic origin and religion per named newcomer")

M(num=25, lang="nl", slug="sciensano-nieuwsbrief-genetische-tests",
  frm="Sciensano Nieuwsbrief <nieuwsbrief@sciensano.be>",
  to=["abonnees@lists.huisartsen-vlaanderen.be"],
  subject="Nieuwsbrief maart: wat een dragerschapstest wel en niet vertelt",
  date=D("2026-03-05 07:00"),
  body="""Nieuwsbrief Sciensano – maart 2026

Wat een dragerschapstest wel en niet vertelt

Steeds meer koppels met een kinderwens vragen naar een uitgebreide dragerschapstest. Zo'n test
onderzoekt of beide partners drager zijn van eenzelfde recessieve aandoening, zoals
cystische fibrose of spinale musculaire atrofie. In België is ongeveer 1 op 30 mensen drager
van een CF-mutatie. Een positief resultaat betekent niet dat iemand ziek is: het risico voor een
kind bestaat pas als beide ouders drager zijn (dan 25 % per zwangerschap).

Wat de huisarts kan doen:
- verwijzen naar een van de acht centra voor menselijke erfelijkheid;
- uitleggen dat genetische gegevens bijzondere persoonsgegevens zijn en niet zonder toestemming
  gedeeld mogen worden, ook niet met verzekeraars;
- wijzen op het verschil tussen diagnostische tests en commerciële DNA-kits.

Meer lezen: https://www.sciensano.be/nl/genetica

U ontvangt deze nieuwsbrief omdat u zich inschreef. Uitschrijven: https://www.sciensano.be/uitschrijven
""",
  action="allow", ent=[], note="genetics explained in general; no individual")

M(num=26, lang="nl", slug="rotterdam-wijkteam-intimidatie-huurder",
  frm="Wijkteam Feijenoord <wijkteamfeijenoord@rotterdam.nl>",
  to=["m.vanleeuwen@woonstad-rotterdam.nl"],
  subject="Urgentieverzoek herhuisvesting dhr. R. Koster",
  date=D("2026-03-19 14:27"),
  body="""Beste Maarten,

Ik wil je vragen mee te kijken naar een urgente herhuisvesting voor dhr. Rick Koster
(Oranjeboomstraat 212-C).

Dhr. Koster woont sinds vorig jaar samen met zijn vriend. Sinds buren hebben gezien dat het om
een homoseksuele relatie gaat, worden zij stelselmatig uitgescholden, is er twee keer een
briefje onder de deur geschoven met bedreigingen en is hun deur beklad. De heer Koster durft de
woning 's avonds niet meer uit. Aangifte is gedaan.

Kunnen we donderdag bellen over de mogelijkheden in Kralingen of Hillegersberg?

Met vriendelijke groet,

Nadia Bouzid
Wijkteammedewerker – Wijkteam Feijenoord
Gemeente Rotterdam | 14 010
""",
  action="block", ent=["ART9_SEX_LIFE"],
  note="a named tenant's sexual orientation in a rehousing request")

M(num=27, lang="nl", slug="denhaag-contactlijst-burgerzaken",
  frm="Coördinatie Publiekszaken Den Haag <publiekszaken@denhaag.nl>",
  to=["ketenpartners@rvig.nl"],
  subject="Actuele contactlijst Publiekszaken voor ketenpartners",
  date=D("2026-03-03 09:15"),
  body="""Beste ketenpartners,

In de bijlage vindt u de bijgewerkte contactlijst van de afdeling Publiekszaken van de gemeente
Den Haag (stand 1 maart 2026). Graag deze lijst gebruiken in plaats van de versie van oktober.

Met vriendelijke groet,
Coördinatie Publiekszaken
Gemeente Den Haag, Spui 70, 2511 BT Den Haag
""",
  att=[csvfile("contactlijst_publiekszaken_2026-03.csv", [
      ["Naam", "Functie", "Team", "Telefoon", "E-mail"],
      ["Ingrid Mulder", "Teamleider", "Burgerlijke Stand", "070 353 30 12", "ingrid.mulder@denhaag.nl"],
      ["Ahmed Ouali", "Senior adviseur BRP", "Basisregistratie Personen", "070 353 30 48", "ahmed.ouali@denhaag.nl"],
      ["Fleur van Rijn", "Coördinator", "Reisdocumenten en rijbewijzen", "070 353 30 77", "fleur.vanrijn@denhaag.nl"],
      ["Thomas de Graaf", "Adviseur adresonderzoek", "Basisregistratie Personen", "070 353 30 91", "thomas.degraaf@denhaag.nl"],
      ["Priya Ramdin", "Functioneel beheerder", "Applicatiebeheer", "070 353 31 05", "priya.ramdin@denhaag.nl"]])],
  action="allow", ent=[], note="staff contact list with professional contact data only")

M(num=28, lang="nl", slug="gevangenis-brugge-lijst-reintegratie",
  frm="Psychosociale dienst Gevangenis Brugge <psd.brugge@just.fgov.be>",
  to=["trajectbegeleiding@vzw-devoorpost.be"],
  subject="Kandidaten re-integratietraject voorjaar 2026",
  date=D("2026-03-20 10:05"),
  body="""Beste Jan,

Zoals besproken op het overleg bezorg ik je de lijst met gedetineerden die in aanmerking komen
voor het re-integratietraject (werkplaats en huisvesting) dit voorjaar. De kolom
'feiten' hebben we toegevoegd omdat jullie huisvestingspartners dat vragen.

Met vriendelijke groeten,
Sien Vandamme
Psycholoog – psychosociale dienst
Gevangenis Brugge, Legeweg 200, 8200 Sint-Andries
""",
  att=[pdf("reintegratie_kandidaten_voorjaar2026.pdf", "Gevangenis Brugge – kandidaten re-integratietraject",
           ["Vertrouwelijk – stand 19/03/2026"],
           [["Naam", "Geboortejaar", "Feiten / veroordeling", "Strafeinde of VI-datum", "Vleugel"],
            ["Bram De Clercq", "1990", "Diefstal met braak (3 jaar)", "15/05/2026", "B2"],
            ["Ionut Marinescu", "1986", "Drugshandel (5 jaar)", "02/06/2026", "C1"],
            ["Kevin Lambrecht", "1995", "Slagen en verwondingen, partnergeweld (2 jaar)", "30/04/2026", "A3"],
            ["Said Amrani", "1982", "Oplichting en witwassen (4 jaar)", "12/07/2026", "B1"]])],
  action="block", ent=["ART10_CRIMINAL"],
  note="PDF list of named detainees with their convictions and release dates")

M(num=29, lang="nl", slug="kortrijk-vacature-gemeenschapswacht",
  frm="Jobs Stad Kortrijk <jobs@kortrijk.be>",
  to=["vacatures@vdab.be"],
  subject="Vacature gemeenschapswacht (C1-C3) – publicatie graag vanaf 23 maart",
  date=D("2026-03-18 08:50"),
  body="""Beste,

Graag publiceren jullie onderstaande vacature vanaf 23 maart.

Gemeenschapswacht (m/v/x) – contractueel, voltijds, C1-C3

Jouw taken: aanwezig zijn in het straatbeeld, burgers informeren, overlast signaleren,
samenwerken met de politie en de buurtwerkers.

Wij vragen:
- diploma secundair onderwijs;
- een blanco uittreksel uit het strafregister (model 1), niet ouder dan drie maanden;
- voldoen aan de voorwaarden van de wet van 15 mei 2007 (o.a. geen veroordelingen tot een
  correctionele straf);
- het attest gemeenschapswacht of bereid zijn de opleiding te volgen.

Solliciteren kan tot 12 april via https://www.kortrijk.be/jobs.
Info: Lore Vanhoutte, HR-consulent, 056 27 81 00, lore.vanhoutte@kortrijk.be

Met vriendelijke groeten,
Team Werving en Selectie – Stad Kortrijk
""",
  action="allow", ent=[], note="job offer requiring a clean criminal record; no individual's record")

M(num=30, lang="nl", slug="gent-vingerafdruk-templates-migratie",
  frm="Bart Schepens <bart.schepens@stad.gent>",
  to=["projects@biotime-access.nl"],
  subject="Migratie tijdregistratie – export vingerafdruktemplates depot Gentbrugge",
  date=D("2026-03-23 17:02"),
  body="""Hallo Ruud,

Voor de migratie naar jullie nieuwe terminals in het depot Gentbrugge vind je in bijlage de export
uit het oude systeem: per medewerker het ISO 19794-2 template (base64) van de geregistreerde
vinger. Zo hoeven de 140 medewerkers niet opnieuw te enrollen. Dit is de eerste lijst (ploeg
vroege dienst), de rest volgt morgen.

Groeten,
Bart Schepens
Projectleider ICT – Digipolis / Stad Gent
""",
  att=[csvfile("export_templates_ploeg_vroeg.csv", [
      ["personeelsnr", "naam", "vinger", "formaat", "minutiae_template_b64"],
      ["G10482", "Wim De Vos", "rechterwijsvinger", "ISO19794-2",
       "Rk1SACAyMAAAAAFiAAABLAGQAMUAxQEAAABGNkBtAC5/ZEB3AEmKX0CKAHaRXUCwAFyNZEBOAKmbV0DCAMOMZIBxAOCiWw=="],
      ["G10533", "Leen Van Acker", "linkerwijsvinger", "ISO19794-2",
       "Rk1SACAyMAAAAAFEAAABLAGQAMUAxQEAAAA8MEBOADiMV0B/AFKXYkCSAH2DXECxAJqWYUBdAKuPWICkAMSAWUBDAN2hVw=="],
      ["G10611", "Jelle Maertens", "rechterduim", "ISO19794-2",
       "Rk1SACAyMAAAAAFWAAABLAGQAMUAxQEAAABKN0CLAC+WYUBkAE6GXkC6AGqSYoBBAI6aV0CcAKmCW0BzAMeLZIDUAOOdXg=="],
      ["G10702", "Sevda Yildiz", "rechterwijsvinger", "ISO19794-2",
       "Rk1SACAyMAAAAAE4AAABLAGQAMUAxQEAAAA3M0BiAD6RXkCkAFOBWUB3AIKZYkDJAJeLXEBRAL2VW4C1ANiHYEB7AOqkVw=="]])],
  action="block", ent=["ART9_BIOMETRIC"],
  note="fingerprint minutiae templates per named employee exported to a vendor")
