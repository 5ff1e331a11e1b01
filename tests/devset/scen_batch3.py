# ruff: noqa: E501  (mail text: one line per paragraph, as Outlook writes it)
"""Third batch (split ``test2``), all four languages: written after the first look at the ``test`` half and
before any further tuning, to be scored once at the end. Invented people and numbers."""

from __future__ import annotations

import random
from collections.abc import Callable

from build import (
    DOCX,
    ODS,
    XLSX,
    Mail,
    csv_bytes,
    docx_bytes,
    fmt_iban,
    forward_header,
    html_table,
    iban_be,
    iban_de,
    ods_bytes,
    pdf_form,
    quote,
    xlsx_bytes,
)

SCENARIOS: list[Callable[[random.Random], Mail]] = []


def scenario(f: Callable[[random.Random], Mail]) -> Callable[[random.Random], Mail]:
    def make(rng: random.Random) -> Mail:
        mail = f(rng)
        mail.split = "test2"
        return mail

    SCENARIOS.append(make)
    return make


# --------------------------------------------------------------------------------------------------
# block
# --------------------------------------------------------------------------------------------------
@scenario
def psychiatrische_diagnose_xlsx(rng: random.Random) -> Mail:
    rows = [["Naam", "Geboortedatum", "Begeleider", "Psychiatrische diagnose", "Volgende afspraak"],
            ["Kobe Lauwers", "2004-05-12", "Tine", "borderline persoonlijkheidsstoornis", "2026-12-03"],
            ["Amber Vos", "2006-01-30", "Tine", "angststoornis", "2026-12-05"],
            ["Jonas Daems", "2005-09-09", "Pieter", "ADHD en depressie", "2026-12-08"]]
    return Mail("b3-psychiatrische-diagnose-xlsx", "nl", "block", ["ART9_HEALTH"],
                "xlsx: jongeren met hun psychiatrische diagnose naar een externe vzw",
                "jeugdhulp@leuven.be", "onthaal@vzw-jongerenwelzijn.be", "Overdracht begeleidingen",
                "Dag Ilse,\n\nIn bijlage de jongeren die vanaf januari door jullie begeleid worden.\n\nGroetjes,\nTine\nJeugdhulp",
                attachments=[("overdracht.xlsx", xlsx_bytes({"Jongeren": rows}), XLSX)])


@scenario
def syndicale_organisatie_csv(rng: random.Random) -> Mail:
    rows = [["Personeelsnr", "Naam", "Syndicale organisatie", "Mandaat"],
            ["7781", "Geert De Wilde", "ACOD", "effectief"], ["7790", "Nadia El Haddad", "ACV Openbare Diensten", "plaatsvervanger"],
            ["7802", "Rik Mertens", "VSOA", "effectief"]]
    return Mail("b3-syndicale-organisatie-csv", "nl", "block", ["ART9_TRADE_UNION"],
                "CSV: personeelsleden met hun syndicale organisatie naar een extern bureau",
                "hr@gemeente-bornem.be", "verkiezingen@hr-bureau-rupel.be", "Lijst afgevaardigden",
                "Beste,\n\nHierbij de lijst voor de organisatie van het overleg.\n\nMvg,\nHR Bornem",
                attachments=[("afgevaardigden.csv", csv_bytes(rows, ";"), "text/csv")])


@scenario
def bekering_prosa(rng: random.Random) -> Mail:
    return Mail("b3-bekering-islam-prosa", "nl", "block", ["ART9_RELIGION"],
                "religieuze overtuiging van een benoemde medewerkster in een mail aan een extern planningsbureau",
                "teamleider@zorgbedrijf-gent.be", "planning@zorgpool.be", "Weekendplanning",
                "Hallo Sven,\n\nSofie Baert is vorig jaar bekeerd tot de islam en vraagt of ze op vrijdagnamiddag vrij kan krijgen voor het gebed. Kun je daar rekening mee houden in de planning?\n\nDank je,\nMarc")


