from lib import *
from spec import M

K831 = nn('640227', 58, 'slash')
M(831, "de", "block", "krankenhausaufenthalt-reha",
  "Dienststelle für Selbstbestimmtes Leben <info@dsl.be>", "verwaltung@reha-zentrum-aachen.de",
  f"Ihr Zeichen: {K831} / Kostenübernahme Reha",
  f"""Sehr geehrte Damen und Herren,

Ihr Zeichen: {K831}
Unser Zeichen: DSL/2026/118

bezugnehmend auf Ihr Schreiben vom 12. Februar bestätigen wir die Kostenübernahme für die
Anschlussheilbehandlung von Herrn Günter Mreyen. Nach dem Krankenhausaufenthalt im St. Nikolaus-Hospital
Eupen (Schlaganfall, 03.-21.01.2026) ist eine stationäre Reha von 4 Wochen vorgesehen; die halbseitige
Lähmung rechts macht eine Begleitung durch Ergotherapie erforderlich.

Mit freundlichen Grüßen
Monika Kessel
Dienststelle für Selbstbestimmtes Leben
Vennbahnstraße 4/4, 4780 St. Vith
Tel. +32 80 22 91 11""", "H NN",
  "hospital stay, stroke and paralysis of a named person; NN as the recipient's reference in subject and body")

M(832, "de", "block", "iris-templates-migration",
  "IT-Dienst Gemeinde Eupen <it@eupen.be>", "projekte@irisguard-systems.de",
  "Datenübernahme Zugangskontrolle Rathaus",
  """Hallo Herr Brandt,

anbei wie vereinbart das Archiv mit den registrierten Iris-Templates unserer Mitarbeitenden (Export aus
dem Altsystem), damit Sie die Übernahme testen können. Die Zuordnung zu den Personen steht in
mapping.csv.

Viele Grüße
Stefan Heinen
IT-Dienst, Stadt Eupen
Rathausplatz 14, 4700 Eupen""", "B",
  "iris templates with name mapping of staff sent to a vendor (ZIP)",
  att=[zip_att("iris_export_2026.zip", [
      csv_att("mapping.csv", [["template_id", "name", "auge", "iriscode (Auszug, hex)"],
                              ["T-0031", "Claudia Lentz", "links", "a91f03c7e2b4d85507dd2e91bc4a6f13"],
                              ["T-0032", "Claudia Lentz", "rechts", "5d0e77a1c93b2f4408aa61e0d7c35b92"],
                              ["T-0047", "Marcel Kohnen", "links", "5b2c88e0f14d9a27c01e94b3a6d2f870"]]),
      txt_att("info.txt", "Format: IrisCode 2048 bit, ISO/IEC 19794-6. Templates in /bin (nicht enthalten in Testexport).")])])

M(833, "de", "block", "abstammungsgutachten",
  "Jugendhilfedienst <jugendhilfe@dgov.be>", "kanzlei@rae-schmitz-hansen.de",
  "Abstammungsgutachten - Familie Heck",
  """Sehr geehrte Frau Rechtsanwältin Schmitz,

anbei das Ergebnis des Abstammungsgutachtens, das im Rahmen des Hilfeplans eingeholt wurde. Wir bitten um
vertrauliche Behandlung gegenüber Ihrem Mandanten.

Mit freundlichen Grüßen
Jugendhilfedienst der Deutschsprachigen Gemeinschaft""", "G",
  "paternity DNA test result for named persons (PDF)",
  att=[pdf_att("Abstammungsgutachten_Heck.pdf", ["Abstammungsgutachten Nr. AG-2026-0071",
      "Kind: Lena Heck, geb. 05.08.2021 | Mutter: Sabrina Heck | vermuteter Vater: Daniel Fank",
      "Untersuchte STR-Systeme: 23 | Kombinierter Vaterschaftsindex: 0",
      "Ergebnis: Daniel Fank ist als biologischer Vater ausgeschlossen (6 Ausschlusskonstellationen)."])])

