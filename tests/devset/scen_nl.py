# ruff: noqa: E501  (mail text: one line per paragraph, as Outlook writes it)
"""Dutch development-set scenarios (Flemish and Dutch administrations). Invented people and numbers."""

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
    fmt_nn,
    forward_header,
    html_table,
    iban_be,
    national_number,
    ods_bytes,
    pdf_form,
    quote,
    xlsx_bytes,
)

SCENARIOS: list[Callable[[random.Random], Mail]] = []


def scenario(f: Callable[[random.Random], Mail]) -> Callable[[random.Random], Mail]:
    SCENARIOS.append(f)
    return f


SIG_HR = """Met vriendelijke groeten,

Liesbeth Vanhaecke
HR-adviseur personeelsadministratie
Stad Mechelen - Dienst Personeel
Grote Markt 21, 2800 Mechelen
Tel. 015 29 76 54
liesbeth.vanhaecke@mechelen.be"""

SIG_OCMW = """Vriendelijke groeten,

Tom Verlinden
Maatschappelijk werker
OCMW Aalst - Sociale dienst
Tel. 053 73 22 11"""


# --------------------------------------------------------------------------------------------------
# block
# --------------------------------------------------------------------------------------------------
@scenario
def vakbond_loonfirma(rng: random.Random) -> Mail:
    rows = [["Personeelsnr", "Naam", "Voornaam", "Dienst", "Vakbond", "Inhouding vakbondsbijdrage"]]
    people = [("Claes", "Marc", "Wegen", "ACV"), ("Peeters", "Hilde", "Burgerzaken", "ABVV"),
              ("Wouters", "Dieter", "Groendienst", "ACLVB"), ("Maes", "Sandra", "Financiën", ""),
              ("Van Hoof", "Jelle", "Wegen", "ACV"), ("Bosmans", "Ilse", "Onthaal", ""),
              ("Lemmens", "Geert", "Technische dienst", "ABVV"), ("Smets", "Katrien", "Sport", "ACV")]
    for i, (last, first, dienst, bond) in enumerate(people):
        rows.append([f"P{2300 + i * 7}", last, first, dienst, bond, "ja" if bond else "nee"])
    return Mail(
        "vakbond-lijst-loonfirma", "nl", "block", ["ART9_TRADE_UNION"],
        "personeelslijst met vakbondskolom naar het externe sociaal secretariaat",
        "liesbeth.vanhaecke@mechelen.be", "payroll@securex-payroll.be",
        "Inhoudingen vakbondsbijdragen december",
        "Dag Nathalie,\n\nZoals afgesproken vind je in bijlage de lijst van de personeelsleden voor wie we vanaf "
        "de loonverwerking van december de vakbondsbijdrage moeten inhouden. De kolom 'Inhouding' geeft aan "
        "of er iets moet gebeuren.\n\nLaat maar weten als er iets onduidelijk is.\n\n" + SIG_HR,
        attachments=[("inhoudingen_december.xlsx", xlsx_bytes({"Personeel": rows}), XLSX)],
    )


@scenario
def afkomst_diversiteitsmonitor(rng: random.Random) -> Mail:
    rows = [["Naam", "Geboortejaar", "Dienst", "Nationaliteit bij geboorte", "Afkomst"]]
    data = [("Yasmina El Idrissi", 1988, "Bevolking", "Marokkaanse", "Noord-Afrikaans"),
            ("Bart Segers", 1979, "Wegen", "Belgische", "Belgisch"),
            ("Mehmet Kaya", 1991, "Onthaal", "Turkse", "Turks"),
            ("Grace Mbuyi", 1985, "Sociale dienst", "Congolese", "Centraal-Afrikaans"),
            ("Nicolae Popescu", 1993, "Groendienst", "Roemeense", "Roma")]
    rows += [list(d) for d in data]
    return Mail(
        "afkomst-diversiteitsmonitor", "nl", "block", ["ART9_ETHNIC_ORIGIN"],
        "ODS met benoemde medewerkers en hun afkomst naar een adviesbureau",
        "diversiteit@gent.be", "rapportage@diversa-consult.be",
        "Gegevens diversiteitsmonitor 2026",
        "Goedemiddag,\n\nHierbij de gegevens voor de diversiteitsmonitor die jullie voor ons opmaken. We "
        "hebben de lijst beperkt tot de nieuwe personeelsleden van dit jaar.\n\nGroeten,\n\nHanne De Clercq\n"
        "Diversiteitsambtenaar Stad Gent",
        attachments=[("monitor_instroom_2026.ods", ods_bytes({"Instroom": rows}), ODS)],
    )


@scenario
def dna_gezinshereniging(rng: random.Random) -> Mail:
    loci = ["D3S1358", "vWA", "FGA", "TH01", "D8S1179", "D21S11", "D18S51", "D5S818", "D13S317", "D7S820",
            "TPOX", "CSF1PO", "Amelogenine"]
    rows = [["Staalnr", "Naam", "Relatie", *loci]]
    alle = [["15,17", "16,18", "21,24", "6,9.3", "13,14", "29,30", "14,17", "11,12", "11,13", "10,11", "8,8",
             "10,12", "X,Y"],
            ["15,16", "14,18", "22,24", "7,9.3", "12,13", "29,31.2", "15,17", "11,13", "8,11", "9,10", "8,11",
             "11,12", "X,X"],
            ["16,17", "16,17", "21,22", "6,7", "13,15", "30,30", "14,15", "12,12", "11,12", "10,10", "8,9",
             "10,11", "X,Y"]]
    for (staal, naam, rel), a in zip([("DV-26-0412", "Abdi Hassan Warsame", "referentiepersoon"),
                                      ("DV-26-0413", "Hodan Abdi Hassan", "vermoedelijke dochter"),
                                      ("DV-26-0414", "Mahad Abdi Hassan", "vermoedelijke zoon")], alle,
                                     strict=True):
        rows.append([staal, naam, rel, *a])
    return Mail(
        "dna-profielen-gezinshereniging", "nl", "block", ["ART9_GENETIC"],
        "xlsx met STR-allelen per benoemde persoon (verwantschapsonderzoek)",
        "labo@dnalab-leuven.be", "gezinshereniging@ibz.fgov.be",
        "Resultaten verwantschapsonderzoek dossier 26/0412",
        "Geachte,\n\nIn bijlage vindt u de genotyperingen van de drie stalen die we op 4 november ontvingen. "
        "Het rapport met de verwantschapsindex volgt per aangetekende zending.\n\nMet vriendelijke groeten,\n\n"
        "ir. Koen Daems\nLabo Forensische Genetica\n",
        attachments=[("genotypering_26-0412.xlsx", xlsx_bytes({"Profielen": rows}), XLSX)],
    )


