# ruff: noqa: E501  (mail text: one line per paragraph, as Outlook writes it)
"""German development-set scenarios (German-speaking Community, Eupen/St. Vith). Invented people."""

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
    html_table,
    iban_de,
    ods_bytes,
    quote,
    xlsx_bytes,
)

SCENARIOS: list[Callable[[random.Random], Mail]] = []


def scenario(f: Callable[[random.Random], Mail]) -> Callable[[random.Random], Mail]:
    SCENARIOS.append(f)
    return f


# --------------------------------------------------------------------------------------------------
# block
# --------------------------------------------------------------------------------------------------
@scenario
def gewerkschaft_xlsx(rng: random.Random) -> Mail:
    rows = [["Personalnummer", "Name", "Vorname", "Abteilung", "Gewerkschaft", "Beitragseinbehalt"],
            ["3301", "Heinen", "Georg", "Bauhof", "CSC-ÖD", "ja"], ["3307", "Mreyen", "Petra", "Standesamt", "", "nein"],
            ["3312", "Lentz", "Achim", "Bauhof", "FGTB/CGSP", "ja"], ["3320", "Kirch", "Sabine", "Finanzen", "SLFP", "ja"]]
    return Mail(
        "gewerkschaft-liste-lohnbuero", "de", "block", ["ART9_TRADE_UNION"],
        "xlsx mit namentlich genannten Mitarbeitern und ihrer Gewerkschaft an das Lohnbüro",
        "personal@eupen.be", "lohn@sozialsekretariat-ostbelgien.be",
        "Gewerkschaftsbeiträge ab Dezember",
        "Guten Tag Frau Pauels,\n\nanbei die Liste der Beitragseinbehalte für die Gewerkschaften ab der "
        "Dezemberabrechnung.\n\nMit freundlichen Grüßen\n\nDaniel Cremer\nPersonaldienst Stadt Eupen\n"
        "Tel. 087 59 58 00",
        attachments=[("gewerkschaftsbeitraege.xlsx", xlsx_bytes({"Mitarbeiter": rows}), XLSX)],
    )


@scenario
def herkunft_csv(rng: random.Random) -> Mail:
    rows = [["Nachname", "Vorname", "Geburtsjahr", "Herkunft", "Sprache"],
            ["Ahmadi", "Farid", 1995, "afghanisch (Hazara)", "Dari"], ["Osmani", "Leonora", 1988, "kosovarisch", "Albanisch"],
            ["Tesfaye", "Meron", 2001, "eritreisch", "Tigrinya"], ["Lakatos", "Jozef", 1979, "slowakische Roma", "Romanes"]]
    return Mail(
        "herkunft-teilnehmer-csv", "de", "block", ["ART9_ETHNIC_ORIGIN"],
        "CSV mit namentlich genannten Personen und einer Herkunftsspalte",
        "integration@dgov.be", "kurse@sprachschule-eupen.be",
        "Teilnehmerliste Integrationsparcours",
        "Hallo Herr Thelen,\n\nhier die Teilnehmerliste für den Kurs im Januar.\n\nViele Grüße\n"
        "Maria Rauw\nFachbereich Integration, Ministerium der DG",
        attachments=[("teilnehmer_januar.csv", csv_bytes(rows, ";"), "text/csv")],
    )


@scenario
def traegerstatus_xlsx(rng: random.Random) -> Mail:
    rows = [["Name", "Geburtsdatum", "Gen", "Variante", "Genotyp", "Trägerstatus"],
            ["Schröder, Laura", "03.05.1992", "CFTR", "F508del", "heterozygot", "Trägerin"],
            ["Schröder, Jan", "17.09.1990", "CFTR", "-", "Wildtyp", "kein Träger"],
            ["Weber, Nina", "22.01.1987", "HBB", "HbS", "heterozygot", "Trägerin"]]
    return Mail(
        "traegerstatus-genetik-xlsx", "de", "block", ["ART9_GENETIC"],
        "xlsx: Genotyp und Trägerstatus namentlich genannter Personen",
        "genetik@klinik-st-josef.be", "praxis.dr.jost@gmx.de",
        "Befunde Trägerscreening",
        "Sehr geehrter Herr Kollege,\n\nanbei die Befunde des Trägerscreenings Ihrer Patienten.\n\n"
        "Mit kollegialen Grüßen\n\nDr. Ursula Hilgers\nHumangenetik, Klinik St. Josef",
        attachments=[("traegerscreening.xlsx", xlsx_bytes({"Befunde": rows}), XLSX)],
    )