M(834, "de", "block", "wahlhelfer-einteilung",
  "Standesamt Kelmis <standesamt@kelmis.be>", "wahlbuero@provinz-luettich-wahlen.be",
  "Einteilung Beisitzer - Hinweis",
  """Guten Tag,

bei der Einteilung der Beisitzer für Büro 3 bitte beachten: Frau Jessica Kever hat uns mitgeteilt, dass
sie aktives Mitglied der Vivant-Ortsgruppe ist und bei den letzten Wahlen auf deren Liste stand, aber nicht
gewählt wurde; sie möchte nicht zusammen mit Herrn Ralf Pelzer eingeteilt werden, der offen für die PTB
wirbt. Beide sind keine Mandatsträger.

Danke und Gruß
Standesamt Kelmis
Tel. 087 63 98 50""", "P",
  "party membership, past candidacy and support of named non-elected citizens")

M(835, "de", "block", "schulbericht-roma",
  "Schulinspektion <schulinspektion@dgov.be>", "beratung@kinderschutz-ev-aachen.de",
  "Schulabsentismus Grundschule Herbesthal",
  "Siehe HTML-Ansicht.",
  "E", "ethnic origin of named pupils in an HTML table on absenteeism",
  html="""<html><body><p>Sehr geehrte Frau Wirtz,</p>
<p>wie besprochen die Übersicht der Kinder mit hohen Fehlzeiten (Schuljahr 2025-26):</p>
<table border="1"><tr><th>Kind</th><th>Klasse</th><th>Fehltage</th><th>Anmerkung</th></tr>
<tr><td>Marko Stojanović</td><td>3A</td><td>41</td><td>Familie gehört zur Roma-Gemeinschaft, Reisezeiten im Sommer</td></tr>
<tr><td>Denisa Stojanović</td><td>1B</td><td>38</td><td>dito</td></tr>
<tr><td>Yasin Kaya</td><td>4A</td><td>22</td><td>kurdische Familie, Dolmetscher nötig</td></tr></table>
<p>Mit freundlichen Grüßen<br>Alexandra Maraite<br>Schulinspektion, Gospertstraße 1, 4700 Eupen</p></body></html>""")

M(836, "de", "block", "zeugen-jehovas-op-planung",
  "Sozialdienst Klinik St. Josef <sozialdienst@klinik-stvith.be>", "transfusion@uniklinik-aachen.de",
  "Verlegung Patientin - blutfreie OP",
  """Liebe Kollegen,

wir möchten Frau Renate Jodocy (geb. 1958) für die geplante Hüft-TEP zu Ihnen verlegen. Sie ist Zeugin
Jehovas und lehnt Bluttransfusionen und Fremdblutprodukte ab; eine Patientenverfügung liegt vor.
Hämoglobin aktuell 10,2 g/dl, Eisentherapie läuft seit 2 Wochen.

Mit kollegialen Grüßen
Sozialdienst Klinik St. Josef, St. Vith
Tel. 080 85 44 11""", "R H",
  "religion of a named patient with surgery, Hb and iron therapy")

M(837, "de", "block", "jugendhilfe-bericht-beziehung",
  "Jugendhilfedienst <jugendhilfe@dgov.be>", "team@wohngruppe-lichtblick.de",
  "AW: Aufnahme Jana K.",
  """Hallo Frau Peters,

zu Ihrer Rückfrage: Der Konflikt im Elternhaus ist eskaliert, nachdem Jana (16) ihren Eltern gesagt hat,
dass sie lesbisch ist und mit ihrer Freundin Mia zusammen ist. Der Vater hat sie daraufhin aus der
Wohnung geworfen. Sie wünscht ausdrücklich, dass die Beziehung in der Wohngruppe respektiert wird.

Viele Grüße
Jonas Radermacher
Jugendhilfedienst Eupen

> Können Sie uns etwas zum Hintergrund der Unterbringung sagen? Gruß, S. Peters""", "S",
  "sexual orientation of a named minor in a youth-care reply", inreply=True)

