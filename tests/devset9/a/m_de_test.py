from lib import *
from spec import M

M(891, "de", "block", "logopaedie-autismus-formular",
  "Kaleido Ostbelgien <info@kaleido-ostbelgien.be>", "praxis@logopaedie-kreutz.de",
  "Überweisung Logopädie",
  f"""Guten Tag Frau Kreutz,

Name des Kindes:      Elias Baumann
BIS-Nummer:           {nn('190306', 52, 'dots', y2k=True, bis=40)}
Schule:               GS Hauset, 1. Klasse
Befund:               Autismus-Spektrum-Störung (F84.0), expressive Sprachstörung
Bisherige Therapie:   Ergotherapie seit 2024, Elterncoaching
Anfrage:              Logopädie 1x/Woche

Mit freundlichen Grüßen
Kaleido Ostbelgien, Tel. 087 55 46 46""", "H BIS",
  "autism diagnosis and therapies of a named child with a BIS number in Label: value form")

M(892, "de", "block", "lichtbildabgleich-ausweis",
  "Einwohnermeldeamt Raeren <einwohner@raeren.be>", "support@biometrie-dienstleister.eu",
  "Fehlgeschlagener Abgleich - bitte prüfen",
  "Siehe HTML-Version.", "B",
  "face-template comparison scores of named citizens in an HTML table",
  html="""<html><body><p>Hallo Support,</p><p>bei folgenden Antragstellern schlug der Gesichtsabgleich
(Template aus dem Lichtbild vs. Referenz-Template des Registers) fehl:</p>
<table border="1"><tr><th>Name</th><th>Template (Auszug, 128-dim)</th><th>Match-Score</th><th>Schwelle</th></tr>
<tr><td>Helga Brüls</td><td>0.112 -0.043 0.287 0.019 -0.156 0.074</td><td>0,41</td><td>0,60</td></tr>
<tr><td>Niklas Zeimers</td><td>-0.061 0.198 0.034 -0.221 0.093 0.141</td><td>0,55</td><td>0,60</td></tr></table>
<p>Bitte die Templates neu berechnen.<br>Einwohnermeldeamt Raeren, 087 85 90 00</p></body></html>""")

M(893, "de", "block", "haemochromatose-versicherung",
  "Arbeitsmedizin Ostbelgien <arbeitsmedizin@ostbelgien-gesundheit.be>", "leistungsabteilung@lebensversicherung-koeln.de",
  "Ihre Anfrage Vertrag LV-7781",
  """Sehr geehrte Damen und Herren,

anbei die angeforderte ärztliche Stellungnahme.

Arbeitsmedizinischer Dienst""", "G H",
  "genetic test (HFE homozygous) and treatment of a named employee, to an insurer (DOCX)",
  att=[docx_att("Stellungnahme_Reuter.docx", ["Ärztliche Stellungnahme", "Versicherte Person: Thomas Reuter"],
      [[["Untersuchung", "Ergebnis"], ["HFE-Gentest", "C282Y homozygot (hereditäre Hämochromatose)"],
        ["Ferritin", "1.240 µg/l"], ["Therapie", "Aderlass alle 2 Wochen seit 11/2025"]]])])

M(894, "de", "block", "lehrer-parteimitglied",
  "Schulleitung BS Eupen <schulleitung@bs-eupen.be>", "rechtsberatung@lehrerverband-extern.de",
  "Anfrage zu Neutralitätspflicht",
  """Sehr geehrter Herr Dr. Olbrich,

eine kurze Rechtsfrage: Unser Lehrer Herr Frank Wintgens ist Mitglied der CSP und hat bei der
Gemeinderatswahl kandidiert, wurde aber nicht gewählt. Eltern beschweren sich, er habe im
Unterricht für seine Partei geworben. Dürfen wir ihn darauf ansprechen?

Mit freundlichen Grüßen
Ingrid Xhonneux, Schulleiterin""", "P",
  "party membership and unsuccessful candidacy of a named teacher")