@scenario
def handvenen_docx(rng: random.Random) -> Mail:
    table = [["Mitarbeiter", "Personalnummer", "Handvenen-Template", "Iris-Code", "Registriert"],
             ["Thomas Margraff", "4410", "PV-0x3F8A...", "IC-9b21...", "12.10.2026"],
             ["Andrea Jost", "4415", "PV-0x11C0...", "IC-77e4...", "12.10.2026"]]
    return Mail(
        "handvenen-iris-docx", "de", "block", ["ART9_BIOMETRIC"],
        "Word-Tabelle mit Handvenen-Templates und Iris-Codes pro Mitarbeiter",
        "sicherheit@pdg.be", "service@biometrie-systeme.de",
        "Fehler bei der Registrierung",
        "Guten Tag,\n\nbei zwei Mitarbeitern schlägt die Registrierung am Eingang fehl. Die Daten aus der "
        "Konsole finden Sie in der Anlage.\n\nFreundliche Grüße\nSicherheitsdienst",
        attachments=[("registrierung.docx", docx_bytes(["Registrierung Zugang Parlament"], table), DOCX)],
    )


@scenario
def konfession_ods(rng: random.Random) -> Mail:
    rows = [["Name", "Vorname", "Eintritt", "Konfession", "Steuerklasse"],
            ["Becker", "Lukas", "01.01.2026", "rk", "I"], ["Schmitt", "Hannah", "01.02.2026", "ev", "IV"],
            ["Yildiz", "Emre", "01.03.2026", "islamisch", "I"], ["Krämer", "Jana", "01.03.2026", "konfessionslos", "III"]]
    return Mail(
        "konfession-neueinstellungen-ods", "de", "block", ["ART9_RELIGION"],
        "ODS: Neueinstellungen mit Konfessionsspalte an ein externes Lohnbüro",
        "personal@kreis-aachen-grenzland.de", "abrechnung@lohnservice-aachen.de",
        "Neueinstellungen Q1",
        "Hallo Frau Weber,\n\nanbei die Stammdaten der Neueinstellungen für die Lohnabrechnung.\n\n"
        "Mit freundlichen Grüßen\nPersonalabteilung",
        attachments=[("neueinstellungen.ods", ods_bytes({"Q1": rows}), ODS)],
    )


@scenario
def vorstrafen_xlsx(rng: random.Random) -> Mail:
    rows = [["Name", "Geburtsdatum", "Führungszeugnis vom", "Vorstrafen"],
            ["Schulz, Dennis", "1993-02-14", "2026-09-30", "Betrug (2022), Geldstrafe"],
            ["Pauly, Svenja", "1998-06-01", "2026-10-02", "keine"],
            ["Hermanns, Olaf", "1975-11-23", "2026-10-04", "Körperverletzung (2019)"]]
    return Mail(
        "vorstrafen-bewerber-xlsx", "de", "block", ["ART10_CRIMINAL"],
        "xlsx: Bewerber mit Vorstrafen an eine externe Personalagentur",
        "personal@st-vith.be", "kontakt@personalagentur-eifel.be",
        "Bewerber Ordnungsdienst",
        "Guten Tag,\n\nhier die Auswertung der Führungszeugnisse der Bewerber.\n\nGrüße\nStadt St. Vith",
        attachments=[("bewerber_fz.xlsx", xlsx_bytes({"Bewerber": rows}), XLSX)],
    )


