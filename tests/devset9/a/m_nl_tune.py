from lib import *
from spec import M

SIG_VAPH = """--
Katrien Van Damme
Dossierbeheerder | Team Zorgbudgetten
Koning Albert II-laan 37, 1030 Brussel
T +32 2 553 41 07 | katrien.vandamme@vaph.be"""

M(801, "nl", "block", "dossier-zorgbudget-medicatie",
  "Katrien Van Damme <katrien.vandamme@vaph.be>", "dr.peeters@huisartsenpraktijk-demolen.be",
  "RE: aanvullende info dossier Verbeke",
  f"""Dag dokter Peeters,

Dank voor uw snelle reactie. Om het dossier van mevrouw Lies Verbeke (RRN {nn('870412', 264, 'dots')})
te kunnen afronden hebben we nog het volgende nodig:

- bevestiging dat de behandeling met methylfenidaat (Rilatine MR 40 mg) sinds 2024 doorloopt;
- het verslag van de kinesitherapeut (2x/week sinds de heupoperatie);
- uw inschatting van de beperking: zij verplaatst zich volgens het verslag van UZ Gent
  enkel nog met krukken.

Mag ik u vragen dit via het eHealth-platform te versturen? Mailen is eigenlijk niet de bedoeling,
maar ik wou u niet laten wachten.

Met vriendelijke groeten,
{SIG_VAPH}

> Op 3 feb. 2026 schreef dr. Peeters:
> Beste, ik kan het attest opmaken, maar welke gegevens hebt u precies nodig?
""", "H NN", "medication, physiotherapy and mobility limitation of a named citizen plus her NN in dotted form", inreply=True)

M(802, "nl", "block", "badgesysteem-vingerafdruk-export",
  "Bart Claes <bart.claes@facilitair.antwerpen.be>", "support@securaccess-solutions.eu",
  "export templates toegangscontrole gebouw Grote Markt",
  """Hallo,

Zoals telefonisch besproken: in bijlage de export uit de oude lezers (Suprema BioEntry) zodat jullie de
medewerkers kunnen overzetten naar het nieuwe systeem zonder dat iedereen opnieuw moet komen scannen.
Per medewerker staan de twee ingelezen vingers (minutiae-template, ISO 19794-2) met het personeelsnummer.

Laat maar weten als de import lukt.

Bart Claes
Facility manager - Stad Antwerpen
03 338 44 12""", "B",
  "fingerprint minutiae templates of named staff sent to a vendor",
  att=[csv_att("export_bioentry_2026-02.csv", [
      ["personeelsnr", "naam", "vinger", "template_iso19794_2_b64"],
      ["A10233", "Sofie Wouters", "R-wijsvinger", "Rk1SACAyMAAAAAFiAAABQAHgAMUAxQEAAAA8QHUAoQ5kQI8A2SRkQLYAxVRk"],
      ["A10233", "Sofie Wouters", "L-wijsvinger", "Rk1SACAyMAAAAAFUAAABQAHgAMUAxQEAAAA6gH0AjwpkQFEAtS9kgLIA5Fdk"],
      ["A10987", "Youssef Amrani", "R-wijsvinger", "Rk1SACAyMAAAAAE+AAABQAHgAMUAxQEAAAA3QIgAsRZkgGQA0itkQKkAmlJk"],
      ["A11020", "Jan Mertens", "R-duim", "Rk1SACAyMAAAAAFsAAABQAHgAMUAxQEAAAA9QJIAvQBkQHUA2BtkgMMAsVtk"],
  ])])