M(895, "de", "block", "integrationsparcours-liste",
  "Integrationsparcours Ostbelgien <integration@ostbelgien.be>", "kurse@vhs-aachen-sprachen.de",
  "Teilnehmerliste Sprachkurs A1",
  """Hallo Herr Krings,

anbei die Liste. Die Spalte Volkszugehörigkeit ist für die Zusammenstellung der Gruppen gedacht.

Gruß, Integrationsparcours""", "E",
  "participants with ethnicity per named person (ODS)",
  att=[ods_att("Teilnehmer_A1.ods", [["Name", "Herkunft", "Volkszugehörigkeit"],
      ["Aslan Dudajew", "Russland", "tschetschenisch"], ["Hevin Ali", "Syrien", "kurdisch"],
      ["Tigist Alemu", "Äthiopien", "Oromo"]], sheet="Teilnehmer")])

M(896, "de", "block", "religionsunterricht-wechsel",
  "Sekretariat Gemeindeschule Kettenis <sekretariat@gs-kettenis.be>", "verwaltung@islamischer-religionsunterricht-lehrer.be",
  "Neue Schüler ab März",
  """Guten Tag,

ab März besuchen zusätzlich Ihren Islamunterricht:
- Amina Hodžić (3. Klasse), wechselt vom katholischen Religionsunterricht, da die Familie
  zum Islam übergetreten ist
- Emir Hodžić (5. Klasse)

Freundliche Grüße
Sekretariat GS Kettenis""", "R",
  "religion and conversion of named pupils' family")

M(897, "de", "block", "homophober-uebergriff",
  "Opferhilfe Justizhaus <opferhilfe@dgov.be>", "beratung@queeres-netzwerk-nrw.de",
  "Weitervermittlung Herr Kessler",
  """Hallo zusammen,

ich vermittle Herrn Daniel Kessler an Sie weiter. Er und sein Lebensgefährte wurden am 08.02. in Eupen
homophob beleidigt und geschlagen. Der Tatverdächtige, Herr Jürgen Maus, wurde festgenommen; das
Ermittlungsverfahren läuft bei der Staatsanwaltschaft Eupen.

Viele Grüße
Opferhilfe, Tel. 087 59 46 10""", "S C",
  "sexual orientation of a named victim and criminal proceedings against a named suspect")

M(898, "de", "block", "strafregisterauszug-pdf",
  "Personalabteilung ÖSHZ Eupen <personal@oeshz-eupen.be>", "bewerbung@pflegedienst-hand-in-hand.be",
  "Bewerbung Frau Kalff - Ihre Nachfrage",
  """Guten Tag,

wie gewünscht der Strafregisterauszug der Bewerberin, den sie bei uns eingereicht hatte (siehe Anhang).

Personalabteilung ÖSHZ Eupen""", "C NN",
  "content of a criminal record extract with NN (PDF)",
  att=[pdf_att("Auszug_Strafregister_Kalff.pdf", ["AUSZUG AUS DEM STRAFREGISTER (Muster 1)",
      f"Name: Kalff, Simone   Nationalregisternummer: {nn('820917', 134, 'dots')}",
      "Verurteilung: 11.03.2020, Strafgericht Eupen, Betrug (Art. 496 StGB), 6 Monate auf Bewährung",
      "Ausgestellt: Gemeinde Eupen, 02.02.2026"])])

M(899, "de", "block", "schwangerschaft-mutterschutz",
  "Personaldienst Gemeinde Amel <personal@amel.be>", "arbeitsmedizin@externer-dienst-mensura.be",
  "Frau Lejoly - Gefährdungsbeurteilung",
  """Hallo,

Frau Tanja Lejoly (Reinigungsdienst) ist in der 9. SSW; nach zwei FG im letzten Jahr rät ihr Gyn. zu
Schonung. Bitte Gefährdungsbeurteilung für den Umgang mit Reinigungschemikalien erstellen; ggf.
vorsorglicher Mutterschutz.

Personaldienst Amel, 080 34 80 30""", "H",
  "pregnancy and prior miscarriages of a named employee, abbreviated (SSW, FG, Gyn.)")

M(900, "de", "block", "zeiterfassung-fingerprint",
  "Bauhof Gemeinde Burg-Reuland <bauhof@burg-reuland.be>", "service@zeiterfassung-pro.de",
  "Neue Terminals - Übertragung",
  """Hallo,

für die neuen Terminals anbei die Fingerabdruck-Templates der Bauhof-Mitarbeiter aus dem alten Gerät.
Die Zuordnung Personalnummer/Name ist enthalten.

Gruß
Bauhof Burg-Reuland""", "B",
  "fingerprint templates with names for time recording (CSV in ZIP)",
  att=[zip_att("terminal_export.zip", [csv_att("templates.csv", [["PersNr", "Name", "Finger", "Template"],
      ["B07", "Robert Gennen", "rechter Zeigefinger", "AQAAABQAAAB4c2Vj2kL0pQ8VbA7n"],
      ["B09", "Achim Pip", "linker Daumen", "AQAAABQAAAB4c2VjQ1b9xTzH3m2r"]])])])