@scenario
def parteimitglied_csv(rng: random.Random) -> Mail:
    rows = [["Name", "Funktion", "Parteimitgliedschaft", "Wahlkreis"],
            ["Gerd Nelles", "Sachbearbeiter", "ProDG", "Eupen"], ["Heike Thissen", "Lehrerin", "SP", "Kelmis"],
            ["Bernd Kohnen", "Hausmeister", "Vivant", "Raeren"]]
    return Mail(
        "parteimitgliedschaft-csv", "de", "block", ["ART9_POLITICAL_OPINION"],
        "CSV mit Mitarbeitern und ihrer Parteimitgliedschaft",
        "sekretariat@gemeinde-raeren.be", "beratung@kanzlei-lambertz.be",
        "Liste Kandidaturen Personal",
        "Sehr geehrter Herr Rechtsanwalt,\n\nwie besprochen die Liste unserer Mitarbeiter, die bei den "
        "Gemeinderatswahlen kandidieren, für Ihre Prüfung der Unvereinbarkeiten.\n\nMit freundlichen Grüßen\n"
        "Gemeindesekretariat Raeren",
        attachments=[("kandidaturen.csv", csv_bytes(rows, ","), "text/csv")],
    )


@scenario
def diagnose_kita_html(rng: random.Random) -> Mail:
    table = html_table([["Kind", "Gruppe", "Diagnose / Medikament", "Notfallkontakt"],
                        ["Mia Lentz", "Sonnenblumen", "Epilepsie (Notfallmedikament Buccolam)", "0471 22 33 44"],
                        ["Paul Jost", "Sonnenblumen", "Zöliakie", "0472 55 66 77"],
                        ["Lea Cremer", "Marienkäfer", "Typ-1-Diabetes, Insulinpumpe", "0475 88 99 00"]])
    html = (f"<p>Liebe Kolleginnen vom Ferienlager,</p><p>hier die medizinischen Angaben der angemeldeten "
            f"Kinder:</p>{table}<p>Viele Grüße<br>Kinderbetreuung Kelmis</p>")
    return Mail("diagnosen-kinder-html-tabelle", "de", "block", ["ART9_HEALTH"],
                "HTML-Tabelle: namentlich genannte Kinder und ihre Diagnosen",
                "kinderbetreuung@kelmis.be", "leitung@ferienlager-venn.be",
                "Medizinische Angaben Ferienlager", "", html=html, html_only=True)


@scenario
def stimmprofil_prosa(rng: random.Random) -> Mail:
    return Mail(
        "stimmprofil-mitarbeiterin", "de", "block", ["ART9_BIOMETRIC"],
        "Stimmprofil einer namentlich genannten Mitarbeiterin",
        "it@ostbelgien.net", "support@voiceid-solutions.de",
        "Ticket 5521 Sprachauthentifizierung",
        "Hallo,\n\ndas Stimmprofil von Frau Monika Schmitz wird seit dem Update nicht mehr erkannt. Wir haben "
        "ihren Voiceprint neu aufgenommen (drei Sätze, 16 kHz) und die Datei dem Ticket beigefügt.\n\n"
        "Gruß\nIT-Dienst",
    )


@scenario
def substitution_thread(rng: random.Random) -> Mail:
    first = ("Hallo Jana,\n\nich übernehme ab Montag die Begleitung von Herrn Patrick Lenz (Eingliederungseinkommen, "
             "Aachener Straße 12). Gibt es etwas, das ich wissen muss?\n\nGruß\nMarkus")
    return Mail(
        "substitutionsbehandlung-antwort", "de", "block", ["ART9_HEALTH"],
        "Substitutionsbehandlung in einer Antwort über einen namentlich genannten Klienten",
        "jana.thelen@oclw-eupen.be", "markus.rauw@oclw-eupen.be",
        "AW: Übergabe Begleitung",
        "Hallo Markus,\n\ner ist seit zwei Jahren in Substitutionsbehandlung mit Methadon bei Dr. Kessler; "
        "die Vergabe ist täglich um 9 Uhr. Termine also besser nachmittags.\n\nViele Grüße\nJana\n\n"
        + quote(first, "Markus Rauw", "18.11.2026 um 15:12", "de"),
    )