M(803, "nl", "block", "erfelijkheid-brca",
  "Centrum Medische Genetica - secretariaat <secretariaat.cmg@uzbrussel.be>", "an.declercq@telenet.be",
  "Uw uitslag",
  """Beste mevrouw De Clercq,

Zoals afgesproken met prof. Vanhove ontvangt u hierbij het verslag van het onderzoek. Prof. Vanhove zal
de bevindingen tijdens de consultatie van 17 maart met u overlopen, ook wat dit betekent voor uw zus en
uw dochter.

Vriendelijke groeten,
Secretariaat Centrum Medische Genetica
02 477 60 71""", "G H",
  "genetic test report (BRCA1 pathogenic variant) for a named patient in PDF",
  att=[pdf_att("verslag_moleculair_onderzoek_DeClercq.pdf", [
      "Centrum Medische Genetica - Moleculair verslag",
      "Patient: An De Clercq   Geboortedatum: 14/09/1979",
      "Aanvraag: familiaal borst-/ovariumcarcinoom",
      "Resultaat: heterozygote pathogene variant BRCA1 c.5266dupC (p.Gln1756Profs*74)",
      "Besluit: draagster. Predictief onderzoek bij eerstegraadsverwanten aangewezen.",
      "Getekend: prof. dr. M. Vanhove"], "Moleculair verslag")])

M(804, "nl", "block", "fwd-kandidatuur-medewerker",
  "Hilde Jacobs <hilde.jacobs@bosa.fgov.be>", "consultancy@hr-partners-mechelen.be",
  "TR: onverenigbaarheid? (vertrouwelijk)",
  """Dag Wim,

Kan je hier eens naar kijken vóór ons overleg van donderdag? Vraag is of dit een probleem is voor haar
functie bij de selectiecommissie.

Hilde

---------- Doorgestuurd bericht ----------
Van: Eva Lambrechts
Aan: Hilde Jacobs
Onderwerp: even laten weten

Hilde, ik wil het je liever zelf vertellen voor je het ergens leest: ik sta op plaats 14 van de
Vlaams Belang-lijst in Lier voor oktober. Ik ben al twee jaar lid en help mee in het lokale bestuur.
Binnen de dienst weet niemand het en dat zou ik graag zo houden.

Eva""", "P",
  "political membership and candidacy of a non-public staff member, forwarded to an external consultant")

M(805, "nl", "block", "inburgering-deelnemerslijst",
  "Trajectbegeleiding Gent <trajectbegeleiding@agii.be>", "info@taalschool-delinde.be",
  "deelnemers module maatschappelijke oriëntatie maart",
  """Hallo Marijke,

Hierbij de lijst voor de groep van 9 maart. Ik heb de kolom 'achtergrond' laten staan zodat jullie de
tolken kunnen plannen (Tigrinya/Arabisch). Gelieve de lijst na de planning te verwijderen.

Groetjes
Nadia
Agentschap Integratie en Inburgering""", "E",
  "participant list with ethnic background per named person (CSV)",
  att=[csv_att("deelnemers_MO_0903.csv", [
      ["naam", "voornaam", "achtergrond", "tolk"],
      ["Tesfay", "Merhawi", "Eritrees (Tigrinya)", "ja"],
      ["Haddad", "Rania", "Syrisch-Koerdisch", "ja"],
      ["Ahmadi", "Farid", "Hazara (Afghanistan)", "nee"],
      ["Mbala", "Grace", "Congolees", "nee"],
  ])])

M(806, "nl", "block", "catering-dieetwensen",
  "Evenementen Provincie Limburg <evenementen@limburg.be>", "orders@traiteur-vanroy.be",
  "Dieetwensen receptie 12/3",
  "Zie HTML-versie voor de tabel.\n\nMvg,\nEls\n",
  "R", "religion of named guests given as reason for dietary wishes (HTML table)",
  html="""<html><body><p>Beste,</p><p>Hieronder de bijzondere wensen voor de receptie:</p>
<table border="1"><tr><th>Gast</th><th>Wens</th><th>Opmerking</th></tr>
<tr><td>dhr. Emre Yilmaz</td><td>halal</td><td>praktiserend moslim, tijdens ramadan - pas na zonsondergang</td></tr>
<tr><td>mevr. Ruth Cohen</td><td>koosjer</td><td>orthodox-joods, aparte verpakking aub</td></tr>
<tr><td>dhr. Tom Geerts</td><td>vegetarisch</td><td>-</td></tr></table>
<p>Els Hermans<br>Dienst Evenementen<br>011 23 71 04</p></body></html>""")

