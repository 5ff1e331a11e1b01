from lib import *

M('omzendbrief-ziekteverlof', 'nl', 'allow', [], 'algemene procedure ziekteverlof, geen persoon',
  mail('FOD BOSA <communicatie@bosa.fgov.be>', 'hr-netwerk@vlaamse-overheid-partners.be', 'Omzendbrief: melding van ziekte',
       "Beste HR-verantwoordelijken,\n\nVanaf 1 april moeten personeelsleden een afwezigheid wegens ziekte voor 10u melden. "
       "Het medisch attest vermeldt enkel de duur, nooit de diagnose; de controlearts mag die vragen, de werkgever niet.\n\n"
       "De volledige omzendbrief vindt u op bosa.belgium.be.\n\nFOD BOSA - communicatie\n", idx=25))

M('stakingsdeelname-statistiek', 'nl', 'allow', [], 'geaggregeerde cijfers vakbondsacties per dienst',
  mail('Stad Gent - HR data <hrdata@stad.gent>', 'onderzoek@hiva-kuleuven.be', 'Cijfers stakingsdag 13/02',
       "Dag onderzoeker,\n\nZoals gevraagd de geaggregeerde deelname aan de stakingsdag, zonder namen.\n\nHR data",
       attachments=[('staking_1302.xlsx', xlsx([['Dienst', 'Personeel', 'Staakten', '%'],
            ['Burgerzaken', '84', '31', '37%'], ['Groendienst', '120', '66', '55%'], ['Onderwijs', '410', '188', '46%']]))], idx=26))

M('leeg-formulier-rrn', 'nl', 'allow', [], 'blanco aanvraagformulier met plaatshouders',
  mail('Sociaal Huis Wetteren <sociaalhuis@wetteren.be>', 'info@thuiszorg-dender.be', 'Nieuw aanvraagformulier thuishulp',
       "Hallo,\n\nHierbij het nieuwe (lege) formulier dat jullie cliënten kunnen invullen.\n\nSociaal Huis",
       attachments=[('aanvraag_thuishulp.docx', docx(['Aanvraag thuishulp'], table=[
           ['Naam en voornaam', '....................'], ['Rijksregisternummer', '__.__.__-___.__'],
           ['Rekeningnummer', 'BE__ ____ ____ ____'], ['Reden van de aanvraag', '....................']]))], idx=27))

M('factuur-bv-iban', 'nl', 'allow', [], 'factuur met IBAN van een bedrijf',
  mail('Facturatie Groenwerken Devos BV <facturen@groenwerken-devos.be>', 'boekhouding@gemeente-kruisem.be', 'Factuur 2026-0142',
       "Geachte,\n\nIn bijlage factuur 2026-0142 voor het snoeiwerk langs de Kasteelstraat.\n\nGroenwerken Devos BV",
       attachments=[('factuur_2026-0142.pdf', pdf(['Groenwerken Devos BV - Nijverheidslaan 8, 9770 Kruisem',
            'Ondernemingsnummer BE 0712.345.688', 'Factuur 2026-0142 - datum 27/02/2026', 'Snoeiwerken Kasteelstraat: 3.480,00 EUR excl. btw',
            f'Te betalen op {iban_be("737", "0412389", private=False)} (KBC) binnen 30 dagen']))], idx=28))

M('gemeenteraad-mandaten', 'nl', 'allow', [], 'partij van verkozen raadsleden is openbaar mandaat',
  mail('Griffie gemeenteraad <griffie@gemeente-zaltbommel.nl>', 'redactie@bommelerwaardnieuws.nl', 'Samenstelling commissie Ruimte',
       "Beste redactie,\n\nDe commissie Ruimte bestaat vanaf maart uit: A. van Leeuwen (VVD, voorzitter), "
       "K. Bos (GroenLinks-PvdA), H. Smit (CDA) en M. Yildiz (D66). Vergaderingen zijn openbaar.\n\nGriffie\n", idx=29))

M('dossiernummer-lijkt-rrn', 'nl', 'allow', [], 'dossierreferentie met RRN-vorm die de controle niet haalt',
  mail('Kinderbijslag Fons <dossierbeheer@fons.be>', 'administratie@kinderopvang-vlindertje.be', 'Vraag over attest opvang',
       f"Beste,\n\nUw vraag is geregistreerd onder referentie {nn('910405', 318, bad=True)}. Gelieve die te vermelden "
       "in verdere correspondentie. Wij antwoorden binnen tien werkdagen.\n\nFons - dossierbeheer\n", idx=30))

