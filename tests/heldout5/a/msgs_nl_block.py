from lib import *

SIG_OCMW = "\n--\nAn Verlinden\nMaatschappelijk werker\nOCMW Lokeren\nTel. 09 340 12 00\n"

M('ocmw-ziekte-attest', 'nl', 'block', ['ART9_HEALTH', 'BE_NATIONAL_NUMBER'],
  'afwezigheid met diagnose en rijksregisternummer naar externe partner',
  mail('An Verlinden <an.verlinden@ocmwlokeren.be>', 'onthaal@kringloopwaas.be',
       'Afwezigheid dhr. Pieters - art. 60',
       f"Dag Griet,\n\nJoris Pieters (RRN {nn('790614', 233)}) komt deze week niet werken in jullie winkel. "
       "Zijn huisarts schreef hem twee weken rust voor wegens een zware depressie, hij start ook met "
       "antidepressiva. Kunnen jullie zijn uurrooster vrijhouden tot 16 maart?\n\nGroet,\nAn" + SIG_OCMW, idx=1))

M('uwv-reintegratie-thread', 'nl', 'block', ['NL_BSN', 'ART9_HEALTH'],
  'BSN en hernia-diagnose alleen in geciteerd bericht twee niveaus diep',
  mail('R. de Graaf <r.degraaf@uwv.nl>', 'p.bakker@arbodienst-midden.nl', 'RE: RE: Re-integratieverslag',
       "Beste Petra,\n\nAkkoord, we plannen het gesprek op donderdag.\n\nMvg, Rob de Graaf\nUWV Utrecht\n\n"
       "-----Oorspronkelijk bericht-----\nVan: Petra Bakker\nAan: Rob de Graaf\nOnderwerp: RE: Re-integratieverslag\n\n"
       "> Rob, kan het gesprek eerder?\n>\n> -----Oorspronkelijk bericht-----\n> Van: Rob de Graaf\n>\n"
       f">> Betreft: mw. S. Yilmaz, BSN {bsn('23456781', sep=' ')}\n>> Zij is sinds oktober uitgevallen met een "
       "lumbale hernia en heeft fysiotherapie twee keer per week. Belastbaarheid: max. 4 uur zitten.\n", idx=2))

M('pz-pv-verzekeraar', 'nl', 'block', ['ART10_CRIMINAL', 'ART9_ETHNIC_ORIGIN'],
  'PV-gegevens over een genoemde verdachte (aanhouding, eerdere veroordeling, afkomst) naar verzekeraar',
  mail('Inspecteur K. Maes <kevin.maes@police.belgium.eu>', 'schade@ethias-claims.be', 'PV AN.55.L3.004512/2026 inbraak',
       "Geachte,\n\nIn antwoord op uw vraag: in het dossier van de inbraak in de woning van uw verzekerde "
       "werd op 12/02 Rachid Bouzid (°1998) als verdachte opgepakt en verhoord. Getuigen herkenden hem als de man "
       "van Marokkaanse afkomst die ze bij de woning zagen; Bouzid is eerder veroordeeld voor diefstal met braak. "
       "Het parket Antwerpen vervolgt.\n\nInsp. Kevin Maes\nPZ Antwerpen - recherche\n", idx=3))

M('vakbond-lijst-xlsx', 'nl', 'block', ['ART9_TRADE_UNION'],
  'lijst personeelsleden met kolom vakbond',
  mail('HR Stad Mechelen <personeel@mechelen.be>', 'j.claes@sociaal-secretariaat-acerta.be', 'Inhouding vakbondsbijdrage maart',
       "Hallo Jan,\n\nIn bijlage de medewerkers voor wie we de vakbondspremie aanvragen. Graag verwerken in de loonrun.\n\nDank,\nHR",
       attachments=[('vakbondspremie_2026.xlsx', xlsx([
           ['Personeelsnr', 'Naam', 'Dienst', 'Vakbond'],
           ['40112', 'Els Wouters', 'Burgerzaken', 'ACV-CSC'],
           ['40387', 'Tom Janssens', 'Groendienst', 'ABVV'],
           ['40455', 'Sara Mertens', 'Financien', 'ACLVB']]))], idx=4))

