# -*- coding: utf-8 -*-
"""Dev batch 8, drop 2: the 60 `test` messages (661-720)."""

M = []


def add(n, lang, slug, action, ents, note, frm, to, subj, body=None, html=None, atts=(), nums=(), cc=None, hdr=None):
    M.append(dict(n=n, lang=lang, slug=slug, action=action, ents=ents, note=note, frm=frm, to=to,
                  subj=subj, body=body, html=html, atts=list(atts), nums=list(nums), cc=cc, hdr=hdr,
                  split="test"))


B, A = "block", "allow"

# ------------------------------------------------------------------ NL block
add(661, "nl", "xlsx-kolom-partijvoorkeur-enquete", B, ["ART9_POLITICAL_OPINION"],
    "XLSX of a staff survey with named respondents and a column 'Partijvoorkeur' sent to an external pollster",
    "Communicatiedienst Provincie Limburg <communicatie@limburg.be>", "data@peilingbureau-ipso.be",
    "ruwe data personeelsbevraging (niet anoniem!)",
    """Dag Stijn,

Hierbij de ruwe antwoorden. Opgelet: de namen staan er nog in omdat de tool van mijn collega
dat niet wegfilterde. Kunnen jullie het bestand na verwerking wissen?

Groet,
Eline
""",
    atts=[("xlsx", "bevraging_ruw.xlsx", [
        ["Respondent", "Dienst", "Tevredenheid", "Partijvoorkeur", "Opmerking"],
        ["Geert Hendrickx", "Mobiliteit", 4, "N-VA", ""],
        ["Sarah Vranken", "Cultuur", 3, "Vooruit", "stemt altijd links"],
        ["Dirk Kerkhofs", "Financiën", 2, "Open VLD", ""],
        ["Hanne Jacobs", "Onderwijs", 5, "PVDA", ""]])])

add(662, "nl", "eml-bijlage-dna-verwantschap", B, ["ART9_GENETIC", "NL_BSN"],
    "attached e-mail with a paternity DNA test result of named persons and a BSN, forwarded by a gemeente to a lawyer",
    "Burgerzaken Gemeente Almere <burgerzaken@almere.nl>", "mr. P. de Graaf <p.degraaf@degraaf-familierecht.nl>",
    "Doorsturen: uitslag verwantschapsonderzoek (erkenning)",
    """Geachte mr. De Graaf,

Op verzoek van uw cliënte stuur ik het bericht van het laboratorium door dat bij ons is
binnengekomen in het kader van de erkenning.

Met vriendelijke groet,
Team Burgerzaken
""",
    atts=[("eml", "uitslag_verwantschapsonderzoek.eml", dict(
        frm="Lab Verwantschap <uitslag@dna-verwantschapslab.nl>", to="burgerzaken@almere.nl",
        subj="Uitslag verwantschapsonderzoek R-2026-884",
        body="""Geachte,

Uitslag van het DNA-verwantschapsonderzoek tussen de heer Mehmet Aydin (BSN 161803398) en het
kind Lara Visscher: op 21 onderzochte STR-loci geen uitsluiting; waarschijnlijkheid van
vaderschap 99,9998 %.

Laboratorium Verwantschap
"""))],
    nums=[("bsn", "161803398", True)])

add(663, "nl", "stemherkenning-klantcontact", B, ["ART9_BIOMETRIC"],
    "voiceprint enrolment export of named callers (Belastingdienst pilot) sent to a supplier",
    "Team Spraakherkenning Belastingdienst <spraak-pilot@belastingdienst.nl>", "engineering@voxid-solutions.eu",
    "RE: fout bij verificatie stemprofiel",
    """Hoi Joris,

Zie hieronder; ik heb de drie stemprofielen die steeds worden afgewezen als CSV bijgevoegd.

Groet, Saskia

> Van: Joris (VoxID)
> Kun je de voiceprints sturen van bellers die niet worden herkend?
""",
    atts=[("csv", "afgewezen_stemprofielen.csv", [
        ["beller", "geboortejaar", "voiceprint_id", "voiceprint_vector (eerste 6 van 256)", "score"],
        ["H. Mulder", "1958", "VP-0091", "0.311 -0.042 0.187 0.009 -0.255 0.130", "0.41"],
        ["T. Yildiz", "1983", "VP-0134", "-0.118 0.276 0.051 -0.097 0.204 0.066", "0.38"],
        ["K. van Leeuwen", "1971", "VP-0150", "0.045 0.199 -0.310 0.122 0.008 -0.071", "0.44"]], ",")])

add(664, "nl", "afkorting-holebi-jongere-pleegzorg", B, ["ART9_SEX_LIFE"],
    "colleague's abbreviation ('is holebi, trans-vragen') about a named foster youth in a forwarded note to an external host family service",
    "Consulent Pleegzorg <consulent@pleegzorg-antwerpen.be>", "matching@gastgezinnen-kempen.be",
    "FW: matching Lucas",
    """Hallo,

Voor de matching doorgestuurd, met zijn akkoord.

Ilse

-----Doorgestuurd-----
Van: Bram (begeleider)
Lucas D. (16) - kamer 4 - is holebi, sinds kort een vriendje (Stef), vraagt rustig gezin
zonder commentaar op zijn geaardheid. Verder geen bijzonderheden.
""")

add(665, "nl", "ods-enkelband-lijst-justitiehuis", B, ["ART10_CRIMINAL", "BE_NATIONAL_NUMBER"],
    "ODS with named persons under electronic monitoring (column 'ET-modaliteit', offence) and NN sent to an external training provider",
    "Justitiehuis Hasselt <justitiehuis.hasselt@vlaanderen.be>", "planning@werkervaring-limburg.be",
    "deelnemerslijst werkervaringstraject januari",
    """Dag Koen,

De deelnemers voor januari. De uurroosters moeten passen binnen hun ET-modaliteit; bij twijfel
even bellen.

Justitieassistent An Lenaerts
""",
    atts=[("ods", "deelnemers_januari.ods", [
        ["Naam", "Rijksregisternummer", "ET-modaliteit", "Feit", "Thuis tegen"],
        ["Kevin Schepers", "03062108895", "enkelband (strafuitvoering)", "diefstal met braak", "19:00"],
        ["Sam Driesen", "", "voorwaardelijke invrijheidstelling", "drugshandel", "-"],
        ["Jelle Nijs", "", "enkelband (voorlopige hechtenis)", "verdacht van oplichting", "18:00"]])],
    nums=[("nn", "03062108895", True)])