@scenario
def gezichtstemplates_toegang(rng: random.Random) -> Mail:
    rows = [["personeelsnummer", "naam", "gezichtstemplate (embedding, 128 floats)", "ingeschreven op"]]
    for i, name in enumerate(["An Mertens", "Kris Jacobs", "Leen Goossens", "Pieter Van Dyck"]):
        vec = ";".join(f"{rng.uniform(-1, 1):.4f}" for _ in range(24)) + ";..."
        rows.append([f"M-{4410 + i}", name, vec, f"2026-10-{10 + i:02d}"])
    return Mail(
        "gezichtstemplates-toegangscontrole", "nl", "block", ["ART9_BIOMETRIC"],
        "CSV met gezichtsherkenningsembeddings per benoemd personeelslid naar de leverancier",
        "facility@provincie-antwerpen.be", "support@secu-access.eu",
        "Migratie toegangscontrole - export",
        "Hallo,\n\nVoor de migratie naar het nieuwe toegangssysteem sturen we jullie de export uit de oude "
        "server. Willen jullie bevestigen dat de import gelukt is?\n\nGroeten,\nRaf Thys\nFacility management",
        attachments=[("export_badges_gezicht.csv", csv_bytes(rows, ";"), "text/csv")],
    )


@scenario
def levensbeschouwing_uitstap(rng: random.Random) -> Mail:
    table = [["Naam leerling", "Klas", "Levensbeschouwing", "Maaltijd"],
             ["Sami Benali", "3B", "islam", "halal"], ["Lotte Verhulst", "3B", "katholieke godsdienst", "standaard"],
             ["Noah Cohen", "3A", "jodendom", "koosjer"], ["Emma Pauwels", "3A", "niet-confessionele zedenleer",
                                                              "vegetarisch"],
             ["Yara Haddad", "3B", "orthodoxe godsdienst", "standaard"]]
    return Mail(
        "levensbeschouwing-schooluitstap", "nl", "block", ["ART9_RELIGION"],
        "Word-tabel met leerlingen en hun levensbeschouwing naar het jeugdverblijf",
        "secretariaat@atheneum-lier.be", "reservaties@jeugdverblijf-ardennen.be",
        "Deelnemerslijst bosklassen 3de jaar",
        "Beste,\n\nIn bijlage de deelnemerslijst voor de bosklassen van 12 tot 16 januari, met de maaltijdkeuze "
        "per leerling. Kunnen jullie hiermee rekening houden?\n\nAlvast bedankt,\n\nInge Daelemans\n"
        "Secretariaat Atheneum Lier",
        attachments=[("deelnemers_bosklassen.docx", docx_bytes(
            ["Bosklassen 3de jaar - deelnemers", "Maaltijden volgens opgave van de ouders."], table), DOCX)],
    )


@scenario
def politiek_verlof_html(rng: random.Random) -> Mail:
    table = html_table([["Naam", "Dienst", "Partij", "Mandaat", "Verlof (dagen/maand)"],
                        ["Stefaan Heylen", "Ruimtelijke ordening", "Vooruit", "gemeenteraadslid Boom", "2"],
                        ["Ann Wuyts", "Burgerzaken", "N-VA", "schepen Rumst", "4"],
                        ["Dirk Aerts", "Groendienst", "Groen", "OCMW-raadslid", "1"]])
    html = (f"<p>Beste collega's van het sociaal secretariaat,</p><p>Hieronder de personeelsleden die politiek "
            f"verlof aanvragen voor de nieuwe legislatuur:</p>{table}<p>Met vriendelijke groeten,<br>"
            f"Greet Van Loock<br>Personeelsdienst Provincie Antwerpen</p>")
    return Mail(
        "politiek-verlof-tabel-html", "nl", "block", ["ART9_POLITICAL_OPINION"],
        "HTML-tabel: personeelsleden met hun partij naar een extern secretariaat",
        "personeel@provincieantwerpen.be", "dossiers@sd-worx-partners.be",
        "Politiek verlof legislatuur 2025-2030", "", html=html, html_only=True,
    )


@scenario
def diagnose_afwezigheden(rng: random.Random) -> Mail:
    rows = [["Naam", "Dienst", "Afwezig van", "Afwezig tot", "Diagnose (arbeidsgeneesheer)"],
            ["Kevin Vermeiren", "Wegen", "2026-09-02", "2026-12-31", "hernia L4-L5"],
            ["Nathalie Boon", "Onthaal", "2026-10-14", "2026-11-30", "burn-out"],
            ["Erik Stevens", "Groendienst", "2026-11-03", "2026-11-17", "knieoperatie (meniscus)"],
            ["Sofie Willaert", "Financiën", "2026-08-20", "", "borstkanker, chemotherapie"]]
    return Mail(
        "diagnose-afwezigheden-xlsx", "nl", "block", ["ART9_HEALTH"],
        "overzicht langdurig zieken met diagnosekolom naar een verzekeraar",
        "preventie@stadkortrijk.be", "schadebeheer@ethias-partner.be",
        "Langdurige afwezigheden Q4",
        "Goeiedag,\n\nZoals gevraagd voor de hernieuwing van de polis gewaarborgd inkomen: het overzicht van "
        "de langdurige afwezigheden.\n\nMet vriendelijke groeten,\n\nPeter Deprez\nPreventieadviseur",
        attachments=[("afwezigheden_Q4.xlsx", xlsx_bytes({"Q4": rows}, start_row=3, start_col=2), XLSX)],
    )


@scenario
def strafregister_vrijwilligers(rng: random.Random) -> Mail:
    rows = [["Naam", "Geboortedatum", "Model", "Uittreksel afgeleverd", "Veroordelingen"],
            ["Wim Raes", "1984-03-11", "Model 2", "2026-10-02", "geen"],
            ["Jonas Dierickx", "1999-07-28", "Model 2", "2026-10-05", "slagen en verwondingen (2021), 6 mnd uitstel"],
            ["Sara Cuypers", "1990-12-01", "Model 2", "2026-10-07", "geen"],
            ["Ludo Peeters", "1967-05-19", "Model 2", "2026-10-09", "diefstal (2015)"]]
    return Mail(
        "strafregister-vrijwilligers-tsv", "nl", "block", ["ART10_CRIMINAL"],
        "TSV met benoemde vrijwilligers en hun veroordelingen naar een vzw",
        "jeugddienst@lokeren.be", "bestuur@speelpleinwerking-lokeren.be",
        "Uittreksels vrijwilligers speelpleinwerking",
        "Beste Hans,\n\nWe hebben de uittreksels van de nieuwe monitoren gecontroleerd; het overzicht zit in "
        "bijlage. Bij twee mensen staat er iets op, bekijk dat best even met het bestuur.\n\nGroeten,\n"
        "Elke Martens\nJeugddienst Lokeren",
        attachments=[("uittreksels_monitoren.tsv", csv_bytes(rows, "\t"), "text/tab-separated-values")],
    )