M(901, "de", "block", "dna-spurenabgleich",
  "Staatsanwaltschaft Eupen <sekretariat.parquet.eupen@just.fgov.be>", "gutachten@institut-rechtsmedizin-aachen.de",
  "Ermittlungsverfahren EU.12.L3.000219/26 - Vergleichsgutachten",
  """Sehr geehrter Herr Prof. Dr. Stein,

im Ermittlungsverfahren gegen Herrn Sascha Kirschfink wegen Verdachts der Brandstiftung bitten wir um ein
Vergleichsgutachten. Das DNA-Profil des Beschuldigten und der Spur ist in der Tabelle angehängt.

Staatsanwaltschaft Eupen""", "G C",
  "DNA profile of a named suspect in criminal proceedings (XLSX)",
  att=[xlsx_att("Profile_EU12L3000219.xlsx", {"STR": [["Probe", "Person", "D3S1358", "vWA", "D16S539", "CSF1PO"],
      ["Referenz", "Sascha Kirschfink (Beschuldigter)", "14/16", "17/17", "11/12", "10/12"],
      ["Spur 2", "unbekannt", "14/16", "17/17", "11/12", "10/12"]]})])

M(902, "de", "block", "streikliste-gewerkschaft",
  "Personaldienst TEC-Depot Eupen <personal.depot-eupen@letec.be>", "lohn@sozialsekretariat-group-s.be",
  "Lohnabzug Streiktag 12.02.",
  "Hallo,\n\nanbei die Liste für den Lohnabzug. Die Anmerkungen bitte ignorieren, stammen vom Teamleiter.\n\nPersonaldienst\n",
  "T P", "strikers with union membership and a political remark per named person (CSV)",
  att=[csv_att("streik_1202.csv", [["Name", "Gewerkschaft", "Anmerkung"],
      ["Heinz Mattar", "FGTB (Delegierter)", "wirbt für PTB"], ["Sandra Roth", "CSC", ""],
      ["Michel Dethier", "CGSLB", "Mitglied PFF-Ortsverband"]])])

M(903, "de", "block", "seelsorge-liste",
  "Krankenhausseelsorge St. Nikolaus <seelsorge@hospital-eupen.be>", "pfarrbuero@pfarrverband-eupen-kettenis.be",
  "Besuchsliste diese Woche",
  """Liebe Mitbrüder,

die Besuchsliste. Bitte nur die katholischen Patienten besuchen; für Frau Bajrami haben wir den Imam
verständigt.

Station 3 (Onkologie): Hubert Kraus (kath., wünscht Krankensalbung)
Station 3: Lumnije Bajrami (Muslima, albanischstämmig, palliativ)
Station 5 (Kardiologie): Irmgard Franzen (kath.)

Seelsorge""", "R E H",
  "religion, ethnic origin and ward/treatment of named patients")

M(904, "de", "block", "sti-kontaktnachverfolgung",
  "Gesundheitsinspektion DG <gesundheitsinspektion@ostbelgien-gesundheit.be>", "gesundheitsamt@staedteregion-aachen.de",
  "Meldepflichtige Erkrankung - Kontaktpersonen",
  """Sehr geehrte Kolleginnen und Kollegen,

bei Herrn Oliver Jansen (wohnhaft Aachen) wurde eine Syphilis im Sekundärstadium festgestellt. Er
nannte zwei Sexualpartner der letzten drei Monate, beide Männer, wohnhaft in Ihrem Zuständigkeitsbereich:
Herr Kevin Lorenz und Herr Marcel Offermann. Bitte übernehmen Sie die Benachrichtigung.

Gesundheitsinspektion der DG""", "H S",
  "syphilis diagnosis and sexual partners of named men")