add(666, "nl", "lidmaatschap-vakbond-verklaring-zonder-tabel", B, ["ART9_TRADE_UNION"],
    "prose in a reply: a named employee's union membership and role, sent to an external lawyer",
    "Directie Woonzorgcentrum De Linde <directie@wzc-delinde-ocmw.be>", "mr.vdbroeck@vdbroeck-sociaalrecht.be",
    "Re: ontslagdossier Patrick",
    """Meester Van den Broeck,

Nog een aanvulling die u wellicht moet weten: Patrick Wauters is sinds vorig jaar lid van het
ABVV en wil zich kandidaat stellen bij de volgende sociale verkiezingen. Hij heeft dat zelf aan
zijn teamleider gezegd.

Met vriendelijke groeten,
Directie WZC De Linde

Op 20-11-2026 schreef mr. Van den Broeck:
> Kan u bevestigen of er beschermde werknemers betrokken zijn?
""")

add(667, "nl", "pdf-verzuim-oorzaak-tabel", B, ["ART9_HEALTH"],
    "PDF absence report where named employees have a column 'Oorzaak' with medical reasons, sent to an external insurer",
    "HR Gemeente Zaanstad <hr-verzuim@zaanstad.nl>", "schade@verzuimverzekeraar-nl.nl",
    "verzuimoverzicht Q3 t.b.v. premieherziening",
    """Geachte heer Kok,

Bijgevoegd het verzuimoverzicht van het derde kwartaal.

Met vriendelijke groet,
Team HR
""",
    atts=[("pdf", "verzuim_Q3_Zaanstad.pdf", ["Verzuimoverzicht Q3 2026 - langdurig verzuim"],
           [["Medewerker", "Afdeling", "Dagen", "Oorzaak"],
            ["J. Smit", "Handhaving", "64", "hernia, operatie 14/9"],
            ["M. Koç", "Burgerzaken", "41", "zwangerschapsklachten"],
            ["P. Dekker", "Wijkteam", "88", "alcoholverslaving, opname"]])])

add(668, "nl", "gesprekverslag-roma-afkomst", B, ["ART9_ETHNIC_ORIGIN"],
    "indirect phrasing in a meeting report: a named family described by ethnic origin ('Roma-familie') sent to an external landlord",
    "Wijkwerker OCMW Gent <wijkwerking@ocmw.gent>", "verhuur@woonmaatschappij-ledeberg.be",
    "verslag huisbezoek Brusselsesteenweg",
    """Dag Hilde,

Kort verslag van het huisbezoek van dinsdag.

- Familie Lakatos (Roma, afkomstig uit Slovakije): 2 volwassenen, 4 kinderen; vochtproblemen
  in de slaapkamer.
- Buren klagen over geluid; volgens de buurvrouw "zijn het zigeuners", wat de familie kwetst.
- Afspraak: herstelling door de verhuurder voor 15/12.

Groet,
Mohamed, wijkwerker
""")

add(669, "nl", "html-bijlage-geloofsovertuiging-inburgering", B, ["ART9_RELIGION"],
    "HTML attachment with inburgering intake of named persons including 'Religie' field, sent to an external language school",
    "Inburgering Gemeente Utrecht <inburgering@utrecht.nl>", "planning@taalschool-domstad.nl",
    "Intakes groep december",
    """Beste planning,

In de bijlage de intakes voor de nieuwe groep. Graag rekening houden met de gebedstijden bij
het rooster waar dat gevraagd is.

Groet,
Klantmanager inburgering
""",
    atts=[("html", "intakes_december.html", """<html><body><h3>Intakes december</h3>
<p><b>Naam:</b> Samira Haidari<br><b>Religie:</b> sjiitisch moslim, wil vrijdagmiddag vrij</p>
<p><b>Naam:</b> Yonas Tesfaye<br><b>Religie:</b> Eritrees-orthodox, vast op woensdag en vrijdag</p>
<p><b>Naam:</b> Olena Kovalenko<br><b>Religie:</b> geen</p></body></html>""")])

# ------------------------------------------------------------------ FR block
add(670, "fr", "vote-agent-quote-trois-niveaux", B, ["ART9_POLITICAL_OPINION"],
    "three-level quoted thread: a named agent's vote and party sympathies, sent to an external mediator",
    "Échevinat du personnel <personnel@commune-ans.be>", "mediation@concilio-asbl.be",
    "RE: RE: RE: conflit au service travaux",
    """Madame,

Ci-dessous l'historique, pour la préparation de la médiation.

Le service du personnel

> De : chef de service
> Je confirme, la discussion a dégénéré.
>> De : agent technique
>> C'est parti de la pause de midi.
>>> De : Marc Delhez
>>> J'ai simplement dit à Kevin Bodart que je savais qu'il avait voté Chez Nous et que ses
>>> idées d'extrême droite n'avaient pas leur place dans l'équipe ; il m'a répondu que
>>> moi, militant communiste, je n'avais pas de leçon à donner.
""")

add(671, "fr", "xlsx-caryotype-consultation", B, ["ART9_GENETIC", "ART9_HEALTH"],
    "XLSX of named patients with 'Caryotype' and 'Résultat test génétique' columns sent to an external billing company",
    "Centre de génétique humaine <cgh-secretariat@chu-liege.be>", "facturation@medibill-services.be",
    "prestations génétique octobre à facturer",
    """Bonjour,

Voici les prestations d'octobre. J'ai laissé les colonnes du logiciel telles quelles.

Secrétariat CGH
""",
    atts=[("xlsx", "prestations_genetique_10-2026.xlsx", [
        ["Patient", "Code prestation", "Caryotype", "Résultat test génétique"],
        ["Léa Fontaine", "588113", "47,XX,+21", "trisomie 21 confirmée"],
        ["Hugo Masson", "588135", "46,XY", "X fragile: prémutation FMR1 (78 CGG)"],
        ["Zoé Lambotte", "588113", "46,XX", "porteuse hétérozygote HBB (drépanocytose)"]])])

add(672, "fr", "reconnaissance-faciale-champ-gabarit", B, ["ART9_BIOMETRIC", "BE_NATIONAL_NUMBER"],
    "field labels 'Gabarit facial :' and NN of a named person in a support ticket to an external vendor",
    "Service informatique Aéroport de Charleroi <it-support@bsca-partenaire.be>", "tickets@facegate-tech.com",
    "Ticket #8812 - rejet au portique",
    """Bonjour,

Le passager ci-dessous est rejeté systématiquement par le portique de reconnaissance faciale.

Nom : Mme Aïcha Benhaddou
Registre national : 01120516117
Gabarit facial : FG2-5c0e91a7d3b44f20a8c16e0f97d2b3a1e5f6c8d9 (version 2.3)
Score de correspondance : 0,52 (seuil 0,70)

Pouvez-vous analyser ?
Service informatique
""",
    nums=[("nn", "01120516117", True)])