@scenario
def geaardheid_enquete(rng: random.Random) -> Mail:
    rows = [["Respondent", "E-mail", "Leeftijd", "Seksuele geaardheid", "Genderidentiteit", "Opmerking"],
            ["Joris Van Acker", "joris.vanacker@telenet.be", 34, "homoseksueel", "man", "wil meewerken aan focusgroep"],
            ["Evi Lambrecht", "evi.l@gmail.com", 27, "biseksueel", "vrouw", ""],
            ["Thomas Segers", "tsegers@hotmail.com", 41, "heteroseksueel", "man", ""],
            ["Lies Schoofs", "lies.schoofs@proximus.be", 30, "lesbisch", "vrouw", "contact na 18u"]]
    return Mail(
        "geaardheid-enquete-respondenten", "nl", "block", ["ART9_SEX_LIFE"],
        "enquêteresultaten met naam en seksuele geaardheid naar een extern onderzoeksbureau",
        "gelijkekansen@leuven.be", "veldwerk@ipsos-research.be",
        "Ruwe data bevraging welzijn holebi's",
        "Dag Wouter,\n\nHier de ruwe export van de bevraging, zodat jullie de focusgroepen kunnen plannen.\n\n"
        "Groeten,\nMieke Geens\nGelijkekansenbeleid Stad Leuven",
        attachments=[("bevraging_export.xlsx", xlsx_bytes({"Antwoorden": rows}), XLSX)],
    )


@scenario
def gezichtsherkenning_proza(rng: random.Random) -> Mail:
    return Mail(
        "gezichtsherkenningstemplate-medewerker", "nl", "block", ["ART9_BIOMETRIC"],
        "gezichtsherkenningstemplate van een benoemde medewerker doorgestuurd aan een leverancier",
        "ict@vlaamsbrabant.be", "helpdesk@faceaccess.nl",
        "Ticket 88213 - inschrijving mislukt",
        "Hallo,\n\nBij de inschrijving van mevrouw Karolien Baert in het toegangssysteem loopt het mis. Ik "
        "heb haar gezichtsherkenningstemplate uit de console geëxporteerd en als bijlage aan het ticket "
        "toegevoegd; het bestand is 2 KB groot en de kwaliteitsscore van het sjabloon is 41.\n\nKunnen jullie "
        "nagaan waarom de matching bij haar telkens faalt?\n\nMvg,\nSteven Hermans\nICT Provincie Vlaams-Brabant",
    )


@scenario
def dragerschap_consult(rng: random.Random) -> Mail:
    return Mail(
        "dragerschap-mucoviscidose", "nl", "block", ["ART9_GENETIC"],
        "dragerschap van een benoemde persoon in een doorverwijzing",
        "centrum.erfelijkheid@uzgent.be", "huisartsenpraktijk.dewaele@telenet.be",
        "Resultaat dragerschapstest",
        "Beste collega,\n\nBij mevrouw Leen Van de Velde (°1994) werd de dragerschapstest voor cystische "
        "fibrose afgerond. Zij is heterozygoot draagster van de F508del-variant in het CFTR-gen; haar partner "
        "wordt binnenkort getest.\n\nMet collegiale groeten,\n\nDr. Marie Vandamme\nCentrum Medische Genetica",
    )


@scenario
def methadon_leefloon(rng: random.Random) -> Mail:
    first = ("Dag Tom,\n\nIk volg het dossier van Kevin Maes (leefloon, Kerkstraat 14) vanaf volgende week op "
             "omdat Ellen met verlof gaat. Zijn er dingen waar ik rekening mee moet houden?\n\nGroetjes,\nSarah")
    return Mail(
        "methadon-antwoord-leefloon", "nl", "block", ["ART9_HEALTH"],
        "vervangingsbehandeling (methadon) in een antwoord over een benoemde leefloongerechtigde",
        "tom.verlinden@ocmw-aalst.be", "sarah.desmet@ocmw-aalst.be; jan.goossens@cawoostvlaanderen.be",
        "RE: overdracht dossiers",
        "Dag Sarah,\n\nHij volgt sinds januari een methadonprogramma bij het MSOC en haalt zijn dosis elke "
        "ochtend op. Afspraken best niet voor 11 uur plannen. Het CAW is op de hoogte.\n\n" + SIG_OCMW + "\n\n"
        + quote(first, "Sarah De Smet", "18 november 2026 om 14:02", "nl"),
    )


@scenario
def zwangerschap_draad(rng: random.Random) -> Mail:
    m1 = ("Beste,\n\nWij hebben een aanvraag tot aangepast werk ontvangen van mevrouw Aïcha Benali, "
          "verpleegkundige op de afdeling geriatrie. Kan de arbeidsgeneesheer haar oproepen?\n\n"
          "Met vriendelijke groeten,\nPersoneelsdienst AZ Sint-Jan")
    m2 = ("Goedemorgen,\n\nHet consult is gepland op 25 november om 10u. Graag bevestiging.\n\nIDEWE")
    m3 = ("Bevestigd, dank u.\n\nPersoneelsdienst")
    thread = quote(m3 + "\n\n" + quote(m2 + "\n\n" + quote(m1, "Personeelsdienst AZ Sint-Jan",
                                                                "12 november 2026 om 09:11", "nl"),
                                       "IDEWE planning", "13 november 2026 om 08:40", "nl"),
                   "Personeelsdienst AZ Sint-Jan", "13 november 2026 om 10:02", "nl")
    return Mail(
        "zwangerschap-lange-draad", "nl", "block", ["ART9_HEALTH"],
        "lange draad; het antwoord bovenaan zegt dat de benoemde werkneemster zwanger is",
        "dr.ceulemans@idewe.be", "personeel@azsintjan.be",
        "RE: RE: RE: aanvraag aangepast werk",
        "Goedemiddag,\n\nNa het consult van vandaag: zij is 14 weken zwanger en mag geen nachtdiensten meer "
        "doen en geen patiënten meer tillen. Ik stuur het formulier moederschapsbescherming vandaag nog door."
        "\n\nDr. Ceulemans\nArbeidsgeneesheer IDEWE\n\n" + thread,
    )


@scenario
def formulier_vakbond_body(rng: random.Random) -> Mail:
    return Mail(
        "vakbondsfiche-in-mailtekst", "nl", "block", ["ART9_TRADE_UNION"],
        "'Label: waarde'-regels in de mailtekst: naam, personeelsnummer, vakbond",
        "loon@oudenaarde.be", "klantendienst@acerta-loon.be",
        "Wijziging fiche personeelslid",
        "Goedemorgen,\n\nGraag de volgende wijziging doorvoeren vanaf 1 december:\n\n"
        "Naam: Vandenbussche\nVoornaam: Gert\nPersoneelsnummer: 004512\nDienst: Technische dienst\n"
        "Vakbond: ABVV (ACOD LRB)\nInhouding bijdrage: ja, maandelijks\n\nAlvast bedankt.\n\n"
        "Met vriendelijke groeten,\nDominique Van Cauwenberghe\nLoondienst Stad Oudenaarde",
    )