M(905, "de", "block", "arbeitslosengeld-zahlstelle",
  "Arbeitsamt der DG <info@adg.be>", "zahlstelle@fgtb-verviers-ostbelgien.be",
  "Korrektur Auszahlung Februar",
  f"""Guten Tag,

für Ihr Mitglied Herrn Andreas Rauw, ENSS {nn('770808', 11, 'pairs')}, ist die Auszahlung des
Arbeitslosengeldes über Ihre Zahlstelle zu korrigieren. Die Überweisung ging irrtümlich auf ein altes
Konto; korrektes Privatkonto laut Formular C1: {iban('BE', '0017654321', grouped=True)}.

Arbeitsamt der DG""", "T NN IBAN",
  "union membership via union payment office, NN and private IBAN of a named person")

# ------------------------------------------------------------------ allow

M(906, "de", "allow", "kriminalstatistik",
  "Polizeizone Weser-Göhl <analyse@pz-weser-goehl.be>", "forschung@hs-aachen-kriminologie.de",
  "Kriminalstatistik 2025 - Gemeinden",
  """Guten Tag,

anbei die Kriminalstatistik 2025 nach Gemeinde (aggregiert, keine Einzelfälle).

Kelmis: 412 Straftaten (davon 61 Einbrüche)
Lontzen: 155 (23)
Plombières: 298 (40)
Welkenraedt: 336 (52)

Analyse PZ Weser-Göhl""", "", "aggregated crime statistics",
  att=[csv_att("kriminalstatistik_2025.tsv", [["Gemeinde", "Straftaten", "Einbrüche"], ["Kelmis", 412, 61],
      ["Lontzen", 155, 23], ["Plombières", 298, 40], ["Welkenraedt", 336, 52]], delim="\t")])

M(907, "de", "allow", "rundschreiben-biometrie-ausweis",
  "Dienst Bevölkerung <bevoelkerung@kelmis.be>", "info@fotostudio-kelmis.be",
  "Neue Regeln Passbilder und Fingerabdrücke ab Juni",
  """Sehr geehrte Fotografen,

laut dem geänderten Gesetz über Personalausweise werden ab 1. Juni zwei Fingerabdrücke im Chip
gespeichert und Passbilder können digital übermittelt werden. Anbei das Rundschreiben mit den
technischen Anforderungen an das Lichtbild.

Dienst Bevölkerung Kelmis""", "", "circular on a law change about biometric ID, generic",
  att=[pdf_att("Rundschreiben_eID_Juni.pdf", ["Rundschreiben eID - Lichtbild und Fingerabdrücke",
      "Auflösung min. 600 dpi, neutraler Hintergrund", "Fingerabdrücke werden nach Ausstellung gelöscht"])])

M(908, "de", "allow", "verfahren-reihenuntersuchung",
  "Föderale Polizei - Kripo Eupen <kripo.eupen@police.belgium.eu>", "ausbildung@polizeischule-luettich-de.be",
  "Ablauf einer freiwilligen DNA-Reihenuntersuchung",
  """Hallo,

für den Ausbildungsmodul hier der allgemeine Ablauf:
1. Anordnung durch den Untersuchungsrichter
2. Schriftliche Einwilligung [Name der Person]
3. Abgleich nur mit der Tatortspur, anschließend Vernichtung der Proben
4. Keine Speicherung in der Datenbank bei Nichttreffer

Kripo Eupen""", "", "generic procedure on DNA mass screening")

M(909, "de", "allow", "formular-religionsunterricht",
  "Unterrichtsministerium DG <unterricht@dgov.be>", "schulleitungen@schulen-ostbelgien.be",
  "Formular Wahl des Religions-/Moralunterrichts (Schuljahr 2026-27)",
  """Sehr geehrte Schulleitungen,

anbei das Blanko-Formular. Bitte nur das leere Formular verteilen; die ausgefüllten Formulare bleiben
in der Schule.""", "", "blank form for choice of religion class (DOCX)",
  att=[docx_att("Formular_Wahl_Religionsunterricht.docx", ["Wahl des philosophischen Kurses",
      "Name des Kindes: ______________", "Klasse: ____"],
      [[["Kurs", "Ankreuzen"], ["Katholische Religion", "[ ]"], ["Evangelische Religion", "[ ]"],
        ["Islamische Religion", "[ ]"], ["Nichtkonfessionelle Moral", "[ ]"]]])])