@scenario
def u_haft_antwort(rng: random.Random) -> Mail:
    first = ("Guten Tag,\n\nHerr Sascha Mertens ist seit drei Wochen nicht zur Arbeit erschienen. Wissen Sie "
             "etwas?\n\nPersonaldienst")
    return Mail(
        "untersuchungshaft-antwort", "de", "block", ["ART10_CRIMINAL"],
        "Antwort: ein namentlich genannter Mitarbeiter sitzt in Untersuchungshaft",
        "sozialdienst@gefaengnis-lantin.be", "personal@bauhof-buellingen.be",
        "AW: Mitarbeiter abwesend",
        "Guten Tag,\n\nder Genannte befindet sich seit dem 28. Oktober in Untersuchungshaft in Lantin. Ein "
        "Haftprüfungstermin ist für Dezember angesetzt.\n\nMit freundlichen Grüßen\nSozialdienst\n\n"
        + quote(first, "Personaldienst Büllingen", "17.11.2026 um 10:00", "de"),
    )


@scenario
def formular_zeilen_religion(rng: random.Random) -> Mail:
    return Mail(
        "religion-formularzeilen", "de", "block", ["ART9_RELIGION"],
        "'Feld: Wert'-Zeilen im Text mit Religionszugehörigkeit einer genannten Person",
        "standesamt@amel.be", "pfarramt@bistum-luettich.be",
        "Angaben für die Trauung",
        "Guten Tag,\n\nfür die Vorbereitung der kirchlichen Trauung:\n\nName: Hoffmann\nVorname: Stefanie\n"
        "Geburtsort: Malmedy\nReligionszugehörigkeit: römisch-katholisch\nName des Partners: Ali Demir\n"
        "Religion des Partners: Islam (sunnitisch)\n\nMit freundlichen Grüßen\nStandesamt Amel",
    )


# --------------------------------------------------------------------------------------------------
# allow
# --------------------------------------------------------------------------------------------------
@scenario
def wahlrundschreiben(rng: random.Random) -> Mail:
    body = """Sehr geehrte Vorsitzende der Wahlbüros,

die Gemeinde- und Provinzialwahlen finden am Sonntag, dem 13. Oktober statt. Dieses Rundschreiben fasst die Organisation zusammen.

Die Wahlbüros sind von 8 bis 14 Uhr geöffnet. Die Beisitzer wurden aus der Wählerliste ausgelost. Jede Partei, die eine Liste hinterlegt hat, kann Zeugen benennen; Zeugen dürfen keine Wahlwerbung im Wahllokal machen.

Vollmachten: Ein Bevollmächtigter darf nur eine Vollmacht ausüben. Er legt seinen Personalausweis, seine Wahlaufforderung, die des Vollmachtgebers und das Vollmachtformular vor, gegebenenfalls mit einem ärztlichen Attest oder einer Bescheinigung des Arbeitgebers.

Wähler mit einer Behinderung dürfen sich von einer Person ihrer Wahl begleiten lassen.

Nach Schließung bringen Sie die Stimmzettel und Protokolle zum Hauptwahlbüro, das Herr Karl-Heinz Lambertz leitet.

Mit freundlichen Grüßen

Wahlbüro der Stadt Eupen
Tel. 087 59 58 10"""
    return Mail("wahlrundschreiben-lang", "de", "allow", [],
                "Rundschreiben Wahllogistik (Vollmachten, Attest, Parteien)",
                "wahlen@eupen.be", "vorsitzende@wahlbueros-eupen.be", "Wahlen am 13. Oktober - Hinweise", body)


@scenario
def schulung_neutralitaet(rng: random.Random) -> Mail:
    return Mail(
        "schulung-politische-neutralitaet", "de", "allow", [],
        "Ankündigung einer Schulung zur politischen Neutralität mit Referentin",
        "weiterbildung@dgov.be", "bedienstete@dgov.be",
        "Schulung: Politische Neutralität im öffentlichen Dienst",
        "Liebe Kolleginnen und Kollegen,\n\nam 12. Februar findet die Schulung 'Politische Neutralität im "
        "öffentlichen Dienst' statt. Darf ich am Schalter ein Parteiabzeichen tragen? Wie reagiere ich, wenn "
        "ein Bürger mich fragt, welche Partei ich wähle? Referentin: Dr. Anne Weiß (Universität Aachen).\n\n"
        "Anmeldung über das Intranet.\n\nFachbereich Personal",
    )


