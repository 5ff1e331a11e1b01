# -*- coding: utf-8 -*-
"""Dev batch 8, drop 1: the 60 `tune` messages (601-660)."""

M = []


def add(n, lang, slug, action, ents, note, frm, to, subj, body=None, html=None, atts=(), nums=(), cc=None, hdr=None):
    M.append(dict(n=n, lang=lang, slug=slug, action=action, ents=ents, note=note, frm=frm, to=to,
                  subj=subj, body=body, html=html, atts=list(atts), nums=list(nums), cc=cc, hdr=hdr,
                  split="tune"))


B, A = "block", "allow"

# ------------------------------------------------------------------ NL block
add(601, "nl", "quote-partijlidmaatschap-medewerker", B, ["ART9_POLITICAL_OPINION"],
    "party membership and canvassing of a named employee (not an elected official) in a quoted reply, two levels down",
    "Hilde Verstraete <hilde.verstraete@stad-lokeren.be>", "Bart Claeys <b.claeys@claeys-advocaten.be>",
    "RE: RE: klacht neutraliteit loket Burgerzaken",
    """Meester Claeys,

Zoals telefonisch afgesproken stuur ik u de interne briefwisseling door, zodat u het dossier
kunt voorbereiden voor het gesprek van donderdag.

Met vriendelijke groeten,
Hilde Verstraete
Diensthoofd HR - Stad Lokeren

-----Oorspronkelijk bericht-----
Van: Koen De Smet
Verzonden: maandag 16 november 2026 14:02
Aan: Hilde Verstraete
Onderwerp: RE: klacht neutraliteit loket Burgerzaken

Hilde, ik heb met hem gepraat. Hij ontkent niet dat hij folders heeft uitgedeeld.

> -----Oorspronkelijk bericht-----
> Van: Sofie Van Damme (teamleider Burgerzaken)
> Onderwerp: klacht neutraliteit loket Burgerzaken
>
> Koen, er zijn twee klachten binnengekomen over Wim Roelandt (loket 3). Wim is al jaren
> lid van Vlaams Belang en maakt daar aan het loket geen geheim van: hij heeft tijdens de
> kantooruren pamfletten van de partij meegegeven aan bezoekers en gezegd dat ze "op de
> juiste partij moeten stemmen". Kan jij met hem spreken?
""")

add(602, "nl", "xlsx-dragerschap-cf", B, ["ART9_GENETIC"],
    "XLSX with named relatives and a column 'Dragerschap CFTR' plus genotype: genetic test results (carrier status, no diagnosis, so no HEALTH)",
    "Centrum Medische Genetica UZ <cmg-secretariaat@uzgent.be>", "dr. An Lievens <an.lievens@huisartsenpraktijk-deurle.be>",
    "Resultaten dragerschapsonderzoek familie Mertens",
    """Beste collega,

In bijlage de resultaten van het cascadeonderzoek in de familie Mertens, zoals gevraagd in uw
verwijsbrief van 3 november. De indexpatiënt is bij ons gekend; de verwanten die zich hebben
aangemeld vindt u in het rekenblad. Wij raden aan de dragers zelf in te lichten bij een volgende
consultatie; een genetisch consult kan via ons secretariaat worden ingepland.

Collegiale groeten,
Secretariaat Centrum Medische Genetica
""",
    atts=[("xlsx", "cascade_Mertens_CFTR.xlsx", [
        ["Naam", "Geboortedatum", "Verwantschap", "Dragerschap CFTR", "Genotype"],
        ["Mertens, Jolien", "1994-05-12", "zus index", "drager", "F508del / wt"],
        ["Mertens, Pieter", "1962-09-30", "vader index", "drager", "F508del / wt"],
        ["Mertens-Dhondt, Rita", "1964-02-07", "moeder index", "drager", "G542X / wt"],
        ["Mertens, Tom", "1998-11-21", "broer index", "geen drager", "wt / wt"],
    ])])

add(603, "nl", "csv-vingerafdruk-toegang", B, ["ART9_BIOMETRIC"],
    "CSV export of the access-control system: named staff with fingerprint minutiae templates",
    "ICT Facility <facility-ict@gemeente-oosterhout.nl>", "support@secura-toegang.nl",
    "Export toegangsbadges + vingerafdruktemplates voor migratie",
    """Hallo Secura-support,

Voor de migratie naar de nieuwe lezers in het stadskantoor hierbij de export uit het oude systeem.
Kolom 'template' bevat de vingerafdruktemplates (ISO 19794-2, base64) zoals de lezer ze opslaat.
Graag bevestiging wanneer de import gelukt is, dan wissen wij de oude database.

Groet,
Ruud Kamphuis
Facilitair Bedrijf - gemeente Oosterhout
""",
    atts=[("csv", "export_lezers_stadskantoor.csv", [
        ["personeelsnr", "naam", "afdeling", "vinger", "template_minutiae_b64"],
        ["P10422", "Yvonne Brouwer", "Publiekszaken", "rechter wijsvinger", "Rk1SACAyMAAAAAFiAAABAAEAAGQAAAAAAQaAVgBDUwBAgE0AtgBD"],
        ["P10517", "Erik Jansen", "Belastingen", "linker duim", "Rk1SACAyMAAAAAE8AAABAAEAAGQAAAAAAQaAXQA2RAC9gG8A8QBF"],
        ["P11003", "Fatima el Idrissi", "Sociaal Domein", "rechter duim", "Rk1SACAyMAAAAAGqAAABAAEAAGQAAAAAAQaAjwB1PwBngFIArgA+"],
    ])])

add(604, "nl", "ocmw-verslag-relatie-partner", B, ["ART9_SEX_LIFE"],
    "social worker's report on a named client mentions his same-sex relationship and coming out, in a forwarded mail",
    "Lotte Bogaert <lotte.bogaert@ocmw-ronse.be>", "Onthaal Vzw Wel Jong <onthaal@weljong-regio.be>",
    "Fwd: aanmelding begeleiding Jonas",
    """Dag team,

Zoals besproken meld ik Jonas bij jullie aan. Hieronder het verslag van mijn collega; Jonas is
akkoord met de doorverwijzing.

Lotte Bogaert
Maatschappelijk werker - OCMW Ronse

---------- Doorgestuurd bericht ----------
Van: Ward Cools <ward.cools@ocmw-ronse.be>
Datum: 12 nov. 2026 16:40
Onderwerp: aanmelding begeleiding Jonas

Jonas Vermeulen (19 jaar, Ronse) woont sinds de zomer niet meer thuis. Hij is in september
uit de kast gekomen; zijn ouders aanvaarden niet dat hij een relatie heeft met een jongen
uit zijn klas en hebben hem buitengezet. Hij slaapt nu bij zijn vriend Milan en diens moeder.
Vraag: begeleiding en een veilige woonplek.
""")

add(605, "nl", "cjib-veroordeling-bsn", B, ["ART10_CRIMINAL", "NL_BSN"],
    "CJIB mail to a debt counsellor naming a person with BSN, a conviction and the remaining detention term",
    "Klantcontact CJIB <klantcontact@cjib.nl>", "M. Bosman <m.bosman@schuldhulp-plus.nl>",
    "Uw vraag over betalingsregeling dhr. Van der Meer",
    """Geachte heer Bosman,

U vroeg namens uw cliënt, de heer D. van der Meer (BSN 234567818), of de openstaande bedragen
in een regeling kunnen worden omgezet.

Het gaat om een geldboete van EUR 1.450 uit het vonnis van de politierechter te Rotterdam
(mishandeling, art. 300 Sr), met daarnaast een schadevergoedingsmaatregel van EUR 2.300. Bij
niet-betalen kan gijzeling of vervangende hechtenis van 29 dagen volgen. Een regeling voor de
maatregel is mogelijk; voor de geldboete niet meer.

Met vriendelijke groet,
Klantcontact CJIB, Leeuwarden
""",
    nums=[("bsn", "234567818", True)])

