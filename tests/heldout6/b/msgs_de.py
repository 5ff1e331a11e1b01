# -*- coding: utf-8 -*-
from lib import *

def sig(name, fn, org, addr, tel, mail):
    return f"\n-- \n{name}\n{fn}\n{org}\n{addr}\nTel. {tel}\n{mail}\n"

def build(M):
    # 081 -----------------------------------------------------------------
    x = nn('780214', '263')
    M(81, 'de', 'oeshz-krankenkasse-diagnose', 'block', ['ART9_HEALTH', 'BE_NATIONAL_NUMBER'],
      'Sozialbericht mit NN und Diagnose (Diabetes Typ 1, Insulinpumpe) an Krankenkasse',
      'Petra Lambertz <p.lambertz@oeshz-eupen.be>', 'leistungen@ck-ostbelgien.be',
      'Kostenübernahme Insulinpumpe – Ihre Anfrage vom 12.01.',
      f"""Sehr geehrte Damen und Herren,

wie telefonisch besprochen hier die Angaben für die Kostenübernahme:

Name: Renate Hilgers
Nationalregisternummer: {x}
Anschrift: Hookstraße 14, 4700 Eupen
Diagnose: Diabetes mellitus Typ 1, instabil, seit 2019 mehrfach Hypoglykämien
Behandlung: Umstellung auf Insulinpumpe (Dr. Kessler, St. Nikolaus-Hospital)
Eigenanteil: kann durch Frau Hilgers nicht getragen werden (Eingliederungseinkommen)

Das ÖSHZ würde den Restbetrag übernehmen, sofern Sie uns Ihren Anteil schriftlich bestätigen.

Mit freundlichen Grüßen
""" + sig('Petra Lambertz', 'Sozialarbeiterin', 'ÖSHZ Eupen', 'Bergstraße 2, 4700 Eupen', '+32 87 59 51 24', 'p.lambertz@oeshz-eupen.be'))

    # 082 -----------------------------------------------------------------
    a = nn('530907', '118'); b = nn('560322', '094'); c = nn('811130', '331')
    xl = make_xlsx([('Erben', [('Name', 'Vorname', 'NRN', 'Anschrift', 'Verhältnis'),
                               ('Mertes', 'Josef', a, 'Aachener Str. 33, 4700 Eupen', 'Ehemann'),
                               ('Mertes', 'Gertrud', b, 'Aachener Str. 33, 4700 Eupen', 'Verstorbene'),
                               ('Mertes', 'Stefan', c, 'Rue de Liège 5, 4800 Verviers', 'Sohn')])])
    M(82, 'de', 'einwohnermeldeamt-notar-erben', 'block', ['BE_NATIONAL_NUMBER'],
      'XLSX mit drei gültigen Nationalregisternummern an Notariat',
      'Einwohnermeldeamt Eupen <bevoelkerung@eupen.be>', 'sekretariat@notariat-fraipont.be',
      'AW: Nachlass Mertes – Auszug Bevölkerungsregister',
      """Guten Tag Frau Fraipont,

anbei die gewünschte Aufstellung aus dem Bevölkerungsregister (Haushaltszusammensetzung zum Sterbedatum).
Die offiziellen Bescheinigungen folgen per Post.

Freundliche Grüße
Dienst Bevölkerung
Stadt Eupen
""", atts=[('Aufstellung_Mertes.xlsx', xl)])

    # 083 -----------------------------------------------------------------
    M(83, 'de', 'personal-anwalt-gewerkschaft', 'block', ['ART9_TRADE_UNION'],
      'Gewerkschaftsmitgliedschaft eines Mitarbeiters an externe Kanzlei',
      'Marc Schröder <marc.schroeder@dgov.be>', 'kanzlei@rae-brandt-hick.be',
      'Arbeitsgerichtsverfahren Kohnen ./. DG – Unterlagen',
      """Sehr geehrter Herr Brandt,

zu Ihrer Frage, warum Herr Kohnen bei der Anhörung am 4. Dezember von einem Sekretär begleitet wurde: Herr Kohnen ist seit 2011 Mitglied der CGSP/ACOD und dort auch zahlendes Mitglied; der Beitrag wird seit Jahren über unsere Gehaltsabrechnung einbehalten (Code 7120). Er hat also Anspruch auf Beistand durch seine Gewerkschaft.

Die Abrechnungsbelege kann ich Ihnen bei Bedarf über Fedsender schicken.

Gruß
Marc Schröder
Fachbereich Personal – Ministerium der Deutschsprachigen Gemeinschaft
Gospertstraße 1, 4700 Eupen
""")

    # 084 -----------------------------------------------------------------
    dx = make_docx(['# Befreiungen Religions-/Moralunterricht 2025-2026', 'Gemeindeschule Kettenis, Stand 10.01.2026'],
                   [[('Schüler/in'), 'Klasse', 'Begründung der Eltern'],
                    ['Lea Bongartz', '4B', 'Familie gehört den Zeugen Jehovas an, keine Teilnahme an Festen'],
                    ['Ömer Yildiz', '5A', 'muslimisch, Wunsch islamischer Religionsunterricht'],
                    ['Tim Heinen', '3A', 'konfessionslos, Eltern wünschen Moral']])
    M(84, 'de', 'schule-religion-liste', 'block', ['ART9_RELIGION'],
      'DOCX-Tabelle mit Glaubenszugehörigkeit benannter Schüler an externen Träger',
      'Direktion GS Kettenis <direktion.gs-kettenis@eupen.be>', 'planung@busunternehmen-kerres.be',
      'Liste für die Fahrten zum Weihnachtsgottesdienst',
      """Hallo Herr Kerres,

für die Planung der Busfahrten im Dezember: Die Kinder auf der beiliegenden Liste fahren NICHT mit zum Gottesdienst und bleiben in der Schule. Die Begründung steht dabei, damit Sie bei Rückfragen der Begleiter Bescheid wissen.

Danke und Gruß
A. Thissen, Schulleiterin
""", atts=[('Befreiungen_2025-26.docx', dx)])

    # 085 -----------------------------------------------------------------
    M(85, 'de', 'jugendhilfe-strafregister-inhalt', 'block', ['ART10_CRIMINAL'],
      'Inhalt eines Strafregisterauszugs (Verurteilung) eines Bewerbers an Träger',
      'Jugendhilfedienst <jugendhilfe@dgov.be>', 'leitung@jugendheim-stvith.be',
      'Bewerbung Erzieher – Rückmeldung zum Auszug',
      """Hallo Frau Reuter,

wir haben den Auszug aus dem Strafregister (Muster 2) von Herrn Dennis Langer gesehen. Dort ist eine Verurteilung des Korrektionalgerichts Eupen vom 14.03.2022 eingetragen: 8 Monate auf Bewährung wegen vorsätzlicher Körperverletzung, Bewährungszeit 3 Jahre, läuft also noch bis März 2025 – inzwischen abgelaufen, aber die Eintragung steht.

Aus unserer Sicht ist eine Anerkennung für die Arbeit mit Minderjährigen so nicht möglich. Bitte sprechen Sie das im Gespräch mit ihm an.

Viele Grüße
Jugendhilfedienst der DG
""")

    # 086 -----------------------------------------------------------------
    M(86, 'de', 'bewerber-parteimitglied', 'block', ['ART9_POLITICAL_OPINION'],
      'Parteimitgliedschaft/politisches Engagement eines (nicht gewählten) Bewerbers an externes Auswahlbüro',
      'Gabi Kreusch <gabi.kreusch@kelmis.be>', 'projekte@selectio-hr.be',
      'WG: Auswahlverfahren Verwaltungssekretär – Kandidat 3',
      """Hallo zusammen,

kurze Info vorab, bevor Sie die Interviews planen: Kandidat 3 (Herr Olivier Caspers) ist – das weiß hier jeder – aktives Mitglied bei Vivant und hat sich bei der letzten Versammlung der Ortsgruppe gegen das Fusionsprojekt ausgesprochen. Er stand auf keiner Liste, ist also kein Mandatar. Ich bitte einfach darum, dass die Jury neutral bleibt und die Frage nicht thematisiert wird.

----- Ursprüngliche Nachricht -----
Von: projekte@selectio-hr.be
Gesendet: Montag, 12. Januar 2026 10:14
Betreff: Auswahlverfahren Verwaltungssekretär

Sehr geehrte Frau Kreusch, anbei die Terminvorschläge für die Interviews (20. und 21.01.). Gibt es Hinweise zur Jury?

Mit freundlichen Grüßen
Selectio HR
""")

    # 087 -----------------------------------------------------------------
    pdf = make_pdf(['Humangenetisches Zentrum – Befundbericht (Kopie)', 'Patientin: Sarah Jost, geb. 03.06.1994',
                    'Untersuchung: CFTR-Genanalyse', 'Ergebnis: heterozygote Trägerin der Variante F508del',
                    'Bewertung: Anlageträgerin, selbst nicht erkrankt. Partneruntersuchung empfohlen.',
                    'Bezug: Antrag auf Unterstützung, Kind Mila (Mukoviszidose diagnostiziert 2025)'], 'Befund')
    M(87, 'de', 'dsl-gentest-traegerin', 'block', ['ART9_GENETIC', 'ART9_HEALTH'],
      'PDF mit genetischem Befund (CFTR-Trägerin) und Diagnose des Kindes an externen Dienst',
      'Dienststelle für Selbstbestimmtes Leben <antraege@selbstbestimmt.be>', 'fruehhilfe@kaleido-ostbelgien.be',
      'Frühhilfe Familie Jost',
      """Guten Morgen Herr Noel,

die Mutter hat dem Antrag den genetischen Befund beigelegt. Ich leite ihn Ihnen weiter, da Sie die Begleitung übernehmen sollen. Die Familie weiß Bescheid.

LG
Nadine Klinkenberg
Dienststelle für Selbstbestimmtes Leben
Vervierser Straße 14, 4700 Eupen
""", atts=[('Befund_Jost.pdf', pdf)])

    # 088 -----------------------------------------------------------------
    cs = make_csv([('antrag', 'name', 'finger', 'template_iso19794_2_hex', 'qualitaet'),
                   ('PA-2026-0113', 'Kevin Brüll', 'R-Zeigefinger', '464D520020323000000001A201F4012C00C500C5010000005A4180', '78'),
                   ('PA-2026-0113', 'Kevin Brüll', 'L-Zeigefinger', '464D5200203230000000019801F4012C00C500C501000000554097', '64')])
    M(88, 'de', 'passbuero-fingerabdruck-template', 'block', ['ART9_BIOMETRIC'],
      'CSV mit Fingerabdruck-Templates eines benannten Antragstellers an Hersteller-Support',
      'Bürgerdienst Bütgenbach <buergerdienst@butgenbach.be>', 'support@idkiosk-solutions.eu',
      'Ticket 44871 – Abgleich schlägt fehl',
      """Hello / Guten Tag,

wie gewünscht der Export der beiden Abdrücke, bei denen die Qualitätsprüfung am Kiosk abbricht. Bürger wartet auf seinen Reisepass, bitte dringend prüfen.

Gruß
Bürgerdienst Gemeinde Bütgenbach
""", atts=[('export_ticket44871.csv', cs)])

    # 089 -----------------------------------------------------------------
    M(89, 'de', 'oeshz-bericht-orientierung', 'block', ['ART9_SEX_LIFE'],
      'Sozialbericht über sexuelle Orientierung eines Klienten an Wohnungsträger',
      'Jens Margraff <j.margraff@oeshz-stvith.be>', 'vermietung@wohnbau-ostbelgien.be',
      'Dringlichkeitsantrag Wohnung – Herr D. Pauels',
      """Sehr geehrte Frau Michels,

ich unterstütze den Dringlichkeitsantrag von Daniel Pauels (23). Hintergrund: Nachdem er sich im Herbst gegenüber seinen Eltern als schwul geoutet hat, hat der Vater ihn aus dem Haus geworfen; er schläft seitdem abwechselnd bei Freunden und bei seinem Partner in Malmedy. Eine Rückkehr in die Familie ist ausgeschlossen.

Für Rückfragen stehe ich gern zur Verfügung.

Jens Margraff
Sozialdienst, ÖSHZ Sankt Vith
Tel. +32 80 28 01 70
""")

    # 090 -----------------------------------------------------------------
    html = """<html><body><p>Hallo Frau Jansen,</p>
<p>hier die Familien für den Sprachkurs im Februar:</p>
<table border="1"><tr><th>Familie</th><th>Kinder</th><th>Bemerkung</th></tr>
<tr><td>Familie Stojka</td><td>3</td><td>Roma aus Nordmazedonien, Kinder ohne Schulerfahrung</td></tr>
<tr><td>Familie Haidari</td><td>2</td><td>afghanische Hazara, Vater spricht etwas Englisch</td></tr>
</table><p>Gruß<br>Integrationsdienst</p></body></html>"""
    M(90, 'de', 'integration-herkunft-familien', 'block', ['ART9_ETHNIC_ORIGIN'],
      'HTML-Tabelle mit ethnischer Herkunft benannter Familien an Sprachschule',
      'Integrationsdienst <integration@dgov.be>', 'kurse@sprachschule-lingua.be',
      'Sprachkurs Februar – Teilnehmende Familien',
      """Hallo Frau Jansen,

hier die Familien für den Sprachkurs im Februar:

Familie Stojka – 3 Kinder – Roma aus Nordmazedonien, Kinder ohne Schulerfahrung
Familie Haidari – 2 Kinder – afghanische Hazara, Vater spricht etwas Englisch

Gruß
Integrationsdienst
""", html=html)

    # 091 -----------------------------------------------------------------
    x = bis('884107', '215')
    pdf = make_pdf(['Arbeitsamt der Deutschsprachigen Gemeinschaft – Bescheinigung', 'Arbeitnehmer: Jan Wouters',
                    f'BIS-Nummer: {x}', 'Wohnsitz: Vaals (NL)', 'Beschäftigung: Grenzgänger, Vollzeit seit 01.09.2025',
                    'Zweck: Nachweis für den Arbeitgeber'], 'Bescheinigung')
    M(91, 'de', 'adg-grenzgaenger-bis', 'block', ['BE_BIS_NUMBER'],
      'PDF-Bescheinigung mit gültiger BIS-Nummer an Arbeitgeber',
      'ADG Beschäftigung <beschaeftigung@adg.be>', 'personal@metallbau-raeren.be',
      'Bescheinigung Herr Wouters',
      """Guten Tag,

beiliegend die angeforderte Bescheinigung für Ihren Mitarbeiter Herrn Wouters.

Mit freundlichen Grüßen
Arbeitsamt der DG – Dienst Beschäftigung
Hütte 79, 4700 Eupen
""", atts=[('Bescheinigung_Wouters.pdf', pdf)])

    # 092 -----------------------------------------------------------------
    i1 = iban('BE', '0635127840'); i2 = iban('BE', '7320418857')
    od = make_ods([('Empfänger', 'IBAN', 'Betrag', 'Grund'),
                   ('Andrea Velz', i1, '1.250,00', 'Sterbegeld; eingetragene Lebenspartnerin (gleichgeschlechtliche Partnerschaft seit 2019) der verstorbenen Bediensteten Monika Franck'),
                   ('Luc Crasson', i2, '480,00', 'Rückerstattung Fahrtkosten')])
    M(92, 'de', 'auszahlung-lebenspartnerin-iban', 'block', ['IBAN_CODE', 'ART9_SEX_LIFE'],
      'ODS mit privaten IBANs; gleichgeschlechtliche Partnerschaft erkennbar',
      'Buchhaltung <buchhaltung@dgov.be>', 'zahlungen@belfius-partner.be',
      'Zahlungsliste KW 3',
      """Hallo,

anbei die manuelle Zahlungsliste für diese Woche, bitte Ausführung mit Valuta Freitag.

Danke
Buchhaltung – Ministerium der DG
""", atts=[('Zahlungen_KW03.ods', od)])

    # 093 -----------------------------------------------------------------
    k = card('455673019283746')
    inner = inner_mail('Heinz Radermacher <h.radermacher@skynet.be>', 'info@raeren.be', 'Gebühr Bauantrag',
                       f"""Guten Tag,

ich möchte die Gebühr für den Bauantrag (Akte 2025/318) bezahlen, kann aber nicht überweisen. Bitte buchen Sie von meiner Karte ab:

Karte: {k}
gültig bis 09/28, Prüfziffer 412

Heinz Radermacher
""", 'Mon, 12 Jan 2026 18:22:10 +0100', 'rad093')
    M(93, 'de', 'weiterleitung-kreditkarte-gebuehr', 'block', ['CREDIT_CARD'],
      'Angehängte Bürgermail mit vollständiger Kartennummer an Zahlungsdienstleister',
      'Info Gemeinde Raeren <info@raeren.be>', 'service@payone-municipal.be',
      'WG: Gebühr Bauantrag – bitte manuell belasten',
      """Hallo,

kann man das bei Ihnen manuell belasten? Die Mail des Bürgers hängt an. Betrag 75 EUR.

Gruß
Zentrale Gemeinde Raeren
""", atts=[('Gebuehr Bauantrag.eml', inner)])

    # 094 -----------------------------------------------------------------
    M(94, 'de', 'wiedereingliederung-thread', 'block', ['ART9_HEALTH'],
      'Langer Thread; Diagnose (Burnout, Antidepressiva) im zitierten Teil an externen Arbeitsmediziner-Dienst',
      'Sabine Heck <sabine.heck@dgov.be>', 'planung@mensura-partner.be',
      'AW: AW: AW: Wiedereingliederung Frau K.',
      """Hallo Herr Lemmens,

der 2. Februar passt uns. Ich buche den kleinen Saal.

Gruß Sabine Heck

-----Ursprüngliche Nachricht-----
Von: Lemmens, Guido <planung@mensura-partner.be>
Gesendet: Dienstag, 13. Januar 2026 16:40
Betreff: AW: AW: Wiedereingliederung Frau K.

Frau Heck, wäre der 2.2. um 10 Uhr möglich? Dr. Peeters wäre dabei.

-----Ursprüngliche Nachricht-----
Von: Heck, Sabine
Gesendet: Dienstag, 13. Januar 2026 09:05
Betreff: AW: Wiedereingliederung Frau K.

Hallo Herr Lemmens,

zur Einordnung, bevor wir den Plan aufstellen: Frau Karin Keutgen ist seit Oktober wegen eines Burnouts mit mittelschwerer Depression krankgeschrieben, sie nimmt Sertralin und ist in Therapie bei einer Psychologin in Aachen. Sie möchte mit 50 % wieder anfangen, möglichst ohne Publikumsverkehr.

-----Ursprüngliche Nachricht-----
Von: Lemmens, Guido
Gesendet: Montag, 12. Januar 2026 11:30
Betreff: Wiedereingliederung Frau K.

Guten Tag, wir haben den Antrag auf einen Wiedereingliederungsplan erhalten. Können Sie uns Vorschläge für ein Treffen machen?
""")

    # 095 -----------------------------------------------------------------
    M(95, 'de', 'justizhaus-fussfessel-arbeitgeber', 'block', ['ART10_CRIMINAL'],
      'Elektronische Überwachung und Strafvollzug einer Person an Arbeitgeber',
      'Justizhaus Eupen <justizhaus.eupen@dgov.be>', 'chef@schreinerei-pip.be',
      'Arbeitszeiten Herr Radermacher',
      """Guten Tag Herr Pip,

Herr Michael Radermacher verbüßt derzeit seine Strafe (18 Monate) unter elektronischer Überwachung. Die Fußfessel erlaubt ihm die Abwesenheit von zu Hause nur in den genehmigten Zeitfenstern. Bitte teilen Sie uns mit, ob die Arbeitszeiten Mo–Fr 7:00–16:30 gleich bleiben, damit der Zeitplan beim Nationalen Zentrum für elektronische Überwachung angepasst werden kann.

Mit freundlichen Grüßen
Justizassistentin, Justizhaus Eupen
""")

    # 096 -----------------------------------------------------------------
    i1 = iban('BE', '0012834591'); i2 = iban('BE', '3630982274'); i3 = iban('BE', '0689045521')
    cs = make_csv([('Name', 'Gewerkschaft', 'IBAN', 'Streiktage'),
                   ('Kalbusch Nicole', 'CSC', i1, '2'), ('Weynand Paul', 'FGTB', i2, '2'), ('Schmitz Ingrid', 'CGSLB', i3, '1')])
    z = make_zip([('streik_dezember/liste.csv', cs), ('streik_dezember/hinweis.txt', 'Nur Streikende mit Gewerkschaftsmitgliedschaft.\r\n')])
    M(96, 'de', 'streikgeld-liste-zip', 'block', ['ART9_TRADE_UNION', 'IBAN_CODE'],
      'ZIP mit CSV: Gewerkschaftszugehörigkeit und private IBANs von Bediensteten',
      'Personaldienst Kelmis <personal@kelmis.be>', 'sekretariat@gewerkschaftsfront-ost.be',
      'Streiktage Dezember',
      """Hallo,

wie abgesprochen die Liste der Streikenden vom 16./17.12. für die Auszahlung der Streikunterstützung.

Gruß
Personaldienst
""", atts=[('streik_dezember.zip', z)])

    # 097 -----------------------------------------------------------------
    M(97, 'de', 'friedhof-islamischer-ritus', 'block', ['ART9_RELIGION'],
      'Religionszugehörigkeit eines Verstorbenen/Angehöriger an Bestatter',
      'Friedhofsverwaltung <friedhof@eupen.be>', 'info@bestattungen-gatzweiler.be',
      'Beisetzung Herr Aydin, Donnerstag',
      """Hallo Herr Gatzweiler,

für die Beisetzung von Herrn Mehmet Aydin am Donnerstag: Die Familie ist sunnitisch-muslimisch und wünscht eine Bestattung nach islamischem Ritus im Gräberfeld C (Ausrichtung nach Mekka), ohne Sarg, sofern möglich. Der Imam der Moschee in Verviers kommt um 11 Uhr.

Gruß
Friedhofsverwaltung Stadt Eupen
""")

    # 098 -----------------------------------------------------------------
    xl = make_xlsx([('Unterstützer', [('Nr', 'Name', 'Wohnort', 'Unterschrift'),
                                      (1, 'Helga Maraite', 'Amel', 'ja'), (2, 'Roger Lentz', 'Deidenberg', 'ja'),
                                      (3, 'Iris Backes', 'Amel', 'ja')])])
    M(98, 'de', 'unterstuetzerliste-partei', 'block', ['ART9_POLITICAL_OPINION'],
      'XLSX mit Namen von Bürgern, die eine Parteiliste unterstützen, an Dritte',
      'Wahlbüro Amel <wahlbuero@amel.be>', 'redaktion@grenzecho-lokal.be',
      'Unterstützungsunterschriften Liste "Amel Neu" – Prüfung',
      """Hallo Herr Jousten,

Sie hatten gefragt, wer die Liste unterstützt hat. Die Prüfung der Unterstützungserklärungen für die Liste "Amel Neu" (ECOLO-nah) ist abgeschlossen, alle 3 Nachträge sind gültig, siehe Anlage.

Gruß
Wahlbüro
""", atts=[('Unterstuetzer_Nachtrag.xlsx', xl)])

    # 099 -----------------------------------------------------------------
    inner = inner_mail('Labor Genetica <befunde@genetica-lab.be>', 'jugendgericht-kanzlei@dgov.be',
                       'Abstammungsgutachten Az. JG 25/114',
                       """Sehr geehrte Damen und Herren,

Ergebnis des Abstammungsgutachtens (Kind: Noah Klein; mutmaßlicher Vater: Sven Heinen):
STR-Profil, 21 Systeme; D3S1358 15/17, vWA 16/18, FGA 21/24, D8S1179 13/13, D21S11 29/30.2
Vaterschaftswahrscheinlichkeit: 99,9998 %.

Mit freundlichen Grüßen
Genetica Labor
""", 'Fri, 09 Jan 2026 14:02:00 +0100', 'gen099')
    M(99, 'de', 'abstammungsgutachten-weiterleitung', 'block', ['ART9_GENETIC'],
      'Weitergeleitetes .eml mit STR-Profil und Vaterschaftsergebnis an Anwalt',
      'Kanzlei Jugendgericht <jugendgericht-kanzlei@dgov.be>', 'm.kever@advokat-kever.be',
      'WG: Abstammungsgutachten Az. JG 25/114',
      """Herr Kollege Kever,

zur Information das Gutachten im Anhang (Sie vertreten die Mutter).

Kanzlei
""", atts=[('Abstammungsgutachten.eml', inner)])

    # 100 -----------------------------------------------------------------
    html = """<html><body><p>Hi,</p><p>Export aus dem Terminal Bauhof (Fingerabdruck-Zeiterfassung) – die drei Personen, bei denen die Erkennung ständig versagt:</p>
<table border="1"><tr><th>Personalnr.</th><th>Name</th><th>Template (Base64, Auszug)</th></tr>
<tr><td>B-017</td><td>Ralf Theissen</td><td>Rk1SACAyMAAAAAFIAAABPAFoAxQDFAQAAAFZAQH5AHEBAF</td></tr>
<tr><td>B-022</td><td>Guido Hennes</td><td>Rk1SACAyMAAAAAE8AAABPAFoAxQDFAQAAAFVAQCMAKABAG</td></tr>
<tr><td>B-031</td><td>Marco Lux</td><td>Rk1SACAyMAAAAAFSAAABPAFoAxQDFAQAAAFhAQDCAJUBAE</td></tr></table>
<p>Gruß, Technischer Dienst</p></body></html>"""
    M(100, 'de', 'zeiterfassung-fingerabdruck-export', 'block', ['ART9_BIOMETRIC'],
      'HTML-Mail mit Fingerabdruck-Templates benannter Mitarbeiter an Lieferanten',
      'Technischer Dienst Lontzen <technik@lontzen.be>', 'helpdesk@timebio-systems.de',
      'Terminal Bauhof – Erkennungsfehler',
      """Hi,

Export aus dem Terminal Bauhof (Fingerabdruck-Zeiterfassung), siehe HTML-Ansicht: Ralf Theissen, Guido Hennes, Marco Lux – Templates im Anhang der HTML-Version.

Gruß, Technischer Dienst
""", html=html)

    # ===================================================== DE allow 101-120
    xl = make_xlsx([('Krankenstand', [('Fachbereich', 'Bedienstete', 'Krankheitstage 2025', 'Quote %'),
                                      ('Personal', 14, 121, 3.4), ('Finanzen', 22, 310, 5.5), ('Jugend', 9, 98, 4.2),
                                      ('Kultur', 6, 17, 1.1), ('Gesamt', 51, 546, 4.2)])])
    M(101, 'de', 'krankenstand-statistik', 'allow', [],
      'Aggregierte Krankenstandsquoten je Fachbereich, keine Personen',
      'Personalcontrolling <controlling@dgov.be>', 'benchmark@idewe-partner.be',
      'AW: Benchmark Krankenstand öffentlicher Dienst',
      """Guten Tag Frau Claes,

anbei unsere Krankenstandsquoten 2025 für den Benchmark öffentlicher Dienst. Kleine Einheiten (unter 5 Personen) haben wir zusammengefasst.

Mit freundlichen Grüßen
Personalcontrolling, Ministerium der DG

Von: Claes, Ann <benchmark@idewe-partner.be>
Gesendet: Freitag, 9. Januar 2026 13:55
An: controlling@dgov.be
Betreff: Benchmark Krankenstand öffentlicher Dienst

Guten Tag, wie jedes Jahr bitten wir um Ihre Krankenstandsquoten (nur aggregiert, keine Einzeldaten, Zellen unter 5 Personen bitte zusammenfassen). Vielen Dank!
""", atts=[('Krankenstand_2025.xlsx', xl)])

    M(102, 'de', 'abwesenheit-ohne-grund', 'allow', [],
      'Krankmeldung ohne Diagnose oder Grund (DPO nicht entschieden) – zweifelhaft',
      'Sekretariat Kultur <kultur@dgov.be>', 'info@theater-agora.be',
      'Termin Donnerstag verschieben?',
      """Hallo Herr Bodarwé,

Frau Wintgens ist leider bis einschließlich Freitag krankgeschrieben. Können wir das Gespräch über die Konvention auf Dienstag, 27.01., 14 Uhr verschieben?

Viele Grüße
Sekretariat Fachbereich Kultur
Tel. +32 87 78 96 42
""")

    pdf = make_pdf(['Schulung: Besondere Kategorien personenbezogener Daten (Art. 9 und 10 DSGVO)',
                    'Zielgruppe: Sozialdienste, Personaldienste, Schulsekretariate', 'Inhalte:',
                    '- Gesundheitsdaten, Gewerkschaftszugehörigkeit, religiöse Überzeugung: was ist das?',
                    '- Strafregisterauszüge: wer darf sie verlangen, wie lange aufbewahren?',
                    '- Sichere Kanäle: eBox, Fedsender, Portale statt E-Mail',
                    'Termin: 19.02.2026, 9:00-12:30, Konferenzsaal Gospertstraße 1'], 'Schulung Art. 9')
    M(103, 'de', 'schulung-art9-einladung', 'allow', [],
      'Schulungseinladung zu Art. 9/10 ohne Personen',
      'DSB Ministerium <datenschutz@dgov.be>', 'fortbildung@vog-ostbelgien.be',
      'Einladung Schulung besondere Datenkategorien',
      """Liebe Kolleginnen und Kollegen der VoG-Landschaft,

wir öffnen unsere Schulung zu den besonderen Datenkategorien auch für Partnerorganisationen. Programm anbei. Anmeldung bis 5.2.

Datenschutzbeauftragter
Ministerium der Deutschsprachigen Gemeinschaft
""", atts=[('Programm_Schulung_Art9.pdf', pdf)])

    oi = iban('BE', '0910005577', org=True)
    M(104, 'de', 'rechnung-gemeinde-iban', 'allow', [],
      'Zahlungsaufforderung mit IBAN und Unternehmensnummer der Gemeinde (Organisation)',
      'Finanzabteilung Eupen <finanzen@eupen.be>', 'buchhaltung@karneval-eupen-vog.be',
      'Rechnung 2026/0042 – Saalmiete Jünglingshaus',
      f"""Sehr geehrte Damen und Herren,

für die Saalmiete am 14.02.2026 stellen wir Ihnen 640,00 EUR in Rechnung.

Zahlbar innerhalb 30 Tagen auf das Konto der Stadt Eupen:
IBAN: {oi}
BIC: GKCCBEBB
Unternehmensnummer: 0207.352.014
Mitteilung: 2026/0042

Mit freundlichen Grüßen
Finanzabteilung, Stadt Eupen, Rathausplatz 14, 4700 Eupen
""")

    dx = make_docx(['# Antrag auf Pflegegeld – Formular P1', 'Bitte in Druckbuchstaben ausfüllen.'],
                   [['Feld', 'Angabe'], ['Name, Vorname', '______________________'],
                    ['Nationalregisternummer', '__.__.__-___.__'], ['Diagnose / Pflegebedarf (ärztliche Bescheinigung beifügen)', '______________________'],
                    ['IBAN', 'BE__ ____ ____ ____'], ['Unterschrift', '______________________']])
    M(105, 'de', 'blanko-formular-pflegegeld', 'allow', [],
      'Leeres Formular mit Platzhaltern',
      'Dienststelle für Selbstbestimmtes Leben <info@selbstbestimmt.be>', 'beratung@patientenrat-ost.be',
      'Neues Formular P1 (Pflegegeld)',
      """Hallo zusammen,

ab 1. Februar gilt das neue Formular P1. Bitte ab sofort nur noch diese Fassung an Ratsuchende geben.

Beste Grüße
Dienststelle für Selbstbestimmtes Leben
""", atts=[('Formular_P1_leer.docx', dx)])

    M(106, 'de', 'strafregisterauszug-anfrage', 'allow', [],
      'Erklärung, wie ein Strafregisterauszug beantragt wird; kein Inhalt',
      'Personaldienst Sankt Vith <personal@st.vith.be>', 'n.schumacher@gmail.com',
      'AW: Einstellung als Animatorin – Unterlagen',
      """Hallo Frau Schumacher,

für den Vertrag benötigen wir noch einen Auszug aus dem Strafregister nach Artikel 596 Absatz 2 (Tätigkeiten mit Minderjährigen). Sie können ihn online über "Mein Strafregister" (justonweb) anfordern oder am Schalter Ihrer Wohnsitzgemeinde. Bitte bringen Sie das Original zum Unterschriftstermin mit, eine Kopie per Mail reicht nicht.

Gruß
Personaldienst Stadt Sankt Vith
""")

    html = """<html><body><h3>Zusammensetzung des Gemeinderats 2024–2030</h3>
<table border="1"><tr><th>Name</th><th>Funktion</th><th>Fraktion</th></tr>
<tr><td>Claudia Niessen</td><td>Bürgermeisterin</td><td>Ecolo</td></tr>
<tr><td>Werner Baumgarten</td><td>Schöffe Finanzen</td><td>PFF</td></tr>
<tr><td>Fabienne Colling</td><td>Ratsmitglied</td><td>CSP</td></tr>
<tr><td>Leonhard Thönnissen</td><td>Ratsmitglied</td><td>SP</td></tr></table>
<p>Quelle: Website der Stadt.</p></body></html>"""
    M(107, 'de', 'gemeinderat-fraktionen', 'allow', [],
      'Öffentliche Mandate und Fraktionen gewählter Mandatare',
      'Protokoll Eupen <protokoll@eupen.be>', 'contact@partnerstadt-bergen.nl',
      'Besuch der Partnerstadt – Teilnehmende Ratsmitglieder',
      """Liebe Kolleginnen und Kollegen,

wie gewünscht die Zusammensetzung unseres Gemeinderats (siehe HTML-Ansicht).

Protokolldienst Stadt Eupen
""", html=html)

    f1 = nn_bad('850312', '447'); f2 = nn_bad('910630', '082', fmt=False)
    M(108, 'de', 'aktenzeichen-lookalike', 'allow', [],
      'Aktenzeichen im NRN-Format mit falscher Prüfziffer',
      'Urbanismus Raeren <urbanismus@raeren.be>', 'planung@architekt-hansen.be',
      'Ihre Akten – Stand der Bearbeitung',
      f"""Hallo Herr Hansen,

Stand Ihrer beiden Akten:

Akte {f1} – Umbau Scheune Hauset: vollständig, Auslage ab 2.2.
Akte {f2} – Carport Eynatten: es fehlt noch der Lageplan 1:500.

Die Aktenzeichen kommen aus dem alten System, daher das seltsame Format.

Gruß
Dienst Urbanismus, Gemeinde Raeren
""")

    cs = make_csv([('Betrieb (anonymisiert)', 'Sitze', 'CSC', 'FGTB', 'CGSLB'),
                   ('A', '6', '3', '2', '1'), ('B', '4', '2', '2', '0'), ('C', '8', '5', '2', '1')])
    M(109, 'de', 'sozialwahlen-statistik', 'allow', [],
      'Aggregierte Sitzverteilung der Sozialwahlen, keine Personen',
      'Wirtschafts- und Sozialrat <wsr@dgov.be>', 'analyse@unia-sociaal-onderzoek.be',
      'Sozialwahlen 2024 – Verteilung Ostbelgien',
      """Guten Tag,

anbei die anonymisierte Sitzverteilung für Ostbelgien (nur Betriebe mit Wahl). Veröffentlichung mit Quellenangabe ist in Ordnung.

WSR-Sekretariat
""", atts=[('sozialwahlen_ost.csv', cs)])

    oi = iban('BE', '0682045917', org=True)
    od = make_ods([('Kirchenfabrik', 'Zuschuss 2026', 'Konto'),
                   ('Kirchenfabrik St. Nikolaus Eupen', '18.400', oi),
                   ('Kirchenfabrik St. Josef Eupen', '9.150', 'siehe Vorjahr')])
    M(110, 'de', 'kirchenfabrik-haushalt', 'allow', [],
      'Zuschüsse an Kirchenfabriken (Organisationen) mit deren Konto; keine Person',
      'Lokale Behörden <lokalebehoerden@dgov.be>', 'schatzmeister@dekanat-eupen.be',
      'Haushalte der Kirchenfabriken 2026',
      """Sehr geehrter Herr Schatzmeister,

die Haushalte der Kirchenfabriken wurden genehmigt; die Zuschussbeträge finden Sie in der Tabelle.

Abteilung Lokale Behörden
""", atts=[('Kirchenfabriken_2026.ods', od)])

    M(111, 'de', 'tagung-genetische-beratung', 'allow', [],
      'Einladung Fachtagung zu genetischer Beratung, keine Personendaten',
      'Gesundheitsförderung <gesundheit@dgov.be>', 'tagungen@uniklinik-aachen.de',
      'Fachtag "Genetische Beratung in der Grenzregion"',
      """Sehr geehrte Frau Prof. Wirtz,

vielen Dank für die Zusage! Ihr Vortrag "Trägerscreening für Mukoviszidose und SMA – was Familien wissen sollten" ist für 10:15 Uhr vorgesehen (30 Minuten + Fragen). Moderation: Dr. Anne Hilligsmann, Fachbereich Gesundheit.

Mit freundlichen Grüßen
Fachbereich Gesundheit, Ministerium der DG
Tel. +32 87 87 63 21
""")

    pdf = make_pdf(['Lastenheft Nr. BUE-2026-03', 'Gegenstand: Lieferung von 4 Erfassungsstationen für biometrische Daten',
                    '(Gesichtsbild und zwei Fingerabdrücke) für Reisepässe und eID, gemäß ICAO 9303 und ISO/IEC 19794-4/5.',
                    'Anforderungen: Löschung der Rohdaten nach Übermittlung an das Föderale Register, Protokollierung.',
                    'Angebotsfrist: 27.02.2026, 12:00'], 'Lastenheft')
    M(112, 'de', 'ausschreibung-biometrie-kiosk', 'allow', [],
      'Ausschreibung für Biometrie-Erfassungsstationen, technisch, ohne Personen',
      'Öffentliche Aufträge Bütgenbach <auftraege@butgenbach.be>', 'tender@idkiosk-solutions.eu',
      'Ausschreibung BUE-2026-03',
      """Sehr geehrte Damen und Herren,

wir laden Sie ein, ein Angebot für das beiliegende Lastenheft abzugeben.

Gemeinde Bütgenbach, Dienst Öffentliche Aufträge
""", atts=[('Lastenheft_BUE-2026-03.pdf', pdf)])

    cs = make_csv([('Herkunftsregion', 'Teilnehmende Integrationsparcours 2025'),
                   ('EU', '41'), ('Europa außerhalb EU', '37'), ('Naher Osten', '58'), ('Afrika', '44'), ('Asien', '19')])
    M(113, 'de', 'integrationsparcours-statistik', 'allow', [],
      'Aggregierte Herkunftsstatistik ohne Personen',
      'Integrationsdienst <integration@dgov.be>', 'statistik@iweps.be',
      'Zahlen Integrationsparcours 2025',
      """Hallo Herr Dubois,

hier die Jahreszahlen nach Herkunftsregion. Aufschlüsselung nach Nationalität nur auf Anfrage und erst ab 10 Personen pro Zelle.

Gruß
Integrationsdienst
""", atts=[('integration_2025.csv', cs)])

    M(114, 'de', 'pressemitteilung-idahobit', 'allow', [],
      'Pressemitteilung gegen Homophobie, generisch',
      'Presse DG <presse@dgov.be>', 'redaktion@brf.be',
      'PM: Regenbogenflagge am Ministerium zum 17. Mai',
      """PRESSEMITTEILUNG – zur sofortigen Veröffentlichung

Zum Internationalen Tag gegen Homophobie, Biphobie und Transphobie hisst die Regierung der Deutschsprachigen Gemeinschaft die Regenbogenflagge. Ministerin Lydia Klinkenberg: "Niemand soll in Ostbelgien wegen seiner sexuellen Orientierung Angst haben müssen." Eine Sensibilisierungskampagne in Schulen startet im Mai.

Pressekontakt: Kommunikationsdienst, +32 87 87 66 11, presse@dgov.be
""")

    M(115, 'de', 'rundschreiben-elektronische-ueberwachung', 'allow', [],
      'Rundschreiben zu Gesetzesänderung elektronische Überwachung, keine Personen',
      'Justizhäuser DG <justizhaeuser@dgov.be>', 'verband@arbeitgeber-ost.be',
      'Information: Neue Regeln zur elektronischen Überwachung ab 1.3.2026',
      """Sehr geehrte Damen und Herren,

ab dem 1. März 2026 gelten neue Regeln für Verurteilte unter elektronischer Überwachung, die einer Beschäftigung nachgehen. Arbeitgeber werden künftig nicht mehr direkt vom Justizhaus kontaktiert; Änderungen der Arbeitszeiten teilt die betroffene Person selbst über ihre Justizassistentin mit.

2025 betreuten die Justizhäuser der DG im Schnitt 23 Personen unter elektronischer Überwachung.

Mit freundlichen Grüßen
Dienst der Justizhäuser
""")

    cb = card_bad('535110448273091')
    M(116, 'de', 'kassenabschluss-karte-maskiert', 'allow', [],
      'Kassenabschluss mit maskierten Karten und einer Luhn-ungültigen Referenz',
      'Schwimmbad Eupen <kasse@schwimmbad-eupen.be>', 'support@worldline-merchants.be',
      'Differenz Kassenabschluss 11.01.',
      f"""Guten Tag,

beim Kassenabschluss vom 11.01. fehlt eine Transaktion:

Terminal: T-EUP-03
Karte: **** **** **** 4471 (Mastercard)
Betrag: 42,50 EUR
Transaktionsreferenz: {cb}

Bitte um Prüfung.
Kasse Schwimmbad, Stadt Eupen
""")

    cs = make_csv([('Dienst', 'Ansprechpartner', 'Funktion', 'Telefon', 'E-Mail'),
                   ('Bevölkerung', 'Iris Bonni', 'Dienstleiterin', '+32 87 59 58 10', 'bevoelkerung@eupen.be'),
                   ('Urbanismus', 'Tom Heuschen', 'Sachbearbeiter', '+32 87 59 58 31', 'urbanismus@eupen.be'),
                   ('Finanzen', 'Yvonne Kirch', 'Finanzdirektorin', '+32 87 59 58 40', 'finanzen@eupen.be')])
    z = make_zip([('kontakte/dienste.csv', cs), ('kontakte/liesmich.txt', 'Stand Januar 2026. Nur dienstliche Kontaktdaten.\r\n')])
    M(117, 'de', 'telefonverzeichnis-zip', 'allow', [],
      'ZIP mit dienstlichen Kontaktdaten',
      'Zentrale Eupen <zentrale@eupen.be>', 'info@vivias-partner.be',
      'Aktuelle Ansprechpartner',
      """Hallo,

wie besprochen unsere aktuellen Ansprechpartner.

Freundliche Grüße
Zentrale Stadt Eupen
""", atts=[('kontakte.zip', z)])

    inner = inner_mail('Datenschutz <datenschutz@dgov.be>', 'alle@dgov.be', 'Tagesordnung IT-Sicherheitsrat 28.01.',
                       """1. Einführung des DLP-Gateways für ausgehende E-Mails
2. Ergebnisse der Phishing-Simulation (Klickrate 7 %)
3. Verschiedenes
""", 'Wed, 14 Jan 2026 08:00:00 +0100', 'ag118')
    M(118, 'de', 'weiterleitung-tagesordnung', 'allow', [],
      'Weitergeleitete Tagesordnung ohne Personendaten',
      'Leo Hick <leo.hick@dgov.be>', 'r.demonty@bosa-partner.be',
      'WG: Tagesordnung IT-Sicherheitsrat 28.01.',
      """Hallo Rudi,

zur Info, TOP 1 betrifft euer Projekt. Kommst du dazu?

Leo
""", atts=[('Tagesordnung.eml', inner)])

    f1 = bsn_bad('12873456'); f2 = bsn_bad('30219874')
    M(119, 'de', 'bsn-lookalike-bestellung', 'allow', [],
      'Neunstellige Bestellnummern, die den 11-Test nicht bestehen',
      'Einkauf ADG <einkauf@adg.be>', 'orders@kantoorpartner.nl',
      'Bestellungen Dezember – Lieferstatus',
      f"""Hello,

could you please check the status of our orders {f1} and {f2}? Lieferadresse wie immer Hütte 79, 4700 Eupen.

Danke, Einkauf ADG
""")

    M(120, 'de', 'wahlhelfer-schulung', 'allow', [],
      'Schulung für Wahlhelfer, organisatorisch, keine politische Meinung',
      'Wahlbüro Kelmis <wahlbuero@kelmis.be>', 'info@elections-formation.be',
      'Schulung Wahlvorsitzende – Termine',
      """Guten Tag,

für die Schulung der Vorsitzenden der Wahlbüros bitten wir um zwei Termine im April. Teilnehmerzahl ca. 25. Inhalte: Ablauf am Wahltag, Auszählung, Umgang mit ungültigen Stimmzetteln, Neutralitätspflicht.

Wahlbüro Gemeinde Kelmis
""")
