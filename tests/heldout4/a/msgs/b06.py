from lib import M, D, xlsx, csvfile, pdf, docx, ods, odt, zipped, attached_mail, txtfile, htmlfile

M(num=76, lang="de", slug="eupen-tagesordnung-stadtrat",
  frm="Stadtsekretariat Eupen <stadtrat@eupen.be>",
  to=["redaktion@brf.be"],
  cc=["lokales@grenzecho.net"],
  subject="Tagesordnung der öffentlichen Stadtratssitzung vom 11. Mai 2026",
  date=D("2026-04-30 12:00", "+0200"),
  body="""Sehr geehrte Damen und Herren,

hiermit übermitteln wir Ihnen die Tagesordnung der öffentlichen Sitzung des Stadtrates vom
Montag, 11. Mai 2026, 19.00 Uhr, im Ratssaal des Rathauses.

1. Genehmigung des Protokolls der Sitzung vom 20. April 2026
2. Haushaltsanpassung Nr. 1 – Dienst- und Investitionshaushalt
3. Sanierung der Sporthalle Stockbergerweg – Genehmigung des Lastenheftes
4. Anfrage von Stadtratsmitglied Claudia Niessen (Ecolo) zur Parksituation in der Unterstadt
5. Anfrage von Stadtratsmitglied Michael Balter (Vivant) zu den Kosten des Stadtfestes
6. Antrag der Fraktion ProDG zur Einrichtung eines Jugendrates
7. Anfrage der Fraktion CSP zur Straßenbeleuchtung im Stadtteil Nispert
8. Mitteilungen des Bürgermeisters

Die Sitzungsunterlagen sind im Bürgerportal einsehbar. Die Sitzung wird per Livestream
übertragen.

Mit freundlichen Grüßen
Stadtsekretariat Eupen
""",
  action="allow", ent=[], note="public council agenda naming councillors' parties (public mandate)")

M(num=77, lang="de", slug="kelmis-beschwerde-politische-benachteiligung",
  frm="Generaldirektor Gemeinde Kelmis <generaldirektor@kelmis.be>",
  to=["kanzlei@ra-hennen-eupen.be"],
  subject="Beschwerde einer Mitarbeiterin – Bitte um rechtliche Einschätzung",
  date=D("2026-05-04 10:30", "+0200"),
  body="""Sehr geehrte Frau Rechtsanwältin Hennen,

ich bitte Sie um eine rechtliche Einschätzung zu folgender Beschwerde.

Frau Sabine Thelen, Verwaltungsassistentin im Bürgerdienst, wirft ihrem Vorgesetzten vor, sie
bei der Beförderung übergangen zu haben, weil sie der Partei Ecolo nahesteht und im letzten
Wahlkampf in ihrer Freizeit offen für die Opposition geworben hat. Sie ist weder Kandidatin
noch Mandatsträgerin. Sie berichtet außerdem, dass ihr Vorgesetzter sie gefragt habe, ob sie
„wieder grün wählt“.

Der Vorgesetzte bestreitet dies. Wir möchten wissen, welche Schritte wir unternehmen müssen,
um eine Diskriminierung wegen politischer Überzeugung auszuschließen.

Mit freundlichen Grüßen

Ralf Dahmen
Generaldirektor – Gemeinde Kelmis
Kirchstraße 31, 4720 Kelmis
""",
  action="block", ent=["ART9_POLITICAL_OPINION"],
  note="political leaning and voting of a named employee without public mandate")

M(num=78, lang="de", slug="staatsanwaltschaft-eupen-hasskriminalitaet-zahlen",
  frm="Pressestelle Staatsanwaltschaft Eupen <presse.pk.eupen@just.fgov.be>",
  to=["nachrichten@brf.be"],
  subject="Ihre Anfrage: Hassdelikte im Gerichtsbezirk Eupen 2025",
  date=D("2026-04-14 14:45", "+0200"),
  body="""Sehr geehrter Herr Cormann,

im Gerichtsbezirk Eupen wurden 2025 insgesamt 23 Verfahren wegen Hassdelikten eröffnet
(2024: 17). Aufschlüsselung nach Motiv:

- Herkunft / Hautfarbe / Nationalität: 11
- sexuelle Orientierung: 5
- Religion oder Weltanschauung: 3
- Behinderung: 2
- sonstige: 2

Acht Verfahren wurden an das Strafgericht verwiesen, sechs eingestellt, die übrigen laufen noch.
Zu einzelnen Verfahren geben wir keine Auskünfte.

Mit freundlichen Grüßen
Pressestelle der Staatsanwaltschaft Eupen
Aachener Straße 62, 4700 Eupen
""",
  action="allow", ent=[], note="aggregated hate-crime figures by motive; no individual")