@scenario
def pdf_formulier_diagnose(rng: random.Random) -> Mail:
    pdf = pdf_form("Aanvraag redelijke aanpassing werkpost", [
        ("Naam", "Willems"), ("Voornaam", "Ingrid"), ("Geboortedatum", "14/02/1976"),
        ("Dienst", "Bibliotheek"), ("Diagnose", "reumatoïde artritis"),
        ("Gevraagde aanpassing", "elektrisch verstelbaar bureau, thuiswerk 3 dagen")],
        ["In te vullen door het personeelslid en te bezorgen aan de preventiedienst."])
    return Mail(
        "pdf-formulier-diagnose", "nl", "block", ["ART9_HEALTH"],
        "ingevuld PDF-formulier (AcroForm) met naam en diagnose",
        "preventie@brugge.be", "ergonomie@mensura-extern.be",
        "Aanvraag aanpassing werkpost",
        "Beste,\n\nIn bijlage de aanvraag van een personeelslid van de bibliotheek. Kunnen jullie een "
        "werkplekonderzoek inplannen?\n\nGroeten,\nJoke Vanneste\nPreventiedienst Stad Brugge",
        attachments=[("aanvraag_aanpassing.pdf", pdf, "application/pdf")],
    )


@scenario
def rijksregister_kolom(rng: random.Random) -> Mail:
    rows = [["Naam", "Rijksregisternummer", "Adres", "Toelage"]]
    for name, street in [("Leo Bogaerts", "Vaartstraat 3, Lier"), ("Julie Van Gorp", "Lisperstraat 88, Lier"),
                         ("Hamza Ouali", "Mechelsesteenweg 210, Lier")]:
        rows.append([name, fmt_nn(national_number(rng), "dotted"), street, "250 EUR"])
    return Mail(
        "rijksregisternummers-xlsx", "nl", "block", ["BE_NATIONAL_NUMBER"],
        "xlsx met rijksregisternummers van begunstigden",
        "welzijn@lier.be", "administratie@kringloop-lier.be",
        "Begunstigden energietoelage",
        "Dag Kristof,\n\nIn bijlage de lijst van de begunstigden van de energietoelage.\n\nGroeten,\n"
        "Welzijnsloket Lier",
        attachments=[("begunstigden.xlsx", xlsx_bytes({"Lijst": rows}), XLSX)],
    )


@scenario
def minutiae_word(rng: random.Random) -> Mail:
    table = [["Medewerker", "Badge", "Vingerafdruktemplate (ISO/IEC 19794-2, base64)", "Vinger"],
             ["Hans Goris", "B-1182", "Rk1SACAyMAAAAAFiAAABPAFiAMUAxQEAAAAoJ0CPAC...", "rechterwijsvinger"],
             ["Nadia Amrani", "B-1183", "Rk1SACAyMAAAAAE8AAABPAFiAMUAxQEAAAAjIUBNAC...", "linkerwijsvinger"],
             ["Filip Wauters", "B-1190", "Rk1SACAyMAAAAAFKAAABPAFiAMUAxQEAAAAmKkB3AC...", "rechterduim"]]
    return Mail(
        "vingerafdruktemplates-word", "nl", "block", ["ART9_BIOMETRIC"],
        "Word-tabel met vingerafdruktemplates per benoemde medewerker",
        "facility@vdab.be", "service@biokey-systems.be",
        "Probleem met enrolment terminals",
        "Goedemiddag,\n\nBij drie medewerkers worden de templates niet aanvaard door de nieuwe terminals. "
        "In bijlage de gegevens zoals ze in de oude databank staan.\n\nMet vriendelijke groeten,\n"
        "Bert Coene\nFacility VDAB",
        attachments=[("enrolment_probleem.docx", docx_bytes(["Export enrolment - drie medewerkers"], table), DOCX)],
    )


@scenario
def veroordeling_doorgestuurd(rng: random.Random) -> Mail:
    fwd = (forward_header("nl", "Parket Antwerpen <info.antwerpen@just.fgov.be>", "17 november 2026 15:20",
                          "personeel@zoersel.be", "Inlichting personeelslid")
           + "\nGeachte,\n\nIn antwoord op uw vraag delen wij mee dat de heer Rudy Van Looy op 3 maart 2025 "
             "door de correctionele rechtbank werd veroordeeld tot een gevangenisstraf van zes maanden met "
             "uitstel wegens verduistering.\n\nHoogachtend,\nHet parket")
    return Mail(
        "veroordeling-doorgestuurd-advocaat", "nl", "block", ["ART10_CRIMINAL"],
        "doorgestuurde mail van het parket met de veroordeling van een benoemd personeelslid",
        "personeel@zoersel.be", "kantoor@advocaten-verbist.be",
        "TR: Inlichting personeelslid",
        "Meester,\n\nZie hieronder het antwoord van het parket, voor het tuchtdossier.\n\nMvg,\nGemeente Zoersel\n\n"
        + fwd,
    )


@scenario
def afwezigheden_zonder_kop(rng: random.Random) -> Mail:
    return Mail(
        "afwezigheden-tabel-zonder-kop", "nl", "block", ["ART9_HEALTH"],
        "tekst-tabel zonder kop: naam en reden van afwezigheid per lijn",
        "teamleider.wegen@hasselt.be", "planning@interim-plus.be",
        "Vervangingen week 48",
        "Hoi,\n\nVolgende week hebben we vervanging nodig voor:\n\n"
        "Rik Vanderhoven\tma-vr\tziekteverlof na hartinfarct\n"
        "Dries Jacobs\tdi-do\tbegeleiding revalidatie rugoperatie\n"
        "Maarten Lenaerts\tvr\tverlof\n\nKunnen jullie 2 mensen voorzien?\n\nGroeten,\nWim\nTeamleider wegen",
    )


# --------------------------------------------------------------------------------------------------
# allow
# --------------------------------------------------------------------------------------------------
@scenario
def verkiezingen_circulaire(rng: random.Random) -> Mail:
    body = """Aan de voorzitters van de stembureaus,

Zoals elke verkiezing wordt u gevraagd als voorzitter van een stembureau op te treden bij de gemeente- en provincieraadsverkiezingen van zondag 13 oktober. Deze omzendbrief overloopt de praktische afspraken.

1. Opening van de stembureaus
De stembureaus openen om 8 uur en sluiten om 14 uur. U wordt om 7.15 uur in uw bureau verwacht, samen met de bijzitters en de secretaris. De bijzitters werden aangeduid door loting uit de kiezerslijst; plaatsvervangers staan op de lijst in bijlage.

2. Kiezers en volmachten
Een kiezer mag één volmacht hebben. De volmachtdrager toont zijn eigen identiteitskaart, de oproepingsbrief van de volmachtgever en het volmachtformulier met het eventuele attest (bv. een medisch attest, een attest van de werkgever of van de instelling). Attesten worden niet in het bureau bewaard maar samen met de volmachten in de omslag gestoken.

3. Partijen en getuigen
De partijen die een lijst indienden, kunnen getuigen aanduiden. Getuigen mogen de verrichtingen bijwonen maar geen kiezers aanspreken. Een getuige die campagne voert in het lokaal, wordt door de voorzitter verwijderd.

4. Kiezers met een beperking
Een kiezer met een beperking mag zich laten begeleiden door een persoon naar keuze. De rolstoeltoegankelijke stemhokjes staan aan de ingang.

5. Na de sluiting
Na 14 uur brengt u de stembiljetten, de processen-verbaal en de lijsten naar het hoofdbureau in het stadhuis. De voorzitter van het hoofdbureau, de heer Frans Dewinter, neemt de omslagen in ontvangst.

Bij vragen kunt u de verkiezingscel bereiken.

Met vriendelijke groeten,

Katrien Lauwers
Verkiezingscel - Dienst Burgerzaken
Stad Sint-Niklaas
Tel. 03 778 30 00
verkiezingen@sint-niklaas.be"""
    return Mail("verkiezingen-omzendbrief-lang", "nl", "allow", [],
                "lange omzendbrief verkiezingslogistiek (volmachten, medisch attest, partijen, beperking)",
                "verkiezingen@sint-niklaas.be", "voorzitters@stembureaus-sint-niklaas.be",
                "Omzendbrief voorzitters stembureaus 13 oktober", body)