@scenario
def strafrechtelijk_verleden_docx(rng: random.Random) -> Mail:
    table = [["Naam", "Functie", "Strafrechtelijk verleden"],
             ["Bart Wellens", "chauffeur", "veroordeeld voor dronken rijden (2023)"],
             ["Joyce Martens", "magazijnier", "geen"], ["Senne Cools", "chauffeur", "diefstal, werkstraf 80 uur (2021)"]]
    return Mail("b3-strafrechtelijk-verleden-docx", "nl", "block", ["ART10_CRIMINAL"],
                "Word-tabel: kandidaten met hun strafrechtelijk verleden naar een interimkantoor",
                "selectie@haven-antwerpen.be", "kantoor@interim-noord.be", "Screening kandidaten",
                "Goedemorgen,\n\nZie bijlage voor het resultaat van de screening.\n\nGroeten,\nSelectie",
                attachments=[("screening.docx", docx_bytes(["Screening"], table), DOCX)])


@scenario
def brca2_prosa(rng: random.Random) -> Mail:
    return Mail("b3-genetisch-onderzoek-brca2", "nl", "block", ["ART9_GENETIC"],
                "genetisch onderzoek van een benoemde persoon in een mail aan een verzekeraar",
                "dossierbeheer@ocmw-brugge.be", "medisch@verzekeraar-mutas.be", "Dossier schuldhulp",
                "Geachte,\n\nHet genetisch onderzoek bij dhr. Tom Verbeke toont een mutatie in het BRCA2-gen; zijn dochter wordt binnenkort ook getest.\n\nMet vriendelijke groeten,\nDossierbeheer")


@scenario
def afkomst_html(rng: random.Random) -> Mail:
    table = html_table([["Naam", "Woonplaats", "Afkomst", "Taal"], ["Bilal Amrani", "Antwerpen", "Marokkaans-Berbers", "Tamazight"],
                        ["Elena Dimitrova", "Gent", "Bulgaars (Roma)", "Romanes"], ["Kofi Mensah", "Brussel", "Ghanees", "Twi"]])
    html = f"<p>Beste tolkendienst,</p><p>Voor de intakes van volgende week:</p>{table}<p>Groeten,<br>Onthaalbureau</p>"
    return Mail("b3-afkomst-html-tabel", "nl", "block", ["ART9_ETHNIC_ORIGIN"],
                "HTML-tabel: benoemde personen met hun afkomst naar een tolkendienst",
                "onthaal@integratie.be", "planning@tolken-vlaanderen.be", "Intakes week 49", "", html=html, html_only=True)


@scenario
def religion_pdf_form(rng: random.Random) -> Mail:
    pdf = pdf_form("Demande d'aumônerie", [("Nom", "Lefebvre"), ("Prénom", "Thérèse"), ("Chambre", "214"),
                                           ("Religion", "catholique"), ("Visite souhaitée", "dimanche matin")])
    return Mail("b3-formulaire-religion-pdf", "fr", "block", ["ART9_RELIGION"],
                "formulaire PDF rempli : nom et religion d'une résidente",
                "accueil@residence-les-tilleuls.be", "paroisse@saint-servais.be", "Demande de visite",
                "Bonjour,\n\nVeuillez trouver la demande de visite en annexe.\n\nL'accueil",
                attachments=[("demande.pdf", pdf, "application/pdf")])


@scenario
def appartenance_syndicale_csv(rng: random.Random) -> Mail:
    rows = [["Nom", "Prénom", "Service", "Appartenance syndicale"], ["Dumont", "Sylvie", "Crèche", "SLFP"],
            ["Lecomte", "Jérôme", "Voirie", "CGSP"], ["Dewez", "Martine", "Accueil", ""]]
    return Mail("b3-appartenance-syndicale-csv", "fr", "block", ["ART9_TRADE_UNION"],
                "CSV : agents nommés et appartenance syndicale vers un consultant",
                "grh@ville-de-namur.be", "mission@conseil-rh.be", "Données pour l'audit",
                "Bonjour,\n\nLes données demandées pour l'audit sont en annexe.\n\nCordialement,\nGRH",
                attachments=[("audit.csv", csv_bytes(rows, ";"), "text/csv")])


@scenario
def condamnation_transfert(rng: random.Random) -> Mail:
    fwd = (forward_header("fr", "Parquet de Liège <parquet.liege@just.fgov.be>", "16/11/2026 10:00", "rh@cpas-liege.be", "Information")
           + "\nMadame,\n\nM. Sébastien Gilles a été condamné le 12 janvier à trois ans de prison pour trafic de stupéfiants.\n\nLe parquet")
    return Mail("b3-condamnation-stupefiants", "fr", "block", ["ART10_CRIMINAL"],
                "message transféré : condamnation d'un agent nommé vers un avocat",
                "rh@cpas-liege.be", "cabinet@avocats-meuse.be", "TR: Information",
                "Maître,\n\nPour suite utile.\n\nRH\n\n" + fwd)