M('kenmerk-lijkt-bsn', 'nl', 'allow', [], 'kenmerk van negen cijfers dat de elfproef niet haalt',
  mail('Belastingdienst Toeslagen <noreply.partners@belastingdienst.nl>', 'info@kinderopvang-depaddestoel.nl', 'Ontvangstbevestiging',
       f"Geachte heer, mevrouw,\n\nWij hebben uw opgave over 2025 ontvangen. Kenmerk: {bsn('61234578', bad=True)}.\n\n"
       "Met vriendelijke groet,\nBelastingdienst/Toeslagen\n", idx=31))

M('contactgegevens-projectteam', 'nl', 'allow', [], 'professionele contactgegevens projectteam',
  mail('Projectbureau Ringweg <ringweg@provincie-limburg.be>', 'info@aannemer-jacobs.be', 'Contactpersonen werf Ringweg',
       "Goedemorgen,\n\nVoor de werf zijn dit jullie aanspreekpunten:\n- Inge Thijs, projectleider, 011 23 45 67, inge.thijs@provincie-limburg.be\n"
       "- Peter Claessens, werftoezichter, 0478 12 34 56, peter.claessens@provincie-limburg.be\n"
       "- Provinciehuis, Universiteitslaan 1, 3500 Hasselt\nLinkedIn: linkedin.com/in/ingethijs\n\nProjectbureau\n", idx=32))

M('vog-aanvraag', 'nl', 'allow', [], 'aanvraag verklaring omtrent gedrag zonder inhoud',
  mail('HR Gemeente Zwolle <hr@zwolle.nl>', 'a.mulder@gmail.example.com', 'Aanvraag VOG voor uw indiensttreding',
       "Beste mevrouw Mulder,\n\nVoor uw functie als jeugdwerker vragen wij een Verklaring Omtrent het Gedrag. "
       "U ontvangt van Justis een link om de aanvraag af te ronden. Stuur ons de verklaring zodra u die heeft.\n\n"
       "Met vriendelijke groet,\nHR gemeente Zwolle\n", idx=33))

M('ziekmelding-zonder-reden', 'nl', 'allow', [], 'afwezigheid zonder reden',
  mail('Secretariaat KA Tienen <secretariaat@katienen.be>', 'praktijk@bso-kangoeroe.be', 'Afwezigheid begeleider woensdag',
       "Beste,\n\nOnze begeleider Ward kan woensdag niet komen helpen bij de naschoolse opvang, hij is ziek. "
       "We sturen donderdag iemand anders.\n\nGroeten,\nSecretariaat\n", idx=34))

M('opleiding-bijzondere-gegevens', 'nl', 'allow', [], 'opleidingskalender over bijzondere categorieen',
  mail('Vlaams Overheidsopleidingen <opleidingen@vlaanderen-academie.be>', 'dpo@ocmw-partners.be', 'Kalender AVG-opleidingen voorjaar',
       "Beste DPO,\n\nOnze voorjaarsreeks:\n- 12/03 Gezondheidsgegevens en het medisch beroepsgeheim\n"
       "- 26/03 Strafrechtelijke gegevens: wat mag een lokaal bestuur bewaren?\n- 09/04 Biometrie bij toegangscontrole\n\n"
       "Inschrijven via de website.\n",
       html="<h3>Voorjaarsreeks AVG</h3><ul><li>12/03 Gezondheidsgegevens en het medisch beroepsgeheim</li>"
            "<li>26/03 Strafrechtelijke gegevens: wat mag een lokaal bestuur bewaren?</li><li>09/04 Biometrie bij toegangscontrole</li></ul>", idx=35))