@scenario
def auszug_strafregister_verfahren(rng: random.Random) -> Mail:
    q = ("Guten Tag,\n\nfür meine neue Stelle in der Kita brauche ich einen Auszug aus dem Strafregister. "
         "Wie bekomme ich den?\n\nDanke\nJulia Kessler")
    return Mail(
        "auszug-strafregister-verfahren", "de", "allow", [],
        "Erklärung, wie man einen Strafregisterauszug beantragt, an eine genannte Bürgerin",
        "buergerdienst@kelmis.be", "julia.kessler@web.de",
        "AW: Auszug aus dem Strafregister",
        "Sehr geehrte Frau Kessler,\n\nfür eine Tätigkeit mit Minderjährigen benötigen Sie einen Auszug aus "
        "dem Strafregister nach Muster 2. Sie können ihn kostenlos über My e-Justice mit Ihrem "
        "Personalausweis herunterladen oder am Schalter des Bürgerdienstes beantragen. Der Auszug enthält "
        "gegebenenfalls die für diesen Zweck relevanten Verurteilungen.\n\nMit freundlichen Grüßen\n\n"
        "Bürgerdienst Gemeinde Kelmis\nTel. 087 63 98 00\n\n"
        + quote(q, "Julia Kessler", "19.11.2026 um 19:30", "de"),
    )


@scenario
def feiertage_docx(rng: random.Random) -> Mail:
    table = [["Datum", "Feiertag", "Religion"], ["20.03.2026", "Ramadanfest", "Islam"],
             ["05.04.2026", "Ostern", "Christentum"], ["02.04.2026", "Pessach", "Judentum"],
             ["27.05.2026", "Opferfest", "Islam"], ["25.12.2026", "Weihnachten", "Christentum"]]
    return Mail(
        "religioese-feiertage-kalender", "de", "allow", [],
        "Word-Tabelle religiöser Feiertage, keine Personen",
        "personal@dgov.be", "abteilungsleiter@dgov.be",
        "Kalender religiöser Feiertage 2026",
        "Liebe Abteilungsleiter,\n\nanbei der Kalender der wichtigsten religiösen Feiertage 2026 für die "
        "Planung von Schulungen.\n\nMit freundlichen Grüßen\nFachbereich Personal",
        attachments=[("feiertage_2026.docx", docx_bytes(["Religiöse Feiertage 2026"], table), DOCX)],
    )


@scenario
def hasskriminalitaet(rng: random.Random) -> Mail:
    table = html_table([["Motiv", "2024", "2025"], ["Herkunft / Hautfarbe", "31", "28"],
                        ["Religion", "9", "12"], ["Sexuelle Orientierung", "11", "14"], ["Behinderung", "2", "3"]])
    html = (f"<p>Sehr geehrte Damen und Herren,</p><p>hier die in Ostbelgien registrierten Hassdelikte nach "
            f"Motiv:</p>{table}<p>Mit freundlichen Grüßen<br>Kommissar Rainer Heck<br>Polizeizone Eifel</p>")
    return Mail("hasskriminalitaet-statistik", "de", "allow", [],
                "aggregierte Statistik Hassdelikte nach Motiv (HTML-Tabelle)",
                "statistik@polizei-eifel.be", "parlament@pdg.be", "Statistik Hassdelikte", "", html=html,
                html_only=True)