add(673, "fr", "docx-rapport-vie-sexuelle-victime", B, ["ART9_SEX_LIFE", "ART10_CRIMINAL"],
    "DOCX report of a police hearing: sexual life of a named victim and the suspect's offence, sent to an external victim-support NGO",
    "Service d'assistance policière aux victimes <sapv@zp-montgomery.be>", "accueil@sos-viol-partenaire.be",
    "orientation de Mme R. - rapport",
    """Bonjour,

Avec l'accord de la victime, voici la synthèse de l'audition pour votre premier rendez-vous.

SAPV - Zone de police Montgomery
""",
    atts=[("docx", "synthese_audition.docx",
           ["Synthèse d'audition - SAPV",
            "Victime : Mme Laura Renson, 27 ans.",
            "Mme Renson déclare avoir eu des relations sexuelles consenties avec M. D. Poncelet pendant trois mois, "
            "puis avoir été contrainte à un rapport le 8 novembre après leur rupture.",
            "M. Poncelet a été entendu comme suspect de viol ; un PV a été transmis au parquet de Bruxelles."])])

add(674, "fr", "casier-judiciaire-contenu-recrutement", B, ["ART10_CRIMINAL"],
    "content of a named candidate's criminal-record extract (convictions listed) shared with an external selection bureau",
    "Service RH Commune de Schaerbeek <rh@schaerbeek.brussels>", "selection@talent-select.be",
    "candidature de M. Ferreira - extrait de casier",
    """Bonjour,

Le candidat M. Rui Ferreira nous a remis son extrait de casier judiciaire (modèle 1). Il y figure :
- 2019 : condamnation par le tribunal correctionnel de Bruxelles, 8 mois avec sursis, pour coups et blessures ;
- 2023 : déchéance du droit de conduire 3 mois (conduite en état d'ivresse).
Pouvez-vous en tenir compte dans votre avis ?

Service RH
""")

add(675, "fr", "csv-affiliation-syndicale-prime", B, ["ART9_TRADE_UNION", "IBAN_CODE"],
    "CSV 'organisation syndicale' per named worker with private IBANs for the union premium, sent to an external payroll firm",
    "Fonds social du secteur public <fonds.social@ores-partenaire.be>", "operations@partena-paie-externe.be",
    "prime syndicale 2026 - fichier de paiement",
    """Bonjour,

Ci-joint le fichier de paiement de la prime syndicale 2026. Chaque ligne reprend l'organisation
syndicale qui a délivré l'attestation.

Fonds social
""",
    atts=[("csv", "prime_syndicale_2026.csv", [
        ["nom", "organisation syndicale", "compte", "montant"],
        ["Hubert Collin", "FGTB", "BE46 7351 2345 6736", "135,00"],
        ["Marie Evrard", "CSC", "BE74 0634 4556 6707", "135,00"]])],
    nums=[("iban", "BE46 7351 2345 6736", True), ("iban", "BE74 0634 4556 6707", True)])

add(676, "fr", "tr-mutualite-diagnostic-abrege", B, ["ART9_HEALTH"],
    "forwarded mail with abbreviations (IRC, dialyse, 'BPCO') about a named person, to an external transport company",
    "Service social Mutualité <service.social@mutualite-partenaire.be>", "planning@taxi-social-hainaut.be",
    "TR: transports dialyse M. Quinet",
    """Bonjour,

Je vous transfère la demande de l'infirmière pour organiser les transports.

Service social

---- Message transféré ----
De : infirmière de liaison, CHU Charleroi
M. Albert Quinet (Gosselies) : IRC stade 5, dialyse lundi-mercredi-vendredi 7h30 ; BPCO sous
oxygène 2 l/min, doit voyager avec sa bouteille. Fauteuil roulant.
""")

add(677, "fr", "pv-origine-incident-racisme", B, ["ART9_ETHNIC_ORIGIN"],
    "incident report naming a pupil and her ethnic origin as the motive, sent to an external parents' association",
    "Direction Athénée Royal Uccle <direction@ar-uccle.be>", "comite@association-parents-uccle.be",
    "incident de la cour du 16/11",
    """Madame la présidente,

Comme promis, voici le résumé de l'incident. Inès Kalonji, élève de 2e, d'origine congolaise,
a été insultée par un groupe d'élèves en raison de ses origines ; les élèves ont été
sanctionnés. La famille Kalonji, originaire de Kinshasa, souhaite une rencontre.

La direction
""")

add(678, "fr", "ods-regime-alimentaire-confession", B, ["ART9_RELIGION", "ART10_CRIMINAL"],
    "ODS header 'confession' with named detainees' religion for meals, sent to an external caterer (named persons in detention = Art. 10, as in 607)",
    "Économat Prison de Haren <economat.haren@just.fgov.be>", "commandes@restoration-collective.be",
    "régimes spéciaux semaine 49",
    """Bonjour,

Voici les régimes de la semaine 49, avec la confession déclarée pour les repas rituels.

Économat
""",
    atts=[("ods", "regimes_S49.ods", [
        ["Détenu", "Aile", "Confession", "Régime"],
        ["Rachid El Mahi", "A3", "musulman", "halal"],
        ["David Cohen", "B1", "juif", "casher"],
        ["Raj Patel", "C2", "hindou", "végétarien"]])])

# ------------------------------------------------------------------ DE block
add(679, "de", "eml-anhang-parteimitglied-bewerber", B, ["ART9_POLITICAL_OPINION"],
    "attached e-mail: a named applicant's party membership and political views relayed to an external HR firm",
    "Personalbüro Stadt Eupen <personal@eupen.be>", "auswahl@hr-partner-aachen.de",
    "WG: Hinweis zu Bewerber Sekretariat",
    """Guten Tag Frau Lenz,

anbei die Nachricht, die wir zu einem Bewerber erhalten haben. Bitte vertraulich behandeln.

Personalbüro
""",
    atts=[("eml", "Hinweis_Bewerber.eml", dict(
        frm="Abteilungsleiter Kultur <kultur@eupen.be>", to="personal@eupen.be",
        subj="Bewerber Sekretariat",
        body="""Hallo,

zum Bewerber Markus Thönnissen: Er ist Mitglied der ProDG, war im Wahlkampf sehr aktiv und
vertritt in sozialen Medien harte Positionen gegen die Windkraftpläne. Ich wollte das nur
gesagt haben.

Gruß
"""))])