@scenario
def opleiding_neutraliteit(rng: random.Random) -> Mail:
    return Mail(
        "opleiding-politieke-neutraliteit", "nl", "allow", [],
        "aankondiging opleiding politieke neutraliteit met naam van de lesgever",
        "opleidingen@vlaanderen.be", "alle.personeelsleden@agentschap-integratie.be",
        "Opleiding: neutraliteit en deontologie voor ambtenaren",
        "Beste collega's,\n\nOp dinsdag 3 februari organiseren we de opleiding 'Neutraliteit en deontologie'. "
        "Wat betekent politieke neutraliteit als je loketmedewerker bent? Mag je een speldje van een partij "
        "dragen, of een religieus symbool? Hoe ga je om met een burger die je vraagt op wie je stemt? Aan de "
        "hand van casussen bekijken we de deontologische code en de rechtspraak.\n\nLesgever: prof. Johan "
        "Leman (KU Leuven)\nPlaats: Herman Teirlinckgebouw, zaal 01.12\nInschrijven via het opleidingsplatform."
        "\n\nMet vriendelijke groeten,\n\nHet opleidingsteam\nAgentschap Overheidspersoneel\n"
        "Tel. 02 553 00 00",
    )


@scenario
def uittreksel_strafregister_procedure(rng: random.Random) -> Mail:
    q = ("Goedendag,\n\nIk begin binnenkort als begeleider in een jeugdhuis en ze vragen een uittreksel uit het "
         "strafregister. Hoe vraag ik dat aan?\n\nMvg,\nLaura Mertens")
    return Mail(
        "uittreksel-strafregister-procedure", "nl", "allow", [],
        "uitleg hoe een uittreksel uit het strafregister (model 2) aan te vragen, aan een benoemde burger",
        "burgerzaken@mortsel.be", "laura.mertens@gmail.com",
        "RE: uittreksel strafregister",
        "Beste mevrouw Mertens,\n\nVoor een activiteit met minderjarigen hebt u een uittreksel uit het "
        "strafregister model 2 nodig (artikel 596, tweede lid, van het Wetboek van strafvordering). U kunt het "
        "zelf gratis downloaden via My e-Justice met uw eID of itsme. Lukt dat niet, dan kunt u het aanvragen "
        "aan het loket Burgerzaken; vermeld dan het doel ('activiteit met minderjarigen'). Het uittreksel "
        "vermeldt eventuele veroordelingen die voor dat doel relevant zijn. Reken op 5 werkdagen.\n\n"
        "Met vriendelijke groeten,\n\nDienst Burgerzaken Mortsel\nTel. 03 444 17 17\n\n"
        + quote(q, "Laura Mertens", "19 november 2026 om 20:41", "nl"),
    )


@scenario
def religieuze_feestdagen_xlsx(rng: random.Random) -> Mail:
    rows = [["Datum", "Feestdag", "Levensbeschouwing", "Opmerking"],
            ["2026-03-20", "Suikerfeest (Eid al-Fitr)", "islam", "datum kan 1 dag verschuiven"],
            ["2026-04-05", "Pasen", "christendom", ""], ["2026-04-02", "Pesach (1ste dag)", "jodendom", ""],
            ["2026-05-27", "Offerfeest (Eid al-Adha)", "islam", ""], ["2026-09-21", "Jom Kipoer", "jodendom", ""],
            ["2026-11-08", "Divali", "hindoeïsme", ""], ["2026-12-25", "Kerstmis", "christendom", "wettelijke feestdag"]]
    return Mail(
        "religieuze-feestdagen-kalender", "nl", "allow", [],
        "kalender van religieuze feestdagen (xlsx), geen persoonskolom",
        "diversiteit@antwerpen.be", "teamleiders@ocmw-antwerpen.be",
        "Kalender levensbeschouwelijke feestdagen 2026",
        "Beste teamleiders,\n\nIn bijlage de kalender met de belangrijkste levensbeschouwelijke feestdagen van "
        "2026. Houd er rekening mee bij het plannen van opleidingen en teamdagen; medewerkers kunnen voor deze "
        "dagen verlof vragen.\n\nVriendelijke groeten,\nDiversiteitsteam Stad Antwerpen",
        attachments=[("feestdagen_2026.xlsx", xlsx_bytes({"2026": rows}), XLSX)],
    )


@scenario
def haatmisdrijven_statistiek(rng: random.Random) -> Mail:
    rows = [["Motief", "2023", "2024", "2025", "Evolutie"],
            ["Afkomst / huidskleur", 412, 455, 430, "-5 %"], ["Religie of levensbeschouwing", 98, 121, 140, "+16 %"],
            ["Seksuele geaardheid", 151, 170, 188, "+11 %"], ["Handicap", 23, 31, 29, "-6 %"],
            ["Politieke overtuiging", 12, 9, 15, "+67 %"], ["Syndicale overtuiging", 3, 2, 4, ""]]
    return Mail(
        "haatmisdrijven-per-motief", "nl", "allow", [],
        "geaggregeerde statistiek haatmisdrijven per motief met benoemde analist",
        "analyse@police.belgium.eu", "onderzoek@unia.be",
        "Cijfers haatmisdrijven 2023-2025",
        "Beste mevrouw Claeys,\n\nZoals gevraagd de geregistreerde haatmisdrijven per motief voor de drie "
        "laatste jaren (nationale gegevensbank, stand 1 november). Het gaat om feiten, niet om personen.\n\n"
        "Met vriendelijke groeten,\n\nInspecteur Bram Wuyts\nDirectie Operationele Politionele Informatie\n"
        "Federale Politie",
        attachments=[("haatmisdrijven_motief.xlsx", xlsx_bytes({"Cijfers": rows}), XLSX)],
    )


@scenario
def wetsconsultatie_vakbond(rng: random.Random) -> Mail:
    return Mail(
        "consultatie-wet-syndicale-afvaardiging", "nl", "allow", [],
        "consultatie over een wetswijziging met geaggregeerde cijfers over vakbondsleden",
        "kabinet@werk.belgie.be", "consultatie@voka.be",
        "Consultatie: wijziging wet op de syndicale afvaardiging",
        "Geachte,\n\nDe minister van Werk wil de wet van 1971 op de syndicale afvaardiging aanpassen aan de "
        "ondernemingen van 50 tot 100 werknemers. Volgens de jongste cijfers is 49 % van de werknemers in de "
        "privésector lid van een vakbond; in kmo's met minder dan 100 werknemers zijn er 3 800 syndicale "
        "afgevaardigden. Het voorontwerp zit in bijlage; uw opmerkingen zijn welkom tot 15 januari.\n\n"
        "Met vriendelijke groeten,\n\nEls Moerman\nAdviseur, kabinet van de minister van Werk\n"
        "Tel. 02 220 20 11",
    )