@scenario
def anhoerung_strafvollzug(rng: random.Random) -> Mail:
    return Mail(
        "anhoerung-gesetz-strafvollzug", "de", "allow", [],
        "Anhörung zu einer Gesetzesänderung mit aggregierten Zahlen zu Häftlingen",
        "justiz@dgov.be", "stellungnahmen@pdg.be",
        "Anhörung: Dekret über die Begleitung von Häftlingen",
        "Sehr geehrte Damen und Herren Abgeordnete,\n\nder Entwurf zur Änderung des Dekrets über die "
        "Begleitung von Inhaftierten liegt vor. 2025 wurden 46 Häftlinge aus der Deutschsprachigen "
        "Gemeinschaft betreut; 18 davon wurden nach einer Verurteilung zu einer Freiheitsstrafe von mehr als "
        "drei Jahren begleitet. Wir bitten um Ihre Stellungnahme bis zum 15. Januar.\n\nMit freundlichen "
        "Grüßen\n\nMinister Gregor Freches",
    )


@scenario
def ausschreibung_krankenhaus(rng: random.Random) -> Mail:
    return Mail(
        "ausschreibung-krankenhausbedarf", "de", "allow", [],
        "Ausschreibung von Krankenhausbedarf (Dialyse, Onkologie) mit Ansprechpartner",
        "einkauf@klinik-st-nikolaus.be", "angebote@medizinbedarf.de",
        "Ausschreibung 2026-08 Medizinprodukte",
        "Sehr geehrte Damen und Herren,\n\ndie Klinik St. Nikolaus schreibt die Lieferung von "
        "Dialysefiltern, Infusionspumpen für die Chemotherapie und Blutzuckermessgeräten für Diabetiker aus. "
        "Die Unterlagen finden Sie auf e-Procurement.\n\nAnsprechpartner: Herr Dieter Cremer, Einkauf, "
        "Tel. 087 59 93 00\n\nMit freundlichen Grüßen\nEinkaufsabteilung",
    )


@scenario
def pressemitteilung_synagoge(rng: random.Random) -> Mail:
    return Mail(
        "pressemitteilung-gedenkstaette", "de", "allow", [],
        "Pressemitteilung mit Kontaktdaten des Pressesprechers",
        "presse@eupen.be", "redaktion@grenzecho.net",
        "Pressemitteilung: Gedenkstätte an der ehemaligen Synagoge",
        "PRESSEMITTEILUNG\n\nDie Stadt Eupen weiht am 9. November die neue Gedenkstätte an der Stelle der "
        "ehemaligen Synagoge ein. Vertreter der jüdischen Gemeinde, der Kirchen und der Moscheevereine "
        "nehmen teil.\n\nPressekontakt:\nPressesprecher: Herr Michael Heinen\nTel.: 087 59 58 20\n"
        "E-Mail: presse@eupen.be",
    )


@scenario
def protokoll_aggregat(rng: random.Random) -> Mail:
    body = """Guten Tag,

anbei das Protokoll der Sitzung des Konzertierungsausschusses vom 6. November.

Anwesend: Frau Birgit Heinen (Vorsitz), Herr Stefan Jost (CSC), Frau Doris Lentz (FGTB), Herr Jürgen Thelen (Präventionsberater)

1. Krankheitsbedingte Abwesenheiten: Die Quote liegt bei 6,1 %. Sieben Bedienstete sind langzeitkrank, davon zwei wegen Burnout.
2. Arbeitsunfälle: vier Unfälle im dritten Quartal.
3. Nächste Sitzung: 4. Dezember.

Mit freundlichen Grüßen
Sekretariat"""
    return Mail("protokoll-ausschuss-aggregate", "de", "allow", [],
                "Protokoll mit Teilnehmern und aggregierten Krankheitszahlen",
                "sekretariat@oclw-kelmis.be", "ausschuss@oclw-kelmis.be", "Protokoll Konzertierungsausschuss", body)