add(680, "de", "tabelle-gentest-ergebnis-docx", B, ["ART9_GENETIC"],
    "DOCX table with named persons and column 'Genotyp HFE' sent from a hospital to an external lab software vendor",
    "Labor St. Nikolaus <labor@hospital-eupen.be>", "support@labsoft-gmbh.de",
    "Fehlerhafte Befundübernahme HFE",
    """Hallo Support,

bei drei Befunden wurde der Genotyp falsch übernommen. Details in der Tabelle.

Labor St. Nikolaus
""",
    atts=[("docx", "HFE_Fehler.docx", ["Fehlerhafte Übernahme Genotyp HFE"],
           [["Patient", "Geb.", "Genotyp HFE (korrekt)", "im System"],
            ["Werner Gielen", "1957", "C282Y/C282Y", "C282Y/wt"],
            ["Helga Pauels", "1963", "C282Y/H63D", "wt/wt"],
            ["Frank Offermann", "1970", "H63D/wt", "H63D/H63D"]])])

add(681, "de", "venenscan-handflaeche-export", B, ["ART9_BIOMETRIC"],
    "palm-vein templates of named staff in an XLSX sent to an external service provider",
    "Haustechnik Zentrum für Förderpädagogik <haustechnik@zfp-dg.be>", "service@palmsecure-partner.de",
    "Handvenen-Scanner Austausch - Datenübernahme",
    """Guten Tag,

für den Austausch des Scanners am Haupteingang hier die gespeicherten Handvenen-Templates, damit
die Mitarbeiter sich nicht neu registrieren müssen.

Haustechnik
""",
    atts=[("xlsx", "handvenen_templates.xlsx", [
        ["Name", "Hand", "Template Handvenen (Base64, gekürzt)"],
        ["Claudia Maraite", "rechts", "UFZUMDEAAQIAAAB4nGNgYGBg..."],
        ["Ralf Rauw", "links", "UFZUMDEAAQIAAAB4nO3BMQEAAA..."]])])

add(682, "de", "beratung-sexuelle-orientierung-feld", B, ["ART9_SEX_LIFE"],
    "field label 'Sexuelle Orientierung:' on a named client's referral form to an external housing project",
    "Jugendhilfe DG <jugendhilfe@dgov.be>", "aufnahme@wohnprojekt-regenbogen.de",
    "Aufnahmeanfrage",
    """Sehr geehrte Damen und Herren,

wir bitten um Aufnahme der folgenden Person:

Name: Jonas Heck
Alter: 18
Sexuelle Orientierung: schwul
Anlass: Streit mit der Familie nach dem Outing, derzeit bei Freunden untergebracht

Mit freundlichen Grüßen
Jugendhilfe der DG
""")

add(683, "de", "staatsanwaltschaft-ermittlung-zitat-bsn", B, ["ART10_CRIMINAL", "NL_BSN"],
    "quoted message: a named person with BSN is under investigation for fraud, forwarded to an external bank contact",
    "Finanzabteilung Gemeinde Lontzen <finanzen@lontzen.be>", "compliance@grenzbank-partner.nl",
    "AW: Rückfrage Zahlungsempfänger",
    """Guten Tag,

wie gewünscht leite ich die Information unten weiter. Bitte keine Zahlung mehr an diese Person.

Finanzabteilung

> Von: Polizeizone Weser-Göhl
> Gegen Herrn Pieter Hoogland (niederländische BSN 456123787) wird wegen Betrugs zum Nachteil
> der Gemeinde ermittelt; die Staatsanwaltschaft Eupen hat ein Verfahren eröffnet.
""",
    nums=[("bsn", "456123787", True)])

add(684, "de", "gewerkschaftsbeitrag-pdf-liste", B, ["ART9_TRADE_UNION"],
    "PDF list with named staff and 'Gewerkschaft' column sent to an external accountant",
    "Buchhaltung Altenheim Eupen <buchhaltung@wph-eupen.be>", "kanzlei@steuerberatung-kever.be",
    "Liste Gewerkschaftsbeiträge für Lohnabrechnung",
    """Hallo Herr Kever,

anbei die Liste; ab Januar sollen die Beiträge direkt vom Lohn einbehalten werden.

Buchhaltung
""",
    atts=[("pdf", "Gewerkschaftsbeitraege_2027.pdf", ["Gewerkschaftsbeitraege ab 01/2027"],
           [["Mitarbeiter", "Gewerkschaft", "Beitrag"],
            ["Nicole Reuter", "CSC", "15,80"],
            ["Harald Wintgens", "FGTB", "16,20"],
            ["Bianca Laschet", "SLFP", "14,10"]])])

# ------------------------------------------------------------------ EN block
add(685, "en", "html-body-party-donors-staff", B, ["ART9_POLITICAL_OPINION"],
    "HTML table of named staff members and the party they donate to, sent to an external auditor",
    "Ethics Officer Flemish Parliament Services <ethics@vlaamsparlement-diensten.be>", "audit@integrity-audit.eu",
    "staff conflict-of-interest declarations",
    html="""<html><body><p>Dear auditor,</p><p>Here are the declarations of our administrative staff
(not MPs) who declared a political affiliation.</p>
<table border="1"><tr><th>Staff member</th><th>Unit</th><th>Party affiliation</th><th>Role</th></tr>
<tr><td>Bert Deckers</td><td>Library</td><td>CD&amp;V</td><td>member, donor</td></tr>
<tr><td>Ann Moens</td><td>Catering</td><td>Groen</td><td>local board</td></tr></table>
<p>Regards,<br>Ethics Officer</p></body></html>""")

add(686, "en", "zip-str-profiles-exchange", B, ["ART9_GENETIC", "ART10_CRIMINAL"],
    "ZIP with CSV of named suspects' STR profiles, sent to a foreign private lab",
    "DNA Unit Federal Police <dna-unit@police.belgium.eu>", "casework@forensic-dna-ltd.co.uk",
    "Reference profiles for re-analysis (case 2026/1183)",
    """Dear colleagues,

Attached the reference profiles of the three suspects for the re-analysis you were contracted
for.

DNA Unit
""",
    atts=[("zip", "case_2026_1183.zip", [
        ("csv", "reference_profiles.csv", [
            ["suspect", "D3S1358", "vWA", "D21S11", "TH01"],
            ["Nicolas Marchal", "14,16", "17,17", "29,30", "7,9.3"],
            ["Dylan Verbruggen", "15,15", "16,19", "28,31.2", "6,8"],
            ["Tarik Oulad", "16,18", "14,17", "30,32.2", "9,9.3"]], ","),
        ("txt", "readme.txt", "Suspects in robbery case 2026/1183, reference swabs 03-11-2026.\n")])])