@scenario
def aanbesteding_ziekenhuis(rng: random.Random) -> Mail:
    return Mail(
        "aanbesteding-ziekenhuisbenodigdheden", "nl", "allow", [],
        "aanbesteding medische benodigdheden (dialyse, insulinepompen, oncologie) met contactpersoon",
        "aankoop@azgroeninge.be", "tenders@medisupply.be",
        "Overheidsopdracht 2026/041 - medische verbruiksgoederen",
        "Geachte,\n\nAZ Groeninge schrijft een open procedure uit voor medische verbruiksgoederen, in vier "
        "percelen:\n- perceel 1: dialysefilters en bloedlijnen voor de nierdialyse;\n- perceel 2: insulinepompen "
        "en sensoren voor patiënten met diabetes type 1;\n- perceel 3: infuussets voor chemotherapie op de "
        "dienst oncologie;\n- perceel 4: incontinentiemateriaal.\nDe opdrachtdocumenten staan op e-Procurement. "
        "Vragen tot 10 december via het forum.\n\nMet vriendelijke groeten,\n\nDhr. Ivan Desmet\n"
        "Aankoopdienst AZ Groeninge\nTel. 056 63 30 00",
    )


@scenario
def persbericht_politie(rng: random.Random) -> Mail:
    return Mail(
        "persbericht-drugsbende-woordvoerder", "nl", "allow", [],
        "persbericht over een politieactie met geaggregeerde aantallen en de contactgegevens van de woordvoerder",
        "pers@politie-antwerpen.be", "redactie@gva.be",
        "Persbericht: grote actie tegen drugshandel in Borgerhout",
        "PERSBERICHT - 19 november 2026\n\nBij een gerichte actie tegen drugshandel hebben de lokale politie "
        "en het parket gisteren 14 woningen doorzocht. Twaalf verdachten werden aangehouden; zeven van hen "
        "werden voorgeleid bij de onderzoeksrechter. Er werd 18 kilo cannabis en 40 000 euro cash in beslag "
        "genomen. Het onderzoek loopt verder; het parket geeft geen namen vrij.\n\nPerscontact:\n"
        "Woordvoerder: hoofdinspecteur Sven Lommaert\nGSM: 0475 12 34 56\nE-mail: pers@politie-antwerpen.be",
    )


@scenario
def notulen_aggregaten(rng: random.Random) -> Mail:
    body = """Beste leden van het Basisoverlegcomité,

Hierbij het verslag van de vergadering van 14 november.

Aanwezig: Marleen Goossens (voorzitter), Peter Maes (ACOD), Katrien Smet (ACV Openbare Diensten), Johan Claes (VSOA), Inge Dewaele (preventieadviseur), Tom Hendrickx (HR)
Verontschuldigd: Ahmed El Khattabi

1. Ziekteverzuim
Het ziekteverzuim bedroeg in het derde kwartaal 6,8 % (vorig jaar 7,4 %). Er zijn 11 langdurig zieken, van wie 4 met een burn-out. De preventieadviseur stelt een traject rond psychosociale risico's voor.

2. Arbeidsongevallen
Er waren 7 arbeidsongevallen, waarvan 2 met meer dan 30 dagen arbeidsongeschiktheid (vallen van een ladder, rugletsel bij tillen).

3. Vakbondspremie en syndicale uren
De vakbonden vragen een overzicht van de gebruikte syndicale uren per organisatie. HR bezorgt dit geaggregeerd tegen de volgende vergadering.

4. Varia
De volgende vergadering vindt plaats op 12 december.

Met vriendelijke groeten,
Tom Hendrickx
Secretaris BOC"""
    return Mail("notulen-boc-aggregaten", "nl", "allow", [],
                "verslag met aanwezigen (namen, vakbond als vertegenwoordiger) en geaggregeerde verzuimcijfers",
                "hr@gemeente-zele.be", "boc-leden@zele.be", "Verslag BOC 14 november", body)


@scenario
def vakbond_aggregaat_tabel(rng: random.Random) -> Mail:
    rows = [["Vakbond", "Aantal leden (personeel)", "Aandeel"], ["ACOD", 212, "38 %"], ["ACV-OD", 187, "34 %"],
            ["VSOA", 64, "12 %"], ["Geen / onbekend", 89, "16 %"]]
    return Mail(
        "vakbond-aantallen-tabel", "nl", "allow", [],
        "geaggregeerde tabel: vakbond en aantal leden, geen personen",
        "hr@stad-turnhout.be", "adviesraad@vvsg.be",
        "Representativiteit vakbonden personeel",
        "Beste,\n\nVoor de bevraging van de VVSG: het aantal vakbondsleden bij ons personeel op basis van de "
        "ingehouden bijdragen (stand oktober).\n\nGroeten,\nHR Stad Turnhout",
        attachments=[("representativiteit.xlsx", xlsx_bytes({"Aantallen": rows}), XLSX)],
    )


@scenario
def telefoonlijst_xlsx(rng: random.Random) -> Mail:
    rows = [["Naam", "Functie", "Dienst", "Telefoon", "E-mail"],
            ["Evelien Schepens", "diensthoofd", "Burgerzaken", "050 44 80 01", "evelien.schepens@brugge.be"],
            ["Koen Vermote", "baliemedewerker", "Burgerzaken", "050 44 80 02", "koen.vermote@brugge.be"],
            ["Ruth De Keyser", "juriste", "Burgerzaken", "050 44 80 07", "ruth.dekeyser@brugge.be"]]
    return Mail(
        "telefoonlijst-dienst", "nl", "allow", [],
        "lijst van professionele contactgegevens (naam, functie, telefoon)",
        "burgerzaken@brugge.be", "onthaal@politie-brugge.be",
        "Contactlijst Burgerzaken",
        "Beste,\n\nIn bijlage de bijgewerkte contactlijst van onze dienst, voor jullie onthaal.\n\nGroeten,\n"
        "Evelien Schepens\nDiensthoofd Burgerzaken",
        attachments=[("contactlijst_burgerzaken.xlsx", xlsx_bytes({"Contacten": rows}), XLSX)],
    )


@scenario
def betaling_nv(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_be(rng))
    return Mail(
        "betalingsbevestiging-nv", "nl", "allow", [],
        "betalingsbevestiging aan een NV met de rekening van die NV",
        "boekhouding@gemeente-puurs.be", "facturatie@vermeulen-bouw.be",
        "Betaling factuur 2026/1187",
        f"Geachte,\n\nWij bevestigen dat factuur 2026/1187 van Bouwbedrijf Vermeulen NV (renovatie sporthal) "
        f"vandaag werd betaald. Het bedrag van EUR 48 210,00 werd overgeschreven op uw rekening {iban}.\n\n"
        f"Met vriendelijke groeten,\n\nDienst Financiën\nGemeente Puurs-Sint-Amands",
    )