M(num=79, lang="de", slug="mdg-handvenen-templates-export",
  frm="IT-Dienst Ministerium DG <it-dienst@dgov.be>",
  to=["support@zeitsysteme-rheinland.de"],
  subject="Ticket 2026-1187: Import der Handvenen-Templates schlägt fehl",
  date=D("2026-05-05 16:10", "+0200"),
  body="""Hallo Herr Brück,

der Import der Handvenen-Templates auf die neuen Terminals am Standort Gospertstraße bricht
mit Fehler E-417 ab. Im Anhang die Exportdatei aus dem Altsystem für die ersten fünf
Mitarbeiter (Template als Hex, Format PV-1024). Können Sie prüfen, ob das Format passt?

Gruß
Marc Kalbusch
IT-Dienst – Ministerium der Deutschsprachigen Gemeinschaft
""",
  att=[xlsx("export_handvene_gospertstrasse.xlsx", [("Templates", [
      ["Personalnummer", "Name", "Hand", "Format", "Template (hex, gekürzt)", "Erfasst am"],
      ["MDG-0311", "Evelyn Kirschfink", "rechts", "PV-1024", "8F3A21C47D09E5B16A2F0C88D4E7193B5A60C2F1", "2023-09-04"],
      ["MDG-0342", "Roger Jousten", "rechts", "PV-1024", "1C7E40B9A3D2568F0E4B17C9D36A82F5B0E1943D", "2023-09-04"],
      ["MDG-0378", "Nathalie Xhonneux", "links", "PV-1024", "E2094B7C15A8F36D0C9B4E21A7F58D3C6B10E9A4", "2023-09-05"],
      ["MDG-0405", "Dominik Velz", "rechts", "PV-1024", "5D8B2E0F47C19A36E1B7D04C92F3A58E6017BC2D", "2023-09-05"],
      ["MDG-0419", "Ingrid Mertes", "rechts", "PV-1024", "A47C03E9B25D81F6C0E3A9174BD26F58E1C0937B", "2023-09-06"]])])],
  action="block", ent=["ART9_BIOMETRIC"],
  note="palm-vein templates per named employee in an XLSX sent to a German vendor")

M(num=80, lang="de", slug="regierung-dg-pressemitteilung-kinderbetreuung",
  frm="Pressestelle Regierung der DG <presse@dgov.be>",
  to=["redaktion@grenzecho.net"],
  subject="Pressemitteilung: 120 neue Plätze in der Kleinkindbetreuung bis 2027",
  date=D("2026-05-06 11:00", "+0200"),
  body="""PRESSEMITTEILUNG – Eupen, 6. Mai 2026

120 neue Plätze in der Kleinkindbetreuung bis 2027

Die Regierung der Deutschsprachigen Gemeinschaft hat heute den Ausbauplan für die
Kleinkindbetreuung verabschiedet. Bis Ende 2027 entstehen 120 zusätzliche Plätze, davon 48 in
der Eifel. Derzeit stehen in Ostbelgien 1.386 Betreuungsplätze zur Verfügung; die Wartelisten
umfassen rund 210 Kinder.

„Eltern brauchen Planungssicherheit, damit Familie und Beruf vereinbar bleiben“, so die
zuständige Ministerin.

Pressekontakt:
Julia Schmitz, Pressesprecherin der Regierung
Tel. +32 87 59 64 12 – julia.schmitz@dgov.be
""",
  action="allow", ent=[], note="press release with aggregate figures and spokesperson contact")