add(606, "nl", "ods-herkomst-leerlingen", B, ["ART9_ETHNIC_ORIGIN"],
    "ODS attachment: named pupils with a column 'Etnische herkomst' sent to an external research bureau",
    "Zorgcoördinator Atheneum <zorg@atheneum-vilvoorde.be>", "onderzoek@edumonitor-onderzoek.be",
    "aangevraagde lijst taalscreening 1e graad",
    """Beste,

Hierbij de lijst van de leerlingen die aan de taalscreening deelnamen. Ik heb de kolom met de
herkomst erbij gezet zoals jullie vroegen, uit ons leerlingvolgsysteem.

Groeten,
Evelien Maes
Zorgcoördinator
""",
    atts=[("ods", "taalscreening_1A_1B.ods", [
        ["Leerling", "Klas", "Thuistaal", "Etnische herkomst", "Score"],
        ["Amir Benali", "1A", "Arabisch", "Marokkaans", "62"],
        ["Elif Yilmaz", "1A", "Turks", "Turks-Koerdisch", "71"],
        ["Noah Peeters", "1B", "Nederlands", "Belgisch", "88"],
        ["Kofi Mensah", "1B", "Engels", "Ghanees", "75"],
    ])])

add(607, "nl", "docx-levensbeschouwing-gedetineerden", B, ["ART9_RELIGION", "ART10_CRIMINAL"],
    "prison DOCX table: named detainees with a column 'Levensbeschouwing' for the chaplaincy (also detention = Art. 10)",
    "Directie Gevangenis Brugge <directie.brugge@just.fgov.be>", "secretariaat@moskeevzw-sint-andries.be",
    "lijst bezoek ramadan - afspraken imam",
    """Geachte,

Met het oog op de bezoeken van de imam tijdens de ramadan bezorgen wij u de lijst van de
gedetineerden die zich hebben ingeschreven. Gelieve bij aankomst aan de portier de naam van de
gedetineerde te vermelden.

Met vriendelijke groeten,
Directie Gevangenis Brugge
""",
    atts=[("docx", "inschrijvingen_erediensten_vleugel_B.docx",
           ["Gevangenis Brugge - inschrijvingen erediensten vleugel B", "Stand 10/11/2026"],
           [["Naam gedetineerde", "Cel", "Levensbeschouwing", "Gewenst"],
            ["Youssef Amrani", "B2-114", "islam", "vrijdaggebed + gesprek imam"],
            ["Karim Haddou", "B2-121", "islam", "gesprek imam"],
            ["Dennis Wouters", "B3-007", "protestant", "dominee"]])])

add(608, "nl", "html-tabel-vakbond-stakers", B, ["ART9_TRADE_UNION"],
    "HTML body table lists named workers with their union (ACV/ABVV/ACLVB) for a strike payment list sent to an external payroll firm",
    "Personeelsdienst <personeel@gemeente-zele.be>", "payroll-team@sdworx-klant.be",
    "Stakingsdag 24/11 - lijst voor loonverwerking",
    html="""<html><body><p>Beste payrollconsulent,</p>
<p>Voor de loonverwerking van november: onderstaande medewerkers hebben op 24/11 gestaakt. De
vakbond vermelden we omdat de stakingsvergoeding via hun organisatie loopt.</p>
<table border="1"><tr><th>Medewerker</th><th>Dienst</th><th>Vakbond</th><th>Uren</th></tr>
<tr><td>Marleen Cooreman</td><td>Technische dienst</td><td>ACOD (ABVV)</td><td>7,6</td></tr>
<tr><td>Jan Van Hoorebeke</td><td>Groendienst</td><td>ACV Openbare Diensten</td><td>7,6</td></tr>
<tr><td>Nadia Bouzid</td><td>Schoonmaak</td><td>VSOA</td><td>3,8</td></tr></table>
<p>Vriendelijke groeten,<br>Personeelsdienst gemeente Zele</p></body></html>""")

add(609, "nl", "uwv-reintegratie-diagnose-bsn", B, ["ART9_HEALTH", "NL_BSN", "IBAN_CODE"],
    "UWV mail to an external reintegration agency: named client, BSN, private IBAN, 'Diagnose:' field (burn-out, medication)",
    "Arbeidsdeskundige UWV <r.vandijk@uwv.nl>", "intake@werkfit-reintegratie.nl",
    "Opdracht Werkfit-traject",
    """Geachte heer/mevrouw,

Hierbij verstrek ik u de opdracht voor een Werkfit-traject.

Cliënt: mevrouw S. Koster
BSN: 314159265
Uitkering: WIA (WGA), ingangsdatum 1 juni 2026
Diagnose: burn-out met depressieve klachten, gebruikt sertraline
Belastbaarheid: maximaal 4 uur per dag, geen klantcontact met conflicten

De reiskostenvergoeding wordt overgemaakt op haar eigen rekening NL35 INGB 0004 4556 67.
Het plan van aanpak ontvang ik graag binnen zes weken.

Met vriendelijke groet,
R. van Dijk, arbeidsdeskundige
UWV Utrecht
""",
    nums=[("bsn", "314159265", True), ("iban", "NL35 INGB 0004 4556 67", True)])

# ------------------------------------------------------------------ FR block
add(610, "fr", "cpas-agent-encarte-parti", B, ["ART9_POLITICAL_OPINION"],
    "indirect phrasing ('encarté au PTB', 'il milite') about a named CPAS agent, in a reply to an external HR consultant",
    "Directrice générale CPAS <dg@cpas-seraing.be>", "Laurent Piret <l.piret@rh-conseil-wallonie.be>",
    "Re: médiation service social - préparation",
    """Monsieur Piret,

Merci pour votre proposition de calendrier, le 3 décembre nous convient.

Pour que vous compreniez la tension dans l'équipe : M. Olivier Gillet, assistant social au
service de première ligne, est encarté au PTB depuis des années et il milite ouvertement,
y compris pendant les réunions d'équipe. Deux collègues se plaignent qu'il commente leurs
choix de vote. Je préférerais que ce point soit abordé avec tact.

Bien à vous,
Chantal Renard
Directrice générale, CPAS de Seraing

Le 18/11/2026 à 10:15, Laurent Piret a écrit :
> Madame Renard, je vous propose les 26 novembre ou 3 décembre pour la première séance.
""")

add(611, "fr", "pdf-profil-str-labo", B, ["ART9_GENETIC", "ART10_CRIMINAL"],
    "PDF report with a named suspect's DNA STR profile (table of loci) and the case; genetic + criminal suspicion",
    "Laboratoire ADN INCC <labo.adn@just.fgov.be>", "Me Valérie Stassart <v.stassart@avocats-stassart.be>",
    "Dossier PV LI.12.L3.045123/2026 - rapport d'analyse génétique",
    """Maître,

À la demande du juge d'instruction et conformément à l'ordonnance, veuillez trouver ci-joint le
rapport d'analyse génétique concernant votre client.

Cordialement,
Laboratoire ADN - Institut National de Criminalistique et de Criminologie
""",
    atts=[("pdf", "rapport_ADN_Lambert.pdf", [
        "INCC - Rapport d'analyse genetique",
        "Personne: LAMBERT Kevin, ne le 14/03/1978, suspect dans le dossier de vol avec violence",
        "Prelevement buccal du 02/11/2026. Comparaison avec trace T3 (poignee de porte).",
        "Conclusion: le profil de la trace correspond au profil de M. Lambert.",
        "Profil STR:"],
        [["Locus", "Allele 1", "Allele 2"], ["D3S1358", "15", "17"], ["vWA", "16", "18"],
         ["FGA", "21", "24"], ["TH01", "6", "9.3"], ["D8S1179", "13", "14"]])])