@scenario
def handicap_xlsx(rng: random.Random) -> Mail:
    rows = [["Nom", "Date de naissance", "Handicap reconnu", "Aménagement"], ["Paquet Eric", "1971-03-02", "surdité partielle", "boucle magnétique"],
            ["Noël Sandrine", "1985-10-19", "sclérose en plaques", "télétravail"]]
    return Mail("b3-handicap-reconnu-xlsx", "fr", "block", ["ART9_HEALTH"],
                "xlsx : agents nommés et leur handicap vers un prestataire d'aménagement",
                "prevention@province-namur.be", "etudes@ergonomie-wallonie.be", "Aménagements de poste",
                "Bonjour,\n\nVoici les deux dossiers d'aménagement.\n\nCordialement,\nService prévention",
                attachments=[("amenagements.xlsx", xlsx_bytes({"Dossiers": rows}), XLSX)])


@scenario
def gabarit_facial(rng: random.Random) -> Mail:
    return Mail("b3-gabarit-facial-agente", "fr", "block", ["ART9_BIOMETRIC"],
                "gabarit facial d'une agente nommée envoyé au fournisseur",
                "it@ville-de-mons.be", "support@accessface.fr", "Ticket 4471",
                "Bonjour,\n\nLe gabarit facial de Mme Laetitia Renard a été réenregistré hier, mais le portique la refuse toujours. Le fichier exporté est joint au ticket.\n\nMerci,\nService IT")


@scenario
def empreintes_docx(rng: random.Random) -> Mail:
    table = [["Agent", "Matricule", "Empreinte digitale (gabarit)"], ["Hubert Marc", "3321", "FMR-0x2a9f..."],
             ["Collin Julie", "3345", "FMR-0x77c1..."]]
    return Mail("b3-empreintes-agents-docx", "fr", "block", ["ART9_BIOMETRIC"],
                "tableau Word : gabarits d'empreinte digitale par agent nommé",
                "logistique@spw.wallonie.be", "service@pointeuses-pro.be", "Migration des pointeuses",
                "Bonjour,\n\nCi-joint les gabarits à migrer.\n\nCordialement,\nLogistique",
                attachments=[("gabarits.docx", docx_bytes(["Gabarits à migrer"], table), DOCX)])


@scenario
def parteizugehoerigkeit_xlsx(rng: random.Random) -> Mail:
    rows = [["Name", "Vorname", "Dienst", "Parteizugehörigkeit"], ["Kever", "Ralf", "Bauamt", "CSP"],
            ["Lambertz", "Heike", "Schule", "SP"], ["Franzen", "Udo", "Standesamt", "PFF"]]
    return Mail("b3-parteizugehoerigkeit-xlsx", "de", "block", ["ART9_POLITICAL_OPINION"],
                "xlsx: Bedienstete mit Parteizugehörigkeit an eine Kanzlei",
                "personal@gemeinde-kelmis.be", "kanzlei@recht-ostbelgien.be", "Liste für Ihre Prüfung",
                "Guten Tag,\n\nwie gewünscht die Liste.\n\nMit freundlichen Grüßen\nPersonaldienst",
                attachments=[("liste.xlsx", xlsx_bytes({"Liste": rows}), XLSX)])


@scenario
def lesbisch_prosa(rng: random.Random) -> Mail:
    return Mail("b3-lesbisch-wohnungssuche", "de", "block", ["ART9_SEX_LIFE"],
                "sexuelle Orientierung einer namentlich genannten Klientin an einen Vermieter",
                "sozialdienst@oclw-eupen.be", "vermietung@wohnbau-eupen.be", "Wohnungsanfrage",
                "Guten Tag,\n\nFrau Anja Hilgers sucht dringend eine Wohnung. Sie ist lesbisch und lebt mit ihrer Partnerin zusammen; in ihrem jetzigen Haus wird sie deswegen belästigt.\n\nMit freundlichen Grüßen\nSozialdienst")