M('vacature-maatschappelijk-werker', 'nl', 'allow', [], 'vacature',
  mail('Jobs OCMW Genk <jobs@genk.be>', 'vacatures@vdab.be', 'Vacature: maatschappelijk werker verslavingszorg',
       "Beste,\n\nGraag publicatie van onderstaande vacature.\n\nMaatschappelijk werker (m/v/x) voor onze dienst verslavingszorg. "
       "Je begeleidt cliënten met een alcohol- of drugsproblematiek. Diploma bachelor sociaal werk. Solliciteren tot 31/03.\n", 
       attachments=[('vacature_mw.odt', odt(['Vacature maatschappelijk werker verslavingszorg', 'Contract: onbepaalde duur, 38u',
            'Contact: jobs@genk.be, 089 65 44 00']))], idx=36))

M('verslag-wegenwerken', 'nl', 'allow', [], 'gewoon verslag zonder persoonsgegevens',
  mail('Technische dienst <td@gemeente-lochristi.be>', 'planning@fluvius-aannemers.be', 'Verslag werfvergadering 5',
       "Hallo,\n\nKort verslag: asfaltering Dorp-Oost uitgesteld naar week 14, riolering ligt op schema, "
       "omleiding via de Hoekstraat blijft. Volgende vergadering 18/03 om 9u.\n\nTD Lochristi\n", idx=37))

M('aanbesteding-dna-labo', 'nl', 'allow', [], 'aanbesteding voor DNA-analyses, geen persoon',
  mail('Aankoopcentrale Justitie <aankoop@just.fgov.be>', 'tenders@forensic-labs.eu', 'Opdracht 2026/JUST/014 - DNA-analyses',
       "Geachte,\n\nDe FOD Justitie publiceert een opdracht voor STR-analyses van sporen en referentiestalen (ca. 9.000 per jaar). "
       "Het bestek staat op e-Procurement. Vragen tot 20/03.\n\nAankoopcentrale\n",
       attachments=[('bestek_samenvatting.pdf', pdf(['Opdracht 2026/JUST/014', 'Voorwerp: DNA-analyses (STR, Y-STR)',
            'Volume: ca. 9.000 stalen per jaar', 'Gunningscriteria: prijs 40%, doorlooptijd 30%, kwaliteit 30%']))], idx=38))

M('beleid-toegangscontrole', 'nl', 'allow', [], 'beleidstekst over biometrie algemeen',
  mail('Informatieveiligheid <isms@gemeente-waregem.be>', 'sales@secure-doors.be', 'Re: offerte toegangscontrole',
       "Beste,\n\nBedankt voor de offerte. Ons beleid laat geen vingerafdruk- of gezichtsherkenning toe voor gewone "
       "kantoortoegang; we kiezen voor badges. Graag een aangepaste offerte zonder biometrische module.\n\nISMS\n", idx=39))

M('betaling-eigen-rekening', 'nl', 'allow', [], 'betalingsbevestiging naar rekening van de gemeente zelf',
  mail('Financiën gemeente Nijlen <financien@nijlen.be>', 'verhuur@feestzaal-kempen.be', 'Bevestiging betaling zaalhuur',
       f"Beste,\n\nWij ontvingen de huur voor de gemeentelijke zaal op onze rekening {iban_be('091', '0115523', private=False)} "
       "(gemeente Nijlen). De sleutel ligt klaar aan het onthaal.\n\nFinanciële dienst\n", idx=40))

M('bevolkingscijfers-zip', 'nl', 'allow', [], 'geaggregeerde cijfers nationaliteit en herkomst',
  mail('Studiedienst <studiedienst@stad.antwerpen.be>', 'data@statbel-partner.be', 'Bevolkingscijfers per wijk',
       "Beste,\n\nIn bijlage de tabellen (enkel totalen per wijk).\n\nStudiedienst",
       attachments=[('wijken_2026.zip', zipf([('herkomst_per_wijk.csv', "wijk;totaal;belgische herkomst;buitenlandse herkomst\n"
            "Borgerhout;45210;14020;31190\nBerchem;43850;25870;17980\n"), ('leesmij.txt', 'Bron: rijksregister, toestand 1/1/2026.\n')]))], idx=41))

M('bibliotheek-uren', 'nl', 'allow', [], 'doorgestuurde info openingsuren',
  mail('Bib Heist <bibliotheek@heist.be>', 'info@toerisme-kust.be', 'FW: openingsuren paasvakantie',
       "Ter info voor jullie website.\n\n---- Doorgestuurd bericht ----\nTijdens de paasvakantie is de bib open van dinsdag tot zaterdag, 10-17u. "
       "Maandag gesloten.\n", idx=42))