add(687, "en", "fingerprint-minutiae-visa", B, ["ART9_BIOMETRIC", "BE_BIS_NUMBER"],
    "named applicant's fingerprint minutiae and BIS number sent to an external visa agency",
    "Immigration Office Biometrics <biometrics@ibz.fgov.be>", "operations@visa-services-global.com",
    "Re-enrolment needed - applicant file",
    """Hello,

The fingerprints of the applicant below could not be matched. Please schedule a new appointment.

Applicant: Mr Ahmed Hussain, BIS 95290307791
Minutiae (right index, ANSI 378): x=112 y=86 θ=45 type=ridge ending; x=140 y=102 θ=210 type=bifurcation;
x=97 y=131 θ=330 type=ridge ending (template quality 42/100)

Immigration Office
""",
    nums=[("bis", "95290307791", True)])

add(688, "en", "quote-partner-same-sex-visa", B, ["ART9_SEX_LIFE", "ART10_CRIMINAL"],
    "quoted message: a named applicant's same-sex marriage, to an external law firm; also his prosecution abroad (Art. 10)",
    "Migration desk City of Leuven <migratie@leuven.be>", "info@immigration-law-partners.eu",
    "Re: family reunification - Mr Okoro",
    """Dear Ms Hart,

The appointment for the registration is confirmed for 9 December.

Migration desk, City of Leuven

On 19/11/2026, Ms Hart wrote:
> My client Chinedu Okoro applies to join his husband, Pieter Janssens, in Leuven. They married
> in 2025 after a relationship of six years; in Nigeria he was prosecuted for being gay, which is
> why they could not live together there.
""")

add(689, "en", "sentence-detention-transfer", B, ["ART10_CRIMINAL", "BE_NATIONAL_NUMBER"],
    "named detainee's conviction, sentence and release date with NN, to an external interpreter agency",
    "Prison of Leuven-Central Registry <registry.leuven@just.fgov.be>", "bookings@interpreters-benelux.eu",
    "Interpreter for release hearing",
    """Dear booking team,

Please send a Romanian interpreter for the hearing before the sentence enforcement court on
10 December. Detainee: Mr Ionut Popescu (national number 78.03.14-127.45), serving 5 years for
armed robbery; eligible for conditional release in January.

Registry
""",
    nums=[("nn", "78.03.14-127.45", True)])

add(690, "en", "xlsx-medication-residents", B, ["ART9_HEALTH", "CREDIT_CARD"],
    "XLSX with named residents' medication and a private payment card for the pharmacy, sent to an external pharmacy",
    "Nursing Home Ter Beuken (CPAS Uccle) <nursing@terbeuken-cpas.be>", "orders@pharmacy-delivery.be",
    "Weekly medication order",
    """Hello,

Weekly order attached. Mrs Claes pays her own part with her card 4532 0151 1283 0366.

Nursing team
""",
    atts=[("xlsx", "order_w49.xlsx", [
        ["Resident", "Room", "Medication", "Indication"],
        ["Jeanne Claes", "12", "donepezil 10 mg", "Alzheimer"],
        ["Robert Willems", "14", "insulin glargine", "type 1 diabetes"],
        ["Maria Santos", "20", "quetiapine 25 mg", "bipolar disorder"]])],
    nums=[("card", "4532 0151 1283 0366", True)])

# ------------------------------------------------------------------ NL allow
add(691, "nl", "verkiezingen-stembureau-oproep", A, [],
    "call for polling-station volunteers: generic, no one's vote or party",
    "Verkiezingsdienst Gemeente Leiden <verkiezingen@leiden.nl>", "vrijwilligers@leidse-vrijwilligerscentrale.nl",
    "Oproep stembureauleden gemeenteraadsverkiezingen maart 2027",
    """Beste vrijwilligerscentrale,

Wil je onderstaande oproep delen?

Voor de gemeenteraadsverkiezingen zoeken we 240 stembureauleden. Je bent politiek neutraal
tijdens je dienst: je draagt geen partijsymbolen en bespreekt met kiezers niet op wie je stemt.
Vergoeding EUR 190. Aanmelden via www.leiden.nl/stembureau.

Team Verkiezingen, 071 516 50 00
""")

add(692, "nl", "procedure-dna-afname-veroordeelden", A, [],
    "procedure text on DNA sampling of convicted persons: generic legal rules",
    "Openbaar Ministerie Communicatie <communicatie@om.nl>", "redactie@juridisch-vakblad.nl",
    "Toelichting: DNA-afname bij veroordeelden",
    """Geachte redactie,

Op uw vraag een toelichting op de procedure.

Wie is veroordeeld voor een misdrijf waarvoor voorlopige hechtenis is toegelaten, moet
celmateriaal afstaan. Het DNA-profiel wordt opgenomen in de DNA-databank voor strafzaken;
bewaartermijnen zijn 20 of 30 jaar. In 2025 werden 21.400 profielen toegevoegd.

Woordvoerder: Eva Brinkman, 070 339 90 00
""")

add(693, "nl", "blanco-toestemming-gezichtsherkenning", A, [],
    "blank form and policy note on refusing face recognition at the town hall; no person",
    "Privacyteam Gemeente Eindhoven <privacy@eindhoven.nl>", "info@cameratoezicht-advies.nl",
    "advies gevraagd over camera's in de publiekshal",
    """Goedemiddag,

Wij overwegen camera's in de publiekshal. Onze uitgangspunten: geen gezichtsherkenning, geen
biometrische templates, alleen beelden, 7 dagen bewaard. Kunt u het bijgevoegde concept-
informatiebord beoordelen?

Privacyteam
""",
    atts=[("odt", "concept_informatiebord.odt", ["In deze hal hangen camera's.",
          "Wij gebruiken geen gezichtsherkenning.", "Beelden worden 7 dagen bewaard.",
          "Vragen: privacy@eindhoven.nl"])])