M(838, "de", "block", "fussfessel-bewaehrung",
  "Justizhaus Eupen <justizhaus.eupen@dgov.be>", "personal@bauunternehmen-schroeder.be",
  "Arbeitszeiten Herr Nelles - Überwachung",
  f"""Sehr geehrter Herr Schröder,

Herr Patrick Nelles (NRN {nn('850619', 222, 'dash')}) steht seit dem 01.02. unter elektronischer
Überwachung (Fußfessel) im Rahmen der Strafvollstreckung (Urteil Strafgericht Eupen, Körperverletzung).
Bitte teilen Sie uns seine genauen Arbeitszeiten und Baustellen mit, damit der Zeitplan des Überwachungszentrums
angepasst werden kann. Die Bewährungsauflagen sehen zudem eine Suchtbehandlung vor.

Mit freundlichen Grüßen
Karin Hilgers, Justizassistentin
Justizhaus Eupen, Tel. 087 59 46 00""", "C NN H",
  "electronic monitoring and conviction of a named person with NN, sent to employer")

M(839, "de", "block", "burnout-versicherung-iban",
  "Personalabteilung Ministerium DG <personal@dgov.be>", "leistungen@rheinland-krankenversicherung.de",
  "Krankentagegeld - Frau Theißen",
  f"""Sehr geehrte Damen und Herren,

für den Antrag auf Krankentagegeld unserer Mitarbeiterin Birgit Theißen (wohnhaft in Aachen) bestätigen wir:
- arbeitsunfähig seit 05.01.2026 wegen schwerer depressiver Episode mit Burnout;
- seit Februar ambulante Psychotherapie (Verhaltenstherapie, 2x/Woche) und Sertralin;
- Wiedereingliederung frühestens im Mai.

Die Zahlung bitten wir auf ihr Privatkonto {iban('DE', '370400440532013000')} vorzunehmen.

Mit freundlichen Grüßen
Personalabteilung, Ministerium der Deutschsprachigen Gemeinschaft
Gospertstraße 1, 4700 Eupen""", "H IBAN",
  "depression, psychotherapy and medication of a named employee plus her private IBAN")

M(840, "de", "block", "stimmprofile-callcenter",
  "Bürgerservice Ostbelgien <buergerservice@ostbelgien.be>", "data@voiceid-analytics.com",
  "Stimmprofile Pilotphase",
  """Hallo Team,

anbei die Liste der Bürger, die in der Pilotphase ihr Stimmprofil für die telefonische Identifizierung
hinterlegt haben, mit Referenz auf die Voiceprint-Datei. Bitte gleichen Sie die Profile mit den neuen
Aufnahmen ab.

Gruß
Bürgerservice Ostbelgien""", "B NN",
  "voice templates used for identification with national numbers (XLSX)",
  att=[xlsx_att("voiceprints_pilot.xlsx", {"Profile": [
      ["Nationalregisternummer", "Name", "Voiceprint-ID", "i-Vector (Auszug)", "Score Enrolment"],
      [nn('710403', 145, 'pairs'), "Herbert Kirch", "VP-9f21c3", "0.318;-0.077;0.154;0.201;-0.129", 0.93],
      [nn('990814', 302, 'dots'), "Laura Gennen", "VP-44ad07", "-0.044;0.262;0.091;-0.187;0.066", 0.88]]})])

M(841, "de", "block", "praenatal-anlagetraeger",
  "Humangenetische Beratung <genetik@chc-eupen.be>", "praxis.dr.weber@gynaekologie-monschau.de",
  "Befund Trägerscreening Ehepaar Schmitz",
  """Liebe Frau Kollegin Weber,

das Trägerscreening bei Ihrem Ehepaar Schmitz (Schwangerschaft 11+2 SSW) ergab: beide Partner sind
heterozygote Anlageträger für Mukoviszidose (CFTR F508del). Wir empfehlen die Chorionzottenbiopsie; die
Patientin ist über das Wiederholungsrisiko von 25 % informiert.

Kollegiale Grüße
Dr. Anja Pauels
Humangenetische Beratung""", "G H",
  "cystic fibrosis carrier status of a named couple and pregnancy")

M(842, "de", "block", "gewerkschaftspraemie-liste",
  "Lohnbuchhaltung Gemeinde Bütgenbach <lohn@butgenbach.be>", "praemie@csc-ostbelgien-service.be",
  "Gewerkschaftsprämie 2025 - Bestätigung Mitglieder",
  "Guten Tag,\n\nanbei die Liste unserer Bediensteten, die als Mitglied Ihrer Gewerkschaft die Prämie beantragt haben.\n\nLohnbuchhaltung Bütgenbach\n",
  "T NN", "union membership of named staff with national numbers (CSV)",
  att=[csv_att("praemie_2025.csv", [["Name", "Vorname", "NRN", "Gewerkschaft", "Mitglied seit"],
      ["Schmitz", "Rita", nn('680921', 77, 'plain'), "CSC", "1996"],
      ["Thelen", "Marc", nn('790302', 181, 'dots'), "CSC", "2004"],
      ["Jost", "Anne", nn('010715', 266, 'spaces', y2k=True), "CSC", "2022"]])])