@scenario
def diagnose_csv_de(rng: random.Random) -> Mail:
    rows = [["Name", "Geburtsdatum", "Diagnose", "Kostenträger"], ["Thelen, Maria", "1950-02-11", "Demenz (Alzheimer)", "DKV"],
            ["Rauw, Josef", "1946-07-23", "Parkinson", "ÖSHZ"]]
    return Mail("b3-diagnose-csv-pflegeheim", "de", "block", ["ART9_HEALTH"],
                "CSV mit Bewohnern und Diagnosen an eine externe Abrechnungsstelle",
                "verwaltung@pflegeheim-stvith.be", "abrechnung@pflegeservice.de", "Abrechnung November",
                "Hallo,\n\nanbei die Daten für die Abrechnung.\n\nGrüße\nVerwaltung",
                attachments=[("abrechnung.csv", csv_bytes(rows, ";"), "text/csv")])


@scenario
def genetischer_befund(rng: random.Random) -> Mail:
    return Mail("b3-genetischer-befund", "de", "block", ["ART9_GENETIC"],
                "genetischer Befund eines namentlich genannten Patienten",
                "labor@klinik-eupen.be", "praxis.weber@gmx.de", "Befund",
                "Sehr geehrter Herr Kollege,\n\nder genetische Befund von Herrn Peter Krings zeigt, dass er Träger der Faktor-V-Leiden-Mutation ist (heterozygot).\n\nMit kollegialen Grüßen\nLabor")


@scenario
def ethnic_group_xlsx(rng: random.Random) -> Mail:
    rows = [["Name", "Nationality", "Ethnic group", "Interpreter"], ["Ahmad Karimi", "Afghan", "Hazara", "Dari"],
            ["Samira Haidari", "Afghan", "Tajik", "Dari"], ["Yonas Tesfai", "Eritrean", "Tigrinya", "Tigrinya"]]
    return Mail("b3-ethnic-group-xlsx", "en", "block", ["ART9_ETHNIC_ORIGIN"],
                "xlsx of named applicants with an Ethnic group column to an interpreting agency",
                "interviews@cgra.be", "bookings@interpreting-europe.com", "Interviews next week",
                "Hello,\n\nPlease book interpreters for the attached interviews.\n\nThanks,\nPlanning",
                attachments=[("interviews.xlsx", xlsx_bytes({"Interviews": rows}), XLSX)])


@scenario
def bisexual_prose(rng: random.Random) -> Mail:
    return Mail("b3-bisexual-disclosure", "en", "block", ["ART9_SEX_LIFE"],
                "a named employee's sexual orientation in a mail to an external coach",
                "hr@eu-agency.eu", "coach@workplace-wellbeing.com", "Coaching request",
                "Hi Dana,\n\nMs Rachel Osei told me she is bisexual and feels excluded by some remarks in her team. Could you offer her two coaching sessions?\n\nThanks,\nHR")


@scenario
def religion_belief_docx(rng: random.Random) -> Mail:
    table = [["Employee", "Team", "Religion or belief", "Prayer room access"], ["Imran Qureshi", "Finance", "Muslim", "yes"],
             ["Daniel Cohen", "IT", "Jewish", "no"], ["Sunita Rao", "HR", "Hindu", "no"]]
    return Mail("b3-religion-belief-docx", "en", "block", ["ART9_RELIGION"],
                "Word table of named employees and their religion to a facility contractor",
                "facilities@eu-agency.eu", "office@building-services.be", "Prayer room badges",
                "Hello,\n\nAttached the list for the badge configuration.\n\nRegards,\nFacilities",
                attachments=[("prayer_room.docx", docx_bytes(["Prayer room"], table), DOCX)])


@scenario
def assault_conviction_reply(rng: random.Random) -> Mail:
    first = "Hi Laura,\n\nCan you check whether Mr Gareth Price can start as a security guard on Monday?\n\nThanks,\nTom"
    return Mail("b3-assault-conviction-reply", "en", "block", ["ART10_CRIMINAL"],
                "criminal conviction of a named applicant in a reply chain",
                "laura.bennett@security-screening.be", "tom.hughes@guarding-services.co.uk", "RE: start date",
                "Hi Tom,\n\nUnfortunately not: he has a conviction for assault from 2020, so he cannot hold a licence yet.\n\nLaura\n\n"
                + quote(first, "Tom Hughes", "17 Nov 2026, at 09:40", "en"))