M('inburgering-rapport', 'nl', 'block', ['ART9_ETHNIC_ORIGIN'],
  'inburgeringsverslag met etnische afkomst van een genoemde cursist',
  mail('Agentschap Integratie <trajectbegeleiding@integratie-inburgering.be>', 'werkwinkel@vdab.be', 'Cursist Lavinia Ciobanu',
       "Beste trajectbegeleider,\n\nLavinia Ciobanu rondt de module MO af. Ze behoort tot de Roma-gemeenschap "
       "en gaf aan dat ze in vorige sollicitaties daarom werd afgewezen. Extra begeleiding is aangewezen.\n\n"
       "Met vriendelijke groeten,\nHanne Dewulf\n", idx=5))

M('klacht-politiek-medewerker', 'nl', 'block', ['ART9_POLITICAL_OPINION'],
  'politieke overtuiging van een medewerker in HR-dossier',
  mail('Preventiedienst <preventie@gemeente-zemst.be>', 'advocaat@lexcura-advocaten.be', 'Dossier conflict Technische dienst',
       "Meester,\n\nZoals besproken: collega Bart Segers verspreidt op de werkvloer pamfletten van het Vlaams Belang, "
       "waar hij lid van is, en zegt openlijk dat hij voor die partij stemt. Twee collega's dienden een klacht in.\n"
       "Hoe gaan we hiermee om in de tuchtprocedure?\n\nGroet,\nLien Goossens, preventieadviseur\n", idx=6))

M('school-levensbeschouwing', 'nl', 'block', ['ART9_RELIGION'],
  'keuze levensbeschouwelijk vak (islam, katholiek) per genoemde leerling; keuze van het vak als religie gelezen (lichte twijfel)',
  mail('Secretariaat GBS De Linde <secretariaat@gbsdelinde.be>', 'planning@busvervoer-dewilde.be', 'Lessenrooster vrijdag',
       "Beste,\n\nVoor de aanpassing van de busritten op vrijdag: deze leerlingen volgen het vak islam in de "
       "andere vestiging, de rest blijft voor katholieke godsdienst.\n\nNaam | Klas | Levensbeschouwing\n"
       "Yassin El Amrani | 4A | islam\nNour Haddad | 4B | islam\nLotte Peeters | 4A | katholiek\n\nSecretariaat\n",
       attachments=[('leerlingen_vrijdag.csv', "naam;klas;levensbeschouwing\nYassin El Amrani;4A;islam\nNour Haddad;4B;islam\nLotte Peeters;4A;rooms-katholiek\n")], idx=7))

M('uz-dragerschap-lab', 'nl', 'block', ['ART9_GENETIC', 'ART9_HEALTH'],
  'genetisch testresultaat (dragerschap) van een patient naar extern labo',
  mail('Centrum Medische Genetica <cmg@uzgent.be>', 'info@genlab-diagnostics.nl', 'Resultaat dragerschapsonderzoek',
       "Collega,\n\nVoor mevrouw Ilse Van Damme (dossier CMG-26-0871): zij is heterozygote draagster van de "
       "CFTR F508del-variant. De partner wordt ook getest. Graag uw bevestiging via de gebruikelijke weg.\n\n"
       "Dr. M. Lambrecht\n",
       attachments=[('rapport_CMG-26-0871.pdf', pdf(['Centrum Medische Genetica - Rapport', 'Patient: Ilse Van Damme',
            'Gen: CFTR  Variant: c.1521_1523del (F508del)', 'Genotype: heterozygoot - draagster', 'Conclusie: dragerschap bevestigd']))], idx=8))

M('vingerafdruk-leverancier', 'nl', 'block', ['ART9_BIOMETRIC'],
  'vingerafdruktemplates van genoemde personen naar leverancier',
  mail('Dienst Burgerzaken <burgerzaken@deinze.be>', 'support@idkiosk-systems.com', 'Foutieve enrolment paspoorten',
       "Hallo support,\n\nDe kiosk weigert twee aanvragen. Hieronder de minutiae-export van de vingerafdrukken "
       "zoals de scanner ze bewaarde:\n\nAanvrager: Koen De Smet - rechterwijsvinger - ISO 19794-2 template\n"
       "minutiae: (112,87,45deg,ridge-end) (140,102,310deg,bifurcation) (98,155,12deg,ridge-end) ...\n"
       "Aanvrager: Marie Dubois - linkerduim - ISO 19794-2 template, 38 minutiae\n\nGraag snel antwoord.\nBurgerzaken Deinze\n", idx=9))