M(843, "de", "block", "polizeibericht-herkunft",
  "Polizeizone Eifel <sekretariat@pz-eifel.be>", "sicherheit@einkaufszentrum-stvith.be",
  "Vorfall Samstag 14.02. - Hausverbot",
  """Guten Tag Herr Lejeune,

zum Vorfall vom Samstag: Der Tatverdächtige, Herr Karim Saadi (nordafrikanischer Herkunft, 24 J.), ist
wegen Ladendiebstahls und Widerstand gegen die Polizei bereits zweimal aktenkundig. Das Protokoll wurde
an die Staatsanwaltschaft Eupen weitergeleitet. Gegen ein Hausverbot bestehen keine Einwände.

Polizeizone Eifel, Inspektor Bodarwé""", "C E",
  "criminal suspicion, prior records and ethnic origin of a named person")

M(844, "de", "block", "asyl-konversion-fwd",
  "Sozialer Dienst ÖSHZ Raeren <sozialdienst@raeren.be>", "beratung@fluechtlingsrat-nrw.de",
  "WG: Unterlagen Herr Rahimi",
  """Hallo Frau Kamps,

anbei die weitergeleitete Nachricht von Herrn Rahimi mit den Unterlagen für die Anhörung. Er ist
einverstanden.

Gruß, ÖSHZ Raeren""", "R S P",
  "attached mail with conversion to Christianity, homosexuality and political opposition of a named asylum seeker",
  att=[eml_att("Anhoerung_Rahimi.eml", "Ali Rahimi <ali.rahimi88@gmail.com>", "sozialdienst@raeren.be",
               "Unterlagen für Anhörung", "Tue, 10 Feb 2026 21:14:00 +0100",
               """Guten Abend,

ich habe alles aufgeschrieben: Ich bin 2023 im Iran zum Christentum konvertiert und wurde in der
Hausgemeinde getauft. Außerdem bin ich schwul, mein Partner wurde verhaftet. Deshalb kann ich nicht
zurück. Schon vor der Flucht war ich Anhänger der Grünen Bewegung und habe gegen das
Regime demonstriert. Die Taufbescheinigung der Freien Evangelischen Gemeinde Aachen ist im Anhang.

Ali Rahimi""", atts=[pdf_att("Taufbescheinigung.pdf", ["Freie Evangelische Gemeinde Aachen",
               "Hiermit bestätigen wir die Taufe von Ali Rahimi am 14.09.2025."])], msgid="rahimi.1@gmail.com")])

M(845, "de", "block", "parkausweis-kreditkarte",
  "Bürgerbüro Stadt St. Vith <buergerbuero@stvith.be>", "zahlungen@e-payment-provider.eu",
  "Rückbuchung Parkausweis - Vorgang 2026-077",
  f"""Sehr geehrte Damen und Herren,

bitte buchen Sie die Gebühr für den Sonderparkausweis von Herrn Erwin Halmes zurück: Er ist als
Rollstuhlfahrer (Querschnittslähmung, 80 % Behinderung anerkannt) von der Gebühr befreit.
Bezahlt wurde am 09.02. mit seiner Karte {card('453201511283036')}, Ablauf 09/28.

Mit freundlichen Grüßen
Bürgerbüro St. Vith
Tel. 080 28 01 30""", "H CC",
  "disability of a named citizen plus his payment card number")

# ------------------------------------------------------------------ allow