@scenario
def biometric_ids_csv(rng: random.Random) -> Mail:
    rows = [["employee", "face_template_sha256", "voice_profile_id", "enrolled"],
            ["Lucy Hart", "9f2c1e7a55...", "vp-118", "2026-10-01"], ["Omar Said", "1b7e44c0d2...", "vp-119", "2026-10-01"]]
    return Mail("b3-face-voice-templates-csv", "en", "block", ["ART9_BIOMETRIC"],
                "CSV with face templates and voice profiles per named employee",
                "security@eu-agency.eu", "integration@idvendor.io", "Enrolment export",
                "Hi,\n\nAs requested, the enrolment export.\n\nBest,\nSecurity",
                attachments=[("enrolment.csv", csv_bytes(rows), "text/csv")])


@scenario
def unison_steward(rng: random.Random) -> Mail:
    return Mail("b3-union-steward-prose", "en", "block", ["ART9_TRADE_UNION"],
                "a named employee's union role in a mail to an external consultant",
                "director@eu-depot.eu", "advice@restructuring-partners.com", "Before Monday's meeting",
                "Dear Paul,\n\nAs you know, Karen Lewis is the Unison steward for our site and she will attend the consultation meeting with two members.\n\nBest,\nMark")


@scenario
def methadon_apotheek(rng: random.Random) -> Mail:
    return Mail("b3-methadon-apotheek", "nl", "block", ["ART9_HEALTH"],
                "methadonbehandeling van een benoemde cliënt naar een externe partner",
                "begeleiding@caw-limburg.be", "woonbegeleiding@sociaal-verhuurkantoor.be", "Huisbezoek",
                "Dag Lien,\n\nCliënt Dennis Geerts krijgt dagelijks zijn methadon bij de apotheek op de markt, dus huisbezoeken best na de middag.\n\nGroeten,\nKarel")


@scenario
def hiv_status_ods(rng: random.Random) -> Mail:
    rows = [["Name", "Date of birth", "Blood type", "HIV status"], ["Tomasz Zielinski", "1988-03-14", "A+", "negative"],
            ["Grace Mwangi", "1992-11-02", "O-", "positive (on treatment)"]]
    return Mail("b3-hiv-status-ods", "en", "block", ["ART9_HEALTH"],
                "ODS with named people and their HIV status to an insurer",
                "medical@eu-mission.eu", "claims@expat-insurance.com", "Medical data for the policy",
                "Hello,\n\nThe medical data you asked for.\n\nRegards,\nMedical service",
                attachments=[("medical.ods", ods_bytes({"Data": rows}), ODS)])


# --------------------------------------------------------------------------------------------------
# allow
# --------------------------------------------------------------------------------------------------
@scenario
def vakbondspremie_nieuwsbrief(rng: random.Random) -> Mail:
    return Mail("b3-vakbondspremie-nieuwsbrief", "nl", "allow", [], "algemene info over de vakbondspremie",
                "personeel@vlaanderen.be", "nieuwsbrief@vlaanderen.be", "Nieuwsbrief: vakbondspremie 2026",
                "Beste collega's,\n\nBen je lid van een vakbond? Dan kun je de vakbondspremie aanvragen via je vakbond; die bezorgt je het formulier. De premie bedraagt 145 euro.\n\nMeer info: Jan Verhaegen, personeelsdienst, tel. 02 553 00 11.\n\nDe redactie")


@scenario
def infosessie_erfelijke_kanker(rng: random.Random) -> Mail:
    return Mail("b3-infosessie-erfelijke-kanker", "nl", "allow", [], "uitnodiging infosessie met benoemde spreker",
                "events@uzleuven.be", "patientenvereniging@kanker.be", "Infoavond erfelijke kanker",
                "Beste,\n\nOp 14 januari geeft prof. Hilde Brems een infoavond over erfelijke borst- en eierstokkanker: wie komt in aanmerking voor een genetische test en wat betekent dragerschap voor de familie?\n\nInschrijven via onze website.\n\nUZ Leuven")