M('welzijn-seksuele-orientatie', 'nl', 'block', ['ART9_SEX_LIFE'],
  'seksuele geaardheid van een genoemde jongere in verwijzing',
  mail('Jongerenwelzijn <consulent.oostende@jongerenwelzijn.be>', 'intake@cawnoordwest.be', 'Aanmelding Wout (17)',
       "Beste intaker,\n\nIk meld Wout Vandamme (17) aan voor begeleid zelfstandig wonen. Hij werd door zijn ouders "
       "buitengezet nadat hij vertelde dat hij homo is; sindsdien slaapt hij bij een vriend.\n\nConsulent Eva Maes\n", idx=10))

M('bijstand-uitbetaling', 'nl', 'block', ['NL_BSN', 'IBAN_CODE'],
  'BSN en prive-IBAN van een bijstandsgerechtigde naar een bewindvoerder',
  mail('Team Inkomen <inkomen@gemeente.tilburg.nl>', 'admin@bewind-zuid.nl', 'Wijziging uitbetaling bijstand',
       f"Goedemiddag,\n\nVanaf april maken wij de bijstand van dhr. H. Jansen (BSN {bsn('34567812', sep='.')}) "
       f"over op zijn nieuwe rekening {iban_nl('RABO', '0312456789')} in plaats van de beheerrekening.\n\n"
       "Met vriendelijke groet,\nTeam Inkomen, gemeente Tilburg\n", idx=11))

M('parkeerkaart-creditcard', 'nl', 'block', ['CREDIT_CARD'],
  'betaalkaartnummer van een burger doorgestuurd naar leverancier',
  mail('Mobiliteit <mobiliteit@leuven.be>', 'helpdesk@parkpay-solutions.eu', 'FW: betaling bewonerskaart mislukt',
       "Hallo,\n\nKunnen jullie kijken waarom deze betaling niet lukt? Bericht van de burger hieronder.\n\n"
       "---------- Doorgestuurd bericht ----------\nVan: Stijn Aerts\n\n"
       f"Ik probeerde te betalen met mijn Visa {card('476173000012345')}, vervalt 08/28, maar kreeg een foutmelding.\n", idx=12))

M('gevangenis-lijst-bis', 'nl', 'block', ['ART10_CRIMINAL', 'BE_BIS_NUMBER'],
  'gedetineerdenlijst met BIS-nummer en strafduur naar externe opleidingspartner',
  mail('Griffie Gevangenis Brugge <griffie.brugge@just.fgov.be>', 'coordinatie@cvo-leerpunt.be', 'Deelnemers cursus lassen',
       "Beste,\n\nIn bijlage de gedetineerden die starten met de cursus lassen.\n\nGriffie",
       attachments=[('deelnemers.csv', "naam;rijksregister/bis;strafmaat;einddatum\n"
                     f"Adrian Popescu;{bis('880923', 117)};4 jaar (diefstal met geweld);2028-06-01\n"
                     "Kristof Lenaerts;-;18 maanden (drugshandel);2027-01-15\n")], idx=13))

M('ggd-soa-doorgestuurd', 'nl', 'block', ['ART9_HEALTH', 'ART9_SEX_LIFE'],
  'SOA-uitslag en seksueel contact van een client in citaat drie niveaus diep',
  mail('J. Visser <j.visser@ggdhm.nl>', 'planning@labsupport-extern.nl', 'Fwd: RE: RE: bron- en contactonderzoek',
       "Ter info, graag de monsterplanning aanpassen.\n\nJ. Visser\n\n> Van: M. de Boer\n> Prima.\n>\n>> Van: J. Visser\n>> Ok.\n>>\n"
       ">>> Van: M. de Boer\n>>> Client Dennis Kramer (geb. 03-05-1991) testte positief op syfilis. Hij is MSM en noemde "
       "drie mannelijke sekspartners in de afgelopen maand. Partnerwaarschuwing loopt.\n", idx=14))