add(694, "nl", "campagne-holebi-jongeren-affiche", A, [],
    "awareness campaign on LGBT youth: generic, with public contact",
    "Jeugddienst Stad Leuven <jeugddienst@leuven.be>", "drukwerk@printhuis-leuven.be",
    "drukproef affiche 'Je mag zijn wie je bent'",
    """Dag,

Bijgaand de tekst voor de affiche (A2, 200 ex.):

"Holebi, trans of nog zoekende? Je bent welkom in elk jeugdhuis van Leuven. Praat erover met
iemand die je vertrouwt of bel de Holebifoon (gratis, anoniem)."

Contact jeugddienst: Tine Wouters, 016 27 26 00.
""")

add(695, "nl", "jaarverslag-vakbondsverlof-cijfers", A, [],
    "aggregated union-leave figures in an XLSX; no individual",
    "HR-analyse Vlaamse Overheid <hr-analyse@vlaanderen.be>", "onderzoek@hiva-kuleuven-partner.be",
    "cijfers syndicaal verlof 2025",
    """Beste onderzoeker,

De gevraagde cijfers, per entiteit geaggregeerd.

HR-analyse
""",
    atts=[("xlsx", "syndicaal_verlof_2025.xlsx", [
        ["Beleidsdomein", "Aantal afgevaardigden", "Dagen syndicaal verlof", "Gemiddeld per afgevaardigde"],
        ["Onderwijs", 142, 3210, 22.6], ["Mobiliteit", 58, 1140, 19.7], ["Welzijn", 91, 1822, 20.0]])])

add(696, "nl", "nieuwsbrief-religieuze-feestdagen", A, [],
    "calendar of religious holidays for school planning, generic",
    "Scholengroep Brussel <info@scholengroep-brussel.be>", "ouderraad@basisschool-de-knipoog.be",
    "kalender levensbeschouwelijke feestdagen 2027",
    """Beste ouderraad,

Ter info de feestdagen waarmee we bij toetsen rekening houden: Suikerfeest (ca. 20 maart),
Pesach (22-29 april), Offerfeest (ca. 27 mei), Diwali (29 oktober). Ouders kunnen afwezigheid
voor een religieuze feestdag melden met het gewone formulier; een reden is niet nodig.

Scholengroep Brussel
""")

add(697, "nl", "aanvraag-vog-ontvangstbevestiging", A, [],
    "acknowledgement of a VOG (certificate of conduct) request, no content; invalid BSN look-alike",
    "Justis Screeningsautoriteit <noreply-vog@justis.nl>", "hr@kinderopvang-zonnestraal.nl",
    "Ontvangstbevestiging aanvraag VOG (kenmerk 2026-558210)",
    """Geachte heer/mevrouw,

Wij hebben de aanvraag van uw organisatie voor een Verklaring Omtrent het Gedrag ontvangen.
De aanvrager ontvangt de beslissing zelf. U ontvangt alleen bericht als de VOG is afgegeven.

Referentie klantnummer: 234567819

Justis
""",
    nums=[("bsn", "234567819", False)])

add(698, "nl", "notulen-medezeggenschap-verzuim", A, [],
    "minutes of a participation council with named members and aggregate absence figures",
    "Secretaris GMR <gmr@stichting-primair-zuid.nl>", "ouders@nieuwsbrief-primair-zuid.nl",
    "Notulen GMR 18 november",
    """Aanwezig: W. Peters (voorzitter), S. Aksoy, L. de Groot, namens het bestuur H. Verbeek.

1. Verzuim leerkrachten: 7,2 % (landelijk 6,9 %). 14 langdurig zieken, geen namen besproken.
2. Cao PO: de vakbonden AOb en CNVO hebben een akkoord bereikt; GMR neemt kennis.
3. Inclusie: plan voor leerlingen met een handicap, budget EUR 85.000.

Secretaris GMR
""")

add(699, "nl", "persbericht-rechtbank-uitspraak", A, [],
    "court press release on a public judgment using initials as published; public information",
    "Persdienst Rechtbank Oost-Brabant <persvoorlichting.oostbrabant@rechtspraak.nl>", "redactie@omroep-brabant-nieuws.nl",
    "Persbericht: uitspraak in de zaak van de vuurwerkopslag",
    """PERSBERICHT

De rechtbank heeft vandaag uitspraak gedaan in de zaak over de illegale vuurwerkopslag in
Helmond. Het bedrijf is veroordeeld tot een geldboete van EUR 300.000. De uitspraak is
geanonimiseerd gepubliceerd op rechtspraak.nl (ECLI:NL:RBOBR:2026:5123).

Persvoorlichter: mr. J. Kuipers, 088 361 20 00
""")

# ------------------------------------------------------------------ FR allow
add(700, "fr", "circulaire-neutralite-signes-convictionnels", A, [],
    "circular on neutrality and religious symbols for staff: generic",
    "SPF BOSA Cellule juridique <juridique@bosa.fgov.be>", "secretariat@syndicat-slfp.be",
    "Circulaire 2026/7 - neutralité et signes convictionnels",
    """Madame, Monsieur,

La circulaire rappelle que les agents en contact avec le public s'abstiennent de porter des
signes convictionnels visibles, que les convictions religieuses ou philosophiques des agents ne
sont jamais enregistrées, et que les demandes d'adaptation (pauses de prière, jours fériés
religieux) sont traitées sans que le motif soit consigné.

Cellule juridique SPF BOSA
""")

add(701, "fr", "appel-offres-logiciel-dossier-medical", A, [],
    "tender for medical file software: technical requirements only",
    "Marchés publics CHU Saint-Pierre <marches@stpierre-bru.be>", "tenders@medisoft-editeur.eu",
    "Cahier des charges DPI - questions/réponses",
    """Madame, Monsieur,

Réponses aux questions des soumissionnaires :

Q3 : Le logiciel doit-il gérer les résultats de tests génétiques ? R : oui, dans un module à
accès restreint, avec journalisation.
Q4 : Hébergement ? R : en Belgique ou dans l'UE, chiffrement au repos exigé.
Q5 : Volume ? R : environ 450.000 patients actifs.

Service des marchés publics
""",
    atts=[("pdf", "QR_DPI.pdf", ["Cahier des charges DPI - Questions et reponses",
          "Q3 Tests genetiques: module a acces restreint.", "Q5 Volume: 450.000 patients actifs."])])