M(num=81, lang="de", slug="oeshz-kelmis-ueberweisung-aidshilfe",
  frm="Sozialdienst ÖSHZ Kelmis <sozialdienst@oeshz-kelmis.be>",
  to=["beratung@aidshilfe-aachen.de"],
  subject="Überweisung eines Klienten – Bitte um Beratungstermin",
  date=D("2026-05-07 09:15", "+0200"),
  body="""Sehr geehrte Damen und Herren,

ich betreue als Sozialassistent Herrn Dario Lentz (34), wohnhaft in Kelmis, und möchte ihn mit
seinem Einverständnis an Ihre Beratungsstelle verweisen.

Herr Lentz ist homosexuell und lebt seit der Trennung von seinem Partner allein. Im März wurde
bei ihm eine HIV-Infektion festgestellt; er ist in Behandlung an der Uniklinik Aachen, hat aber
große Schwierigkeiten, mit der Diagnose umzugehen, und hat seine Arbeit verloren. Er wünscht sich
Gespräche mit Menschen, die Ähnliches erlebt haben.

Könnten Sie ihm einen Termin anbieten? Er spricht Deutsch und Französisch.

Mit freundlichen Grüßen
Luc Franssen
Sozialassistent – ÖSHZ Kelmis, Kirchstraße 31, 4720 Kelmis
""",
  action="block", ent=["ART9_SEX_LIFE", "ART9_HEALTH"],
  note="a named client's sexual orientation and HIV diagnosis sent to an Aachen counselling service")

M(num=82, lang="de", slug="adg-mitarbeiterverzeichnis-partner",
  frm="Arbeitsamt der DG – Zentrale <info@adg.be>",
  to=["netzwerk@jobcenter-staedteregion-aachen.de"],
  subject="Ansprechpartner im Arbeitsamt der DG (Stand Mai 2026)",
  date=D("2026-05-04 08:30", "+0200"),
  body="""Sehr geehrte Kolleginnen und Kollegen,

für die grenzüberschreitende Zusammenarbeit senden wir Ihnen anbei das aktuelle Verzeichnis
unserer Ansprechpartner (HTML-Datei).

Mit freundlichen Grüßen
Arbeitsamt der Deutschsprachigen Gemeinschaft
Hütte 79, 4700 Eupen
""",
  att=[htmlfile("ansprechpartner_adg_2026-05.html", """<html><head><meta charset="utf-8"><title>Ansprechpartner ADG</title></head><body>
<h2>Arbeitsamt der DG – Ansprechpartner (Stand Mai 2026)</h2>
<table border="1" cellpadding="5">
<tr><th>Name</th><th>Funktion</th><th>Standort</th><th>Telefon</th><th>E-Mail</th></tr>
<tr><td>Daniela Kohnen</td><td>Leiterin Vermittlung</td><td>Eupen</td><td>087 63 89 00</td><td>daniela.kohnen@adg.be</td></tr>
<tr><td>Erwin Thannen</td><td>EURES-Berater</td><td>St. Vith</td><td>080 28 00 60</td><td>erwin.thannen@adg.be</td></tr>
<tr><td>Karin Brandt</td><td>Beraterin Grenzgänger</td><td>Eupen</td><td>087 63 89 14</td><td>karin.brandt@adg.be</td></tr>
<tr><td>Yves Lejeune</td><td>Koordinator Ausbildung</td><td>Eupen</td><td>087 63 89 30</td><td>yves.lejeune@adg.be</td></tr>
</table></body></html>""")],
  action="allow", ent=[], note="staff directory with professional contact data only")

M(num=83, lang="de", slug="worriken-rueckerstattung-kreditkarte",
  frm="Sport- und Freizeitzentrum Worriken <kasse@worriken.be>",
  to=["support@payone-benelux.eu"],
  subject="Rückerstattung Saisonkarte – Kartenzahlung vom 26.04.",
  date=D("2026-05-08 13:25", "+0200"),
  body="""Guten Tag,

wir bitten um Rückerstattung einer Kartenzahlung, da die Saisonkarte wegen Schließung des
Freibads nicht genutzt werden kann.

Karteninhaberin: Anja Hilgers
Kartennummer: 5281-0075-2161-1289
Betrag: 95,00 EUR
Datum der Zahlung: 26.04.2026, Terminal Kasse 2

Vielen Dank für eine kurze Bestätigung.

Mit freundlichen Grüßen
Sport- und Freizeitzentrum Worriken (Gemeinde Bütgenbach)
""",
  action="block", ent=["CREDIT_CARD"],
  note="a citizen's full payment-card number with dashes in a refund request",
  nums=[("5281-0075-2161-1289", "CREDIT_CARD", "valid")])