M('it-migratie-thread', 'nl', 'allow', [], 'technische thread zonder persoonsgegevens',
  mail('ICT gemeente Oss <ict@oss.nl>', 'consultant@cloudmigratie-partners.nl', 'RE: RE: migratie mailboxen',
       "Hoi Sander,\n\nDe tweede golf kan op 14 maart. Gedeelde mailboxen eerst.\n\nICT\n\n> Van: Sander\n> Kunnen we de planning bevestigen?\n>\n"
       ">> Van: ICT\n>> We migreren 420 mailboxen in twee golven.\n", idx=43))

M('diversiteitsweek-html', 'nl', 'allow', [], 'algemene nieuwsbrief over diversiteit en religie',
  mail('Diversiteitscel <diversiteit@brussel.be>', 'partners@vzw-samenleven.be', 'Nieuwsbrief diversiteitsweek',
       "Van 16 tot 22 maart organiseren we de diversiteitsweek met een open dag in moskee, synagoge en kerk, "
       "een debat over discriminatie op de woningmarkt en een workshop over holebi's op de werkvloer.\n",
       html="<html><body><h2>Diversiteitsweek</h2><p>Van 16 tot 22 maart organiseren we de diversiteitsweek met een open dag in "
            "moskee, synagoge en kerk, een debat over discriminatie op de woningmarkt en een workshop over holebi's op de werkvloer.</p></body></html>",
       idx=44))

M('budget-ods', 'nl', 'allow', [], 'budgettabel',
  mail('Financiën OCMW Aalter <financien@ocmwaalter.be>', 'audit@bdo-overheid.be', 'Budgetwijziging 1',
       "Beste,\n\nIn bijlage de budgetwijziging zoals goedgekeurd.\n\nFinanciën",
       attachments=[('budgetwijziging.ods', ods([['Post', 'Initieel', 'Wijziging'], ['Thuiszorg', '420000', '+15000'],
            ['Leefloon', '1250000', '+80000'], ['Huisvesting', '310000', '-5000']]))], idx=45))

M('procedure-grensoverschrijdend', 'nl', 'allow', [], 'procedure over meldingen seksuele intimidatie, geen persoon',
  mail('Preventiedienst <preventie@vub-partner-overheid.be>', 'externe.dienst@idewe-extern.be', 'Procedure psychosociale risico\'s',
       "Beste,\n\nHierbij de bijgewerkte procedure voor meldingen van ongewenst seksueel gedrag op het werk.\n\nPreventiedienst",
       attachments=[('procedure.docx', docx(['Procedure meldingen ongewenst seksueel gedrag',
            '1. Een melding kan bij de vertrouwenspersoon of de preventieadviseur.', '2. Het verzoek tot formele interventie is schriftelijk.',
            '3. De preventieadviseur informeert de werkgever zonder identiteit tot een formeel verzoek.']))], idx=46))

M('uitnodiging-bijlage-eml', 'nl', 'allow', [], 'doorgestuurde uitnodiging als bijlage',
  mail('Kabinet burgemeester <kabinet@gemeente-brecht.be>', 'secretariaat@politiezone-noorderkempen-partner.be', 'FW: overleg evenementen',
       "Zie bijgevoegde uitnodiging.\n",
       attachments=[('uitnodiging.eml', mail('Evenementen <events@gemeente-brecht.be>', 'kabinet@gemeente-brecht.be',
            'Overleg veiligheid zomerevenementen', "Overleg op 4 april, 10u, raadzaal. Agenda: parkeren, EHBO-posten, geluidsnormen.\n", idx=90))], idx=47))

M('bestelnummer-lijkt-kaart', 'nl', 'allow', [], 'bestelnummer van 16 cijfers dat de Luhn-controle niet haalt',
  mail('Aankoop Stad Hasselt <aankoop@hasselt.be>', 'orders@kantoorpartner.be', 'Levering bestelling',
       f"Goedemiddag,\n\nBestelling {card('500012345678901', sep='-', bad=True)} is nog niet geleverd. Kunnen jullie de status bevestigen?\n\n"
       "Aankoopdienst\n", idx=48))