add(612, "fr", "eml-joint-gabarit-empreintes-nn", B, ["ART9_BIOMETRIC", "BE_NATIONAL_NUMBER"],
    "police zone forwards an attached e-mail carrying a named person's fingerprint template reference and NN",
    "Zone de police Namur Capitale <identification@police-namur.be>", "support@biometrix-solutions.eu",
    "TR: échec d'enrôlement - ticket 4471",
    """Bonjour,

Je vous transmets en pièce jointe le message de notre agent d'accueil au sujet de l'échec
d'enrôlement. Pouvez-vous examiner le gabarit ?

Sgt. Mathieu Collard
Service Identification - ZP Namur Capitale
""",
    atts=[("eml", "echec_enrolement.eml", dict(
        frm="Accueil ZP Namur <accueil@police-namur.be>", to="identification@police-namur.be",
        subj="échec d'enrôlement borne 2",
        body="""Bonjour Mathieu,

La borne 2 refuse l'enrôlement de M. Serge Delvaux (NN 69.08.30-211.06). Voici ce que la borne
a enregistré avant l'erreur :

Gabarit empreinte digitale (index droit), minuties ISO 19794-2 :
Rk1SACAyMAAAAAEeAAABLAGQAMUAxQEAAABXQIAXAEfYUAB8AHyeZABzAFWvZECjAGWT
Qualité NFIQ : 3

Merci de voir avec le fournisseur.
Isabelle
"""))],
    nums=[("nn", "69.08.30-211.06", True)])

add(613, "fr", "docx-fiche-orientation-sexuelle", B, ["ART9_SEX_LIFE"],
    "DOCX intake form filled in for a named job seeker with 'Orientation sexuelle : homosexuel' sent to an external NGO",
    "Conseillère Actiris <mkeita@actiris.brussels>", "accueil@rainbowhouse-emploi.be",
    "Orientation de M. Dubois vers votre accompagnement",
    """Bonjour,

Comme convenu lors de notre réunion de réseau, je vous oriente M. Dubois, qui souhaite un
accompagnement spécifique après des difficultés sur son précédent lieu de travail. Sa fiche
d'accueil est en annexe.

Bien à vous,
Mariam Keita
Conseillère emploi - Actiris
""",
    atts=[("docx", "fiche_accueil_Dubois.docx",
           ["Fiche d'accueil - orientation partenaire"],
           [["Nom", "Dubois Antoine"], ["Date de naissance", "22/07/1990"],
            ["Motif", "harcèlement homophobe chez l'ancien employeur"],
            ["Orientation sexuelle", "homosexuel, en couple avec un homme"],
            ["Attentes", "recherche d'un employeur inclusif"]])])

add(614, "fr", "prison-bracelet-nn-reponse", B, ["ART10_CRIMINAL", "BE_NATIONAL_NUMBER"],
    "reply thread: prison tells an external employer about a named detainee's electronic monitoring and sentence, NN in quoted part",
    "Greffe Prison de Marche <greffe.marche@just.fgov.be>", "rh@menuiserie-lejeune.be",
    "Re: embauche de M. Henrard - horaires",
    """Madame,

Les horaires que vous proposez (7h-16h) sont compatibles avec la surveillance électronique à
condition que M. Henrard rentre à son domicile au plus tard à 17h00. Tout retard doit être
signalé au Centre national de surveillance électronique.

Greffe - Prison de Marche-en-Famenne

> Le 17/11/2026, rh@menuiserie-lejeune.be a écrit :
> Bonjour, nous souhaitons engager M. Julien Henrard (registre national 85110245685)
> qui nous dit purger une peine de 3 ans pour trafic de stupéfiants sous bracelet
> électronique. Quels horaires sont possibles ?
""",
    nums=[("nn", "85110245685", True)])

add(615, "fr", "csv-origine-ethnique-forem", B, ["ART9_ETHNIC_ORIGIN"],
    "CSV with named trainees and a column 'origine ethnique' for a subsidy report sent to an external consultant",
    "Centre de formation Forem Liège <formation.liege@forem.be>", "rapports@evalform-consult.be",
    "données stagiaires pour le rapport FSE+",
    """Bonjour Monsieur Lenoir,

Voici l'extraction demandée pour le rapport du projet FSE+. J'ai ajouté la colonne
« origine ethnique » comme dans votre modèle ; dites-moi si le format convient.

Cordialement,
Nathalie Jacquemin
""",
    atts=[("csv", "stagiaires_2026_T3.csv", [
        ["nom", "prenom", "formation", "origine ethnique", "sortie"],
        ["Diallo", "Mamadou", "cariste", "guinéenne (peule)", "emploi"],
        ["Nowak", "Agnieszka", "aide-soignante", "polonaise", "formation"],
        ["Bakari", "Hassan", "soudeur", "rom", "abandon"],
        ["Dupont", "Céline", "comptabilité", "belge", "emploi"],
    ])])

add(616, "fr", "tr-conviction-religieuse-eleve", B, ["ART9_RELIGION"],
    "forwarded mail: teacher reports a named pupil's religious practice (fasting, conversion) to an external sports club",
    "Direction École communale Jambes <direction@ecole-jambes.be>", "secretariat@rfc-jambes-jeunes.be",
    "TR: stage de football de décembre",
    """Bonjour,

Je vous fais suivre le message de l'institutrice, pour que l'encadrement du stage soit au courant.

Pierre Lhoest, directeur

-------- Message transféré --------
De : Mme Sarah Goffin
Objet : stage de football de décembre

Pour information, Ilyas Mertens (5e primaire) s'est converti à l'islam avec sa mère cet été ;
il pratique strictement, ne mange pas de porc et fera ses prières pendant le stage. Merci de
prévoir un coin calme à 13h.
""")

add(617, "fr", "xlsx-cotisation-syndicale-retenue", B, ["ART9_TRADE_UNION"],
    "XLSX header 'Syndicat' / 'cotisation' for named employees sent to an external social secretariat",
    "Service du personnel Ville de Wavre <personnel@wavre.be>", "gestion-salaires@secretariat-social-ucm.be",
    "retenues syndicales décembre",
    """Bonjour,

Veuillez trouver en annexe les retenues de cotisations syndicales à appliquer sur les salaires
de décembre, avec l'organisation bénéficiaire.

Merci,
Service du personnel
""",
    atts=[("xlsx", "retenues_syndicales_12-2026.xlsx", [
        ["Matricule", "Nom", "Syndicat", "Cotisation mensuelle"],
        ["W0451", "Gérard Mathy", "CGSP", "16,50"],
        ["W0488", "Isabelle Thiry", "CSC Services publics", "15,90"],
        ["W0502", "Luc Bertrand", "SLFP", "14,00"],
    ], "Décembre")])

add(618, "fr", "inami-reponse-sclerose-medecin", B, ["ART9_HEALTH"],
    "INAMI medical adviser's reply to an external lawyer quoting a named insured person's diagnosis (abbreviation SEP) and treatment",
    "Médecin-conseil INAMI <sec.medical@inami.fgov.be>", "Me Rachid Benali <r.benali@cabinet-benali.be>",
    "Re: demande de révision - Mme Vanderheyden",
    """Maître,

Suite à votre courrier, je vous confirme que le dossier de Mme Vanderheyden a été réexaminé.
Compte tenu de la SEP rémittente-récurrente diagnostiquée en 2019, du traitement par
natalizumab et des poussées de mars et août, la reconnaissance d'incapacité est maintenue
jusqu'au 31/05/2027.

Dr G. Lemaire, médecin-conseil
""")