M(num=84, lang="de", slug="amel-stellenanzeige-jugendbetreuer",
  frm="Personaldienst Gemeinde Amel <personal@amel.be>",
  to=["stellen@adg.be"],
  subject="Stellenangebot: Jugendbetreuer/in (halbzeit) – Veröffentlichung",
  date=D("2026-05-05 10:10", "+0200"),
  body="""Sehr geehrte Damen und Herren,

bitte veröffentlichen Sie folgendes Stellenangebot in Ihrer Jobbörse:

Die Gemeinde Amel sucht eine/n Jugendbetreuer/in (50 %, befristet auf 2 Jahre, Gehaltstabelle B1).

Aufgaben: Betreuung des Jugendtreffs, Organisation der Ferienangebote, Zusammenarbeit mit
Schulen und Vereinen.

Voraussetzungen:
- Abschluss als Erzieher/in oder gleichwertig;
- ein einwandfreies Leumundszeugnis (Auszug aus dem Strafregister, Modell 2, nicht älter als
  drei Monate);
- Führerschein B.

Bewerbungen bis 31. Mai an personal@amel.be. Auskünfte: Herr Heinrichs, 080 34 80 21.

Mit freundlichen Grüßen
Personaldienst – Gemeinde Amel
""",
  action="allow", ent=[], note="job offer requiring a clean criminal record; no individual")

M(num=85, lang="de", slug="amel-krankmeldung-bandscheibe-arbeitsmedizin",
  frm="Personaldienst Gemeinde Amel <personal@amel.be>",
  to=["terminvergabe@arbeitsmedizin-ostbelgien.be"],
  subject="AW: AW: Krankmeldung Herr Schleck – Bandscheibenvorfall L4/L5, OP am 12.05.",
  date=D("2026-05-06 15:40", "+0200"),
  in_reply_to="<am-2291@arbeitsmedizin-ostbelgien.be>",
  body="""Guten Tag Frau Dr. Pint,

danke für die Rückmeldung. Dann planen wir die Wiederaufnahmeuntersuchung für Ende Juni ein.
Herr Schleck hat uns gebeten, mitzuteilen, dass er nach der Operation voraussichtlich sechs
Wochen Reha in Bad Neuenahr macht.

Mit freundlichen Grüßen
Sandra Heinrichs
Personaldienst – Gemeinde Amel

-----Ursprüngliche Nachricht-----
Von: Arbeitsmedizin Ostbelgien – Terminvergabe
Gesendet: Mittwoch, 6. Mai 2026 11:02
Betreff: AW: Krankmeldung Herr Schleck – Bandscheibenvorfall L4/L5, OP am 12.05.

Sehr geehrte Frau Heinrichs, eine Wiederaufnahmeuntersuchung ist frühestens vier Wochen
nach der Operation sinnvoll. Mit freundlichen Grüßen, Dr. Pint
""",
  action="block", ent=["ART9_HEALTH"],
  note="a named worker's diagnosis and surgery date in the subject line of a reply thread")

