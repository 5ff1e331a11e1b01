from spec import M
P, E, B, G, R = 'ART9_POLITICAL_OPINION', 'ART9_ETHNIC_ORIGIN', 'ART9_BIOMETRIC', 'ART9_GENETIC', 'ART9_RELIGION'
L = 'nl'
MSGS = [
# ---------------- block ----------------
M(L,'block',P,'screening-kandidaat-lijst','an.claes@ncz.fgov.be','veiligheid@securitas-consult.be',
 'Veiligheidsonderzoek dossier VO-2026-118',
"""Goedemorgen,

Bijgevoegd het verslag van het veiligheidsonderzoek voor de vacature analist.

Betrokkene: Pieter Verhaegen
Functie: kandidaat-analist, niveau A1
Bevinding: betrokkene stond bij de gemeenteraadsverkiezingen van 2024 op de 14e plaats van de lijst van Vlaams Belang in Aalst, maar werd niet verkozen. Hij is nog steeds actief lid van de lokale afdeling.

Graag jullie advies tegen vrijdag.

An Claes
Dienst Veiligheid | Nationaal Crisiscentrum
+32 2 488 17 20""",
 att=[('docx','verslag_VO-2026-118.docx',(['Verslag veiligheidsonderzoek VO-2026-118','Conclusie: geen bezwaar op basis van antecedenten; politieke activiteit vermeld ter informatie.'],
   [['Naam','Rubriek','Vaststelling'],['Pieter Verhaegen','Politieke activiteit','Kandidaat lijst Vlaams Belang Aalst 2024, niet verkozen'],['Pieter Verhaegen','Lidmaatschap','Lid lokale afdeling sinds 2021']]))],
 note='named job candidate was a non-elected list candidate and is party member'),
M(L,'block',E,'inburgering-herkomst-xlsx','trajectbegeleiding@integratie-inburgering.be','info@taalschool-nova.be',
 'Deelnemerslijst NT2 groep maart',
"""Dag Els,

Hierbij de lijst van de cursisten die vanaf 9 maart bij jullie starten. Ik heb de kolom herkomst laten staan zodat jullie de groepen kunnen samenstellen zoals afgesproken.

Groetjes,
Wouter Van Damme
Trajectbegeleider - Agentschap Integratie en Inburgering
02 205 00 55""",
 att=[('xlsx','deelnemers_NT2_maart.xlsx',[['Naam','Voornaam','Herkomst','Niveau'],['El Idrissi','Nadia','Marokkaanse origine','A1'],['Haidari','Jawad','Afghaans - Hazara','A1'],['Kovalenko','Olena','Oekraïens','A2'],['Tesfaye','Mekdes','Eritrees - Tigrinya','A1']])],
 note='named course participants with an origin / ethnic group column'),
M(L,'block',B,'toegangslog-templatehash','facility@fod-mobiliteit.be','support@accesspro-systems.be',
 'RE: storing lezer ingang Noord',
"""Hallo,

Zoals gevraagd de export van de lezer aan ingang Noord van gisteren tussen 7u en 9u. Jullie zien dat de vingerafdruk-match voor twee medewerkers telkens onder de drempel bleef.

Mvg,
Hilde Maes
Facility management

> Kunnen jullie ons de logs bezorgen van de biometrische lezer?
> Met vriendelijke groeten, AccessPro support""",
 att=[('csv','lezer_noord_20260301.csv',[['tijd','badge','naam','template_sha256','match_score','resultaat'],['07:42:10','B-2231','Hilde Maes','9f2c1e0a7b44d8c1e5aa03f6b2d9c7e1','0.91','OK'],['07:55:31','B-1187','Geert Wouters','1b7d44e09ac3f5e2d6c8b0a1f3e5d7c9','0.48','WEIGERING'],['08:03:02','B-1187','Geert Wouters','1b7d44e09ac3f5e2d6c8b0a1f3e5d7c9','0.52','WEIGERING']])],
 note='access-control log with fingerprint template hashes and match scores of named staff'),
M(L,'block',G,'drager-cftr','genetica@uzgent-partner.be','dr.lemmens@huisartsenpraktijk-lemmens.be',
 'Uitslag dragerschapsonderzoek',
"""Geachte collega,

Het dragerschapsonderzoek voor mevrouw Sofie Lambrechts is afgerond. Resultaat: zij is heterozygoot drager van de CFTR-variant c.1521_1523del (p.Phe508del). Partneronderzoek wordt aangeraden.

Het volledige verslag volgt via het beveiligde eHealth-kanaal.

Met collegiale groeten,
Centrum Medische Genetica""",
 note='carrier status of a named patient'),
M(L,'block',R,'ramadan-gebed-pauze','hr.personeel@stad-mechelen.be','preventieadviseur@idewe-extern.be',
 'Aanpassing werkrooster Samira Haddou',
"""Beste,

Mevrouw Samira Haddou (loket burgerzaken) vraagt om tijdens de ramadan haar middagpauze te verschuiven naar 13u30 en een korte pauze voor het gebed rond 17u te mogen nemen. Zij vast de hele maand.

Kunnen jullie bekijken of dit verenigbaar is met de loketbezetting?

Vriendelijke groeten,
Dienst Personeel Stad Mechelen""",
 att=[('docx','aanvraag_roosteraanpassing_haddou.docx',(['Aanvraag roosteraanpassing'],[['Veld','Waarde'],['Naam','Samira Haddou'],['Dienst','Burgerzaken - loket'],['Periode','18/02/2026 - 19/03/2026'],['Reden','ramadan: vasten en gebed rond 17u']]))],
 note='named employee religious practice (fasting, prayer) accommodation request'),
M(L,'block',P,'asiel-oppositiepartij','dossierbeheer@cgvs.be','advocaat@kantoor-desmet.be',
 'RE: RE: uw cliënte - dossier 2025/44817',
"""Geachte meester,

In antwoord op uw vraag: het gehoor van uw cliënte, mevrouw Amina Yusuf, staat gepland op 24 maart. Haar verzoek steunt op het motief politieke overtuiging: zij verklaart sinds 2018 actief lid te zijn van de oppositiebeweging en betogingen te hebben mee georganiseerd.

Hoogachtend,
Dossierbeheerder CGVS

-----Oorspronkelijk bericht-----
Van: advocaat@kantoor-desmet.be
Onderwerp: RE: uw cliënte - dossier 2025/44817
Kan u bevestigen wanneer het persoonlijk onderhoud plaatsvindt?""",
 note='asylum motive: political opinion and activism of a named applicant'),
M(L,'block',E,'werving-diversiteit-inspecteur','rekrutering@police.belgium.eu','selectie@jobpunt-extern.be',
 'Kandidaten diversiteitstraject inspecteur',
"""Dag Katrien,

Voor het voortraject "politie-inspecteur met roots" zijn volgende kandidaten weerhouden:

Naam: Youssef Benali
Achtergrond: van Marokkaanse origine, tweede generatie
Naam: Deniz Aksoy
Achtergrond: Turks-Koerdische roots
Naam: Grace Mbuyi
Achtergrond: Congolese afkomst

Graag de uitnodigingen voor de proeven versturen.

Jan Peeters
Directie Personeel - Rekrutering""",
 note='named candidates with their ethnic origin'),
M(L,'block',B,'paspoort-vingerafdruk-export','burgerzaken@gemeente-utrecht-dienst.nl','servicedesk@documentleverancier.nl',
 'Mislukte enrolment paspoortaanvraag',
"""Goedemiddag,

Bij de aanvraag van mevrouw Johanna de Vries (balie 3, 2 maart) gaf het vingerafdrukstation telkens een kwaliteitsfout (NFIQ 5) voor de linker wijsvinger. Ik stuur de enrolment-export mee zodat jullie kunnen zien wat er misgaat.

Met vriendelijke groet,
Marieke Bosman
Burgerzaken""",
 att=[('zip','enrolment_export.zip',[('txt','enrolment_devries.txt',"aanvrager=Johanna de Vries\nvinger=L2\nnfiq=5\nformaat=ISO/IEC 19794-4\ntemplate=Rk1SACAyMAAAAAFiAAABLAGQAMUAxQEAAAA8GUCDAJkJAEBZANYSAECoAOIOAE\nvinger=R2\nnfiq=2\ntemplate=Rk1SACAyMAAAAAE0AAABLAGQAMUAxQEAAABGF0B0AKoJAECiALcQAEB6\n")])],
 note='fingerprint enrolment export with templates of a named applicant'),
M(L,'block',G,'gezinshereniging-dna','visa@dofi.ibz.be','contact@labo-verwantschap.be',
 'DNA-verwantschapsonderzoek gezinshereniging',
"""Geachte,

In het kader van de aanvraag gezinshereniging van de heer Abdi Farah Hassan ontvingen wij uw verslag. Voor de volledigheid vragen wij nog een bevestiging van het resultaat voor het kind Layla.

Uit uw verslag: "Het biologisch vaderschap van Abdi Farah Hassan ten aanzien van Layla Abdi wordt bevestigd met een waarschijnlijkheid van 99,998 %."

Met vriendelijke groeten,
DVZ - Dienst Visa""",
 att=[('pdf','verwantschap_samenvatting.pdf',['Verwantschapsonderzoek - samenvatting','Vermeende vader: Abdi Farah Hassan','Kind: Layla Abdi','Loci: D3S1358 15/17, vWA 16/18, FGA 21/24, TH01 7/9.3','Vaderschapsindex: 48 210 - Waarschijnlijkheid 99,998 %'])],
 note='paternity DNA test result with STR profile of named persons'),
M(L,'block',P,'gift-partij-belangenconflict','deontologie@vlaanderen-agentschap.be','auditor@extern-auditkantoor.be',
 'Melding mogelijk belangenconflict aankoopdossier',
"""Beste,

In het kader van de audit van aankoopdossier AK-2025-311: het jurylid Koen De Smet meldde zelf dat hij vorig jaar 500 euro schonk aan Groen en actief meewerkt aan hun lokale campagne, terwijl een van de inschrijvers een Groen-schepen als zaakvoerder heeft.

Wij hebben hem uit de jury gehaald.

Groet,
Cel Deontologie""",
 note='named civil servant donated to and campaigns for a party'),
M(L,'block',E,'roma-gezin-ocmw','maatschappelijk.werk@ocmw-gent-dienst.be','coordinatie@vzw-onthaal.be',
 'Doorverwijzing gezin Lakatos',
"""Hoi Lien,

Ik verwijs het gezin Lakatos door voor huiswerkbegeleiding. Het gaat om een Roma-gezin uit Oost-Slowakije, vader Milan, moeder Erzsébet en drie kinderen. Ze spreken Romani en wat Hongaars.

Laat je weten wanneer er plaats is?

Tom
Maatschappelijk werker""",
 note='named family described by ethnic community (Roma)'),
M(L,'block',B,'gezichtsherkenning-match','cameratoezicht@stad-voorbeeld.be','projectleider@vision-analytics.be',
 'Evaluatie pilot gezichtsherkenning - casus',
"""Dag Pieter,

Voor de evaluatie: op 28/02 gaf het systeem een match met score 0,93 tussen de referentiefoto van onze medewerker Lotte Janssens (testpersoon, enrolled op 12/02) en camera C-14. De tweede hit (score 0,61) was een vals positief op Ruben Claeys.

Ik stuur de screenshots niet mee, die staan op de gedeelde schijf.

Ann""",
 html="<p>Dag Pieter,</p><table border='1'><tr><th>Persoon</th><th>Camera</th><th>Score</th><th>Beoordeling</th></tr><tr><td>Lotte Janssens</td><td>C-14</td><td>0,93</td><td>juiste match</td></tr><tr><td>Ruben Claeys</td><td>C-09</td><td>0,61</td><td>vals positief</td></tr></table><p>Ann</p>",
 note='face-recognition match scores of named persons'),
M(L,'block',G,'brca-moeder-risico','arbeidsgeneesheer@mensura-partner.be','hr@agentschap-wonen.be',
 'Info re-integratietraject',
"""Beste,

Mevrouw Inge Verstraete liet weten dat haar moeder draagster is van een BRCA1-mutatie en dat zij zelf positief testte op dezelfde variant. Zij vraagt dat dit gegeven discreet in haar dossier wordt bijgehouden.

Met vriendelijke groeten""",
 note='BRCA1 genetic test result of named employee and her mother'),
M(L,'block',R,'bekering-naamswijziging','burgerzaken@gemeente-lier-dienst.be','notariaat@notaris-extern.be',
 'Vraag naamsgebruik dhr. Willems',
"""Geachte notaris,

Dhr. Tom Willems liet ons weten dat hij zich vorig jaar heeft bekeerd tot de islam en voortaan de naam Yusuf Willems wenst te gebruiken. Hij vraagt of dit in de akte kan worden vermeld. Ik stuur zijn brief door.

Met vriendelijke groet,
Burgerzaken""",
 att=[('eml','brief_willems.eml',{'frm':'tom.willems@telenet-mail.be','to':'burgerzaken@gemeente-lier-dienst.be','subj':'Naam na bekering','body':'Beste,\n\nSinds mijn bekering tot de islam in 2025 gebruik ik de naam Yusuf. Ik bid vijf keer per dag en wil dat mijn nieuwe naam gerespecteerd wordt.\n\nTom (Yusuf) Willems','date':'Fri, 27 Feb 2026 20:14:00 +0100','mid':'20260227.tw@telenet-mail.be'})],
 note='named person conversion and religious practice (attached .eml)'),
M(L,'block',P,'stemgedrag-loket','klantcontact@gemeente-zwolle-dienst.nl','klachten@ombudsman-extern.nl',
 'Klacht dhr. Kuipers - verslag baliegesprek',
"""Geachte heer, mevrouw,

Naar aanleiding van de klacht van de heer Bram Kuipers het verslag van het baliegesprek:
- Dhr. Kuipers gaf aan dat hij bij de laatste verkiezingen PVV heeft gestemd en zich daarom 'weggezet' voelt door de medewerker.
- Hij is naar eigen zeggen actief in een actiegroep tegen het azc.

Met vriendelijke groet,
Team Klantcontact""",
 att=[('odt','verslag_baliegesprek_kuipers.odt',['Verslag baliegesprek 24 februari 2026','Burger: Bram Kuipers','Verklaring: heeft PVV gestemd en is actief in actiegroep tegen azc','Actie: klacht doorgestuurd naar ombudsman'])],
 note='vote and activism of a named citizen'),
M(L,'block',E,'hr-migratieachtergrond-thread','diversiteit@fod-bosa-dienst.be','consultant@inclusie-advies.be',
 'Fwd: mentorprogramma',
"""Ter info voor de matching.

---------- Doorgestuurd bericht ----------
Van: teamleider financien
Onderwerp: mentorprogramma

Voor het mentorprogramma stel ik Fatma Yilmaz voor (Turkse roots, eerste in haar familie met een universitair diploma) en Kwame Mensah (Ghanese afkomst, zwarte man, voelt zich vaak de enige in vergaderingen).

Groet, Dirk""",
 note='named staff with ethnic origin and skin colour'),
# ---------------- allow ----------------
M(L,'allow',P,'bijzitters-stembureaus','verkiezingen@stad-leuven-dienst.be','drukkerij@printservice-extern.be',
 'Bestelling oproepingsbrieven bijzitters',
"""Goedemorgen,

Voor de verkiezingen van juni bestellen wij 1 850 oproepingsbrieven voor bijzitters en 120 voor voorzitters van stembureaus, formaat A4, omslag met venster. Levering uiterlijk 15 april aan het stadhuis, Professor Van Overstraetenplein 1.

Factuur op naam van Stad Leuven, ondernemingsnummer BE 0207.451.227, rekening BE71 0961 2345 6769.

Met vriendelijke groet,
Dienst Verkiezingen""",
 att=[('csv','aantallen_stembureaus.csv',[['district','stembureaus','bijzitters'],['Leuven','61','366'],['Heverlee','38','228'],['Kessel-Lo','41','246'],['Wilsele','17','102']])],
 note='election logistics, aggregates; organisation IBAN and enterprise number'),
M(L,'allow',P,'burgemeester-mandaat','communicatie@gemeente-herent-dienst.be','redactie@regiokrant-extern.be',
 'Persbericht opening sporthal',
"""Beste redactie,

Burgemeester Karin Jiroflée (Vooruit) en schepen van Sport Jan Peeters (CD&V) openen zaterdag om 11u de vernieuwde sporthal. Minister van Sport verklaarde in het parlement dat het project 'een voorbeeld voor andere gemeenten' is.

Foto's zijn vrij van rechten.

Dienst Communicatie
016 85 20 00""",
 att=[('html','persbericht_sporthal.html',"<html><body><h1>Vernieuwde sporthal open</h1><p>Burgemeester Karin Jiroflée (Vooruit) en schepen Jan Peeters (CD&amp;V) openen zaterdag de sporthal.</p></body></html>")],
 note='public mandates of elected officials'),
M(L,'allow',E,'diversiteitsmonitor-xlsx','analyse@fod-bosa-dienst.be','onderzoek@hogeschool-extern.be',
 'Diversiteitsmonitor federale overheid 2025 - cijfers',
"""Dag Sara,

In bijlage de geaggregeerde cijfers van de diversiteitsmonitor (anonieme bevraging, n = 14 212). Cellen onder 10 respondenten zijn gemaskeerd.

Groet,
Dienst Analyse""",
 att=[('xlsx','diversiteitsmonitor_2025.xlsx',[['Herkomstgroep','Aandeel personeel','Aandeel instroom 2025'],['Belgische herkomst','78,4 %','71,2 %'],['EU-herkomst','9,1 %','10,8 %'],['Maghreb','5,6 %','8,0 %'],['Sub-Sahara Afrika','2,3 %','3,9 %'],['Andere','4,6 %','6,1 %']])],
 note='aggregate diversity statistics, no individual'),
M(L,'allow',B,'bestek-biometrie','aankoop@fod-binnenlandse-zaken.be','tenders@biometric-vendor.eu',
 'Vragen en antwoorden bestek IBZ/2026/017 - biometrische kiosken',
"""Geachte inschrijver,

Antwoord op de vragen van 20 februari:

Vraag 3: Welke normen gelden voor de vingerafdrukbeelden?
Antwoord: ISO/IEC 19794-4:2011 en NFIQ 2.0; minimaal 500 ppi.
Vraag 4: Welke FAR/FRR wordt verwacht?
Antwoord: FAR <= 0,01 % bij FRR <= 1 %, gemeten volgens ISO/IEC 19795-1.
Vraag 5: Moeten templates lokaal bewaard worden?
Antwoord: Nee, templates worden na verzending gewist.

Met vriendelijke groet,
Dienst Overheidsopdrachten""",
 att=[('pdf','IBZ-2026-017_vragen_antwoorden.pdf',['Bestek IBZ/2026/017 - Vragen en antwoorden','Normen: ISO/IEC 19794-4, ISO/IEC 19795-1, NFIQ 2.0','Levering: 140 kiosken, installatie in 2026-2027'])],
 note='procurement of biometric system, no subjects'),
M(L,'allow',G,'congres-genetica-programma','secretariaat@bsmg-congres.be','sprekers@universiteit-extern.nl',
 'Programma BeSHG-dag 18 april',
"""Beste sprekers,

Hieronder het definitieve programma:

09:30  Prof. dr. Hilde Van Esch (KU Leuven) - Genoomsequentie in de kliniek
10:15  Dr. Marc Dheedene (UZ Gent) - Dragerschapsscreening bij koppels: ervaringen
11:30  Prof. dr. Martina Cornel (Amsterdam UMC) - Ethiek van populatiescreening
14:00  Panel: DNA-databanken en privacy

Locatie: Paleis der Academiën, Hertogsstraat 1, Brussel.

Secretariaat""",
 html="<h3>Programma</h3><table border='1'><tr><th>Uur</th><th>Spreker</th><th>Titel</th></tr><tr><td>09:30</td><td>Prof. dr. Hilde Van Esch (KU Leuven)</td><td>Genoomsequentie in de kliniek</td></tr><tr><td>10:15</td><td>Dr. Marc Dheedene (UZ Gent)</td><td>Dragerschapsscreening bij koppels</td></tr><tr><td>11:30</td><td>Prof. dr. Martina Cornel</td><td>Ethiek van populatiescreening</td></tr></table>",
 note='conference programme with professional speakers'),
M(L,'allow',R,'feestdagenkalender','hr.planning@vlaamse-overheid-dienst.be','planning@schoonmaak-partner.be',
 'Kalender levensbeschouwelijke feestdagen 2026',
"""Beste partner,

Ter informatie voor jullie personeelsplanning: de kalender van levensbeschouwelijke feestdagen die onze medewerkers als vrije dag kunnen opnemen.

Groet,
HR Planning""",
 att=[('ods','feestdagen_2026.ods',[['Datum','Feest','Levensbeschouwing'],['20/03/2026','Suikerfeest (Eid al-Fitr)','islam'],['02/04/2026','Pesach (begin)','jodendom'],['05/04/2026','Pasen','christendom'],['27/05/2026','Offerfeest (Eid al-Adha)','islam'],['08/11/2026','Diwali','hindoeïsme']])],
 note='calendar of religious feasts, no person'),
M(L,'allow',P,'neutraliteit-opleiding','vorming@agentschap-overheidspersoneel.be','trainer@vormingsbureau-extern.be',
 'Opleiding neutraliteit en deontologie - draaiboek',
"""Dag Bart,

Voor de sessie van 17 maart: we willen graag dat je de casussen behandelt over politieke neutraliteit van ambtenaren (mag een loketmedewerker een partijbadge dragen? mag men op sociale media campagne voeren?) en de deontologische code art. 7.

Max 20 deelnemers, lokaal 3.14.

Groeten,
Team Vorming""",
 att=[('docx','draaiboek_neutraliteit.docx',(['Draaiboek opleiding neutraliteit','Casus 1: een medewerker wordt kandidaat bij lokale verkiezingen - welke regels gelden?','Casus 2: partijpolitieke uitingen op het werk','Casus 3: religieuze symbolen aan het loket'],))],
 note='neutrality training, hypothetical cases without persons'),
M(L,'allow',E,'inburgering-circulaire','beleid@integratie-inburgering.be','gemeenten@vvsg-extern.be',
 'Omzendbrief wijziging inburgeringsdecreet',
"""Beste lokale besturen,

Vanaf 1 juli wijzigt het inburgeringstraject: het taalniveau A2 wordt verplicht, en het participatietraject wordt 280 uur. De registratie van herkomst blijft beperkt tot statistische doeleinden en wordt nooit per persoon gerapporteerd.

Meer info: https://www.integratiebeleid.be

Met vriendelijke groeten,
Agentschap Integratie en Inburgering""",
 att=[('pdf','omzendbrief_inburgering_2026.pdf',['Omzendbrief inburgering 2026','1. Taalniveau A2 verplicht vanaf 1 juli','2. Participatietraject: 280 uur','3. Herkomst enkel statistisch, nooit per persoon'])],
 note='circular on integration policy, no individual'),
M(L,'allow',B,'eid-vingerafdruk-info','info@gemeente-dilbeek-dienst.be','burger.vraag@gmail.com',
 'RE: vingerafdrukken nieuwe identiteitskaart',
"""Beste,

Bedankt voor uw vraag. Sinds 2021 worden bij de aanvraag van een elektronische identiteitskaart twee vingerafdrukken afgenomen. Ze worden enkel op de chip van uw kaart bewaard en na maximaal drie maanden uit de centrale aanvraagdatabank gewist. Kinderen jonger dan 12 jaar zijn vrijgesteld.

Meer info op https://www.ibz.rrn.fgov.be

Met vriendelijke groet,
Dienst Burgerzaken
02 568 10 00""",
 note='generic information on eID fingerprints'),
M(L,'allow',G,'toestemmingsformulier-leeg','ethiek@uza-onderzoek-dienst.be','sponsor@pharma-cro-extern.be',
 'Template informed consent genetisch onderzoek v3',
"""Beste,

Hierbij het goedgekeurde sjabloon voor het toestemmingsformulier. Het bevat nog geen deelnemersgegevens.

Ethisch Comité""",
 att=[('odt','ICF_genetisch_v3.odt',['Toestemmingsformulier genetisch onderzoek','Naam deelnemer: ____________________','Geboortedatum: ___/___/______','Ik ga akkoord dat mijn DNA wordt geanalyseerd voor de studie: [ja] [nee]','Ik wens geïnformeerd te worden over toevalsbevindingen: [ja] [nee]','Handtekening: ____________________'])],
 note='blank consent template'),
M(L,'allow',B,'onderhoud-toegangscontrole','facility@vlaamse-overheid-dienst.be','service@accesspro-systems.be',
 'Onderhoudscontract lezers Herman Teirlinck',
"""Hallo,

Graag een offerte voor het jaarlijkse onderhoud van de 48 biometrische lezers (vingerader) in het Herman Teirlinckgebouw, inclusief firmware-update naar v5.2 en kalibratie. De lezers bewaren geen templates lokaal; matching gebeurt op de badge.

Facturatie: Departement Facilitair Management, BE71 0961 2345 6769.

Mvg,
Facility""",
 note='maintenance of biometric readers, no subjects; organisation IBAN'),
M(L,'allow',G,'onderzoeksprotocol-farmacogenetica','onderzoek@sciensano-dienst.be','partner@universiteit-extern.be',
 'Protocol farmacogenetica pilootstudie - v1.2',
"""Dag collega's,

In bijlage het protocol voor de pilootstudie over CYP2C19-genotypering vóór clopidogrel. Inclusie start pas na goedkeuring; er zijn nog geen deelnemers.

Primair eindpunt: aandeel patiënten met aangepaste therapie.
Steekproef: 400 patiënten in 4 ziekenhuizen.

Met vriendelijke groeten,
Dienst Onderzoek""",
 att=[('docx','protocol_PGx_v1.2.docx',(['Protocol pilootstudie farmacogenetica','Doel: haalbaarheid van pre-emptieve CYP2C19-genotypering','Populatie: volwassenen met PCI (n=400)'],[['Fase','Periode','Aantal'],['Inclusie','09/2026-06/2027','400'],['Opvolging','12 maanden','400']]))],
 note='research protocol without subjects'),
M(L,'allow',E,'politie-rekrutering-campagne','communicatie@police.belgium.eu','bureau@reclame-extern.be',
 'Campagne "Jij bent politie" - briefing',
"""Dag team,

Briefing voor de nieuwe rekruteringscampagne: we willen jongeren met een migratieachtergrond beter bereiken. In 2025 had 11 % van de aspiranten een niet-Belgische herkomst; doel 2027 is 15 %. Gebruik geen echte medewerkers als model zonder schriftelijke toestemming.

Groet,
Directie Communicatie""",
 note='recruitment campaign with aggregate origin figure'),
M(L,'allow',R,'formulier-roosteraanpassing','hr@stad-mechelen.be','sociaal.secretariaat@partena-extern.be',
 'Formulier aanvraag roosteraanpassing (blanco)',
"""Beste,

Zoals besproken het blanco formulier dat medewerkers kunnen gebruiken om een aanpassing te vragen om levensbeschouwelijke redenen. Kunnen jullie het opnemen in de HR-portal?

Naam: [naam medewerker]
Dienst: [dienst]
Gevraagde aanpassing: [omschrijving]
Periode: [van - tot]
Reden: [levensbeschouwelijke feestdag / gebed / vasten / andere]

Groet,
HR""",
 note='blank form with placeholders'),
M(L,'allow',P,'verkiezingsuitslag-statistiek','statistiek@provincie-antwerpen-dienst.be','data@nieuwsmedia-extern.be',
 'Officiële uitslagen provincieraad - opendata',
"""Beste,

De officiële uitslagen per kieskanton staan als open data online. In bijlage de samenvatting per partij (stemmen en zetels). Individuele stemmen worden uiteraard nooit geregistreerd.

Met vriendelijke groet,
Dienst Statistiek""",
 att=[('csv','uitslag_provincieraad.csv',[['partij','stemmen','zetels'],['N-VA','412 330','12'],['Vlaams Belang','301 874','9'],['Vooruit','162 005','5'],['CD&V','121 440','3'],['Groen','98 122','3'],['PVDA','88 761','2']])],
 note='aggregate election results'),
M(L,'allow',E,'nationaliteiten-statistiek-nl','onderzoek@gemeente-rotterdam-dienst.nl','onderzoeksbureau@extern-onderzoek.nl',
 'Bevolkingscijfers naar herkomst - wijkmonitor',
"""Beste,

Voor de wijkmonitor: aantallen inwoners per herkomstland voor Feijenoord (CBS-definitie), afgerond op tientallen.

Turkije 6 410 | Marokko 5 880 | Suriname 3 120 | Kaapverdië 1 340 | overig 9 900

Met vriendelijke groet,
Onderzoek en Business Intelligence""",
 note='aggregate population by origin'),
]