M(846, "de", "allow", "rundschreiben-atteste",
  "Ministerium DG - Fachbereich Personal <personal@dgov.be>", "schulleitungen@schulen-ostbelgien.be",
  "Rundschreiben: Ärztliche Bescheinigungen ab 1. April",
  """Sehr geehrte Schulleitungen,

ab dem 1. April gelten für das Personal folgende Regeln:
- Für einen einzelnen Krankheitstag ist keine Bescheinigung mehr nötig (höchstens dreimal pro Jahr).
- Ärztliche Bescheinigungen enthalten keine Diagnose und werden direkt an den Kontrollarzt übermittelt.
- Schulleitungen fragen nicht nach Gründen der Abwesenheit.

Das vollständige Rundschreiben finden Sie im Anhang.

Fachbereich Personal""", "", "circular on medical certificates",
  att=[pdf_att("Rundschreiben_2026_04.pdf", ["Rundschreiben 2026/04 - ärztliche Bescheinigungen",
      "Gilt für alle Personalmitglieder des Unterrichtswesens.", "Keine Diagnosen an den Arbeitgeber."])])

M(847, "de", "allow", "statistik-migrationshintergrund",
  "Statistik Ostbelgien <statistik@ostbelgien.be>", "forschung@rwth-aachen-sozialwiss.de",
  "Tabelle Schüler mit Migrationshintergrund 2025",
  """Guten Tag Herr Professor Lenz,

anbei die aggregierten Zahlen nach Herkunftsregion und Schulform. Werte unter 5 sind unterdrückt.

Statistik Ostbelgien""", "", "aggregate statistics by origin",
  att=[xlsx_att("migrationshintergrund_2025.xlsx", {"Tabelle": [
      ["Herkunftsregion", "Grundschule", "Sekundarschule"],
      ["Belgien", 7410, 6020], ["Nachbarländer", 1120, 980], ["Osteuropa", 310, 265],
      ["Naher Osten", 142, 97], ["Afrika", 88, "<5"]]})])

M(848, "de", "allow", "fortbildung-biometrie",
  "Fortbildungsdienst <fortbildung@dgov.be>", "interessenten@verwaltungsakademie-ostbelgien.be",
  "Einladung: Fortbildung 'Besondere Kategorien personenbezogener Daten'",
  """Liebe Kolleginnen und Kollegen,

die Fortbildung richtet sich an alle, die mit Gesundheitsdaten, biometrischen Daten (Fingerabdruck,
Gesichtserkennung) oder Daten über strafrechtliche Verurteilungen arbeiten.

Termin: 16.04.2026, 9-12 Uhr, Klötzerbahn 32, Eupen
Referentin: Dr. Sabine Mertes, DSB des Ministeriums (Tel. +32 87 59 64 00)

Anmeldung bis 31.03.""", "", "training invitation on special categories")

M(849, "de", "allow", "ausschreibung-fingerabdruck",
  "Öffentliche Aufträge <auftraege@dgov.be>", "vertrieb@zutrittstechnik-gmbh.de",
  "Ausschreibung 2026/017 - Antworten auf Bieterfragen",
  """Sehr geehrte Bieter,

anbei die Antworten auf die eingegangenen Fragen zur Ausschreibung biometrischer Zutrittskontrolle.
Wichtig: Es werden keine Referenzdaten realer Personen bereitgestellt; Tests erfolgen mit synthetischen
Fingerabdrücken.

Frist für Angebote: 27.03.2026, 11:00 Uhr.""", "", "tender Q&A on biometric access control, no individuals",
  att=[docx_att("Bieterfragen_2026_017.docx", ["Bieterfragen und Antworten"],
               [[["Nr.", "Frage", "Antwort"], ["1", "Zentrale Template-Speicherung?", "Nein, nur auf Karte."],
                 ["2", "Lebenderkennung erforderlich?", "Ja, gemäß ISO/IEC 30107-3."]]])])

M(850, "de", "allow", "strafregisterauszug-erklaerung",
  "Bürgerdienst Gemeinde Lontzen <buergerdienst@lontzen.be>", "m.kreusch@web.de",
  "AW: Auszug aus dem Strafregister",
  """Sehr geehrter Herr Kreusch,

einen Auszug aus dem Strafregister (Muster 596.2 für Tätigkeiten mit Minderjährigen) können Sie online
über Just-on-web mit Ihrem Personalausweis beantragen oder im Bürgerdienst abholen. Seit der
Gesetzesänderung 2025 ist der Auszug für ehrenamtliche Tätigkeiten kostenlos.

Mit freundlichen Grüßen
Bürgerdienst Lontzen, Tel. 087 88 02 16""", "", "how to request a criminal record extract, no content", inreply=True)