M(num=86, lang="de", slug="kaleido-neugeborenen-screening-info",
  frm="Kaleido Ostbelgien – Gesundheitsförderung <info@kaleido-ostbelgien.be>",
  to=["hebammen@hebammenpraxis-eifel.be"],
  subject="Informationsblatt Neugeborenen-Screening – aktualisierte Fassung 2026",
  date=D("2026-03-12 10:00"),
  body="""Liebe Hebammen,

anbei bzw. nachfolgend die Kernaussagen der aktualisierten Elterninformation zum
Neugeborenen-Screening:

- Zwischen dem 3. und 5. Lebenstag werden einige Tropfen Blut aus der Ferse entnommen.
- Untersucht werden angeborene Stoffwechsel- und Hormonstörungen sowie seit 2024 auch
  genetisch bedingte Erkrankungen wie die spinale Muskelatrophie (SMA) und Mukoviszidose.
- Ein auffälliges Ergebnis ist noch keine Diagnose; es folgt eine Kontrolluntersuchung.
- Die Eltern entscheiden frei über die Teilnahme; die Ergebnisse werden nur mit der
  betreuenden Ärztin bzw. dem Arzt geteilt.

Das Faltblatt in Deutsch, Französisch, Arabisch und Rumänisch ist bei uns kostenlos erhältlich.

Mit freundlichen Grüßen
Team Gesundheitsförderung – Kaleido Ostbelgien
""",
  att=[pdf("faltblatt_neugeborenen_screening_2026.pdf", "Neugeborenen-Screening – Informationen für Eltern",
           ["Zwischen dem 3. und 5. Lebenstag werden einige Tropfen Blut aus der Ferse entnommen.",
            "Die Teilnahme ist freiwillig. Ein auffälliges Ergebnis ist noch keine Diagnose."],
           [["Untersuchte Erkrankung", "Art", "Häufigkeit (ca.)"],
            ["Angeborene Schilddrüsenunterfunktion", "hormonell", "1 : 3.000"],
            ["Phenylketonurie", "Stoffwechsel, erblich", "1 : 10.000"],
            ["Mukoviszidose", "genetisch", "1 : 3.500"],
            ["Spinale Muskelatrophie (SMA)", "genetisch", "1 : 10.000"]],
           ["Kaleido Ostbelgien – www.kaleido-ostbelgien.be"])],
  action="allow", ent=[], note="general information on newborn genetic screening; no individual")

M(num=87, lang="de", slug="burg-reuland-weiterleitung-gewerkschaft-eml",
  frm="Personalverwaltung Gemeinde Burg-Reuland <personal@burg-reuland.be>",
  to=["mitgliederservice@sozialsekretariat-eifel.be"],
  subject="WG: Gewerkschaftsbeitrag über Lohnabzug – Herr Lamberty",
  date=D("2026-05-11 08:55", "+0200"),
  body="""Guten Morgen,

anbei die Mail unseres Arbeiters Herrn Lamberty zur Kenntnis. Bitte ab Juni den
Gewerkschaftsbeitrag über den Lohn einbehalten und an die CSC abführen.

Mit freundlichen Grüßen
Tanja Schröder
Personalverwaltung – Gemeinde Burg-Reuland
""",
  att=[attached_mail("Gewerkschaftsbeitrag_Lamberty.eml",
      frm="Guido Lamberty <guido.lamberty@burg-reuland.be>",
      to=["personal@burg-reuland.be"],
      subject="Gewerkschaftsbeitrag",
      date=D("2026-05-08 17:20", "+0200"),
      body="""Hallo Tanja,

ich bin seit diesem Monat Mitglied der CSC (Christliche Gewerkschaft) und möchte, dass der
Beitrag direkt über den Lohn abgezogen wird, so wie bei den Kollegen vom Bauhof.

Meine Nationalregisternummer: 78020998806
Mitgliedsnummer CSC: 7702-55813

Danke und Gruß
Guido Lamberty
Bauhof Burg-Reuland
""")],
  action="block", ent=["BE_NATIONAL_NUMBER", "ART9_TRADE_UNION"],
  note="attached message/rfc822 with an employee's national number and union membership",
  nums=[("78020998806", "BE_NATIONAL_NUMBER", "valid")])

M(num=88, lang="de", slug="oeshz-eupen-it-ticket-ungueltige-testdaten",
  frm="Informatikdienst ÖSHZ Eupen <informatik@oeshz-eupen.be>",
  to=["hotline@sozialsoftware-benelux.be"],
  subject="Ticket #55310 – Prüfziffernkontrolle BIS-Nummer und IBAN im Modul Sozialhilfe",
  date=D("2026-05-12 11:40", "+0200"),
  body="""Guten Tag,

im Testmandanten des Moduls Sozialhilfe werden BIS-Nummern und Kontonummern mit falscher
Prüfziffer ohne Warnung gespeichert. Zur Reproduktion haben wir Testwerte gebildet, bei denen
wir die Prüfziffer absichtlich verändert haben; es handelt sich um keine realen Personen:

BIS-Nummer Test 1: 76.46.07-541.04
BIS-Nummer Test 2: 95441151702
IBAN Test 3: BE91 4609 8296 8132

Alle drei Werte müssten abgelehnt werden. Können Sie das bis zum Release am 2. Juni beheben?

Mit freundlichen Grüßen
Informatikdienst – ÖSHZ Eupen
""",
  action="allow", ent=[], note="look-alike BIS numbers and IBAN with deliberately wrong check digits",
  nums=[("76.46.07-541.04", "BE_BIS_NUMBER", "invalid"), ("95441151702", "BE_BIS_NUMBER", "invalid"),
        ("BE91 4609 8296 8132", "IBAN_CODE", "invalid")])