add(702, "fr", "facture-serrurier-societe-iban", A, [],
    "invoice payment to a company (SRL) with its IBAN; invalid look-alike NN as file number",
    "Comptabilité Commune d'Etterbeek <comptabilite@etterbeek.brussels>", "factures@serrurerie-dumont-srl.be",
    "paiement facture F-2026-117 (installation contrôle d'accès)",
    """Bonjour,

Votre facture F-2026-117 de 6.402,00 EUR TVAC (installation du contrôle d'accès par badge,
sans lecteur biométrique) a été payée sur le compte de Serrurerie Dumont SRL
BE77 3102 4680 2442.

Numéro de dossier : 03062108800

Comptabilité
""",
    nums=[("iban", "BE77 3102 4680 2442", True, "org"), ("nn", "03062108800", False)])

add(703, "fr", "offre-emploi-conseiller-diversite", A, [],
    "job offer for a diversity adviser: generic mention of origin, religion, orientation",
    "Jobs Actiris <jobs@actiris.brussels>", "offres@references-emploi.be",
    "Offre : conseiller·ère diversité (m/f/x)",
    """Bonjour,

Merci de publier :

Conseiller·ère diversité - Actiris
Vous accompagnez les employeurs bruxellois dans leurs plans de diversité et luttez contre les
discriminations liées à l'origine, aux convictions, à l'orientation sexuelle ou au handicap.
Les plans utilisent uniquement des données agrégées.

Contact : Fatou Ndiaye, responsable recrutement, 02 800 42 42.
""")

add(704, "fr", "statistiques-detention-surveillance", A, [],
    "aggregated detention and electronic monitoring statistics, ODS",
    "Direction Recherche SPF Justice <recherche@just.fgov.be>", "etudes@crim-uclouvain-partenaire.be",
    "données agrégées population carcérale 2025",
    """Bonjour,

Les chiffres agrégés demandés pour votre étude.

Direction Recherche
""",
    atts=[("ods", "population_2025.ods", [
        ["Catégorie", "Moyenne journalière 2025"], ["Condamnés", "7.412"], ["Prévenus", "3.655"],
        ["Surveillance électronique", "2.180"], ["Internés", "521"]])])

add(705, "fr", "invitation-webinaire-biometrie-cnil", A, [],
    "webinar invitation about biometrics in HR, speakers in professional capacity",
    "Autorité de protection des données <evenements@apd-gba.be>", "dpo@intercommunale-idelux.be",
    "Invitation : webinaire « biométrie au travail »",
    html="""<html><body><p>Madame, Monsieur,</p>
<p>L'APD vous invite au webinaire <b>« Biométrie au travail : pointeuses à empreintes et reconnaissance faciale »</b>
le 12 janvier de 10h à 11h30.</p><ul><li>Pourquoi le consentement d'un travailleur est rarement libre</li>
<li>Alternatives sans données biométriques</li></ul>
<p>Orateur : Me Xavier Lambert, conseiller juridique APD.<br>Inscription : evenements@apd-gba.be</p></body></html>""")

add(706, "fr", "reponse-demande-extrait-casier", A, [],
    "reply about how to request a criminal-record extract; no content",
    "Service Population Commune de Woluwe <population@woluwe1200.be>", "benevoles@asbl-les-petits-riens-partenaire.be",
    "Re: extraits de casier pour vos bénévoles",
    """Bonjour,

Chaque bénévole doit demander lui-même son extrait de casier judiciaire (modèle 2) via
l'application fédérale ou au guichet. Nous ne pouvons pas vous transmettre les extraits ;
seul le bénévole vous le présente.

Service Population

> Le 20/11/2026, l'ASBL a écrit :
> Pouvez-vous nous envoyer directement les extraits de nos 12 nouveaux bénévoles ?
""")

add(707, "fr", "communique-syndicat-greve-porte-parole", A, [],
    "press release about a strike notice by unions with a spokesperson's contact",
    "Communication STIB <presse@stib.brussels>", "redaction@bx1-info.be",
    "Communiqué : préavis de grève du 9 décembre",
    """COMMUNIQUÉ

Les organisations syndicales CGSP, CSC-Transcom et SLFP ont déposé un préavis de grève pour le
9 décembre. La STIB prévoit un service réduit sur 60 % du réseau.

Contact presse : An Van hamme, porte-parole, presse@stib.brussels
""")

add(708, "fr", "formulaire-vierge-allergies-ecole", A, [],
    "blank school health form with placeholders, CSV template",
    "Secrétariat École fondamentale de Nivelles <secretariat@ecole-nivelles.be>", "classes-vertes@domaine-neuville.be",
    "modèle de fiche santé classes vertes",
    """Bonjour,

Voici le modèle vierge que nous utiliserons ; les fiches remplies vous seront remises en mains
propres le jour du départ.

Le secrétariat
""",
    atts=[("csv", "modele_fiche_sante.csv", [
        ["nom de l'enfant", "allergies", "traitement en cours", "régime alimentaire", "personne de contact"],
        ["[nom]", "[ ]", "[ ]", "[ ]", "[nom et téléphone]"]])])

# ------------------------------------------------------------------ DE allow
add(709, "de", "infoblatt-genetische-beratung", A, [],
    "information leaflet on genetic counselling, generic",
    "Gesundheitsamt DG <gesundheit@dgov.be>", "praxis@hausarzt-weismes.be",
    "Infoblatt genetische Beratung für Ihr Wartezimmer",
    """Sehr geehrter Herr Doktor,

anbei das neue Infoblatt. Kernbotschaft: Gentests nur nach Beratung; Ergebnisse gehören in die
Patientenakte und werden nicht per E-Mail verschickt.

Gesundheitsamt
""",
    atts=[("pdf", "Infoblatt_Genetik.pdf", ["Genetische Beratung - was Sie wissen sollten",
          "Ein Gentest kann Anlagen fuer Krankheiten zeigen.",
          "Lassen Sie sich vorher beraten. Termine: 087 59 64 00."])])

add(710, "de", "protokoll-personalrat-namen-zahlen", A, [],
    "staff council minutes: named attendees in their functions and aggregate numbers",
    "Personalrat Stadt Sankt Vith <personalrat@st.vith.be>", "redaktion@grenzecho-lokal.be",
    "Protokoll Personalrat 17.11. (öffentlicher Teil)",
    """Anwesend: H. Lentz (Vorsitz Personalrat), M. Backes (Personalrat), Bürgermeister H. Hoffmann, Generaldirektorin E. Theodor.

1. Krankheitsquote 2025: 5,1 %.
2. 23 Neueinstellungen, davon 9 mit Behinderung über die DSL-Beschäftigungsquote.
3. Nächste Sitzung 15.12.

Personalrat
""")