M(807, "nl", "block", "klacht-pesterijen-advocaat",
  "Preventieadviseur PSA <psa@stad.leuven.be>", "mr.devos@advocatenkantoor-devos.be",
  "klachtdossier PSA-2026-014 - verhoor getuigen",
  """Geachte meester De Vos,

In het kader van het formeel verzoek tot psychosociale interventie van uw cliënt bezorg ik u de
samenvatting van de getuigenverhoren.

Drie collega's bevestigen dat de teamverantwoordelijke herhaaldelijk opmerkingen maakte over het feit dat
dhr. Pieter Goossens homo is ("met jouw vriend zal je wel geen kinderen hebben") en dat hij dit zonder
zijn toestemming aan het hele team heeft verteld nadat hij hem met zijn partner in Brussel had gezien.

Ik stel voor de volledige verslagen via de beveiligde uitwisseling te bezorgen.

Hoogachtend,
Ann Smets
Preventieadviseur psychosociale aspecten
016 27 20 00""", "S",
  "sexual orientation of a named employee in a harassment complaint")

K808 = nn('930721', 187, 'dots')
M(808, "nl", "block", "uittreksel-strafregister-inhoud",
  "Dienst Bevolking Mechelen <bevolking@mechelen.be>", "jobs@kinderopvang-deregenboog.be",
  f"Uw kenmerk: {K808} - uittreksel model 2",
  f"""Geachte,

Uw kenmerk: {K808}
Ons kenmerk: BEV/2026/0331

Op vraag van de betrokkene, dhr. Kevin Maes, die het zelf niet kon afhalen, delen wij u de inhoud
van het uittreksel uit het strafregister (model 2, art. 596, tweede lid Sv.) mee:

  - 14/06/2019, Correctionele rechtbank Antwerpen: 8 maanden met uitstel, slagen en verwondingen
  - 02/02/2021, Politierechtbank Mechelen: rijverbod 3 maanden, rijden onder invloed

Het origineel wordt hem per post bezorgd.

Met vriendelijke groet,
Loket Bevolking""", "C NN",
  "content of a criminal record extract; NN written as the recipient's file reference in the subject and body")

M(809, "nl", "block", "zwangerschap-inlener",
  "P&O Gemeente Utrecht <po-flexpool@utrecht.nl>", "planning@flexwerk-uitzendgroep.nl",
  "Inzet mw. Bakker vanaf april",
  f"""Beste Ruud,

Even een update over de inhuur van Sanne Bakker (BSN {bsn('19283746')}):
zij is 24 weken zwanger en heeft van haar verloskundige een advies gekregen om geen nachtdiensten meer te
draaien vanwege zwangerschapsdiabetes. Uitgerekende datum is 28 juni, dus het verlof gaat in rond half mei.

Kunnen jullie voor de nachtdiensten vanaf 1 april iemand anders inplannen?

Met vriendelijke groet,
Marloes Jansen
Adviseur P&O | Gemeente Utrecht
030 286 00 00""", "H BSN",
  "pregnancy and gestational diabetes of a named temp worker plus her BSN, to an agency")

M(810, "nl", "block", "gezichtsherkenning-testset",
  "Innovatiecel DVZ <innovatie@ibz.fgov.be>", "research@facevision-labs.com",
  "Testset e-gate pilot (kenmerk 2026/EG/07)",
  """Dear Dr. Lindqvist, beste collega's,

In bijlage de testset voor de pilot aan de e-gates. Per persoon het rijksregisternummer (om te koppelen met
de verblijfsdossiers) en de gezichtstemplate zoals door de huidige matcher berekend (512-dim embedding,
genormaliseerd). De foto's zelf volgen niet.

Graag de resultaten vóór 20/3.

Stijn Van Hoof
Dienst Vreemdelingenzaken - Innovatie""", "B NN",
  "face templates of identified persons with their national numbers (XLSX)",
  att=[xlsx_att("testset_egate_0207.xlsx", {"templates": [
      ["rrn", "naam", "embedding_v3 (eerste 8 dim.)", "matcher"],
      [nn('880115', 33, 'plain'), "Dimitri Peeters", "0.0412;-0.1187;0.0933;0.2011;-0.0542;0.0071;0.1356;-0.0888", "FV-3.2"],
      [nn('020503', 418, 'dash', y2k=True), "Amira El Idrissi", "-0.0734;0.0591;0.1842;-0.0129;0.0457;-0.2213;0.0318;0.0765", "FV-3.2"],
      [nn('760930', 91, 'spaces'), "Luc Vermeulen", "0.1103;0.0214;-0.0691;0.1577;0.0832;-0.0345;-0.1184;0.0426", "FV-3.2"],
  ]})])