M(num=89, lang="de", slug="gefaengnis-eupen-kursteilnehmer-zip",
  frm="Direktion Gefängnis Eupen <direktion.eupen@just.fgov.be>",
  to=["kurse@zawm-eupen.be"],
  subject="Teilnehmer Schweißkurs Juni – Liste für die Zulassung",
  date=D("2026-05-13 14:20", "+0200"),
  body="""Sehr geehrter Herr Kreusch,

für den Schweißkurs im Juni innerhalb der Anstalt senden wir Ihnen die Liste der Teilnehmer
(gezippt, ODS-Tabelle). Ihr Sicherheitsdienst benötigt die Identifikationsnummern für die
Zutrittsgenehmigung Ihrer Ausbilder; die Spalte Delikt ist für die Gruppeneinteilung.

Mit freundlichen Grüßen
Direktion – Gefängnis Eupen, Aachener Straße 56, 4700 Eupen
""",
  att=[zipped("teilnehmer_schweisskurs_juni.zip", [
      ods("teilnehmer_schweisskurs.ods", [("Teilnehmer", [
          ["Name", "Identifikationsnummer", "Delikt", "Haftende"],
          ["Adrian Nowicki", "97461407620", "Raub", "2027-03"],
          ["Kevin Mertens", "75.10.04-234.30", "Drogenhandel", "2026-11"],
          ["Bilal Chahid", "95.44.11-517.01", "schwere Körperverletzung", "2028-01"]])])])],
  action="block", ent=["ART10_CRIMINAL", "BE_BIS_NUMBER", "BE_NATIONAL_NUMBER"],
  note="ZIP with ODS listing named inmates, their offences and BIS/national numbers",
  nums=[("97461407620", "BE_BIS_NUMBER", "valid"), ("95.44.11-517.01", "BE_BIS_NUMBER", "valid"),
        ("75.10.04-234.30", "BE_NATIONAL_NUMBER", "valid")])

M(num=90, lang="de", slug="oeshz-raeren-blanko-formular-sozialhilfe",
  frm="ÖSHZ Raeren – Empfang <empfang@oeshz-raeren.be>",
  to=["sekretariat@vog-mosaik-raeren.be"],
  subject="Neues Antragsformular Sozialhilfe (Vorlage zum Ausdrucken)",
  date=D("2026-05-04 13:00", "+0200"),
  body="""Liebe Kolleginnen und Kollegen,

anbei das neue, leere Antragsformular für Sozialhilfe. Bitte drucken Sie es bei Bedarf für
Ihre Besucher aus. Ausgefüllte Formulare nehmen wir nur persönlich oder per Post entgegen,
nicht per E-Mail.

Mit freundlichen Grüßen
Empfang – ÖSHZ Raeren, Hauptstraße 26, 4730 Raeren
""",
  att=[docx("antrag_sozialhilfe_vorlage.docx",
            ["Antrag auf Sozialhilfe – vom Antragsteller auszufüllen",
             "Name, Vorname: ______________________",
             "Nationalregisternummer oder BIS-Nummer: __.__.__-___.__",
             "Anschrift: ______________________",
             "Krankenkasse: ______________________",
             "Liegt eine Behinderung oder Arbeitsunfähigkeit vor? [ ] ja  [ ] nein",
             "Kontonummer (IBAN): BE__ ____ ____ ____",
             "Datum und Unterschrift: ______________________"],
            [[["Haushaltsmitglied", "Verwandtschaft", "Geburtsdatum", "Einkommen"],
              ["", "", "", ""], ["", "", "", ""]]])],
  action="allow", ent=[], note="blank form with empty identifier, health and IBAN fields")