@scenario
def diabetici_aggregaat(rng: random.Random) -> Mail:
    rows = [["Leeftijdsgroep", "Aantal personen met diabetes", "%"], ["18-44", 8120, "2,1"], ["45-64", 41200, "8,9"], ["65+", 68300, "17,4"]]
    return Mail("b3-diabetes-per-leeftijd", "nl", "allow", [], "aggregaat: personen met diabetes per leeftijdsgroep",
                "data@zorg-en-gezondheid.be", "studie@vub.be", "Cijfers diabetes",
                "Dag Bart,\n\nDe gevraagde cijfers.\n\nGroeten,\nDatateam",
                attachments=[("diabetes.xlsx", xlsx_bytes({"Cijfers": rows}), XLSX)])


@scenario
def parkeerkaart_procedure(rng: random.Random) -> Mail:
    return Mail("b3-parkeerkaart-procedure", "nl", "allow", [], "procedure-uitleg aan een benoemde burger (tweede persoon)",
                "mobiliteit@mechelen.be", "leo.wouters@telenet.be", "RE: parkeerkaart",
                "Beste meneer Wouters,\n\nU kunt een parkeerkaart voor personen met een handicap aanvragen via MyHandicap. Als u een erkenning hebt van de FOD Sociale Zekerheid, wordt de kaart automatisch opgestuurd.\n\nMet vriendelijke groeten,\nDienst Mobiliteit")


@scenario
def projectcontacten_csv(rng: random.Random) -> Mail:
    rows = [["Naam", "Organisatie", "Functie", "E-mail"], ["Kristien Goossens", "Stad Hasselt", "projectleider", "kristien.goossens@hasselt.be"],
            ["Jef Nijs", "Provincie Limburg", "jurist", "jef.nijs@limburg.be"]]
    return Mail("b3-projectcontacten-csv", "nl", "allow", [], "contactlijst (professionele gegevens)",
                "kristien.goossens@hasselt.be", "partners@project-limburg.be", "Contactlijst project",
                "Dag allemaal,\n\nDe contactlijst van het project.\n\nKristien",
                attachments=[("contacten.csv", csv_bytes(rows, ";"), "text/csv")])


@scenario
def voile_circulaire(rng: random.Random) -> Mail:
    return Mail("b3-circulaire-voile-ecoles", "fr", "allow", [], "circulaire générale sur le port du voile à l'école",
                "direction@enseignement.cfwb.be", "directions@ecoles-cfwb.be", "Circulaire : signes convictionnels",
                "Mesdames et Messieurs les directeurs,\n\nLa présente circulaire rappelle les règles relatives au port du voile et d'autres signes religieux par les élèves et le personnel. Chaque pouvoir organisateur fixe ces règles dans son règlement d'ordre intérieur.\n\nLa Direction générale")


@scenario
def communique_interpellations(rng: random.Random) -> Mail:
    return Mail("b3-communique-interpellations", "fr", "allow", [], "communiqué (chiffres) et porte-parole",
                "presse@police-liege.be", "redaction@rtbf.be", "Communiqué : opération contre les cambriolages",
                "COMMUNIQUÉ\n\nSix suspects ont été interpellés mardi dans le cadre d'une enquête sur une série de cambriolages. Quatre ont été placés sous mandat d'arrêt.\n\nPorte-parole : Commissaire Anne Bastin, 04 340 50 00")


@scenario
def detenus_religion_csv(rng: random.Random) -> Mail:
    rows = [["Religion déclarée", "Nombre de détenus", "%"], ["Islam", 3120, "29"], ["Christianisme", 2610, "24"],
            ["Aucune", 4020, "37"], ["Autre", 1070, "10"]]
    return Mail("b3-detenus-par-religion-agrege", "fr", "allow", [], "statistique agrégée des détenus par religion",
                "statistiques@just.fgov.be", "aumonerie@cultes.be", "Chiffres 2025",
                "Bonjour,\n\nVoici la répartition demandée.\n\nCordialement,\nService statistiques",
                attachments=[("detenus.csv", csv_bytes(rows, ";"), "text/csv")])