M(811, "nl", "block", "dna-match-parket",
  "NICC - Nationale DNA-databank <dna-databank@just.fgov.be>", "labo@forensicdna-genk.be",
  "Match CRIM-2026-0113 - bevestigingsanalyse",
  """Geachte,

Bij de vergelijking van het spoor uit dossier AN.37.L1.004512/25 (inbraak, Hasselt) met de databank
Veroordeelden is een match gevonden. Gegevens en profiel in bijlage (zip). Gelieve de
bevestigingsanalyse uit te voeren op het referentiestaal.

NICC - DNA-databanken""", "G C",
  "DNA STR profile of a named convicted person matched to a burglary case (ZIP with CSV)",
  att=[zip_att("match_CRIM-2026-0113.zip", [
      txt_att("README.txt", "Match tussen spoor S3 (dossier AN.37.L1.004512/25) en referentie V-88213."),
      csv_att("profiel_V-88213.csv", [
          ["databank", "referentie", "naam", "veroordeling", "D3S1358", "vWA", "FGA", "TH01", "D8S1179", "D21S11"],
          ["Veroordeelden", "V-88213", "Mehdi Boukhari", "diefstal met braak 2022", "15/17", "16/18", "21/24", "6/9.3", "13/14", "29/30"],
      ], delim=";"),
  ])])

M(812, "nl", "block", "ledenlijst-vakbond-politiek",
  "Secretariaat Directiecomité <dc.secretariaat@vdab.be>", "bureau@sociaal-juridisch-advies.be",
  "Samenstelling onderhandelingscomité - achtergrondnota",
  """Dag Marc,

In bijlage de achtergrondnota die je vroeg voor het advies over het syndicaal overleg. Vertrouwelijk:
niet verder verspreiden.

Groet,
Johan""", "T P",
  "named staff with trade-union membership and political party support (DOCX table)",
  att=[docx_att("achtergrondnota_overleg.docx", [
      "Achtergrondnota samenstelling onderhandelingscomité (intern)",
      "Onderstaande medewerkers zetelen namens de vakbonden. Opmerking over politieke voorkeur ter info."],
      [[["Naam", "Vakbond", "Opmerking"],
        ["Greet Aerts", "ACV Puls (lid sinds 2011)", "actief bij Groen Leuven, flyert bij verkiezingen"],
        ["Dirk Van Loock", "ABVV-BBTK", "-"],
        ["Rachid Benali", "ACLVB", "stemt volgens eigen zeggen PVDA"]]])])

M(813, "nl", "block", "ocmw-leefloon-verslaving",
  "Sociale dienst OCMW Genk <sociale.dienst@genk.be>", "budgetbeheer@cawlimburg.be",
  "Doorverwijzing budgetbegeleiding",
  f"""Beste collega,

Ik verwijs dhr. Ronny Janssens door voor budgetbegeleiding. Korte context: hij volgt sinds januari een
ambulant traject bij het CGG voor alcoholverslaving (na opname in PZ Asster, nov-dec). Het leefloon wordt
voorlopig nog gestort op zijn eigen rekening {iban('BE', '7350123456')}, maar we willen dat
overzetten naar een budgetrekening zodra jullie traject start.

Zijn methadonbehandeling voor de vroegere opiaatverslaving loopt ondertussen stabiel.

Vriendelijke groet,
Leen Hendrickx
Maatschappelijk werker
089 65 40 00""", "H IBAN",
  "addiction treatment and hospital stay of a named client plus his private IBAN")