M(851, "de", "allow", "pressemitteilung-minister",
  "Presse Regierung DG <presse@dgov.be>", "redaktion@grenzecho.net",
  "Pressemitteilung: Ministerpräsident zur Gesundheitsreform",
  """PRESSEMITTEILUNG - Eupen, 3. März 2026

Ministerpräsident Oliver Paasch (ProDG) erklärte heute im Parlament: "Die Reform stärkt die
wohnortnahe Pflege." Die Oppositionsfraktionen CSP und Vivant kündigten Änderungsanträge an.
Gesundheitsministerin Lydia Klinkenberg (ProDG) stellt die Eckpunkte am Donnerstag vor.

Pressekontakt: +32 87 59 64 50""", "", "public statements and parties of elected officials",
  att=[pdf_att("PM_Gesundheitsreform.pdf", ["Pressemitteilung 03.03.2026", "Ministerpräsident Oliver Paasch (ProDG) zur Gesundheitsreform",
      "Oppositionsfraktionen CSP und Vivant kündigen Änderungsanträge an."])])

M(852, "de", "allow", "antrag-pflegegeld-blanko",
  "Dienststelle für Selbstbestimmtes Leben <info@dsl.be>", "sozialdienst@oeshz-amel.be",
  "Formular Pflegegeld (Blanko, neue Version)",
  """Hallo zusammen,

anbei die neue Blanko-Version des Antrags. Bitte keine ausgefüllten Formulare per Mail zurücksenden,
sondern über das Portal einreichen.

DSL""", "", "blank form with placeholders (ODT)",
  att=[odt_att("Antrag_Pflegegeld_blanko.odt", ["ANTRAG AUF PFLEGEGELD",
      "Name, Vorname: ________________", "Nationalregisternummer: __.__.__-___.__",
      "Diagnose laut Arzt: <vom Arzt auszufüllen>", "Bankverbindung: BE__ ____ ____ ____",
      "Datum, Unterschrift: ____________"])])

M(853, "de", "allow", "rechnung-seminarraum",
  "Buchhaltung Kloster Heidberg <buchhaltung@kloster-heidberg.be>", "buchhaltung@dgov.be",
  "Rechnung 2026-0088 Seminar Gesundheitsförderung",
  f"""Sehr geehrte Damen und Herren,

anbei unsere Rechnung für die Raummiete am 18.02. (Seminar Gesundheitsförderung).
Betrag: 620,00 EUR
Zahlbar binnen 30 Tagen auf unser Konto {iban('BE', '0013456789', org=True)}, BIC GEBABEBB
Kloster Heidberg VoG, ZUN 0411.222.333

Mit freundlichen Grüßen
Buchhaltung Kloster Heidberg""", "", "invoice with the organisation's own IBAN",
  att=[pdf_att("Rechnung_2026_0088.pdf", ["Kloster Heidberg VoG - Rechnung 2026-0088",
      "Raummiete 18.02.2026: 620,00 EUR", "Unternehmensnummer 0411.222.333"])])

M(854, "de", "allow", "aktenzeichen-lookalike",
  "Zentrale Beschaffung <beschaffung@dgov.be>", "auftrag@bueroausstattung-kupper.de",
  "Bestellung Nr. 4716-2026",
  f"""Guten Tag,

bitte liefern Sie gemäß Rahmenvertrag:
Bestellnummer: {card('471600020260314', 'plain', bad=True)}
Kostenstelle / Aktenzeichen: {nn('780512', 311, 'dash', bad=True)}
Referenz Ihres Angebots: {iban('DE', '500105175407324931', bad=True, grouped=False)}

Lieferadresse: Gospertstraße 1, 4700 Eupen

Zentrale Beschaffung""", "",
  "order and file numbers that look like card/NN/IBAN but fail their checksums")