M(910, "de", "allow", "urlaub-genehmigt",
  "Personaldienst Gemeinde Raeren <personal@raeren.be>", "k.hermann@hermann-steuerbuero.de",
  "AW: Termin Jahresabschluss",
  """Sehr geehrter Herr Hermann,

unser Finanzdirektor Herr Lambertz ist vom 16. bis 20. März nicht im Haus. Ab dem 23. März steht er
Ihnen wieder zur Verfügung (Tel. 087 85 90 12).

Mit freundlichen Grüßen
Personaldienst Raeren""", "", "absence without reason, professional contact", inreply=True)

M(911, "de", "allow", "rechnung-firma-de",
  "Kreditorenbuchhaltung <kreditoren@dgov.be>", "rechnungswesen@laborbedarf-schaefer.de",
  "Zahlungsavis Rechnung RE-55012",
  f"""Sehr geehrte Damen und Herren,

Ihre Rechnung RE-55012 (Schnelltests für die Schulgesundheit) wurde auf Ihr Geschäftskonto
{iban('DE', '390500000046000123', org=True)} überwiesen. USt-IdNr. DE812345678.

Kreditorenbuchhaltung""", "", "payment advice with the company's IBAN",
  att=[xlsx_att("Zahlungsavis_RE-55012.xlsx", {"Avis": [["Rechnung", "Betrag", "Empfänger"],
      ["RE-55012", "2.318,40", "Laborbedarf Schäfer GmbH"]]})])

M(912, "de", "allow", "auftragsnummern-lookalike",
  "Lager Ministerium <lager@dgov.be>", "bestellungen@papier-union.de",
  "Offene Lieferungen",
  """Hallo,

anbei die Liste der offenen Lieferungen mit unseren internen Auftragsnummern.

Lager""", "", "internal order numbers resembling NN/IBAN that fail checksums (CSV)",
  att=[csv_att("offen.csv", [["Auftrag", "Referenz", "Menge"],
      [nn('660101', 500, 'plain', bad=True), iban('BE', '0019998887', bad=True, grouped=False), 40],
      [nn('120505', 20, 'dots', bad=True, y2k=True), "-", 12]])])

M(913, "de", "allow", "abstimmung-parlament",
  "Parlament der DG - Kanzlei <kanzlei@pdg.be>", "redaktion@grenzecho.net",
  "Abstimmungsergebnis Dekret Pflegeassistenz",
  "Siehe HTML.", "", "parliament voting results per group, public mandates",
  html="""<html><body><p>Abstimmungsergebnis vom 02.03.2026:</p>
<table border="1"><tr><th>Fraktion</th><th>Ja</th><th>Nein</th><th>Enthaltung</th></tr>
<tr><td>ProDG</td><td>6</td><td>0</td><td>0</td></tr><tr><td>CSP</td><td>0</td><td>5</td><td>0</td></tr>
<tr><td>SP</td><td>3</td><td>0</td><td>0</td></tr><tr><td>Vivant</td><td>0</td><td>3</td><td>0</td></tr></table>
<p>Präsident Charles Servaty (SP) dankte den Berichterstattern.</p></body></html>""")

M(914, "de", "allow", "schulung-interkulturell",
  "Fortbildungsdienst <fortbildung@dgov.be>", "teilnehmer@fortbildung-extern.be",
  "Schulung interkulturelle Kompetenz im Bürgerkontakt",
  """Liebe Teilnehmende,

Inhalte: Umgang mit Sprachbarrieren, Vermeidung von Vorurteilen aufgrund ethnischer Herkunft
oder Religion, Fallbeispiele (anonymisiert).
Termin: 07.05.2026, Eupen, Referent: Herr Dr. Ahmet Yildiz (Tel. +32 87 59 64 77)""", "",
  "training on intercultural competence, generic")

M(915, "de", "allow", "pressemitteilung-impfung",
  "Presse Gesundheitsministerium DG <presse.gesundheit@dgov.be>", "redaktion@brf.be",
  "Impfquote Masern steigt",
  """PRESSEMITTEILUNG

Die Impfquote gegen Masern bei Kindern bis 2 Jahre liegt in Ostbelgien bei 94,1 %. Ministerin
Lydia Klinkenberg (ProDG): "Ein Erfolg der Kinderärzte und von Kaleido."

Pressekontakt: +32 87 59 64 60""", "", "press release with aggregates")