M(814, "nl", "block", "opvang-bewonerslijst",
  "Opvangcentrum Kapellen <kapellen@fedasil.be>", "coordinatie@rodekruis-partners.be",
  "bewonerslijst nieuwe vleugel",
  """Hoi Inge,

De bewonerslijst voor de verdeling over de kamers. We houden rekening met groep en geloof om spanningen te
vermijden (zie kolommen). Graag vertrouwelijk behandelen.

Kristof""", "E R",
  "resident list with ethnic group and religion per named person (XLSX)",
  att=[xlsx_att("bewoners_vleugelB.xlsx", {"Vleugel B": [
      ["Kamer", "Naam", "Land", "Groep", "Geloof"],
      ["B01", "Dilan Xelil", "Irak", "Koerdisch", "Jezidi"],
      ["B01", "Nasrin Xelil", "Irak", "Koerdisch", "Jezidi"],
      ["B02", "Abdi Warsame", "Somalië", "Somali (Darod)", "soennitisch"],
      ["B03", "Samuel Tekle", "Eritrea", "Tigrinya", "orthodox christen"],
  ]})])

M(815, "nl", "block", "fwd-hiv-reisverzekering",
  "Dienst Personeel <personeel@kortrijk.be>", "claims@reisbijstand-europe.com",
  "Fwd: repatriëring collega - medische achtergrond",
  """Geachte,

Zoals gevraagd door uw medisch adviseur stuur ik de mail van de collega door. Hij heeft zelf toestemming
gegeven.

Sarah Desmet
Dienst Personeel Stad Kortrijk
056 27 80 00""", "H S",
  "attached mail discloses HIV treatment and same-sex partner of a named employee",
  att=[eml_att("Re_reis_Thailand.eml", "Tom Declercq <tom.declercq@kortrijk.be>", "Sarah Desmet <personeel@kortrijk.be>",
               "Re: reis Thailand", "Mon, 26 Jan 2026 18:02:11 +0100",
               """Dag Sarah,

Voor de verzekering: ik neem sinds 2019 dagelijks Biktarvy (hiv, onder controle, ondetecteerbaar). Mijn
man Jeroen reisde mee en heeft de medicatie nog. Het ziekenhuis in Bangkok wou het dossier van het
AIDS-referentiecentrum in Gent zien.

Tom""", msgid="tom.1@kortrijk.be")])

# ------------------------------------------------------------------ allow (hard negatives)

M(816, "nl", "allow", "omzendbrief-medische-attesten",
  "Stafdienst P&O <pando@vlaanderen.be>", "hr-contacten@entiteiten-vlaanderen.be",
  "Omzendbrief 2026/03 - nieuwe regels medische attesten",
  """Beste HR-contactpersonen,

In bijlage de omzendbrief over de nieuwe regels voor medische attesten bij kort ziekteverzuim.
Belangrijkste punten:

1. Geen attest meer nodig voor de eerste dag (max. 3 keer per jaar).
2. Het attest vermeldt nooit de diagnose; de leidinggevende vraagt er ook niet naar.
3. Controleartsen rapporteren enkel 'arbeidsongeschikt ja/nee'.

Vragen? Mail naar pando@vlaanderen.be of bel 02 553 00 00.

Stafdienst P&O""", "",
  "circular on medical certificates, no individual", att=[pdf_att("omzendbrief_2026_03.pdf", [
      "Omzendbrief PO/2026/03 - medische attesten",
      "De werknemer bezorgt het attest binnen 2 werkdagen aan Medex.",
      "Het attest bevat geen diagnose. De werkgever verwerkt geen gezondheidsgegevens.",
      "Inwerkingtreding: 1 april 2026."], "Omzendbrief")])

M(817, "nl", "allow", "statistiek-herkomst-leefloon",
  "Studiedienst POD MI <studiedienst@mi-is.be>", "onderzoek@kuleuven-hiva.be",
  "Tabellen herkomst leefloongerechtigden 2025",
  """Beste Professor,

Hierbij de geaggregeerde tabellen per herkomstgroep en gewest (Statbel-indeling). Cellen onder 5 zijn
gemaskeerd. Er zitten geen individuele gegevens in.

Met vriendelijke groeten,
Studiedienst POD Maatschappelijke Integratie""", "",
  "aggregate statistics by origin, small cells masked, no individuals",
  att=[xlsx_att("herkomst_leefloon_2025.xlsx", {"per gewest": [
      ["herkomstgroep", "Vlaanderen", "Brussel", "Wallonië"],
      ["Belg, Belgische herkomst", 31250, 6120, 29870],
      ["EU-herkomst", 5410, 7320, 4980],
      ["Maghreb", 6230, 9110, 3870],
      ["Sub-Sahara", 4120, 5480, 2310],
      ["overige", "<5", 17, 9]]})])