@scenario
def vingerafdruklezers_circulaire(rng: random.Random) -> Mail:
    return Mail(
        "vingerafdruklezers-info", "nl", "allow", [],
        "algemene info over een nieuw toegangssysteem met vingerafdruk (geen individuele gegevens)",
        "ict@stad-genk.be", "alle.medewerkers@genk.be",
        "Nieuw toegangssysteem datacenter",
        "Beste collega's,\n\nVanaf 1 december gebeurt de toegang tot het datacenter met een vingerafdruklezer. "
        "Het systeem bewaart geen beeld van uw vingerafdruk, enkel een versleuteld sjabloon op uw badge. Wie "
        "geen biometrische toegang wil, kan een pincode vragen. De inschrijvingen gebeuren op 25 en 26 november "
        "in lokaal 2.14.\n\nMeer info bij de functionaris voor gegevensbescherming.\n\nICT-dienst Stad Genk",
    )


@scenario
def vacature_diversiteit(rng: random.Random) -> Mail:
    return Mail(
        "vacature-diversiteitsclausule", "nl", "allow", [],
        "vacature met diversiteitsclausule (afkomst, geaardheid, handicap) en contactpersoon HR",
        "jobs@vlaamsbrabant.be", "vacatures@vdab.be",
        "Vacature beleidsmedewerker welzijn (m/v/x)",
        "Goedemiddag,\n\nGraag publiceren we onderstaande vacature.\n\nBeleidsmedewerker welzijn (m/v/x) - "
        "contractueel, niveau A1\nDe provincie Vlaams-Brabant selecteert op basis van competenties, ongeacht "
        "leeftijd, geslacht, seksuele geaardheid, afkomst, religie of handicap. Kandidaten met een "
        "arbeidshandicap kunnen redelijke aanpassingen vragen tijdens de selectie.\n\nInfo: Jeroen Van Rompaey, "
        "selectieverantwoordelijke, tel. 016 26 71 11.\n\nMet vriendelijke groeten,\nDienst Selectie",
    )


@scenario
def gemeenteraad_agenda(rng: random.Random) -> Mail:
    return Mail(
        "gemeenteraad-agenda-interpellaties", "nl", "allow", [],
        "agenda van de gemeenteraad met raadsleden en hun fractie (openbare informatie)",
        "secretariaat@heist-op-den-berg.be", "pers@heist-op-den-berg.be",
        "Agenda gemeenteraad 26 november",
        "Beste,\n\nDe agenda van de openbare zitting van de gemeenteraad van 26 november:\n\n1. Goedkeuring "
        "notulen\n2. Budgetwijziging 2026\n3. Interpellatie van raadslid Jef Wouters (Vlaams Belang) over "
        "de veiligheid aan de schoolpoorten\n4. Vraag van raadslid Sien Aerts (Groen) over de fietsstraten\n"
        "5. Voorstel van de fractie Vooruit over sociale woningen\n\nDe zitting is openbaar en wordt "
        "gestreamd.\n\nHet secretariaat",
    )


@scenario
def ziekmelding_procedure(rng: random.Random) -> Mail:
    return Mail(
        "ziekmelding-procedure-omzendbrief", "nl", "allow", [],
        "omzendbrief: wat te doen als u ziek bent (algemene tweede persoon)",
        "hr@vlaamse-waterweg.be", "personeel@vlaamse-waterweg.be",
        "Herinnering: procedure bij ziekte",
        "Beste collega,\n\nBen je ziek? Verwittig dan vóór 9 uur je leidinggevende en bezorg binnen twee "
        "werkdagen een medisch attest via het e-loket. Bij een ziekte van meer dan 30 dagen neemt de "
        "arbeidsgeneesheer contact met je op voor een re-integratietraject. Je medische gegevens blijven bij "
        "de controlearts; HR ziet enkel de periode van afwezigheid.\n\nHR De Vlaamse Waterweg",
    )