@scenario
def diagnosegruppen_aggregat(rng: random.Random) -> Mail:
    rows = [["Diagnosegruppe", "Anzahl Fälle 2025", "Durchschnittliche Dauer (Tage)"],
            ["Muskel-Skelett", 41, 23], ["Psychische Erkrankungen", 17, 61], ["Atemwege", 88, 5],
            ["Verletzungen", 12, 19]]
    return Mail(
        "diagnosegruppen-statistik-xlsx", "de", "allow", [],
        "xlsx mit aggregierten Fallzahlen je Diagnosegruppe",
        "gesundheit@dgov.be", "studien@uni-aachen.de",
        "Auswertung Arbeitsunfähigkeit 2025",
        "Guten Tag Herr Professor,\n\nanbei die anonymisierte Auswertung nach Diagnosegruppen.\n\n"
        "Mit freundlichen Grüßen\nFachbereich Gesundheit",
        attachments=[("auswertung_au_2025.xlsx", xlsx_bytes({"Auswertung": rows}), XLSX)],
    )


@scenario
def zahlungsbestaetigung_gmbh(rng: random.Random) -> Mail:
    iban = fmt_iban(iban_de(rng))
    return Mail(
        "zahlungsbestaetigung-gmbh", "de", "allow", [],
        "Zahlungsbestätigung an eine GmbH mit dem Konto dieser GmbH",
        "buchhaltung@gemeinde-buetgenbach.be", "rechnung@eifel-bau-gmbh.de",
        "Zahlung Ihrer Rechnung RE-2026-448",
        f"Sehr geehrte Damen und Herren,\n\nwir bestätigen die Zahlung der Rechnung RE-2026-448 der Eifel Bau "
        f"GmbH über 23.900,00 EUR. Der Betrag wurde heute auf Ihr Konto {iban} überwiesen.\n\n"
        f"Mit freundlichen Grüßen\nBuchhaltung Gemeinde Bütgenbach",
    )


@scenario
def gesichtserkennung_info(rng: random.Random) -> Mail:
    return Mail(
        "gesichtserkennung-informationsschreiben", "de", "allow", [],
        "allgemeine Information über Gesichtserkennung, keine individuellen Daten",
        "datenschutz@dgov.be", "alle@dgov.be",
        "Information: keine Gesichtserkennung in unseren Gebäuden",
        "Liebe Kolleginnen und Kollegen,\n\nin der Presse wird über Gesichtserkennung an Flughäfen "
        "berichtet. Wir stellen klar: In unseren Gebäuden werden keine biometrischen Daten verarbeitet; die "
        "Kameras am Eingang zeichnen nur auf und werden nach 30 Tagen gelöscht.\n\nIhr Datenschutzbeauftragter",
    )


# --------------------------------------------------------------------------------------------------
# second batch (written before any detector change, like the first)
# --------------------------------------------------------------------------------------------------
@scenario
def kurdische_abstammung(rng: random.Random) -> Mail:
    return Mail(
        "abstammung-antragstellerin", "de", "block", ["ART9_ETHNIC_ORIGIN"],
        "ethnische Herkunft einer namentlich genannten Antragstellerin an eine Anwaltskanzlei",
        "auslaenderamt@eupen.be", "kanzlei@asylrecht-aachen.de",
        "Ihre Mandantin Frau Aydın",
        "Sehr geehrte Frau Rechtsanwältin,\n\nIhre Mandantin, Frau Gül Aydın, gibt an, kurdischer Abstammung "
        "zu sein und in ihrem Heimatdorf deshalb verfolgt worden zu sein. Bitte reichen Sie die angekündigten "
        "Belege nach.\n\nMit freundlichen Grüßen\nAusländeramt Eupen",
    )


@scenario
def sexuelle_orientierung_formular(rng: random.Random) -> Mail:
    return Mail(
        "sexuelle-orientierung-formularzeilen", "de", "block", ["ART9_SEX_LIFE"],
        "'Feld: Wert'-Zeilen mit der sexuellen Orientierung einer genannten Person",
        "beratung@frauenhaus-ostbelgien.be", "aufnahme@wohnprojekt-aachen.de",
        "Aufnahmeanfrage",
        "Guten Tag,\n\nwir fragen einen Platz an für:\n\nName: Lena Hoffmann\nAlter: 24\nSexuelle Orientierung: "
        "lesbisch\nGrund: Gewalt in der Familie wegen ihrer Beziehung\n\nViele Grüße\nBeratungsstelle",
    )