M(818, "nl", "allow", "opleiding-biometrie",
  "Opleidingen OFO <inschrijvingen@ofo.fgov.be>", "opleidingsverantwoordelijken@fed-netwerk.be",
  "Nieuwe opleiding: biometrische gegevens en de AVG (april-mei)",
  "Zie HTML-versie.",
  "", "training invitation on biometric data, generic",
  html="""<html><body><h2>Biometrische gegevens en de AVG</h2>
<p>Vingerafdrukken, gezichtsherkenning, irisscans, stemherkenning: wanneer mag een overheid ze gebruiken?</p>
<table border="1"><tr><th>Datum</th><th>Plaats</th><th>Lesgever</th></tr>
<tr><td>22/04/2026</td><td>Brussel, WTC III</td><td>Prof. L. Jacobs (UGent)</td></tr>
<tr><td>13/05/2026</td><td>online</td><td>mr. S. Wauters</td></tr></table>
<p>Inschrijven via het leerplatform. Contact: 02 740 75 01</p></body></html>""")

M(819, "nl", "allow", "bestek-vingerafdruklezers",
  "Aankoopdienst Defensie <aankoop@mil.be>", "tenders@biometrix-benelux.com",
  "Vraag tot verduidelijking bestek 2026/DEF/0457 - vingerafdruklezers",
  """Geachte inschrijver,

Antwoord op uw vragen over het bestek voor 350 vingerafdruklezers voor toegangscontrole:

V1: Moeten templates centraal opgeslagen worden?  A: Nee, enkel op de badge (match-on-card).
V2: Welke norm?  A: ISO/IEC 19794-2 en FIPS 201.
V3: Is een DPIA beschikbaar?  A: Ja, ze wordt bij de gunning ter inzage gegeven.

De uiterste datum voor indiening blijft 31/03/2026, 10u00.

Aankoopdienst Defensie""", "", "tender clarification on fingerprint readers, no individual",
  att=[docx_att("bestek_2026_DEF_0457_bijlage.docx", ["Technische specificaties", "Lot 1: lezers, Lot 2: badges"],
               [[["Lot", "Omschrijving", "Aantal"], ["1", "Vingerafdruklezer IP65", "350"], ["2", "Smartcard met match-on-card", "4000"]]])])

M(820, "nl", "allow", "hoe-uittreksel-aanvragen",
  "Onthaal Gemeente Zemst <onthaal@zemst.be>", "j.vanhecke@gmail.com",
  "RE: uittreksel strafregister voor vrijwilligerswerk",
  """Beste mevrouw Van Hecke,

U kunt een uittreksel uit het strafregister (model 2, voor activiteiten met minderjarigen) zelf aanvragen
via Just-on-web met uw eID, of aan het loket Burgerzaken (zonder afspraak op dinsdagvoormiddag).
Vermeld bij de aanvraag de organisatie (jeugdbeweging) en de aard van het vrijwilligerswerk. Het uittreksel
is gratis.

Met vriendelijke groeten,
Onthaal Gemeente Zemst
015 62 71 10

> Hoe vraag ik een uittreksel aan? Mijn jeugdbeweging vraagt er een.""", "",
  "explains how to request a criminal-record extract, no content", inreply=True)

M(821, "nl", "allow", "persagenda-schepen",
  "Communicatie Stad Aalst <pers@aalst.be>", "redactie@nieuwsblad-regio.be",
  "Persagenda week 10",
  """Beste redactie,

- Ma 2/3, 10u: schepen van Mobiliteit Karim Van Overmeire (N-VA) stelt het nieuwe parkeerplan voor.
- Wo 4/3, 14u: burgemeester Christoph D'Haese (N-VA) en schepen Sarah Smeyers (N-VA) openen de
  vernieuwde bib.
- Do 5/3, 19u30: gemeenteraad; de oppositiefracties Vooruit en Vlaams Belang dienen een interpellatie in
  over de zwembadsite.

Persdienst Stad Aalst - 053 73 22 11""", "", "public mandates and parties of elected officials")