# ------------------------------------------------------------------ DE block
add(619, "de", "gemeinde-mitarbeiter-parteiaktiv", B, ["ART9_POLITICAL_OPINION"],
    "German-speaking municipality tells an external coach about a named employee's party activity and views",
    "Personalabteilung Gemeinde Kelmis <personal@kelmis.be>", "Ulrike Brandt <u.brandt@coaching-eifel.de>",
    "Coaching Frau Schmitz - Hintergrund",
    """Sehr geehrte Frau Brandt,

zur Vorbereitung Ihres ersten Termins mit Frau Petra Schmitz (Bauamt): Es gab Spannungen, weil
Frau Schmitz in ihrer Freizeit aktiv für die Vivant-Partei wirbt und in der Kantine regelmäßig
ihre Ablehnung der Regierung der DG und ihre Sympathie für die AfD äußert. Mehrere Kolleginnen
fühlen sich dadurch unter Druck gesetzt.

Mit freundlichen Grüßen
Achim Lennartz
Personalabteilung, Gemeinde Kelmis
""")

add(620, "de", "pdf-gentest-brca-befund", B, ["ART9_GENETIC", "ART9_HEALTH"],
    "PDF with a named patient's BRCA1 genetic test result, sent to an external insurance broker",
    "Klinik St. Josef Sekretariat <sekretariat@klinik-stvith.be>", "service@versicherungsmakler-weynand.be",
    "Befund für Antrag Frau Hilgers",
    """Guten Tag,

wie von Frau Hilgers gewünscht, übersenden wir Ihnen den Befund für ihren Antrag.

Freundliche Grüße
Sekretariat Onkologie, Klinik St. Josef St. Vith
""",
    atts=[("pdf", "Befund_Hilgers_BRCA.pdf", [
        "Klinik St. Josef - Humangenetische Beratung",
        "Patientin: Maria Hilgers, geb. 04.10.1981",
        "Untersuchung: Paneldiagnostik BRCA1/BRCA2",
        "Ergebnis: pathogene Variante BRCA1 c.5266dupC (heterozygot) nachgewiesen.",
        "Empfehlung: intensivierte Frueherkennung, Beratung zur prophylaktischen Operation."])])

add(621, "de", "iris-template-grenze-zip", B, ["ART9_BIOMETRIC"],
    "ZIP with an XLSX of named persons and their iris codes from an enrolment test, sent to an external vendor",
    "IT-Dienst Ministerium DG <it-dienst@dgov.be>", "support@irisscan-systems.de",
    "Testdaten Enrolment Zugangskontrolle",
    """Hallo,

anbei das ZIP mit den Iriscodes aus unserem Pilotversuch am Personaleingang. Bitte prüfen, warum
die Vergleichsrate bei zwei Personen so schlecht ist.

Gruß
Stefan Kohnen, IT-Dienst
""",
    atts=[("zip", "enrolment_pilot.zip", [
        ("xlsx", "iriscodes_pilot.xlsx", [
            ["Mitarbeiter", "Auge", "Iriscode (hex, 256 Byte, gekürzt)", "Hamming-Distanz"],
            ["Jürgen Mreyen", "links", "9f3a0c77e1b24d58a6...", "0,41"],
            ["Sabine Kessler", "rechts", "4be1907dd3a26c1f0e...", "0,38"],
            ["Thomas Heinen", "links", "c02f5e99ab1370d4e8...", "0,12"]]),
        ("txt", "liesmich.txt", "Iriscodes aus dem Pilot, 3 Mitarbeiter, Kamera IRC-200.\n")])])

add(622, "de", "zitat-sexualleben-beratung", B, ["ART9_SEX_LIFE"],
    "quoted earlier message in a reply: a named client's sex life (sex work, partners) in a counselling referral",
    "Sozialdienst ÖSHZ Eupen <sozialdienst@oeshz-eupen.be>", "beratung@aidshilfe-aachen.de",
    "AW: Termin für Herrn K.",
    """Guten Tag,

danke für den schnellen Termin am Dienstag. Herr Krings wird von mir begleitet.

Viele Grüße
Nina Palm, ÖSHZ Eupen

> Am 19.11.2026 schrieb Nina Palm:
> Wir möchten Herrn Dirk Krings bei Ihnen anmelden. Er hatte in den letzten Monaten
> wechselnde ungeschützte Sexualkontakte mit Männern und arbeitet gelegentlich als
> Sexarbeiter; er möchte sich testen und beraten lassen.
""")

add(623, "de", "polizei-vorstrafen-bis", B, ["ART10_CRIMINAL", "BE_BIS_NUMBER"],
    "police zone sends an external security company a named person's prior convictions with BIS number",
    "Polizeizone Eifel <verwaltung@pz-eifel.be>", "personal@sicherheit-ostbelgien.be",
    "Ihre Anfrage zu Bewerber",
    """Sehr geehrte Damen und Herren,

zu Ihrer telefonischen Anfrage zu Ihrem Bewerber Herrn Andrzej Wiśniewski (BIS 88441721573):
Gegen ihn liegen zwei Verurteilungen vor, 2021 wegen Diebstahls (6 Monate auf Bewährung) und
2024 wegen Trunkenheit am Steuer; ein Ermittlungsverfahren wegen Hehlerei läuft noch.

Mit freundlichen Grüßen
Verwaltung Polizeizone Eifel
""",
    nums=[("bis", "88441721573", True)])

add(624, "de", "html-religion-kita-anmeldung", B, ["ART9_RELIGION"],
    "HTML mail with a table of named children and 'Religionszugehörigkeit' sent to an external caterer",
    "Kita Sonnenschein <leitung@kita-raeren.be>", "bestellung@catering-huppertz.be",
    "Essensliste Januar mit Besonderheiten",
    html="""<html><body><p>Hallo Herr Huppertz,</p>
<p>hier die Liste für Januar. Bitte beachten Sie die Religionszugehörigkeit der Kinder beim Menü.</p>
<table border="1"><tr><th>Kind</th><th>Gruppe</th><th>Religionszugehörigkeit</th><th>Hinweis</th></tr>
<tr><td>Lina Schröder</td><td>Bären</td><td>jüdisch</td><td>koscher, kein Schwein</td></tr>
<tr><td>Omar Haddad</td><td>Bären</td><td>muslimisch</td><td>halal</td></tr>
<tr><td>Mia Brüll</td><td>Igel</td><td>Zeugen Jehovas</td><td>keine Geburtstagsfeier</td></tr></table>
<p>Danke und Gruß<br>Leitung Kita Sonnenschein Raeren</p></body></html>""")

# ------------------------------------------------------------------ EN block
add(625, "en", "fwd-councillor-staff-vote", B, ["ART9_POLITICAL_OPINION"],
    "forwarded internal note: how a named civil servant voted and her views, sent to an outside recruitment agency",
    "Talent Team FPS BOSA <talent@bosa.fgov.be>", "Grace O'Neill <g.oneill@talentbridge-recruit.eu>",
    "Fwd: reference check - Ms Verhoeven",
    """Hi Grace,

Forwarding the note from her former manager as you asked. Please use it with discretion.

Tom

---------- Forwarded message ---------
From: Luc Maes
Subject: reference check - Ms Verhoeven

Karen Verhoeven is competent but very political: she told the whole team she votes Groen,
campaigned for them in the last elections and she keeps arguing against the government's
migration policy in meetings. Some managers found that hard to work with.
""")

add(626, "en", "tsv-snp-genotypes-research", B, ["ART9_GENETIC"],
    "TSV of named participants with SNP genotypes (APOE) from a hospital to an external research partner",
    "Biobank Coordinator <biobank@azstjan.be>", "data-intake@neurogen-research.co.uk",
    "APOE genotypes for the pilot cohort",
    """Dear Dr Hughes,

As agreed, the genotypes of the first pilot participants. I left the names in because your
team will contact them for the follow-up visit.

Best regards,
Katrien Desmet, biobank coordinator
""",
    atts=[("tsv", "apoe_pilot.tsv", [
        ["participant", "birth_year", "rs429358", "rs7412", "APOE"],
        ["Hendrik Dewulf", "1951", "C/T", "C/C", "e3/e4"],
        ["Agnes Vandecasteele", "1948", "C/C", "C/C", "e4/e4"],
        ["Marc Lippens", "1955", "T/T", "C/T", "e2/e3"]])])