add(711, "de", "ausschreibung-gesichtserkennung-verbot", A, [],
    "tender clarification: face recognition excluded, generic",
    "Vergabestelle Ministerium DG <vergabe@dgov.be>", "angebote@sicherheitstechnik-ost.de",
    "Ausschreibung Videoschutz - Klarstellung",
    """Sehr geehrte Bieter,

Klarstellung zu Los 2: Die Kameras dürfen keine biometrischen Merkmale auswerten (keine
Gesichtserkennung, keine Gangerkennung). Speicherung der Bilder höchstens 30 Tage.

Vergabestelle
""")

add(712, "de", "schulung-strafregister-datenschutz", A, [],
    "training agenda on criminal data handling, placeholder example",
    "Ausbildungszentrum Polizei <ausbildung@polizeischule-dg.be>", "teilnehmer@gemeinden-dg-netz.be",
    "Schulung: Umgang mit Strafregisterauszügen",
    """Liebe Kolleginnen und Kollegen,

Programm der Schulung am 20. Januar:
- Wer darf einen Auszug verlangen? (Muster 1 / Muster 2)
- Übung: "Herr Mustermann legt einen Auszug vor - was darf notiert werden?" Antwort: nur, dass
  ein Auszug vorgelegt wurde, nicht der Inhalt.
- Aufbewahrung: keine Kopien.

Ausbildungszentrum
""")

add(713, "de", "zahlungsbestaetigung-gmbh-iban", A, [],
    "payment confirmation to a GmbH with its IBAN; invalid card-like order number",
    "Buchhaltung ÖSHZ Kelmis <buchhaltung@oeshz-kelmis.be>", "rechnung@medizintechnik-aachen-gmbh.de",
    "Zahlungsbestätigung Rechnung 44871",
    """Sehr geehrte Damen und Herren,

Ihre Rechnung 44871 (Pflegebetten) über 8.960,00 EUR wurde auf das Konto der Medizintechnik
Aachen GmbH BE86 7511 3579 1350 überwiesen.

Bestellnummer: 4532 0151 1283 0367

Buchhaltung ÖSHZ
""",
    nums=[("iban", "BE86 7511 3579 1350", True, "org"), ("card", "4532 0151 1283 0367", False)])

add(714, "de", "stellenangebot-gewerkschaftssekretaer", A, [],
    "union's own job offer, generic",
    "Personal ADG <personal@adg.be>", "stellenboerse@ostbelgien-jobs.be",
    "Veröffentlichung: Berater/in Arbeitsmarktintegration",
    """Guten Tag,

bitte veröffentlichen:

Berater/in Arbeitsmarktintegration (m/w/d), Arbeitsamt der DG
Sie begleiten Arbeitsuchende, auch Menschen mit gesundheitlichen Einschränkungen oder einer
Vorstrafe, auf dem Weg in Arbeit. Sie arbeiten mit Sozialpartnern und Gewerkschaften zusammen.

Auskunft: Frau Lisa Rauw, 087 63 89 00.
""")

# ------------------------------------------------------------------ EN allow
add(715, "en", "policy-note-political-neutrality-eu", A, [],
    "policy note on political activities of staff: generic",
    "HR Policy European Commission Representation <hr-policy@ec-representation-be.eu>", "staff-committee@eu-staff-union.org",
    "Guidance on political activities during the election period",
    """Dear colleagues,

Staff who intend to stand for public office must inform the appointing authority; political
opinions of staff are never recorded in personal files. Campaigning is not allowed on the
premises or with official e-mail.

HR Policy
""")

add(716, "en", "aggregate-hate-crime-stats", A, [],
    "aggregated hate-crime statistics by motive, HTML attachment",
    "Unia Data Unit <data@unia.be>", "research@fra-partner-study.eu",
    "2025 reports by ground of discrimination",
    """Dear Dr Novak,

The aggregated 2025 figures you requested are attached.

Unia Data Unit
""",
    atts=[("html", "reports_2025.html", """<html><body><table border="1">
<tr><th>Ground</th><th>Files opened</th></tr><tr><td>racial / ethnic origin</td><td>1,402</td></tr>
<tr><td>religion or belief</td><td>411</td></tr><tr><td>sexual orientation</td><td>158</td></tr>
<tr><td>disability</td><td>1,120</td></tr></table></body></html>""")])

add(717, "en", "press-contact-dna-database-report", A, [],
    "annual report announcement of a national DNA database with press contact; aggregate numbers",
    "NICC Communication <communication@nicc.fgov.be>", "desk@belga-news-partner.be",
    "Annual report National DNA Databases 2025",
    """Dear editor,

The 2025 annual report is online. Highlights: 61,300 profiles in the Convicted Persons
database, 3,950 trace-to-person matches, 14 % more than in 2024.

Press contact: Dr Hilde Smets, spokesperson, +32 2 240 05 00, communication@nicc.fgov.be
""")

add(718, "en", "sick-leave-notice-no-reason", A, [],
    "absence notice to an external trainer: sick leave without reason",
    "Training Coordinator RVA <training@rva.be>", "bookings@learninghub-training.eu",
    "Change of participants - course 4 December",
    """Hello,

Please replace Mr Stefan Claessens by Ms Nora Bauwens for the course on 4 December; Mr
Claessens is on sick leave.

Training coordinator, RVA
""")

add(719, "en", "information-page-biometric-passport", A, [],
    "consular information page on biometric passports (generic)",
    "Consular Affairs FPS Foreign Affairs <consular.web@diplobel.fed.be>", "cms@webagency-partner.eu",
    "Text update: biometric data in passports",
    html="""<html><body><h2>Biometric data in your passport</h2>
<p>Your passport chip stores your photo and two fingerprints. They are used only to check that
the passport belongs to you. Fingerprints are deleted from the production system after issue.</p>
<p>Contact: consular.web@diplobel.fed.be</p></body></html>""")

add(720, "en", "minutes-eu-council-working-party", A, [],
    "working party minutes with named delegates and aggregate figures on ethnic data collection",
    "Belgian Permanent Representation <permrep.social@diplobel.fed.be>", "secretariat@council-wp-social.eu",
    "Draft minutes - Working Party on Social Questions",
    """Dear Secretariat,

Belgian comments on the draft minutes:

Present: Ms C. Dubois (BE), Mr J. Berg (NL), Ms A. Richter (DE).
Point 2: the delegations noted that 11 of 27 Member States collect equality data on ethnic origin
in their census, always anonymously and on a voluntary basis.

Belgian Permanent Representation
""")