M(822, "nl", "allow", "blanco-aanvraagformulier-handicap",
  "DG Personen met een handicap <contact.handicap@minsoc.fed.be>", "info@dienstverlening-ocmw-lokeren.be",
  "Nieuw sjabloon aanvraag tegemoetkoming",
  """Beste,

In bijlage het nieuwe blanco sjabloon (ODT) dat de OCMW's mogen gebruiken wanneer burgers zonder
digitale toegang een aanvraag willen indienen. Vul de velden pas in bij de burger; mail nooit een
ingevuld exemplaar.

DG Personen met een handicap""", "", "blank form with placeholders",
  att=[odt_att("aanvraag_tegemoetkoming_blanco.odt", [
      "AANVRAAG TEGEMOETKOMING PERSONEN MET EEN HANDICAP",
      "Naam: ______________________",
      "Rijksregisternummer: __.__.__-___.__",
      "Aard van de beperking: [in te vullen door de behandelende arts]",
      "Behandelende arts: [naam arts]",
      "Rekeningnummer (IBAN): BE__ ____ ____ ____",
      "Handtekening: ____________"])])

M(823, "nl", "allow", "factuur-zaalhuur",
  "Boekhouding Cultuurcentrum <boekhouding@ccdeschakel.be>", "facturatie@vzw-zorgnetwerk-oost.be",
  "Factuur 2026/0142 - zaalhuur infoavond dementie",
  f"""Geachte,

In bijlage de factuur voor de zaalhuur van 19/02 (infoavond rond dementie). Gelieve €450,00 te storten op
rekening {iban('BE', '0910123456', org=True)} (BIC GKCCBEBB) van het Autonoom Gemeentebedrijf
Cultuurcentrum De Schakel, KBO 0543.210.987, met vermelding van het factuurnummer.

Boekhouding CC De Schakel - 09 210 45 00""", "",
  "invoice with the organisation's own IBAN and enterprise number",
  att=[pdf_att("factuur_2026_0142.pdf", ["AGB Cultuurcentrum De Schakel - FACTUUR 2026/0142",
      "Zaalhuur 19/02/2026 - 450,00 EUR", "KBO 0543.210.987",
      "Te betalen op BE-rekening van het AGB (zie mail)"], "Factuur")])

M(824, "nl", "allow", "dossiernummers-lookalike",
  "Griffie Raad voor Vergunningsbetwistingen <griffie@dbrc.be>", "kantoor@advocaten-mortier.be",
  "Rolnummers zittingen maart",
  f"""Geachte meester,

De dossiers van uw kantoor voor de zitting van 17 maart:

Rolnummer            Aard
{nn('850312', 123, 'dots', bad=True)}      stedenbouwkundige vergunning Deinze
{nn('910202', 456, 'plain', bad=True)}          omgevingsvergunning windturbine
{bsn('23456781', bad=True)}            (referentie Nederlandse gemeente Sluis)

Met vriendelijke groet,
Griffie DBRC""", "",
  "file numbers formatted like NN/BSN but failing the checksum")

M(825, "nl", "allow", "afwezigheid-collega",
  "Team Vergunningen <vergunningen@brugge.be>", "info@architectenbureau-lootens.be",
  "RE: afspraak dossier Sint-Kruis",
  """Beste heer Lootens,

Mijn collega Annelies Vandenberghe is ziek tot en met 13 maart. Ik neem het dossier tijdelijk over; de
afspraak van 10/3 gaat gewoon door met mij.

Met vriendelijke groet,
Pieter Claeys
Dienst Vergunningen Brugge
050 44 80 00""", "",
  "sick absence of a colleague without any reason or diagnosis (doubtful per brief)",
  doubtful="sick absence without reason", inreply=True)