add(627, "en", "face-embedding-visitors", B, ["ART9_BIOMETRIC"],
    "face-recognition embeddings of named visitors in an attached HTML report sent to an external analytics firm",
    "Security Desk City of Antwerp <security.desk@antwerpen.be>", "ops@vision-analytics.io",
    "false matches at the Stadhuis entrance",
    """Hello,

Attached is the report from the gate camera for last week. Three visitors were matched to the
wrong person; their face templates are in the file so you can rerun the comparison.

Regards,
Security desk
""",
    atts=[("html", "gate_report_w46.html", """<html><body><h1>Gate report week 46</h1>
<table border="1"><tr><th>Visitor</th><th>Matched as</th><th>Face embedding (512-d, first values)</th></tr>
<tr><td>Priya Raman</td><td>Ines Aerts</td><td>0.0213, -0.1187, 0.0764, 0.1931, -0.0452 ...</td></tr>
<tr><td>Johan Wuyts</td><td>Koen Wuyts</td><td>-0.0841, 0.0329, 0.2210, -0.1402, 0.0077 ...</td></tr>
<tr><td>Saskia de Bruin</td><td>(none)</td><td>0.1550, 0.0612, -0.0199, 0.0935, -0.2033 ...</td></tr>
</table></body></html>""")])

add(628, "en", "hr-thread-affair-colleague", B, ["ART9_SEX_LIFE"],
    "HR thread to an external investigator: named employees' sexual relationship, three levels down",
    "Integrity Office <integrity@vdab.be>", "case-team@ethics-investigations.eu",
    "RE: RE: RE: complaint 2026-17",
    """Dear colleagues,

Please find the earlier exchange below for your investigation file.

Integrity Office, VDAB

From: HR business partner
> Agreed, we need an external view.
>> From: Team manager
>> I am not sure the complaint is only about favouritism.
>>> From: Confidential counsellor
>>> The complainant says that Sven Daems (team lead) and Liesbeth Goossens have been
>>> having a sexual relationship since the spring, that they meet in a hotel after the
>>> Friday meetings, and that Liesbeth got the promotion because of it.
""")

add(629, "en", "probation-report-excerpt", B, ["ART10_CRIMINAL", "NL_BSN"],
    "Dutch probation service sends an English summary with a named offender, BSN, offence and conditions to a foreign employer",
    "Reclassering Nederland <international@reclassering.nl>", "hr@northsea-logistics.co.uk",
    "Employment of Mr Visser - conditions",
    """Dear Ms Patel,

Thank you for your willingness to employ Mr Bas Visser (BSN 271828183). He was convicted in
2025 of fraud and sentenced to 18 months, of which 12 suspended; he is on parole until
August 2027 with a reporting obligation every two weeks. He may not hold a role with access to
client payments.

Kind regards,
International desk, Reclassering Nederland
""",
    nums=[("bsn", "271828183", True)])

add(630, "en", "pdf-ethnicity-monitoring-named", B, ["ART9_ETHNIC_ORIGIN", "BE_NATIONAL_NUMBER"],
    "PDF table with named applicants, NN and an 'Ethnicity' column sent to an external diversity consultant",
    "Diversity Unit Brussels Regional Public Service <diversity@sprb.brussels>", "audit@inclusion-metrics.eu",
    "applicant list for the diversity audit",
    """Hello Mr Okafor,

Here is the list of the applicants of the 2026 intake. We understood you need the individual
lines, so I exported them as they are in our HR system.

Best,
Elke Janssens
""",
    atts=[("pdf", "applicants_2026.pdf", ["Applicants 2026 intake - export HR"],
           [["Name", "National number", "Ethnicity", "Result"],
            ["Youssef Zerrouki", "91010903462", "Moroccan-Belgian", "hired"],
            ["Anna Kowalczyk", "-", "Polish", "reserve"],
            ["Jean Kabongo", "-", "Congolese", "hired"]])],
    nums=[("nn", "91010903462", True)])

# ------------------------------------------------------------------ NL allow
add(631, "nl", "omzendbrief-neutraliteit-personeel", A, [],
    "circular on political neutrality of staff: generic rules, no individual",
    "Directeur-generaal <dg@stad-mechelen.be>", "Vakbondsafvaardiging <afvaardiging@acod-mechelen.be>",
    "Omzendbrief 2026/14 - politieke neutraliteit van het personeel",
    """Geachte,

Ter informatie vindt u hieronder de tekst van de omzendbrief die vanaf 1 januari geldt.

1. Personeelsleden aan het loket dragen geen partijpolitieke symbolen en verspreiden geen
   verkiezingsmateriaal tijdens de diensturen.
2. Het lidmaatschap van een politieke partij is een privézaak; leidinggevenden vragen er niet naar.
3. Een personeelslid dat zich kandidaat stelt bij verkiezingen, meldt dit enkel om verlof voor
   politieke opdracht te regelen (art. 142 rechtspositieregeling).

Vragen kunnen aan HR, hr@stad-mechelen.be.

Met vriendelijke groeten,
Directeur-generaal
""")

add(632, "nl", "ggd-dna-voorlichting-sessie", A, [],
    "information session on genetic testing for the public: generic, contact of the organiser only",
    "GGD Hollands Midden Communicatie <communicatie@ggdhm.nl>", "redactie@leidschdagblad-nieuws.nl",
    "Persbericht: informatieavond erfelijkheid en DNA-tests",
    """PERSBERICHT

Leiden, 20 november 2026 - De GGD organiseert op 8 december een informatieavond over
DNA-tests die je thuis kunt bestellen. Een klinisch geneticus legt uit wat dragerschapstesten
wel en niet zeggen en waarom een afwijkende uitslag altijd met een arts besproken moet worden.

Aanmelden via www.ggdhm.nl/erfelijkheid. Deelname is gratis.

Noot voor de redactie:
Woordvoerder Marloes Hendriks, 071 516 00 00, m.hendriks@ggdhm.nl
""")

add(633, "nl", "aanbesteding-biometrische-toegang", A, [],
    "tender for a biometric access system: specifications only, no personal templates",
    "Inkoop Gemeente Tilburg <inkoop@tilburg.nl>", "tenders@secura-toegang.nl",
    "Nota van inlichtingen aanbesteding toegangscontrole (kenmerk 2026-INK-311)",
    """Geachte inschrijver,

In de nota van inlichtingen zijn de vragen van de inschrijvers beantwoord. Enkele punten:

- Vingerafdrukherkenning is een optie, geen eis. Templates mogen uitsluitend op de badge van de
  medewerker staan (match-on-card); centrale opslag van vingerafdrukken is uitgesloten.
- Een DPIA wordt door de gemeente uitgevoerd; de leverancier levert de technische informatie.
- Gezichtsherkenning maakt geen deel uit van de opdracht.

De sluitingsdatum blijft 15 januari 2027, 12:00 uur.

Met vriendelijke groet,
Team Inkoop, gemeente Tilburg
""",
    atts=[("pdf", "NvI_toegangscontrole.pdf", ["Nota van inlichtingen - toegangscontrole",
          "Vraag 7: Mogen vingerafdruktemplates centraal worden opgeslagen? Antwoord: nee.",
          "Vraag 8: Is gezichtsherkenning toegestaan? Antwoord: nee, buiten scope.",
          "Vraag 12: Aantal medewerkers met badge: circa 1.850."])])