M('duo-studenten-bsn', 'nl', 'block', ['NL_BSN'],
  'lijst studenten met BSN naar externe hogeschool',
  mail('DUO Groningen <studiefinanciering@duo.nl>', 'studentenadministratie@hanze-extern.nl', 'Controle inschrijvingen',
       "Geachte,\n\nHierbij de studenten waarvan de inschrijving niet overeenkomt met onze gegevens.\n\nMet vriendelijke groet,\nDUO",
       attachments=[('controle.tsv', "naam\tbsn\topleiding\n"
                     f"Fleur Hendriks\t{bsn('45678123')}\tHBO-V\n"
                     f"Mohamed Amrani\t{bsn('56781234', sep='-')}\tCommunicatie\n")], idx=15))

M('rva-uitkering-pdf', 'nl', 'block', ['BE_NATIONAL_NUMBER', 'IBAN_CODE'],
  'INSZ en prive-rekening van een werknemer in PDF naar de werkgever',
  mail('RVA Gent <gent.betalingen@rva.be>', 'loonadministratie@bouwbedrijf-dhondt.be', 'Tijdelijke werkloosheid - C3.2',
       "Geachte,\n\nIn bijlage het overzicht van de betaling voor uw werknemer.\n\nRVA Werkloosheidsbureau Gent",
       attachments=[('overzicht_betaling.pdf', pdf(['Rijksdienst voor Arbeidsvoorziening - betalingsoverzicht',
            'Werknemer: Wim Desmet', f'INSZ: {nn("830227", 189)}', f'Rekening begunstigde: {iban_be("001", "4523671")}',
            'Periode: februari 2026 - 6 dagen tijdelijke werkloosheid']))], idx=16))

M('nfi-dna-profiel', 'nl', 'block', ['ART9_GENETIC', 'ART10_CRIMINAL'],
  'DNA-STR-profiel van een verdachte naar externe deskundige',
  mail('Parket Limburg <parket.hasselt@just.fgov.be>', 'expertise@forensic-consult.nl', 'Tegenexpertise dossier HA.20.L1.2026',
       "Geachte deskundige,\n\nIn het onderzoek naar de verkrachting in Genk werd verdachte Rudi Hermans aangehouden. "
       "Hieronder het STR-profiel van zijn referentiestaal:\n\nD3S1358 15,17 | vWA 16,18 | D16S539 11,12 | CSF1PO 10,12 | "
       "TH01 6,9.3 | D8S1179 13,14 | D21S11 29,30 | D18S51 14,17 | Amelogenine X,Y\n\nSubstituut J. Vos\n", idx=17))

M('camerabeeld-gezichtsherkenning', 'nl', 'block', ['ART9_BIOMETRIC', 'ART10_CRIMINAL'],
  'gezichtsembedding van een verdachte naar softwareleverancier',
  mail('PZ Rivierenland <ict@pzrivierenland.be>', 'support@visionmatch-analytics.com', 'Vergelijking gezichtsprofiel',
       "Hi,\n\nCan you check why the match fails? Subject Jonas Wuyts, verdachte van winkeldiefstallen in Mechelen.\n"
       "Face-embedding (128-d, model v2): [0.0412, -0.1187, 0.0935, 0.2203, -0.0571, 0.1644, ...]\n"
       "Referentiefoto uit ons PV-dossier.\n\nICT PZ Rivierenland\n", idx=18))

M('school-zwangerschap', 'nl', 'block', ['ART9_HEALTH'],
  'zwangerschap en medische klachten van een leerkracht naar interimbureau',
  mail('Directie Atheneum Aalst <directie@atheneumaalst.be>', 'onderwijs@interim-randstad-partner.be', 'Vervanging mevr. Claes',
       "Beste,\n\nMevrouw Julie Claes (wiskunde) is zwanger en heeft zwangerschapsdiabetes; haar gynaecoloog raadt "
       "af nog les te geven vanaf volgende week. Kunnen jullie een vervanger zoeken tot de zomer?\n\nDirectie\n",
       html="<p>Beste,</p><p>Mevrouw <b>Julie Claes</b> (wiskunde) is zwanger en heeft zwangerschapsdiabetes; haar gynaecoloog "
            "raadt af nog les te geven vanaf volgende week. Kunnen jullie een vervanger zoeken tot de zomer?</p><p>Directie</p>", idx=19))