@scenario
def gewerkschaft_prosa(rng: random.Random) -> Mail:
    return Mail(
        "gewerkschaftsmitglied-prosa", "de", "block", ["ART9_TRADE_UNION"],
        "Gewerkschaftsmitgliedschaft eines genannten Mitarbeiters an einen externen Berater",
        "direktion@bauhof-eupen.be", "beratung@personalberatung-lentz.be",
        "Gespräch am Montag",
        "Hallo Herr Lentz,\n\nzur Vorbereitung: Herr Dirk Schumacher ist Mitglied der CSC und wird von seinem "
        "Gewerkschaftssekretär begleitet.\n\nGruß\nDirektion Bauhof",
    )


@scenario
def dna_profil_prosa(rng: random.Random) -> Mail:
    return Mail(
        "dna-profil-verwandtschaft", "de", "block", ["ART9_GENETIC"],
        "DNA-Profil einer namentlich genannten Person in einer Mitteilung",
        "labor@rechtsmedizin-aachen.de", "standesamt@raeren.be",
        "Abstammungsgutachten",
        "Sehr geehrte Damen und Herren,\n\ndas DNA-Profil von Herrn Konstantin Weber wurde an 21 STR-Systemen "
        "bestimmt; die Vaterschaft zu dem Kind ist praktisch erwiesen (W > 99,99 %). Das Gutachten folgt per "
        "Post.\n\nMit freundlichen Grüßen\nInstitut für Rechtsmedizin",
    )


@scenario
def religion_xlsx_schule(rng: random.Random) -> Mail:
    rows = [["Schüler", "Klasse", "Religionsgemeinschaft", "Unterricht"],
            ["Jonas Pauels", "5a", "katholisch", "Religion"], ["Elif Kaya", "5a", "islamisch", "Religion"],
            ["Tim Hennes", "5b", "ohne", "Ethik"]]
    return Mail(
        "religionsgemeinschaft-schueler-xlsx", "de", "block", ["ART9_RELIGION"],
        "xlsx: namentlich genannte Schüler mit ihrer Religionsgemeinschaft an einen externen Dienstleister",
        "sekretariat@ra-eupen.be", "stundenplan@schulsoftware.de",
        "Import Kurswahl Religion",
        "Hallo,\n\nanbei die Datei für den Import der Kurswahl in den Stundenplan.\n\nGrüße\nSekretariat",
        attachments=[("kurswahl.xlsx", xlsx_bytes({"Kurswahl": rows}), XLSX)],
    )


@scenario
def gewerkschaftswahl_info(rng: random.Random) -> Mail:
    return Mail(
        "sozialwahlen-information", "de", "allow", [],
        "allgemeine Information über die Sozialwahlen, Gewerkschaften ohne Mitglieder",
        "personal@zkh-eupen.be", "alle@zkh-eupen.be",
        "Sozialwahlen im Mai",
        "Liebe Mitarbeitende,\n\nim Mai finden die Sozialwahlen statt. Die Gewerkschaften CSC, FGTB und CGSLB "
        "haben Kandidatenlisten eingereicht. Jeder Arbeitnehmer darf wählen, ob er Gewerkschaftsmitglied "
        "ist oder nicht. Die Wahl ist geheim.\n\nPersonalabteilung",
    )


@scenario
def webinar_forensik(rng: random.Random) -> Mail:
    return Mail(
        "webinar-dna-forensik", "de", "allow", [],
        "Einladung zu einem Webinar über DNA-Analyse mit namentlich genanntem Referenten",
        "fortbildung@polizei-eifel.be", "beamte@polizei-eifel.be",
        "Webinar: DNA-Spuren und STR-Analyse",
        "Liebe Kolleginnen und Kollegen,\n\nam 10. Dezember erklärt Dr. Martin Klein (Rechtsmedizin Aachen), "
        "wie DNA-Spuren gesichert und STR-Profile ausgewertet werden. Anmeldung bis 5. Dezember.\n\n"
        "Fortbildung",
    )