@scenario
def offre_emploi_diversite(rng: random.Random) -> Mail:
    return Mail("b3-offre-emploi-diversite", "fr", "allow", [], "offre d'emploi avec clause de diversité",
                "jobs@ville-de-charleroi.be", "offres@forem.be", "Offre : assistant social (h/f/x)",
                "Bonjour,\n\nMerci de publier notre offre d'assistant social. Nous encourageons les candidatures sans distinction d'origine, de handicap, de conviction ou d'orientation sexuelle.\n\nContact : Mme Sabrina Lo Bue, service recrutement.\n\nCordialement")


@scenario
def pv_malades_agrege(rng: random.Random) -> Mail:
    return Mail("b3-pv-equipe-agrege", "fr", "allow", [], "PV avec participants et chiffres agrégés",
                "secretariat@cpas-namur.be", "equipe@cpas-namur.be", "PV réunion d'équipe",
                "Bonjour,\n\nPrésents : Mme Claire Dethy, M. Hugo Lambert, Mme Sarah Nyssen\n\n1. Trois agents sont actuellement en maladie ; le remplacement est prévu.\n2. Le planning de janvier est validé.\n\nBonne journée")


@scenario
def formation_biometrie_rgpd(rng: random.Random) -> Mail:
    return Mail("b3-formation-biometrie-rgpd", "fr", "allow", [], "formation sur la biométrie et le RGPD avec formateur",
                "formation@apd-gba.be", "dpo-reseau@administrations.be", "Formation : données biométriques et RGPD",
                "Chers DPO,\n\nLe 20 janvier, M. Pierre Dewaele animera une formation sur les données biométriques : empreintes digitales, reconnaissance faciale, analyse d'impact.\n\nInscriptions ouvertes.\n\nL'Autorité de protection des données")


@scenario
def dna_datenbank_statistik(rng: random.Random) -> Mail:
    return Mail("b3-dna-datenbank-statistik", "de", "allow", [], "Statistik der DNA-Datenbank (aggregiert)",
                "statistik@justiz.de", "ausschuss@landtag.de", "DNA-Analysedatei: Zahlen 2025",
                "Sehr geehrte Damen und Herren,\n\ndie DNA-Analysedatei enthielt Ende 2025 rund 1,3 Millionen Datensätze; 21.000 Spuren konnten einer Person zugeordnet werden.\n\nMit freundlichen Grüßen\nReferat Statistik")


@scenario
def betriebsausflug(rng: random.Random) -> Mail:
    return Mail("b3-betriebsausflug", "de", "allow", [], "Einladung mit Namen, nichts Sensibles",
                "personal@st-vith.be", "alle@st-vith.be", "Betriebsausflug",
                "Liebe Kolleginnen und Kollegen,\n\nder Betriebsausflug führt uns am 12. Juni nach Monschau. Anmeldung bei Frau Doris Schmitz oder Herrn Paul Jost bis 20. Mai.\n\nEuer Personalteam")


@scenario
def konfession_aggregat(rng: random.Random) -> Mail:
    rows = [["Konfession", "Anzahl Schüler", "Anteil"], ["katholisch", 1840, "61 %"], ["evangelisch", 240, "8 %"],
            ["islamisch", 410, "14 %"], ["ohne", 520, "17 %"]]
    return Mail("b3-konfession-aggregat", "de", "allow", [], "xlsx: Schüler je Konfession (aggregiert)",
                "schulamt@dgov.be", "statistik@dgov.be", "Schülerzahlen nach Konfession",
                "Hallo,\n\nanbei die Zahlen.\n\nGrüße\nSchulamt",
                attachments=[("konfession.xlsx", xlsx_bytes({"2026": rows}), XLSX)])


@scenario
def zahlung_ag(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_de(rng))
    return Mail("b3-zahlung-an-ag", "de", "allow", [], "Zahlungsbestätigung an eine AG mit ihrem Konto",
                "buchhaltung@eupen.be", "rechnungen@mueller-bau.de", "Zahlungsavis Rechnung 2026-913",
                f"Sehr geehrte Damen und Herren,\n\ndie Rechnung 2026-913 der Müller Bau AG wurde beglichen; 7.450,00 EUR wurden auf Ihr Konto {iban} überwiesen.\n\nMit freundlichen Grüßen\nBuchhaltung")