M('asiel-intake-docx', 'nl', 'block', ['ART9_ETHNIC_ORIGIN', 'ART9_RELIGION'],
  'intakeformulier met etnische groep en religie van genoemde persoon',
  mail('LOI Sint-Niklaas <loi@ocmwsintniklaas.be>', 'huisvesting@sociaalverhuurkantoor-waas.be', 'Intake gezin Ahmadi',
       "Beste,\n\nIn bijlage de intake voor de woning in de Kleine Laan.\n\nLOI Sint-Niklaas",
       attachments=[('intake_Ahmadi.docx', docx(['Intakeformulier lokaal opvanginitiatief'], table=[
           ['Naam', 'Farid Ahmadi'], ['Geboortejaar', '1987'], ['Etnische groep', 'Hazara'],
           ['Godsdienst', 'sjiitische islam'], ['Gezinsleden', '4']]))], idx=20))

M('tucht-partijlid-docx', 'nl', 'block', ['ART9_POLITICAL_OPINION'],
  'partijlidmaatschap van een medewerker in tuchtverslag',
  mail('Juridische dienst <juridisch@provincie-antwerpen.be>', 'kantoor@advocatenpraktijk-bosmans.be', 'Verslag hoorzitting',
       "Meester Bosmans,\n\nHet verslag van de hoorzitting staat in bijlage.\n\nJuridische dienst",
       attachments=[('verslag_hoorzitting.docx', docx(['Verslag hoorzitting 24/02/2026',
           'Betrokkene: Geert Van Hoof, administratief medewerker.',
           'Betrokkene verklaart actief lid te zijn van de PVDA en tijdens de diensturen campagnemateriaal te hebben verdeeld.',
           'Hij stelt dat zijn communistische overtuiging niets met zijn werk te maken heeft.']))], idx=21))

M('ontslag-vakbondsafgevaardigde', 'nl', 'block', ['ART9_TRADE_UNION'],
  'vakbondslidmaatschap van een werknemer in doorgestuurde mail',
  mail('Personeelsdienst <po@ocmw-hasselt.be>', 'consultant@hrpartners-limburg.be', 'FW: herplaatsing',
       "Ter info voor jouw advies.\n\n---- Doorgestuurd ----\nVan: diensthoofd logistiek\n\n"
       "Karim Benali is lid van het ABVV en zetelt als afgevaardigde in het BOC. Als we hem overplaatsen "
       "verwacht ik een reactie van de vakbond.\n", idx=22))

M('slachtofferhulp-zip', 'nl', 'block', ['ART9_SEX_LIFE'],
  'zip met verslag over seksueel leven en orientatie van genoemd slachtoffer; dader niet genoemd, daarom geen ART10 (twijfel)',
  mail('Slachtofferonthaal <slachtofferonthaal.gent@just.fgov.be>', 'therapeut@praktijk-herstel.be', 'Doorverwijzing',
       "Beste collega,\n\nIn bijlage het dossier voor de eerste afspraak.\n\nSlachtofferonthaal Gent",
       attachments=[('doorverwijzing.zip', zipf([('verslag.txt',
           "Clientes: Sofie Lambert\nZij had een open relatie met twee partners en werd door een van hen onder druk gezet "
           "tot seksuele handelingen die ze niet wilde. Ze is biseksueel en durft dit thuis niet te vertellen.\n"),
           ('afspraken.txt', 'Eerste gesprek: 10 maart, 14u.\n')]))], idx=23))

M('ocmw-verslaving-bis', 'nl', 'block', ['ART9_HEALTH', 'BE_BIS_NUMBER'],
  'verslavingsbehandeling en BIS-nummer naar huisbaas',
  mail('OCMW Brussel <sociaal@ocmwbxl.brussels>', 'beheer@immo-zuidpaleis.be', 'Huurwaarborg mevr. Nowak',
       f"Geachte,\n\nHet OCMW staat borg voor mevrouw Agnieszka Nowak (BIS {bis('900215', 62, add=20)}). "
       "Ze volgt een residentiele behandeling voor alcoholverslaving tot eind april, de huur wordt intussen "
       "door ons betaald.\n\nMaatschappelijk werker\n", idx=24))