@scenario
def permanentie_ods(rng: random.Random) -> Mail:
    rows = [["Week", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"],
            ["48", "Jan Pauwels", "Els Verhaegen", "Jan Pauwels", "Mourad Azzouz", "Els Verhaegen"],
            ["49", "Mourad Azzouz", "Jan Pauwels", "Els Verhaegen", "Mourad Azzouz", "Jan Pauwels"]]
    return Mail(
        "permanentieplanning-ods", "nl", "allow", [],
        "planning met namen per dag, geen gevoelige kolom",
        "sociale.dienst@ocmw-temse.be", "onthaal@ocmw-temse.be",
        "Permanentie sociale dienst december",
        "Dag iedereen,\n\nIn bijlage de permanentieplanning voor de komende weken.\n\nGroeten,\nLies",
        attachments=[("permanentie.ods", ods_bytes({"Planning": rows}), ODS)],
    )


@scenario
def dna_databank_cijfers(rng: random.Random) -> Mail:
    return Mail(
        "dna-databank-jaarcijfers", "nl", "allow", [],
        "jaarcijfers van de nationale DNA-databanken (geaggregeerd), met de naam van de verantwoordelijke",
        "communicatie@nicc.fgov.be", "commissie.justitie@dekamer.be",
        "Jaarcijfers DNA-databanken 2025",
        "Geachte Kamerleden,\n\nIn 2025 bevatte de databank Criminalistiek 79 412 DNA-profielen van sporen en "
        "de databank Veroordeelden 52 018 profielen. Er werden 4 127 matches gerapporteerd aan de "
        "parketten. De gedetailleerde cijfers per arrondissement staan in het jaarverslag.\n\nMet vriendelijke "
        "groeten,\n\nDr. Sofie Van Geyt\nDiensthoofd DNA-databanken, NICC",
    )


@scenario
def csv_bevolkingscijfers(rng: random.Random) -> Mail:
    rows = [["Herkomstgroep", "Aantal inwoners", "Aandeel"], ["Belgische herkomst", 58211, "71,2 %"],
            ["EU-herkomst", 9120, "11,2 %"], ["Niet-EU-herkomst", 14390, "17,6 %"]]
    return Mail(
        "herkomst-bevolkingscijfers-csv", "nl", "allow", [],
        "CSV met inwoners per herkomstgroep (aggregaat)",
        "data@lokeren.be", "studiedienst@provincie-oost-vlaanderen.be",
        "Bevolking naar herkomst 2026",
        "Dag Jonas,\n\nHier de cijfers naar herkomst volgens Statbel, zoals besproken.\n\nGroeten,\nDatateam",
        attachments=[("herkomst_2026.csv", csv_bytes(rows, ";"), "text/csv")],
    )


# --------------------------------------------------------------------------------------------------
# second batch (written before any detector change, like the first)
# --------------------------------------------------------------------------------------------------
@scenario
def roma_standplaats(rng: random.Random) -> Mail:
    return Mail(
        "roma-familie-standplaats", "nl", "block", ["ART9_ETHNIC_ORIGIN"],
        "etnische afkomst van een benoemd gezin in een vraag aan een externe partner",
        "woonwagenbeleid@gent.be", "coordinatie@standplaatsen-vzw.be",
        "Aanvraag doortrekkersterrein",
        "Hallo Bram,\n\nVolgende week komt het gezin van Dragan Stojanović aan, vier volwassenen en drie "
        "kinderen. Ze zijn Roma uit Servië en reizen met twee caravans. Is er nog plaats op het terrein in "
        "Gentbrugge?\n\nGroeten,\nAnnick\nWoonwagenbeleid Stad Gent",
    )


@scenario
def biseksueel_gesprek(rng: random.Random) -> Mail:
    return Mail(
        "geaardheid-gespreksverslag", "nl", "block", ["ART9_SEX_LIFE"],
        "gespreksverslag: benoemde medewerker vertelt over zijn geaardheid, naar een externe coach",
        "vertrouwenspersoon@ugent.be", "coaching@welzijn-op-het-werk.be",
        "Verslag intakegesprek",
        "Dag Leen,\n\nKort verslag van het intakegesprek met Ruben Claeys (dienst Studentenzaken). Hij vertelde "
        "dat hij biseksueel is en dat een collega daar herhaaldelijk grappen over maakt. Hij wil graag "
        "begeleiding om dat bespreekbaar te maken.\n\nGroeten,\nKarel\nVertrouwenspersoon",
    )


@scenario
def partijlid_tuchtdossier(rng: random.Random) -> Mail:
    return Mail(
        "partijlidmaatschap-tuchtdossier", "nl", "block", ["ART9_POLITICAL_OPINION"],
        "partijlidmaatschap van een benoemd personeelslid in een tuchtdossier naar de advocaat",
        "personeel@lokeren.be", "info@advocaten-deckers.be",
        "Tuchtdossier B. Van Raemdonck",
        "Meester,\n\nZoals besproken: mevrouw Bieke Van Raemdonck is lid van de PVDA en heeft in haar vrije "
        "tijd pamfletten uitgedeeld aan het loket. Wij willen weten of een tuchtprocedure mogelijk is.\n\n"
        "Met vriendelijke groeten,\nPersoneelsdienst Lokeren",
    )


@scenario
def vakbond_ods(rng: random.Random) -> Mail:
    rows = [["Naam", "Functie", "Lid sinds", "Vakbond", "Afgevaardigde"],
            ["Hilde Baeten", "verpleegkundige", "2015", "BBTK", "ja"],
            ["Sven Moens", "logistiek", "2019", "ACV Puls", "nee"],
            ["Rachida Amrani", "poetsdienst", "2021", "ABVV", "nee"]]
    return Mail(
        "vakbondslidmaatschap-ods", "nl", "block", ["ART9_TRADE_UNION"],
        "ODS: benoemde werknemers met hun vakbond naar een extern advocatenkantoor",
        "hr@woonzorg-kempen.be", "sociaal.recht@lawfirm-antwerpen.be",
        "Overzicht personeel voor sociale verkiezingen",
        "Beste,\n\nIn bijlage het gevraagde overzicht voor de voorbereiding van de sociale verkiezingen.\n\n"
        "Met vriendelijke groeten,\nHR Woonzorg Kempen",
        attachments=[("overzicht_personeel.ods", ods_bytes({"Personeel": rows}), ODS)],
    )


@scenario
def dna_match_proza(rng: random.Random) -> Mail:
    return Mail(
        "dna-profiel-match-proza", "nl", "block", ["ART9_GENETIC"],
        "DNA-profiel (STR-merkers) van een benoemde persoon in een mail aan een advocaat",
        "labo@nicc.fgov.be", "kantoor@strafpleiters-gent.be",
        "Dossier 26/1188 - DNA-resultaat",
        "Meester,\n\nHet DNA-profiel van uw cliënt, de heer Yannick Baert, werd bepaald op 16 STR-merkers en "
        "vergeleken met het spoor van de plaats delict. Het volledige profiel vindt u in het verslag.\n\n"
        "Hoogachtend,\nNICC, labo DNA",
    )


@scenario
def geloof_vrijwilligers_html(rng: random.Random) -> Mail:
    page_rows = html_table([["Naam", "Parochie / gemeenschap", "Geloofsovertuiging", "Beschikbaar"],
                            ["Marieke Wyns", "Sint-Pieter", "katholiek", "za"],
                            ["Hassan Bouzid", "moskee Al Ihsane", "moslim", "zo"],
                            ["Esther Goldstein", "Shomre Hadass", "joods", "za"]])
    html = (f"<p>Beste,</p><p>Voor de interlevensbeschouwelijke vrijwilligerswerking de lijst met "
            f"contactpersonen:</p>{page_rows}<p>Groeten,<br>Dienst Samenleven</p>")
    return Mail("geloofsovertuiging-vrijwilligers-html", "nl", "block", ["ART9_RELIGION"],
                "HTML-tabel: benoemde vrijwilligers met hun geloofsovertuiging naar een externe vzw",
                "samenleven@mechelen.be", "info@vrijwilligerspunt.be", "Vrijwilligers dialoogproject", "",
                html=html, html_only=True)


@scenario
def aggregaat_herkomst_gemeenten(rng: random.Random) -> Mail:
    rows = [["Gemeente", "Inwoners", "% niet-Belgische herkomst", "% Marokkaanse herkomst", "% Turkse herkomst"],
            ["Genk", 67120, "58,1", "4,2", "21,7"], ["Mechelen", 88400, "37,5", "13,9", "2,1"],
            ["Vilvoorde", 45900, "51,2", "19,4", "3,3"]]
    return Mail(
        "herkomst-per-gemeente-aggregaat", "nl", "allow", [],
        "geaggregeerde herkomstcijfers per gemeente (xlsx)",
        "statistiek@vlaanderen.be", "studie@vvsg.be",
        "Herkomstcijfers centrumsteden",
        "Dag Pieter,\n\nDe gevraagde herkomstcijfers per centrumstad (bron: Statistiek Vlaanderen).\n\nGroeten,\n"
        "Team Statistiek",
        attachments=[("herkomst_centrumsteden.xlsx", xlsx_bytes({"Cijfers": rows}), XLSX)],
    )


@scenario
def dragerschap_terugbetaling_info(rng: random.Random) -> Mail:
    return Mail(
        "dragerschapsscreening-infobrief", "nl", "allow", [],
        "algemene info over terugbetaling van dragerschapsscreening",
        "communicatie@riziv.fgov.be", "nieuwsbrief@ziekenfondsen.be",
        "Nieuw: terugbetaling dragerschapsscreening",
        "Beste,\n\nVanaf 1 januari wordt de uitgebreide dragerschapsscreening voor koppels met een "
        "kinderwens terugbetaald. De test spoort dragerschap van onder meer cystische fibrose en spinale "
        "musculaire atrofie op. Meer informatie voor uw leden vindt u op onze website.\n\n"
        "Met vriendelijke groeten,\nDienst Communicatie RIZIV",
    )