@scenario
def krankmeldung_merkblatt(rng: random.Random) -> Mail:
    return Mail("b3-merkblatt-krankmeldung", "de", "allow", [], "Merkblatt (zweite Person, allgemein)",
                "personal@dgov.be", "bedienstete@dgov.be", "Merkblatt Krankmeldung",
                "Liebe Kolleginnen und Kollegen,\n\nwenn Sie krank sind, melden Sie sich bitte vor 9 Uhr bei Ihrer Führungskraft und reichen Sie Ihr ärztliches Attest innerhalb von zwei Tagen ein.\n\nFachbereich Personal")


@scenario
def biometric_tender(rng: random.Random) -> Mail:
    return Mail("b3-biometric-access-tender", "en", "allow", [], "tender for biometric access equipment, contact person",
                "procurement@eu-agency.eu", "bids@security-vendors.eu", "Call for tenders: access control",
                "Dear bidders,\n\nWe invite tenders for fingerprint readers and face recognition terminals for two buildings. Lot 1 covers hardware, lot 2 maintenance.\n\nContact: Mr Stefan Ionescu, procurement officer.\n\nProcurement Unit")


@scenario
def prison_religion_stats(rng: random.Random) -> Mail:
    table = html_table([["Religion", "Prisoners", "%"], ["Muslim", "3 120", "29"], ["Christian", "2 610", "24"], ["None", "4 020", "37"]])
    html = f"<p>Dear Dr Morgan,</p><p>The prison population by declared religion:</p>{table}<p>Regards,<br>Statistics Unit</p>"
    return Mail("b3-prison-population-religion", "en", "allow", [], "aggregate prison statistics by religion (HTML)",
                "stats@just.fgov.be", "research@prison-studies.org", "Prison population 2025", "", html=html, html_only=True)


@scenario
def minutes_sick_aggregate(rng: random.Random) -> Mail:
    return Mail("b3-minutes-team-aggregate", "en", "allow", [], "minutes with attendees and aggregate sickness numbers",
                "secretary@eu-office.eu", "team@eu-office.eu", "Minutes team meeting",
                "Hello all,\n\nAttendees: Olivia Grant, Marco Rossi, Ingrid Holm\n\n1. Three staff members are on sick leave this month; cover is arranged.\n2. The Christmas lunch is on 18 December.\n\nOlivia")


@scenario
def staff_directory_docx(rng: random.Random) -> Mail:
    table = [["Name", "Role", "Phone"], ["Helen Ward", "Head of unit", "+32 2 555 01 01"],
             ["George Patel", "Policy officer", "+32 2 555 01 02"]]
    return Mail("b3-staff-directory-docx", "en", "allow", [], "staff directory (professional contact data)",
                "admin@eu-office.eu", "reception@conference-venue.be", "Our team",
                "Hello,\n\nOur team list for the reception desk.\n\nBest,\nAdmin",
                attachments=[("team.docx", docx_bytes(["Team"], table), DOCX)])


@scenario
def payment_ltd(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_be(rng))
    return Mail("b3-payment-to-ltd", "en", "allow", [], "payment confirmation to a Ltd with its account",
                "accounts@eu-office.eu", "billing@northwind-consulting.co.uk", "Remittance advice INV-8812",
                f"Dear Sir or Madam,\n\nInvoice INV-8812 from Northwind Consulting Ltd has been settled: EUR 9,300.00 was paid to your account {iban} today.\n\nKind regards,\nAccounts")


@scenario
def idahot_press(rng: random.Random) -> Mail:
    return Mail("b3-idahot-press-release", "en", "allow", [], "press release on IDAHOT with spokesperson",
                "press@brussels.be", "news@brusselstimes.com", "Press release: rainbow flags for IDAHOT",
                "PRESS RELEASE\n\nOn 17 May the City of Brussels raises rainbow flags for the International Day against Homophobia. Lesbian, gay, bisexual and transgender associations will hold a march.\n\nSpokesperson: Ms Lena Ward, +32 2 279 25 00")


@scenario
def trade_union_act_consultation(rng: random.Random) -> Mail:
    return Mail("b3-trade-union-act-consultation", "en", "allow", [], "consultation on a union law with aggregate figures",
                "consultation@employment.belgium.be", "policy@business-federation.be", "Consultation: union representation",
                "Dear Sir or Madam,\n\nThe Minister proposes to extend union representation to firms of 50 employees. About 49 % of private-sector workers are union members. Comments by 31 January.\n\nYours faithfully,\nPolicy Unit")
