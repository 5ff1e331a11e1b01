# Dutch messages 001-044: 22 block, 22 allow.
from lib import *  # noqa

SIG_PZ = """Met vriendelijke groet,

Katrien Van Damme
Dossierbeheerder personeelszaken
FOD Beleid en Ondersteuning - Stafdienst P&O
Simon Bolivarlaan 30, 1000 Brussel
T +32 2 740 14 62 | katrien.vandamme@bosa.fgov.be"""


def build_nl(M, inner):
    # ------------------------------------------------------------ BLOCK
    M(1, "nl", "arbeidsgeneesheer-reintegratie", "block", ["ART9_HEALTH", "BE_NATIONAL_NUMBER"],
      "re-integration file: diagnosis and medication of a named employee plus his NN",
      "Katrien Van Damme <katrien.vandamme@bosa.fgov.be>", "Dr. Peeters <secretariaat@idewe-partner.be>",
      "Re-integratietraject dhr. Wouters - aanvullende info",
      f"""Dag dokter,

Zoals telefonisch besproken, hierbij de gegevens voor het re-integratietraject.

Naam: Wouters Bart
Rijksregisternummer: {nn('780412', 157)}
Dienst: Inning, Gent
Afwezig sinds: 14/09/2026

Dhr. Wouters heeft ons zelf laten weten dat hij behandeld wordt voor een zware depressie met
burn-out, en dat hij sinds oktober sertraline neemt. Zijn huisarts adviseert een progressieve
hervatting halftijds vanaf januari. Kan u dat meenemen in het onderzoek van 20/11?

{SIG_PZ}""")

    M(2, "nl", "overzicht-langdurig-afwezigen", "block", ["ART9_HEALTH"],
      "xlsx with named staff and medical reasons for long absence",
      "Tom Claes <tom.claes@vlaanderen.be>", "consultant@hr-partners.be",
      "overzicht langdurig afwezigen Q3",
      """Hoi Sven,

In bijlage het overzicht voor de analyse van het verzuim. Tabblad 2 bevat de toelichting die de
leidinggevenden doorgaven. Graag vertrouwelijk behandelen.

Tom

--
Tom Claes | HR-analist | Agentschap Overheidspersoneel
Havenlaan 88, 1000 Brussel | 02 553 01 23""",
      atts=[att_xlsx("verzuim_Q3.xlsx", [
          ("Overzicht", [("Naam", "Afdeling", "Dagen"), ("An Maes", "ICT", 64), ("Joris De Smet", "Logistiek", 91),
                         ("Leen Goossens", "Financiën", 47)]),
          ("Toelichting", [("Naam", "Toelichting leidinggevende"),
                           ("An Maes", "heupoperatie, revalidatie tot eind november"),
                           ("Joris De Smet", "chemotherapie (darmkanker), komt niet terug voor maart"),
                           ("Leen Goossens", "zwangerschapscomplicaties, bedrust voorgeschreven")])])])

    M(3, "nl", "inburgering-doorverwijzing", "block", ["ART9_ETHNIC_ORIGIN"],
      "referral naming a person and her ethnic origin (Roma community)",
      "Ilse Verstraeten <ilse.verstraeten@gent.be>", "info@vzw-brugfiguren.be",
      "Doorverwijzing gezin Stojanovic",
      """Beste Naima,

Ik verwijs het gezin Stojanovic door naar jullie werking. Mevrouw Dragana Stojanovic (Kerkstraat,
Gentbrugge) behoort tot de Roma-gemeenschap en heeft volgens haar zelf weinig vertrouwen in het
OCMW-loket; de oudste dochter tolkt meestal. Misschien kan een brugfiguur met Roma-achtergrond het
eerste gesprek doen?

Groetjes,
Ilse Verstraeten
maatschappelijk werker, Sociaal Huis Gentbrugge
09 266 81 40""")

    M(4, "nl", "kandidaat-lijst-personeelslid", "block", ["ART9_POLITICAL_OPINION"],
      "tells an external party that a named (non-public) employee is a party member and candidate",
      "Marc Janssens <marc.janssens@financien.fgov.be>", "redactie@lokaalnieuws.be",
      "RE: uw vraag over onze medewerker",
      """Geachte,

Ik kan bevestigen dat mevrouw Els Peeters nog steeds bij ons werkt als dossierbeheerder. Ze heeft
ons gemeld dat ze lid is van Vooruit en op de lijst staat voor de OCMW-raad in haar gemeente,
maar dat is een persoonlijke keuze en los van haar functie. Voor verdere vragen verwijs ik naar
de woordvoerder.

Marc Janssens
Teamchef, Kantoor Mechelen

-----Oorspronkelijk bericht-----
Van: redactie@lokaalnieuws.be
Verzonden: maandag 9 november 2026 10:12
Onderwerp: uw vraag over onze medewerker

Klopt het dat een van uw ambtenaren kandidaat is bij de volgende verkiezingen?""")

    M(5, "nl", "gebedsruimte-aanvraag", "block", ["ART9_RELIGION"],
      "facility request naming an employee and his religion and prayer times",
      "Facility Antwerpen <facility.antwerpen@minfin.fgov.be>", "planning@cleaning-solutions.be",
      "aanpassing planning 3e verdieping",
      """Goedemorgen,

Vanaf maandag wordt lokaal 3.14 vrijgehouden. Onze collega Youssef El Amrani is praktiserend moslim
en gebruikt het lokaal tijdens de middag en rond 16u voor het gebed; tijdens de ramadan ook na
zonsondergang. Gelieve de poetsbeurt van dat lokaal dus naar 7u30 te verplaatsen.

Dank en groet,
Facility Antwerpen - Italiëlei 4""")

    M(6, "nl", "vakbondspremie-uitbetaling", "block", ["ART9_TRADE_UNION", "IBAN_CODE"],
      "CSV of named union members with private IBANs for premium payment",
      "Sociaal Secretariaat <loon@sociaalfonds-overheid.be>", "uitbetaling@acv-partner.be",
      "Uitbetaling syndicale premie 2026 - lijst",
      """Beste,

Bijgevoegd de lijst van de personeelsleden die een aanvraag syndicale premie indienden, met
de vermelding van hun vakbond en hun rekeningnummer. Zou u de uitbetalingen kunnen controleren?

Met dank,
Sofie Lambrechts
Sociaal Fonds""",
      atts=[att_csv("premie2026.csv", [
          ("naam", "voornaam", "vakbond", "rekening", "bedrag"),
          ("Hermans", "Dirk", "ACOD", iban_be("063", "1234567"), "135,00"),
          ("Smets", "Griet", "ACV-Openbare Diensten", iban_be("001", "4478120"), "135,00"),
          ("Vermeulen", "Kris", "VSOA", iban_be("737", "0096551"), "90,00")])])

    M(7, "nl", "brca-draagster-aanpassing", "block", ["ART9_GENETIC", "ART9_HEALTH"],
      "genetic carrier status (BRCA2) of a named employee in workplace adjustment",
      "Preventiedienst <preventie@mow.vlaanderen.be>", "dossier@externe-preventie.be",
      "werkpostaanpassing - vertrouwelijk",
      """Dag Hilde,

Korte achtergrond bij de aanvraag voor mevrouw Caroline Dewulf (afdeling Wegen en Verkeer): uit
het genetisch onderzoek in UZ Leuven bleek dat ze draagster is van een BRCA2-mutatie. Ze ondergaat
binnenkort een preventieve ingreep en vraagt daarna tijdelijk telewerk.

Kunnen jullie het formulier klaarmaken?

Peter
--
Peter Willems, preventieadviseur
Graaf de Ferrarisgebouw, Koning Albert II-laan 20, 1000 Brussel""")

    M(8, "nl", "vingerafdruk-export-toegang", "block", ["ART9_BIOMETRIC"],
      "export of fingerprint templates linked to named staff sent to a vendor",
      "ICT Gebouwen <ict.gebouwen@gevangenissen.be>", "support@secure-access-systems.eu",
      "Migratie toegangscontrole - export templates",
      """Hello,

Zoals gevraagd de export uit de oude lezer voor de migratie naar het nieuwe systeem. Per
personeelslid de vingerafdruktemplate (ISO 19794-2) in base64, gekoppeld aan badgenummer en naam.

Gr.
Wim""",
      atts=[att_csv("export_templates.csv", [
          ("badge", "naam", "vinger", "template_iso19794_2"),
          ("B-4471", "De Clercq Johan", "rechterwijsvinger", "Rk1SACAyMAAAAAE8AAABLAGQAMUAxQEAAAAoJ0CPAB1kAEBX"),
          ("B-4472", "Pauwels Marijke", "rechterwijsvinger", "Rk1SACAyMAAAAAFAAAABLAGQAMUAxQEAAAAqNUBrADJwAEC2"),
          ("B-4490", "Lemmens Stijn", "linkerduim", "Rk1SACAyMAAAAAEyAAABLAGQAMUAxQEAAAAiO0CnAEVhAEAg")])])

    M(9, "nl", "klacht-grensoverschrijdend-gedrag", "block", ["ART9_SEX_LIFE"],
      "harassment complaint revealing sexual orientation of a named employee",
      "Vertrouwenspersoon <vertrouwenspersoon@leuven.be>", "onderzoek@psychosociaal-advies.be",
      "Doorverwijzing formele klacht",
      """Beste collega,

Met akkoord van de betrokkene verwijs ik een formele klacht door.

Verzoeker: Thomas Geerts, technisch assistent groendienst
Feiten: sinds de zomer herhaaldelijke opmerkingen van twee ploegmaats nadat uitlekte dat hij
homo is en samenwoont met zijn vriend. Hij werd ook buitengesloten van de ploegindeling.

Ik stuur het volledige verslag via Fedsender.

Sarah Mertens
Vertrouwenspersoon, Stad Leuven""")

    M(10, "nl", "uittreksel-inhoud-aanwerving", "block", ["ART10_CRIMINAL", "BE_NATIONAL_NUMBER"],
      "content of a criminal record extract of a named candidate with NN",
      "Selectie <selectie@politie-zone.be>", "screening@rekruteringsbureau.be",
      "Kandidaat inspecteur - screening",
      f"""Dag Jan,

Voor kandidaat nr. 27 van de selectie:

Naam: Ruben Verhaegen
INSZ: {nn('010203', 284, y2k=True)}

Het uittreksel uit het strafregister (model 2) vermeldt een veroordeling door de correctionele
rechtbank Antwerpen (2023) voor slagen en verwondingen, 6 maanden met uitstel. Hij heeft dat niet
vermeld in zijn sollicitatie. Kan je nagaan of dat de integriteitsscreening doet falen?
Scan van het uittreksel in bijlage.

Groeten,
Liesbeth""",
      atts=[att_pdf("uittreksel_verhaegen.pdf", [
          "# Uittreksel uit het strafregister - model 2 (art. 596, tweede lid Sv.)",
          "Betreft: VERHAEGEN Ruben", "Veroordelingen:",
          "14/06/2023 - Correctionele rechtbank Antwerpen - opzettelijke slagen en verwondingen",
          "Straf: 6 maanden gevangenisstraf met uitstel 3 jaar, geldboete 800 EUR"])])

    M(11, "nl", "enkelband-planning-werkgever", "block", ["ART10_CRIMINAL"],
      "electronic monitoring of a named person disclosed to an employer",
      "Justitiehuis Hasselt <justitiehuis.hasselt@vlaanderen.be>", "hr@bouwbedrijf-limburg.be",
      "Uurrooster werknemer",
      """Geachte heer,

Uw werknemer Kevin Bosmans staat onder elektronisch toezicht (enkelband) tot 15 maart 2027. Zijn
toegestane uren buitenshuis zijn 6u30-17u30 op werkdagen. Gelieve ons onmiddellijk te verwittigen
als hij niet op het werk verschijnt of overuren moet presteren.

Justitiehuis Hasselt
Justitieassistent: Ann Bollen, 011 29 51 00""")

    M(12, "nl", "toeslag-terugvordering-bsn", "block", ["NL_BSN", "ART9_HEALTH"],
      "Dutch municipality: citizen BSN and medical indication for WMO provision",
      "Gemeente Tilburg - Wmo <wmo@tilburg.nl>", "planning@thuiszorg-brabant.nl",
      "Indicatie huishoudelijke hulp",
      f"""Goedemiddag,

Hierbij de indicatie voor een nieuwe cliënt.

Cliënt: mevr. J. (Johanna) van den Berg
BSN: {bsn('31478526')}
Indicatie: 4 uur per week huishoudelijke hulp
Reden: COPD stadium 3, zuurstofafhankelijk; na val in september heupprothese

Startdatum 1 december. Graag bevestiging.

Met vriendelijke groet,
Marloes Jansen | Consulent Wmo | Gemeente Tilburg | 14 013""",
      atts=[att_docx("indicatiebesluit.docx", ["# Indicatiebesluit Wmo", "Maatwerkvoorziening huishoudelijke ondersteuning"],
                     tables=[[("Onderdeel", "Toelichting"), ("Cliënt", "J. van den Berg"),
                              ("Beperkingen", "kortademig bij lichte inspanning (COPD), loopt met rollator na heupoperatie"),
                              ("Omvang", "4 uur per week"), ("Looptijd", "1-12-2026 t/m 30-11-2027")]])])

    M(13, "nl", "jeugdzorg-overdracht", "block", ["NL_BSN", "ART9_SEX_LIFE"],
      "youth care handover with 8-digit BSN and sexual orientation of the minor",
      "Jeugdteam Breda <jeugdteam@breda.nl>", "intake@jeugdhulp-zeeland.nl",
      "Overdracht casus - verhuizing",
      f"""Beste collega's,

Het gezin verhuist per 1/12 naar Middelburg. Overdracht:

Jongere: Daan (15 jaar)
BSN jongere: {bsn('05712834', drop_zero=True)}
Hulpvraag: ernstige conflicten thuis sinds Daan vertelde dat hij biseksueel is; vader accepteert
dit niet. Daan verblijft deels bij zijn oma.

Warme overdracht is gewenst, bel me gerust.

Fatima Ouali
Jeugdconsulent | 06 41 87 22 90""")

    M(14, "nl", "terugbetaling-burger-iban", "block", ["IBAN_CODE"],
      "citizen's private IBAN passed to an external payment provider",
      "Dienst Burgerzaken <burgerzaken@mechelen.be>", "support@betaalplatform.be",
      "Terugbetaling dubbel betaalde identiteitskaart",
      f"""Hallo,

Een burger betaalde zijn eID twee keer (transactie van 3/11). Graag het bedrag van 21,30 EUR
terugstorten naar:

Naam rekeninghouder: Pieter Van Hoof
IBAN: {iban_be('735', '0412387')}
BIC: KREDBEBB

Bedankt!
Els, loket burgerzaken""")

    M(15, "nl", "kaartnummer-telefonische-betaling", "block", ["CREDIT_CARD"],
      "a citizen's full payment card number forwarded by mail",
      "Onthaal Sportdienst <sport@kortrijk.be>", "boekingen@sportkampen-west.be",
      "FW: inschrijving zomerkamp",
      f"""Dag,

Mevrouw Vandenbroucke kon niet online betalen en gaf haar kaartgegevens telefonisch door voor de
inschrijving van haar zoon. Kunnen jullie dat verwerken?

Kaart: {card('539921004718362')}
Vervaldatum: 08/28
Naam op kaart: L VANDENBROUCKE

Groetjes, Hanne""")

    M(16, "nl", "grensarbeider-bis", "block", ["BE_BIS_NUMBER"],
      "BIS number of a named cross-border worker sent to a private payroll firm",
      "RSZ helpdesk <helpdesk@rsz.fgov.be>", "payroll@interim-noord.be",
      "RE: Dimona-aangifte geweigerd",
      f"""Geachte,

De aangifte werd geweigerd omdat het opgegeven nummer niet bestaat. De werknemer is gekend
onder het volgende BIS-nummer:

Werknemer: Jansen, Luuk (NL)
BIS-nummer: {bis('932415', 173)}

Gelieve de aangifte te corrigeren.

Met vriendelijke groeten,
Contactcenter RSZ

> Onze Dimona voor Luuk Jansen (geboren 15/04/1993) werd geweigerd. Wat is het probleem?
> Payroll Interim Noord""")

    M(17, "nl", "pv-overlast-etnisch", "block", ["ART10_CRIMINAL", "ART9_ETHNIC_ORIGIN"],
      "suspicion of an offence by named persons with their ethnic origin",
      "Wijkinspecteur <wijk.zuid@politie-antwerpen.be>", "beheer@woonmaatschappij-antwerpen.be",
      "Overlast blok C",
      """Dag Rik,

Ter info, vóór het overleg van donderdag: we hebben een PV opgesteld voor vandalisme en
drugsverkoop in de inkomhal van blok C. Verdachten zijn de broers Ahmed en Bilal Azzouzi
(Marokkaanse origine), appartement C-42. Het onderzoek loopt nog bij het parket.

Gr,
INP Dirk Wuyts, wijkteam Zuid""")

    M(18, "nl", "stakingsdeelnemers-lijst", "block", ["ART9_TRADE_UNION", "ART9_POLITICAL_OPINION"],
      "DOCX table of strikers with union and political activism of named staff",
      "Directie Operaties <directie.operaties@nmbs-partner.be>", "advocaat@kantoor-arbeidsrecht.be",
      "stakingsdag 23/10 - overzicht",
      """Meester,

Zoals gevraagd het overzicht van de personeelsleden die op 23/10 het werk neerlegden, met de
informatie die de ploegbazen doorgaven. Graag uw advies tegen volgende week.

Directie Operaties""",
      atts=[att_docx("staking_2310.docx", [
          "# Stakingsdag 23 oktober 2026",
          "Vertrouwelijk - overzicht per ploeg",
      ], tables=[[("Naam", "Ploeg", "Vakbond", "Opmerking"),
                  ("Geert Vos", "Nacht A", "ACOD-Spoor", "piketleider, actief bij PVDA"),
                  ("Nadia Bouzid", "Dag B", "ACV-Transcom", "-"),
                  ("Stefan Aerts", "Dag B", "ACOD-Spoor", "deelde pamfletten van Groen uit")]])])

    M(19, "nl", "levensbeschouwing-leerling", "block", ["ART9_RELIGION"],
      "school mail naming a pupil's religion and exemption",
      "Secretariaat Basisschool De Linde <secretariaat@delinde.be>", "busvervoer@reizen-vervoer.be",
      "Aanpassing schoolreis",
      """Goeiemiddag,

Voor de schoolreis van 4/12: Lisa Cohen (3B) is van joodse religie en mag op zaterdag niet mee;
haar ouders vragen ook een koosjere lunch. Emre Yilmaz (3B) volgt islamitische godsdienst en
eet geen varkensvlees. Kunt u de maaltijden aanpassen?
De lijst met alle aanpassingen zit in bijlage.

Vriendelijke groet,
Secretariaat""",
      atts=[att_text("maaltijden_3B.html", """<html><body><table border="1">
<tr><th>Leerling</th><th>Klas</th><th>Aanpassing</th><th>Reden</th></tr>
<tr><td>Lisa Cohen</td><td>3B</td><td>koosjer</td><td>joods</td></tr>
<tr><td>Emre Yilmaz</td><td>3B</td><td>geen varkensvlees</td><td>islamitisch</td></tr>
<tr><td>Jonas Peeters</td><td>3B</td><td>lactosevrij</td><td>-</td></tr></table></body></html>""", subtype="html")])

    M(20, "nl", "dna-profiel-vergelijking", "block", ["ART9_GENETIC", "ART10_CRIMINAL"],
      "STR DNA profile of a named suspect sent to a private lab",
      "Labo Referentie <labo@parket-gent.be>", "casework@forensic-lab.eu",
      "Vergelijking spoor 2026/117",
      """Dag,

Voor de vergelijking met spoor 2026/117 (inbraak Lochristi) het referentieprofiel van verdachte
Jonas Van Acker:

D3S1358 15,17 | vWA 16,18 | FGA 21,24 | D8S1179 13,13 | D21S11 29,31.2 | D18S51 14,17
TH01 6,9.3 | D5S818 11,12 | D13S317 8,11 | D7S820 10,11 | AMEL X,Y

Graag uitslag via de beveiligde portal.

Parket Oost-Vlaanderen, afdeling Gent""")

    M(21, "nl", "gezichtsherkenning-test", "block", ["ART9_BIOMETRIC"],
      "face templates of named staff used for identification shared with a vendor",
      "Projectteam Toegang <toegang@stad.brussel>", "pilot@faceid-vendor.com",
      "Pilot gezichtsherkenning - enrolment set",
      """Hi,

In de ZIP de enrolmentdata van de 3 testpersonen voor de pilot aan de ingang Anspachlaan.
Elke regel bevat de naam en de 128-dim face embedding die jullie software aanmaakte.

Groet,
Koen""",
      atts=[att_zip("enrolment.zip", [
          att_csv("embeddings.csv", [("naam", "embedding"),
                                     ("Sanne Wouters", "0.0412 -0.1187 0.0934 0.2210 -0.0077 ..."),
                                     ("Bram Coppens", "-0.0320 0.0877 0.1533 -0.0641 0.1902 ..."),
                                     ("Ines Martens", "0.1094 -0.0561 -0.2003 0.0125 0.0448 ...")]),
          att_text("LEESMIJ.txt", "Embeddings voor 1:N identificatie aan de toegangspoort. Niet delen.")])])

    M(22, "nl", "asiel-dossier-orientatie", "block", ["ART9_SEX_LIFE", "ART9_ETHNIC_ORIGIN"],
      "asylum file: sexual orientation and ethnic group of a named applicant",
      "Opvangcentrum <sociale.dienst@opvang-fedasil.be>", "intake@lgbt-opvang-vzw.be",
      "Doorverwijzing bewoner",
      """Dag Joke,

We willen meneer Kwame Mensah doorverwijzen naar jullie aangepaste opvang. Hij is Ghanees, van
Ashanti-afkomst, en vroeg asiel aan omdat hij als homoseksuele man in zijn land vervolgd werd.
In ons centrum wordt hij door andere bewoners bedreigd. Hij heeft een gesprek gehad met het CGVS op
3/11.

Kan hij volgende week al komen?

Bart Smeets
sociaal assistent""",
      atts=[att_odt("verwijsbrief_mensah.odt", [
          "Verwijsbrief - vertrouwelijk",
          "Bewoner: Kwame Mensah, Ghanese nationaliteit, Ashanti",
          "Reden doorverwijzing: bedreigingen door medebewoners omwille van zijn homoseksualiteit",
          "Procedure: verzoek internationale bescherming, gehoor CGVS 3/11/2026"])])

    # ------------------------------------------------------------ ALLOW
    M(23, "nl", "omzendbrief-ziekteverzuim", "allow", [],
      "generic circular on sick-leave procedure, no individual",
      "Stafdienst P&O <po-communicatie@bosa.fgov.be>", "hr-netwerk@federale-partners.be",
      "Omzendbrief 2026/14 - melding van afwezigheid wegens ziekte",
      """Beste HR-collega's,

Vanaf 1 januari 2027 wijzigt de procedure voor het melden van afwezigheid wegens ziekte:

1. Het personeelslid verwittigt de leidinggevende vóór 9u.
2. Een medisch attest is nodig vanaf de tweede dag, behalve voor de drie dagen per jaar zonder attest.
3. Het attest vermeldt geen diagnose; het gaat rechtstreeks naar het controleorgaan.
4. Re-integratietrajecten volgen de nieuwe KB van 2026.

De volledige omzendbrief staat op het intranet. Vragen: po-communicatie@bosa.fgov.be.

Stafdienst P&O - FOD BOSA""")

    M(24, "nl", "vakbondsgraad-statistiek", "allow", [],
      "aggregate union membership statistics per department, no names",
      "Studiedienst <studiedienst@werk.belgie.be>", "onderzoek@universiteit-hr.be",
      "Cijfers syndicalisatiegraad openbare sector",
      """Beste professor,

In bijlage de geaggregeerde cijfers die u vroeg voor het onderzoek. Cellen met minder dan 10
personen werden samengevoegd.

Met vriendelijke groeten,
Jeroen Dumont
Attaché, Directie Studies, FOD WASO
Ernest Blerotstraat 1, 1070 Brussel - 02 233 48 11""",
      atts=[att_xlsx("syndicalisatie_2025.xlsx", [("Per sector", [
          ("Sector", "Personeel", "Aangesloten (%)", "ACOD", "ACV", "VSOA"),
          ("Federaal", 64000, 52.1, 21.3, 19.8, 11.0),
          ("Vlaams", 41000, 48.7, 18.2, 22.9, 7.6),
          ("Lokaal", 120000, 44.0, 20.1, 17.5, 6.4)])])])

    M(25, "nl", "opleiding-bijzondere-gegevens", "allow", [],
      "training invitation about Art. 9/10 with fictitious placeholders",
      "Opleidingsinstituut <opleiding@ofo.fgov.be>", "deelnemers@leernetwerk-overheid.be",
      "Uitnodiging: workshop bijzondere persoonsgegevens (art. 9 en 10 AVG)",
      """Beste collega,

Op 10 december organiseren we een workshop over bijzondere categorieën persoonsgegevens:
gezondheid, etnische afkomst, politieke opvattingen, godsdienst, vakbondslidmaatschap, genetische
en biometrische gegevens, seksueel gedrag en strafrechtelijke gegevens.

Programma:
09:30 Wat valt onder art. 9 en art. 10?
10:30 Casussen: een medisch attest, een uittreksel strafregister, een vakbondslijst
11:45 Veilige kanalen: eBox, Fedsender, beveiligde portalen
12:30 Lunch

In de casussen gebruiken we fictieve gegevens zoals "[NAAM]" en "[RIJKSREGISTERNUMMER]".
Inschrijven via het leerplatform.

OFO - Opleidingsinstituut van de Federale Overheid""")

    M(26, "nl", "blanco-formulier-tegemoetkoming", "allow", [],
      "blank application form with placeholders only",
      "Dienst Welzijn <welzijn@hasselt.be>", "burger@telenet.be",
      "Aanvraagformulier mantelzorgpremie",
      """Beste,

Zoals gevraagd aan de telefoon vindt u in bijlage het aanvraagformulier voor de mantelzorgpremie.
U kunt het ingevuld afgeven aan het loket of opladen via het e-loket. Stuur het ingevulde formulier
niet per e-mail terug.

Vriendelijke groeten,
Dienst Welzijn Hasselt - 011 23 95 00""",
      atts=[att_docx("aanvraag_mantelzorgpremie.docx", [
          "# Aanvraag mantelzorgpremie",
          "Deel 1 - Aanvrager",
          "Naam: ....................................",
          "Rijksregisternummer: __ . __ . __ - ___ . __",
          "IBAN: BE__ ____ ____ ____",
          "Deel 2 - Zorgbehoevende",
          "Naam: ....................................",
          "Zorgbehoefte (attest arts toevoegen): ......",
          "Handtekening: ...................... Datum: ..../..../........"])])

    vdab = iban_be('091', '0128865', org=True)
    M(27, "nl", "factuur-organisatie-iban", "allow", [],
      "invoice from the institution with its own IBAN and enterprise number",
      "Boekhouding <boekhouding@vdab.be>", "facturatie@opleidingsbedrijf.be",
      "Factuur 2026-0871 opleidingscheques",
      f"""Geachte,

In bijlage factuur 2026-0871 voor de terbeschikkingstelling van lokalen in oktober.

Te betalen binnen 30 dagen op rekening {vdab} van VDAB
(KBO {other('BE_KBO', '0887.010.362')}) met vermelding van het factuurnummer.

Dienst Boekhouding VDAB
Keizerslaan 11, 1000 Brussel""",
      atts=[att_pdf("factuur_2026-0871.pdf", [
          "# VDAB - Factuur 2026-0871", "Klant: Opleidingsbedrijf NV",
          "Omschrijving: huur lokalen Brussel, oktober 2026", "Bedrag excl. btw: 1.240,00 EUR",
          "Btw 21%: 260,40 EUR", "Totaal: 1.500,40 EUR",
          "Rekening VDAB: " + vdab, "Ondernemingsnummer 0887.010.362"])])

    M(28, "nl", "contactlijst-werkgroep", "allow", [],
      "professional contact list of a working group",
      "Secretariaat werkgroep <werkgroep.dlp@vlaanderen.be>", "leden@interfederale-werkgroep.be",
      "Contactlijst werkgroep informatieveiligheid",
      """Dag iedereen,

Hierbij de bijgewerkte contactlijst. Laat gerust weten als iets niet klopt.

Groet,
Annelies""",
      atts=[att_csv("contactlijst.csv", [
          ("naam", "organisatie", "functie", "e-mail", "telefoon"),
          ("Annelies Verbeke", "Digitaal Vlaanderen", "DPO", "annelies.verbeke@vlaanderen.be", "+32 2 553 77 10"),
          ("Luc Michiels", "FOD BOSA", "CISO", "luc.michiels@bosa.fgov.be", "+32 2 740 80 12"),
          ("Sofie De Wit", "Stad Gent", "informatieveiligheidsconsulent", "sofie.dewit@stad.gent", "+32 9 266 70 30"),
          ("Nathalie Dubois", "SPW", "conseillère en sécurité", "nathalie.dubois@spw.wallonie.be", "+32 81 33 21 00")])])

    M(29, "nl", "schepen-partij-agenda", "allow", [],
      "public mandate: an alderman's party and role, public info",
      "Kabinet burgemeester <kabinet@aalst.be>", "redactie@regionale-tv.be",
      "Persmoment nieuwe fietsbrug",
      """Beste,

Op vrijdag 20 november om 11u stellen we de nieuwe fietsbrug voor. Aanwezig: burgemeester
Christoph D'Haese (N-VA) en schepen van Mobiliteit Sarah Smeyers (N-VA), en gedeputeerde
Riet Gillis (Vooruit) namens de provincie.

Pers welkom vanaf 10u45 aan de Dender.

Kabinet van de burgemeester - 053 73 22 11""",
      atts=[att_pdf("persuitnodiging_fietsbrug.pdf", [
          "# Persuitnodiging - opening fietsbrug over de Dender", "Vrijdag 20 november 2026, 11u",
          "Sprekers: burgemeester Christoph D'Haese, schepen Sarah Smeyers, gedeputeerde Riet Gillis",
          "Perscontact: kabinet@aalst.be"])])

    M(30, "nl", "dossiernummers-lookalike", "allow", [],
      "list of 11-digit file numbers that fail the NN checksum",
      "Dienst Vergunningen <vergunningen@brugge.be>", "architect@studio-brugge.be",
      "Stand van zaken omgevingsvergunningen",
      f"""Dag Stefaan,

Stand van uw lopende dossiers:

Dossier {nn_bad('260314', 112)}  - ontvankelijk, openbaar onderzoek tot 30/11
Dossier {nn_bad('260522', 407)}  - advies brandweer gevraagd
Dossier {nn_bad('260809', 951)}  - vergund op 28/10

De details vindt u in het Omgevingsloket.

Groeten,
Dienst Vergunningen""")

    M(31, "nl", "uittreksel-aanvragen-uitleg", "allow", [],
      "explains how to request a criminal-record extract, no content",
      "Personeelsdienst <jobs@leuven.be>", "sollicitant@gmail.com",
      "Re: Uittreksel strafregister voor de aanwerving",
      """Beste Lotte,

Voor de functie van begeleider buitenschoolse kinderopvang hebben we een uittreksel uit het
strafregister model 2 (art. 596.2) nodig, niet ouder dan drie maanden. U kunt het gratis
aanvragen via My e-Justice of aan het loket van uw gemeente. Bezorg het ons via het
sollicitatieplatform, niet per e-mail.

Met vriendelijke groet,
Stad Leuven - Team Rekrutering

> Moet ik een uittreksel voorleggen en hoe vraag ik dat aan?""",
      atts=[att_text("uittreksel_aanvragen.html", """<html><body><h2>Een uittreksel uit het strafregister aanvragen</h2>
<table border="1"><tr><th>Kanaal</th><th>Hoe</th><th>Termijn</th></tr>
<tr><td>My e-Justice</td><td>aanmelden met eID of itsme</td><td>meestal onmiddellijk</td></tr>
<tr><td>Loket</td><td>identiteitskaart meebrengen</td><td>1 werkdag</td></tr></table>
<p>Model 1: algemeen. Model 2: activiteiten met minderjarigen.</p></body></html>""", subtype="html")])

    M(32, "nl", "afwezigheid-zonder-reden", "allow", [],
      "doubtful: sick leave of a named employee, no diagnosis",
      "Joke Lenaerts <joke.lenaerts@mobiliteit.fgov.be>", "projectleider@adviesbureau-mobiliteit.be",
      "Overleg donderdag",
      """Dag Frank,

Ons overleg van donderdag moet ik verplaatsen: mijn collega Tim Huysmans is met ziekteverlof
tot eind volgende week en hij moest het verkeersmodel toelichten. Kan het op 3 december?

Joke Lenaerts
Attaché, FOD Mobiliteit en Vervoer
Vooruitgangstraat 56, 1210 Brussel | 02 277 31 11""")

    M(33, "nl", "herkomstmonitor-cijfers", "allow", [],
      "aggregate statistics on migration background, no individuals",
      "Statistiek Vlaanderen <info@statistiekvlaanderen.be>", "pers@krant.be",
      "Cijfers herkomst op de arbeidsmarkt",
      """Geachte,

De cijfers uit onze publicatie van vorige week:

Werkzaamheidsgraad 20-64 jaar, 2025
- Belgische herkomst: 78,1 %
- EU-herkomst: 72,4 %
- Niet-EU-herkomst: 58,9 %

Bron: Statistiek Vlaanderen op basis van Datawarehouse AM&SB. Het volledige rapport is
publiek beschikbaar op onze website.

Statistiek Vlaanderen - persdienst""",
      html="""<html><body><p>Geachte,</p><table border="1"><tr><th>Herkomst</th><th>Werkzaamheidsgraad 2025</th></tr>
<tr><td>Belgisch</td><td>78,1 %</td></tr><tr><td>EU</td><td>72,4 %</td></tr><tr><td>Niet-EU</td><td>58,9 %</td></tr></table>
<p>Statistiek Vlaanderen - persdienst</p></body></html>""")

    M(34, "nl", "beleidsnota-biometrie", "allow", [],
      "policy note on biometric access control, no personal data",
      "DPO <dpo@justitie.fgov.be>", "advies@gegevensbeschermingsautoriteit.be",
      "Adviesvraag: biometrische toegangscontrole gevangenissen",
      """Geachte,

De FOD Justitie overweegt vingerafdruklezers voor de personeelsingangen van de nieuwe
gevangenis van Haren. In bijlage de ontwerp-DPIA. Wij stellen voor om enkel templates op de
badge zelf op te slaan (match-on-card), zonder centrale databank.

Graag uw voorafgaand advies.

Data Protection Officer - FOD Justitie
Waterloolaan 115, 1000 Brussel""",
      atts=[att_odt("DPIA_biometrie_ontwerp.odt", [
          "DPIA - biometrische toegangscontrole (ontwerp v0.3)",
          "1. Doel: toegang tot beveiligde zones beperken tot bevoegd personeel.",
          "2. Gegevens: vingerafdruktemplate op de badge, geen centrale opslag.",
          "3. Risico's: verlies badge, function creep, valse acceptatie.",
          "4. Maatregelen: match-on-card, alternatief met pincode, bewaartermijn nul."])])

    M(35, "nl", "aanbesteding-dna-labo", "allow", [],
      "tender for DNA lab equipment, generic",
      "Aankoopdienst <aankoop@nicc.fgov.be>", "tenders@labsupply.eu",
      "Vraag tot offerte NICC/2026/044 - sequencers",
      """Geachte,

Het NICC nodigt u uit een offerte in te dienen voor de levering van twee capillaire
sequencers voor de analyse van STR-profielen, met onderhoudscontract van 5 jaar.

Lastenboek: via e-Procurement, referentie NICC/2026/044.
Uiterste indieningsdatum: 15 januari 2027, 11u.

Aankoopdienst NICC - Vilvoordsesteenweg 100, 1120 Brussel""")

    M(36, "nl", "feestdagenkalender-planning", "allow", [],
      "calendar of religious holidays for planning, no individuals",
      "Planning Onthaal <planning@vgc.be>", "team@onthaal-externe-partner.be",
      "Kalender 2027 en levensbeschouwelijke feestdagen",
      """Hallo allemaal,

Voor de planning van 2027 houden we rekening met de volgende feestdagen waarop veel collega's
verlof vragen (geen verplichting, enkel een hulpmiddel):

- Suikerfeest: ca. 20 maart 2027
- Pasen: 28 maart 2027
- Offerfeest: ca. 27 mei 2027
- Jom Kipoer: 11 oktober 2027
- Divali: 29 oktober 2027

Verlof aanvragen blijft via het gewone systeem.

Planning Onthaal VGC""",
      atts=[("kalender2027.ics", "text", "calendar", (
          "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//VGC//Planning//NL\r\n"
          "BEGIN:VEVENT\r\nUID:suikerfeest2027@vgc.be\r\nDTSTAMP:20261101T090000Z\r\n"
          "DTSTART;VALUE=DATE:20270320\r\nSUMMARY:Suikerfeest (indicatief)\r\nEND:VEVENT\r\n"
          "END:VCALENDAR\r\n").encode())])

    M(37, "nl", "status-dossier-ebox", "allow", [],
      "reply thread redirecting the citizen to eBox, no data",
      "Contactcenter <contact@vlaio.be>", "j.declercq@skynet.be",
      "RE: RE: status van mijn aanvraag premie",
      """Beste heer De Clercq,

Omwille van de bescherming van uw gegevens sturen we geen dossierinformatie per e-mail. U vindt de
stand van uw aanvraag en de beslissing in uw eBox en op het e-loket van VLAIO. Daar kunt u ook
ontbrekende documenten opladen.

Met vriendelijke groeten,
VLAIO Contactcenter | 0800 20 555

-----Oorspronkelijk bericht-----
Van: J. De Clercq
Verzonden: dinsdag 10 november 2026 21:03
Onderwerp: RE: status van mijn aanvraag premie

Ik heb nog altijd niets ontvangen. Kan u mij het bedrag en de datum gewoon mailen?

-----Oorspronkelijk bericht-----
Van: Contactcenter
Verzonden: vrijdag 6 november 2026 09:14

Beste, uw aanvraag is in behandeling. U ontvangt de beslissing via eBox.""")

    M(38, "nl", "kenmerken-gemeente-lookalike", "allow", [],
      "Dutch municipality: 9-digit reference numbers that fail the 11-test",
      "Gemeente Utrecht - Vergunningen <vergunningen@utrecht.nl>", "info@evenementenbureau.nl",
      "Uw aanvragen evenementenvergunning",
      f"""Geachte heer, mevrouw,

Wij hebben uw drie aanvragen ontvangen onder de volgende zaaknummers:

Zaaknummer: {bsn_bad('40218765')}  (Koningsdag Lombok)
Zaaknummer: {bsn_bad('40218772')}  (Kerstmarkt Neude)
Zaaknummer: {bsn_bad('40218799')}  (Singelloop)

U ontvangt binnen acht weken een besluit.

Met vriendelijke groet,
Team Evenementen, Gemeente Utrecht""")

    M(39, "nl", "nieuwsbrief-gelijke-kansen", "allow", [],
      "HTML newsletter on LGBTQ+ and diversity policy, generic",
      "Gelijke Kansen <gelijkekansen@vlaanderen.be>", "nieuwsbrief@partners-diversiteit.be",
      "Nieuwsbrief Gelijke Kansen - november",
      """Nieuwsbrief Gelijke Kansen - november 2026

- Nieuw actieplan holebi's en transgender personen 2027-2029
- Webinar: inclusief taalgebruik in overheidscommunicatie
- Cijfers: 1 op 4 LGBTQ+-werknemers ervaart negatieve opmerkingen op het werk (enquête 2026, n=2.134)

Uitschrijven: stuur een mail naar gelijkekansen@vlaanderen.be""",
      html="""<html><body><h2>Nieuwsbrief Gelijke Kansen - november 2026</h2>
<ul><li>Nieuw actieplan holebi's en transgender personen 2027-2029</li>
<li>Webinar: inclusief taalgebruik in overheidscommunicatie</li>
<li>Cijfers: 1 op 4 LGBTQ+-werknemers ervaart negatieve opmerkingen op het werk (enquête 2026, n=2.134)</li></ul>
<p><a href="https://www.vlaanderen.be/gelijke-kansen">Meer info</a></p></body></html>""")

    M(40, "nl", "sjablonen-zip", "allow", [],
      "ZIP of blank templates for a social service",
      "Kwaliteitscel <kwaliteit@ocmw-partner.be>", "consultant@procesadvies.be",
      "Sjablonen sociaal onderzoek",
      """Hoi Ellen,

In de ZIP de lege sjablonen die we gebruiken voor het sociaal onderzoek, voor jullie
procesanalyse. Er staan geen cliëntgegevens in.

Groet,
Wouter""",
      atts=[att_zip("sjablonen.zip", [
          att_text("sociaal_verslag.txt", "SOCIAAL VERSLAG\nCliënt: [naam]\nINSZ: [INSZ]\nGezinssituatie: [...]\nMedische situatie: [enkel indien relevant, via arts]\nBesluit: [...]\n"),
          att_csv("budgetplan.csv", [("post", "bedrag"), ("huur", "[bedrag]"), ("energie", "[bedrag]"), ("IBAN cliënt", "[IBAN]")]),
          att_text("checklist.txt", "- identiteit gecontroleerd\n- toestemming ondertekend\n- kopie in dossier\n")])])

    fwd = inner(41, "Secretariaat BOC <boc@vlaamse-overheid-intern.be>", "directieraad@intern.be",
                "Verslag basisoverlegcomité 5/11",
                """Verslag basisoverlegcomité van 5 november 2026

Aanwezig: de afvaardiging van de overheid en de afvaardigingen van ACOD, ACV-Openbare Diensten
en VSOA.

1. Telewerkbeleid 2027: akkoord mits evaluatie na 6 maanden.
2. Nieuwe uurregeling onthaal: de vakbonden vragen bijkomende cijfers.
3. Welzijnsenquête: responsgraad 61 %, resultaten per afdeling niet onder 10 respondenten.

Volgende vergadering: 3 december.""")
    M(41, "nl", "fw-verslag-overlegcomite", "allow", [],
      "forwarded minutes of union consultation, organisations only, no member names",
      "Directiesecretariaat <directie@vlaamse-overheid-intern.be>", "begeleiding@sociaal-overleg-advies.be",
      "FW: Verslag basisoverlegcomité 5/11",
      """Dag Mieke,

Ter voorbereiding van jullie begeleiding stuur ik het verslag van het laatste BOC door.

Vriendelijke groeten,
Directiesecretariaat""",
      atts=[att_eml("Verslag BOC 5-11.eml", fwd)])

    M(42, "nl", "enkelband-cijfers-arrondissement", "allow", [],
      "aggregate numbers of electronic monitoring per district",
      "Nationaal Centrum ET <ncet@vlaanderen.be>", "onderzoek@criminologie-universiteit.be",
      "Cijfers elektronisch toezicht oktober",
      """Dag professor,

De gevraagde maandcijfers (dagelijks gemiddelde, oktober 2026):

Arrondissement;Elektronisch toezicht;waarvan GPS
Antwerpen;412;58
Gent;298;31
Limburg;187;22
Leuven;96;9

Geen individuele gegevens. Publicatie toegestaan met bronvermelding.

Vlaams Centrum Elektronisch Toezicht""",
      atts=[att_csv("et_oktober.csv", [("arrondissement", "ET", "GPS"), ("Antwerpen", 412, 58), ("Gent", 298, 31),
                                        ("Limburg", 187, 22), ("Leuven", 96, 9)])])

    M(43, "nl", "persbericht-minister", "allow", [],
      "press release with a minister's public statement",
      "Woordvoerder <pers@kabinet-binnenlandse-zaken.be>", "redacties@belga.be",
      "Persbericht: minister stelt hervorming vakbondspremie voor",
      """PERSBERICHT - 12 november 2026

Minister van Ambtenarenzaken Vanessa Matz (Les Engagés) stelt vandaag de hervorming van de
syndicale premie voor. "We willen de uitbetaling digitaliseren en de administratieve last voor
de personeelsleden verminderen," aldus de minister.

De hervorming wordt besproken in het Comité A op 24 november.

Contact pers: Lien Vercammen, woordvoerder, 0478 12 34 56""",
      html="""<html><body><h3>PERSBERICHT - 12 november 2026</h3>
<p>Minister van Ambtenarenzaken Vanessa Matz (Les Engag&eacute;s) stelt vandaag de hervorming van de syndicale premie voor.</p>
<blockquote>"We willen de uitbetaling digitaliseren en de administratieve last voor de personeelsleden verminderen."</blockquote>
<p>Contact pers: Lien Vercammen, woordvoerder, 0478 12 34 56</p></body></html>""",
      atts=[att_pdf("persbericht_20261112.pdf", ["# Persbericht 12 november 2026",
                                                 "Hervorming van de syndicale premie voorgesteld door minister Vanessa Matz.",
                                                 "Bespreking in Comite A op 24 november."])])

    M(44, "nl", "afwezig-ziek-verplaatsing", "allow", [],
      "doubtful: says a named colleague is ill, no diagnosis",
      "Lotte Pieters <lotte.pieters@ugent-partner.be>", "events@congrescentrum.be",
      "Re: bevestiging sprekers",
      """Hallo,

Kleine wijziging: Maarten Claessens kan niet spreken op 26/11, hij is ziek thuis. Prof. Leen
Hendrickx neemt zijn sessie over (zelfde titel). Haar bio volgt morgen.

Met vriendelijke groet,
Lotte Pieters
Eventcoördinator, Departement Omgeving
Koning Albert II-laan 20, 1000 Brussel | 02 553 80 11""")