add(634, "nl", "statistiek-holebi-welzijn", A, [],
    "aggregated survey figures on LGBT staff wellbeing, no individual",
    "Diversiteitsambtenaar <diversiteit@vlaanderen.be>", "onderzoek@cavaria-partner.be",
    "cijfers personeelsbevraging 2026 - holebi+ medewerkers",
    """Beste,

Zoals beloofd de geaggregeerde resultaten uit onze personeelsbevraging (n = 4.212, respons 38 %).
Groepen kleiner dan 10 respondenten zijn weggelaten.

Groeten,
Diversiteitsambtenaar, Agentschap Overheidspersoneel
""",
    atts=[("xlsx", "bevraging_2026_aggregaat.xlsx", [
        ["Groep", "Aantal respondenten", "Voelt zich veilig op het werk (%)", "Is open over geaardheid (%)"],
        ["Lesbische vrouwen", 61, 84, 71],
        ["Homoseksuele mannen", 88, 81, 77],
        ["Biseksuele medewerkers", 54, 76, 39],
        ["Heteroseksuele medewerkers", 3710, 91, None]])])

add(635, "nl", "uittreksel-strafregister-aanvraag", A, [],
    "receipt of a request for a criminal-record extract (model 596.2) without content",
    "Burgerzaken Gemeente Maldegem <burgerzaken@maldegem.be>", "jeugdwerking@chiro-adegem.be",
    "Uw aanvraag uittreksel uit het strafregister",
    """Beste,

Wij hebben de aanvraag goed ontvangen voor een uittreksel uit het strafregister (model 2, art.
596 lid 2, voor activiteiten met minderjarigen) voor uw nieuwe leiding. Iedere leider vraagt het
uittreksel zelf aan via Mijn Burgerprofiel of aan het loket; de gemeente bezorgt het
uittreksel uitsluitend aan de aanvrager zelf, niet aan de vereniging.

Met vriendelijke groeten,
Dienst Burgerzaken, Maldegem
""")

add(636, "nl", "notulen-ondernemingsraad-vakbond", A, [],
    "works council minutes with named attendees in their public union mandate and aggregate numbers",
    "Secretariaat OR <or-secretariaat@svb.nl>", "verslag@arbeidsrecht-journaal.nl",
    "Notulen OR-vergadering 12 november (openbaar deel)",
    """Geachte redactie,

Hierbij het openbare deel van de notulen, zoals gepubliceerd op intranet en op onze website.

Aanwezig: J. Hoekstra (voorzitter OR), A. Bakker, P. de Wit, namens de bestuurder mevr. L. Smit.
Namens FNV Overheid als adviseur: dhr. R. Vos (bestuurder).

1. Reorganisatie klantcontact: 46 functies vervallen, 39 nieuwe functies. Herplaatsing loopt.
2. Ziekteverzuim Q3: 5,8 % (Q2: 6,1 %).
3. Cao-overleg: de vakbonden (FNV, CNV, AC) hebben het eindbod voorgelegd aan hun leden;
   uitslag ledenraadpleging op 4 december.

Secretariaat ondernemingsraad SVB
""")

add(637, "nl", "blanco-formulier-medische-fiche", A, [],
    "blank medical intake form template with placeholders only",
    "Sportdienst Stad Hasselt <sportdienst@hasselt.be>", "info@zwemclub-hasselt.be",
    "sjabloon medische fiche sportkampen 2027",
    """Dag,

In bijlage het aangepaste sjabloon voor de medische fiche van de sportkampen. Gelieve de
ingevulde fiches niet te mailen maar op papier mee te geven aan de monitor.

Sportdienst Hasselt
""",
    atts=[("docx", "medische_fiche_sjabloon.docx", ["Medische fiche sportkamp - in te vullen door de ouders"],
           [["Naam deelnemer", "[naam]"], ["Geboortedatum", "[dd/mm/jjjj]"],
            ["Allergieën", "[ ]"], ["Medicatie", "[ ]"], ["Diagnose / aandoening waarvan de monitor op de hoogte moet zijn", "[ ]"],
            ["Huisarts", "[naam en telefoon]"]])])

add(638, "nl", "factuur-drukkerij-iban", A, [],
    "payment confirmation to a printing company: company IBAN and enterprise number only; an invalid look-alike NN in a reference",
    "Boekhouding OCMW Aalst <boekhouding@ocmw-aalst.be>", "facturatie@drukkerij-vanhove.be",
    "Betalingsbevestiging factuur 2026/0982",
    """Geachte,

Uw factuur 2026/0982 (drukwerk brochure 'Rechten en plichten van de cliënt') van EUR 2.184,50
werd vandaag betaald op uw rekening BE40 0017 7889 9063 (Drukkerij Vanhove NV, KBO 0456.789.123).

Onze referentie: 78031412799 (boekingsnummer).

Met vriendelijke groeten,
Boekhouding OCMW Aalst
""",
    nums=[("iban", "BE40 0017 7889 9063", True, "org"), ("nn", "78031412799", False)])

add(639, "nl", "vacature-zorgcoordinator", A, [],
    "job offer mentioning diversity policy and health-related tasks generically",
    "Vacatures Stad Genk <jobs@genk.be>", "vacatures@jobplatform-limburg.be",
    "Publicatie vacature: zorgcoördinator Dienstencentrum",
    """Goedemiddag,

Graag publiceren wij onderstaande vacature.

Zorgcoördinator (B1-B3), voltijds
Je volgt de zorgdossiers van bewoners op, overlegt met huisartsen en verpleging en zorgt dat
medische gegevens enkel via het beveiligde zorgplatform worden gedeeld. Stad Genk voert een
diversiteitsbeleid: we selecteren op competenties, ongeacht afkomst, geloof, geslacht,
seksuele oriëntatie of handicap.

Solliciteren tot 10 januari via www.genk.be/jobs. Info: Ann Vos, HR-consulent, 089 65 44 11.
""")

# ------------------------------------------------------------------ FR allow
add(640, "fr", "formation-rgpd-donnees-sensibles", A, [],
    "training invitation on sensitive data with fictitious placeholder examples",
    "Délégué à la protection des données <dpo@cpas-charleroi.be>", "formations@ecole-administration-publique.be",
    "programme de la formation « données sensibles » du 14 janvier",
    """Bonjour,

Voici le programme pour la session du 14 janvier, à publier dans votre catalogue.

09h00 Les catégories particulières : santé, origine, opinions politiques, convictions,
      affiliation syndicale, données génétiques et biométriques, vie sexuelle.
10h30 Les données pénales (art. 10 RGPD) : qui peut en traiter ?
13h30 Exercices : « Le dossier de M. X mentionne sa pathologie : peut-on l'envoyer par mail ? »
15h00 Canaux sécurisés : eBox, Fedsender.

Formateur : Jérôme Willems, DPO du CPAS de Charleroi, 071 23 30 00.
""")

add(641, "fr", "communique-presse-condamnation-publique", A, [],
    "press release on a published judgment about a company (public facts), with spokesperson contact",
    "Service de presse SPF Économie <presse@economie.fgov.be>", "redaction@lesoir-economie.be",
    "Communiqué : condamnation d'un vendeur en ligne pour pratiques trompeuses",
    """COMMUNIQUÉ DE PRESSE

Bruxelles, le 19 novembre 2026 - Le tribunal de l'entreprise de Bruxelles a condamné la société
ShopFlash SRL à une amende de 250.000 euros pour pratiques commerciales trompeuses, à la suite
d'une enquête de l'Inspection économique. Le jugement est publié sur le site du SPF.

Contact presse : Aurélie Dumont, porte-parole, 0479 00 00 00, presse@economie.fgov.be
""")