M(855, "de", "allow", "urlaub-vertretung",
  "Sekretariat Kabinett <kabinett.sekretariat@dgov.be>", "termine@euregio-mr.eu",
  "Termin 11.03. - Vertretung",
  """Guten Tag Frau Dirks,

Herr Kohnen ist vom 9. bis 13. März im Urlaub. Den Termin am 11.03. übernimmt Frau Elke Weynand
(Referentin, Tel. +32 87 59 64 21).

Freundliche Grüße
Sekretariat""", "", "leave without reason, professional contact data")

M(856, "de", "allow", "protokoll-ag-inklusion",
  "AG Inklusion <inklusion@dgov.be>", "mitglieder@inklusionsbeirat-ostbelgien.be",
  "Protokoll der Sitzung vom 19.02.",
  """Liebe Mitglieder,

anbei das Protokoll. Anmerkungen bitte bis Ende der Woche.

Gruß, Petra Girretz (Schriftführerin)""", "", "meeting minutes on inclusion, aggregates only",
  att=[docx_att("Protokoll_AG_Inklusion_1902.docx", ["Protokoll AG Inklusion - 19.02.2026",
      "TOP 1: 312 anerkannte Anträge auf Assistenzleistungen 2025 (+4 %).",
      "TOP 2: Barrierefreiheit der Gemeindehäuser - Bestandsaufnahme bis Juni.",
      "TOP 3: Verschiedenes. Nächste Sitzung 23.04."])])

M(857, "de", "allow", "forschungsprotokoll-genetik",
  "Ethikkommission <ethik@chc-eupen.be>", "studienzentrale@uni-bonn-genetik.de",
  "Votum Studie GEN-OB-02",
  """Sehr geehrte Studienleitung,

die Ethikkommission erteilt ein positives Votum für die Studie GEN-OB-02 (Pharmakogenetik von
Antikoagulanzien). Voraussetzungen: Pseudonymisierung, keine Rückmeldung von Zufallsbefunden ohne
Einwilligung. Bislang wurden keine Probanden eingeschlossen.

Ethikkommission""", "", "research protocol approval, no subjects",
  att=[pdf_att("Votum_GEN-OB-02.pdf", ["Votum GEN-OB-02", "Geplante Fallzahl: 250",
      "Genotypisierung CYP2C9/VKORC1", "Beschluss: zustimmend"])])

M(858, "de", "allow", "pressemitteilung-idahobit",
  "Kommunikation Stadt Eupen <presse@eupen.be>", "redaktion@brf.be",
  "Regenbogenflagge am Rathaus zum 17. Mai",
  """Pressemitteilung

Zum Internationalen Tag gegen Homophobie, Biphobie und Transphobie hisst die Stadt Eupen die
Regenbogenflagge. Bürgermeisterin Claudia Niessen (Ecolo): "Eupen steht für Vielfalt." Laut einer Umfrage
der Universität Lüttich haben 27 % der queeren Jugendlichen in der Region Diskriminierung erlebt.

Kontakt: presse@eupen.be, 087 59 58 00""", "", "press release, public official, aggregate figure")

M(859, "de", "allow", "krankmeldung-ohne-grund",
  "Sekretariat Sekundarschule <sekretariat@kas-eupen.be>", "vertretungen@lehrerpool-ostbelgien.be",
  "Vertretung gesucht 3.-6. März",
  """Hallo,

Frau Hermanns ist krankgeschrieben vom 3. bis 6. März. Wir suchen eine Vertretung für Mathematik,
Klassen 2A und 3C (18 Stunden).

Danke!
Sekretariat KAS Eupen, 087 55 44 33""", "",
  "sick leave without any medical reason (doubtful per brief)", doubtful="sick leave without reason")

M(860, "de", "allow", "sozialwahlen-kalender",
  "Personaldienst <personal@vivias.be>", "beratung@sozialsekretariat-securex.be",
  "Sozialwahlen 2028 - Zeitplan",
  """Guten Tag,

anbei der Zeitplan als ODS. Es handelt sich nur um Fristen, Kandidatenlisten liegen noch nicht vor.

Personaldienst Vivias""", "", "social elections calendar, no individuals",
  att=[ods_att("Zeitplan_Sozialwahlen.ods", [["Schritt", "Datum"], ["Ankündigung", "2028-03-13"],
      ["Einreichung der Listen (CSC, FGTB, CGSLB)", "2028-04-07"], ["Wahltag", "2028-05-12"]], sheet="Zeitplan")])