M(826, "nl", "allow", "verslag-werkgroep-diversiteit",
  "Diversiteitscel <diversiteit@gent.be>", "secretariaat@minderhedenforum.be",
  "Verslag werkgroep diversiteitsmonitoring 24/02",
  """Dag iedereen,

In bijlage het verslag van de laatste werkgroep. Opmerkingen graag tegen 10/3.

Aanwezig: Leila Ben Ali (Diversiteitscel), Koen De Wilde (HR), Ilse Maes (Minderhedenforum).

Groet,
Leila""", "", "meeting minutes on diversity monitoring, aggregates only",
  att=[odt_att("verslag_wg_diversiteit_2402.odt", [
      "Verslag werkgroep diversiteitsmonitoring - 24/02/2026",
      "1. Vrijwillige zelfregistratie herkomst in de personeelsenquête: respons 41%.",
      "2. Resultaat: 18% van de respondenten heeft een migratieachtergrond (2024: 16%).",
      "3. Geen rapportering op teamniveau onder 10 respondenten.",
      "4. Volgende vergadering: 21/04."])])

M(827, "nl", "allow", "onderzoeksprotocol-biobank",
  "Ethisch Comité <ec@uza.be>", "studies@pharma-nordic-research.com",
  "Goedkeuring protocol GEN-2026-03 (amendement 1)",
  """Dear sponsor, geachte,

Het Ethisch Comité keurt amendement 1 van protocol GEN-2026-03 ('Genetische determinanten van
therapierespons bij reumatoïde artritis') goed. Er zijn nog geen deelnemers geïncludeerd.
Voorwaarden: pseudonimisering bij de bron, staalcodes zonder identificatie, geen overdracht van
ruwe sequentiedata buiten de EER.

Ethisch Comité UZA - 03 821 38 97""", "", "research protocol approval, no subjects",
  att=[pdf_att("GEN-2026-03_amendement1_goedkeuring.pdf", ["Protocol GEN-2026-03 - amendement 1",
      "Doelpopulatie: 400 patiënten met RA (nog niet geïncludeerd)",
      "Analyse: GWAS + HLA-typering op gepseudonimiseerde stalen", "Beslissing: gunstig advies"])])

M(828, "nl", "allow", "persbericht-regenbooghuis",
  "Persdienst Stad Antwerpen <persdienst@antwerpen.be>", "pers@belga.be",
  "Persbericht: nieuw actieplan holebi's en transgenders",
  """PERSBERICHT - Antwerpen, 2 maart 2026

De stad lanceert haar derde actieplan voor holebi's, transgenders en intersekse personen. Uit de
stadsmonitor blijkt dat 1 op 4 LGBTI+-Antwerpenaren het voorbije jaar verbaal geweld meemaakte.
Schepen voor Gelijke Kansen Nabilla Ait Daoud (N-VA): "Iedereen moet zich veilig voelen in onze stad."

Persdienst: 03 338 50 00""", "", "press release, aggregates and a public official's statement")

M(829, "nl", "allow", "erediensten-budget",
  "Agentschap Binnenlands Bestuur <erediensten@vlaanderen.be>", "voorzitter@kerkfabriek-sint-martinus.be",
  "Budget 2027 besturen van de eredienst - timing",
  f"""Geachte voorzitter,

De budgetten 2027 van de besturen van de eredienst (rooms-katholiek, protestants, islamitisch,
orthodox) moeten uiterlijk 30 september in het Loket voor Lokale Besturen staan. De gemeentelijke
toelage van vorig jaar werd gestort op de rekening van de kerkfabriek ({iban('BE', '0682345678', org=True)}).

Agentschap Binnenlands Bestuur""", "",
  "circular to a worship body; organisation IBAN of the church council")

M(830, "nl", "allow", "sociale-verkiezingen-kalender",
  "HR Ondersteuning <hr-ondersteuning@kuleuven.be>", "sociaal.secretariaat@partena-professional.be",
  "Kalender sociale verkiezingen 2028 (voorbereiding)",
  """Dag,

Ter voorbereiding alvast de kalender die de vakbonden en de directie afspraken. Het bestand bevat
enkel data en stappen, geen kandidatenlijsten.

HR Ondersteuning""", "", "social elections calendar, no individuals",
  att=[ods_att("kalender_sv2028.ods", [["Stap", "Dag", "Omschrijving"],
      ["X-60", "2028-03-13", "aankondiging datum verkiezingen"],
      ["X-35", "2028-04-07", "indienen kandidatenlijsten door ACV, ABVV, ACLVB"],
      ["X", "2028-05-12", "verkiezingsdag"]], sheet="kalender")])