add(642, "fr", "procedure-cultes-prison-generale", A, [],
    "general procedure for chaplaincy visits in prisons, no detainee named",
    "Direction générale EPI <dg.epi@just.fgov.be>", "conseil@exec-culte-musulman.be",
    "procédure révisée des visites des conseillers religieux et moraux",
    """Madame, Monsieur,

Nous vous transmettons la procédure révisée applicable dans tous les établissements à partir du
1er février :

- le détenu demande lui-même à rencontrer un conseiller de son culte ou un conseiller moral ;
- la direction ne tient pas de liste des convictions des détenus ; seule la demande est notée ;
- les conseillers reconnus reçoivent un badge annuel ; demande via le formulaire joint.

Cordialement,
Direction générale des Établissements pénitentiaires
""",
    atts=[("odt", "formulaire_badge_conseiller.odt", ["Demande de badge conseiller religieux ou moral",
          "Nom du conseiller : ........", "Culte ou organisation reconnue : ........",
          "Établissements : ........", "Signature de l'organe représentatif : ........"])])

add(643, "fr", "stats-affiliation-syndicale-agregees", A, [],
    "aggregated union-representation figures from social elections, no individual",
    "Cellule statistique ONEM <statistiques@onem.be>", "etudes@institut-travail-ulb.be",
    "résultats agrégés des élections sociales par secteur",
    """Bonjour Professeur,

Voici les chiffres agrégés demandés (sièges obtenus par organisation, secteur public fédéral) :

Organisation ; sièges CPPT ; part
CGSP ; 412 ; 38,2 %
CSC-SP ; 398 ; 36,9 %
SLFP ; 268 ; 24,9 %

Aucune donnée individuelle n'est disponible dans nos fichiers.

Cellule statistique
""")

add(644, "fr", "offre-emploi-analyste-adn", A, [],
    "job offer for a DNA analyst: describes genetic work generically",
    "Recrutement INCC <recrutement@incc.fgov.be>", "annonces@references-emploi.be",
    "Offre d'emploi : expert·e en analyses génétiques (m/f/x)",
    """Bonjour,

Merci de publier l'offre suivante.

Expert·e en analyses génétiques - Laboratoire ADN
Vous réalisez des profils STR et Y-STR sur des traces et des échantillons de référence,
alimentez la banque nationale de données ADN et rédigez des rapports pour les magistrats.
Master en biologie ou biochimie. Contrat à durée indéterminée, Bruxelles.

Infos : Dr. Sophie Lemaire, cheffe de service, 02 240 05 00.
""")

add(645, "fr", "page-info-empreintes-passeport", A, [],
    "HTML information page for citizens about fingerprints in passports (generic)",
    "Service Population Ville de Liège <population@liege.be>", "webmaster@agence-web-meuse.be",
    "texte pour la page « passeport et empreintes »",
    html="""<html><body><p>Bonjour,</p><p>Voici le texte à mettre en ligne :</p>
<h2>Pourquoi prend-on mes empreintes digitales ?</h2>
<p>Depuis 2019, la puce du passeport et de la carte d'identité contient l'image de deux empreintes
digitales. Elles sont prises au guichet et conservées au maximum trois mois dans la base de
production, puis effacées. Les enfants de moins de 12 ans en sont dispensés.</p>
<p>Plus d'infos : 04 221 84 00 ou population@liege.be</p>
<p>Merci,<br>Service Population</p></body></html>""")

add(646, "fr", "pv-comite-concertation-participants", A, [],
    "minutes with named attendees and aggregate figures; DOUBTFUL: three attendees are named as delegates of a union (CGSP/CSC/SLFP) in a formal concertation committee, labelled allow as a representative mandate, not as membership data",
    "Secrétariat du comité <comite@forem.be>", "secretariat@cgsp-amio-wallonie.be",
    "PV du comité de concertation de base du 10 novembre",
    """Bonjour,

Vous trouverez ci-joint le PV approuvé.

Le secrétariat
""",
    atts=[("pdf", "PV_comite_2026-11-10.pdf", [
        "PV du comite de concertation de base - Forem, 10 novembre 2026",
        "Presents: M. Delhaye (president), Mme Collignon (RH), M. Pirotte (CGSP), Mme Jadot (CSC), M. Marchal (SLFP).",
        "1. Absenteisme: 6,4 % au T3, dont 41 absences de longue duree.",
        "2. Teletravail: 1.912 agents en teletravail structurel.",
        "3. Prochaine reunion: 8 decembre."])])

add(647, "fr", "attestation-absence-sans-motif", A, [],
    "sick leave notification without any medical reason; an invalid look-alike NISS",
    "Service RH Commune d'Ottignies <rh@olln.be>", "secretariat@mensura-controle.be",
    "absence de Mme Delcourt - demande de contrôle",
    """Bonjour,

Mme Sandrine Delcourt (service Travaux) est en incapacité de travail du 23/11 au 04/12 selon
le certificat reçu. Nous demandons un contrôle à domicile à partir du 25/11.

Référence interne : NISS mentionné sur le certificat illisible, numéro relevé 85.11.02-456.99
(à vérifier auprès de l'agent).

Merci,
Service RH
""",
    nums=[("nn", "85.11.02-456.99", False)])

add(648, "fr", "mandat-conseiller-communal-parti", A, [],
    "elected councillors' parties as public mandates in a council agenda",
    "Secrétariat communal Namur <secretariat.communal@ville.namur.be>", "redaction@canalc-info.be",
    "ordre du jour du conseil communal du 15 décembre",
    """Bonjour,

Voici l'ordre du jour public du conseil communal.

1. Budget 2027 - rapporteur : M. Tanguy Auspert, échevin des Finances (MR)
2. Motion relative au logement déposée par Mme Élise Hubert, conseillère (PS)
3. Question de M. Farid Mansouri, conseiller (Ecolo), sur la mobilité douce

Secrétariat communal
""")

# ------------------------------------------------------------------ DE allow
add(649, "de", "rundschreiben-gewerkschaft-freistellung", A, [],
    "circular on union-delegate leave: generic rules",
    "Ministerium der DG Personal <personal@dgov.be>", "sekretariat@csc-ostbelgien.be",
    "Rundschreiben: Freistellung von Gewerkschaftsdelegierten 2027",
    """Sehr geehrte Damen und Herren,

anbei zur Kenntnis das Rundschreiben. Kernpunkte:
- Jede anerkannte Gewerkschaftsorganisation erhält ein Kontingent von Freistellungstagen.
- Die Organisation teilt nur die Namen der Delegierten mit, nicht die Liste ihrer Mitglieder.
- Anträge über das Formular D-12, spätestens 10 Tage vorher.

Mit freundlichen Grüßen
Fachbereich Personal
""")

add(650, "de", "statistik-straffaelligkeit-jugend", A, [],
    "aggregated youth crime statistics of a police zone, no individuals",
    "Polizeizone Weser-Göhl Pressestelle <presse@pz-wesergoehl.be>", "redaktion@grenzecho-lokal.be",
    "Kriminalitätsstatistik 2025 - Jugendliche",
    """Guten Tag,

anbei die Zahlen für Ihren Artikel (Polizeizone Weser-Göhl, Jahr 2025):

- 214 Protokolle mit minderjährigen Tatverdächtigen (2024: 239)
- davon Ladendiebstahl 71, Sachbeschädigung 48, Drogen 33
- 12 Fälle an die Jugendstaatsanwaltschaft Eupen weitergeleitet

Ansprechpartner für Rückfragen: Kommissar Dirk Jousten, Pressesprecher, 087 59 22 00.
""")