M(916, "de", "allow", "fragebogen-sexuelle-gesundheit",
  "Forschungsstelle Gesundheit <forschung@ostbelgien-gesundheit.be>", "ethik@uni-luettich-medizin.be",
  "Fragebogen Studie Sexualgesundheit (blanko, zur Begutachtung)",
  """Sehr geehrte Damen und Herren,

anbei der leere Fragebogen; die Befragung ist anonym, es liegen noch keine Antworten vor.

Forschungsstelle""", "", "blank research questionnaire on sexual health (ODT)",
  att=[odt_att("Fragebogen_blanko.odt", ["Fragebogen Sexualgesundheit",
      "1. Sexuelle Orientierung: [ ] heterosexuell [ ] homosexuell [ ] bisexuell [ ] keine Angabe",
      "2. HIV-Test in den letzten 12 Monaten: [ ] ja [ ] nein", "Teilnehmer-Code: ______"])])

M(917, "de", "allow", "protokoll-paritaetischer-ausschuss",
  "Sekretariat Sonderausschuss <sekretariat.ausschuss@dgov.be>", "verbaende@gewerkschaftsfront-ostbelgien.be",
  "Protokoll Sonderausschuss 20.02.",
  """Sehr geehrte Damen und Herren,

anbei das Protokoll. Die anerkannten Gewerkschaften (CSC-ÖD, CGSP, SLFP) stimmten dem
Rahmenabkommen zu. Namen einzelner Mitglieder werden nicht genannt.

Sekretariat""", "", "minutes of a joint committee, no individual membership",
  att=[docx_att("Protokoll_Sonderausschuss_2002.docx", ["Protokoll Sonderausschuss 20.02.2026",
      "TOP 1 Rahmenabkommen 2026-2028: Zustimmung", "TOP 2 Telearbeit: Vertagung"])])

M(918, "de", "allow", "ausschreibung-rechtsmedizin",
  "Öffentliche Aufträge Justiz <auftraege@just.fgov.be>", "ausschreibungen@rechtsmedizin-gmbh.de",
  "Ausschreibung toxikologische und DNA-Analysen (Los DG)",
  """Sehr geehrte Bieter,

das Los für den Gerichtsbezirk Eupen umfasst ca. 400 DNA-Analysen und 250 toxikologische Gutachten
pro Jahr. Leistungsverzeichnis im Anhang (PDF). Angebote bis 15.04.2026.

Öffentliche Aufträge""", "", "tender for forensic services",
  att=[pdf_att("Leistungsverzeichnis_Los_DG.pdf", ["Leistungsverzeichnis Los DG", "Pos. 1 STR-Analyse: ca. 400/Jahr",
      "Pos. 2 Toxikologie: ca. 250/Jahr"])])

M(919, "de", "allow", "fwd-newsletter-biometrie",
  "Datenschutzbeauftragte <dsb@dgov.be>", "dsb-netzwerk@kommunen-ostbelgien.be",
  "WG: Newsletter Datenschutz - Biometrie am Arbeitsplatz",
  """Liebe DSB-Kolleginnen und -Kollegen,

zur Info der weitergeleitete Newsletter; betrifft uns wegen der geplanten Zeiterfassung.

Sabine Mertes, DSB""", "", "forwarded newsletter about biometrics at work, generic",
  att=[eml_att("Newsletter_Datenschutz.eml", "Datenschutzbehörde <newsletter@datenschutzbehoerde.be>",
               "dsb@dgov.be", "Newsletter März", "Tue, 24 Feb 2026 08:30:00 +0100",
               """Newsletter März

Biometrische Zeiterfassung ist nur mit gesetzlicher Grundlage oder echter Alternative zulässig.
Die Behörde veröffentlicht Leitlinien für öffentliche Arbeitgeber.
""", msgid="nl.2026.03@apd-gba.be")])

M(920, "de", "allow", "krankheitsbedingt-abwesend",
  "Sekretariat Direktion <direktion@rzkb.be>", "planung@reinigungsfirma-clean-ost.be",
  "Ansprechpartner diese Woche",
  """Guten Tag,

Herr Schommers ist diese Woche krankheitsbedingt abwesend. Bitte wenden Sie sich für die Planung an
Frau Petra Mockel (Tel. 087 59 32 10).

Sekretariat""", "", "sick absence without reason (doubtful per brief)", doubtful="sick absence without reason")