add(651, "de", "vorlage-einwilligung-biometrie", A, [],
    "blank consent template for fingerprint time clock, placeholders only",
    "Datenschutzbeauftragte Gemeinde Bütgenbach <dsb@butgenbach.be>", "vertrieb@zeiterfassung-eifel.de",
    "Vorlage Einwilligungserklärung Fingerabdruck-Terminal",
    """Hallo Herr Lambertz,

wie besprochen unsere Vorlage. Das Terminal darf nur eingeführt werden, wenn jeder Mitarbeiter
auch mit Badge stempeln kann.

Grüße
Datenschutzbeauftragte
""",
    atts=[("docx", "Einwilligung_Fingerabdruck_Vorlage.docx",
           ["Einwilligungserklärung zur Nutzung des Fingerabdrucks für die Zeiterfassung",
            "Ich, [Vorname Name], willige ein, dass ein Template meines Fingerabdrucks gespeichert wird.",
            "Ich kann jederzeit widerrufen und stattdessen einen Badge verwenden.",
            "Ort, Datum: [ ]     Unterschrift: [ ]"])])

add(652, "de", "pressemitteilung-dna-datenbank", A, [],
    "press release about a change in DNA database law, spokesperson contact",
    "Pressestelle Justiz <presse@justiz-ostbelgien.be>", "nachrichten@brf-redaktion.be",
    "Pressemitteilung: neue Löschfristen in der DNA-Datenbank",
    """PRESSEMITTEILUNG

Eupen, 18.11.2026 - Ab Januar gelten neue Löschfristen für DNA-Profile Verdächtiger, die
nicht verurteilt wurden. Im Jahr 2025 wurden landesweit rund 4.300 Profile gelöscht.

Kontakt: Anne Mertes, Pressesprecherin, 087 59 46 00, presse@justiz-ostbelgien.be
""")

add(653, "de", "krankmeldung-ohne-grund-weiterleitung", A, [],
    "forwarded sick note without a reason, look-alike invalid BIS",
    "Schulsekretariat KAE <sekretariat@kae-eupen.be>", "vertretung@lehrerpool-dg.be",
    "WG: Abwesenheit Herr Radermacher",
    """Guten Morgen,

bitte eine Vertretung für Herrn Radermacher (Mathematik 4. Jahr) ab morgen bis Freitag
einplanen. Er ist krankgeschrieben, die Bescheinigung liegt vor (ohne Angabe von Gründen).

Personalnummer im Schulsystem: 88441721599

Danke
Sekretariat KAE

----- Weitergeleitete Nachricht -----
Von: Georg Radermacher
Betreff: Abwesenheit
Ich bin bis Freitag krankgeschrieben. Die Aufgaben für die 4B liegen im Fach.
""",
    nums=[("bis", "88441721599", False)])

add(654, "de", "stellenangebot-sozialarbeiter-religion", A, [],
    "job offer for a prison social worker; mentions religion and criminal law generically",
    "Personaldienst JVA <jobs@just.fgov.be>", "stellen@arbeitsamt-dg.be",
    "Stellenangebot: Sozialarbeiter/in Psychosozialer Dienst",
    """Guten Tag,

bitte veröffentlichen Sie folgendes Angebot:

Sozialarbeiter/in (m/w/d) für den Psychosozialen Dienst - deutschsprachig
Sie begleiten Inhaftierte bei der Vorbereitung der Haftentlassung, arbeiten mit den
Strafvollstreckungsgerichten zusammen und vermitteln auf Wunsch Kontakte zu religiösen oder
weltanschaulichen Beratern. Bachelor Sozialarbeit.

Auskunft: Frau Carina Schmitz, 02 542 70 00.
""")

# ------------------------------------------------------------------ EN allow
add(655, "en", "faq-special-categories-email", A, [],
    "internal FAQ sent to a partner: generic rules on sending special-category data",
    "Information Security FPS Finance <infosec@minfin.fed.be>", "helpdesk@smals-partner.be",
    "FAQ: special categories of personal data in e-mail",
    html="""<html><body><h2>FAQ - may I e-mail this?</h2>
<ul><li><b>A colleague's medical certificate?</b> No. Use the HR portal.</li>
<li><b>Someone's trade union membership for the union dues?</b> No, the union uses its own channel.</li>
<li><b>Statistics on absenteeism by department?</b> Yes, if groups are larger than 10.</li>
<li><b>A criminal-record extract of a job applicant?</b> Never by e-mail; it is shown to the selector.</li></ul>
<p>Questions: infosec@minfin.fed.be</p></body></html>""")

add(656, "en", "eu-project-minutes-genomics", A, [],
    "EU project minutes: named participants in professional roles, aggregate cohort numbers",
    "Project Office Sciensano <eu-projects@sciensano.be>", "coordination@genomic-health-eu.org",
    "Minutes WP3 meeting 17 November",
    """Dear partners,

Minutes of the WP3 call.

Attendees: Dr L. Peeters (Sciensano, WP lead), Prof. M. Rossi (Bologna), Dr A. Novak (Ljubljana),
J. Schmidt (data steward, Heidelberg).

1. Cohort status: 2,140 participants sequenced; 312 carriers of a pathogenic variant (14.6 %).
2. Only pseudonymised variant files leave the national nodes; no names, no dates of birth.
3. Next call 15 December.

Project Office
""")

add(657, "en", "tender-face-recognition-ban", A, [],
    "procurement clarification excluding face recognition; generic",
    "Procurement Port of Rotterdam Authority <procurement@portofrotterdam-auth.nl>", "bids@camguard-systems.com",
    "Clarification 3 - CCTV framework",
    """Dear bidder,

Question 14: Is live facial recognition of port workers part of the scope?
Answer: No. Cameras must not create face templates or embeddings. Number-plate recognition at
the gates is in scope.

Question 15: Retention period? Answer: 28 days.

Kind regards,
Procurement team
""")

add(658, "en", "ethnic-monitoring-aggregate-report", A, [],
    "aggregated ethnicity statistics of applicants (counts only), CSV",
    "Equality Unit City of Amsterdam <equality@amsterdam.nl>", "research@eurocities-network.eu",
    "Aggregated applicant data 2026 for the Eurocities report",
    """Hello Marta,

Attached are the aggregated numbers for our chapter. Cells below 5 are suppressed.

Best regards,
Equality Unit
""",
    atts=[("csv", "applicants_by_background_2026.csv", [
        ["migration background", "applicants", "hired", "hire rate"],
        ["Dutch", "3120", "402", "12.9%"],
        ["Moroccan", "611", "64", "10.5%"],
        ["Turkish", "544", "59", "10.8%"],
        ["Surinamese", "402", "47", "11.7%"],
        ["other", "1288", "141", "10.9%"]], ",")])

add(659, "en", "signature-press-contact-lgbt-event", A, [],
    "press invitation for a Pride event with a spokesperson's contact; no private person's orientation",
    "Communications City of Ghent <press@stad.gent>", "newsdesk@flanderstoday-news.eu",
    "Press invitation: rainbow flag raising at City Hall",
    """Dear editor,

On 1 December the City of Ghent will raise the rainbow flag at City Hall to open the
"Ghent Proud" week. The mayor and the alderman for equal opportunities will speak.

Press contact:
Lies Vandaele
Spokesperson, City of Ghent
+32 9 266 50 00 | press@stad.gent
""")

add(660, "en", "invoice-it-company-iban-invalid-bsn", A, [],
    "invoice to an IT company with its company IBAN and a reference that fails the BSN eleven-test",
    "Accounts Payable DUO <crediteuren@duo.nl>", "billing@datasure-bv.nl",
    "Payment advice invoice INV-2026-3381",
    """Dear Sir or Madam,

Invoice INV-2026-3381 (pentest of the student portal), EUR 18,150.00, has been paid to
DataSure B.V., account NL81 RABO 0312 3456 78, on 24 November.

Our payment batch: 123456789

Kind regards,
Accounts Payable, DUO Groningen
""",
    nums=[("iban", "NL81 RABO 0312 3456 78", True, "org"), ("bsn", "123456789", False)])
